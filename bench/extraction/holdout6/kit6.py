"""Page shells of the sixth held-out set, written for it from scratch.

A story module calls :func:`page` with a page's texts (headline, story blocks, the site's furniture in the
page's language) and how its site marks an article up; the result is a :class:`Page` with the fields
``../holdout2/build_holdout2.py`` checks and writes. ``Page.story`` holds the text of each of the story's own
blocks (paragraphs, subheadings, list items, table cells, captions, questions and answers, live entries),
read the way the builder reads the page (lxml text joined with spaces), so its checks see what a reader sees.

Shells (``style``):

- ``semantic``: ``<header>``, ``<nav>``, ``<main>``, ``<article>``, ``<aside>``, ``<footer>`` with plain
  class names;
- ``hashed``: what CSS-in-JS framework sites emit: ``<div>`` soup with hashed class names (no "comment",
  "related", "newsletter" or "cookie" hint left) and a ``__NEXT_DATA__``-like JSON script;
- ``table``: an old CMS's table layout with ``<font>`` and ``<td>`` columns;
- ``aspnet``: the semantic shell inside an ASP.NET ``<form id="aspnetForm">`` with ``__VIEWSTATE``;
- ``amp``: an AMP page (``<html amp>``, ``amp-img``, boilerplate style).

Paragraphs (``para``) are ``<p>``, ``<div>`` or text separated by ``<br><br>`` in one container.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import json
from dataclasses import dataclass, field

import lxml.html


@dataclass
class Page:
    id: str
    url: str
    language: str
    declared_language: str | None
    title: str
    authors: list[str]
    published: str
    shapes: list[str]
    must_contain: list[str]
    must_not_contain: list[str]
    story: list[str] = field(default_factory=list)
    html: str = ""


@dataclass
class Block:
    kind: str  # p, h2, ul, ol, table, quote, fig, qa, live, raw
    html: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    extra: str = ""
    story: bool = True


def P(markup: str) -> Block:
    return Block("p", markup)


def H2(markup: str) -> Block:
    return Block("h2", markup)


def UL(*items: str, ordered: bool = False) -> Block:
    return Block("ol" if ordered else "ul", items=list(items))


def TABLE(caption: str, *rows: list[str]) -> Block:
    return Block("table", caption, rows=[list(r) for r in rows])


def QUOTE(markup: str, who: str = "") -> Block:
    """A pull quote (repeats the story; neither kept nor counted)."""
    return Block("quote", markup, extra=who, story=False)


def FIG(caption: str, credit: str, src: str = "photo.jpg", story: bool = True) -> Block:
    return Block("fig", caption, extra=credit, items=[src], story=story)


def QA(question: str, answer: str) -> Block:
    return Block("qa", answer, extra=question)


def LIVE(stamp: str, markup: str, heading: str = "") -> Block:
    return Block("live", markup, extra=stamp, items=[heading] if heading else [])


def RAW(markup: str) -> Block:
    """Anything inside the story container that is not story: boxes, adverts, embeds, "read also" links."""
    return Block("raw", markup, story=False)


def text_of(markup: str) -> str:
    """The text of an HTML fragment as the builder reads it (text nodes joined with spaces)."""
    if not markup.strip():
        return ""
    frag = lxml.html.fragment_fromstring(markup, create_parent="div")
    return " ".join(" ".join(frag.itertext()).split())


def jsonld(obj: object) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def metas(*pairs: tuple[str, str]) -> str:
    """``("og:title", "...")`` gives a property meta; ``("name:author", "...")`` a name meta."""
    out = []
    for key, value in pairs:
        v = htmllib.escape(value, quote=True)
        if key.startswith("name:"):
            out.append(f'<meta name="{key[5:]}" content="{v}">')
        else:
            out.append(f'<meta property="{key}" content="{v}">')
    return "\n".join(out)


class Namer:
    """Class names: readable on semantic pages, hashes on ``hashed`` ones."""

    def __init__(self, seed: str, hashed: bool, prefix: str = "sc-") -> None:
        self.seed, self.hashed, self.prefix = seed, hashed, prefix

    def __call__(self, role: str) -> str:
        if not self.hashed:
            return f'class="{role}"'
        h = hashlib.sha1(f"{self.seed}/{role}".encode()).hexdigest()
        return f'class="{self.prefix}{h[:6]} {h[6:12]}"'

    def tag(self, semantic: str) -> str:
        return "div" if self.hashed else semantic


def _blocks(blocks: list[Block], para: str, c: Namer) -> tuple[str, list[str]]:
    out: list[str] = []
    story: list[str] = []
    pending: list[str] = []  # <br><br> paragraphs waiting for their container

    def flush() -> None:
        if pending:
            out.append(f"<div {c('story-text')}>" + "\n<br><br>\n".join(pending) + "</div>")
            pending.clear()

    for b in blocks:
        if b.kind == "p" and para == "br":
            pending.append(b.html)
            story.append(text_of(b.html))
            continue
        flush()
        if b.kind == "p":
            tag = "p" if para == "p" else "div"
            out.append(f"<{tag} {c('para')}>{b.html}</{tag}>")
            story.append(text_of(b.html))
        elif b.kind == "h2":
            tag = "h2" if para != "br" else "b"
            out.append(f"<{tag} {c('subhead')}>{b.html}</{tag}>")
            story.append(text_of(b.html))
        elif b.kind in ("ul", "ol"):
            lis = "".join(f"<li>{i}</li>" for i in b.items)
            out.append(f"<{b.kind} {c('list')}>{lis}</{b.kind}>")
            story += [text_of(i) for i in b.items]
        elif b.kind == "table":
            head, *rest = b.rows
            ths = "".join(f"<th>{h}</th>" for h in head)
            trs = "".join("<tr>" + "".join(f"<td>{d}</td>" for d in r) + "</tr>" for r in rest)
            cap = f"<caption>{b.html}</caption>" if b.html else ""
            out.append(
                f"<table {c('data-table')}>{cap}<thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>"
            )
            story += [text_of(b.html)] + [text_of(d) for r in rest for d in r] + [text_of(h) for h in head]
        elif b.kind == "quote":
            who = f"<cite>{b.extra}</cite>" if b.extra else ""
            out.append(f"<blockquote {c('pullquote')}><p>{b.html}</p>{who}</blockquote>")
        elif b.kind == "fig":
            cap = f"<span {c('caption-text')}>{b.html}</span>" if b.html else ""
            out.append(
                f'<figure {c("figure")}><img src="/media/{b.items[0]}" alt="" width="800" height="533">'
                f"<figcaption {c('figcaption')}>{cap} <span {c('credit')}>{b.extra}</span></figcaption></figure>"
            )
            if b.story and b.html:
                story.append(text_of(b.html))
        elif b.kind == "qa":
            out.append(f"<p {c('question')}><strong>{b.extra}</strong></p>")
            out.append(f"<p {c('answer')}>{b.html}</p>")
            story += [text_of(b.extra), text_of(b.html)]
        elif b.kind == "live":
            head = f"<h3 {c('entry-title')}>{b.items[0]}</h3>" if b.items else ""
            tag = "p" if para == "p" else "div"
            out.append(
                f"<div {c('live-entry')}><span {c('entry-time')}>{b.extra}</span>{head}"
                f"<{tag} {c('entry-body')}>{b.html}</{tag}></div>"
            )
            if b.items:
                story.append(text_of(b.items[0]))
            story.append(text_of(b.html))
        else:
            out.append(b.html)
    flush()
    return "\n".join(out), story


def page(
    *,
    id: str,
    url: str,
    language: str,
    declared: str | None,
    site: str,
    title: str,
    blocks: list[Block],
    authors: list[str],
    published: str,
    shapes: list[str],
    must: list[str],
    must_not: list[str],
    style: str = "semantic",
    para: str = "p",
    doc_title: str | None = None,
    head: str = "",
    description: str = "",
    dir: str = "",
    nav: list[str] | None = None,
    breadcrumbs: list[str] | None = None,
    kicker: str = "",
    above: str = "",
    below: str = "",
    lead: str = "",
    after: str = "",
    comments_head: str = "",
    comments: list[tuple[str, str, str]] | None = None,
    comments_as_article: bool = False,
    teasers_head: str = "",
    teasers: list[tuple[str, str]] | None = None,
    cookie: str = "",
    cookie_button: str = "OK",
    cookie_wall: bool = False,
    footer: str = "",
    body_end: str = "",
    next_data: dict[str, object] | None = None,
    article_attrs: str = "",
    hash_prefix: str = "sc-",
) -> Page:
    hashed = style == "hashed"
    c = Namer(id, hashed, hash_prefix)
    story_html, story = _blocks(blocks, para, c)
    if lead:
        story.insert(0, text_of(lead))
    nav_html = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(nav or []))
    crumbs = ""
    if breadcrumbs:
        crumbs = (
            f'<{c.tag("nav")} {c("breadcrumbs")} aria-label="breadcrumb"><ol>'
            + "".join(f'<li><a href="/{i}">{b}</a></li>' for i, b in enumerate(breadcrumbs))
            + f"</ol></{c.tag('nav')}>"
        )
    teaser_html = ""
    if teasers:
        items = "".join(
            f'<{c.tag("article")} {c("teaser")}><a href="/t/{i}"><h3 {c("teaser-title")}>{h}</h3></a>'
            f"<span {c('teaser-date')}>{d}</span></{c.tag('article')}>"
            for i, (h, d) in enumerate(teasers)
        )
        teaser_html = f"<{c.tag('aside')} {c('related')}><h2 {c('related-head')}>{teasers_head}</h2>{items}</{c.tag('aside')}>"
    comment_html = ""
    if comments:
        parts = []
        for name, when, text in comments:
            if comments_as_article:
                parts.append(
                    f"<article {c('comment')}><header><b>{name}</b> <time>{when}</time></header><p>{text}</p></article>"
                )
            else:
                parts.append(
                    f"<div {c('comment')}><div {c('comment-meta')}><b>{name}</b> · <span>{when}</span></div>"
                    f"<div {c('comment-text')}>{text}</div></div>"
                )
        comment_html = (
            f'<{c.tag("section")} {c("comments")} id="{"c" + id[:3] if hashed else "comments"}">'
            f"<h2>{comments_head}</h2>{''.join(parts)}</{c.tag('section')}>"
        )
    cookie_html = ""
    if cookie:
        role = "cookie-wall" if cookie_wall else "cookie-banner"
        cookie_html = (
            f'<div {c(role)} role="dialog"><div {c(role + "-text")}>{cookie}</div>'
            f'<button type="button" {c("consent-accept")}>{cookie_button}</button></div>'
        )
    lead_html = f"<div {c('standfirst')}><p>{lead}</p></div>" if lead else ""
    kicker_html = f"<span {c('kicker')}>{kicker}</span>" if kicker else ""
    article = (
        f"<{c.tag('article')} {c('article')}{(' ' + article_attrs) if article_attrs else ''}>\n"
        f"<{c.tag('header')} {c('article-header')}>{kicker_html}{above}<h1 {c('headline')}>{title}</h1>{below}"
        f"</{c.tag('header')}>\n{lead_html}\n<div {c('article-body')}>\n{story_html}\n</div>\n{after}\n"
        f"</{c.tag('article')}>"
    )
    search = f'<form action="/search" {c("search")}><input type="search" name="q"></form>'
    if style == "aspnet":  # one form per ASP.NET page: the search box is a control of aspnetForm
        search = '<input type="text" name="ctl00$txtSearch" id="ctl00_txtSearch">'
    site_header = (
        f'<a href="#main" {c("skip-link")} aria-label="skip"></a>'
        f'<{c.tag("header")} {c("site-header")}><a href="/" {c("logo")}>{site}</a>'
        f"<{c.tag('nav')} {c('main-nav')}><ul>{nav_html}</ul></{c.tag('nav')}>"
        f"{search}</{c.tag('header')}>"
    )
    footer_html = f"<{c.tag('footer')} {c('site-footer')}><p>{footer}</p></{c.tag('footer')}>"
    lang_attr = f' lang="{declared}"' if declared else ""
    dir_attr = f' dir="{dir}"' if dir else ""
    desc = (
        f'<meta name="description" content="{htmllib.escape(description, quote=True)}">'
        if description
        else ""
    )
    tdoc = htmllib.escape(doc_title or f"{title} | {site}", quote=False)
    nd = ""
    if next_data is not None:
        nd = (
            '<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps(next_data, ensure_ascii=False)
            + "</script>"
        )

    if style == "table":
        body = (
            f'<table width="100%" border="0" cellpadding="0" cellspacing="0" {c("layout")}>'
            f'<tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="5"><b>{site}</b></font></td></tr>'
            f'<tr><td colspan="3">{crumbs}</td></tr>'
            f'<tr><td width="160" valign="top"><ul>{nav_html}</ul></td>'
            f'<td valign="top" width="600">{article}</td>'
            f'<td width="200" valign="top">{teaser_html}</td></tr>'
            f'<tr><td colspan="3">{comment_html}</td></tr>'
            f'<tr><td colspan="3" align="center"><font size="1">{footer}</font></td></tr></table>{cookie_html}'
        )
        return _finish(locals())
    if style == "amp":
        amp_head = (
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
            "<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>"
            "<style amp-custom>.story p{font-size:18px}</style>"
        )
        story_html_amp = article.replace("<img ", '<amp-img layout="responsive" ').replace(
            'height="533">', 'height="533"></amp-img>'
        )
        body = (
            f'{site_header}{crumbs}<main id="main">{story_html_amp}{teaser_html}{comment_html}</main>'
            f'{footer_html}<amp-consent id="consent" layout="nodisplay">{cookie_html}</amp-consent>'
        )
        head = amp_head + head
        return _finish(locals(), amp=True)
    main = f'<{c.tag("main")} id="main" {c("main")}>{crumbs}{article}{teaser_html}{comment_html}</{c.tag("main")}>'
    if hashed:
        body = (
            f'<div id="__next"><div {c("app")}>{site_header}{main}{footer_html}</div></div>{cookie_html}{nd}'
        )
    else:
        body = f"{site_header}{main}{footer_html}{cookie_html}"
    if style == "aspnet":
        body = (
            f'<form method="post" action="./Article.aspx?id={int(hashlib.sha1(id.encode()).hexdigest()[:4], 16)}" id="aspnetForm">'
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
            f'value="/wEPDwUKLTM{hashlib.sha1(id.encode()).hexdigest()}ZGQ=" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK8r1Yx" /></div>'
            f"{body}</form>"
        )
    return _finish(locals())


def _finish(v: dict[str, object], amp: bool = False) -> Page:
    html_attr = " amp" if amp else ""
    markup = (
        f'<!DOCTYPE html>\n<html{html_attr}{v["lang_attr"]}{v["dir_attr"]}>\n<head>\n<meta charset="utf-8">\n'
        f'<title>{v["tdoc"]}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="canonical" href="{v["url"]}">\n{v["desc"]}\n{v["head"]}\n</head>\n<body>\n{v["body"]}\n'
        f"{v['body_end']}\n</body>\n</html>\n"
    )
    shapes = list(v["shapes"])  # type: ignore[call-overload]
    auto = {
        "hashed": "hashed-classes",
        "table": "table-layout",
        "aspnet": "form",
        "amp": "amp",
    }
    if v["style"] in auto:
        shapes.append(auto[str(v["style"])])
    if v["para"] == "div":
        shapes.append("divs")
    if v["para"] == "br":
        shapes.append("no-p")
    if v["next_data"] is not None:
        shapes.append("next-data")
    declared = v["declared"]
    lang = str(v["language"])
    if not declared:
        shapes.append("lang-missing")
    elif str(declared).split("-")[0].lower() != lang.split("-")[0]:
        shapes.append("lang-wrong")
    seen: list[str] = []
    for s in shapes:
        if s not in seen:
            seen.append(s)
    return Page(
        id=str(v["id"]),
        url=str(v["url"]),
        language=lang,
        declared_language=declared if declared else None,  # type: ignore[arg-type]
        title=str(v["title"]),
        authors=list(v["authors"]),  # type: ignore[call-overload]
        published=str(v["published"]),
        shapes=seen,
        must_contain=list(v["must"]),  # type: ignore[call-overload]
        must_not_contain=list(v["must_not"]),  # type: ignore[call-overload]
        story=list(v["story"]),  # type: ignore[call-overload]
        html=markup,
    )
