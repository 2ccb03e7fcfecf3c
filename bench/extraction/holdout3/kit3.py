"""Page shells of the third held-out set, written from scratch for it.

A page is described by a dict (see ``stories3_*.py``) and dressed by :func:`build` into the markup of one
kind of site: ``ghost``, ``hugo``, ``squarespace``, ``substack``, ``joomla`` (an old PHP CMS with table
layout), ``tv`` (broadcaster with a video player), ``magazine`` (long-read, drop cap, pull quotes), ``gov``
(local-government news), ``press`` (press-release page), ``sports`` (match report), ``obituary``,
``updated`` (news page with "Updated" lines and a correction note) and ``wire`` (syndicated agency story).

The story is a list of items: a ``str`` is a paragraph; tuples are ``("h2", text)``, ``("ul", [items])``,
``("table", [[cells], ...])``, ``("fig", caption, credit)``, ``("quote", text)`` (pull quote repeating a
sentence), ``("dropcap", text)``, ``("box", html)`` (furniture inside the story container) and
``("readalso", label, headline)``.
"""

from __future__ import annotations

import html as _html
import json
from dataclasses import dataclass, field

esc = _html.escape


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
    html: str
    story: list[str] = field(default_factory=list)


# --- metadata helpers -------------------------------------------------------------------------------------


def jsonld(spec: dict, kind: str = "NewsArticle", graph: bool = False, modified: str | None = None) -> str:
    data: dict = {
        "@type": kind,
        "headline": spec["title"],
        "datePublished": spec["published"],
        "author": [{"@type": "Person", "name": n} for n in spec["authors"]],
        "publisher": {"@type": "Organization", "name": spec["site"]},
        "mainEntityOfPage": spec["url"],
    }
    if modified:
        data["dateModified"] = modified
    if graph:
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": spec["site"], "url": spec["url"].split("/", 3)[:3][-1]},
                data,
            ],
        }
    else:
        data = {"@context": "https://schema.org", **data}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def opengraph(spec: dict, title: str | None = None, modified: str | None = None) -> str:
    parts = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(title or spec["title"])}">',
        f'<meta property="og:site_name" content="{esc(spec["site"])}">',
        f'<meta property="og:url" content="{esc(spec["url"])}">',
        f'<meta property="article:published_time" content="{spec["published"]}">',
    ]
    if modified:
        parts.append(f'<meta property="article:modified_time" content="{modified}">')
    for name in spec["authors"]:
        parts.append(f'<meta name="author" content="{esc(name)}">')
    return "\n".join(parts)


def md_author(name: str) -> str:
    return (
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name">{esc(name)}</span></span>'
    )


def md_time(iso: str, shown: str) -> str:
    return f'<time itemprop="datePublished" datetime="{iso}">{esc(shown)}</time>'


MICRODATA = 'itemscope itemtype="https://schema.org/NewsArticle"'


# --- story rendering --------------------------------------------------------------------------------------


def render_story(items: list, style: str) -> tuple[str, list[str]]:
    """Markup of the story and its own text blocks (for the checks)."""
    out: list[str] = []
    blocks: list[str] = []
    for item in items:
        if isinstance(item, str):
            blocks.append(item)
            if style == "p":
                out.append(f"<p>{esc(item)}</p>")
            elif style == "div":
                out.append(f'<div class="text-block">{esc(item)}</div>')
            elif style == "sqs":
                out.append(
                    '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">'
                    f'<div class="sqs-html-content">{esc(item)}</div></div></div>'
                )
            elif style == "br":
                out.append(esc(item) + "<br><br>")
            continue
        tag = item[0]
        if tag == "h2":
            blocks.append(item[1])
            out.append(f"<h2>{esc(item[1])}</h2>" if style != "br" else f"<b>{esc(item[1])}</b><br><br>")
        elif tag == "ul":
            blocks.extend(item[1])
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in item[1]) + "</ul>")
        elif tag == "table":
            rows = item[1]
            blocks.extend(c for r in rows for c in r)
            head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table class="stats"><thead>{head}</thead><tbody>{body}</tbody></table>')
        elif tag == "fig":
            blocks.append(item[1])
            out.append(
                f'<figure class="gallery-item"><img src="/img/{len(out)}.jpg" alt="">'
                f'<figcaption><span class="caption">{esc(item[1])}</span> '
                f'<span class="credit">{esc(item[2])}</span></figcaption></figure>'
            )
        elif tag == "quote":
            out.append(f'<aside class="pullquote"><blockquote>{esc(item[1])}</blockquote></aside>')
        elif tag == "dropcap":
            blocks.append(item[1])
            text = item[1]
            out.append(
                f'<p class="has-dropcap"><span class="dropcap">{esc(text[0])}</span>{esc(text[1:])}</p>'
            )
        elif tag == "box":
            out.append(item[1])
        elif tag == "readalso":
            line = f'<strong>{esc(item[1])}</strong> <a href="/a/{len(out)}">{esc(item[2])}</a>'
            out.append(f'<p class="read-also">{line}</p>' if style != "br" else line + "<br><br>")
        else:
            raise ValueError(tag)
    return "\n".join(out), blocks


# --- furniture ----------------------------------------------------------------------------------------------


def nav(items: list[str], cls: str = "menu") -> str:
    return (
        f'<nav class="{cls}"><ul>'
        + "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(items))
        + "</ul></nav>"
    )


def comments_html(spec: dict) -> str:
    if not spec.get("comments"):
        return ""
    heading = esc(spec["labels"]["comments"])
    if spec.get("comments_article"):
        items = "".join(
            f'<article class="comment"><header><b>{esc(n)}</b> <time datetime="{spec["comment_date"]}">'
            f"{esc(spec['comment_date'][:10])}</time></header><p>{esc(t)}</p></article>"
            for n, t in spec["comments"]
        )
    else:
        items = "".join(
            f'<div class="comment"><div class="comment-author">{esc(n)}</div><div class="comment-text">{esc(t)}</div></div>'
            for n, t in spec["comments"]
        )
    return f'<section id="comments" class="comments"><h2>{heading}</h2>{items}</section>'


def related_html(spec: dict, kind: str) -> str:
    heads = spec["related"]
    if kind == "hugo":
        return (
            '<nav class="post-nav"><a class="prev" href="/p/1">← '
            + esc(heads[0])
            + '</a> <a class="next" href="/p/2">'
            + esc(heads[1])
            + " →</a></nav>"
        )
    items = "".join(f'<li><a href="/r/{i}">{esc(h)}</a></li>' for i, h in enumerate(heads))
    return f'<aside class="related"><h2>{esc(spec["labels"]["related"])}</h2><ul>{items}</ul></aside>'


def newsletter_html(spec: dict) -> str:
    text = spec.get("newsletter")
    if not text or spec.get("newsletter_inline"):
        return ""
    return f'<section class="newsletter"><p>{esc(text)}</p><input type="email"><button>OK</button></section>'


# --- shells -------------------------------------------------------------------------------------------------

HEADERS = {
    "ghost": '<header class="gh-head"><a class="gh-head-logo" href="/">{site}</a>{nav}<button class="gh-search">{search}</button></header>',
    "hugo": '<header class="site-header"><div class="site-title"><a href="/">{site}</a></div>{nav}</header>',
    "squarespace": '<header class="Header Header--top" data-nc-base="header"><div class="Header-inner"><a class="Header-branding" href="/">{site}</a>{nav}</div></header>',
    "substack": '<div class="topbar"><a class="navbar-title-link" href="/">{site}</a><button class="subscribe-btn">{search}</button></div>',
    "tv": '<header class="brand-bar"><a class="logo" href="/">{site}</a>{nav}<a class="live-btn" href="/live">LIVE</a><input type="search" placeholder="{search}"></header>',
    "magazine": '<header class="masthead"><div class="mast-logo">{site}</div>{nav}</header>',
    "gov": '<header class="gov-header"><div class="gov-logo">{site}</div>{nav}<form class="site-search"><input type="search" placeholder="{search}"></form></header>',
    "press": '<header class="newsroom-header"><a href="/">{site}</a>{nav}</header>',
    "sports": '<header class="top"><div class="logo">{site}</div>{nav}<input type="search" placeholder="{search}"></header>',
    "obituary": '<header class="portal-head"><a href="/">{site}</a>{nav}</header>',
    "updated": '<header class="site-head"><a class="brand" href="/">{site}</a>{nav}<input type="search" placeholder="{search}"></header>',
    "wire": '<header class="header"><span class="logo">{site}</span>{nav}<input type="search" placeholder="{search}"></header>',
}

ARTICLE = {
    "ghost": ("article", "gh-article post", "section", "gh-content gh-canvas"),
    "hugo": ("article", "post", "div", "post-content"),
    "squarespace": ("article", "BlogItem hentry", "div", "BlogItem-content sqs-layout"),
    "substack": ("div", "post newsletter-post", "div", "available-content body markup"),
    "tv": ("div", "story-page", "div", "story-text"),
    "magazine": ("article", "longread", "div", "longread-body"),
    "gov": ("div", "news-item", "div", "field-body"),
    "press": ("div", "press-release", "div", "pr-body"),
    "sports": ("article", "match-report", "div", "report-body"),
    "obituary": ("article", "obituary", "div", "obit-text"),
    "updated": ("article", "news-article", "div", "article-body"),
    "wire": ("div", "wire-story", "div", "wire-text"),
}


def build(spec: dict) -> Page:
    kind = spec["kind"]
    labels = spec["labels"]
    lang = spec.get("declared")
    lang_attr = f' lang="{lang}"' if lang else ""
    dir_attr = ' dir="rtl"' if spec.get("rtl") else ""
    body, blocks = render_story(spec["story"], spec.get("style", "p"))
    head = spec.get("head", "")
    title_tag = spec.get("title_tag", f"{spec['title']} | {spec['site']}")
    header = HEADERS.get(kind, "").format(
        site=esc(spec["site"]), nav=nav(labels["menu"]), search=esc(labels["search"])
    )
    pre = spec.get("pre", "")
    byline = spec.get("byline_html", "")
    date = spec.get("date_html", "")
    kicker = f'<div class="kicker">{esc(spec["kicker"])}</div>' if spec.get("kicker") else ""
    h1 = f"<h1{spec.get('h1_attrs', '')}>{esc(spec['title'])}</h1>"
    media = spec.get("media", "")
    after = spec.get("after", "")
    share = f'<div class="share">{esc(labels["share"])}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>'
    if kind == "joomla":
        article = (
            f'<table class="contentpaneopen"{spec.get("article_attrs", "")}><tr><td class="contentheading" width="100%">'
            f'{esc(spec["title"])}</td><td class="buttonheading"><a href="#">PDF</a></td></tr></table>'
            f'<table class="contentpaneopen"><tr><td><span class="small">{byline}</span></td></tr>'
            f'<tr><td class="createdate" valign="top">{date}</td></tr>'
            f'<tr><td valign="top">{body}</td></tr><tr><td class="modifydate">{after}</td></tr></table>'
        )
        main = (
            f'<table width="960" cellpadding="0" cellspacing="0"><tr><td id="left" width="200">{nav(labels["menu"], "mainlevel")}'
            f'{spec.get("aside", "")}</td><td id="content">{pre}{article}{comments_html(spec)}{related_html(spec, kind)}'
            f"{newsletter_html(spec)}</td></tr></table>"
        )
        top = f'<div id="header"><h1 class="sitename">{esc(spec["site"])}</h1></div>'
        page_body = f"{top}{main}"
    else:
        outer, outer_cls, inner, inner_cls = ARTICLE[kind]
        attrs = spec.get("article_attrs", "")
        if kind == "magazine":
            art_head = f'<header class="lr-head">{kicker}{h1}<p class="standfirst">{esc(spec.get("standfirst", ""))}</p><div class="meta">{byline} {date}</div></header>'
        elif kind == "substack":
            art_head = f'<div class="post-header">{h1}<h3 class="subtitle">{esc(spec.get("standfirst", ""))}</h3><div class="post-meta">{byline}<div class="post-date">{date}</div></div></div>'
        else:
            art_head = f'<header class="entry-header">{kicker}{h1}<div class="byline">{byline}</div><div class="dateline">{date}</div></header>'
        article = (
            f'<{outer} class="{outer_cls}"{attrs}>{art_head}{media}<{inner} class="{inner_cls}">{body}</{inner}>'
            f"{after}{share}</{outer}>"
        )
        page_body = (
            f'<a class="skip-link" href="#main">{esc(labels["skip"])}</a>{header}{pre}<main id="main">{article}'
            f"{newsletter_html(spec)}{comments_html(spec)}{related_html(spec, kind)}</main>{spec.get('aside', '')}"
        )
    footer = f'<footer class="site-footer"><p>{esc(spec["footer"])}</p></footer>'
    cookie = f'<div id="cookie-consent" class="cookie-banner"><p>{esc(spec["cookie"])}</p><button>OK</button></div>'
    if spec.get("form"):
        page_body = (
            f'<form method="post" action="{esc(spec["url"].split("/", 3)[-1])}" id="mainform">'
            '<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4MTYxOTk4Njs7Pg==">'
            f"{page_body}{footer}{cookie}</form>"
        )
        footer = cookie = ""
    markup = (
        f'<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n<meta charset="utf-8">\n'
        f'<title>{esc(title_tag)}</title>\n<meta name="viewport" content="width=device-width">\n{head}\n</head>\n'
        f'<body class="kind-{kind}">\n{page_body}\n{footer}\n{cookie}\n</body>\n</html>\n'
    )
    paras = [x for x in spec["story"] if isinstance(x, str)]
    must = [paras[m] if isinstance(m, int) else m for m in spec["must"]]
    furniture = {
        "comment": spec["comments"][0][1] if spec.get("comments") else None,
        "related": spec["related"][0],
        "cookie": spec["cookie"],
        "footer": spec["footer"],
        "newsletter": spec.get("newsletter"),
    }
    must_not = [furniture.get(m, m) for m in spec["must_not"]]
    return Page(
        id=spec["id"],
        url=spec["url"],
        language=spec["lang"],
        declared_language=lang,
        title=spec["title"],
        authors=spec["authors"],
        published=spec["published"],
        shapes=spec["shapes"],
        must_contain=must,
        must_not_contain=must_not,
        html=markup,
        story=blocks,
    )
