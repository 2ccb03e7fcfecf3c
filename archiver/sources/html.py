"""Read an article saved as an HTML page, with nothing but the standard library by default.

Metadata comes from what publishers embed for search engines and social networks. Where several places
name the same thing, the first one found in this order wins (structured data first: the publisher states
it about the article itself, where ``<title>`` and ``<h1>`` often carry the site's name or a logo):

=============  ==================================================================================
title          JSON-LD ``headline``, ``og:title``, ``twitter:title``, microdata ``headline``, ``<title>``
               (the ``<h1>`` when the title is the ``<h1>`` plus the site's name, or plus a section and
               the site's name), first ``<h1>``
authors        JSON-LD ``author`` names, ``<meta name=author>``, ``article:author`` (URLs skipped),
               microdata ``author`` of the article, the visible byline ("By A and B", "Von A und B", ...:
               :mod:`archiver.sources.news`), ``rel=author`` link texts (at most four)
published      JSON-LD ``datePublished``, ``article:published_time``, date ``<meta>``s and microdata,
               the day in the page's URL (given by the caller, else its canonical URL; at the time of a
               ``<time>`` of that day if there is one), a ``<time>`` in the story's ``<article>`` or
               ``<main>``, a date line near the story's start or its byline ("Published 5 March 2024",
               "2024年6月3日": :func:`archiver.sources.news.date_from_text`; at a ``<time>`` of that day
               too), any other ``<time>``
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

Dates keep the offset the page states (``2024-03-06T07:30:00+09:00`` stays 6 March, 07:30 at +09:00).

The body is chosen by :mod:`archiver.sources.html_page`: the container with the most prose (preferring
one inside ``itemprop=articleBody``, ``<article>`` or ``<main>``), its ``<p>``, ``<div>``, ``<li>``, ``<td>``
and heading text, without navigation, page furniture, form widgets, link lists and bylines. A page without
any ``<p>`` gets an ``HTML_NO_PARAGRAPHS`` warning. With ``use_trafilatura=True`` and trafilatura installed,
trafilatura extracts the body instead (tables included); it is off by default so results never depend on
which extras happen to be installed.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from archiver.article import Article, ParsedArticle, ReadWarning
from archiver.errors import ArticleError
from archiver.sources.dates import parse_date
from archiver.sources.decoding import decode_article_bytes, html_declared_charset
from archiver.sources.html_page import (
    ARTICLE_TYPES,
    PageParser,
    collapse,
    main_text,
    run_parser,
    story_ancestors,
    story_blocks,
    times_in,
    type_name,
)
from archiver.sources.language import normalize_bcp47
from archiver.sources.news import date_from_text, date_from_url, looks_like_name, parse_byline
from archiver.sources.text import find_dateline

__all__ = ["ARTICLE_TYPES", "find_article_node", "parse_html", "parse_jsonld"]

_collapse = collapse
#: More rel=author links than this are a list of the site's writers, not this article's byline.
MAX_LINKED_AUTHORS = 4
#: What may follow the <h1> in a <title>: a separator (a dash only between spaces: "Covid-19" is a word)
#: and the site's name.
_SEPARATORS = r"\s+[-\u2013\u2014\u00b7\u2022]\s+|\s*\|\s*|\s*::\s*"
_SITE_SUFFIX_RE = re.compile(rf"(?:{_SEPARATORS})(\S.{{0,160}})")
#: Between the parts of what follows the headline ("The Long Read | The Northern Review").
_SEPARATOR_RE = re.compile(_SEPARATORS)

#: How many lines after the ``<h1>`` may come before the story's first paragraph and still be its head
#: (kicker, standfirst, byline, date line, image credit): a date further away is not the story's.
MAX_HEAD_BLOCKS = 8
#: Without an ``<h1>``, the lines just above the story's first paragraph that are read for a date line.
HEAD_BLOCKS_WITHOUT_H1 = 4
#: The story's first paragraphs read for a date line (a date line kept in the text), first included.
STORY_DATE_LINES = 2

_JSONLD_WRAPPER_RE = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
MAX_JSON_DEPTH = 20

Json = object  # a value from json.loads: dict, list, str, int, float, bool or None
JsonObj = dict[str, object]


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
    return {type_name(item) for item in items if isinstance(item, str)}


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


def _meta(page: PageParser, *keys: str) -> list[str]:
    return [value for key in keys for value in page.meta.get(key, []) if value]


def _meta1(page: PageParser, *keys: str) -> str | None:
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


def _trafilatura_paragraphs(markup: str) -> tuple[str, ...] | None:
    """Body paragraphs by trafilatura, or None when it is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    extracted: object = trafilatura.extract(markup, include_comments=False, include_tables=True)
    if not isinstance(extracted, str):
        return ()
    return tuple(line for raw in extracted.split("\n") if (line := _collapse(raw)))


def _body(page: PageParser, markup: str, use_trafilatura: bool) -> tuple[tuple[str, ...], list[ReadWarning]]:
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
    paragraphs = main_text(page)
    if paragraphs and not page.has_paragraphs:
        message = "the page has no <p> paragraphs; body text taken from its other blocks"
        warnings.append(ReadWarning("HTML_NO_PARAGRAPHS", message))
    if not paragraphs:
        warnings.append(ReadWarning("BODY_EMPTY", "the page has a title but no body text"))
    return paragraphs, warnings


def _title(page: PageParser, ld: _JsonLd) -> str | None:
    """The headline: structured data first; a ``<title>`` that is the page's ``<h1>`` plus the site's name
    ("Headline | The Courier"), or plus a section and the site's name ("Headline | Opinion | The Courier"),
    gives the ``<h1>``. Each part after a separator must be shorter than the ``<h1>``: a site's or a
    section's name is, and an ``<h1>`` that is the site's logo ("The Courier | Headline") is not taken for
    the headline."""
    title = _first(
        ld.text("headline"),
        _meta1(page, "og:title"),
        _meta1(page, "twitter:title"),
        page.microdata_headline,
        _meta1(page, "headline"),
    )
    if title:
        return title
    h1, whole = page.h1, page.title
    suffix = _SITE_SUFFIX_RE.fullmatch(whole[len(h1) :]) if h1 and whole and whole.startswith(h1) else None
    if h1 and suffix is not None:
        # "Headline | Section | Site": each part after the headline is a short name, the chain need not be.
        parts = [part for part in _SEPARATOR_RE.split(suffix.group(1)) if part.strip()]
        if parts and all(len(part.strip()) < len(h1) for part in parts):
            return h1
    return _first(page.title, page.h1)


def _authors(page: PageParser, ld: _JsonLd, winner_scope: Sequence[int]) -> tuple[str, ...]:
    """Authors from structured data, else from the page's microdata, visible byline or rel=author links."""
    structured = (
        ld.texts("author")
        or _meta(page, "author")
        or [value for value in _meta(page, "article:author") if not _is_url(value)]
        or page.microdata_authors
    )
    if structured:
        return _dedupe(structured)
    byline = _byline(page, winner_scope)
    if byline:
        return _dedupe(byline)
    linked = _dedupe(name for name in page.rel_authors if looks_like_name(name))
    return linked if len(linked) <= MAX_LINKED_AUTHORS else ()


def _byline(page: PageParser, scope: Sequence[int]) -> tuple[str, ...]:
    """The first byline of the page, looked for first near the story (its article, its <main>)."""
    found = _byline_at(page, scope)
    return () if found is None else found[1]


def _byline_at(page: PageParser, scope: Sequence[int]) -> tuple[int, tuple[str, ...]] | None:
    """Where the byline :func:`_byline` takes stands (its block's index), and its names."""
    wanted = set(scope)
    # Without an <article> or <main> around the story there is no "near": the whole page is read at once
    # (skipping the near pass then would skip every block, and pages built of <div>s have no byline).
    for near in (True, False) if wanted else (False,):
        for index, block in enumerate(page.blocks):
            if block.skipped or (near and not wanted & set(block.ancestors)):
                continue
            names = parse_byline(block.text)
            if names:
                return index, names
    return None


def _story_scope(page: PageParser, body_ancestors: Sequence[int]) -> list[int]:
    """The <article> and <main> elements around the story's first block (where its byline and date are)."""
    regions = page.regions["article"] | page.regions["main"]
    return [element for element in body_ancestors if element in regions]


def _published(
    page: PageParser, ld: _JsonLd, url: str | None, scope: Sequence[int]
) -> tuple[datetime | None, list[ReadWarning]]:
    """Structured data first; then the day a URL states (at the time a ``<time>`` of that day gives, if one
    does); then a ``<time>`` in the story's article or main; then a date line near the story's start (a
    machine-readable ``<time>`` there says more, a far one less: a teaser's or an archive list's); then any
    ``<time>``, near the story first."""
    published, warnings = _pick_date(
        "published",
        [
            ("JSON-LD datePublished", ld.text("datePublished")),
            ("article:published_time", _meta1(page, "article:published_time")),
            (
                "date meta",
                _meta1(page, "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued")
                or _meta1(page, "dcterms.issued", "dcterms.created", "og:published_time"),
            ),
        ],
    )
    if published is not None:
        return published, warnings
    times = times_in(page, scope)
    from_url = date_from_url(url)
    if from_url is not None:
        return _day_at_time(from_url.date(), "URL", times, warnings)
    near = set(scope)
    if near:  # a <time> in the story's own <article> or <main> states more than its text does
        inside = [value for value, ancestors, skipped in page.times if not skipped and near & set(ancestors)]
        found, time_warnings = _pick_date("published", [("<time datetime>", next(iter(inside), None))])
        if found is not None:
            return found, [*warnings, *time_warnings]
    in_text = _date_in_text(page, scope)
    if in_text is not None:
        return _day_at_time(in_text, "text", times, warnings)
    found, time_warnings = _pick_date("published", [("<time datetime>", next(iter(times), None))])
    return found, [*warnings, *time_warnings]


def _day_at_time(
    day: date, where: str, times: Sequence[str], warnings: list[ReadWarning]
) -> tuple[datetime, list[ReadWarning]]:
    """A publication day from the URL or the text, at the time (and offset) a ``<time>`` of that day
    gives; else at 00:00 in no time zone, with a warning that the time of day is not real."""
    for value in times:
        parsed, _ = parse_date(value, field="published (<time datetime>)")
        if parsed is not None and parsed.date() == day:
            return parsed, warnings
    message = f"published ({where}) {day.isoformat()!r} gives no time of day; read as 00:00 in no time zone"
    return datetime(day.year, day.month, day.day), [*warnings, ReadWarning("DATE_WITHOUT_TIME", message)]


def _date_in_text(page: PageParser, scope: Sequence[int]) -> date | None:
    """The publication day written near the story's start ("Published 5 March 2024", "2024年6月3日").

    Only the lines between the ``<h1>`` and the story's first paragraphs are read (where pages put their
    date line), and the byline's line and the two after it; never the story's prose further down nor the
    rest of the page, where dates are what a story or a teaser is about. :func:`news.date_from_text`
    decides what a line states.
    """
    story = story_blocks(page)
    first = story[0] if story else None
    # The head ends after the story's first paragraphs (a standfirst may come first, the date line after it).
    end = min(story[:STORY_DATE_LINES][-1], story[0] + MAX_HEAD_BLOCKS) if story else None
    lines: list[int] = []
    if page.h1_at is not None and (first is None or 0 <= first - page.h1_at <= MAX_HEAD_BLOCKS):
        lines.extend(range(page.h1_at, (end if end is not None else page.h1_at + MAX_HEAD_BLOCKS) + 1))
    elif first is not None and end is not None:
        lines.extend(range(max(0, first - HEAD_BLOCKS_WITHOUT_H1), end + 1))
    byline = _byline_at(page, scope)
    # The byline's own line and the two after it ("By A<br>Published ..."), when it is the story's byline
    # (near its start), not a teaser's elsewhere on the page.
    if byline is not None and (first is None or abs(byline[0] - first) <= MAX_HEAD_BLOCKS):
        lines.extend(range(byline[0], byline[0] + 3))
    for index in dict.fromkeys(lines):
        if index < len(page.blocks) and not page.blocks[index].skipped:
            found = date_from_text(page.blocks[index].text)
            if found is not None:
                return found
    return None


def parse_html_text(
    markup: str, filename: str, *, use_trafilatura: bool = False, url: str | None = None
) -> ParsedArticle:
    """Parse decoded HTML into a ParsedArticle. Raises ArticleError ARTICLE_NO_TITLE.

    ``url`` is where the page was published or fetched, when the caller knows it: a date in it is read
    when the page states none.
    """
    page, warnings = run_parser(markup)
    nodes, jsonld_warnings = parse_jsonld(page.jsonld)
    warnings.extend(jsonld_warnings)
    ld = _jsonld_for(nodes)
    title = _title(page, ld)
    if not title:
        raise ArticleError(
            "ARTICLE_NO_TITLE",
            "the page names no title (no JSON-LD headline, og:title, <title> or <h1>)",
            where=filename,
            hint="give the page a <title>",
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
    body, body_warnings = _body(page, markup, use_trafilatura)
    scope = _story_scope(page, story_ancestors(page))
    published, published_warnings = _published(page, ld, url or source_url, scope)
    return ParsedArticle(
        title=title,
        body_paragraphs=body,
        authors=_authors(page, ld, scope),
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
    data: bytes,
    filename: str,
    *,
    use_trafilatura: bool = False,
    charset: str | None = None,
    url: str | None = None,
) -> Article:
    """Read an HTML article from its bytes. Raises ArticleError; ``data`` is kept untouched.

    ``use_trafilatura`` asks for trafilatura's main-text extraction when it is installed (the ``html``
    extra); without it, or when it finds nothing, the built-in extractor is used and a warning says so.
    ``charset`` (e.g. from an HTTP Content-Type) wins over the page's own ``<meta charset>``, as in browsers.
    ``url`` is the page's address when known (fetched from, or given with ``--url``); see
    :func:`parse_html_text`.
    """
    decoded = decode_article_bytes(
        data, filename, declared=charset or html_declared_charset(data), markup=True
    )
    parsed = parse_html_text(decoded.text, filename, use_trafilatura=use_trafilatura, url=url)
    if decoded.warnings:
        parsed = replace(parsed, warnings=(*decoded.warnings, *parsed.warnings))
    source = decoded.source_file(data, filename, "text/html")
    return Article(source=source, parsed=parsed)
