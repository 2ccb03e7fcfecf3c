"""The small language detector and BCP 47 tag normalisation."""

# Texts in many scripts are the point of these tests.
# ruff: noqa: RUF001

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.sources.language import (
    _ASCII_WORD_RE,
    MODEL_NAME,
    Detection,
    ascii_words,
    contradicting_language,
    detect,
    detect_language,
    normalize_bcp47,
)

needs_model = pytest.mark.skipif(
    importlib.util.find_spec("lingua") is None, reason="the language extra (lingua) is not installed"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council said on Tuesday that the new bridge would be open to traffic by the end of the year.",
            "en",
        ),
        (
            "Le conseil a annoncé mardi que le nouveau pont sera ouvert à la circulation avant la fin de l'année.",
            "fr",
        ),
        (
            "Der Stadtrat sagte am Dienstag, dass die neue Brücke bis zum Ende des Jahres für den Verkehr offen ist.",
            "de",
        ),
        (
            "El consejo dijo el martes que el nuevo puente estará abierto al tráfico antes de que termine el año.",
            "es",
        ),
        (
            "Il consiglio ha detto martedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno.",
            "it",
        ),
        ("O conselho disse na terça-feira que a nova ponte será aberta ao trânsito até o fim do ano.", "pt"),
        (
            "De gemeenteraad zei dinsdag dat de nieuwe brug voor het einde van het jaar open zal zijn voor verkeer.",
            "nl",
        ),
        ("市议会周二表示，新桥将在年底前通车。", "zh"),
        ("市議会は火曜日、新しい橋が年末までに開通すると発表した。", "ja"),
        ("시의회는 화요일 새 다리가 연말까지 개통될 것이라고 밝혔다.", "ko"),
        ("قال المجلس البلدي يوم الثلاثاء إن الجسر الجديد سيفتح أمام حركة المرور بحلول نهاية العام.", "ar"),
        ("Городской совет заявил во вторник, что новый мост откроется к концу года.", "ru"),
        ("Міська рада заявила у вівторок, що новий міст відкриють до кінця року.", "uk"),
        ("Το δημοτικό συμβούλιο ανακοίνωσε ότι η νέα γέφυρα θα ανοίξει έως το τέλος του έτους.", "el"),
        ("מועצת העיר הודיעה ביום שלישי כי הגשר החדש ייפתח עד סוף השנה.", "he"),
        ("สภาเมืองประกาศเมื่อวันอังคารว่าสะพานใหม่จะเปิดภายในสิ้นปี", "th"),
        ("नगर परिषद ने मंगलवार को कहा कि नया पुल साल के अंत तक खुल जाएगा।", "hi"),
        ("APEC 峰会在北京举行，各国领导人讨论了贸易问题。", "zh"),  # Latin acronyms do not outvote Han
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 67890", "OK", "Hello there", "北京", "Bridge open, bridge closed."]
)
def test_too_little_text_is_none(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en_US", "en-US"),
        ("en-us", "en-US"),
        (" fr-CA ", "fr-CA"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("sr-Latn-RS", "sr-Latn-RS"),
        ("es-419", "es-419"),
        ("de-CH-1901", "de-CH-1901"),
        ("en-US-x-Twain", "en-US-x-twain"),
        ("und", "und"),
        ("english", None),
        ("e", None),
        ("", None),
        ("   ", None),
        (None, None),
        ("en--US", None),
        ("en-", None),
        ("12", None),
        ("en US", None),
        ("x" * 100, None),
    ],
)
def test_normalize_bcp47(tag: str | None, expected: str | None) -> None:
    assert normalize_bcp47(tag) == expected


@given(st.text(alphabet=st.sampled_from("abcz' \t\n.,-_09'\"XY"), max_size=200))
def test_ascii_words_are_the_regex_tokens(text: str) -> None:
    sample = text.lower()
    assert ascii_words(sample) == _ASCII_WORD_RE.findall(sample)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
def test_ascii_words_on_any_ascii(text: str) -> None:
    sample = text.lower()
    assert ascii_words(sample) == _ASCII_WORD_RE.findall(sample)


# --- a declared language the text contradicts (issue 16) --------------------------------------------------

DUTCH = (
    "De gemeente heeft het plan voor de nieuwe brug over de rivier goedgekeurd. Het werk begint in het "
    "voorjaar en duurt naar verwachting twee jaar. Volgens de wethouder is de brug nodig omdat het verkeer "
    "in het centrum al jaren toeneemt. Bewoners van de oostkant zijn er niet blij mee, want zij vrezen "
    "voor meer lawaai en drukte in hun straten. De gemeenteraad stemde er met een ruime meerderheid voor."
)
ENGLISH = (
    "The council approved the plan for the new bridge over the river. The work begins in spring and is "
    "expected to take two years. According to the councillor the bridge is needed because traffic in the "
    "centre has grown for years. Residents of the east side are not happy with it, as they fear more noise "
    "and crowds in their streets. The council voted for it with a large majority."
)


@pytest.mark.parametrize("use_model", [False, pytest.param(True, marks=needs_model)])
def test_a_long_text_clearly_in_another_language_contradicts_the_declaration(use_model: bool) -> None:
    def contradicts(declared: str, text: str) -> str | None:
        found = contradicting_language(declared, text, use_model=use_model)
        return found.code if found else None

    assert contradicts("en", DUTCH) == "nl"
    assert contradicts("en-GB", DUTCH) == "nl"
    assert contradicts("nl", DUTCH) is None
    assert contradicts("en", ENGLISH) is None
    assert contradicts("en", DUTCH[:120]) is None  # too little text to overrule a declaration
    assert contradicts("sr", "Београд је главни град Србије и највећи град у земљи.") is None
    assert contradicts("fy", DUTCH) is None  # a language the detector does not know is kept


# --- the optional model (news-archiver[language], issue 16) -------------------------------------------------
# Invented news sentences, long enough for the model (MODEL_MIN_LETTERS), in languages the rules get wrong.

LONG = {
    "uk": (
        "Міська рада ухвалила бюджет на наступний рік, який передбачає більше грошей для шкіл і лікарень. "
        "Голова комісії сказав, що над документом працювали пів року і що депутати врахували пропозиції "
        "мешканців усіх районів міста."
    ),
    "fa": (
        "شورای شهر بودجه سال آینده را تصویب کرد که پول بیشتری برای مدرسه‌ها و بیمارستان‌ها در نظر می‌گیرد. "
        "رئیس کمیسیون گفت که روی این سند شش ماه کار شده و پیشنهادهای ساکنان همه محله‌های شهر در آن آمده است."
    ),
    "da": (
        "Byrådet vedtog tirsdag budgettet for det kommende år, som giver flere penge til skoler og hospitaler. "
        "Borgmesteren sagde, at det er en vigtig dag for kommunen, og at man har arbejdet længe på at finde en "
        "løsning, der kan samle et bredt flertal."
    ),
    "sv": (
        "Kommunfullmäktige antog på tisdagen budgeten för nästa år, som ger mer pengar till skolor och "
        "sjukhus. Ordföranden sa att det är en viktig dag för kommunen och att man har arbetat länge för att "
        "hitta en lösning som samlar en bred majoritet."
    ),
    "pl": (
        "Rada miasta przyjęła we wtorek budżet na przyszły rok, który przewiduje więcej pieniędzy na szkoły "
        "i szpitale. Przewodniczący komisji powiedział, że nad dokumentem pracowano pół roku i że radni "
        "uwzględnili propozycje mieszkańców wszystkich dzielnic."
    ),
    "ca": (
        "El consell municipal ha aprovat aquest dimarts el pressupost de l'any vinent, que preveu més diners "
        "per a les escoles i els hospitals. L'alcaldessa ha dit que és un dia important per a la ciutat i que "
        "s'ha treballat molt per trobar un acord amb una àmplia majoria."
    ),
    "tr": (
        "Belediye meclisi salı günü gelecek yılın bütçesini kabul etti; bütçe okullar ve hastaneler için daha "
        "fazla para öngörüyor. Komisyon başkanı, belge üzerinde altı ay çalışıldığını ve tüm mahallelerin "
        "önerilerinin dikkate alındığını söyledi."
    ),
}


@needs_model
@pytest.mark.parametrize("code", sorted(LONG))
def test_the_model_names_languages_the_rules_cannot(code: str) -> None:
    found = detect(LONG[code])
    assert found is not None and found.code == code and found.model is not None
    assert found.model[0] == MODEL_NAME == "lingua-language-detector"


@pytest.mark.parametrize("code", sorted(LONG))
def test_without_the_model_the_rules_leave_those_languages_undetermined_or_to_their_script(code: str) -> None:
    """A wrong language is worse than none: Danish's English-looking function words ("for", "at") do not
    make it English. The rules' limits: a script keeps its usual language (Persian reads as Arabic), and
    Catalan, whose function words are Spanish ones too, reads as Spanish."""
    assert detect_language(LONG[code], use_model=False) == {"uk": "uk", "fa": "ar", "ca": "es"}.get(code)


@needs_model
def test_clearly_english_text_and_scripts_of_one_language_stay_with_the_rules() -> None:
    """The model costs about 3 µs a character; text the rules are sure of is not given to it."""
    assert detect(ENGLISH) == Detection("en")
    assert detect(
        "Το δημοτικό συμβούλιο ανακοίνωσε ότι η νέα γέφυρα θα ανοίξει έως το τέλος του έτους. " * 3
    ) == (Detection("el"))
    found = detect(DUTCH)
    assert found is not None and found.code == "nl" and found.model is not None


@needs_model
def test_the_model_overrules_a_template_declaration_only_with_a_language_it_knows() -> None:
    assert (found := contradicting_language("en", LONG["uk"])) is not None and found.code == "uk"
    assert contradicting_language("ru", LONG["uk"]) is not None
    assert contradicting_language("uk", LONG["uk"]) is None
    assert contradicting_language("ar", LONG["fa"]) is not None  # Arabic script, Persian text
    assert contradicting_language("no", LONG["da"]) is not None  # Danish is not Norwegian ...
    norwegian = (
        "Bystyret vedtok tirsdag budsjettet for neste år, som gir mer penger til skoler og sykehus. "
        "Ordføreren sa at det er en viktig dag for kommunen, og at man har jobbet lenge for å finne en løsning."
    )
    assert contradicting_language("no", norwegian) is None  # ... but Bokmål is Norwegian
    assert contradicting_language("yue", LONG["uk"]) is None  # the model cannot name Cantonese: kept


def test_metadata_records_the_texts_language_with_a_warning() -> None:
    from datetime import UTC, datetime

    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    page = f'<html lang="en"><head><title>Nieuwe brug</title></head><body><article><p>{DUTCH}</p></article></body></html>'
    meta = build_metadata(parse_bytes(page.encode(), "a.html"), captured=datetime(2025, 1, 1, tzinfo=UTC))
    assert (meta.language.code, meta.language.detected) == ("nl", True)
    assert "LANGUAGE_DECLARED_CONTRADICTED" in [w.code for w in meta.warnings]


@needs_model
def test_the_metadata_names_the_model_with_its_version_where_it_found_the_language() -> None:
    """extraction.tools (schema 1.3.0) says a package's language came from the model, at which version;
    a declared language kept, or one the rules found, names no model."""
    import importlib.metadata
    from datetime import UTC, datetime

    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    captured = datetime(2025, 1, 1, tzinfo=UTC)
    model = {"name": MODEL_NAME, "version": importlib.metadata.version(MODEL_NAME)}

    def tools_and_language(data: bytes, name: str) -> tuple[list[dict[str, str]], str, str | None]:
        meta = build_metadata(parse_bytes(data, name), captured=captured)
        assert meta.extraction is not None
        tools = [tool.model_dump() for tool in meta.extraction.tools]
        return tools, meta.language.code, meta.extraction.fields.get("language")

    tools, code, source = tools_and_language(f"Бюджет міста\n\n{LONG['uk']}\n".encode(), "a.txt")
    assert (code, source) == ("uk", "detected") and model in tools
    page = f'<html lang="en"><head><title>بودجه</title></head><body><article><p>{LONG["fa"]}</p></article></body></html>'
    tools, code, source = tools_and_language(page.encode(), "a.html")
    assert (code, source) == ("fa", "detected") and model in tools
    tools, code, source = tools_and_language(f"Council budget\n\n{ENGLISH}\n".encode(), "a.txt")
    assert (code, source) == ("en", "detected") and model not in tools  # clearly English: the rules
    page = f'<html lang="uk"><head><title>Бюджет</title></head><body><article><p>{LONG["uk"]}</p></article></body></html>'
    tools, code, source = tools_and_language(page.encode(), "a.html")
    assert (code, source) == ("uk", "html-lang") and model not in tools


@needs_model
def test_an_english_lead_does_not_decide_a_ukrainian_pages_language() -> None:
    """The model reads pieces from across the text, not only its start (review finding)."""
    text = ENGLISH + " " + ENGLISH[:200] + " " + " ".join([LONG["uk"]] * 10)
    assert contradicting_language("uk", text) is None
    assert detect_language(text) == "uk"


@needs_model
def test_answers_of_the_rules_overrule_only_by_the_rules_own_test() -> None:
    """With the model installed, text the rules read (clearly English, kanji) is held to the rules' own
    test before it overrules a declaration: 37 English words are too few, and kanji never overrule."""
    short_english = " ".join(ENGLISH.split()[:37])
    assert contradicting_language("de", short_english) is None
    kanji = "市議会予算可決図書館公園港湾整備計画承認" * 12
    assert contradicting_language("ja", kanji) is None


@needs_model
def test_scripts_the_rules_do_not_know_go_to_the_model() -> None:
    georgian = (
        "ქალაქის საბჭომ სამშაბათს მომავალი წლის ბიუჯეტი დაამტკიცა, რომელიც სკოლებისა და საავადმყოფოებისთვის "
        "მეტ თანხას ითვალისწინებს. კომისიის თავმჯდომარემ თქვა, რომ დოკუმენტზე ნახევარი წელი მუშაობდნენ."
    )
    assert detect_language(georgian) == "ka"
    assert detect_language(georgian, use_model=False) is None


def test_a_declared_und_or_mul_is_no_declaration() -> None:
    from datetime import UTC, datetime

    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    for declared in ("und", "mul"):
        page = f'<html lang="{declared}"><head><title>Nieuwe brug</title></head><body><article><p>{DUTCH}</p></article></body></html>'
        meta = build_metadata(parse_bytes(page.encode(), "a.html"), captured=datetime(2025, 1, 1, tzinfo=UTC))
        assert (meta.language.code, meta.language.detected) == ("nl", True), declared


def test_thai_text_declared_english_is_thai() -> None:
    text = "ทุ่งดอกบัวตองบนดอยคำหลวงเริ่มบานเต็มพื้นที่แล้วตั้งแต่ต้นสัปดาห์ ทำให้มีนักท่องเที่ยวเดินทางขึ้นไปชม " * 3
    found = contradicting_language("en", text)
    assert found is not None and found.code == "th"
    assert contradicting_language("th", text) is None
