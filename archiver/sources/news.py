"""Rules for what news pages say about themselves outside structured data: bylines, dates in URLs, dates
in a date line ("Veröffentlicht am 5. März 2024", "2024. március 5.", a Solar Hijri date in Persian script) with the month names
of the languages :mod:`archiver.sources.news_words` lists.

Structured data (JSON-LD, meta tags, microdata) is the first source of an article's authors and dates, but
many pages state them only where a reader sees them: a byline such as "By A. Writer and B. Reporter" above
the story, or a date in the article's address (``/2024/03/05/story``). Each rule here is one pure function
on text, so it can be tested on its own and used by any reader; :mod:`archiver.sources.html` decides when to
ask them (only where the structured sources give nothing).

The rules are conservative on purpose: a wrong author or date in preservation metadata is worse than none,
so a byline must open with a byline word of one of the languages below and its names must look like names
(capitalised words, a few particles, no digits); a date in a URL must be a real calendar date.

Byline words, at the start of the line (:data:`_BYLINE_START_RE` lists them by language): "By", "Written
by", "Von", "Par", "Por", "di", "Scritto da", "Door", "Av", "Af", "Per" (Catalan: its names whole, since
"Per Olsen" is a name), "Oleh" (Indonesian and Malay: likewise, since Oleh is a Ukrainian name), "Eftir",
"Deur", "Kirjoittanut", "Γράφει", "מאת", "بقلم", "كتب", "نوشته", "文・", and the words of "Author:",
"Text:", "Reporter:" in many languages ("Szerző:", "Írta:", "Penulis:", "Yazan:", "Piše:", "Autorius:",
"Συντάκτης:", "作者", "लेखक:", ...). A line of parts ("date | byline | section") is read part by part.
Names are separated by commas and the word for "and" of those languages (the Dutch and Afrikaans "en"
only after their own "Door" and "Deur", since "en" is "in" elsewhere; one-letter words such as "e", "i",
"y", "a" only in lower case, since "By John A Smith" has an initial), and end at a word of publication
("Yay\u0131nlanma:"); a part after a comma that is a role ("Staff Reporter", "envoyé spécial",
"toimittaja") or a news agency ("Reuters", "AFP", "dpa") is not a name, and a month or weekday ends the
names ("By A, March 5").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal
from urllib.parse import urlsplit

from archiver.sources.news_words import (
    JALALI_MONTHS,
    PUBLISHED_WORDS,
    UPDATE_WORDS,
    fold,
    is_ambiguous_month,
    is_month,
    month_names,
    month_of,
    weekday_names,
)

__all__ = [
    "JALALI_YEARS",
    "date_from_text",
    "date_from_url",
    "is_byline",
    "is_date_line",
    "jalali_to_gregorian",
    "looks_like_name",
    "names_publication",
    "needs_language",
    "opens_with_dateline",
    "parse_byline",
    "parse_closing_signature",
    "parse_signature",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Bylines longer than this are prose that happens to start with "By".
MAX_BYLINE_CHARS = 200
#: A name of more words than this is a sentence.
MAX_NAME_WORDS = 6
#: The years a date in a URL may name: the web's, with room ahead.
URL_YEARS = range(1994, 2100)

_BYLINE_WORDS = (
    r"(?:"
    # words that stand before the names, with or without a colon
    r"(?:(?:written|reported|words|text|story|interview)\s+)?by(?:\s*:\s*|\s+)"
    r"|(?:von|par|écrit\s+par|propos\s+recueillis\s+par|por|escrito\s+por|per|di|a\s+cura\s+di|scritto\s+da|"
    r"das\s+gespräch\s+führten?|interview\s+von|door|deur|av|af|eftir|oleh|kirjoittanut|na|"
    r"γράφει(?:\s+[οη])?|מאת|نوشته|โดย)(?:\s*:\s*|\s+)"
    # "Author:", "Text:", "Reporter:" and their like: only with a colon
    r"|(?:text|texte|texto|testo|tekst|teksti|autor|autorin|autoren|auteur|auteurs|autores|autore|autori|"
    r"autrice|autorka|autorzy|autorius|autorė|autors|avtor|avtorica|egilea|kirjoittaja|szerző|szerzők|"
    r"írta|penulis|reporter|wartawan|yazan|muhabir|haber|piše|pišu|napisao|napisala|napsal|napsala|napísal|"
    r"автор|авторы|авторка|автори|текст|συντάκτης|συντάκτρια|tác\s+giả|लेखक|כתב|כתבה|گزارش|خبرنگار|"
    r"作者|撰文|记者|ผู้เขียน|ข่าวโดย|เรื่อง)\s*[:\uff1a]\s*"
    r"|بقلم\s*:?\s*|كتبت?\s*:?\s+|نویسنده\s*:\s*"
    r"|文\s*[・\uff0f/:\uff1a]\s*|記者\s*[:\uff1a・]\s*"
    r")"
)
_BYLINE_START_RE = re.compile(rf"^\s*{_BYLINE_WORDS}", re.IGNORECASE)
#: A byline word after a number in the same line ("do 16 mei 2024 - 09:30 door Bram Oosterhuis", "12 ноября
#: 2024, 18:40 Текст: Анна Белова"); parse_byline then checks that a date or a time comes before it.
_BYLINE_AFTER_DATE_RE = re.compile(rf"\d[^\d]{{0,12}}?\s(?P<byline>{_BYLINE_WORDS})", re.IGNORECASE)
#: A time of day ("09:30", "14.05", "8h15").
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[:.h]\d\d(?!\d)")
#: A byline word after the date in a date line ("12 ноября 2024, 18:40 Текст: Анна Белова"): the date ends.
_BYLINE_IN_LINE_RE = re.compile(rf"\s{_BYLINE_WORDS}", re.IGNORECASE)
#: The author's label of Chinese and Japanese meta lines, wherever it stands ("来源: 青禾日报 作者: 王晓峰",
#: with full-width colons).
_CJK_BYLINE_RE = re.compile(r"(?:^|\s)(?P<byline>(?:作者|记者|記者|撰文)\s*[:\uff1a])")
#: The labels of the parts of Chinese and Japanese meta lines (source, author, editor), written without
#: separators between the parts.
_CJK_LABEL_RE = re.compile(
    r"(?:来源|來源|出典|出處|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|撰文)\s*[:\uff1a]"
)
#: Where a byline's names end: a separator, a date or time, a pipe, a parenthesis, a photographer's credit
#: ("Aino Lehtonen Kuvat: Ville Harju").
_BYLINE_END_RE = re.compile(
    r"\s+[|•·\u2013\u2014-]\s+|\s*\|\s*|\s+(?:on|am|le|el|em|в)\s+\d|\d|\s*\("
    r"|\s+(?:photos?|fotos?|foto|kuvat?|bild(?:er)?|zdjęci[ae]|fotó|снимк[аи]|фото|写真|사진)\s*[:=]",
    re.IGNORECASE,
)
#: The word for "and" between two names, in each language above, and commas; in lower case only: "By John
#: A Smith" has an initial, "Kim Na Young" and "John Dan Lee" are names.
_AND_RE = re.compile(
    r"\s+(?:and|und|et|och|og|ve|és|ja|dan|și|şi|ir|un|και|та|eta|và|na|&|e|i|y|a|и|\u0456|/)\s+"
    r"|\s*[,、\uff0c;]\s*"
)
#: The Dutch and Afrikaans "en" joins names only after "Door" and "Deur": elsewhere it is the Spanish and
#: French "in" ("Por Ana Ruiz en Madrid" names one author).
_DUTCH_AND_RE = re.compile(r"\s+en\s+", re.IGNORECASE)
#: Byline words that are common words in other languages: a byline with one has a date in its line.
_DATED_BYLINE_WORDS = frozenset({"na"})
#: Byline words that are also first names or common words (Catalan "Per", Indonesian "Oleh", Swahili "Na"):
#: their names must be whole (two words).
_FIRST_NAME_WORDS = frozenset({"per", "oleh", "na"})
#: The separators of a meta line's parts ("date | byline | section").
_SEGMENT_RE = re.compile(r"\s+[|•·\u2014]\s+|\s*\|\s*")
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
    giornalista inviato inviata corrispondente redattore redattrice journalist journalisten verslaggever
    correspondent redacteur reporter reportér reportérka dziennikarz dziennikarka redaktor redaktorka
    korespondent korespondentka novinář novinářka novinár novinárka toimittaja kirjeenvaihtaja
    journalisti újságíró tudósító munkatárs ziarist ziaristă corespondent gazeteci muhabir muhabiri
    wartawan wartawati koresponden penulis novinar novinarka dopisnik dopisnica δημοσιογράφος ανταποκριτής
    خبرنگار روزنامه‌نگار כתב כתבת 기자 记者 記者 संवाददाता रिपोर्टर पत्रकार
    """
)
#: Role words that end a role of several words ("Environment Correspondent", "Political Editor") and are
#: not also surnames ("A. Writer", "Mary Staff" stay names).
_ROLE_TITLES = _words(
    """
    correspondent correspondents reporter editor journalist columnist korrespondent korrespondentin
    redakteur redakteurin correspondant correspondante journaliste corresponsal periodista giornalista muhabir
    muhabiri
    redattore redattrice jornalista correspondente verslaggever redacteur toimittaja journalisti újságíró
    """
)
#: Last words of an organisation's name: a part of a byline ending so is an agency, not a person.
_ORGANIZATION_ENDINGS = _words(
    "press presse news agency wire wires service newswire media agentur agencia agenzia прес пресс новости"
    " desk merkezi redaktion redakcja redakce redacción rédaction"
)
_QUOTES = frozenset("\"'«»„“”\u201a\u2018\u2019")
#: Role words written after a name without a comma: "Ingrid Movik Journalist", Korean "김서연 기자".
_ROLE_SUFFIXES = _words("journalist journalistin reporter reporterin 기자 특파원 记者 記者")
#: "Name (Agency)": a name, then a short parenthesis without digits.
_NAME_AND_AGENCY_RE = re.compile(r"(?P<name>[^()\d]{3,60}?)\s*\((?P<agency>[^()\d]{2,40})\)")
_AGENCIES = _words(
    "ap afp reuters dpa epd kna efe ansa xinhua bloomberg pa tass ria apa sda ats belga anp kyodo"
    " mti ctk čtk pap stt ntb tt ritzau agerpres anadolu aa antara bernama hina tanjug ana-mpa irna isna"
)
#: Words that may stand lower-case inside a name ("Ludwig van Beethoven", "Maria da Silva").
_PARTICLES = _words("von van der den de del della di da das dos du le la ter ten al el bin ibn bint y zu")
#: Months (of every language :mod:`news_words` lists), weekdays and "updated": a date written after the
#: names, never a name. Compared folded.
_WEEKDAYS = weekday_names()
_DATE_WORDS = (
    frozenset(fold(form) for form in month_names() if " " not in form)
    | weekday_names()
    | frozenset(
        map(fold, _words("today yesterday updated published heute gestern aktualisiert veröffentlicht"))
    )
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
    if len(words) > 1 and words[-1] in _ROLE_TITLES and not part.split()[0].endswith("."):
        return True  # "Environment Correspondent", "Political Editor"; not "B. Reporter", a name
    if part[:1] in _QUOTES:
        return True  # „Тракия прес“, «Interfax»: a name in quotes is an organisation's
    if len(words) > 1 and words[-1] in _ORGANIZATION_ENDINGS:
        return True  # "Coastline Press", "Valley News Service": an agency the list below does not know
    return bool(words) and (words[0] in _ROLE_WORDS or words[0] in ("in", "at", "for", "à", "en"))


def _is_date_part(part: str) -> bool:
    """A date written after the names ("March 5", "Monday", "updated 10:30"), and not a name that begins
    like a month ("Jan Nowak", "April Ross", "June Carter"): a month word with a digit, or date words only."""
    words = [fold(word.strip(".,")) for word in part.split()]
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


def _without_trailing_date_words(part: str) -> str:
    """A name without the weekday written after it, right before its date ("Juma Mwakyusa Jumanne, Machi
    19"; Dutch "Femke Olthof za 9 nov": a weekday's abbreviation, in lower case, not a particle): only from
    three words on, so that "Plácido Domingo" stays whole; the caller asks only where a date follows (not
    "By Juan Carlos Mayo")."""
    words = part.split()
    while len(words) > 2 and (fold(words[-1].strip(".,")) in _WEEKDAYS or _is_lower_word(words[-1])):
        words.pop()
    return " ".join(words)


def _is_lower_word(word: str) -> bool:
    first = next((ch for ch in word if ch.isalpha()), "")
    return first.islower() and word.lower() not in _PARTICLES


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
        # "do 16 mei 2024 - 09:30 door Bram Oosterhuis", "2024年12月03日 14:20 来源 ... 作者 王晓峰": a byline
        # after a date or time, or a CJK author's label anywhere in the line
        later = _BYLINE_AFTER_DATE_RE.search(text)
        if later is not None:  # "Google was founded in 1998 by Larry Page": a year is no date line
            head = text[: later.start("byline")]
            if not (_TIME_RE.search(head) or any(day is not None for _, _, day, _ in _dates_in(head, None))):
                later = None
        later = later or _CJK_BYLINE_RE.search(text)
        return parse_byline(text[later.start("byline") :]) if later is not None else ()
    word = start.group().strip(" :").lower()
    if word in _DATED_BYLINE_WORDS and not any(ch.isdigit() for ch in text):
        return ()  # "Na Dolnym Śląsku" is Polish for "in Lower Silesia"; a Swahili byline has its date
    rest = text[start.end() :]
    names = _BYLINE_END_RE.split(rest, maxsplit=1)[0]
    dated = bool(re.match(r"[\s,]*\d", rest[len(names) :]))  # the names run into a date
    names = _PUBLISHED_RE.split(names, maxsplit=1)[0]  # "Haber: A. Karaca Yayinlanma: 12.03.2024" (tr)
    parts: list[str] = []
    split = _split_names(names, dutch=word in ("door", "deur"))
    for at, part in enumerate(split):
        if _is_date_part(part):
            break  # "By A, March 5": the names have ended
        if (at + 1 < len(split) and _is_date_part(split[at + 1])) or (at + 1 == len(split) and dated):
            part = _without_trailing_date_words(part)  # "Juma Mwakyusa Jumanne, Machi 19"
        if not _is_role(part) and part.casefold() not in (known.casefold() for known in parts):
            parts.append(part)
    if not parts or not all(looks_like_name(part) for part in parts):
        return ()
    if word in _FIRST_NAME_WORDS and any(len(part.split()) < 2 for part in parts):
        return ()  # "Per Olsen" is a Scandinavian name, "Per Jordi Casals" a Catalan byline
    return tuple(parts)


def parse_signature(text: str) -> tuple[str, ...]:
    """The author a line names without a byline word, as pages print them above a story: a name and a
    role ("Ingrid Movik Journalist", "김서연 기자"), a name and an agency in parentheses ("Алексей Гурьянов
    (СевИнформ)"), a name first in a meta line with a date ("Petra Zelenková · 5. února 2024 · Region").
    Or ().

    Such a line is a name only by where it stands: the reader asks only about the lines between the
    headline and the story (a list item "Maria Lopez (Green)" in a story is no byline).
    """
    text = " ".join(text.split())
    if not text or len(text) > MAX_BYLINE_CHARS:
        return ()
    words = text.split()
    unspaced = bool(_UNSPACED_RE.search(text))
    if len(words) >= 2 and words[-1].strip(".,").lower() in _ROLE_TITLES | _ROLE_SUFFIXES:
        name = " ".join(words[:-1]).rstrip(",")
        if looks_like_name(name) and (len(words) >= 3 or unspaced) and not _SEGMENT_RE.search(name):
            return (name,)
    agency = _NAME_AND_AGENCY_RE.fullmatch(text)
    if (
        agency is not None
        and looks_like_name(agency.group("name"))
        and len(agency.group("name").split()) >= 2
    ):
        return (agency.group("name"),)
    # "Elin Sjöberg Publicerad 2 februari 2024 kl. 14.32", "Kovács Eszter 2024. november 19., kedd 15:42"
    published = _PUBLISHED_RE.search(text)
    dates = _dates_in(text, None)
    cut = published.start() if published is not None else min((found[0] for found in dates), default=0)
    head = text[:cut].rstrip()
    # not "New York, March 5, 2024" (a dateline's place) nor "Last Updated 5 March 2024"
    if (
        cut > 0
        and not _SEGMENT_RE.search(text[:cut])
        and not head.endswith(",")
        and not _UPDATE_RE.search(head)
    ):
        names = _names_before(head)
        if names and _date_in_line(text[cut:], None):
            return names
    segments = _SEGMENT_RE.split(text)
    names = _names_before(segments[0])
    # "Lucía Ferrández / Diego Olmedo — Requila — 12 sept. 2024" (a date among three parts or more: "Middle
    # East | 5 March 2024" is a section), "अंकित मिश्रा | संवाददाता"
    dated = len(segments) >= 3 and any(_date_in_line(part, None) is not None for part in segments[1:])
    if names and (dated or any(_is_role(part) for part in segments[1:])):
        return names
    return ()


def _names_before(text: str) -> tuple[str, ...]:
    """The names a signature's first part gives ("Ana Ruiz / Diego Olmedo"), each of two words or more and
    none a role, an agency or a desk ("Haber Merkezi", "Associated Press"); else ()."""
    names = [name.strip() for name in _AND_RE.split(text.strip(" ,"))]
    whole = all(len(name.split()) >= 2 and looks_like_name(name) and not _is_role(name) for name in names)
    return tuple(names) if names and whole else ()


def parse_closing_signature(text: str) -> tuple[str, ...]:
    """The author Japanese and Chinese stories name in parentheses after their last paragraph ("(田村健一)",
    in full-width parentheses), or (). Asked only about the line right below a story."""
    match = _CLOSING_SIGNATURE_RE.fullmatch(" ".join(text.split()))
    if match is None or match.group("name") in _NOT_SIGNATURES:
        return ()
    return (match.group("name"),)


#: What Japanese and Chinese pages also put in parentheses below a story: an agency's credit, "to be
#: continued", "end".
_NOT_SIGNATURES = _words(
    "共同 時事 時事通信 新华社 新華社 中新社 中央社 ロイター 続く つづく おわり 終わり 全文完 完 了"
)


#: "(田村健一)", in full-width or ASCII parentheses: a name of two to eight CJK characters, alone on its
#: line.
_CLOSING_SIGNATURE_RE = re.compile(
    r"[(\uff08](?:记者|記者)?\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]{2,8})\s*[)\uff09]"
)


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


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as written and as :func:`news_words.fold` folds them (pages drop
    accents, "Publie le"), longest first; ``_`` in a word is a space."""
    forms = {form for word in words for form in (word.replace("_", " "), fold(word.replace("_", " ")))}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


#: Scripts written without spaces between words (CJK ideographs, kana, Hangul): each character counts as
#: a word, so "市議会は2024年6月3日に可決した" is a sentence, not a date line.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _words_re(words: str) -> re.Pattern[str]:
    """A pattern finding any of ``words`` as a whole word; words of scripts written without spaces (CJK)
    are found inside a run of letters ("發布日期")."""
    spaced = [word for word in words.split() if not _UNSPACED_RE.match(word)]
    unspaced = [word for word in words.split() if _UNSPACED_RE.match(word)]
    return re.compile(
        rf"(?<![^\W\d_])(?:{_alternation(spaced)})(?![^\W\d_])|{_alternation(unspaced)}", re.IGNORECASE
    )


#: Month forms of two words (Levantine Arabic "تشرين الأول"); every other month form is one word, matched
#: as any word and then looked up (one alternation of every language's months is slow to search).
_MULTIWORD_MONTH_ALT = _alternation(form for form in month_names() if " " in form or "." in form)
_JALALI_ALT = _alternation(form for forms in JALALI_MONTHS for form in forms.split())
_JALALI_BY_FORM = {
    fold(form): number for number, forms in enumerate(JALALI_MONTHS, 1) for form in forms.split()
}
#: A month word: any word (a letter, then anything up to a space, digit or punctuation: Devanagari's vowel
#: signs are marks, not letters), which :func:`_dates_in` then looks up.
_MONTH = rf"(?P<month>{_MULTIWORD_MONTH_ALT}|[^\W\d_][^\s\d.,;:!?()|/'\u2019-]*)\.?"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?!\d)"
_YEAR = r"(?<!\d)(?P<year>\d{4})(?!\d)"
#: A date's connecting words, between day, month and year: "5 de marzo de 2024", "5 d'abril", "5th of May"
#: (whole words: the "de" of "decembrie" is the month's).
_OF = r"(?:\s*(?:(?:de|del|of)(?![^\W\d_])|d'|d\u2019)\s*|\s*)"
#: ... and between month and year, where an English "of" would read "1 out of 2000" as 1 October 2000.
_OF_AFTER = r"(?:\s*(?:de|del)(?![^\W\d_])\s*|\s*)"

#: Words that announce a later change, not the publication: a date after one of them is not the
#: publication date ("Updated 6 March 2024").
_UPDATE_RE = _words_re(UPDATE_WORDS)
#: Words that say the date after them is the publication's ("Published", "Veröffentlicht am", "投稿").
_PUBLISHED_RE = _words_re(PUBLISHED_WORDS)

Order = Literal["ymd", "dmy", "dmy2", "minguo", "numeric", "era", "jalali"]
#: The ways a date is written, each with the order its numbers come in. "numeric" is a slashed or dashed
#: day and month whose order depends on the country; "era" a Japanese era year; "jalali" a Solar Hijri date.
_DATE_IN_TEXT_RES: tuple[tuple[re.Pattern[str], Order], ...] = (
    # 2024-03-05, 2024/03/05, 2024.03.05, and 2024. 03. 05. (Hungarian, Korean)
    (re.compile(rf"{_YEAR}(?:(?P<sep>[-/.])|\.\s)(?P<month>\d{{1,2}})(?:(?P=sep)|\.\s)(?P<day>\d{{1,2}})(?!\d)"),
     "ymd"),
    # 2024年6月3日 (Japanese, Chinese) and 2024년 6월 3일 (Korean)
    (re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"), "ymd"),
    # 令和6年3月5日: a Japanese era's year
    (re.compile(r"(?P<era>令和|平成)\s*(?P<year>\d{1,2}|元)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
     "era"),
    # 民國114年3月21日, 114-03-21 (Taiwan): a Minguo year, read with its era's name or after a word of publication
    (re.compile(r"(?<!\d)(?P<era>民國|民国)?\s*(?P<year>1\d\d)\s*(?:[-/.]|年)\s*(?P<month>\d{1,2})\s*(?:[-/.]|月)\s*"
                r"(?P<day>\d{1,2})(?!\d)"), "minguo"),
    # 5.3.2024, 05.03.2024 and 5. 3. 2024 (de, nl, pl, ru, cs, fi, ...): day first wherever dots are written
    (re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})(?!\d)"), "dmy"),
    # 23.01.24: a year of two digits, read only after a word of publication ("פורסם: 23.01.24 | 21:05")
    (re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})(?![\d.])"), "dmy2"),
    # 05/03/2024 and 05-03-2024: day or month first, by country
    (re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/-])"),
     "numeric"),
    # 5 March 2024, 5. März 2024, 1er mars 2024, 5 de marzo de 2024, 28 listopada 2024, 5. martā 2024
    (re.compile(rf"{_DAY}(?:er|º|°|ª|st|nd|rd|th|\.)?{_OF}{_MONTH},?{_OF_AFTER}{_YEAR}", re.IGNORECASE), "dmy"),
    # March 5, 2024, Sep. 18, 2024, Marso 5, 2024 (tl)
    (re.compile(rf"(?<![^\W\d_]){_MONTH}\s*{_DAY}(?:st|nd|rd|th|\.)?,?\s+{_YEAR}", re.IGNORECASE), "dmy"),
    # 2024. március 5. (hu), 2024 m. kovo 5 d. (lt), 2024ko martxoaren 5a (eu)
    (re.compile(rf"{_YEAR}(?:\.|\s*m\.|ko|,)?\s*{_MONTH}\s*{_DAY}", re.IGNORECASE), "dmy"),
    # 2024. gada 5. martā (lv)
    (re.compile(rf"{_YEAR}\.?\s*gada\s+{_DAY}\.?\s*{_MONTH}", re.IGNORECASE), "dmy"),
    # ngày 5 tháng 3 năm 2024 (vi)
    (re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+th[aá]ng\s+(?P<month>\d{1,2})\s*(?:,|\s)\s*(?:n[aă]m\s+)?(?P<year>\d{4})(?!\d)",
                re.IGNORECASE), "dmy"),
    # 15 Esfand 1402 (fa, in Persian digits and letters): Solar Hijri
    (re.compile(rf"{_DAY}\s*(?P<month>{_JALALI_ALT})\s*(?:ماه\s*)?{_YEAR}"), "jalali"),
)  # fmt: skip
_YEAR_OR_ERA_RE = re.compile(r"\d{4}|年|\d\.\d{1,2}\.\d\d|1\d\d[-/.]\d")
#: A line longer than this is prose, where a date is what the story is about, not when it was published.
MAX_DATE_LINE_CHARS = 160
#: A date line is the date and a few words: a publication word or a byline before it, a time after it
#: ("Pubblicato il 14 novembre 2024 alle 18:40"); more words make it a sentence about the date.
MAX_WORDS_BEFORE_DATE = 3
MAX_WORDS_AFTER_DATE = 4
#: Languages that write a slashed or dashed date month first (the United States' English, Filipino):
#: in them "03/05/2024" is 3 May or 5 March depending on the country, and is read only when one of its
#: numbers is above 12. Every other language writes the day first.
_MONTH_FIRST_LANGUAGES = frozenset({"en", "tl", "fil"})
#: Years of the Buddhist Era (Thai pages) that are Gregorian years the reader reads: 2537 BE is 1994.
_BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_ERA_YEARS = range(URL_YEARS.start + _BUDDHIST_ERA_OFFSET, URL_YEARS.stop + _BUDDHIST_ERA_OFFSET)
#: The Minguo calendar (Taiwan): year 1 is 1912.
_MINGUO_OFFSET = 1911
#: Japanese eras: the Gregorian year before each era's first.
_ERAS = {"令和": 2018, "平成": 1988}
#: The Solar Hijri years read, and the Gregorian day of Nowruz (1 Farvardin) of the first of them. The
#: arithmetic 33-year leap rule below agrees with Iran's official (astronomical) calendar over this span.
JALALI_YEARS = range(1370, 1430)
_NOWRUZ_1370 = date(1991, 3, 21)
_JALALI_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
#: A wire or press-release dateline: a place (capitalised words), an optional region, then the date and a
#: dash ("SPRINGVALE, Ore., April 2, 2024 -- Brightwater today announced ...", "Hohenbrück, 4. Juni 2024 --").
_DATELINE_RE = re.compile(r"^(?P<place>[^\W\d_][^\W\d_ .'\u2019-]*(?:[ .'\u2019-]+[^\W\d_]+){0,3}),\s*(?P<rest>.{4,60}?)"
                          r"\s*(?:\([^()]{1,30}\)\s*)?(?:\s[-\u2013\u2014]\s|[\u2013\u2014])")  # fmt: skip


def _calendar_day(year: int, month: int, day: int) -> date | None:
    if year not in URL_YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (``1402-12-15`` is 2024-03-05), or None outside
    :data:`JALALI_YEARS` or for a day the month does not have.

    Months 1-6 have 31 days, 7-11 have 30, the twelfth 29 or, in a leap year, 30. A year is leap when its
    remainder by 33 is one of eight (the 33-year cycle).
    """
    if year not in JALALI_YEARS or not 1 <= month <= 12:
        return None
    leap = year % 33 in _JALALI_LEAP_REMAINDERS
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if leap else 29
    if not 1 <= day <= length:
        return None
    years_before = range(JALALI_YEARS.start, year)
    days = sum(366 if y % 33 in _JALALI_LEAP_REMAINDERS else 365 for y in years_before)
    days += 31 * min(month - 1, 6) + 30 * max(month - 7, 0) + day - 1
    return date.fromordinal(_NOWRUZ_1370.toordinal() + days)


def date_from_text(line: str, language: str | None = None) -> date | None:
    """The publication day a short line of a page states ("Published 5 March 2024", "Veröffentlicht am
    5. März 2024", "2024. március 5. 10:15", "5. marts 2024 kl. 14.05", "Selasa, 5 Maret 2024 10:15 WIB",
    "2024年6月3日", "05.03.2024", a dateline "SPRINGVALE, Ore., April 2, 2024 — ..."), or None.

    ``language`` is the text's language (ISO 639-1) when the caller knows it: dates whose reading depends
    on it are read only with it (a slashed "05/03/2024", a month word two languages read differently,
    a Solar Hijri "1402/12/15"); see :func:`needs_language`.

    Only the first date of the line counts, and only when no word of updating stands before it ("Updated
    6 March": the publication date is another). Lines longer than :data:`MAX_DATE_LINE_CHARS` are prose and
    give nothing, unless they open with a dateline; so do impossible days. Which lines to ask is the
    reader's choice (near the story's start).
    """
    text = unicodedata.normalize("NFC", " ".join(line.split()))
    if not _YEAR_OR_ERA_RE.search(text):
        return None  # every way of writing a date here has a year of four digits, an era or a dotted yy
    dateline = _DATELINE_RE.match(text)
    if dateline is not None and looks_like_name(dateline.group("place")):
        found = _date_in_line(dateline.group("rest"), language)
        if found is not None:
            return found
    if not text or len(text) > MAX_DATE_LINE_CHARS:
        return None
    text = _split_joined_words(text)
    whole = _date_in_line(text, language)
    if whole is not None or not _SEGMENT_RE.search(text):
        return whole
    for segment in _SEGMENT_RE.split(text):  # "12 febbraio 2024 - 15:32 | di Roberta Lanzillotta"
        if _UPDATE_RE.search(segment):
            return None  # what follows an update's date is no publication's
        found = _date_in_line(segment, language)
        if found is not None:
            return found
    return None


def _split_joined_words(text: str) -> str:
    """``text`` with a space where a lower-case letter runs into a capital: the parts of a meta line set in
    adjacent spans ("17:45 UhrAktualisiert am 14.11.2024") are words of their own."""
    out = []
    for index, char in enumerate(text):
        if index and char.isupper() and text[index - 1].islower():
            out.append(" ")
        out.append(char)
    return "".join(out)


def is_date_line(line: str) -> bool:
    """Whether a line of a page is a date line (its publication's or its update's: "Published 5 March 2024",
    "Publicado: 11 de junio de 2024 · Actualizado: 12 de junio", "Updated 6 March 2024, 10:02"), not text of
    the story. A story's first paragraph opening with a dateline is text."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_DATE_LINE_CHARS or not _YEAR_OR_ERA_RE.search(text):
        return False
    if _DATELINE_RE.match(text) is not None:
        return False
    if text.endswith((".", "!", "?")) and _letter_words(_DATE_SHAPE_RE.sub(" ", text)) >= SENTENCE_WORDS:
        return False  # "Voting closes on 5 March 2024.": a sentence of the story with a date in it
    # read as in "und" (no language named): a slashed "07/03/2025" day first, since whichever way it is
    # read it is a date line; everything read without a language is read so too
    if date_from_text(text, "und") is not None:
        return True
    update = _UPDATE_RE.search(text)  # an update's line: read as if the update's word were a publication's
    return update is not None and date_from_text(text[: update.start()] + text[update.end() :]) is not None


#: A line ending like a sentence with this many words besides its date is a sentence, not a date line.
SENTENCE_WORDS = 3
#: What a date is written with (numbers, month names are words): removed before counting a line's words.
_DATE_SHAPE_RE = re.compile(r"\d+[.,:/-]?")


def _letter_words(text: str) -> int:
    """Words with a letter in them, less those that are month or weekday names."""
    return sum(
        1 for word in text.split() if _LETTER_RE.search(word) and fold(word.strip(".,")) not in _DATE_WORDS
    )


def names_publication(line: str) -> bool:
    """Whether a line has a word saying that a date is the publication's ("Published", "Опубліковано")."""
    return bool(_PUBLISHED_RE.search(line))


def opens_with_dateline(line: str) -> bool:
    """Whether a story's first line opens with a dateline ("Hohenbrück, 4. Juni 2024 -- ..."), as press
    releases and wire stories do."""
    text = " ".join(line.split())
    dateline = _DATELINE_RE.match(text)
    return (
        dateline is not None
        and looks_like_name(dateline.group("place"))
        and _date_in_line(dateline.group("rest"), None) is not None
    )


def needs_language(line: str) -> bool:
    """Whether :func:`date_from_text` would read a date in ``line`` given the text's language, but not
    without it: a caller may then find the language (which costs more) and ask again."""
    text = unicodedata.normalize("NFC", " ".join(line.split()))
    return 0 < len(text) <= MAX_DATE_LINE_CHARS and any(
        day is None and unsure for _, _, day, unsure in _dates_in(text, None)
    )


def _dates_in(text: str, language: str | None) -> list[tuple[int, int, date | None, bool]]:
    """Each way of writing a date found in ``text``: its start, end, the day it states (None when not a
    real day or not readable without the language) and whether the language would decide it."""
    found: list[tuple[int, int, date | None, bool]] = []
    for pattern, order in _DATE_IN_TEXT_RES:
        for match in pattern.finditer(text):
            month = match.groupdict().get("month") or "1"
            if not month.isdigit() and order != "jalali" and not is_month(month):
                continue  # "5 people 2024": the word where a month stands is none
            if order in ("dmy2", "minguo") and not (
                match.groupdict().get("era") or _PUBLISHED_RE.search(text[: match.start()])
            ):
                break  # "1.2.24" is a version or a score unless a word of publication says it is a date
            day, unsure = _day_of(match, order, language)
            found.append((match.start(), match.end(), day, unsure))
            break
    return found


def _day_of(match: re.Match[str], order: Order, language: str | None) -> tuple[date | None, bool]:
    """The day a match states, and whether knowing the language would change a None into a day."""
    groups = match.groupdict()
    if order == "numeric":
        a, b, year = int(groups["a"]), int(groups["b"]), int(groups["year"])
        if a > 12 or b > 12:  # 25/03/2024 and 03/25/2024 can be read one way only
            return _calendar_day(year, b, a) if a > 12 else _calendar_day(year, a, b), False
        if language is None:
            return None, True
        return (None if language in _MONTH_FIRST_LANGUAGES else _calendar_day(year, b, a)), False
    if order == "jalali":
        return jalali_to_gregorian(
            int(groups["year"]), _JALALI_BY_FORM[fold(groups["month"])], int(groups["day"])
        ), False
    if order == "era":
        year = 1 if groups["year"] == "元" else int(groups["year"])
        return _calendar_day(_ERAS[groups["era"]] + year, int(groups["month"]), int(groups["day"])), False
    year, day = int(groups["year"]), int(groups["day"])
    if order == "dmy2":
        year += 2000
    elif order == "minguo":
        year += _MINGUO_OFFSET
    elif year in _BUDDHIST_ERA_YEARS:  # "12 ธ.ค. 2567": Thai pages count years from the Buddha's death
        year -= _BUDDHIST_ERA_OFFSET
    if groups["month"].isdigit():
        if order == "ymd" and year in JALALI_YEARS:  # 1402/12/15: a Solar Hijri date, on Persian pages only
            if language is None:
                return None, True
            return (
                jalali_to_gregorian(year, int(groups["month"]), day) if language in ("fa", "ps") else None
            ), False
        return _calendar_day(year, int(groups["month"]), day), False
    month = month_of(groups["month"], language)
    if month is None:
        return None, language is None and is_ambiguous_month(groups["month"])
    return _calendar_day(year, month, day), False


def _date_in_line(text: str, language: str | None) -> date | None:
    """:func:`date_from_text` of one line or one part of it."""
    found = _dates_in(text, language)
    if not found:
        return None
    start, end, day_found, _ = min(found, key=lambda item: item[0])
    before, after = text[:start], text[end:]
    # "Published 5 March 2024, 7.15am Updated 6 March 2024", "2024年12月03日 14:20 来源 ... 作者 ...": the date's
    # part of the line ends at an update's word or at another part's label
    stop = _UPDATE_RE.search(after) or _CJK_LABEL_RE.search(after)
    byline = _BYLINE_IN_LINE_RE.search(after)
    if byline is not None and parse_byline(after[byline.start() :]):  # "by parliament" names no one
        stop = byline if stop is None or byline.start() < stop.start() else stop
    if stop is not None:
        after = after[: stop.start()]
    if _UPDATE_RE.search(before) or _word_count(after) > MAX_WORDS_AFTER_DATE:
        return None
    # the words before the date: a weekday, a publication's word, another calendar's date ("الجمعة 5 رمضان
    # 1445 هـ - 15 مارس 2024"): its numbers are not words
    words_before = sum(1 for word in before.split() if _LETTER_RE.search(word))
    prose = words_before > MAX_WORDS_BEFORE_DATE and not _PUBLISHED_RE.search(before)
    if prose and not is_byline(text[:end]):  # "By A. Writer 5 March 2024", "Door F. Olthof za 9 nov 2024"
        return None  # "The council voted on 5 March 2024": a sentence about a day
    return day_found


def _word_count(text: str) -> int:
    """Words with a letter or digit in them: separators ("|", "—", ":") are not words."""
    unspaced = len(_UNSPACED_RE.findall(text))
    rest = _UNSPACED_RE.sub(" ", text)
    return unspaced + sum(1 for word in rest.split() if any(ch.isalnum() for ch in word))
