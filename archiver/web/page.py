"""The captured page as an Article: HTML bytes decoded the way a browser would, then read for metadata.

The HTML reader (:mod:`archiver.sources.html`) is reused as it is; only the choice of character encoding
differs from reading a saved file. For a file only the bytes can say (a ``<meta charset>``); for a page the
HTTP ``Content-Type`` charset comes first, as in the WHATWG encoding sniffing algorithm (a byte-order mark
still wins over both), so a windows-1252 page announced only in its HTTP header reads correctly.
"""

from __future__ import annotations

from archiver.article import Article
from archiver.sources.html import parse_html

__all__ = ["parse_page"]


def parse_page(
    html: bytes,
    filename: str,
    *,
    http_charset: str | None,
    use_trafilatura: bool = False,
    url: str | None = None,
) -> Article:
    """Read a captured page. Raises ArticleError (e.g. ``ARTICLE_NO_TITLE``) as for a saved HTML file.

    ``url`` is the page's address (where it was fetched from): a page that states its date nowhere else
    often states it there (``/2024/03/05/story``), and a saved file gets the same from ``--url``.
    """
    return parse_html(html, filename, use_trafilatura=use_trafilatura, charset=http_charset, url=url)
