"""Which images, stylesheets and scripts a page uses, and which of them are on the same site.

Pure: HTML text and its URL in, absolute URLs out, in document order without repeats. Looked at:
``<img src>``, ``<img srcset>`` and ``<source srcset>`` candidates, ``<link rel=stylesheet href>``,
``<link rel=icon href>`` (and its variants), ``<script src>``, ``<input type=image src>``. A ``<base href>``
before them changes the base, as in browsers. ``data:`` URLs and fragments-only references are skipped.

"Same site" here means the same host as the page, or a host under the page's domain without its ``www.``
(``static.example.org`` for ``www.example.org``). This deliberately small rule needs no public-suffix list
and never reaches another organisation's servers; assets on a CDN of another name are not captured.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

from archiver.web.urls import resolve

__all__ = ["find_resources", "same_site"]

_ICON_RELS = frozenset({"icon", "shortcut icon", "apple-touch-icon"})


class _ResourceParser(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.found: list[str] = []

    def _add(self, ref: str | None) -> None:
        if not ref:
            return
        ref = ref.strip()
        if not ref or ref.startswith(("#", "data:", "javascript:", "about:", "mailto:")):
            return
        self.found.append(resolve(self.base, ref))

    def _srcset(self, value: str | None) -> None:
        for candidate in (value or "").split(","):
            self._add(candidate.strip().split(" ")[0] if candidate.strip() else None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name.lower(): value for name, value in attrs}
        if tag == "base" and a.get("href"):
            self.base = resolve(self.base, a["href"] or "")
        elif tag == "img":
            self._add(a.get("src"))
            self._srcset(a.get("srcset"))
        elif tag == "source":
            self._srcset(a.get("srcset"))
            if a.get("src"):
                self._add(a.get("src"))
        elif tag == "link":
            rel = " ".join((a.get("rel") or "").lower().split())
            if "stylesheet" in rel.split() or rel in _ICON_RELS:
                self._add(a.get("href"))
        elif tag == "script" or (tag == "input" and (a.get("type") or "").lower() == "image"):
            self._add(a.get("src"))


def find_resources(html: str, page_url: str) -> list[str]:
    """Absolute http(s) URLs of the page's images, stylesheets and scripts, first occurrence order."""
    parser = _ResourceParser(page_url)
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    seen: set[str] = set()
    out: list[str] = []
    for url in parser.found:
        clean = url.split("#", 1)[0]
        if urlsplit(clean).scheme.lower() in ("http", "https") and clean not in seen:
            seen.add(clean)
            out.append(clean)
    return out


def same_site(url: str, page_url: str) -> bool:
    """Whether ``url`` is on the page's host, or under the page's domain (``www.`` removed)."""
    host = (urlsplit(url).hostname or "").lower()
    page_host = (urlsplit(page_url).hostname or "").lower()
    if not host or not page_host:
        return False
    if host == page_host:
        return True
    domain = page_host.removeprefix("www.")
    return "." in domain and host.endswith("." + domain)
