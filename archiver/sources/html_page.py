"""One pass over an HTML page: what it says about itself, and every run of its text with where it stood.

:class:`PageParser` reads the page once (the standard library's tolerant ``html.parser``) and collects the
head's metadata, the JSON-LD blocks, microdata and RDFa (``author`` and ``headline`` inside an article's
scope), ``rel=author`` links, ``<time>`` values, and every run of text as a :class:`Block`: a ``<p>``, or the
text of a ``<div>``, ``<li>``, ``<td>``, heading and the like, split at block boundaries and ``<br>``. Each
block remembers where it stood (its open elements, whether inside a caption, navigation or the like), so
that :mod:`archiver.sources.story` can choose the story afterwards, when the whole page is known.

A malformed ``</script`` (no ``>``) ends the script where a browser ends it, at the next ``>``, instead of
swallowing the rest of the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from archiver.article import ReadWarning

__all__ = [
    "ARTICLE_TYPES",
    "Block",
    "PageParser",
    "collapse",
    "run_parser",
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
#: Elements whose text is never article body: code, navigation, page furniture, controls. A ``<header>``
#: is judged once the page is read, a ``<form>`` by its size (:mod:`archiver.sources.story`).
_SKIPPED = _names("script style nav aside footer noscript template svg button select textarea iframe dialog")
#: A figure's caption: story text only where the story is told in captions (a photo gallery, see
#: :func:`archiver.sources.story.story_blocks`); its credit ("Foto: A. Name", class "credit") never is.
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

#: Class names and ids of promotion boxes (a newsletter sign-up, a paywall's offer) inside a story: their
#: text is the publisher's, not the story's, when the box is small (:mod:`archiver.sources.story`).
_PROMO_RE = re.compile(r"newsletter|paywall|subscri|sign-?up|promo|regwall|upsell|membership|piano", re.I)
#: Scripts written without spaces between words: CJK ideographs, kana, Hangul, Thai.
_UNSPACED_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: Class names of an embedded social-network post (a tweet's ``blockquote.twitter-tweet``).
_EMBED_RE = re.compile(
    r"twitter-tweet|social-embed|instagram-media|tiktok-embed|fb-post|embedded-post|bluesky-embed|"
    r"mastodon-embed|threads-embed",
    re.I,
)
#: A link to an author's own page (``/author/jane-doe``, ``/autor/peter-horvath``, ``/journalist/imovik``):
#: its text is an author's name where it stands above the story.
_AUTHOR_PAGE_RE = re.compile(
    r"/(?:author|authors|autor|autoren|autori|autore|auteur|auteurs|autores|journalist|journalisten|"
    r"reporter|redakteur|redaktor|giornalisti|periodista|writer|writers|columnist|profil/autor)/[^/?#]+/?(?:[?#]|$)",
    re.I,
)
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
    at: int = 0  # how many blocks came before the element


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
        self.h1_parent: int | None = None  # the element around that <h1>
        self.h1s: list[tuple[str, int, int]] = []  # every <h1>'s text, blocks before it, element around it
        self._h1_parts: list[str] | None = None
        self._h1_start = (0, ROOT)
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
        self.author_links: list[tuple[str, int]] = []  # links to an author's page: text, blocks before
        self.embeds: list[int] = []  # embedded posts of social networks (their text is the post's)
        self._after_inline_end = False  # the last event closed an inline element: "</span><span>"
        self._credits: list[int] = []  # the stack depths of the open credit elements inside captions
        self.promo_boxes: list[tuple[int, str]] = []  # elements whose class or id names a promotion: id, name

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
        if tag in _INLINE and self._after_inline_end:
            self._space_between_inlines(tag)
        self._after_inline_end = False
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
        elif tag == "h1" and self._h1_parts is None:
            self._h1_parts = []
            self._h1_start = (len(self.blocks), self.ids[-1] if self.ids else ROOT)
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
        named = f"{attr.get('class', '')} {attr.get('id', '')}"
        if tag not in ("html", "body", "p") and _PROMO_RE.search(
            named
        ):  # a <p> is a paragraph, whatever its class
            self.promo_boxes.append((ident, named))
        if _EMBED_RE.search(named):
            self.embeds.append(ident)
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
        elif tag == "a" and _AUTHOR_PAGE_RE.search(attr.get("href", "")) and not self._inside[_IN_SKIPPED]:
            # (a "more from our writers" strip in a <nav> or <aside> names other stories' writers)
            self._captures.append(_Capture("author-page", depth, at=len(self.blocks)))
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

    def _space_between_inlines(self, tag: str) -> None:
        """A space between two inline elements that touch ("<span>Door Femke Olthof</span><span>za 9 nov
        2024</span>"): pages space them with style sheets; read as one word, a name takes the next word in.
        A word split by markup ("<b>W</b>ord") has text, not a start tag, after the end tag; scripts
        written without spaces (CJK, Thai) get none, nor a superscript ("5<sup>th</sup>")."""
        block = self._para or self._loose
        last = block.parts[-1][-1:] if block is not None and block.parts else ""
        if (
            block is not None
            and last.isalnum()
            and tag not in ("sup", "sub")
            and not _UNSPACED_RE.match(last)
        ):
            block.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self._after_inline_end = tag in _INLINE and bool(self._open[tag])
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
        elif capture.kind == "author-page" and text:
            self.author_links.append((text, capture.at))

    def _end_text(self, closed: str) -> None:
        if closed == "h1" and self._h1_parts is not None:
            text = collapse("".join(self._h1_parts))
            if text:
                self.h1s.append((text, *self._h1_start))
                if self.h1 is None:
                    self.h1, (self.h1_at, self.h1_parent) = text, self._h1_start
            self._h1_parts = None
        elif closed == "title" and self._title_parts is not None:
            self.title = collapse("".join(self._title_parts))
            self._title_parts = None
        elif closed == "script" and self._jsonld_parts is not None:
            self.jsonld.append("".join(self._jsonld_parts))
            self._jsonld_parts = None

    def handle_data(self, data: str) -> None:
        if data:
            self._after_inline_end = False
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
