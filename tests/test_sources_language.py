"""The small language detector and BCP 47 tag normalisation."""

# Texts in many scripts are the point of these tests.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.sources.language import _ASCII_WORD_RE, ascii_words, detect_language, normalize_bcp47


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


def test_a_long_text_clearly_in_another_language_contradicts_the_declaration() -> None:
    from archiver.sources.language import contradicting_language

    assert contradicting_language("en", DUTCH) == "nl"
    assert contradicting_language("en-GB", DUTCH) == "nl"
    assert contradicting_language("nl", DUTCH) is None
    assert contradicting_language("en", ENGLISH) is None
    assert contradicting_language("en", DUTCH[:120]) is None  # too little text to overrule a declaration
    assert contradicting_language("sr", "Београд је главни град Србије и највећи град у земљи.") is None
    assert contradicting_language("fy", DUTCH) is None  # a language the detector does not know is kept


def test_metadata_records_the_texts_language_with_a_warning() -> None:
    from datetime import UTC, datetime

    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    page = f'<html lang="en"><head><title>Nieuwe brug</title></head><body><article><p>{DUTCH}</p></article></body></html>'
    meta = build_metadata(parse_bytes(page.encode(), "a.html"), captured=datetime(2025, 1, 1, tzinfo=UTC))
    assert (meta.language.code, meta.language.detected) == ("nl", True)
    assert "LANGUAGE_DECLARED_CONTRADICTED" in [w.code for w in meta.warnings]
