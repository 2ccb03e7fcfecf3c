"""Properties of the readers: any input gives an Article or an ArticleError, and the bytes are never touched."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.article import ITEM_TYPES, Article
from archiver.error_codes import REGISTRY
from archiver.errors import ArchiverError, ArticleError
from archiver.sources import parse_bytes, parse_html
from archiver.sources.language import detect_language, normalize_bcp47

FAST = settings(max_examples=200, deadline=None)
FILENAMES = st.sampled_from(["a.txt", "a.html", "a", "a.xhtml", "a.bin"])


def parse_or_error(data: bytes, filename: str) -> Article | ArticleError:
    """parse_bytes, turning the one allowed exception into a value; anything else fails the test."""
    try:
        return parse_bytes(data, filename)
    except ArticleError as exc:
        assert exc.code.startswith("ARTICLE_")
        assert exc.where == filename
        return exc


def check_article(result: Article | ArticleError, data: bytes, filename: str) -> None:
    if isinstance(result, Article):
        assert result.source.data == data
        assert result.source.filename == filename
        assert result.parsed.title.strip() == result.parsed.title != ""
        assert all(paragraph.strip() for paragraph in result.parsed.body_paragraphs)


@FAST
@given(data=st.binary(max_size=2048), filename=FILENAMES)
def test_arbitrary_bytes(data: bytes, filename: str) -> None:
    check_article(parse_or_error(data, filename), data, filename)


@FAST
@given(
    text=st.text(max_size=600),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "gb18030"]),
    filename=FILENAMES,
)
def test_arbitrary_text_in_any_encoding(text: str, codec: str, filename: str) -> None:
    data = text.encode(codec, errors="ignore")
    check_article(parse_or_error(data, filename), data, filename)


HTML_PIECES = st.sampled_from(
    [
        "<html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<article>",
        "</article>",
        "<main>",
        "<p>",
        "</p>",
        "<br>",
        "<div>",
        "</div>",
        "<nav>",
        "</nav>",
        "<h1>",
        "</h1>",
        "<script>",
        "</script>",
        '<script type="application/ld+json">',
        '{"@type":"NewsArticle","headline":"H","author":[{"name":1}],"datePublished":"x"}',
        '{"@graph":[{"@id":"#a"},{"@type":"Article","publisher":{"@id":"#a"}}]}',
        '<meta property="og:title" content="T">',
        '<meta name="keywords" content=",,">',
        '<meta charset="utf-16">',
        '<link rel="canonical" href="">',
        '<time datetime="2020-02-30">',
        "<![CDATA[",
        "<!--",
        "-->",
        "<![ ",
        "&amp;",
        "&#0;",
        "\x00",
        "Text",
        " ",
        "\n",
    ]
)


PAGE_PIECES = [
    "<header>",
    "</header>",
    "<form>",
    "</form>",
    '<input type="email">',
    '<input type="hidden">',
    "<table><tr><td>",
    "<li>",
    "<ul>",
    "</ul>",
    "<dl><dt>",
    "<dd>",
    '<a rel="author" href="/a">',
    "</a>",
    "By Jane Doe and John Roe",
    "Von Jana Ebert",
    '<div itemscope itemtype="https://schema.org/NewsArticle">',
    '<span itemprop="author" itemscope>',
    '<span itemprop="name">',
    '<h1 itemprop="headline">',
    '<div itemprop="articleBody">',
    '<time itemprop="datePublished" datetime="2024-03-06T07:30:00+09:00">',
    '<link rel="canonical" href="https://x.example/2024/02/30/a">',
    "</script\n<div>",
    "</style x>",
    "<aside>",
    "<footer>",
]


@FAST
@given(pieces=st.lists(HTML_PIECES | st.text(max_size=20), max_size=40))
def test_html_like_input(pieces: list[str]) -> None:
    data = "<!doctype html>".join(["", "".join(pieces)]).encode("utf-8", errors="surrogatepass")
    check_article(parse_or_error(data, "page.html"), data, "page.html")


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=1, max_size=8)
SENTENCE = st.lists(WORD, min_size=3, max_size=12).map(lambda words: " ".join(words) + ".")
TITLE = st.lists(
    st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789,.'-:",
        min_size=1,
        max_size=10,
    ),
    min_size=1,
    max_size=10,
).map(" ".join)
SOURCE = (
    st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=8), min_size=1, max_size=4)
    .map(" ".join)
    .filter(lambda source: source.lower() not in ITEM_TYPES)
)
CREDIT = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ ", min_size=1, max_size=20).map(
    lambda inner: f"({inner.strip() or 'X'})"
)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str | None, str | None, list[str], list[str]]:
    """(title, source, item type, paragraphs, credits) of a well-formed article in the text layout."""
    title = draw(TITLE)
    source = draw(st.none() | SOURCE)
    # With a source line the type line always follows, so the source is never a guess.
    spelled = draw(st.sampled_from([t.upper() if i % 2 else t for i, t in enumerate(ITEM_TYPES)]))
    item_type = spelled if source is not None else draw(st.none() | st.just(spelled))
    paragraphs = draw(st.lists(SENTENCE, min_size=1, max_size=6))
    credits = draw(st.lists(CREDIT, max_size=3))
    return title, source, item_type, paragraphs, credits


@FAST
@given(
    article=articles(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
    stacked=st.booleans(),
)
def test_well_formed_text_articles(
    article: tuple[str, str | None, str | None, list[str], list[str]], newline: str, bom: bool, stacked: bool
) -> None:
    title, source, item_type, paragraphs, credits = article
    blocks = [title, *(line for line in (source, item_type) if line is not None), *paragraphs]
    if credits:
        blocks += ["\n".join(credits)] if stacked else credits
    text = "\n\n".join(blocks) + "\n"
    data = (codecs.BOM_UTF8 if bom else b"") + text.replace("\n", newline).encode("utf-8")

    parsed_article = parse_bytes(data, "story.txt")

    parsed = parsed_article.parsed
    assert parsed_article.source.data == data
    assert parsed_article.source.has_bom is bom
    assert parsed.title == " ".join(title.split())
    assert parsed.source == source
    assert parsed.item_type == (item_type.lower() if item_type else None)
    assert parsed.body_paragraphs == tuple(paragraphs)
    assert parsed.credit_lines == tuple(credits)
    assert parsed.warnings == ()


@FAST
@given(st.text(max_size=300))
def test_detect_language_never_fails(text: str) -> None:
    result = detect_language(text)
    assert result is None or normalize_bcp47(result) == result


@FAST
@given(st.text(max_size=30) | st.from_regex(r"[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,3}", fullmatch=True))
def test_normalize_bcp47_is_idempotent(tag: str) -> None:
    normalized = normalize_bcp47(tag)
    assert normalized is None or normalize_bcp47(normalized) == normalized


# --- the HTML reader: browsers show any page, so it never crashes (issue 16) --------------------------------


@FAST
@given(data=st.binary(max_size=4096), url=st.none() | st.text(max_size=60))
def test_the_html_reader_raises_only_its_documented_errors_on_any_bytes(data: bytes, url: str | None) -> None:
    """Any bytes given to the HTML reader: an Article, or an ArchiverError whose code is registered
    (docs/error-codes.md); never another exception."""
    try:
        article = parse_html(data, "page.html", url=url)
    except ArchiverError as exc:
        assert exc.code in REGISTRY, exc.code
        return
    check_article(article, data, "page.html")


BODY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t <>&/\"'=!-"),
    max_size=800,
)


@FAST
@given(text=BODY_TEXT, nuls=st.integers(min_value=0, max_value=2), charset=st.booleans())
def test_any_text_in_a_page_with_a_title_is_read(text: str, nuls: int, charset: bool) -> None:
    """Arbitrary text (markup characters included, a stray NUL or two) inside a titled page: no error at
    all, whatever the text does to the markup, and the bytes kept as given."""
    head = '<meta charset="utf-8">' if charset else ""
    filler = " plain words" * 20  # a page, not a few bytes: two NULs stay a small share of it
    page = f"<html><head>{head}<title>T</title></head><body>{text}{filler}{chr(0) * nuls}</body></html>"
    data = page.encode("utf-8")
    article = parse_html(data, "page.html")
    check_article(article, data, "page.html")
    assert "\x00" not in article.parsed.text


@FAST
@given(pieces=st.lists(HTML_PIECES | st.sampled_from(PAGE_PIECES) | st.text(max_size=20), max_size=60))
def test_page_shaped_input_never_crashes(pieces: list[str]) -> None:
    """Fragments of real page shapes (unclosed headers, forms, microdata, bylines, broken script ends) in
    any order: an Article or an ArticleError, never a crash."""
    data = "".join(pieces).encode("utf-8", errors="surrogatepass")
    check_article(parse_or_error(data, "page.html"), data, "page.html")
