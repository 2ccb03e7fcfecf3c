"""Rules for what news pages say about themselves outside structured data: bylines and dates in URLs.

Structured data (JSON-LD, meta tags, microdata) is the first source of an article's authors and dates, but
many pages state them only where a reader sees them: a byline such as "By A. Writer and B. Reporter" above
the story, or a date in the article's address (``/2024/03/05/story``). Each rule here is one pure function
on text, so it can be tested on its own and used by any reader; :mod:`archiver.sources.html` decides when to
ask them (only where the structured sources give nothing).

The rules are conservative on purpose: a wrong author or date in preservation metadata is worse than none,
so a byline must open with a byline word of one of the languages below and its names must look like names
(capitalised words, a few particles, no digits); a date in a URL must be a real calendar date.

Byline words, at the start of the line: English "By", "Written by", "Words by", "Text by"; German "Von",
"Text:", "Autor:"/"Autorin:"/"Autoren:"; French "Par", "Texte :", "Auteur :"; Spanish and Portuguese
"Por", "Texto:", "Autor:"; Italian "di", "a cura di", "Autore:", "Testo:"; Dutch "Door", "Tekst:";
Polish "Autor:", "Autorka:", "Autorzy:"; Russian "Автор:", "Авторы:", "Текст:"; Arabic "بقلم", "كتب",
"كتبت"; Japanese "文・", "文/" and "記者:" (with the full-width slash or colon too); Swedish and Norwegian
"Av", Danish "Af", Catalan "Per" (its names whole: "Per Olsen" is a name), Turkish "Haber:", Persian
"نویسنده:". A line of parts ("date | byline | section") is read part by part. Names are separated by
commas and the word for "and" (and, &, und, et, y, e, i, и, و, 、, och, og, ve; the Dutch "en" after "Door"
only), and end at a word of publication (Turkish "Yay\u0131nlanma:"); a
part after a comma that is a role ("Staff Reporter",
"envoyé spécial", "корреспондент") or a news agency ("Reuters", "AFP", "dpa") is not a name, and a month or
weekday ends the names ("By A, March 5").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal
from urllib.parse import urlsplit

__all__ = ["advert_label", "date_from_text", "date_from_url", "is_byline", "looks_like_name", "parse_byline"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Bylines longer than this are prose that happens to start with "By".
MAX_BYLINE_CHARS = 200
#: A name of more words than this is a sentence.
MAX_NAME_WORDS = 6
#: The years a date in a URL may name: the web's, with room ahead.
URL_YEARS = range(1994, 2100)

_BYLINE_START_RE = re.compile(
    r"^\s*(?:"
    r"(?:(?:written|reported|words|text|story)\s+)?by(?:\s*:\s*|\s+)"
    r"|(?:von|par|por|per|di|a\s+cura\s+di|door|av|af)(?:\s*:\s*|\s+)"
    r"|(?:text|texte|texto|testo|tekst|autor|autorin|autoren|auteur|auteurs|autores|autore|autori|autrice|"
    r"autorka|autorzy|автор|авторы|текст|haber)\s*:\s*"
    r"|بقلم\s*:?\s*|كتبت?\s*:?\s+|نویسنده\s*:\s*"
    r"|文\s*[・\uff0f/:\uff1a]\s*|記者\s*[:\uff1a・]\s*"
    r")",
    re.IGNORECASE,
)
#: Where a byline's names end: a separator, a date or time, a pipe, a parenthesis.
_BYLINE_END_RE = re.compile(
    r"\s+[|•·\u2013\u2014-]\s+|\s*\|\s*|\s+(?:on|am|le|el|em|в)\s+\d|\d|\s*\(", re.IGNORECASE
)
#: The word for "and" between two names, in each language above, and commas.
_AND_RE = re.compile(r"\s+(?:and|&|und|et|y|e|i|и|och|og|ve)\s+|\s*[,、\uff0c;]\s*", re.IGNORECASE)
#: The Dutch "en" joins names only after the Dutch "Door": elsewhere it is the Spanish and French "in"
#: ("Por Ana Ruiz en Madrid" names one author).
_DUTCH_AND_RE = re.compile(r"\s+en\s+", re.IGNORECASE)
#: Byline words that are also first names ("Per", Catalan "by"): their names must be whole (two words).
_FIRST_NAME_WORDS = frozenset({"per"})
#: The separators of a meta line's parts ("date | byline | section").
_SEGMENT_RE = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
#: The Arabic "and" is written joined to the next name ("سارة وعمر").
_ARABIC_AND_RE = re.compile(r"\s+و(?=\S)")
_ROLE_WORDS = _words(
    """
    reporter reporters correspondent correspondents writer writers editor editors staff journalist journalists
    columnist contributor contributors photographer photographers producer analyst senior chief special
    political economics desk team newsroom agency agencies wires
    redakteur redakteurin redaktion korrespondent korrespondentin reporterin autor autorin mitarbeiter
    envoyé envoyée spécial spéciale correspondant correspondante journaliste rédaction rédacteur rédactrice
    corresponsal periodista redacción enviado enviada especial redactor redactora
    correspondente repórter jornalista redação
    корреспондент корреспондентка журналист журналистка редактор обозреватель редакция
    مراسل مراسلة صحفي صحفية محرر محررة
    記者 編集委員 特派員 編集部
    """
)
_AGENCIES = _words(
    "ap afp reuters dpa epd kna efe ansa xinhua bloomberg pa tass ria apa sda ats belga anp kyodo"
)
#: Words that may stand lower-case inside a name ("Ludwig van Beethoven", "Maria da Silva").
_PARTICLES = _words("von van der den de del della di da das dos du le la ter ten al el bin ibn bint y zu")
#: Months and weekdays (en, de, fr, es, pt) and "updated": a date written after the names, never a name.
_DATE_WORDS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday updated published
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag
    sonntag heute gestern aktualisiert veröffentlicht
    janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi
    jeudi vendredi samedi dimanche publié
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
    miércoles jueves viernes sábado domingo actualizado publicado
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta
    sexta atualizado
    """
)
_LETTER_RE = re.compile(r"[^\W\d_]")

_URL_DATE_RES = (
    re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?=/|$|[._-])"),  # /2024/03/05/slug
    re.compile(r"(?<![\d])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])"),  # /2024-03-05-slug, /news-2024-03-05
    re.compile(r"(?:^|/|[_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=/|$|[._-])"),  # /20240305/ and slug_20240305
)


def looks_like_name(part: str) -> bool:
    """A person's name: a few words, no digits, every cased word capitalised unless it is a particle."""
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or len(part) > 60 or any(ch.isdigit() for ch in part):
        return False
    if not any(_LETTER_RE.match(ch) for ch in part):
        return False
    for word in words:
        first = next((ch for ch in word if ch.isalpha()), "")
        if first and first.lower() != first.upper() and first.islower() and word.lower() not in _PARTICLES:
            return False
    return len(words) > 1 or words[0].lower() not in _PARTICLES


def _is_role(part: str) -> bool:
    """A role or an agency written after a name ("Staff Reporter", "envoyé spécial à Lyon", "Reuters").

    Only the first word decides: "A. Writer" is a name that happens to end in a role word.
    """
    words = [word.strip(".:").lower() for word in part.split()]
    if part.strip(".").lower() in _AGENCIES:
        return True
    return bool(words) and (words[0] in _ROLE_WORDS or words[0] in ("in", "at", "for", "à", "en"))


def _is_date_part(part: str) -> bool:
    """A date written after the names ("March 5", "Monday", "updated 10:30"), and not a name that begins
    like a month ("Jan Nowak", "April Ross", "June Carter"): a month word with a digit, or date words only."""
    words = [word.strip(".,").lower() for word in part.split()]
    if not words or words[0] not in _DATE_WORDS:
        return False
    return any(ch.isdigit() for ch in part) or all(word in _DATE_WORDS for word in words)


def _split_names(names: str, *, dutch: bool = False) -> list[str]:
    parts = [part.strip(" .,:;") for part in _AND_RE.split(names)]
    if dutch:
        parts = [piece for part in parts for piece in _DUTCH_AND_RE.split(part)]
    out: list[str] = []
    for part in parts:
        pieces = _ARABIC_AND_RE.split(part)
        # Split on the joined Arabic "and" only where every piece is a whole name (two words or more):
        # a name may itself begin with و (Walid, Wafa).
        if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
            out.extend(piece.strip() for piece in pieces)
        else:
            out.append(part)
    return [part for part in out if part]


def parse_byline(text: str) -> tuple[str, ...]:
    """The authors a byline names ("By A. Writer and B. Reporter" → both), or () when ``text`` is no byline.

    Roles and agencies after a comma are dropped; if any remaining part does not look like a name, the whole
    line is taken for prose and () is returned, rather than guessing which words are names.
    """
    text = " ".join(text.split())
    if len(text) > MAX_BYLINE_CHARS:
        return ()
    start = _BYLINE_START_RE.match(text)
    if start is None:
        # "Publikováno: 3. 4. 2024 | Autor: Tomáš Řezníček | Rubrika: ...": a byline among a meta line's parts
        for segment in _SEGMENT_RE.split(text)[1:] if _SEGMENT_RE.search(text) else ():
            found = parse_byline(segment)
            if found:
                return found
        return ()
    word = start.group().strip(" :").lower()
    names = _BYLINE_END_RE.split(text[start.end() :], maxsplit=1)[0]
    names = _PUBLISHED_RE.split(names, maxsplit=1)[0]  # "Haber: A. Karaca Yayinlanma: 12.03.2024" (tr)
    parts: list[str] = []
    for part in _split_names(names, dutch=word == "door"):
        if _is_date_part(part):
            break  # "By A, March 5": the names have ended
        if not _is_role(part) and part.casefold() not in (known.casefold() for known in parts):
            parts.append(part)
    if not parts or not all(looks_like_name(part) for part in parts):
        return ()
    if word in _FIRST_NAME_WORDS and any(len(part.split()) < 2 for part in parts):
        return ()  # "Per Olsen" is a Scandinavian name, "Per Jordi Casals" a Catalan byline
    return tuple(parts)


def is_byline(text: str) -> bool:
    """Whether a line of a page is a byline (it names authors by :func:`parse_byline`)."""
    return bool(parse_byline(text))


def date_from_url(url: str | None) -> datetime | None:
    """The publication day a URL's path states (``/2024/03/05/``, ``/2024-03-05-slug``, ``/20240305/``), as a
    naive datetime at 00:00 (a URL gives a day, never a time or a zone), or None.

    Only a real calendar date counts: ``/2024/13/40/`` and an article number such as ``/10403/`` are not
    dates. The host is never read (``2024.example`` is a name), nor the fragment.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = parts.path + ("?" + parts.query if parts.query else "")
    for pattern in _URL_DATE_RES:
        for match in pattern.finditer(path):
            year, month, day = (int(group) for group in match.groups())
            if year not in URL_YEARS:
                continue
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            return datetime(found.year, found.month, found.day)
    return None


# --- dates written in the text ---------------------------------------------------------------------------

#: Month names and their usual abbreviations, by month number, in the languages the bylines above cover
#: (en, de, fr, es, it, pt, nl, pl, ru): the forms a date line uses, with the genitive where the language
#: declines it ("28 listopada", "12 апреля"). Abbreviations may carry a dot ("Sep.", "janv.").
_MONTH_NAMES: dict[int, str] = {
    1: "january jan januar jänner janvier janv enero ene gennaio genn gen janeiro januari januarie "
    "stycznia styczeń styczen sty января январь янв",
    2: "february feb februar février fév févr fevrier febrero febbraio febb fevereiro fev februari "
    "lutego luty lut февраля февраль фев",
    3: "march mar märz maerz mars marzo março marco maart marca marzec мар марта март",
    4: "april apr avril avr abril aprile apr kwietnia kwiecień kwiecien kwi апреля апрель апр",
    5: "may mai mayo maggio magg mag maio mei maja maj мая май",
    6: "june jun juni juin junio giugno giu junho czerwca czerwiec cze июня июнь",
    7: "july jul juli juillet juil julio luglio lug julho lipca lipiec lip июля июль",
    8: "august aug août aout agosto ago augustus sierpnia sierpień sierpien sie августа август авг",
    9: "september sep sept septembre septiembre setiembre settembre sett set setembro "
    "września wrzesień wrzesien wrz сентября сентябрь сен сент",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out października październik "
    "paz paź октября октябрь окт",
    11: "november nov novembre noviembre novembro listopada listopad lis ноября ноябрь ноя",
    12: "december dec dez dezember décembre decembre diciembre dic dicembre dezembro grudnia grudzień "
    "grudzien gru декабря декабрь дек",
}
_MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH_ALT = "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
#: Words that announce a later change, not the publication: a date after one of them is not the
#: publication date ("Updated 6 March 2024").
_UPDATE_RE = re.compile(
    r"\b(?:updated?|last\s+modified|aktualisiert|mis\s+à\s+jour|actualizad[oa]|aggiornat[oa]|"
    r"atualizad[oa]|bijgewerkt|zaktualizowano|aktualizacja|обновлено|обновлен|güncelleme|güncellendi)\b"
    r"|更新",
    re.IGNORECASE,
)
_DATE_IN_TEXT_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2024-03-05, 2024/03/05, 2024.03.05
    (re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])"), "ymd"),
    # 2024年6月3日 (Japanese, Chinese) and 2024년 6월 3일 (Korean)
    (re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), "ymd"),
    # 5.3.2024 and 05.03.2024 (de, nl, pl, ru, ...): day first wherever dots are written
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d])"), "dmy"),
    # 5 March 2024, 5. März 2024, 1er mars 2024, 5 de marzo de 2024, 28 listopada 2024, 12 апреля 2024
    (
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:er|º|°)?\.?\s*(?:de\s+)?({_MONTH_ALT})\.?,?\s*(?:de\s+)?(\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        "dMy",
    ),
    # March 5, 2024 and Sep. 18, 2024
    (
        re.compile(
            rf"(?<![^\W\d_])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        "Mdy",
    ),
)
#: Words that say the date after them is the publication's ("Published", "Veröffentlicht am", "投稿").
_PUBLISHED_RE = re.compile(
    r"\b(?:published|posted|publié|publiée|mis\s+en\s+ligne|veröffentlicht|erschienen|publicado|publicada|"
    r"pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano|opublikowany|опубликовано|опубликован|"
    r"yay\u0131nlanma|yay\u0131nland\u0131|publikováno)\b"
    r"|公開|投稿|掲載|配信|発行|发布|發布",
    re.IGNORECASE,
)
#: A line longer than this is prose, where a date is what the story is about, not when it was published.
MAX_DATE_LINE_CHARS = 160
#: A date line is the date and a few words: a publication word or a byline before it, a time after it
#: ("Pubblicato il 14 novembre 2024 alle 18:40"); more words make it a sentence about the date.
MAX_WORDS_BEFORE_DATE = 3
MAX_WORDS_AFTER_DATE = 4


def _calendar_day(year: int, month: int, day: int) -> date | None:
    if year not in URL_YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_from_text(line: str) -> date | None:
    """The publication day a short line of a page states ("Published 5 March 2024", "Veröffentlicht am
    5. März 2024", "Pubblicato il 14 novembre 2024 alle 18:40", "Opublikowano: 28 listopada 2024",
    "2024年6月3日", "05.03.2024"), or None.

    Only the first date of the line counts, and only when no word of updating stands before it ("Updated
    6 March": the publication date is another). Lines longer than :data:`MAX_DATE_LINE_CHARS` are prose and
    give nothing; so do slashed dates other than year first ("03/05/2024" is 3 May or 5 March depending on
    the country) and impossible days. Which lines to ask is the reader's choice (near the story's start).
    """
    text = " ".join(line.split())
    if not text or len(text) > MAX_DATE_LINE_CHARS:
        return None
    whole = _date_in_line(text)
    if whole is not None or not _SEGMENT_RE.search(text):
        return whole
    for segment in _SEGMENT_RE.split(text):  # "12 febbraio 2024 - 15:32 | di Roberta Lanzillotta"
        if _UPDATE_RE.search(segment):
            return None  # what follows an update's date is no publication's
        found = _date_in_line(segment)
        if found is not None:
            return found
    return None


def _date_in_line(text: str) -> date | None:
    """:func:`date_from_text` of one line or one part of it."""
    found: list[tuple[int, int, date | None]] = []
    for pattern, order in _DATE_IN_TEXT_RES:
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groups()
        if order == "ymd":
            year, month, day = int(groups[0]), int(groups[-2]), int(groups[-1])
        elif order == "dmy":
            day, month, year = (int(group) for group in groups)
        elif order == "dMy":
            day, month, year = int(groups[0]), _MONTHS[groups[1].lower()], int(groups[2])
        else:
            month, day, year = _MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        found.append((match.start(), match.end(), _calendar_day(year, month, day)))
    if not found:
        return None
    start, end, day_found = min(found, key=lambda item: item[0])
    before, after = text[:start], text[end:]
    if _UPDATE_RE.search(before) or _word_count(after) > MAX_WORDS_AFTER_DATE:
        return None
    prose = _word_count(before) > MAX_WORDS_BEFORE_DATE and not _PUBLISHED_RE.search(before)
    if prose and not is_byline(_BYLINE_END_RE.split(before, maxsplit=1)[0]):
        return None  # "The council voted on 5 March 2024": a sentence about a day
    return day_found


#: Scripts written without spaces between words (CJK ideographs, kana, Hangul): each character counts as
#: a word, so "市議会は2024年6月3日に可決した" is a sentence, not a date line.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _word_count(text: str) -> int:
    """Words with a letter or digit in them: separators ("|", "—", ":") are not words."""
    unspaced = len(_UNSPACED_RE.findall(text))
    rest = _UNSPACED_RE.sub(" ", text)
    return unspaced + sum(1 for word in rest.split() if any(ch.isalnum() for ch in word))


# --- advertisement labels --------------------------------------------------------------------------------

#: The labels pages print above an advert or a paid caption inside a story, in the languages above (and
#: Dutch, Polish): "Advertisement", "Anzeige", "Publicidad", "Pubblicità", "広告", ...
_AD_LABELS = (
    "advertisement|advertising|advert|sponsored content|sponsored|paid content|paid post|promoted|"
    "anzeige|werbung|gesponsert|publicité|sponsorisé|contenu sponsorisé|publicidad|patrocinado|anuncio|"
    "pubblicità|sponsorizzato|publicidade|advertentie|gesponsord|reklama|sponsorowane|artykuł sponsorowany|"
    "реклама|на правах рекламы|广告|廣告|広告|スポンサー"
)
_AD_LABEL_RE = re.compile(
    rf"(?:{_AD_LABELS})(?:(?P<end>\s*$)|(?P<colon>\s*[:\uff1a])|(?P<joined>(?=[^\W\d_])(?!\w*\s*$)))",
    re.IGNORECASE,
)


def advert_label(text: str) -> Literal["label", "caption"] | None:
    """Whether a line of a page is an advert's label alone ("Advertisement", "Anzeige", "広告": the caption
    next to it in the same small box is the advert's too) or a paid caption ("Sponsored: Save 20% ...",
    "Anzeige: ...", a label and a caption written without a space between: "AdvertisementSponsored: ..."),
    else None.

    Only a label that stands alone or ends in a colon counts: "Advertising revenue fell" is a sentence.
    """
    line = " ".join(text.split())
    match = _AD_LABEL_RE.match(line)
    if match is None:
        return None
    if match.group("end") is not None:
        return "label"
    if match.group("colon") is not None:
        return "caption"
    joined = line[match.end() :]
    # "AdvertisementSponsored: ..." or "AnzeigeAnzeige: ...": two spans without a space between them
    if joined[:1].isupper() or _AD_LABEL_RE.match(joined):
        return "caption"
    return None
