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
"Por", "Texto:", "Autor:"; Russian "Автор:", "Авторы:", "Текст:"; Arabic "بقلم", "كتب", "كتبت"; Japanese
"文・", "文/" and "記者:" (with the full-width slash or colon too). Names are separated by commas and the
word for "and" (and, &, und, et, y, e, и, و, 、); a part after a comma that is a role ("Staff Reporter",
"envoyé spécial", "корреспондент") or a news agency ("Reuters", "AFP", "dpa") is not a name, and a month or
weekday ends the names ("By A, March 5").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

__all__ = ["date_from_url", "is_byline", "looks_like_name", "parse_byline"]


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
    r"|(?:von|par|por)(?:\s*:\s*|\s+)"
    r"|(?:text|texte|texto|autor|autorin|autoren|auteur|auteurs|autores|автор|авторы|текст)\s*:\s*"
    r"|بقلم\s*:?\s*|كتبت?\s*:?\s+"
    r"|文\s*[・\uff0f/:\uff1a]\s*|記者\s*[:\uff1a・]\s*"
    r")",
    re.IGNORECASE,
)
#: Where a byline's names end: a separator, a date or time, a pipe, a parenthesis.
_BYLINE_END_RE = re.compile(
    r"\s+[|•·\u2013\u2014-]\s+|\s*\|\s*|\s+(?:on|am|le|el|em|в)\s+\d|\d|\s*\(", re.IGNORECASE
)
#: The word for "and" between two names, in each language above, and commas.
_AND_RE = re.compile(r"\s+(?:and|&|und|et|y|e|и)\s+|\s*[,、\uff0c;]\s*", re.IGNORECASE)
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


def _split_names(names: str) -> list[str]:
    parts = [part.strip(" .,:;") for part in _AND_RE.split(names)]
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
        return ()
    names = _BYLINE_END_RE.split(text[start.end() :], maxsplit=1)[0]
    parts: list[str] = []
    for part in _split_names(names):
        if part.split()[0].strip(".,").lower() in _DATE_WORDS:
            break  # "By A, March 5": the names have ended
        if not _is_role(part) and part.casefold() not in (known.casefold() for known in parts):
            parts.append(part)
    if not parts or not all(looks_like_name(part) for part in parts):
        return ()
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
