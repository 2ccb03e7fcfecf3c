"""An article as read from its source: the original bytes, untouched, and a parsed view of them.

The original bytes are what gets preserved; the parsed view only feeds the metadata. Readers for each kind of
input live in :mod:`archiver.sources`; :func:`read_article` picks one by content and file name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from archiver.schema_ids import ExtractedField, FieldSource, TextExtractor

__all__ = [
    "ITEM_TYPES",
    "MAX_ARTICLE_BYTES",
    "Article",
    "Dateline",
    "LineEndings",
    "ParsedArticle",
    "ReadWarning",
    "SourceFile",
    "read_article",
]

LineEndings = Literal["LF", "CRLF", "CR", "mixed", "none"]
ITEM_TYPES = ("text", "audio", "video", "picture", "graphic", "composite")

#: Refuse article files larger than this: a news article is kilobytes, and a reader holds one in memory.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ReadWarning:
    """Something doubtful met while reading; recorded in the metadata, never fatal."""

    code: str
    message: str


@dataclass(frozen=True)
class Dateline:
    """A dateline opening the body, e.g. ``BEIJING, Sept. 5 (Xinhua) --``. No year is ever invented."""

    raw: str
    place: str | None = None
    agency: str | None = None
    date_text: str | None = None  # the date as written ("Sept. 5"), never completed with a year


@dataclass(frozen=True)
class SourceFile:
    """The original file: its bytes and what was learnt of their form."""

    filename: str
    data: bytes
    media_type: str  # "text/plain" or "text/html"
    encoding: str  # the codec name the bytes were decoded with, e.g. "utf-8", "windows-1252"
    line_endings: LineEndings
    has_bom: bool = False


@dataclass(frozen=True)
class ParsedArticle:
    """What a reader found in the article. Empty tuples and None mean "not present in the source"."""

    title: str
    body_paragraphs: tuple[str, ...]
    item_type: str | None = None
    source: str | None = None  # the source/publisher line, e.g. "APD NEWS"
    credit_lines: tuple[str, ...] = ()
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None  # timezone-aware when the source said so
    modified: datetime | None = None
    language: str | None = None  # as declared by the source (BCP 47); None when it declared nothing
    publisher: str | None = None
    source_url: str | None = None  # canonical URL when the source names one
    subjects: tuple[str, ...] = ()
    rights: str | None = None
    description: str | None = None
    warnings: tuple[ReadWarning, ...] = field(default_factory=tuple)
    #: Where each field found came from (the reader's rule, or for ``main_text`` the tool), so the metadata
    #: can say how it was obtained; a field not found has no entry. Pairs, not a dict: the view stays hashable.
    field_sources: tuple[tuple[ExtractedField, FieldSource], ...] = ()
    #: The software that read the article, with its version: the reader, and trafilatura when it gave the text.
    tools: tuple[tuple[TextExtractor, str], ...] = ()

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(self.body_paragraphs)


@dataclass(frozen=True)
class Article:
    """One article: the file as it was and the view parsed from it."""

    source: SourceFile
    parsed: ParsedArticle


def read_article(path: Path) -> Article:
    """Read one article file, choosing the reader by content and name. Raises ArticleError."""
    from archiver.sources import read_path

    return read_path(path)
