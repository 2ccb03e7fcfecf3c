"""One pass over an HTML page, and the choice of its main text from what that pass found.

:class:`PageParser` reads the page once (the standard library's tolerant ``html.parser``) and collects the
head's metadata, the JSON-LD blocks, microdata (``itemprop=author`` and ``headline`` inside an article's
``itemscope``), ``rel=author`` links, ``<time>`` values, and every run of text as a :class:`Block`: a ``<p>``,
or the text of a ``<div>``, ``<li>``, ``<td>``, heading and the like, split at block boundaries and ``<br>``.
Each block remembers where it stood (its open elements), so the choice can be made afterwards, when the whole
page is known: whether a ``<header>`` was really closed, whether a box with a form control was small, which
container holds the most prose.

:func:`main_text` chooses, as the extractors of the field do, by text density rather than by tag names alone,
because the tags lie: comments and teasers are ``<article>``s too, stories are written in ``<div>``s, lists
and tables, and class names are hashes. The rules, each for a page shape met in the wild:

* Each block of prose adds its length to its parent element, half of it to its grandparent and a third to
  the level above; the element with the most is the story's container (the third level lets a table or a
  list of many short cells win over any one of its cells). One inside the page's ``itemprop=articleBody``, else inside an
  ``<article>``, else inside ``<main>`` is preferred while it has at least half the best score (the
  publisher marked it). Sibling containers with a good share of that score, and long sibling paragraphs,
  join it (a story split around an advert); where the container is one paragraph's own wrapper ``<div>``s
  (page builders wrap each paragraph alike), the siblings of its outermost wrapper do.
* Everything inside the container is kept, ``<p>``, ``<div>``, ``<li>``, ``<td>`` and headings alike, except
  boilerplate: text inside ``nav``, ``aside``, ``footer``, ``noscript`` and the like; captions, unless the
  story is told in them (a photo gallery: two sentences or more in captions among its blocks), and then
  without their credits; a
  ``<header>`` closed by its own end tag (an unclosed one, which browsers render with the whole page inside
  it, hides nothing); a small box holding a form control (a newsletter sign-up; an ASP.NET ``<form>`` around
  the whole page is not small); a line that is mostly link text ("Read also: ...", share buttons, kickers);
  a line that is only a ``<time>``; a byline; an advert's label ("Advertisement", "Anzeige", "広告") with
  the caption beside it in its small box, and a paid caption ("Sponsored: ...").
* A malformed ``</script`` (no ``>``) ends the script where a browser ends it, at the next ``>``, instead of
  swallowing the rest of the page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from archiver.article import ReadWarning
from archiver.sources.news import advert_label, ends_story, is_byline, is_copyright_line, is_date_line

__all__ = [
    "ARTICLE_TYPES",
    "Block",
    "PageParser",
    "collapse",
    "main_text",
    "run_parser",
    "story_ancestors",
    "story_blocks",
    "story_times",
    "times_in",
    "type_name",
]

#: The schema.org types that describe the article itself (compared without "schema:" or URL prefixes).
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
#: Elements whose text is never article body: code, navigation, page furniture, controls, captions. A
#: ``<header>`` is judged once the page is read (see the module's docstring), a ``<form>`` by its size.
_SKIPPED = _names("script style nav aside footer noscript template svg button select textarea iframe dialog")
#: A figure's caption: story text only where the story is told in captions (a photo gallery), see
#: :func:`story_blocks`; its credit ("Foto: A. Name", an element of class "credit") never is.
_CAPTIONS = _names("figcaption")
#: Block-level elements: they end an open <p> (as in browsers) and separate runs of loose text.
_BLOCKS = _names(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
)
#: Elements inside a line of text: a block's "own" element is the innermost open element not among them.
_INLINE = _names(
    "a abbr b bdi bdo big cite code data dfn em font i kbd label mark nobr q s samp small span strike strong "
    "sub sup time tt u var"
)
_CONTROLS = _names("input button select textarea")
_P = _names("p")
#: Elements an open <p> is not closed across (the HTML standard's "button scope").
_P_SCOPE_BOUNDARY = _names("applet button caption html marquee object table td template th")
#: Start tags that end an open element of their kind, as browsers' tree builders do (``<li>a<li>b`` is
#: two items): the tag → (what it closes, where the search for one stops).
_IMPLIED_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (_names("li"), _names("ul ol menu table")),
    "dt": (_names("dt dd"), _names("dl table")),
    "dd": (_names("dt dd"), _names("dl table")),
    "tr": (_names("tr"), _names("table thead tbody tfoot")),
    "td": (_names("td th"), _names("tr table")),
    "th": (_names("td th"), _names("tr table")),
    "thead": (_names("thead tbody tfoot"), _names("table")),
    "tbody": (_names("thead tbody tfoot"), _names("table")),
    "tfoot": (_names("thead tbody tfoot"), _names("table")),
    "option": (_names("option"), _names("select datalist")),
}
_NOT_HEAD = ("svg", "body")  # a <title> there is an icon's or a stray one, not the page's
_NOT_TEXT = ("h1", "head", "title", "script", "style", "template")  # text there is never a block
#: The contexts checked on every tag or run of text, each counted as elements open and close.
_COUNTED = (_SKIPPED, _RAW_TEXT, frozenset(_NOT_TEXT), frozenset(_NOT_HEAD), _CAPTIONS)
_IN_SKIPPED, _IN_RAW_TEXT, _IN_NOT_TEXT, _IN_NOT_HEAD, _IN_CAPTION = range(len(_COUNTED))
_COUNTED_BY_NAME = {
    name: tuple(i for i, names in enumerate(_COUNTED) if name in names)
    for name in frozenset().union(*_COUNTED)
}
_WS_RE = re.compile(r"\s+")
_MARKED_SECTION_RE = re.compile(r"<!\[(?!\s*(?:cdata|if|else|endif|temp|ignore|include|rcdata)\b)", re.I)
#: ``</script`` followed by a space or slash is an end tag in browsers, whatever stands before its ``>``.
_RAW_END_RE = re.compile(r"</(script|style)[\t\n\f\r /][^>]*>", re.I)

#: A box with a form control and less text than this is a widget (newsletter, search), not the story.
FORM_BOX_CHARS = 300
#: The share of a block's length its parent, grandparent and great-grandparent score.
SCORE_SHARES = (1.0, 0.5, 1 / 3)
#: A line whose text is more than this share links is navigation ("Read also: ...", share bars).
LINK_DENSITY_LIMIT = 0.5
#: The preferred region's best container must have at least this share of the page's best score.
REGION_SHARE = 0.5
#: A sibling container with this share of the winner's score belongs to the story too.
SIBLING_SHARE = 0.3
#: A sibling paragraph at least this long (and not link-heavy) belongs to the story too.
SIBLING_PARAGRAPH_CHARS = 80
#: How many wrapper elements (holding nothing but the story's container) the sibling rule may climb: page
#: builders wrap each paragraph in its own few ``<div>``s (``sqs-block > sqs-block-content > text``).
MAX_WRAPPERS = 2
#: A photo gallery: at least this many captions among the story's blocks, each a sentence of at least
#: :data:`CAPTION_SENTENCE_WORDS` words; their text is then the story's.
GALLERY_CAPTIONS = 2
CAPTION_SENTENCE_WORDS = 5
_SENTENCE_END_RE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)]*$")
#: A caption's credit written in its text: "Foto: A. Name", "fot. A. Name", "© Agency", "(Courier photo)".
_CREDIT_TEXT_RE = re.compile(
    r"\s*(?:(?:Foto|Fotos|Photo|Photos|Photograph|Fotó|Kép|Bild|Kuva|Zdjęcie|Image|Credit|Crédit|Crédito|"
    r"Φωτογραφία|Фото)\s*:|fot\.|©|\((?:[^()]*\b(?:photo|foto)\b[^()]*)\)\s*$|사진\s*=|写真\s*[:\uff1a=]|"
    r"[图圖]\s*[/\uff0f]|[摄攝]影\s*[:\uff1a]).*$",
)
#: Class names and ids of promotion boxes (a newsletter sign-up, a paywall's offer) inside a story: their
#: text is the publisher's, not the story's, when the box is small (see FORM_BOX_CHARS).
_PROMO_RE = re.compile(
    r"newsletter|paywall|subscri|sign-?up|promo|regwall|upsell|membership|piano|offer", re.I
)
#: A loose line (not a <p>) in a small box with more than this share of link text is a call to action
#: ("... in your inbox. Sign up free", "Reserved for subscribers. Subscribe from 1 EUR").
PROMO_LINK_SHARE = 0.3
#: Class names of a caption's credit element.
_CREDIT_CLASS_RE = re.compile(r"credit|copyright|photographer|attribution|source|byline|author", re.I)
#: How many of the innermost open elements a block remembers, and how far up a region is looked for: the
#: story's container is a few levels above its text, and a page nested 100,000 deep must not cost
#: 100,000 steps for every line.
MAX_TRACKED_DEPTH = 64
ROOT = 0


def collapse(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def type_name(value: str) -> str:
    """A type without its prefix: "schema:NewsArticle" and "https://schema.org/NewsArticle" → "NewsArticle"."""
    return re.split(r"[/:#]", value.strip())[-1]


@dataclass(frozen=True)
class TimeElement:
    """A ``<time datetime>`` of the page and where it stood."""

    value: str
    ancestors: tuple[int, ...]  # its open elements, outermost first
    skipped: bool  # inside nav, aside, footer and the like
    at: int  # how many blocks came before it


@dataclass
class Block:
    """A run of text found in the page, with where it stood."""

    kind: str  # "p" for a <p>, "text" for other text
    own: int  # the element holding it: the <p>, or the innermost open element that is not inline
    ancestors: tuple[int, ...]  # the open elements when it began, outermost first
    skipped: bool  # inside nav, aside, footer and the like
    headers: tuple[int, ...]  # the open <header> elements when it began
    caption: bool = False  # inside a <figcaption>
    parts: list[str] = field(default_factory=list)
    chars: int = 0
    link_chars: int = 0
    time_chars: int = 0

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


#: RDFa ``property`` terms read, by what they name (schema.org's own names, lower-cased, as microdata's
#: ``itemprop`` gives them): schema.org terms bare (under ``vocab``), prefixed (``schema:author``) or as
#: IRIs, and the Dublin Core elements and terms news CMSs emit (Drupal's ``dc:title``, ``dc:date``).
_RDFA_TERMS = {
    **{term: term for term in ("author", "name", "headline", "datepublished", "datemodified", "articlebody")},
    "creator": "author",
    "title": "headline",
    "date": "datepublished",
    "issued": "datepublished",
    "created": "datepublished",
    "modified": "datemodified",
}
_RDFA_PREFIXES = (
    "schema:",
    "dc:",
    "dcterms:",
    "http://schema.org/",
    "https://schema.org/",
    "http://purl.org/dc/terms/",
    "http://purl.org/dc/elements/1.1/",
)


def rdfa_terms(value: str | None) -> list[str]:
    """The schema.org names of an RDFa ``property`` attribute's terms that the reader uses (RDFa Core 1.1
    §7.4.4: a space-separated list of terms, CURIEs or IRIs). ``og:*`` and other vocabularies are left to
    the head's metadata; Dublin Core's own names (``creator``, ``title``, ``date``, ...) count only with
    a Dublin Core prefix, and the prefixes are not checked against the name's vocabulary beyond that."""
    found = []
    for token in (value or "").split():
        lowered = token.lower()
        prefix = next((p for p in _RDFA_PREFIXES if lowered.startswith(p)), "")
        term = lowered[len(prefix) :]
        if ":" in term or "/" in term or (not prefix.startswith(("dc", "http://purl")) and term in _DC_ONLY):
            continue
        if term in _RDFA_TERMS:
            found.append(_RDFA_TERMS[term])
    return found


#: RDFa types a CMS gives a story's node (Drupal: ``typeof="sioc:Item foaf:Document"``), and the types
#: that make it something else (Drupal's comments are ``sioc:Post sioct:Comment``).
_CMS_NODE_TYPES = frozenset({"Item", "Document"})
_NOT_ARTICLE_TYPES = frozenset({"Comment", "Post", "Review", "Person", "Organization", "WebSite", "WebPage"})
#: RDFa types of the whole page (``<body typeof="WebPage">``): they open no scope, so the article's
#: structured data inside them is still the article's.
_PAGE_TYPES = frozenset({"WebPage", "WebSite", "ItemPage", "CollectionPage"})

#: Dublin Core names that are not schema.org's: taken only with a Dublin Core prefix (a bare ``title`` or
#: ``date`` under schema.org's vocabulary means something else, or nothing).
_DC_ONLY = frozenset({"creator", "title", "date", "issued", "created", "modified"})


@dataclass
class _Capture:
    """The text of one element being collected (an author or headline of structured data, a rel=author
    link)."""

    kind: str
    depth: int  # the stack's length with the element on it: the capture ends when the element closes
    parts: list[str] = field(default_factory=list)
    name: str | None = None  # an author's itemprop=name, when it has one
    syntax: str = "microdata"  # "microdata" or "rdfa", for authors and headlines


class PageParser(HTMLParser):
    """One pass over the page collecting head metadata, JSON-LD, microdata and the blocks of text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[int] = []  # the open elements' ids, parallel to ``stack``
        self.parent: dict[int, int] = {}
        self._next_id = ROOT + 1
        self._open: Counter[str] = Counter()  # open elements by name: context checks stay O(1) however deep
        self._inside = [0] * len(_COUNTED)
        self._headers: list[int] = []
        self.closed_headers: set[int] = set()  # <header>s closed by their own end tag
        self.control_boxes: list[int] = []  # the innermost block element around each visible form control
        self.regions: dict[str, set[int]] = {"articlebody": set(), "article": set(), "main": set()}
        self.has_paragraphs = False
        self.lang: str | None = None
        self.title: str | None = None
        self._title_parts: list[str] | None = None
        self.h1: str | None = None
        self.h1_at: int | None = None  # how many blocks came before the first <h1> (where the story begins)
        self._h1_parts: list[str] | None = None
        self.meta: dict[str, list[str]] = {}
        self.canonical: str | None = None
        self.jsonld: list[str] = []
        self._jsonld_parts: list[str] | None = None
        self.times: list[TimeElement] = []
        self.blocks: list[Block] = []
        self._para: Block | None = None
        self._loose: Block | None = None
        self._scopes: list[tuple[int, bool]] = []  # open itemscopes: (stack depth, is an article)
        self._captures: list[_Capture] = []
        self.microdata_authors: list[str] = []
        self.microdata_headline: str | None = None
        self.rdfa_authors: list[str] = []
        self.rdfa_headline: str | None = None
        self.rdfa_dates: dict[str, list[str]] = {}  # "datepublished", "datemodified": the values given
        self.rel_authors: list[str] = []
        self._credits: list[int] = []  # the stack depths of the open credit elements inside captions
        self.promo_boxes: list[int] = []  # elements whose class or id names a promotion (newsletter, paywall)
        self.judged: _Judged | None = None  # the blocks judged, once the page is read (see judge)

    # -- blocks -------------------------------------------------------------------------------------------

    def _own(self) -> int:
        tail = -MAX_TRACKED_DEPTH
        for tag, ident in zip(reversed(self.stack[tail:]), reversed(self.ids[tail:]), strict=True):
            if tag not in _INLINE:
                return ident
        return self.ids[-1] if self.ids else ROOT

    def _ancestors(self) -> tuple[int, ...]:
        return (ROOT, *self.ids[-MAX_TRACKED_DEPTH:])

    def _new_block(self, kind: str, own: int) -> Block:
        headers = tuple(self._headers[-MAX_TRACKED_DEPTH:])
        caption = bool(self._inside[_IN_CAPTION])
        return Block(kind, own, self._ancestors(), bool(self._inside[_IN_SKIPPED]), headers, caption)

    def _close_para(self) -> None:
        if self._para is not None:
            self.blocks.append(self._para)
            self._para = None

    def _close_loose(self) -> None:
        if self._loose is not None:
            self.blocks.append(self._loose)
            self._loose = None

    # -- events -------------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name.lower(): (value or "") for name, value in attrs}
        if tag in _BLOCKS or tag == "br":
            self._close_loose()
        if tag == "p" or (tag in _BLOCKS and self._para is not None):
            self._close_para()
        if tag in _BLOCKS and self._open["p"]:
            self._close_open(_P, _P_SCOPE_BOUNDARY)
        implied = _IMPLIED_ENDS.get(tag)
        if implied is not None and any(self._open[name] for name in implied[0]):
            self._close_open(*implied)
        self._collect_head(tag, attr)
        if tag in _CONTROLS and attr.get("type", "").lower() != "hidden":
            self.control_boxes.append(self._own())
        if tag == "br" and self._para is not None:
            self._para.parts.append(" ")
        elif tag == "h1" and self.h1 is None and self._h1_parts is None:
            self._h1_parts = []
            self.h1_at = len(self.blocks)
        elif tag == "title" and self.title is None and not self._inside[_IN_NOT_HEAD]:
            self._title_parts = []
        elif tag == "script" and attr.get("type", "").strip().lower() == "application/ld+json":
            self._jsonld_parts = []
        if tag not in _VOID:
            self._push(tag, attr)
        elif tag == "meta" and "property" in attr:  # an RDFa value given by a <meta> (void: never pushed)
            self._structured_data(tag, attr, ROOT)

    def _close_open(self, names: frozenset[str], boundary: frozenset[str]) -> None:
        """Close the innermost open element among ``names`` unless a ``boundary`` element is nearer, as
        browsers do: ``<p>one<p>two`` is two sibling paragraphs, not a <p> in a <p> (which would put each
        unclosed paragraph, item or cell a level deeper than the last)."""
        for index in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[index]
            if tag in names:
                while len(self.stack) > index:
                    self._pop(closing=None)
                return
            if tag in boundary:
                return

    def _push(self, tag: str, attr: dict[str, str]) -> None:
        ident = self._next_id
        self._next_id += 1
        self.parent[ident] = self.ids[-1] if self.ids else ROOT
        self.stack.append(tag)
        self.ids.append(ident)
        self._open[tag] += 1
        for context in _COUNTED_BY_NAME.get(tag, ()):
            self._inside[context] += 1
        if tag == "header":
            self._headers.append(ident)
        elif tag in ("article", "main"):
            self.regions[tag].add(ident)
        if tag == "p" and not self._inside[_IN_RAW_TEXT]:
            self.has_paragraphs = True
            self._para = self._new_block("p", ident)
        if self._inside[_IN_CAPTION] and _CREDIT_CLASS_RE.search(attr.get("class", "")):
            self._credits.append(len(self.stack))
        if tag not in ("html", "body") and _PROMO_RE.search(f"{attr.get('class', '')} {attr.get('id', '')}"):
            self.promo_boxes.append(ident)
        self._structured_data(tag, attr, ident)

    def _structured_data(self, tag: str, attr: dict[str, str], ident: int) -> None:
        """Structured data of the article in its markup, microdata and RDFa alike: its body, authors and
        headline; the values its dates give as attributes."""
        in_article = bool(self._scopes) and self._scopes[-1][1]
        ours = in_article or not self._scopes  # not a comment's or a review's
        depth = len(self.stack)
        for syntax, props in (
            ("microdata", attr.get("itemprop", "").lower().split()),
            ("rdfa", rdfa_terms(attr.get("property"))),
        ):
            if not props:
                continue
            if "articlebody" in props and tag not in _VOID:  # a <meta>'s would be the whole page's
                self.regions["articlebody"].add(ident)
            # HTML+RDFa 1.1 §3.1: @content, where given, is the value; microdata reads datetime first.
            first, second = ("content", "datetime") if syntax == "rdfa" else ("datetime", "content")
            value = (attr.get(first) or "").strip() or (attr.get(second) or "").strip()
            if ours and value:
                for prop in props:
                    if prop not in ("datepublished", "datemodified"):
                        continue
                    if syntax == "rdfa":
                        self.rdfa_dates.setdefault(prop, []).append(value)
                    elif tag != "meta":  # a microdata <meta> is read with the head's
                        self.meta.setdefault(prop, []).append(value)
            if syntax == "rdfa" and "content" in attr:  # the value is the attribute, not the element's text
                kind = next((k for k in ("author", "name", "headline") if k in props), None)
                # a name is its author's, whose Person scope is not the article's
                if kind is not None and (ours or kind == "name") and (kind != "headline" or in_article):
                    self._end_capture(_Capture(kind, depth, [attr["content"]], syntax="rdfa"))
            elif tag in _VOID:
                continue  # no text to capture: it would be its parent's
            elif "author" in props and ours:
                self._captures.append(_Capture("author", depth, syntax=syntax))
            elif "name" in props and any(c.kind == "author" and c.syntax == syntax for c in self._captures):
                self._captures.append(_Capture("name", depth, syntax=syntax))
            elif "headline" in props and in_article and self._headline(syntax) is None:
                self._captures.append(_Capture("headline", depth, syntax=syntax))
        if tag == "a" and "author" in attr.get("rel", "").lower().split():
            self._captures.append(_Capture("rel-author", depth))
        if ("itemscope" in attr or "typeof" in attr) and tag not in _VOID:
            types = {
                type_name(item) for item in f"{attr.get('itemtype', '')} {attr.get('typeof', '')}".split()
            }
            cms_node = "typeof" in attr and types & _CMS_NODE_TYPES and not types & _NOT_ARTICLE_TYPES
            if "itemscope" in attr or not types <= _PAGE_TYPES:  # an RDFa page or site holds the article
                self._scopes.append((depth, bool(types & ARTICLE_TYPES or cms_node)))

    def _headline(self, syntax: str) -> str | None:
        return self.rdfa_headline if syntax == "rdfa" else self.microdata_headline

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._open[tag]:
            return  # a stray end tag: browsers ignore it too
        if tag in _BLOCKS:
            self._close_loose()
        while self.stack and self._pop(closing=tag) != tag:
            pass

    def _pop(self, closing: str | None) -> str:
        """Close the innermost open element (``closing``: the end tag met, None at the end of the page)."""
        closed, ident = self.stack.pop(), self.ids.pop()
        self._open[closed] -= 1
        for context in _COUNTED_BY_NAME.get(closed, ()):
            self._inside[context] -= 1
        if closed == "header":
            self._headers.pop()
            if closing == "header":
                self.closed_headers.add(ident)
        if closed == "p":
            self._close_para()
        elif closed in _BLOCKS:
            self._close_loose()
        depth = len(self.stack)
        while self._scopes and self._scopes[-1][0] > depth:
            self._scopes.pop()
        while self._captures and self._captures[-1].depth > depth:
            self._end_capture(self._captures.pop())
        while self._credits and self._credits[-1] > depth:
            self._credits.pop()
        self._end_text(closed)
        return closed

    def _end_capture(self, capture: _Capture) -> None:
        text = collapse("".join(capture.parts))
        rdfa = capture.syntax == "rdfa"
        if capture.kind == "name":
            author = next(
                (c for c in reversed(self._captures) if c.kind == "author" and c.syntax == capture.syntax),
                None,
            )
            if author is not None and author.name is None and text:
                author.name = text
        elif capture.kind == "author" and (capture.name or text):
            (self.rdfa_authors if rdfa else self.microdata_authors).append(capture.name or text)
        elif capture.kind == "headline" and text and self._headline(capture.syntax) is None:
            if rdfa:
                self.rdfa_headline = text
            else:
                self.microdata_headline = text
        elif capture.kind == "rel-author" and text:
            self.rel_authors.append(text)

    def _end_text(self, closed: str) -> None:
        if closed == "h1" and self._h1_parts is not None:
            self.h1 = collapse("".join(self._h1_parts)) or None
            self._h1_parts = None
        elif closed == "title" and self._title_parts is not None:
            self.title = collapse("".join(self._title_parts))
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
        for capture in self._captures:
            capture.parts.append(data)
        if self._title_parts is not None:
            self._title_parts.append(data)
            return
        if self._h1_parts is not None:
            self._h1_parts.append(data)
        if self._credits:
            return  # a caption's credit: the photographer's name, not text of the page's
        block = self._para
        if block is None and not self._inside[_IN_NOT_TEXT]:
            if self._loose is None:
                if not data.strip():
                    return
                self._loose = self._new_block("text", self._own())
            block = self._loose
        if block is not None:
            block.parts.append(data)
            block.chars += len(data)
            if self._open["a"]:
                block.link_chars += len(data)
            if self._open["time"]:
                block.time_chars += len(data)

    def close(self) -> None:
        super().close()
        while self.stack:  # elements left open at the end of the page close, as in browsers
            self._pop(closing=None)
        self._close_para()
        self._close_loose()

    # -- head ---------------------------------------------------------------------------------------------

    def _collect_head(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "html" and attr.get("lang"):
            self.lang = attr["lang"]
        elif tag == "meta":
            content = attr.get("content")
            if content is None or (self._scopes and not self._scopes[-1][1]):
                return  # none, or a comment's or a review's (its own date is not the article's)
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
            skipped = bool(self._inside[_IN_SKIPPED])
            self.times.append(
                TimeElement(attr["datetime"].strip(), self._ancestors(), skipped, len(self.blocks))
            )


def run_parser(markup: str) -> tuple[PageParser, list[ReadWarning]]:
    """Parse the page; html.parser gives up on a few malformed declarations, keep what it read by then."""
    page = PageParser()
    markup = _RAW_END_RE.sub(r"</\1>", _MARKED_SECTION_RE.sub("&lt;![", markup))
    try:
        page.feed(markup)
        page.close()
    except AssertionError as exc:
        return page, [ReadWarning("HTML_MALFORMED", f"the HTML could not be read to its end: {exc}")]
    return page, []


# --- the main text ----------------------------------------------------------------------------------------


class _Judged:
    """The page's blocks judged: which are boilerplate, and each element's score as a story container."""

    def __init__(self, page: PageParser) -> None:
        self.page = page
        self._winner: int | None = None
        self.story: tuple[int, ...] | None = None  # the main text's blocks, once chosen (story_blocks)
        text_of: dict[int, int] = defaultdict(int)
        self.texts = [_caption_text(block.text) if block.caption else block.text for block in page.blocks]
        for block, text in zip(page.blocks, self.texts, strict=True):
            for ancestor in block.ancestors:
                text_of[ancestor] += len(text)
        self.boxes = {
            box for box in (*page.control_boxes, *page.promo_boxes) if text_of.get(box, 0) < FORM_BOX_CHARS
        }
        self.small = text_of  # each element's text length, for small boxes of links
        labels = [(block, advert_label(text)) for block, text in zip(page.blocks, self.texts, strict=True)]
        # A small box with an advert's label ("Anzeige", "広告") is the advert's: its caption goes with it.
        self.adverts = {
            block.own
            for block, kind in labels
            if kind == "label" and text_of.get(block.own, 0) < FORM_BOX_CHARS
        }
        self.ad_lines = {id(block) for block, kind in labels if kind is not None}  # labels and captions
        self.content = [
            self._is_content(block, text) for block, text in zip(page.blocks, self.texts, strict=True)
        ]
        self.scores: dict[int, float] = defaultdict(float)
        for block, text, keep in zip(page.blocks, self.texts, self.content, strict=True):
            if keep:
                element = page.parent.get(block.own)
                for share in SCORE_SHARES:
                    if element is None:
                        break
                    self.scores[element] += share * len(text)
                    element = page.parent.get(element)

    def _is_content(self, block: Block, text: str) -> bool:
        if not text or block.skipped or block.caption:  # captions: see story_blocks
            return False
        if any(header in self.page.closed_headers for header in block.headers):
            return False
        if self.boxes and any(ancestor in self.boxes for ancestor in block.ancestors):
            return False
        if block.own in self.adverts or id(block) in self.ad_lines:
            return False
        if block.link_chars > LINK_DENSITY_LIMIT * block.chars or block.time_chars >= 0.8 * block.chars:
            return False
        if (
            block.kind == "text"
            and block.link_chars > PROMO_LINK_SHARE * block.chars
            and self.small.get(block.own, 0) < FORM_BOX_CHARS
        ):
            return False  # a call to action in a small box: "... in your inbox. Sign up free"
        return not (is_byline(text) or is_date_line(text) or is_copyright_line(text))

    def within(self, element: int, region: set[int]) -> bool:
        """Whether ``element`` or one of its nearest MAX_TRACKED_DEPTH ancestors is in ``region``."""
        for _ in range(MAX_TRACKED_DEPTH):
            if element in region:
                return True
            if element == ROOT:
                break
            element = self.page.parent.get(element, ROOT)
        return False

    def winner(self) -> int | None:
        """The story's container: the best-scored element, or the best inside the region the page marks."""
        if self._winner is not None or not self.scores:
            return self._winner
        best = max(self.scores, key=lambda element: (self.scores[element], -element))
        for name in ("articlebody", "article", "main"):
            region = self.page.regions[name]
            if not region:
                continue
            inside = [element for element in self.scores if self.within(element, region)]
            if inside:
                local = max(inside, key=lambda element: (self.scores[element], -element))
                if self.scores[local] >= REGION_SHARE * self.scores[best]:
                    best = local
                    break
        self._winner = best
        return best


def judge(page: PageParser) -> _Judged:
    """The page's blocks judged (once: the main text, its byline and its date all ask)."""
    if page.judged is None:
        page.judged = _Judged(page)
    return page.judged


def story_ancestors(page: PageParser) -> tuple[int, ...]:
    """The elements from the page's root down to the story's container (empty when it has none)."""
    winner = judge(page).winner()
    chain: list[int] = []
    while winner is not None and winner != ROOT:
        chain.append(winner)
        winner = page.parent.get(winner)
    return tuple(reversed(chain))


def main_text(page: PageParser) -> tuple[str, ...]:
    """The page's main text as paragraphs, chosen as the module's docstring says."""
    judged = judge(page)
    return tuple(judged.texts[index] for index in story_blocks(page))


def story_blocks(page: PageParser) -> tuple[int, ...]:
    """The indexes in ``page.blocks`` of the main text's paragraphs (the story's start is the first)."""
    judged = judge(page)
    if judged.story is not None:
        return judged.story
    winner = judged.winner()
    if winner is None:
        judged.story = tuple(index for index, keep in enumerate(judged.content) if keep)
        return judged.story
    unit = _unwrapped(judged, winner)
    parent = page.parent.get(unit, ROOT)
    least = SIBLING_SHARE * judged.scores[unit]
    chosen = {unit} | {
        e for e, score in judged.scores.items() if page.parent.get(e) == parent and score >= least
    }
    out: list[int] = []
    for index, (block, text, keep) in enumerate(zip(page.blocks, judged.texts, judged.content, strict=True)):
        if not keep:
            continue
        if any(ancestor in chosen for ancestor in block.ancestors) or _sibling_paragraph(
            page, block, text, parent
        ):
            out.append(index)
    story = sorted(out + _gallery_captions(judged, out, parent))
    # A press release's boilerplate ("About the company", "Media contact", "###") ends its text.
    end = next(
        (at for at, index in enumerate(story) if at > 0 and ends_story(judged.texts[index])), len(story)
    )
    judged.story = tuple(story[:end])
    return judged.story


def _unwrapped(judged: _Judged, winner: int) -> int:
    """The story's container with the wrappers around it that hold nothing else (at most MAX_WRAPPERS, never
    an ``<article>`` or ``<main>``) when it holds a single paragraph: page builders wrap each paragraph
    alike, so the wrapper's siblings are the story's other paragraphs."""
    page = judged.page
    unit = winner
    held = [
        block
        for block, keep in zip(page.blocks, judged.content, strict=True)
        if keep and winner in block.ancestors
    ]
    if len(held) != 1:
        return winner  # a container of several paragraphs is no paragraph's wrapper
    regions = page.regions["article"] | page.regions["main"] | page.regions["articlebody"]
    for _ in range(MAX_WRAPPERS):
        parent = page.parent.get(unit, ROOT)
        if parent == ROOT or parent in regions or unit in regions:
            break
        others = [
            e
            for e, score in judged.scores.items()
            if score > 0 and page.parent.get(e) == parent and e != unit
        ]
        direct = any(
            keep and block.own == parent for block, keep in zip(page.blocks, judged.content, strict=True)
        )
        if others or direct:
            break
        unit = parent
    return unit


def _gallery_captions(judged: _Judged, story: Sequence[int], parent: int) -> list[int]:
    """The captions of a story told in pictures: those after the story's first block, inside the element
    around its blocks, when there are at least GALLERY_CAPTIONS sentences among them (a lone photo's caption
    "The old mill." is not the story)."""
    if not story:
        return []
    found = [
        index
        for index, block in enumerate(judged.page.blocks)
        if block.caption
        and not block.skipped
        and index > story[0]
        and (parent == ROOT or parent in block.ancestors)
        and _is_sentence(judged.texts[index])
    ]
    return found if len(found) >= GALLERY_CAPTIONS else []


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= CAPTION_SENTENCE_WORDS and bool(_SENTENCE_END_RE.search(text))


def _caption_text(text: str) -> str:
    """A caption without the credit written at its end ("... amarelo. Foto: Caio Menezes")."""
    return _CREDIT_TEXT_RE.sub("", text).strip()


def _sibling_paragraph(page: PageParser, block: Block, text: str, parent: int) -> bool:
    """A long paragraph beside the story's container (an intro above it, a last line below an advert)."""
    return (
        page.parent.get(block.own) == parent
        and len(text) >= SIBLING_PARAGRAPH_CHARS
        and block.link_chars <= 0.25 * block.chars
    )


def times_in(page: PageParser, near: Sequence[int] = ()) -> list[str]:
    """The page's ``<time datetime>`` values: outside nav/aside/footer first, and among them first those
    inside ``near`` (elements such as the story's article) and not after the story's last block (a teaser's
    or a comment's date there is their own)."""
    ordered = [time.value for time in page.times if not time.skipped]
    ordered += [time.value for time in page.times if time.skipped]
    if near:
        first = [time.value for time in story_times(page, near)]
        ordered = first + [value for value in ordered if value not in first]
    return ordered


def story_times(page: PageParser, near: Sequence[int]) -> list[TimeElement]:
    """The ``<time>`` elements inside ``near`` (the story's article or main) that stand before the story's
    last block: its date line's, not the teasers' and comments' below it, which are in ``<main>`` too."""
    wanted = set(near)
    story = story_blocks(page)
    end = story[-1] if story else len(page.blocks)
    return [
        time for time in page.times if not time.skipped and wanted & set(time.ancestors) and time.at <= end
    ]
