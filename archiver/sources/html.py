"""Read an article saved as an HTML page, with nothing but the standard library by default.

Metadata comes from what publishers embed for search engines and social networks. Where several places
name the same thing, the first one found in this order wins (structured data first: the publisher states
it about the article itself, where ``<title>`` and ``<h1>`` often carry the site's name or a logo):

=============  ==================================================================================
title          JSON-LD ``headline``, ``og:title``, ``twitter:title``, ``<title>``, first ``<h1>``
authors        JSON-LD ``author`` names, ``<meta name=author>``, ``article:author`` (URLs skipped)
published      JSON-LD ``datePublished``, ``article:published_time``, date ``<meta>``s, ``<time>``
modified       JSON-LD ``dateModified``, ``article:modified_time``, ``og:updated_time``, modified ``<meta>``s
publisher      JSON-LD ``publisher`` name, ``og:site_name``, ``<meta name=publisher>``
language       ``<html lang>``, ``<meta http-equiv=content-language>``, JSON-LD ``inLanguage``
source_url     ``<link rel=canonical>``, ``og:url``, JSON-LD ``url``, ``mainEntityOfPage`` (absolute only)
subjects       all of: JSON-LD ``keywords`` and ``articleSection``, ``<meta name=keywords>``,
               ``news_keywords``, ``article:tag``, ``article:section`` (first spelling kept)
rights         JSON-LD ``license``, ``copyrightNotice``, ``copyrightHolder``; ``<meta name=copyright>``,
               ``dc.rights``
description    JSON-LD ``description``, ``og:description``, ``<meta name=description>``
=============  ==================================================================================

JSON-LD strings are HTML-unescaped (publishers often write ``&amp;`` inside JSON), JSON-LD ``@id``
references are resolved within the page, and invalid JSON-LD only costs a ``JSONLD_INVALID`` warning.

The body is the ``<p>`` elements of ``<article>`` (or ``itemprop=articleBody``), else of ``<main>``, else
of the whole page, always skipping script, style, nav, header, footer, aside, forms and the like. A page
without any ``<p>`` falls back to its block-level text. With ``use_trafilatura=True`` and trafilatura
installed, trafilatura extracts the body instead; it is off by default so results never depend on which
extras happen to be installed.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from html.parser import HTMLParser

from archiver.article import Article, ParsedArticle, ReadWarning
from archiver.errors import ArticleError
from archiver.sources.dates import parse_date
from archiver.sources.decoding import decode_article_bytes, html_declared_charset
from archiver.sources.language import normalize_bcp47
from archiver.sources.text import find_dateline

__all__ = ["find_article_node", "parse_html", "parse_jsonld"]

#: The JSON-LD types that describe the article itself (compared without "schema:" or URL prefixes).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    }
)


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Elements without content or end tag.
_VOID = _names("area base br col embed hr img input link meta param source track wbr")
_RAW_TEXT = _names("script style")
#: Elements whose text is never article body: code, navigation, page furniture, forms, captions.
_SKIPPED = _names(
    "script style nav header footer aside noscript template form svg button select textarea iframe figcaption"
)
#: Block-level elements: they end an open <p> (as in browsers) and separate runs of loose text.
_BLOCKS = _names(
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul"
)
_NOT_HEAD = ("svg", "body")  # a <title> there is an icon's or a stray one, not the page's
_NOT_LOOSE = ("h1", "head", "title", *sorted(_SKIPPED))  # text there is never fallback body text
#: The contexts checked on every tag or run of text, each counted as elements open and close (_PageParser).
_COUNTED = (_SKIPPED, _RAW_TEXT, frozenset(_NOT_LOOSE), frozenset(_NOT_HEAD))
_IN_SKIPPED, _IN_RAW_TEXT, _IN_NOT_LOOSE, _IN_NOT_HEAD = range(len(_COUNTED))
_COUNTED_BY_NAME = {
    name: tuple(i for i, names in enumerate(_COUNTED) if name in names)
    for name in frozenset().union(*_COUNTED)
}
_WS_RE = re.compile(r"\s+")
_MARKED_SECTION_RE = re.compile(r"<!\[(?!\s*(?:cdata|if|else|endif|temp|ignore|include|rcdata)\b)", re.I)
_JSONLD_WRAPPER_RE = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
MAX_JSON_DEPTH = 20

Json = object  # a value from json.loads: dict, list, str, int, float, bool or None
JsonObj = dict[str, object]


def _collapse(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


@dataclass
class _Para:
    """A run of text found in the page, with where it stood."""

    in_article: bool
    in_main: bool
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _collapse("".join(self.parts))


class _PageParser(HTMLParser):
    """One pass over the page collecting head metadata, JSON-LD blocks and candidate body text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self._open: Counter[str] = Counter()  # open elements by name: context checks stay O(1) however deep
        self._inside = [0] * len(_COUNTED)  # open elements of each _COUNTED context
        self.lang: str | None = None
        self.title: str | None = None
        self._title_parts: list[str] | None = None
        self.h1: str | None = None
        self.meta: dict[str, list[str]] = {}
        self.canonical: str | None = None
        self.jsonld: list[str] = []
        self.times: list[str] = []
        self.paragraphs: list[_Para] = []
        self.loose: list[_Para] = []
        self._para: _Para | None = None
        self._loose: _Para | None = None
        self._h1_parts: list[str] | None = None
        self._jsonld_parts: list[str] | None = None
        self._article_depth_marks: list[int] = []  # stack depths at which an article context opened

    # -- context ------------------------------------------------------------------------------------------

    @property
    def _in_article(self) -> bool:
        return bool(self._open["article"] or self._article_depth_marks)

    def _new_para(self) -> _Para:
        return _Para(in_article=self._in_article, in_main=bool(self._open["main"]))

    def _close_para(self) -> None:
        if self._para is not None:
            self.paragraphs.append(self._para)
            self._para = None

    def _close_loose(self) -> None:
        if self._loose is not None:
            self.loose.append(self._loose)
            self._loose = None

    # -- events -------------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name.lower(): (value or "") for name, value in attrs}
        if tag in _BLOCKS or tag == "br":
            self._close_loose()
        if tag == "p" or (tag in _BLOCKS and self._para is not None):
            self._close_para()
        self._collect_head(tag, attr)
        if tag == "p" and not self._inside[_IN_SKIPPED]:
            self._para = self._new_para()
        elif tag == "br" and self._para is not None:
            self._para.parts.append(" ")
        elif tag == "h1" and self.h1 is None and self._h1_parts is None:
            self._h1_parts = []
        elif tag == "title" and self.title is None and not self._inside[_IN_NOT_HEAD]:
            self._title_parts = []
        elif tag == "script" and attr.get("type", "").strip().lower() == "application/ld+json":
            self._jsonld_parts = []
        if tag not in _VOID:
            self.stack.append(tag)
            self._open[tag] += 1
            for context in _COUNTED_BY_NAME.get(tag, ()):
                self._inside[context] += 1
            if attr.get("itemprop", "").lower() == "articlebody":
                self._article_depth_marks.append(len(self.stack))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._open[tag]:
            return  # a stray end tag: browsers ignore it too
        if tag in _BLOCKS:
            self._close_loose()
        while self.stack:
            if self._article_depth_marks and self._article_depth_marks[-1] == len(self.stack):
                self._article_depth_marks.pop()
            closed = self.stack.pop()
            self._open[closed] -= 1
            for context in _COUNTED_BY_NAME.get(closed, ()):
                self._inside[context] -= 1
            if closed == "p":
                self._close_para()
            self._end_capture(closed)
            if closed == tag:
                break

    def _end_capture(self, closed: str) -> None:
        if closed == "h1" and self._h1_parts is not None:
            self.h1 = _collapse("".join(self._h1_parts)) or None
            self._h1_parts = None
        elif closed == "title" and self._title_parts is not None:
            self.title = _collapse("".join(self._title_parts))
            self._title_parts = None
        elif closed == "script" and self._jsonld_parts is not None:
            self.jsonld.append("".join(self._jsonld_parts))
            self._jsonld_parts = None

    def handle_data(self, data: str) -> None:
        if self._jsonld_parts is not None:
            self._jsonld_parts.append(data)
            return
        if self._inside[_IN_RAW_TEXT]:
            return
        if self._title_parts is not None:
            self._title_parts.append(data)
            return
        if self._h1_parts is not None:
            self._h1_parts.append(data)
        if self._para is not None:
            self._para.parts.append(data)
        elif not self._inside[_IN_NOT_LOOSE]:
            if self._loose is None:
                self._loose = self._new_para()
            self._loose.parts.append(data)

    def close(self) -> None:
        super().close()
        for unclosed in ("title", "h1", "script"):  # elements left open at the end of the page
            self._end_capture(unclosed)
        self._close_para()
        self._close_loose()

    # -- head ---------------------------------------------------------------------------------------------

    def _collect_head(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "html" and attr.get("lang"):
            self.lang = attr["lang"]
        elif tag == "meta":
            content = attr.get("content")
            if content is None:
                return
            for key_attr in ("name", "property", "itemprop"):
                key = attr.get(key_attr, "").strip().lower()
                if key:
                    self.meta.setdefault(key, []).append(content.strip())
            equiv = attr.get("http-equiv", "").strip().lower()
            if equiv:
                self.meta.setdefault("http-equiv:" + equiv, []).append(content.strip())
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split() and self.canonical is None:
            self.canonical = attr.get("href", "").strip() or None
        elif tag == "time" and attr.get("datetime", "").strip():
            self.times.append(attr["datetime"].strip())


# --- JSON-LD ----------------------------------------------------------------------------------------------


def _flatten_jsonld(value: Json, depth: int = 0) -> list[JsonObj]:
    """All objects of a JSON-LD value: top-level lists and ``@graph`` arrays are opened."""
    if depth > MAX_JSON_DEPTH:
        return []
    if isinstance(value, list):
        return [node for item in value for node in _flatten_jsonld(item, depth + 1)]
    if isinstance(value, dict):
        return [value, *_flatten_jsonld(value.get("@graph"), depth + 1)]
    return []


def parse_jsonld(scripts: Sequence[str]) -> tuple[list[JsonObj], tuple[ReadWarning, ...]]:
    """Parse the page's JSON-LD blocks into a flat node list; invalid blocks only warn."""
    nodes: list[JsonObj] = []
    warnings: list[ReadWarning] = []
    for number, raw in enumerate(scripts, start=1):
        text = _JSONLD_WRAPPER_RE.sub("", raw).strip()
        if not text:
            continue
        try:
            value: Json = json.loads(text, strict=False)
        except (ValueError, RecursionError) as exc:
            warnings.append(ReadWarning("JSONLD_INVALID", f"JSON-LD block {number} is not valid JSON: {exc}"))
            continue
        nodes.extend(_flatten_jsonld(value))
    return nodes, tuple(warnings)


def _type_names(node: JsonObj) -> set[str]:
    """A node's types without prefixes: "schema:NewsArticle" and "https://schema.org/NewsArticle" match."""
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", item)[-1] for item in items if isinstance(item, str)}


def find_article_node(nodes: Sequence[JsonObj]) -> JsonObj | None:
    """The first node typed as an article (NewsArticle, BlogPosting, ...), or None."""
    return next((node for node in nodes if _type_names(node) & ARTICLE_TYPES), None)


@dataclass(frozen=True)
class _JsonLd:
    """An article node and the ``@id`` index to resolve its references (``{"@id": "#org"}``)."""

    node: JsonObj
    ids: dict[str, JsonObj]

    def resolve(self, value: Json) -> Json:
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and len(value) == 1:
            return self.ids.get(str(value["@id"]), value)
        return value

    def text(self, key: str) -> str | None:
        return next(iter(self.texts(key)), None)

    def texts(self, key: str, *, name_keys: Sequence[str] = ("name",)) -> list[str]:
        """Every text under ``key``: strings, or the ``name`` of objects, from single values or lists."""
        value = self.node.get(key)
        items = value if isinstance(value, list) else [value]
        out: list[str] = []
        for item in items:
            resolved = self.resolve(item)
            if isinstance(resolved, dict):
                resolved = next((resolved[k] for k in name_keys if isinstance(resolved.get(k), str)), None)
            if isinstance(resolved, str) and _collapse(html.unescape(resolved)):
                out.append(_collapse(html.unescape(resolved)))
        return out


def _jsonld_for(nodes: Sequence[JsonObj]) -> _JsonLd:
    article = find_article_node(nodes) or {}
    ids = {str(node["@id"]): node for node in nodes if isinstance(node.get("@id"), str)}
    return _JsonLd(article, ids)


# --- picking values ---------------------------------------------------------------------------------------


def _first(*candidates: str | None) -> str | None:
    return next((value for value in candidates if value), None)


def _meta(page: _PageParser, *keys: str) -> list[str]:
    return [value for key in keys for value in page.meta.get(key, []) if value]


def _meta1(page: _PageParser, *keys: str) -> str | None:
    return next(iter(_meta(page, *keys)), None)


def _is_url(value: str) -> bool:
    return bool(re.match(r"https?://\S+$", value, re.IGNORECASE))


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _split_keywords(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _pick_date(
    field_name: str, candidates: Sequence[tuple[str, str | None]]
) -> tuple[datetime | None, list[ReadWarning]]:
    """The first candidate that parses as a date; unparseable ones warn and the next is tried."""
    warnings: list[ReadWarning] = []
    for where, value in candidates:
        parsed, found = parse_date(value, field=f"{field_name} ({where})")
        warnings.extend(found)
        if parsed is not None:
            return parsed, warnings
    return None, warnings


def _pick_language(candidates: Sequence[tuple[str, str | None]]) -> tuple[str | None, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    for where, value in candidates:
        if not value or not value.strip():
            continue
        first = value.split(",")[0]
        tag = normalize_bcp47(first)
        if tag is not None:
            return tag, warnings
        warnings.append(
            ReadWarning("LANGUAGE_INVALID", f"{where} {first.strip()[:40]!r} is not a BCP 47 tag")
        )
    return None, warnings


def _pick_url(candidates: Sequence[tuple[str, str | None]]) -> tuple[str | None, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    for where, value in candidates:
        if not value or not value.strip():
            continue
        if _is_url(value.strip()):
            return value.strip(), warnings
        message = f"{where} {value.strip()[:80]!r} is not an absolute http(s) URL; ignored"
        warnings.append(ReadWarning("URL_NOT_ABSOLUTE", message))
    return None, warnings


def _main_entity(ld: _JsonLd) -> str | None:
    value = ld.resolve(ld.node.get("mainEntityOfPage"))
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def _choose_paragraphs(paragraphs: Sequence[_Para]) -> tuple[str, ...]:
    """Article paragraphs if the page marks an article, else those of <main>, else all of them."""
    for keep in (lambda p: p.in_article, lambda p: p.in_main, lambda p: True):
        chosen = _texts_where(paragraphs, keep)
        if chosen:
            return chosen
    return ()


def _texts_where(paragraphs: Sequence[_Para], keep: Callable[[_Para], bool]) -> tuple[str, ...]:
    return tuple(text for para in paragraphs if keep(para) and (text := para.text))


def _trafilatura_paragraphs(markup: str) -> tuple[str, ...] | None:
    """Body paragraphs by trafilatura, or None when it is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    extracted: object = trafilatura.extract(markup, include_comments=False, include_tables=False)
    if not isinstance(extracted, str):
        return ()
    return tuple(line for raw in extracted.split("\n") if (line := _collapse(raw)))


def _body(page: _PageParser, markup: str, use_trafilatura: bool) -> tuple[tuple[str, ...], list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    if use_trafilatura:
        extracted = _trafilatura_paragraphs(markup)
        if extracted:
            return extracted, warnings
        if extracted is None:
            message = "trafilatura was asked for but is not installed; used the built-in extractor"
            warnings.append(ReadWarning("TRAFILATURA_UNAVAILABLE", message))
        else:
            message = "trafilatura found no main text; used the built-in extractor"
            warnings.append(ReadWarning("TRAFILATURA_EMPTY", message))
    paragraphs = _choose_paragraphs(page.paragraphs)
    if not paragraphs:
        paragraphs = _choose_paragraphs(page.loose)
        if paragraphs:
            message = "the page has no <p> paragraphs; body text taken from its other blocks"
            warnings.append(ReadWarning("HTML_NO_PARAGRAPHS", message))
    if not paragraphs:
        warnings.append(ReadWarning("BODY_EMPTY", "the page has a title but no body text"))
    return paragraphs, warnings


def _run_parser(markup: str) -> tuple[_PageParser, list[ReadWarning]]:
    """Parse the page; html.parser gives up on a few malformed declarations, keep what it read by then."""
    page = _PageParser()
    try:
        page.feed(_MARKED_SECTION_RE.sub("&lt;![", markup))
        page.close()
    except AssertionError as exc:
        return page, [ReadWarning("HTML_MALFORMED", f"the HTML could not be read to its end: {exc}")]
    return page, []


def parse_html_text(markup: str, filename: str, *, use_trafilatura: bool = False) -> ParsedArticle:
    """Parse decoded HTML into a ParsedArticle. Raises ArticleError ARTICLE_NO_TITLE."""
    page, warnings = _run_parser(markup)
    nodes, jsonld_warnings = parse_jsonld(page.jsonld)
    warnings.extend(jsonld_warnings)
    ld = _jsonld_for(nodes)
    title = _first(
        ld.text("headline"),
        _meta1(page, "og:title"),
        _meta1(page, "twitter:title"),
        page.title,
        page.h1,
    )
    if not title:
        raise ArticleError(
            "ARTICLE_NO_TITLE",
            "the page names no title (no JSON-LD headline, og:title, <title> or <h1>)",
            where=filename,
            hint="give the page a <title>",
        )
    published, published_warnings = _pick_date(
        "published",
        [
            ("JSON-LD datePublished", ld.text("datePublished")),
            ("article:published_time", _meta1(page, "article:published_time")),
            (
                "date meta",
                _meta1(page, "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued")
                or _meta1(page, "dcterms.issued", "dcterms.created", "og:published_time"),
            ),
            ("<time datetime>", next(iter(page.times), None)),
        ],
    )
    modified, modified_warnings = _pick_date(
        "modified",
        [
            ("JSON-LD dateModified", ld.text("dateModified")),
            ("article:modified_time", _meta1(page, "article:modified_time")),
            ("og:updated_time", _meta1(page, "og:updated_time")),
            ("modified meta", _meta1(page, "datemodified", "dcterms.modified", "last-modified")),
        ],
    )
    language, language_warnings = _pick_language(
        [
            ("<html lang>", page.lang),
            ("content-language", _meta1(page, "http-equiv:content-language", "content-language")),
            ("JSON-LD inLanguage", _first(*ld.texts("inLanguage", name_keys=("alternateName",)))),
        ]
    )
    source_url, url_warnings = _pick_url(
        [
            ("canonical link", page.canonical),
            ("og:url", _meta1(page, "og:url")),
            ("JSON-LD url", ld.text("url")),
            ("JSON-LD mainEntityOfPage", _main_entity(ld)),
        ]
    )
    subjects = _dedupe(
        [
            *_split_keywords(ld.texts("keywords")),
            *ld.texts("articleSection"),
            *_split_keywords(_meta(page, "keywords", "news_keywords")),
            *_meta(page, "article:tag", "article:section"),
        ]
    )
    authors = _dedupe(
        ld.texts("author")
        or _meta(page, "author")
        or [value for value in _meta(page, "article:author") if not _is_url(value)]
    )
    body, body_warnings = _body(page, markup, use_trafilatura)
    return ParsedArticle(
        title=title,
        body_paragraphs=body,
        authors=authors,
        published=published,
        modified=modified,
        language=language,
        publisher=_first(ld.text("publisher"), _meta1(page, "og:site_name"), _meta1(page, "publisher")),
        source_url=source_url,
        subjects=subjects,
        rights=_first(
            _first(*ld.texts("license", name_keys=("url", "name"))),
            ld.text("copyrightNotice"),
            ld.text("copyrightHolder"),
            _meta1(page, "copyright", "dc.rights", "dcterms.rights"),
        ),
        description=_first(
            ld.text("description"),
            _meta1(page, "og:description"),
            _meta1(page, "description"),
            _meta1(page, "twitter:description"),
        ),
        dateline=find_dateline(body[0]) if body else None,
        warnings=(
            *warnings,
            *published_warnings,
            *modified_warnings,
            *language_warnings,
            *url_warnings,
            *body_warnings,
        ),
    )


def parse_html(
    data: bytes, filename: str, *, use_trafilatura: bool = False, charset: str | None = None
) -> Article:
    """Read an HTML article from its bytes. Raises ArticleError; ``data`` is kept untouched.

    ``use_trafilatura`` asks for trafilatura's main-text extraction when it is installed (the ``html``
    extra); without it, or when it finds nothing, the built-in extractor is used and a warning says so.
    ``charset`` (e.g. from an HTTP Content-Type) wins over the page's own ``<meta charset>``, as in browsers.
    """
    decoded = decode_article_bytes(data, filename, declared=charset or html_declared_charset(data))
    parsed = parse_html_text(decoded.text, filename, use_trafilatura=use_trafilatura)
    if decoded.warnings:
        parsed = replace(parsed, warnings=(*decoded.warnings, *parsed.warnings))
    source = decoded.source_file(data, filename, "text/html")
    return Article(source=source, parsed=parsed)
