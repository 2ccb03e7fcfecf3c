"""The HTML reader on the page shapes that used to break it (issue 16): main text, bylines, dates, titles.

Each test is one shape, written small: the page's furniture (menus, teasers, comments, sign-up boxes) around
a story, and what must and must not come out.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.article import ParsedArticle
from archiver.sources import parse_bytes

ONE = "The council approved the budget on Tuesday night after a debate that lasted more than four hours."
TWO = "The leader said the increase was the smallest the law allowed while protecting care services."
THREE = "Residents will receive their new bills in March, with a printed breakdown of where the money goes."
STORY = (ONE, TWO, THREE)
COMMENT = "Finally some good news this week."
TEASER = "Ice rink to stay open until April"
NAV = '<header class="site"><nav><ul><li><a href="/">Home</a></li><li><a href="/l">Local</a></li></ul></nav></header>'
FOOTER = "<footer><p>The Courier is published by Lakeside Media, Pier Road.</p></footer>"


def read(
    body: str, head: str = "<title>Budget agreed | The Courier</title>", url: str | None = None
) -> ParsedArticle:
    data = f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()
    return parse_bytes(data, "page.html", url=url).parsed


def paragraphs(*texts: str, tag: str = "p") -> str:
    return "".join(f"<{tag}>{text}</{tag}>" for text in texts)


def comments(tag: str = "article") -> str:
    return f"<section><h2>Comments</h2><{tag}><header><b>lakesider77</b></header><p>{COMMENT}</p></{tag}></section>"


# --- main text ----------------------------------------------------------------------------------------------


def test_comments_and_teasers_as_articles_do_not_win_over_the_story() -> None:
    teasers = (
        f"<div><article><h3><a href='/t'>{TEASER}</a></h3><p>Operators extend the season.</p></article></div>"
    )
    body = f"{NAV}{teasers}<main><article><h1>Budget agreed</h1><div>{paragraphs(*STORY)}</div></article>"
    body += f"{comments()}</main>{FOOTER}"
    assert read(body).body_paragraphs == STORY


def test_a_story_written_in_divs() -> None:
    body = f"{NAV}<main><div><h1>Budget agreed</h1><div>{paragraphs(*STORY, tag='div')}</div></div>"
    body += f"<div><h2>Comments</h2><div><b>margo</b><p>{COMMENT}</p></div></div></main>{FOOTER}"
    assert read(body).body_paragraphs == STORY


def test_list_items_and_table_cells_inside_the_story_are_kept() -> None:
    table = "<table><tr><th>Service</th><th>Budget</th></tr><tr><td>Adult social care</td><td>£41m</td></tr></table>"
    story = (
        f"{paragraphs(ONE, TWO)}<ul><li>Libraries move into community centres.</li></ul>{table}<p>{THREE}</p>"
    )
    parsed = read(f"<main><article><div>{story}</div></article></main>")
    assert "Libraries move into community centres." in parsed.body_paragraphs
    assert "Adult social care" in parsed.body_paragraphs
    assert parsed.body_paragraphs[:2] == (ONE, TWO) and parsed.body_paragraphs[-1] == THREE


def test_an_unclosed_header_hides_nothing() -> None:
    body = f'<header class="site"><nav><a href="/">Home</a></nav><main><article>{paragraphs(*STORY)}</article></main>'
    assert read(body).body_paragraphs == STORY


def test_a_closed_header_inside_the_article_is_furniture() -> None:
    body = f"<article><header><p>Local news</p></header>{paragraphs(*STORY)}</article>"
    assert read(body).body_paragraphs == STORY


def test_a_form_around_the_whole_page_hides_nothing() -> None:
    hidden = '<input type="hidden" name="__VIEWSTATE" value="abc">'
    search = '<div><input type="search" name="q"><button type="submit">Search</button></div>'
    body = f'<form id="aspnetForm" method="post">{hidden}{search}<main><article>{paragraphs(*STORY)}</article></main></form>'
    assert read(body).body_paragraphs == STORY


def test_a_newsletter_box_inside_the_story_is_left_out() -> None:
    box = '<div><p>Get the morning briefing in your inbox.</p><input type="email"><button>Sign up</button></div>'
    body = f"<article><div>{paragraphs(ONE, TWO)}{box}<p>{THREE}</p></div></article>"
    assert read(body).body_paragraphs == STORY


def test_link_lines_bylines_and_time_lines_are_left_out() -> None:
    furniture = (
        "<div><a href='/section'>Local</a></div><div>By <a rel='author' href='/a/1'>Martha Quill</a></div>"
        "<div><time datetime='2024-09-12T14:05:00+01:00'>12 Sep 2024, 14:05</time></div>"
    )
    read_also = f"<p><strong>Read also:</strong> <a href='/t'>{TEASER}</a></p>"
    body = f"<article>{furniture}<div>{paragraphs(ONE, TWO)}{read_also}<p>{THREE}</p></div></article>"
    assert read(body).body_paragraphs == STORY


def test_a_malformed_script_end_does_not_swallow_the_page() -> None:
    script = '<script>window.adSlots = [];</script\n<div class="ad" id="ad-top"></div>'
    body = f"{script}<main><article>{paragraphs(*STORY)}</article></main>"
    assert read(body).body_paragraphs == STORY


def test_paragraphs_without_end_tags_are_siblings() -> None:
    body = "<article><div>" + "".join(f"<p>{text}" for text in STORY) + "</div></article>"
    assert read(body).body_paragraphs == STORY


def test_a_page_without_paragraphs_gives_its_text_blocks_not_its_menus() -> None:
    story = "<br><br>".join(STORY)
    body = f"{NAV}<ul><li><a href='/a'>Archive</a></li><li><a href='/b'>About</a></li></ul><div><div>{story}</div></div>"
    parsed = parse_bytes(f"<title>T</title><body>{body}</body>".encode(), "page.html")
    assert parsed.parsed.body_paragraphs == STORY
    assert [w.code for w in parsed.parsed.warnings] == ["HTML_NO_PARAGRAPHS"]


# --- authors ------------------------------------------------------------------------------------------------


def test_byline_in_text_gives_the_authors() -> None:
    body = f"<article><div>By <a href='/a/1'>Martha Quill</a> and <a href='/a/2'>Deon Ashby</a></div>{paragraphs(*STORY)}</article>"
    assert read(body).authors == ("Martha Quill", "Deon Ashby")


def test_a_byline_in_a_teaser_above_the_story_does_not_win() -> None:
    teaser = f"<div><p><a href='/t'>{TEASER}</a></p><p>By Someone Else</p></div>"
    body = (
        f"{teaser}<main><article><p>Von Jana Ebert und Lukas Brandt</p>{paragraphs(*STORY)}</article></main>"
    )
    assert read(body).authors == ("Jana Ebert", "Lukas Brandt")


def test_rel_author_links_give_the_authors_when_no_byline_word_does() -> None:
    byline = (
        "<div><a rel='author' href='/a/1'>Martha Quill</a> · <a rel='author' href='/a/2'>Deon Ashby</a></div>"
    )
    assert read(f"<article>{byline}{paragraphs(*STORY)}</article>").authors == ("Martha Quill", "Deon Ashby")


def test_microdata_authors_of_the_article_and_not_of_its_comments() -> None:
    person = (
        "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<a href='/a/{n}'><span itemprop='name'>{name}</span></a></span>"
    )
    byline = person.format(n=1, name="Harriet Vance") + " and " + person.format(n=2, name="Colin Mbeki")
    comment = (
        "<div itemscope itemtype='https://schema.org/Comment'><span itemprop='author'>troll99</span>"
        f"<p itemprop='text'>{COMMENT}</p></div>"
    )
    headline = "<h1 itemprop='headline'>Council agrees budget</h1>"
    body = (
        f"<article itemscope itemtype='https://schema.org/NewsArticle'>{headline}<div>By {byline}</div>"
        f"<div itemprop='articleBody'>{paragraphs(*STORY)}</div></article>{comment}"
    )
    parsed = read(body)
    assert parsed.authors == ("Harriet Vance", "Colin Mbeki")
    assert parsed.title == "Council agrees budget"


def test_structured_authors_still_come_first() -> None:
    head = "<title>T</title><meta name='author' content='Meta Writer'>"
    assert read(f"<article><p>By Text Writer</p>{paragraphs(*STORY)}</article>", head).authors == (
        "Meta Writer",
    )


# --- dates --------------------------------------------------------------------------------------------------


def test_a_date_in_the_url_wins_over_a_teasers_time() -> None:
    trap = "<aside><time datetime='2023-11-02T08:00:00+00:00'>02/11/2023</time></aside>"
    head = "<title>T</title><link rel='canonical' href='https://news.example/2024/05/21/lead-pipes'>"
    parsed = read(f"<article>{paragraphs(*STORY)}</article>{trap}", head)
    assert parsed.published == datetime(2024, 5, 21)


def test_the_url_given_by_the_caller_is_read_for_its_date() -> None:
    parsed = read(f"<article>{paragraphs(*STORY)}</article>", url="https://news.example/news/20240305/story")
    assert parsed.published == datetime(2024, 3, 5)
    assert "DATE_WITHOUT_TIME" in [w.code for w in parsed.warnings]


def test_a_time_on_the_urls_day_gives_the_time_of_day() -> None:
    times = "<time datetime='2023-11-02T08:00:00+00:00'>old</time><time datetime='2024-05-21T06:30:00+02:00'>x</time>"
    parsed = read(
        f"<article>{times}{paragraphs(*STORY)}</article>", url="https://news.example/2024/05/21/story"
    )
    assert parsed.published == datetime(2024, 5, 21, 6, 30, tzinfo=timezone(timedelta(hours=2)))


def test_a_local_date_keeps_its_offset() -> None:
    head = '<title>T</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-06T07:30:00+09:00"}</script>'
    published = read(f"<article>{paragraphs(*STORY)}</article>", head).published
    assert published == datetime(2024, 3, 6, 7, 30, tzinfo=timezone(timedelta(hours=9)))
    assert published is not None and published.utcoffset() == timedelta(hours=9)
    assert published.date().isoformat() == "2024-03-06"  # not its UTC day, 5 March


def test_microdata_date_published() -> None:
    body = (
        "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<time itemprop='datePublished' datetime='2024-02-27T21:40:00+00:00'>27 Feb</time>"
        f"{paragraphs(*STORY)}</article>"
    )
    assert read(body).published == datetime(2024, 2, 27, 21, 40, tzinfo=UTC)


def test_a_time_in_the_story_wins_over_one_in_furniture_before_it() -> None:
    nav_time = "<nav><time datetime='2020-01-01'>today</time></nav>"
    body = f"{nav_time}<article><time datetime='2024-09-12T14:05:00+01:00'>12 Sep</time>{paragraphs(*STORY)}</article>"
    assert read(body).published == datetime(2024, 9, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))


# --- titles -------------------------------------------------------------------------------------------------


def test_a_title_that_is_the_h1_and_the_site_name_gives_the_h1() -> None:
    assert read(f"<article><h1>Budget agreed</h1>{paragraphs(*STORY)}</article>").title == "Budget agreed"


def test_a_title_that_is_not_the_h1_is_kept() -> None:
    head = "<title>Budget agreed after long debate</title>"
    assert (
        read(f"<h1>Budget agreed</h1>{paragraphs(*STORY)}", head).title == "Budget agreed after long debate"
    )


def test_an_h1_that_is_the_sites_logo_is_not_the_headline_but_names_the_site() -> None:
    """Old CMSs put the site's name in the only <h1> and the headline in a <td>: the title's other part,
    when the page shows it."""
    shown = "<table><tr><td class='contentheading'>Budget agreed after a long debate</td></tr></table>"
    for title in (
        "The Courier | Budget agreed after a long debate",
        "Budget agreed after a long debate - The Courier",
    ):
        body = f"<h1>The Courier</h1>{shown}<article>{paragraphs(*STORY)}</article>"
        assert read(body, f"<title>{title}</title>").title == "Budget agreed after a long debate"
        body = f"<h1>The Courier</h1><article>{paragraphs(*STORY)}</article>"
        assert (
            read(body, f"<title>{title}</title>").title == title
        )  # not shown: which part is which is unsure


def test_the_sites_name_is_taken_from_og_title_too() -> None:
    head = "<meta property='og:title' content='Budget agreed | The Courier'><title>Budget agreed</title>"
    assert (
        read(f"<article><h1>Budget agreed</h1>{paragraphs(*STORY)}</article>", head).title == "Budget agreed"
    )
    head = (
        "<meta property='og:site_name' content='The Courier Online'>"
        "<meta property='og:title' content='Budget agreed - The Courier'>"
    )
    assert read(f"<article>{paragraphs(*STORY)}</article>", head).title == "Budget agreed"


def test_a_title_whose_parts_are_no_site_name_is_kept_whole() -> None:
    head = "<title>Budget agreed - what it means for you</title>"
    assert (
        read(f"<article>{paragraphs(*STORY)}</article>", head).title
        == "Budget agreed - what it means for you"
    )


def test_a_hyphenated_word_is_no_separator() -> None:
    head = "<title>Covid-19 cases rise again</title>"
    assert (
        read(f"<h1>Covid</h1><article>{paragraphs(*STORY)}</article>", head).title
        == "Covid-19 cases rise again"
    )


def test_a_comments_microdata_date_is_not_the_articles() -> None:
    comment = (
        "<div itemscope itemtype='https://schema.org/Comment'>"
        "<time itemprop='datePublished' datetime='2025-01-01T00:00:00+00:00'>later</time><p>Nice.</p></div>"
    )
    body = f"<article><time datetime='2024-09-12T14:05:00+01:00'>12 Sep</time>{paragraphs(*STORY)}</article>{comment}"
    assert read(body).published == datetime(2024, 9, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))


# --- held-out misses (issue 16): bylines, dates in text, adverts, titles ------------------------------------


def test_a_byline_on_a_page_without_article_or_main() -> None:
    """Pages of <div>s have no <article> or <main> to look near first: the whole page is read."""
    body = f"{NAV}<div><h1>Budget agreed</h1><div>Von Jana Ebert und Lukas Brandt</div>"
    body += f"<div>{paragraphs(*STORY, tag='div')}</div></div>{FOOTER}"
    assert read(body).authors == ("Jana Ebert", "Lukas Brandt")


def test_a_byline_with_the_agency_after_a_pipe() -> None:
    body = f"<div><h1>Budget agreed</h1><span>By Hannah Okafor | Associated Press</span>{paragraphs(*STORY)}</div>"
    assert read(body).authors == ("Hannah Okafor",)


def test_a_date_line_under_the_headline_gives_the_day() -> None:
    body = f"<div><h1>Budget agreed</h1><div>By Colm Reddy<br>Published 5 March 2024</div>{paragraphs(*STORY)}</div>"
    parsed = read(body)
    assert parsed.published == datetime(2024, 3, 5)
    assert parsed.authors == ("Colm Reddy",)
    assert "DATE_WITHOUT_TIME" in [w.code for w in parsed.warnings]


def test_a_date_line_after_the_standfirst_and_byline() -> None:
    standfirst = "<h2>Il Cai locale ha installato pannelli e batterie: niente più generatore a gasolio.</h2>"
    meta = "<div><span>di Davide Mortarotti</span><br><span>Pubblicato il 14 novembre 2024 alle 18:40</span></div>"
    body = f"<div><h1>Un rifugio solare</h1>{standfirst}{meta}<div>{paragraphs(*STORY)}</div></div>"
    parsed = read(body, "<title>Un rifugio solare</title>")
    assert parsed.published == datetime(2024, 11, 14)
    assert parsed.authors == ("Davide Mortarotti",)


def test_a_japanese_date_line_above_a_story_without_paragraphs() -> None:
    story = "駅前商店街の入り口に立つ大時計が、半世紀ぶりに動き出した。<br><br>時計は1974年に設置されたが、翌年の落雷で止まったままになっていた。"
    body = f"<div><div><h1>商店街の古時計</h1></div><div>2024年6月3日</div><div>{story}</div></div>"
    assert read(body, "<title>商店街の古時計</title>").published == datetime(2024, 6, 3)


def test_a_date_in_the_text_takes_the_time_of_a_time_element_of_that_day() -> None:
    times = "<div><time datetime='2024-03-05T09:15:00+01:00'>9:15</time></div>"
    body = f"<div><h1>Budget agreed</h1><div>Published 5 March 2024</div>{paragraphs(*STORY)}</div>{times}"
    assert read(body).published == datetime(2024, 3, 5, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_dates_in_the_story_or_far_from_its_start_are_not_its_publication() -> None:
    late = "<p>1 April 2019</p>"  # a date of something else, far below the story's head
    body = f"<div><h1>Budget agreed</h1>{paragraphs(*STORY)}{paragraphs(ONE, TWO, THREE)}{late}</div>"
    assert read(body).published is None
    # ... unless it says it is the publication's: some pages print their date line below the story
    body = body.replace(late, "<p>Published 1 April 2019</p>")
    assert read(body).published == datetime(2019, 4, 1)
    prose = "<p>The council voted on 5 March 2024 to raise the tax by the most the law allowed this year.</p>"
    assert read(f"<div><h1>Budget agreed</h1>{prose}{paragraphs(*STORY)}</div>").published is None
    teaser = f"<div><p><a href='/t'>{TEASER}</a></p><p>2 November 2023</p></div>"
    assert read(f"{teaser}<div><h1>Budget agreed</h1>{paragraphs(*STORY)}</div>").published is None


def test_a_time_in_the_story_article_wins_over_a_date_in_text() -> None:
    body = (
        "<article><h1>Budget agreed</h1><div>Published 4 March 2024</div>"
        f"<time datetime='2024-03-05T10:00:00+00:00'>5 March</time>{paragraphs(*STORY)}</article>"
    )
    assert read(body).published == datetime(2024, 3, 5, 10, 0, tzinfo=UTC)


def test_an_advert_label_and_its_caption_are_left_out() -> None:
    advert = "<div class='x1'><b>Advertisement<br><i>Local plumber — no call-out fee this month</i></b></div>"
    body = f"<article>{paragraphs(ONE, TWO)}{advert}<p>{THREE}</p></article>"
    assert read(body).body_paragraphs == STORY


def test_a_sponsored_caption_in_spans_is_left_out() -> None:
    advert = (
        "<div><span>Anzeige</span><span>Anzeige: Jetzt Weinpaket mit 6 Flaschen bestellen</span>"
        "<div id='gpt'></div></div>"
    )
    body = f"<article>{paragraphs(ONE, TWO)}{advert}<p>{THREE}</p></article>"
    assert read(body).body_paragraphs == STORY


def test_a_paragraph_about_advertising_is_kept() -> None:
    about = (
        "Advertising revenue fell by a third, the publisher said, and the paper will close its print edition."
    )
    body = f"<article>{paragraphs(ONE, about, TWO, THREE)}</article>"
    assert read(body).body_paragraphs == (ONE, about, TWO, THREE)


def test_a_label_alone_in_the_storys_own_container_drops_only_itself() -> None:
    """A label's box is the advert's only when it is small: a story's container is not."""
    body = f"<article><div>{ONE}<br>Advertisement<br>{TWO}<br>{THREE}</div></article>"
    assert read(body).body_paragraphs == STORY


def test_a_title_with_a_section_and_the_site_name_gives_the_h1() -> None:
    head = "<title>The last lamplighter of Carrow Street | The Long Read | The Northfield Herald</title>"
    body = f"<article><h1>The last lamplighter of Carrow Street</h1>{paragraphs(*STORY)}</article>"
    assert read(body, head).title == "The last lamplighter of Carrow Street"


# --- RDFa (schema 1.3.0's rule "rdfa") ------------------------------------------------------------------


def test_rdfa_terms_read_schema_org_and_dublin_core_only() -> None:
    from archiver.sources.html_page import rdfa_terms

    assert rdfa_terms("schema:author dc:creator og:title") == ["author", "author"]
    assert rdfa_terms("https://schema.org/datePublished dcterms:modified") == [
        "datepublished",
        "datemodified",
    ]
    assert rdfa_terms("dc:date dc:created") == ["datepublished", "datepublished"]
    assert rdfa_terms("title date") == []  # Dublin Core names count only with its prefix
    assert rdfa_terms("headline") == ["headline"]  # schema.org's, bare under vocab
    assert rdfa_terms(None) == rdfa_terms("") == rdfa_terms("foaf:name") == []


def test_rdfa_lite_news_article_gives_headline_authors_and_dates() -> None:
    person = "<span property='author' typeof='Person'><span property='name'>{}</span></span>"
    body = (
        "<div vocab='https://schema.org/' typeof='WebPage'><div class='nav'>Home</div>"
        "<article typeof='NewsArticle'>"
        "<h1 property='headline'>Harbour bridge reopens</h1>"
        f"<p>By {person.format('Ines Marlowe')} and {person.format('Tomas Ek')}</p>"
        "<time property='datePublished' datetime='2024-03-06T07:30:00+09:00'>6 March</time>"
        "<meta property='dateModified' content='2024-03-07T10:00:00+09:00'>"
        f"<div property='articleBody'>{paragraphs(*STORY)}</div></article></div>"
    )
    parsed = read(body, "<title>Harbour bridge reopens | The Courier</title>")
    assert parsed.title == "Harbour bridge reopens"
    assert parsed.authors == ("Ines Marlowe", "Tomas Ek")
    assert parsed.published == datetime(2024, 3, 6, 7, 30, tzinfo=timezone(timedelta(hours=9)))
    assert parsed.modified == datetime(2024, 3, 7, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    sources = dict(parsed.field_sources)
    assert [sources[f] for f in ("title", "authors", "published", "modified")] == ["rdfa"] * 4


def test_drupal_dublin_core_rdfa_of_the_node_not_of_its_comments() -> None:
    """Drupal 7 marks a story ``sioc:Item foaf:Document`` and its comments ``sioc:Post sioct:Comment``,
    each with its own ``dc:title`` and ``dc:date``: the comment's, before the story here, must not win."""
    comment = (
        "<div typeof='sioc:Post sioct:Comment'><h3 property='dc:title'>Great news</h3>"
        "<span property='dc:date dc:created' content='2025-01-02T08:00:00+00:00'></span>"
        f"<span property='dc:creator'>troll99</span><p>{COMMENT}</p></div>"
    )
    node = (
        "<article typeof='sioc:Item foaf:Document'>"
        "<span property='dc:title' content='Council agrees the library budget'></span>"
        "<span property='dc:date dc:created' content='2024-05-21T09:15:00+02:00'></span>"
        "<div>By <span property='dc:creator'>Ada Lindqvist</span></div>"
        f"{paragraphs(*STORY)}</article>"
    )
    parsed = read(comment + node)
    assert parsed.title == "Council agrees the library budget"
    assert parsed.authors == ("Ada Lindqvist",)
    assert parsed.published == datetime(2024, 5, 21, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert dict(parsed.field_sources)["published"] == "rdfa"


@given(st.text(max_size=200))
def test_rdfa_terms_of_any_attribute_are_names_the_reader_knows(value: str) -> None:
    from archiver.sources.html_page import _RDFA_TERMS, rdfa_terms

    assert set(rdfa_terms(value)) <= set(_RDFA_TERMS.values())


def test_rdfa_review_findings_scopes_metas_and_names() -> None:
    """An articleBody <meta> does not make the whole page the article's body; a Person's name given by
    ``content`` is its author's; a comment's <meta> date is not the article's; a page-wide
    ``typeof="WebPage"`` hides no microdata."""
    from archiver.sources.html_page import ROOT, PageParser

    page = PageParser()
    page.feed(
        f"<body><meta property='schema:articleBody' content='x'><article>{paragraphs(*STORY)}</article>"
    )
    assert ROOT not in page.regions["articlebody"] and not page.regions["articlebody"]
    author = "<div property='author' typeof='Person'><meta property='name' content='Jane Doe'></div>"
    comment = (
        "<div typeof='Comment'><meta property='datePublished' content='2031-05-05T10:00:00Z'>"
        f"<p>{COMMENT}</p></div>"
    )
    parsed = read(
        f"<div vocab='https://schema.org/'><article typeof='NewsArticle'>{author}"
        f"{paragraphs(*STORY)}</article>{comment}</div>"
    )
    assert parsed.authors == ("Jane Doe",)
    assert parsed.published is None or parsed.published.year != 2031
    microdata = (
        "<article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<span itemprop='author'>Jane Roe</span>" + paragraphs(*STORY) + "</article>"
    )
    assert read(f"<div typeof='WebPage'>{microdata}</div>").authors == ("Jane Roe",)


def test_a_title_of_the_sites_name_then_the_headline_gives_the_h1() -> None:
    head = "<title>Karadere Haber | Council opens a new health centre</title>"
    body = f"<article><h1>Council opens a new health centre</h1>{paragraphs(*STORY)}</article>"
    parsed = read(body, head)
    assert parsed.title == "Council opens a new health centre" and dict(parsed.field_sources)["title"] == "h1"
    longer = "<title>The Karadere Valley News and Information Service | Budget</title>"
    assert read(f"<h1>Budget</h1>{paragraphs(*STORY)}", longer).title == (
        "The Karadere Valley News and Information Service | Budget"
    )  # a part before the headline that is longer than it is no site name: the <title> is kept


@pytest.mark.skipif(
    importlib.util.find_spec("lingua") is None,
    reason="the language extra (lingua) tells Polish from Croatian",
)
def test_a_month_word_two_languages_read_differently_is_read_in_the_story_language() -> None:
    """ "listopada" is November in Polish and October in Croatian: the story's language decides."""
    polish = (
        "Rada miasta zatwierdziła w czwartek budżet na przyszły rok po długiej i burzliwej debacie.",
        "Radni przegłosowali także nowe stawki za wywóz śmieci, które wejdą w życie od stycznia.",
        "Mieszkańcy otrzymają nowe rachunki pocztą razem z wyjaśnieniem, na co idą pieniądze.",
    )
    croatian = (
        "Gradsko vijeće u četvrtak je nakon duge i burne rasprave usvojilo proračun za sljedeću godinu.",
        "Vijećnici su izglasali i nove cijene odvoza otpada, koje će se primjenjivati od siječnja.",
        "Građani će nove račune dobiti poštom zajedno s objašnjenjem na što se troši novac.",
    )
    for story, month in ((polish, 11), (croatian, 10)):
        body = f"<div><h1>Budżet</h1><div>28 listopada 2024</div>{paragraphs(*story)}</div>"
        data = f"<!doctype html><html><head><title>Budżet</title></head><body>{body}</body></html>".encode()
        assert parse_bytes(data, "page.html").parsed.published == datetime(2024, month, 28)


def _figure(caption: str, credit: str = "<span class='credit'>Photo: Ola Berg</span>") -> str:
    return (
        f"<figure><img src='a.jpg' alt=''><figcaption><span>{caption}</span> {credit}</figcaption></figure>"
    )


GALLERY = (
    "The first boats were folded from old newspapers donated by the library.",
    "The team from Hill Street school won the race with a yellow boat.",
    "Volunteers fished the slower boats out of the reeds before dark.",
)


def test_a_story_told_in_captions_keeps_them_without_their_credits() -> None:
    figures = "".join(_figure(caption) for caption in GALLERY[:2])
    figures += _figure(GALLERY[2], credit="Foto: Ola Berg")  # a credit written in the caption's text
    body = f"{NAV}<main><article><h1>Paper boats</h1>{paragraphs(ONE)}{figures}{paragraphs(TWO)}</article>"
    body += f"{comments()}</main>{FOOTER}"
    text = read(body).text
    assert all(caption in text for caption in (*GALLERY, ONE, TWO))
    assert "Ola Berg" not in text
    assert COMMENT not in text


def test_a_lone_photo_caption_is_not_story_text() -> None:
    body = (
        f"<main><article><h1>Budget agreed</h1>{paragraphs(ONE)}{_figure(GALLERY[0])}{paragraphs(TWO, THREE)}"
    )
    body += "</article></main>"
    text = read(body).text
    assert ONE in text and THREE in text
    assert GALLERY[0] not in text


def test_paragraphs_each_wrapped_in_their_own_divs_are_all_kept() -> None:
    """Page builders wrap every paragraph in the same few <div>s: the wrapper's siblings are the story."""
    wrapped = "".join(
        f"<div class='block'><div class='block-content'><div class='html'>{text}</div></div></div>"
        for text in STORY
    )
    newsletter = (
        "<div class='block'><p>Get our news by e-mail.</p><input type='email'><button>Go</button></div>"
    )
    body = f"{NAV}<main><article><h1>Budget agreed</h1><div class='content'>{wrapped}{newsletter}</div>"
    body += f"</article>{comments('div')}</main>{FOOTER}"
    text = read(body).text
    assert all(sentence in text for sentence in STORY)
    assert COMMENT not in text and "Get our news" not in text


def test_a_teasers_time_below_the_story_does_not_beat_its_date_line() -> None:
    """Teasers and comments sit in <main> too: their <time>s are their own, not the story's."""
    teasers = (
        "<section><h2>More</h2><a href='/old'>Pool closed</a> <time datetime='2023-08-14'>14 Aug 2023</time>"
    )
    body = f"<main><article><h1>Budget agreed</h1><div>Published 5 March 2024</div>{paragraphs(*STORY)}</article>"
    body += f"{teasers}</section></main>"
    assert read(body).published == datetime(2024, 3, 5)
    above = "<div><time datetime='2024-03-05T09:15:00+01:00'>5 March, 9.15</time></div>"
    body = f"<main><article><h1>Budget agreed</h1>{above}{paragraphs(*STORY)}</article>{teasers}</section></main>"
    assert read(body).published == datetime(2024, 3, 5, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_authors_named_in_the_head_without_a_byline_word() -> None:
    head = (
        "<div><div><a href='/j/1'>Ingrid Movik</a> <span>Journalist</span></div>"
        "<div><a href='/j/2'>Ola Hjertaas</a> <span>Journalist</span></div></div>"
    )
    body = f"<main><article><h1>Snow closes the pass</h1>{head}{paragraphs(*STORY)}</article></main>"
    assert read(body).authors == ("Ingrid Movik", "Ola Hjertaas")
    listed = "<ul><li>Maria Lopez (Green)</li><li>Tom Berg (Labour)</li></ul>"  # in the story: candidates
    body = f"<main><article><h1>Candidates</h1>{paragraphs(ONE)}{listed}{paragraphs(TWO, THREE)}</article></main>"
    parsed = read(body)
    assert parsed.authors == ()
    assert "Maria Lopez (Green)" in parsed.text


def test_a_press_releases_boilerplate_and_an_agencys_copyright_are_not_story_text() -> None:
    about = "<p>About Vallmer Hydraulik</p><p>Vallmer was founded in 1962 and employs 950 people.</p>"
    contact = "<p>Media contact</p><p>Vallmer Hydraulik, Communications, press@vallmer.example</p>"
    body = (
        f"<main><article><h1>Vallmer opens a plant</h1>{paragraphs(*STORY)}{about}{contact}</article></main>"
    )
    text = read(body).text
    assert THREE in text and "founded in 1962" not in text and "press@" not in text
    body = f"<article><h1>Budget</h1>{paragraphs(*STORY)}<p>© 2024 Coastline Press. All rights reserved.</p></article>"
    assert "Coastline" not in read(body).text


def test_promotion_boxes_inside_the_story_are_not_story_text() -> None:
    named = "<div class='newsletter-inline'><strong>Get the Morning Brief.</strong> News in your inbox daily.</div>"
    hashed = (
        "<div class='css-0f9e8d'><strong>Reserved for subscribers.</strong> 60% left to read. "
        "<a href='/subscribe'>Subscribe from 1 EUR a month</a> <a href='/login'>Log in</a></div>"
    )
    body = (
        f"<main><article><h1>Budget</h1>{paragraphs(ONE)}{named}{paragraphs(TWO)}{hashed}{paragraphs(THREE)}"
    )
    text = read(body + "</article></main>").text
    assert all(sentence in text for sentence in STORY)
    assert "Morning Brief" not in text and "subscribers" not in text


def test_a_date_line_beside_the_story_is_not_story_text() -> None:
    meta = "<div>Published: 11 June 2024, 14.05 · Updated: 12 June 2024, 09.10</div>"
    body = (
        f"<main><article><h1>Budget</h1>{meta}<div class='body'>{paragraphs(*STORY)}</div></article></main>"
    )
    parsed = read(body)
    assert "Updated" not in parsed.text and parsed.published == datetime(2024, 6, 11)


def test_a_headline_above_the_byline_on_a_page_without_h1() -> None:
    """Old table layouts: the <title> names the site and the section, the headline is a bold cell."""
    table = (
        "<table><tr><td><b>CITY</b></td></tr><tr><td><b>Bridge reopens after eight months of works</b></td></tr>"
        f"<tr><td>By Reginaldo Tavares</td></tr><tr><td>{paragraphs(*STORY)}</td></tr></table>"
    )
    parsed = read(table, "<title>The Courier - News</title>")
    assert parsed.title == "Bridge reopens after eight months of works"
    assert dict(parsed.field_sources)["title"] == "text"
    # with the headline in the <title>, the <title> decides as before
    assert read(table, "<title>Bridge reopens after eight months of works</title>").title == (
        "Bridge reopens after eight months of works"
    )


def test_two_h1_the_sites_logo_and_the_headline() -> None:
    head = "<title>Bridge opens | Region | The Courier</title>"
    body = "<header><h1><a href='/'>The Courier</a></h1></header><main><article><h1>Bridge opens</h1>"
    body += f"{paragraphs(*STORY)}</article></main>"
    assert read(body, head).title == "Bridge opens"


def test_touching_spans_are_separate_words() -> None:
    meta = "<div><span>Door Femke Olthof</span><span>za 9 nov 2024, 14:32</span></div>"
    body = f"<main><article><h1>Veerpont</h1>{meta}{paragraphs(*STORY)}</article></main>"
    parsed = read(body)
    assert parsed.authors == ("Femke Olthof",)
    assert read("<article><h1>Budget</h1><p><b>W</b>ord by word, " + ONE + "</p></article>").text.startswith(
        "Word by word"
    )  # a word split by markup stays one word


def test_authors_from_links_to_their_pages_above_the_story() -> None:
    info = "<div><a href='/autor/peter-horvath'>Peter Horváth</a>, <a href='/autor/zuzana-k'>Zuzana Kollárová</a></div>"
    body = f"<main><article><h1>Twins born</h1>{info}{paragraphs(*STORY)}</article>"
    body += "<aside><a href='/autor/someone-else'>Someone Else</a></aside></main>"
    assert read(body).authors == ("Peter Horváth", "Zuzana Kollárová")


def test_an_embedded_post_and_a_boxed_advert_are_not_story_text() -> None:
    post = "<blockquote class='social-embed'><p>All schools are closed today because of the storm.</p></blockquote>"
    advert = "<div class='slot'><span>Advertisement</span><span>Sponsored: Save 20% on heaters</span></div>"
    asa = (
        "<p>Advertising Standards Authority ruled on Tuesday that the claims had misled customers again.</p>"
    )
    body = f"<main><article><h1>Storm</h1>{paragraphs(ONE)}{post}{paragraphs(TWO)}{advert}{asa}"
    text = read(body + f"{paragraphs(THREE)}</article></main>").text
    assert ONE in text and THREE in text and "Advertising Standards Authority ruled" in text
    assert "schools are closed" not in text and "heaters" not in text


def test_an_author_box_or_a_closing_signature_below_the_story() -> None:
    box = "<div><img src='a.jpg' alt=''><a href='/authors/oksana-hnatiuk'>Oksana Hnatiuk</a> <span>reporter</span></div>"
    body = f"<main><article><h1>Cheese dairy opens</h1>{paragraphs(*STORY)}{box}</article></main>"
    assert read(body).authors == ("Oksana Hnatiuk",)
    story = "町は開業に合わせて、地元の高校生が考えた朝食メニューも提供する予定だ。" * 4
    body = f"<main><article><h1>旧校舎が宿に</h1><div>{story}</div><div>\uff08田村健一\uff09</div></article></main>"
    assert read(body, "<title>旧校舎が宿に</title>").authors == ("田村健一",)


def test_a_date_line_right_above_the_headline() -> None:
    body = "<main><article><div>Venerdì 21 febbraio 2025, ore 17:12</div><h1>Chiude la latteria</h1>"
    body += f"<div>di Paolo Ferraris</div>{paragraphs(*STORY)}</article></main>"
    parsed = read(body)
    assert parsed.published == datetime(2025, 2, 21)
    assert parsed.authors == ("Paolo Ferraris",)


def test_a_slashed_date_below_the_story_in_its_language() -> None:
    story = (
        "As obras de requalificação da Rua Direita arrancam a 17 de março e vão durar cerca de oito meses.",
        "Durante os trabalhos, o trânsito automóvel será cortado e os peões terão passagens provisórias.",
        "A câmara municipal garante que o acesso às lojas e às garagens dos moradores será sempre mantido.",
    )
    body = f"<main><article><h1>Obras na Rua Direita</h1>{paragraphs(*story)}<p>Publicado em 07/03/2025</p>"
    data = (
        f"<!doctype html><html><head><title>Obras</title></head><body>{body}</article></main></body></html>"
    )
    assert parse_bytes(data.encode(), "page.html").parsed.published == datetime(2025, 3, 7)


def test_story_text_the_new_rules_must_keep() -> None:
    """The review's counter-examples, on whole pages: a subheading, a section break, paragraphs with a
    promotion's class, a sentence with a date, touching CJK spans."""
    heading = "<h2>Over the years</h2><p>***</p><p>Voting closes on 5 March 2024.</p>"
    body = (
        f"<main><article><h1>Budget</h1>{paragraphs(ONE)}{heading}{paragraphs(TWO, THREE)}</article></main>"
    )
    text = read(body).text
    assert all(
        piece in text for piece in (ONE, TWO, THREE, "Over the years", "Voting closes on 5 March 2024.")
    )
    wrapped = "".join(f"<div class='text-block-premium'><p>{sentence}</p></div>" for sentence in STORY)
    assert all(s in read(f"<main><article><h1>Budget</h1>{wrapped}</article></main>").text for s in STORY)
    japanese = (
        "<p><span>東京</span><span>都の人口は増え続けている。</span>"
        + "人口の増加は続いている。" * 6
        + "</p>"
    )
    assert "東京都の人口" in read(f"<article><h1>人口</h1>{japanese}</article>", "<title>人口</title>").text


def test_a_photo_caption_above_the_story_is_no_signature() -> None:
    caption = "<figure><img src='a.jpg' alt=''><figcaption>Keir Starmer (AFP)</figcaption></figure>"
    body = f"<main><article><h1>Budget</h1>{caption}{paragraphs(*STORY)}</article></main>"
    assert read(body).authors == ()
