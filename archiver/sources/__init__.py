"""Readers that turn an article file into an :class:`~archiver.article.Article`.

Reading is split in two so that parsing stays pure: :func:`read_path` does the only I/O (one bounded read
of the file) and :func:`parse_bytes` turns bytes into an Article, choosing the HTML reader when the content
or the file name says HTML and the plain-text reader otherwise. Every failure is an ``ArticleError`` with a
stable code naming the file; anything merely doubtful is a ``ReadWarning`` inside the Article.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from archiver.article import MAX_ARTICLE_BYTES, Article
from archiver.errors import ArticleError
from archiver.sources.html import parse_html
from archiver.sources.text import parse_text

__all__ = ["HTML_SUFFIXES", "looks_like_html", "parse_bytes", "parse_html", "parse_text", "read_path"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: How much of the file the HTML sniffing looks at.
SNIFF_BYTES = 1024

_LEADING_NOISE_RE = re.compile(r"^(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)


def _sniff_text(head: bytes) -> str:
    """The start of the file as text, good enough to look for markup (never used as article text)."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore")
    return head.decode("latin-1")


def looks_like_html(data: bytes, filename: str) -> bool:
    """HTML when the name ends .html/.htm/.xhtml, or the content opens with ``<!doctype html`` or ``<html``.

    Leading whitespace, an XML declaration and comments are skipped; a text article that merely contains
    tags stays text (its reader strips them and warns).
    """
    if filename.lower().endswith(HTML_SUFFIXES):
        return True
    head = _LEADING_NOISE_RE.sub("", _sniff_text(data[:SNIFF_BYTES]), count=1).lower()
    return head.startswith(("<!doctype html", "<html"))


def parse_bytes(
    data: bytes, filename: str, *, use_trafilatura: bool = False, url: str | None = None
) -> Article:
    """Parse an article from its bytes; ``filename`` chooses the reader and names the file in errors.

    ``use_trafilatura`` and ``url`` (the page's address, when known: a date in it is read where the page
    states none) are passed to the HTML reader (see :func:`parse_html`); text files ignore them.
    """
    if looks_like_html(data, filename):
        return parse_html(data, filename, use_trafilatura=use_trafilatura, url=url)
    return parse_text(data, filename)


def _read_bounded(path: Path) -> bytes:
    """Read at most one byte more than the limit, so an oversized file is refused without loading it all.

    One ``stat`` refuses folders, FIFOs and devices before anything is opened (opening a FIFO would wait
    for a writer); the open is non-blocking all the same, in case the path changes in between. A short
    read of a regular file means its end, so a small article costs one stat, one open and one read.
    """
    where = str(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise ArticleError(
                "ARTICLE_IS_DIRECTORY", "this is a directory, not an article file", where=where
            )
        if not stat.S_ISREG(mode):
            raise ArticleError("ARTICLE_NOT_A_FILE", "this is not a regular file", where=where)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            data = _read_up_to(fd, MAX_ARTICLE_BYTES + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise ArticleError(
            "ARTICLE_NOT_FOUND", "no such file", where=where, hint="check the path and its spelling"
        ) from None
    except OSError as exc:
        raise ArticleError(
            "ARTICLE_UNREADABLE", f"the file cannot be read: {exc.strerror or exc}", where=where
        ) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            "ARTICLE_TOO_LARGE",
            f"the file is larger than {MAX_ARTICLE_BYTES} bytes, the most an article may be",
            where=where,
            hint="check that this is really a news article",
        )
    return data


def _read_up_to(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes from a regular file's descriptor, stopping at the first short read (its end)."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        want = min(remaining, 1 << 20)
        chunk = os.read(fd, want)
        chunks.append(chunk)
        remaining -= len(chunk)
        if len(chunk) < want:
            break
    return b"".join(chunks)


def read_path(path: Path, *, use_trafilatura: bool = False, url: str | None = None) -> Article:
    """Read one article file (reading its bytes once) and parse it. Raises ArticleError naming the file.

    The Article's ``SourceFile.filename`` is the file's name; errors give the whole path as ``where``.
    ``url`` is where the article was published, when the caller knows it (``--url``).
    """
    data = _read_bounded(path)
    try:
        return parse_bytes(data, path.name, use_trafilatura=use_trafilatura, url=url)
    except ArticleError as exc:
        raise ArticleError(exc.code, exc.message, where=str(path), hint=exc.hint) from None
