"""Read the plain-text article layout that news agencies' feeds produce.

The layout, every part after the title optional::

    Title line
    <blank>
    SOURCE LINE            e.g. "APD NEWS"
    <blank>
    item type              text | audio | video | picture | graphic | composite (any case)
    <blank>
    By NAME                a byline, taken as the authors and removed from the body
    BEIJING, Sept. 5 (Xinhua) -- First paragraph, possibly hard-wrapped
    over several lines.
    <blank>
    More paragraphs...
    <blank>
    (CREDIT LINE)          one or more, in ( ) or their full-width forms, kept exactly as written

Line ends may be LF, CRLF or CR; a UTF-8 byte-order mark is allowed. Everything the reader is unsure about
(a source line recognised without the type line that confirms it, HTML tags in a text file, ...) becomes a
``ReadWarning`` rather than an error: only an article without a title is refused.

Where each field came from is recorded with it (``title-line``, ``source-line``, ``byline``; the body is this
reader's), so the metadata's ``extraction`` block says how a text article was read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from archiver.__about__ import __version__
from archiver.article import ITEM_TYPES, Article, Dateline, ParsedArticle, ReadWarning
from archiver.errors import ArticleError
from archiver.schema_ids import ExtractedField, FieldSource, TextExtractor
from archiver.sources.decoding import decode_article_bytes, normalize_newlines, strip_control_chars

__all__ = [
    "find_dateline",
    "is_credit_line",
    "join_lines",
    "looks_like_source_line",
    "parse_byline",
    "parse_text",
    "parse_text_layout",
]

#: A source line is short; a longer single line after the title is the first paragraph.
MAX_SOURCE_CHARS = 60
#: ... and in scripts without letter case (Chinese, Arabic, ...) we only trust a very short one.
MAX_UNCASED_SOURCE_CHARS = 20
MAX_SOURCE_WORDS = 8
MAX_CREDIT_CHARS = 200
MAX_BYLINE_CHARS = 120
MAX_PLACE_CHARS = 50
MAX_TITLE_CHARS = 300

Block = tuple[str, ...]  # the stripped lines of one run of non-blank lines

#: How sentences and clauses end; a clause end without the period, since "N.C." and "Jr." end names too.
_CLAUSE_END = tuple("!?:;,\u2026\u3002\uff01\uff1f")  # also ellipsis, ideographic full stop, full-width ! ?
_SENTENCE_END = (".", *_CLAUSE_END)
_OPENERS = "(\uff08"  # ASCII and full-width parentheses
_CLOSERS = ")\uff09"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_SPACES_RE = re.compile(r"[ \t]+")
_SMALL_WORD_TEXT = (
    "a an and at de del della der des di du el for in la las le les los of on the to van von y al bin da"
)
_SMALL_WORDS = frozenset(_SMALL_WORD_TEXT.split())
_AFFILIATION_RE = re.compile(
    r"(?i)\b(?:press|news|reuters|xinhua|agency|agence|staff|writer|correspondent|reporter|editor|daily|times)\b"
)

# HTML that strays into text files: a closed list of tag names, so "<Reuters>" or "a < b" are left alone.
_HTML_TAGS = (
    "a|abbr|article|b|blockquote|br|center|cite|code|del|div|em|figcaption|figure|font|footer|h[1-6]|header|"
    "hr|i|img|ins|li|mark|ol|p|pre|q|s|section|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul"
)
_BLOCK_TAG_TEXT = "article blockquote div figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tr ul"
_BLOCK_TAGS = frozenset(_BLOCK_TAG_TEXT.split())
_HTML_TAG_RE = re.compile(rf"</?(?P<name>{_HTML_TAGS})\b[^<>]*>", re.IGNORECASE)
_HTML_CODE_OPEN_RE = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)
_HTML_COMMENT_END_RE = re.compile("-->")
_HTML_END_TAG_RE = {name: re.compile(rf"</{name}\b[^>]*>", re.IGNORECASE) for name in ("script", "style")}

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"januar|februar|m[äa]e?rz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
)
_DATE_RE = re.compile(
    rf"""(?<!\w)(?:
        (?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?
      | \d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?(?:{_MONTHS})\.?
      | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?
      | \d{{4}}-\d{{2}}-\d{{2}}
      | \d{{4}}
      | (?:{_WEEKDAYS})\.?
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
_DATELINE_RE = re.compile(
    r"""(?P<head>[^\W\d_][^()\uff08\uff09\n]{0,80}?)
        (?:\s*[(\uff08](?P<agency>[^()\uff08\uff09\n\d]{1,40})[)\uff09])?    # (Agency), also full-width
        (?P<dash>\s*(?:--|\u2014|\u2013)\s*|\s+-\s+)                          # --, em dash, en dash, " - "
    """,
    re.VERBOSE,
)
_CHINESE_DATELINE_RE = re.compile(
    r"(?P<agency>新华社|中新社|中新网|人民网|央视网|中国日报网)(?P<place>[^\d\s,\uff0c\u3002]{1,10}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)电"
)
_BYLINE_RE = re.compile(r"(?:By|BY)\s+(?P<names>\S.*)")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


@dataclass(frozen=True)
class Header:
    """What the lines between the title and the body said."""

    source: str | None = None
    item_type: str | None = None
    consumed: int = 0  # how many blocks the header used
    warnings: tuple[ReadWarning, ...] = ()


# --- small predicates -------------------------------------------------------------------------------------


def _clean_line(line: str) -> str:
    """A line without surrounding whitespace; inside it stays as written (credit lines are kept verbatim)."""
    return line.strip().strip(_ZERO_WIDTH).strip()


def _has_case(text: str) -> bool:
    return any(char.isupper() or char.islower() for char in text)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def is_item_type(line: str) -> bool:
    """Is this line one of the item types the layout allows ("text", "Video", ...)?"""
    return line.strip().lower() in ITEM_TYPES


def is_credit_line(line: str) -> bool:
    """A credit line is wholly enclosed in one pair of parentheses, half- or full-width."""
    if not (3 <= len(line) <= MAX_CREDIT_CHARS) or line[0] not in _OPENERS or line[-1] not in _CLOSERS:
        return False
    depth = 0
    for index, char in enumerate(line):
        depth += (char in _OPENERS) - (char in _CLOSERS)
        if depth == 0 and index < len(line) - 1:
            return False  # "(a) and (b)": the first pair closes before the end
    return depth == 0


def is_title_like(text: str) -> bool:
    """All letters uppercase, or every significant word capitalised ("Asia Pacific Daily")."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    if text == text.upper():
        return True
    words = [word for word in re.split(r"[\s/-]+", text) if word and word[0].isalpha()]
    significant = [word for word in words if word.lower() not in _SMALL_WORDS]
    return bool(significant) and all(word[0].isupper() or not _has_case(word[0]) for word in significant)


def looks_like_date(text: str) -> bool:
    """Is this fragment a date as datelines write it ("Sept. 5", "5 septembre", "Tuesday", "2017")?"""
    return bool(_DATE_RE.fullmatch(text.strip()))


def looks_like_source_line(line: str) -> bool:
    """Could this single line be the source/publisher line rather than a one-line first paragraph?

    Conservative on purpose: short, not ending like a sentence, not a credit, byline, dateline or date,
    and written like a name (uppercase or title case; in uncased scripts, very short without punctuation).
    """
    if not line or len(line) > MAX_SOURCE_CHARS or line.endswith(_SENTENCE_END) or line.endswith(('"', "”")):
        return False
    if is_credit_line(line) or is_item_type(line) or _BYLINE_RE.fullmatch(line) or find_dateline(line):
        return False
    if any(char.isdigit() for char in line) and _DATE_RE.search(line):
        return False
    if len(line.split()) > MAX_SOURCE_WORDS:
        return False
    if _has_case(line):
        return is_title_like(line)
    return len(line) <= MAX_UNCASED_SOURCE_CHARS and not any(
        not char.isalnum() and not char.isspace() for char in line
    )


# --- HTML that strayed into a text file ------------------------------------------------------------------


def contains_html(text: str) -> bool:
    """Does the text carry HTML markup (known tags, comments, script or style elements)?"""
    return bool(_HTML_TAG_RE.search(text) or _HTML_CODE_OPEN_RE.search(text))


def _drop_html_code(text: str) -> str:
    """Remove comments and script/style elements, in one linear pass (no regex backtracking to the end).

    An unclosed one is left as it is: in a text file, dropping everything after a stray ``<!--`` would
    lose the article.
    """
    out: list[str] = []
    pos = 0
    while opening := _HTML_CODE_OPEN_RE.search(text, pos):
        name = opening.group(1)
        closer = _HTML_COMMENT_END_RE if name is None else _HTML_END_TAG_RE[name.lower()]
        closing = closer.search(text, opening.end())
        if closing is None:
            break
        out.append(text[pos : opening.start()])
        pos = closing.end()
    out.append(text[pos:])
    return "".join(out)


def strip_html(text: str) -> str:
    """Remove HTML from text: block tags become paragraph breaks, inline tags vanish, entities decode."""

    def replace(match: re.Match[str]) -> str:
        name = match.group("name").lower()
        if name == "br":
            return "\n"
        return "\n\n" if name in _BLOCK_TAGS else ""

    return html.unescape(_HTML_TAG_RE.sub(replace, _drop_html_code(text)))


# --- structure ---------------------------------------------------------------------------------------------


def split_blocks(text: str) -> list[Block]:
    """Split text into runs of non-blank lines, each line stripped; blank lines only separate."""
    blocks: list[Block] = []
    current: list[str] = []
    for raw in normalize_newlines(text).split("\n"):
        line = _clean_line(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(tuple(current))
            current = []
    if current:
        blocks.append(tuple(current))
    return blocks


def join_lines(lines: Sequence[str]) -> str:
    """Join hard-wrapped lines into one paragraph: with a space, except between two CJK characters.

    Runs of spaces and tabs inside the paragraph become one space, as they would on a rendered page.
    """
    out = ""
    for line in lines:
        if out and not (_is_cjk(out[-1]) and _is_cjk(line[0])):
            out += " "
        out += line
    if "  " in out or "\t" in out:  # the common case has neither, and needs no regex pass
        out = _SPACES_RE.sub(" ", out)
    return out


def _single_line(blocks: Sequence[Block], index: int) -> str | None:
    if index < len(blocks) and len(blocks[index]) == 1:
        return blocks[index][0]
    return None


def read_header(blocks: Sequence[Block]) -> Header:
    """Find the source and item-type lines among the blocks that follow the title.

    The type line is unmistakable, and a single line right before it is the source whatever it looks like.
    Without a type line, a source line is only guessed (with a warning) when it looks like a name and more
    text follows it.
    """
    first, second = _single_line(blocks, 0), _single_line(blocks, 1)
    if first is not None and is_item_type(first):
        return Header(item_type=first.lower(), consumed=1)
    if first is not None and second is not None and is_item_type(second) and not is_credit_line(first):
        return Header(source=first, item_type=second.lower(), consumed=2)
    if first is not None and len(blocks) > 1 and looks_like_source_line(first):
        warning = ReadWarning(
            "SOURCE_GUESSED",
            f"{first!r} was taken for the source line: it looks like one, but no item-type line confirms it",
        )
        return Header(source=first, consumed=1, warnings=(warning,))
    return Header()


def split_credits(blocks: Sequence[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """Peel credit lines off the end of the body; they may be stacked, in one block or several."""
    body = [list(block) for block in blocks]
    credits: list[str] = []
    while body and body[-1] and is_credit_line(body[-1][-1]):
        credits.insert(0, body[-1].pop())
        if not body[-1]:
            body.pop()
    return [tuple(block) for block in body], tuple(credits)


def _looks_like_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or any(char.isdigit() for char in part):
        return False
    return all(
        word.lower() in _SMALL_WORDS or word[0].isupper() or not _has_case(word[0])
        for word in words
        if word[0].isalpha()
    )


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The author names in a "By NAME[, NAME and NAME][, Agency]" line, or None if it is no byline."""
    match = _BYLINE_RE.fullmatch(line)
    if not match or len(line) > MAX_BYLINE_CHARS or line.endswith(_CLAUSE_END):
        return None
    parts = [part.strip() for part in _NAME_SPLIT_RE.split(match.group("names")) if part.strip()]
    names = [part for part in parts if not _AFFILIATION_RE.search(part)]
    if not names or not all(_looks_like_name(name) for name in names):
        return None
    return tuple(names)


def _split_place_and_date(head: str) -> tuple[str, str | None]:
    """Separate "BEIJING, Sept. 5" into place and the date as written; a head without a date is all place."""
    parts = head.split(",")
    date_start = len(parts)
    while date_start > 1 and looks_like_date(parts[date_start - 1]):
        date_start -= 1
    if date_start == len(parts):
        return head.strip(), None
    place = ",".join(parts[:date_start]).strip()
    date_text = ",".join(parts[date_start:]).strip()
    return place, date_text


def _valid_place(place: str, has_agency: bool) -> bool:
    if not place or len(place) > MAX_PLACE_CHARS or any(char.isdigit() for char in place):
        return False
    if len(place.split()) > 6 or place.endswith(_CLAUSE_END):
        return False
    if not _has_case(place):
        return has_agency
    # Without an agency in parentheses only the unmistakable all-caps place ("WASHINGTON —") counts.
    return place == place.upper() if not has_agency else is_title_like(place)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, if any: ``PLACE[, DATE] [(AGENCY)] --``. The year is never added.

    Accepts ``--``, em and en dashes, and after an agency a hyphen between spaces; the Chinese agency form
    ``新华社北京9月5日电`` too. The paragraph keeps its text: the Dateline only describes the opening.
    """
    chinese = _CHINESE_DATELINE_RE.match(paragraph)
    if chinese:
        return Dateline(
            raw=chinese.group(0),
            place=chinese.group("place"),
            agency=chinese.group("agency"),
            date_text=chinese.group("date"),
        )
    match = _DATELINE_RE.match(paragraph)
    if not match:
        return None
    agency = match.group("agency")
    if agency is None and match.group("dash").strip() == "-":
        return None  # "NATO - the alliance": a plain hyphen only counts after an agency, "(Reuters) -"
    place, date_text = _split_place_and_date(match.group("head"))
    if not _valid_place(place, agency is not None):
        return None
    return Dateline(
        raw=match.group(0).strip(),
        place=place,
        agency=agency.strip() if agency else None,
        date_text=date_text,
    )


# --- the reader --------------------------------------------------------------------------------------------


def _take_byline(body: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    if not body:
        return body, ()
    authors = parse_byline(body[0][0])
    if authors is None:
        return body, ()
    rest = body[0][1:]
    return ([rest] if rest else []) + body[1:], authors


def _title_from(blocks: list[Block]) -> tuple[str, list[Block], list[ReadWarning]]:
    """The title is the first non-blank line; lines glued under it are read as the next block."""
    first = blocks[0]
    warnings: list[ReadWarning] = []
    rest = blocks[1:]
    if len(first) > 1:
        warnings.append(
            ReadWarning("TITLE_NOT_SEPARATED", "no blank line follows the title; took its first line only")
        )
        rest = [first[1:], *rest]
    if len(first[0]) > MAX_TITLE_CHARS:
        warnings.append(
            ReadWarning("TITLE_LONG", f"the title line has {len(first[0])} characters; is it a paragraph?")
        )
    return _SPACES_RE.sub(" ", first[0]), rest, warnings


#: The tool name this reader records in ``extraction.tools`` (and ``extraction.fields.main_text``).
TEXT_READER: TextExtractor = "archiver-text-reader"


def parse_text_layout(text: str, filename: str) -> ParsedArticle:
    """Parse decoded article text (byte-order mark already removed). Raises ArticleError ARTICLE_NO_TITLE."""
    warnings: list[ReadWarning] = []
    text, controls = strip_control_chars(text)
    if controls:
        warnings.append(ReadWarning("TEXT_CONTROL_CHARS", f"removed {controls} stray control characters"))
    if contains_html(text):
        text = strip_html(text)
        warnings.append(
            ReadWarning(
                "TEXT_CONTAINS_HTML", "the text file holds HTML markup; tags were removed for parsing"
            )
        )
    blocks = split_blocks(text)
    if not blocks:
        raise ArticleError(
            "ARTICLE_NO_TITLE",
            "the file has no title line (it holds only blank lines)",
            where=filename,
            hint="the first non-blank line of a text article is its title",
        )
    title, rest, title_warnings = _title_from(blocks)
    header = read_header(rest)
    body, credits = split_credits(rest[header.consumed :])
    body, authors = _take_byline(body)
    paragraphs = tuple(join_lines(block) for block in body)
    if not paragraphs:
        warnings.append(ReadWarning("BODY_EMPTY", "the article has a title but no body text"))
    sources: tuple[tuple[ExtractedField, FieldSource | None], ...] = (
        ("title", "title-line"),
        ("authors", "byline" if authors else None),
        ("publisher", "source-line" if header.source else None),
        ("main_text", TEXT_READER if paragraphs else None),
    )
    return ParsedArticle(
        title=title,
        body_paragraphs=paragraphs,
        item_type=header.item_type,
        source=header.source,
        credit_lines=credits,
        dateline=find_dateline(paragraphs[0]) if paragraphs else None,
        authors=authors,
        warnings=(*warnings, *title_warnings, *header.warnings),
        field_sources=tuple((name, rule) for name, rule in sources if rule is not None),
        tools=((TEXT_READER, __version__),),
    )


def parse_text(data: bytes, filename: str) -> Article:
    """Read a plain-text article from its bytes. Raises ArticleError; ``data`` is kept untouched."""
    decoded = decode_article_bytes(data, filename)
    parsed = parse_text_layout(decoded.text, filename)
    source = decoded.source_file(data, filename, "text/plain")
    if decoded.warnings:
        parsed = replace(parsed, warnings=(*decoded.warnings, *parsed.warnings))
    return Article(source=source, parsed=parsed)
