"""Read an article saved as an HTML page, with nothing but the standard library by default.

Metadata comes from what publishers embed for search engines and social networks. Where several places
name the same thing, the first one found in this order wins (structured data first: the publisher states
it about the article itself, where ``<title>`` and ``<h1>`` often carry the site's name or a logo):

=============  ==================================================================================
title          JSON-LD ``headline``, ``og:title``, ``twitter:title`` (these and ``<title>`` without the
               site's name: ``_without_site_name``), microdata and RDFa ``headline``, ``<title>``, the
               story's ``<h1>`` (the last above it), without one the line above the byline
authors        JSON-LD ``author`` names, ``<meta name=author>``, ``article:author`` (URLs skipped),
               microdata and RDFa ``author`` of the article (``dc:creator``), the visible byline ("By A
               and B", ...: :mod:`archiver.sources.news`), signatures in the story's head ("Ingrid Movik
               Journalist"), links to authors' pages, a closing signature, ``rel=author`` texts (at most 4)
published      JSON-LD ``datePublished``, ``article:published_time``, RDFa ``datePublished`` (``dc:date``,
               ``dcterms:issued``, ``created``), date ``<meta>``s and microdata,
               the day in the page's URL (given by the caller, else its canonical URL; at the time of a
               ``<time>`` of that day if there is one), a ``<time>`` in the story's ``<article>`` or
               ``<main>`` above its end, a date line near the story's start or its byline, or one below it
               that says so ("Published 5 March 2024", "2024年6月3日": ``news.date_from_text``; at a
               ``<time>`` of that day too), any other ``<time>``
modified       JSON-LD ``dateModified``, ``article:modified_time``, ``og:updated_time``, RDFa
               ``dateModified`` (``dcterms:modified``), modified ``<meta>``s
publisher      JSON-LD ``publisher`` name, ``og:site_name``, ``<meta name=publisher>``
language       ``<html lang>``, ``<meta http-equiv=content-language>``, JSON-LD ``inLanguage``
source_url     ``<link rel=canonical>``, ``og:url``, JSON-LD ``url``, ``mainEntityOfPage`` (absolute only)
subjects       all of: JSON-LD ``keywords`` and ``articleSection``, ``<meta name=keywords>``,
               ``news_keywords``, ``article:tag``, ``article:section`` (first spelling kept)
rights         JSON-LD ``license``, ``copyrightNotice``, ``copyrightHolder``; ``<meta name=copyright>``,
               ``dc.rights``
description    JSON-LD ``description``, ``og:description``, ``<meta name=description>``
=============  ==================================================================================

The rule that gave each field (``json-ld``, ``opengraph``, ``byline``, ``url``, ...: the vocabulary of
:data:`archiver.schema_ids.ExtractionRule`) is returned beside it, so the metadata says how it was obtained.

JSON-LD strings are HTML-unescaped (publishers often write ``&amp;`` inside JSON), JSON-LD ``@id``
references are resolved within the page, and invalid JSON-LD only costs a ``JSONLD_INVALID`` warning.

Dates keep the offset the page states (``2024-03-06T07:30:00+09:00`` stays 6 March, 07:30 at +09:00).

The body is chosen by :mod:`archiver.sources.story`: the container with the most prose (preferring
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

from archiver.__about__ import __version__
from archiver.article import Article, ParsedArticle, ReadWarning
from archiver.errors import ArticleError
from archiver.schema_ids import ExtractedField, ExtractionRule, FieldSource, TextExtractor
from archiver.sources.dates import parse_date
from archiver.sources.decoding import decode_article_bytes, html_declared_charset
from archiver.sources.html_page import ARTICLE_TYPES, PageParser, collapse, run_parser, type_name
from archiver.sources.language import detect_language, normalize_bcp47
from archiver.sources.news import (
    date_from_text,
    date_from_url,
    is_date_line,
    looks_like_name,
    names_publication,
    needs_language,
    parse_byline,
    parse_closing_signature,
    parse_signature,
)
from archiver.sources.story import main_text, story_ancestors, story_blocks, story_times, times_in
from archiver.sources.text import find_dateline

__all__ = ["ARTICLE_TYPES", "find_article_node", "parse_html", "parse_jsonld"]

_collapse = collapse
#: More rel=author links than this are a list of the site's writers, not this article's byline.
MAX_LINKED_AUTHORS = 4
#: What may follow the <h1> in a <title>: a separator (a dash only between spaces: "Covid-19" is a word)
#: and the site's name.
_SEPARATORS = r"\s+[-\u2013\u2014\u00b7\u2022]\s+|\s*\|\s*|\s*::\s*"
_SITE_SUFFIX_RE = re.compile(rf"(?:{_SEPARATORS})(\S.{{0,160}})")
#: The same before the headline ("Karadere Haber | Headline").
_SITE_PREFIX_RE = re.compile(rf"(.{{0,160}}\S)(?:{_SEPARATORS})")
#: Between the parts of what follows the headline ("The Long Read | The Northern Review").
_SEPARATOR_RE = re.compile(_SEPARATORS)

#: How many lines after the story's last paragraph are read for a date line that says it is the
#: publication's, or an author box (some pages print them below the story).
TAIL_LINES = 3
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


#: A value and the rule that found it (None, None: not found). Every picker returns one, so the metadata
#: can record where each field came from (``extraction.fields``).
Found = tuple[str | None, ExtractionRule | None]


def _first_found(*candidates: tuple[ExtractionRule, str | None]) -> Found:
    """The first non-empty candidate and its rule."""
    return next(((value, rule) for rule, value in candidates if value), (None, None))


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


#: A candidate value: the rule that finds it, the words a warning names it by, and the value (if any).
Candidate = tuple[ExtractionRule, str, str | None]


@dataclass(frozen=True)
class _Date:
    """A date found, the rule that found it, and the doubts met on the way."""

    value: datetime | None
    rule: ExtractionRule | None
    warnings: list[ReadWarning]


def _pick_date(field_name: str, candidates: Sequence[Candidate]) -> _Date:
    """The first candidate that parses as a date; unparseable ones warn and the next is tried."""
    warnings: list[ReadWarning] = []
    for rule, where, value in candidates:
        parsed, found = parse_date(value, field=f"{field_name} ({where})")
        warnings.extend(found)
        if parsed is not None:
            return _Date(parsed, rule, warnings)
    return _Date(None, None, warnings)


def _pick_language(candidates: Sequence[Candidate]) -> tuple[Found, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    for rule, where, value in candidates:
        if not value or not value.strip():
            continue
        first = value.split(",")[0]
        tag = normalize_bcp47(first)
        if tag is not None:
            return (tag, rule), warnings
        warnings.append(
            ReadWarning("LANGUAGE_INVALID", f"{where} {first.strip()[:40]!r} is not a BCP 47 tag")
        )
    return (None, None), warnings


def _pick_url(candidates: Sequence[Candidate]) -> tuple[Found, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    for rule, where, value in candidates:
        if not value or not value.strip():
            continue
        if _is_url(value.strip()):
            return (value.strip(), rule), warnings
        message = f"{where} {value.strip()[:80]!r} is not an absolute http(s) URL; ignored"
        warnings.append(ReadWarning("URL_NOT_ABSOLUTE", message))
    return (None, None), warnings


def _main_entity(ld: _JsonLd) -> str | None:
    value = ld.resolve(ld.node.get("mainEntityOfPage"))
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


#: The tool names this reader records in ``extraction.tools`` (and ``extraction.fields.main_text``).
OWN_READER: TextExtractor = "archiver-html-reader"
TRAFILATURA: TextExtractor = "trafilatura"


def _trafilatura_paragraphs(markup: str) -> tuple[tuple[str, ...], str] | None:
    """Body paragraphs by trafilatura and its version (recorded in the metadata, as the text depends on
    it), or None when it is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    version = str(getattr(trafilatura, "__version__", "unknown"))
    extracted: object = trafilatura.extract(markup, include_comments=False, include_tables=True)
    if not isinstance(extracted, str):
        return (), version
    return tuple(line for raw in extracted.split("\n") if (line := _collapse(raw))), version


@dataclass(frozen=True)
class _Body:
    """The main text, the tool that extracted it (with its version), and the doubts met."""

    paragraphs: tuple[str, ...]
    tool: tuple[TextExtractor, str]
    warnings: list[ReadWarning]


def _body(page: PageParser, markup: str, use_trafilatura: bool) -> _Body:
    warnings: list[ReadWarning] = []
    if use_trafilatura:
        found = _trafilatura_paragraphs(markup)
        if found is None:
            message = "trafilatura was asked for but is not installed; used the built-in extractor"
            warnings.append(ReadWarning("TRAFILATURA_UNAVAILABLE", message))
        elif found[0]:
            return _Body(found[0], (TRAFILATURA, found[1]), warnings)
        else:
            message = "trafilatura found no main text; used the built-in extractor"
            warnings.append(ReadWarning("TRAFILATURA_EMPTY", message))
    paragraphs = main_text(page)
    if paragraphs and not page.has_paragraphs:
        message = "the page has no <p> paragraphs; body text taken from its other blocks"
        warnings.append(ReadWarning("HTML_NO_PARAGRAPHS", message))
    if not paragraphs:
        warnings.append(ReadWarning("BODY_EMPTY", "the page has a title but no body text"))
    return _Body(paragraphs, (OWN_READER, __version__), warnings)


def _title(page: PageParser, ld: _JsonLd) -> Found:
    """The headline: structured data first; a title that is the headline with the site's name around it
    ("Headline | The Courier", "The Courier - Headline", "Headline | Opinion | The Courier") gives the
    headline alone, in ``og:title`` and ``twitter:title`` as in ``<title>`` (:func:`_without_site_name`)."""
    sites = [
        name
        for name in (ld.text("publisher"), _meta1(page, "og:site_name"), _meta1(page, "application-name"))
        if name
    ]
    structured = _first_found(
        ("json-ld", ld.text("headline")),
        ("opengraph", _without_site_name(_meta1(page, "og:title"), page, sites)),
        ("meta", _without_site_name(_meta1(page, "twitter:title"), page, sites)),
        ("microdata", page.microdata_headline),
        ("rdfa", page.rdfa_headline),
        ("meta", _meta1(page, "headline")),
    )
    if structured[0]:
        return structured
    whole = page.title
    headline = _without_site_name(whole, page, sites)
    if headline and whole and headline != whole:
        return headline, "h1" if headline == page.h1 else "title-tag"
    above = _headline_above_byline(page) if page.h1 is None else None
    if above and above not in (whole or ""):
        return above, "text"
    return _first_found(("title-tag", page.title), ("h1", page.h1))


#: A headline printed as a line of its own: a few words, not a sentence of the story.
HEADLINE_WORDS = range(3, 31)


def _headline_above_byline(page: PageParser) -> str | None:
    """The line right above the byline, on a page without an ``<h1>`` (old table layouts print the
    headline as a bold cell, then "Por Reginaldo Tavares"): taken when the ``<title>`` does not hold it
    (a title of the site's and the section's names)."""
    found = _byline_at(page, ())
    if found is None:
        return None
    for index in range(found[0] - 1, max(found[0] - 3, -1), -1):
        block = page.blocks[index]
        text = block.text
        if block.skipped or not text:
            continue
        headline_like = (
            len(text.split()) in HEADLINE_WORDS
            and not text.endswith((".", ":"))
            and block.link_chars <= 0.5 * block.chars
            and not is_date_line(text)
        )
        return text if headline_like else None
    return None


def _without_site_name(title: str | None, page: PageParser, sites: Sequence[str]) -> str | None:
    """``title`` without the site's name that pages write around the headline, or ``title`` itself.

    The site's name is recognised three ways: the rest of the title around the ``<h1>`` is short names
    ("Headline | Section | Site": each shorter than the ``<h1>``, so an ``<h1>`` that is the site's logo
    is not taken for the headline); the ``<h1>`` is one end of the title and the other is shown on the page
    as a line of its own (then the ``<h1>`` is the logo, "Site - Headline", as old CMSs print it, with the
    headline in a ``<td>``); or one end is the name the page gives its site (``og:site_name``, JSON-LD
    ``publisher``, ``application-name``; "Nordwelle" for "Nordwelle Fernsehen"). Only a separator between
    spaces splits ("Covid-19" is a word)."""
    h1 = page.h1
    if not title:
        return title
    if h1 and title != h1:
        suffix = _SITE_SUFFIX_RE.fullmatch(title[len(h1) :]) if title.startswith(h1) else None
        prefix = _SITE_PREFIX_RE.fullmatch(title[: -len(h1)]) if title.endswith(h1) else None
        around = suffix or prefix
        if around is not None:
            parts = [part for part in _SEPARATOR_RE.split(around.group(1)) if part.strip()]
            if parts and all(len(part.strip()) < len(h1) for part in parts):
                return h1
    pieces = [piece.strip() for piece in _SEPARATOR_RE.split(title)]
    if len(pieces) < 2:
        return title
    for site_end, rest in ((pieces[-1], pieces[:-1]), (pieces[0], pieces[1:])):
        headline = rest[0] if len(rest) == 1 else None
        if not headline or len(headline) <= len(site_end):
            continue
        if any(_same_site(site_end, name) for name in sites):
            return headline
        if h1 and site_end == h1 and any(block.text == headline for block in page.blocks):
            return headline
    return title


def _same_site(part: str, name: str) -> bool:
    """Whether a part of a title is the site's name, or its first words ("Nordwelle" of "Nordwelle TV")."""
    part, name = part.casefold(), name.strip().casefold()
    return bool(part) and (part == name or name.startswith(part + " ") or part.startswith(name + " "))


def _authors(
    page: PageParser, ld: _JsonLd, winner_scope: Sequence[int]
) -> tuple[tuple[str, ...], ExtractionRule | None]:
    """Authors from structured data, else from the page's microdata, visible byline or rel=author links;
    with the rule that found them."""
    structured: list[tuple[ExtractionRule, list[str]]] = [
        ("json-ld", ld.texts("author")),
        ("meta", _meta(page, "author")),
        ("opengraph", [value for value in _meta(page, "article:author") if not _is_url(value)]),
        ("microdata", page.microdata_authors),
        ("rdfa", page.rdfa_authors),
    ]
    for rule, names in structured:
        if names:
            return _dedupe(names), rule
    byline = (
        _byline(page, winner_scope) or _signatures(page) or _author_links(page) or _closing_signature(page)
    )
    if byline:
        return _dedupe(byline), "byline"
    linked = _dedupe(name for name in page.rel_authors if looks_like_name(name))
    return (linked, "rel-author") if linked and len(linked) <= MAX_LINKED_AUTHORS else ((), None)


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


def _published(page: PageParser, ld: _JsonLd, url: str | None, scope: Sequence[int]) -> _Date:
    """Structured data first; then the day a URL states (at the time a ``<time>`` of that day gives, if one
    does); then a ``<time>`` in the story's article or main; then a date line near the story's start (a
    machine-readable ``<time>`` there says more, a far one less: a teaser's or an archive list's); then any
    ``<time>``, near the story first."""
    structured = _pick_date(
        "published",
        [
            ("json-ld", "JSON-LD datePublished", ld.text("datePublished")),
            ("opengraph", "article:published_time", _meta1(page, "article:published_time")),
            ("rdfa", "RDFa datePublished", next(iter(page.rdfa_dates.get("datepublished", [])), None)),
            (
                "meta",
                "date meta",
                _meta1(page, "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued")
                or _meta1(page, "dcterms.issued", "dcterms.created", "og:published_time"),
            ),
        ],
    )
    warnings = structured.warnings
    if structured.value is not None:
        return structured
    times = times_in(page, scope)
    from_url = date_from_url(url)
    if from_url is not None:
        return _day_at_time(from_url.date(), "url", times, warnings)
    near = set(scope)
    if near:  # a <time> in the story's own <article> or <main>, above its end, states more than its text
        inside = [time.value for time in story_times(page, scope)]
        found = _pick_date("published", [("time-element", "<time datetime>", next(iter(inside), None))])
        if found.value is not None:
            return _Date(found.value, found.rule, [*warnings, *found.warnings])
    in_text = _date_in_text(page, scope)
    if in_text is not None:
        return _day_at_time(in_text, "text", times, warnings)
    found = _pick_date("published", [("time-element", "<time datetime>", next(iter(times), None))])
    return _Date(found.value, found.rule, [*warnings, *found.warnings])


def _day_at_time(day: date, rule: ExtractionRule, times: Sequence[str], warnings: list[ReadWarning]) -> _Date:
    """A publication day from the URL or the text, at the time (and offset) a ``<time>`` of that day
    gives; else at 00:00 in no time zone, with a warning that the time of day is not real. The rule
    recorded is the day's: the ``<time>`` only adds the time of day."""
    for value in times:
        parsed, _ = parse_date(value, field="published (<time datetime>)")
        if parsed is not None and parsed.date() == day:
            return _Date(parsed, rule, warnings)
    where = "URL" if rule == "url" else rule
    message = f"published ({where}) {day.isoformat()!r} gives no time of day; read as 00:00 in no time zone"
    warning = ReadWarning("DATE_WITHOUT_TIME", message)
    return _Date(datetime(day.year, day.month, day.day), rule, [*warnings, warning])


def _head_lines(page: PageParser) -> list[int]:
    """The indexes of the story's head: the lines from the one right above the ``<h1>`` to the story's first
    paragraphs (a standfirst may come first, the date line after it), where pages print byline and date
    line; without an ``<h1>``, the few lines before the story."""
    story = story_blocks(page)
    first = story[0] if story else None
    end = min(story[:STORY_DATE_LINES][-1], story[0] + MAX_HEAD_BLOCKS) if story else None
    if page.h1_at is not None and (first is None or 0 <= first - page.h1_at <= MAX_HEAD_BLOCKS):
        # from the line right above the <h1> (a date line over the headline, in the same element: a
        # teaser's date in the box above is not) down to the story's start
        above = page.h1_at - 1
        start = above if above >= 0 and page.h1_parent in page.blocks[above].ancestors else page.h1_at
        return list(range(start, (end if end is not None else page.h1_at + MAX_HEAD_BLOCKS) + 1))
    if first is not None and end is not None:
        return list(range(max(0, first - HEAD_BLOCKS_WITHOUT_H1), end + 1))
    return []


def _choose_headline_h1(page: PageParser) -> None:
    """Of several ``<h1>``s (a site's logo and the headline), the story's: the last one above its first
    paragraph. ``page.h1`` and ``page.h1_at`` name it from then on."""
    if len(page.h1s) < 2:
        return
    story = story_blocks(page)
    above = [h1 for h1 in page.h1s if story and h1[1] <= story[0]]
    if above:
        page.h1, page.h1_at, page.h1_parent = above[-1]


def _author_links(page: PageParser) -> tuple[str, ...]:
    """Links to an author's page ("/autor/peter-horvath") above the story's first paragraph, below its
    ``<h1>``, or else in the few lines right below the story (an author box): names (a site's list of
    writers elsewhere on the page is not this story's)."""
    story = story_blocks(page)
    first = story[0] if story else len(page.blocks)
    start = page.h1_at if page.h1_at is not None else max(0, first - HEAD_BLOCKS_WITHOUT_H1)
    names = [text for text, at in page.author_links if start <= at <= first and looks_like_name(text)]
    if not names and story:  # an author box right below the story
        below = range(story[-1] + 1, story[-1] + 1 + TAIL_LINES)
        names = [text for text, at in page.author_links if at in below and looks_like_name(text)]
    return tuple(names) if len(names) <= MAX_LINKED_AUTHORS else ()


def _closing_signature(page: PageParser) -> tuple[str, ...]:
    """The author named in parentheses right below the story (Japanese pages: 田村健一 in full-width ones)."""
    story = story_blocks(page)
    for index in (story[-1], story[-1] + 1) if story else ():  # the story's last line, or the one below it
        if index < len(page.blocks):
            found = parse_closing_signature(page.blocks[index].text)
            if found:
                return found
    return ()


def _signatures(page: PageParser) -> tuple[str, ...]:
    """Authors named in the story's head without a byline word, one per line ("Ingrid Movik Journalist",
    "김서연 기자", "Алексей Гурьянов (СевИнформ)"): :func:`news.parse_signature`, asked only there, above
    the story's first paragraph."""
    names: list[str] = []
    story = story_blocks(page)
    first = story[0] if story else len(page.blocks)
    for block in (page.blocks[index] for index in _head_lines(page) if index < first):
        if not block.skipped and not block.caption:  # a photo's caption names who is in it, not its author
            names.extend(parse_signature(block.text))
    return tuple(names)


def _date_in_text(page: PageParser, scope: Sequence[int]) -> date | None:
    """The publication day written near the story's start ("Published 5 March 2024", "2024年6月3日").

    Only the lines between the ``<h1>`` and the story's first paragraphs are read (where pages put their
    date line), and the byline's line and the two after it; never the story's prose further down nor the
    rest of the page, where dates are what a story or a teaser is about. :func:`news.date_from_text`
    decides what a line states.
    """
    story = story_blocks(page)
    first = story[0] if story else None
    lines = _head_lines(page)
    byline = _byline_at(page, scope)
    # The byline's own line and the two after it ("By A<br>Published ..."), when it is the story's byline
    # (near its start), not a teaser's elsewhere on the page.
    if byline is not None and (first is None or abs(byline[0] - first) <= MAX_HEAD_BLOCKS):
        lines.extend(range(byline[0], byline[0] + 3))
    language: list[str | None] = []  # the story's language, found only if a line needs it (it costs more)

    def read(text: str) -> date | None:
        found = date_from_text(text)
        if found is None and needs_language(text):
            if not language:
                language.append(detect_language(" ".join(page.blocks[i].text for i in story)))
            found = date_from_text(text, language[0])
        return found

    for index in dict.fromkeys(lines):
        if index < len(page.blocks) and not page.blocks[index].skipped:
            found = read(page.blocks[index].text)
            if found is not None:
                return found
    # a date line printed after the story ("Published on 19 August 2024 at 20:15"), read only with a
    # word of publication: the lines below a story are its comments' and teasers' too
    for index in range(story[-1] + 1, min(story[-1] + 1 + TAIL_LINES, len(page.blocks))) if story else ():
        text = page.blocks[index].text
        if not page.blocks[index].skipped and names_publication(text):
            found = read(text)
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
    _choose_headline_h1(page)
    nodes, jsonld_warnings = parse_jsonld(page.jsonld)
    warnings.extend(jsonld_warnings)
    ld = _jsonld_for(nodes)
    title, title_rule = _title(page, ld)
    if not title:
        raise ArticleError(
            "ARTICLE_NO_TITLE",
            "the page names no title (no JSON-LD headline, og:title, <title> or <h1>)",
            where=filename,
            hint="give the page a <title>",
        )
    modified = _pick_date(
        "modified",
        [
            ("json-ld", "JSON-LD dateModified", ld.text("dateModified")),
            ("opengraph", "article:modified_time", _meta1(page, "article:modified_time")),
            ("opengraph", "og:updated_time", _meta1(page, "og:updated_time")),
            ("rdfa", "RDFa dateModified", next(iter(page.rdfa_dates.get("datemodified", [])), None)),
            ("meta", "modified meta", _meta1(page, "datemodified", "dcterms.modified", "last-modified")),
        ],
    )
    (language, language_rule), language_warnings = _pick_language(
        [
            ("html-lang", "<html lang>", page.lang),
            (
                "meta",
                "content-language",
                _meta1(page, "http-equiv:content-language", "content-language"),
            ),
            (
                "json-ld",
                "JSON-LD inLanguage",
                _first(*ld.texts("inLanguage", name_keys=("alternateName",))),
            ),
        ]
    )
    (source_url, source_url_rule), url_warnings = _pick_url(
        [
            ("canonical-link", "canonical link", page.canonical),
            ("opengraph", "og:url", _meta1(page, "og:url")),
            ("json-ld", "JSON-LD url", ld.text("url")),
            ("json-ld", "JSON-LD mainEntityOfPage", _main_entity(ld)),
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
    body = _body(page, markup, use_trafilatura)
    scope = _story_scope(page, story_ancestors(page))
    published = _published(page, ld, url or source_url, scope)
    authors, authors_rule = _authors(page, ld, scope)
    publisher, publisher_rule = _first_found(
        ("json-ld", ld.text("publisher")),
        ("opengraph", _meta1(page, "og:site_name")),
        ("meta", _meta1(page, "publisher")),
    )
    rights, rights_rule = _first_found(
        ("json-ld", _first(*ld.texts("license", name_keys=("url", "name")))),
        ("json-ld", ld.text("copyrightNotice")),
        ("json-ld", ld.text("copyrightHolder")),
        ("meta", _meta1(page, "copyright", "dc.rights", "dcterms.rights")),
    )
    description, description_rule = _first_found(
        ("json-ld", ld.text("description")),
        ("opengraph", _meta1(page, "og:description")),
        ("meta", _meta1(page, "description")),
        ("meta", _meta1(page, "twitter:description")),
    )
    sources: tuple[tuple[ExtractedField, FieldSource | None], ...] = (
        ("title", title_rule),
        ("authors", authors_rule),
        ("published", published.rule),
        ("modified", modified.rule),
        ("language", language_rule),
        ("publisher", publisher_rule),
        ("source_url", source_url_rule),
        ("rights", rights_rule),
        ("description", description_rule),
        ("main_text", body.tool[0] if body.paragraphs else None),
    )
    tools = tuple(dict.fromkeys([(OWN_READER, __version__), body.tool]))
    return ParsedArticle(
        title=title,
        body_paragraphs=body.paragraphs,
        authors=authors,
        published=published.value,
        modified=modified.value,
        language=language,
        publisher=publisher,
        source_url=source_url,
        subjects=subjects,
        rights=rights,
        description=description,
        dateline=find_dateline(body.paragraphs[0]) if body.paragraphs else None,
        warnings=(
            *warnings,
            *published.warnings,
            *modified.warnings,
            *language_warnings,
            *url_warnings,
            *body.warnings,
        ),
        field_sources=tuple((name, rule) for name, rule in sources if rule is not None),
        tools=tools,
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
