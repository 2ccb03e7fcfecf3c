"""The HTML reader (stdlib only by default), its JSON-LD handling, and date parsing."""

from __future__ import annotations

import codecs
import importlib.util
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from archiver.article import Article
from archiver.errors import ArticleError
from archiver.sources import parse_bytes, read_path
from archiver.sources.dates import parse_date
from archiver.sources.decoding import html_declared_charset
from archiver.sources.html import find_article_node, parse_html, parse_jsonld

ARTICLES = Path(__file__).resolve().parent / "articles"


def page(head: str = "", body: str = "", *, lang: str = "") -> bytes:
    html_lang = f' lang="{lang}"' if lang else ""
    return f"<!doctype html><html{html_lang}><head>{head}</head><body>{body}</body></html>".encode()


def jsonld(payload: str) -> str:
    return f'<script type="application/ld+json">{payload}</script>'


def codes(article: Article) -> list[str]:
    return [warning.code for warning in article.parsed.warnings]


# --- the test pages -----------------------------------------------------------------------------------------


def test_jsonld_page() -> None:
    article = read_path(ARTICLES / "article_jsonld.html")
    parsed = article.parsed
    assert article.source.media_type == "text/html"
    assert article.source.encoding == "utf-8"
    assert article.source.data == (ARTICLES / "article_jsonld.html").read_bytes()
    assert parsed.title == "River barge carries first cargo in fifty years"  # JSON-LD headline beats og:title
    assert parsed.authors == ("Ines Gallo", "Tom Becker")
    assert parsed.published == datetime(2023, 6, 14, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    assert parsed.modified == datetime(2023, 6, 14, 10, 5, tzinfo=UTC)
    assert parsed.language == "en-GB"
    assert parsed.publisher == "The Valley Herald"  # resolved from {"@id": "#org"} in the @graph
    assert parsed.source_url == "https://herald.example/news/barge"
    assert parsed.subjects == ("rivers", "transport", "heritage", "Local")
    assert parsed.rights == "https://creativecommons.org/licenses/by/4.0/"
    assert parsed.description == "A restored barge delivered timber to the old wharf."
    # <article> paragraphs only: not nav, header, aside, script or footer text.
    assert parsed.body_paragraphs == (
        "A restored wooden barge delivered a load of timber to the old wharf on Wednesday, the first commercial "
        "cargo carried on the river since the 1970s.",
        "The barge was rebuilt over four years by a volunteer trust & a local boatyard.",
        "The trust hopes to run a regular service in summer.",
    )
    assert parsed.warnings == ()


def test_opengraph_page() -> None:
    article = read_path(ARTICLES / "article_opengraph.html")
    parsed = article.parsed
    assert parsed.title == "Un nouveau pont piéton relie les deux rives"
    assert parsed.authors == ("Marie Tremblay",)  # article:author is a URL: skipped
    assert parsed.published == datetime(2024, 5, 18)  # date only: naive midnight, with a warning
    assert parsed.modified is None
    assert parsed.language == "fr-CA"
    assert parsed.publisher == "Le Riverain"
    assert parsed.source_url == "https://riverain.example/2024/pont"
    assert parsed.subjects == ("pont", "urbanisme", "Transport")
    assert parsed.rights == "© Le Riverain"
    assert parsed.description == "Le pont a été inauguré samedi."
    assert parsed.body_paragraphs == (
        "Un pont réservé aux piétons et aux cyclistes a été inauguré samedi. Il relie les deux rives du quartier.",
        "Les travaux ont duré dix-huit mois.",  # an unclosed <p> still ends at </main>
    )
    assert codes(article) == ["DATE_WITHOUT_TIME", "DATE_UNPARSEABLE"]


def test_bare_page() -> None:
    article = read_path(ARTICLES / "article_bare.html")
    parsed = article.parsed
    assert parsed.title == "Snow closes mountain pass"  # <title> before <h1>
    assert parsed.body_paragraphs == (
        "The mountain pass was closed on Sunday after 40 centimetres of snow fell overnight.",
        "Road crews expect to reopen it on Tuesday.",
    )
    assert (parsed.authors, parsed.published, parsed.language, parsed.source_url) == ((), None, None, None)
    assert parsed.warnings == ()


def test_cp1252_page_with_http_equiv_charset() -> None:
    data = (ARTICLES / "article_cp1252.html").read_bytes()
    assert html_declared_charset(data) == "windows-1252"
    article = read_path(ARTICLES / "article_cp1252.html")
    assert article.source.encoding == "windows-1252"
    assert article.parsed.title == "Café owners welcome \u201cquiet street\u201d trial"
    assert article.parsed.body_paragraphs == (
        "Café owners on the high street welcomed the council\u2019s decision to close the road to cars on "
        "Sundays \u2013 a trial that costs \u20ac12,000.",
    )
    assert article.parsed.warnings == ()


# --- title and body choices ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            jsonld('{"@type":"NewsArticle","headline":"LD"}') + '<meta property="og:title" content="OG">',
            "",
            "LD",
        ),
        ('<meta property="og:title" content="OG"><title>T</title>', "<h1>H</h1>", "OG"),
        ("<title>  T \n x </title>", "<h1>H</h1>", "T x"),
        ("", "<h1>Only <em>the</em> heading</h1><p>x</p>", "Only the heading"),
        ("<title>T</title>", "<svg><title>icon</title></svg>", "T"),
    ],
)
def test_title_priority(head: str, body: str, title: str) -> None:
    assert parse_html(page(head, body), "p.html").parsed.title == title


def test_page_without_title_is_refused() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_html(page("", "<p>text only</p>"), "untitled.html")
    assert (caught.value.code, caught.value.where) == ("ARTICLE_NO_TITLE", "untitled.html")


def test_main_is_used_when_there_is_no_article() -> None:
    body = "<p>Outside</p><main><p>Inside one</p><p>Inside two</p></main><p>After</p>"
    parsed = parse_html(page("<title>T</title>", body), "p.html").parsed
    assert parsed.body_paragraphs == ("Inside one", "Inside two")


def test_itemprop_article_body_counts_as_article() -> None:
    body = '<p>Teaser</p><div itemprop="articleBody"><p>Real text</p><div><p>More</p></div></div><p>Ad</p>'
    parsed = parse_html(page("<title>T</title>", body), "p.html").parsed
    assert parsed.body_paragraphs == ("Real text", "More")


def test_page_without_paragraphs_falls_back_to_blocks() -> None:
    body = "<h1>Heading</h1><div>First block of text.</div><div>Second<br>block.</div><nav>Menu</nav>"
    article = parse_html(page("<title>T</title>", body), "p.html")
    assert article.parsed.body_paragraphs == ("First block of text.", "Second", "block.")
    assert codes(article) == ["HTML_NO_PARAGRAPHS"]


def test_html_dateline_in_first_paragraph() -> None:
    body = "<article><p>NAIROBI, Kenya (AP) — Rains returned.</p></article>"
    parsed = parse_html(page("<title>T</title>", body), "p.html").parsed
    assert parsed.dateline is not None and parsed.dateline.agency == "AP"


def test_malformed_marked_section_does_not_stop_the_parser() -> None:
    parsed = parse_html(page("<title>T</title>", "<![ odd <p>Text</p>"), "p.html").parsed
    assert parsed.title == "T"
    assert parsed.body_paragraphs[-1] == "Text"


# --- JSON-LD ------------------------------------------------------------------------------------------------


def test_jsonld_list_and_prefixed_type() -> None:
    head = jsonld(
        '[{"@type":"WebSite","name":"Site"},'
        '{"@type":"schema:ReportageNewsArticle","headline":"Listed","author":"Solo Writer",'
        '"publisher":"Plain Name","keywords":["a","b"],"inLanguage":"PT_br"}]'
    )
    parsed = parse_html(page(head, "<p>x</p>"), "p.html").parsed
    assert parsed.title == "Listed"
    assert parsed.authors == ("Solo Writer",)
    assert parsed.publisher == "Plain Name"
    assert parsed.subjects == ("a", "b")
    assert parsed.language == "pt-BR"


def test_invalid_jsonld_only_warns() -> None:
    head = jsonld('{"@type": "NewsArticle", "headline": ') + "<title>Fallback</title>"
    article = parse_html(page(head, "<p>x</p>"), "p.html")
    assert article.parsed.title == "Fallback"
    assert codes(article) == ["JSONLD_INVALID"]


def test_jsonld_in_html_comment_and_entities() -> None:
    head = jsonld(
        '<!-- {"@type":"BlogPosting","headline":"Fish &amp; chips","author":{"name":"A. Cook"}} -->'
    )
    parsed = parse_html(page(head, "<p>x</p>"), "p.html").parsed
    assert parsed.title == "Fish & chips"
    assert parsed.authors == ("A. Cook",)


def test_find_article_node_ignores_other_types() -> None:
    nodes, warnings = parse_jsonld(
        ['{"@graph":[{"@type":"Person","name":"x"},{"@type":["Thing","Article"]}]}']
    )
    assert warnings == ()
    assert find_article_node(nodes) == {"@type": ["Thing", "Article"]}
    assert find_article_node(nodes[:1]) is None


# --- other metadata -----------------------------------------------------------------------------------------


def test_relative_canonical_warns_and_falls_through() -> None:
    head = '<title>T</title><link rel="canonical" href="/news/1"><meta property="og:url" content="https://x.example/1">'
    article = parse_html(page(head, "<p>x</p>"), "p.html")
    assert article.parsed.source_url == "https://x.example/1"
    assert codes(article) == ["URL_NOT_ABSOLUTE"]


def test_invalid_language_warns() -> None:
    article = parse_html(page("<title>T</title>", "<p>x</p>", lang="english"), "p.html")
    assert article.parsed.language is None
    assert codes(article) == ["LANGUAGE_INVALID"]


def test_time_element_gives_published() -> None:
    body = '<article><time datetime="2022-01-02T03:04:05Z">Jan 2</time><p>x</p></article>'
    parsed = parse_html(page("<title>T</title>", body), "p.html").parsed
    assert parsed.published == datetime(2022, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_unparseable_date_falls_through_to_the_next_source() -> None:
    head = (
        jsonld('{"@type":"NewsArticle","headline":"H","datePublished":"yesterday"}')
        + '<meta property="article:published_time" content="2021-03-04T05:06:07-05:00">'
    )
    article = parse_html(page(head, "<p>x</p>"), "p.html")
    assert article.parsed.published == datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=-5)))
    assert codes(article) == ["DATE_UNPARSEABLE"]


# --- encodings ----------------------------------------------------------------------------------------------


def test_meta_charset_is_used_for_non_utf8() -> None:
    data = '<html><head><meta charset="iso-8859-1"><title>Noël</title></head><body><p>é</p></body></html>'
    article = parse_bytes(data.encode("latin-1"), "p.html")
    assert article.source.encoding == "windows-1252"  # browsers read Latin-1 labels as windows-1252
    assert article.parsed.title == "Noël"
    assert article.parsed.warnings == ()


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    data = '<html><head><meta charset="windows-1252"><title>Noël</title></head><body><p>x</p></body></html>'
    article = parse_bytes(data.encode("utf-8"), "p.html")
    assert article.source.encoding == "utf-8"
    assert article.parsed.title == "Noël"
    assert codes(article) == ["ENCODING_DECLARED_IGNORED"]


def test_utf16_page_with_bom() -> None:
    markup = "<!DOCTYPE html><html><head><title>Ünïcode</title></head><body><p>Ok</p></body></html>"
    article = parse_bytes(codecs.BOM_UTF16_LE + markup.encode("utf-16-le"), "page.bin")
    assert article.source.media_type == "text/html"
    assert article.source.encoding == "utf-16-le"
    assert article.parsed.title == "Ünïcode"


def test_unknown_declared_charset_warns() -> None:
    data = b'<html><head><meta charset="klingon-8"><title>T</title></head><body><p>x\xe9</p></body></html>'
    article = parse_bytes(data, "p.html")
    assert article.source.encoding == "windows-1252"
    assert codes(article) == ["ENCODING_DECLARED_UNKNOWN", "ENCODING_ASSUMED"]


# --- trafilatura (optional) ---------------------------------------------------------------------------------


def test_trafilatura_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(markup: str) -> tuple[str, ...]:
        raise AssertionError("trafilatura must not run unless asked")

    monkeypatch.setattr("archiver.sources.html._trafilatura_paragraphs", boom)
    assert parse_bytes((ARTICLES / "article_jsonld.html").read_bytes(), "a.html").parsed.body_paragraphs


def test_trafilatura_missing_falls_back_with_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("archiver.sources.html._trafilatura_paragraphs", lambda markup: None)
    article = parse_html(page("<title>T</title>", "<p>Body</p>"), "p.html", use_trafilatura=True)
    assert article.parsed.body_paragraphs == ("Body",)
    assert codes(article) == ["TRAFILATURA_UNAVAILABLE"]
    # The metadata says who really extracted the text: the built-in reader, not trafilatura.
    assert dict(article.parsed.field_sources)["main_text"] == "archiver-html-reader"
    assert [name for name, _ in article.parsed.tools] == ["archiver-html-reader"]


@pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="trafilatura is not installed")
def test_trafilatura_extracts_when_asked() -> None:
    data = (ARTICLES / "article_jsonld.html").read_bytes()
    article = parse_html(data, "a.html", use_trafilatura=True)
    assert any("restored wooden barge" in paragraph for paragraph in article.parsed.body_paragraphs)
    assert article.parsed.title == "River barge carries first cargo in fifty years"


# --- dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "warning"),
    [
        ("2017-09-05T10:20:30Z", datetime(2017, 9, 5, 10, 20, 30, tzinfo=UTC), None),
        (
            "2017-09-05T10:20:30+08:00",
            datetime(2017, 9, 5, 10, 20, 30, tzinfo=timezone(timedelta(hours=8))),
            None,
        ),
        (
            "2017-09-05 10:20:30 +0800",
            datetime(2017, 9, 5, 10, 20, 30, tzinfo=timezone(timedelta(hours=8))),
            None,
        ),
        ("2017-09-05T10:20:30", datetime(2017, 9, 5, 10, 20, 30), None),  # no offset: stays naive
        ("2017-09-05", datetime(2017, 9, 5), "DATE_WITHOUT_TIME"),
        ("Tue, 05 Sep 2017 10:20:30 GMT", datetime(2017, 9, 5, 10, 20, 30, tzinfo=UTC), None),
        ("05/09/2017", None, "DATE_UNPARSEABLE"),
        ("2017-13-45", None, "DATE_UNPARSEABLE"),
        (
            "9999-12-31T23:59:59-23:59",
            datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=23, minutes=59))),
            None,
        ),
        ("", None, None),
        (None, None, None),
    ],
)
def test_parse_date(value: str | None, expected: datetime | None, warning: str | None) -> None:
    parsed, warnings = parse_date(value, field="published")
    assert parsed == expected
    if expected is not None and expected.tzinfo is not None:
        assert parsed is not None and parsed.utcoffset() == expected.utcoffset()
    assert [w.code for w in warnings] == ([warning] if warning else [])
