"""The choice of a page's story among the blocks of text :mod:`archiver.sources.html_page` read.

:func:`main_text` chooses, as the extractors of the field do, by text density rather than by tag names alone,
because the tags lie: comments and teasers are ``<article>``s too, stories are written in ``<div>``s, lists
and tables, and class names are hashes. The rules, each for a page shape met in the wild:

* Each block of prose adds its length to its parent element, half of it to its grandparent and a third to
  the level above; the element with the most is the story's container (the third level lets a table or a
  list of many short cells win over any one of its cells). One inside the page's ``itemprop=articleBody``,
  else inside an ``<article>``, else inside ``<main>`` is preferred while it has at least half the best
  score (the publisher marked it). Sibling containers with a good share of that score, and long sibling
  paragraphs, join it (a story split around an advert); where the container is one paragraph's own wrapper
  ``<div>``s (page builders wrap each paragraph alike), the siblings of its outermost wrapper do.
* Everything inside the container is kept, ``<p>``, ``<div>``, ``<li>``, ``<td>`` and headings alike, except
  boilerplate: text inside ``nav``, ``aside``, ``footer``, ``noscript`` and the like; captions, unless the
  story is told in them (a photo gallery: two sentences or more in captions among its blocks), and then
  without their credits; a ``<header>`` closed by its own end tag (an unclosed one, which browsers render
  with the whole page inside it, hides nothing); a small box holding a form control (a newsletter sign-up;
  an ASP.NET ``<form>`` around the whole page is not small) or named a promotion (newsletter, paywall); a
  line that is mostly link text ("Read also: ...", share buttons, kickers), or a third links in a small box
  (a call to action); a line that is only a ``<time>``; a byline, a date line, a copyright line; an
  advert's label ("Advertisement", "Anzeige", "広告") with the caption beside it in its small box, and a
  paid caption ("Sponsored: ..."); and a press release's boilerplate, from its "About ..." or "Media
  contact" heading on.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from archiver.sources.html_page import MAX_TRACKED_DEPTH, ROOT, Block, PageParser, TimeElement
from archiver.sources.news import is_byline, is_date_line, opens_with_dateline
from archiver.sources.page_furniture import advert_label, ends_story, is_copyright_line

__all__ = ["main_text", "story_ancestors", "story_blocks", "story_times", "times_in"]

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
#: A loose line (not a <p>) in a small box with more than this share of link text is a call to action
#: ("... in your inbox. Sign up free", "Reserved for subscribers. Subscribe from 1 EUR").
PROMO_LINK_SHARE = 0.3
#: Elements sharing a promotion's class name this many times or more are the story's paragraphs.
REPEATED_PROMO_NAMES = 3


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
            box for box in (*page.control_boxes, *_promotions(page)) if text_of.get(box, 0) < FORM_BOX_CHARS
        }
        self.text_length = text_of  # each element's text length, for small boxes of links
        self.embeds = set(page.embeds)
        labels = [(block, advert_label(text)) for block, text in zip(page.blocks, self.texts, strict=True)]
        # A small box with an advert's label ("Anzeige", "広告") is the advert's: its caption goes with it.
        self.adverts = {
            block.own
            for block, kind in labels
            if kind == "label" and text_of.get(block.own, 0) < FORM_BOX_CHARS
        }
        self.ad_lines = {  # labels and captions; a label and its caption in one line: in a small box, not a <p>
            id(block)
            for block, kind in labels
            if kind in ("label", "caption")
            or (kind and block.kind == "text" and text_of.get(block.own, 0) < FORM_BOX_CHARS)
        }
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
        if id(block) in self.ad_lines or any(ancestor in self.adverts for ancestor in block.ancestors):
            return False  # an advert's label, and the text in its small box
        if self.embeds and any(ancestor in self.embeds for ancestor in block.ancestors):
            return False  # an embedded post's text is its author's
        if block.link_chars > LINK_DENSITY_LIMIT * block.chars or block.time_chars >= 0.8 * block.chars:
            return False
        if (
            block.kind == "text"
            and block.link_chars > PROMO_LINK_SHARE * block.chars
            and self.text_length.get(block.own, 0) < FORM_BOX_CHARS
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


def _promotions(page: PageParser) -> list[int]:
    """The page's promotion boxes (a class or id naming a newsletter, a paywall); not those whose name
    three or more elements share: they wrap the story's own paragraphs ("text-block-premium")."""
    names = Counter(name for _, name in page.promo_boxes)
    return [box for box, name in page.promo_boxes if names[name] < REPEATED_PROMO_NAMES]


#: Each page's blocks judged, kept while the page is.
_JUDGED: WeakKeyDictionary[PageParser, _Judged] = WeakKeyDictionary()


def judge(page: PageParser) -> _Judged:
    """The page's blocks judged (once: the main text, its byline and its date all ask)."""
    judged = _JUDGED.get(page)
    if judged is None:
        judged = _JUDGED[page] = _Judged(page)
    return judged


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
    judged.story = tuple(story[: _press_release_end(judged, story)])
    return judged.story


def _press_release_end(judged: _Judged, story: Sequence[int]) -> int:
    """Where a press release's text ends (an index into ``story``): at its end mark or its media contact's
    heading; at the heading of the issuer's self-description ("About ...") only in a press release, one
    whose first line opens with a dateline or whose text has such a mark below that heading."""
    marks = [(at, ends_story(judged.texts[index])) for at, index in enumerate(story) if at > 0]
    found = [(at, kind) for at, kind in marks if kind is not None]
    release = bool(story) and opens_with_dateline(judged.texts[story[0]])
    for at, kind in found:
        if kind == "end" or release or any(later == "end" for where, later in found if where > at):
            return at
    return len(story)


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
