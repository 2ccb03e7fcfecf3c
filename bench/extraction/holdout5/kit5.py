"""Shell of the fifth held-out set: the ``Page`` case and the furniture that dresses each story into a page.

Written from scratch for this set. A story module describes a page with :func:`build`: the site (menus,
cookie text, footer), the skin (``portal``, ``blog``, ``table``, ``amp``, ``app``), the head (title, meta,
JSON-LD), the header area written by hand per page (byline, date line), the story as blocks, what follows
it (author box, date at the end), teasers and comments. Snippets are marked in the texts with ``[[...]]``:
inside the story's blocks they become ``must_contain``, anywhere else on the page ``must_not_contain``; the
markers are removed from the page.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
TAGS = re.compile(r"<[^>]+>")


@dataclass
class Page:
    """One case of the set and its page (the fields ``build_holdout2.py`` reads)."""

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


@dataclass
class Site:
    """A fictional publisher: its name, domain, menu and the texts of its furniture, in its language."""

    name: str
    domain: str
    nav: list[str]
    cookie: str  # the banner's text (may carry a [[must_not]] marker)
    accept: str  # the banner's button
    footer: str
    related: str = "Related"
    comments: str = "Comments"
    search: str = "Search"
    skip: str = ""


class Classes:
    """Class names as written, or hashed as CSS-in-JS sites emit them (``css-1q2w3e``)."""

    def __init__(self, hashed: bool = False, seed: str = "") -> None:
        self.hashed = hashed
        self.seed = seed
        self.prefix = ["css-", "sc-", "_", "jsx-", "x"][int(hashlib.md5(seed.encode()).hexdigest(), 16) % 5]

    def __call__(self, name: str) -> str:
        if not self.hashed:
            return name
        return " ".join(
            self.prefix + hashlib.sha1((self.seed + n).encode()).hexdigest()[:6] for n in name.split()
        )

    def tag(self, name: str) -> str:
        """``aside`` and ``section`` are plain ``div``s on hashed sites."""
        return "div" if self.hashed and name in {"aside", "section"} else name


# --- story blocks -----------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str
    data: Any


def P(text: str) -> Block:
    return Block("p", text)


def DIV(text: str) -> Block:
    return Block("div", text)


def BR(*texts: str) -> Block:
    return Block("br", list(texts))


def H2(text: str) -> Block:
    return Block("h2", text)


def H3(text: str) -> Block:
    return Block("h3", text)


def QA(question: str, answer: str) -> Block:
    return Block("qa", (question, answer))


def BQ(text: str, cite: str = "") -> Block:
    return Block("bq", (text, cite))


def UL(*items: str) -> Block:
    return Block("ul", list(items))


def OL(*items: str) -> Block:
    return Block("ol", list(items))


def FIG(src: str, caption: str, credit: str = "") -> Block:
    return Block("fig", (src, caption, credit))


def TABLE(caption: str, head: list[str], rows: list[list[str]]) -> Block:
    return Block("table", (caption, head, rows))


def ENTRY(time_html: str, headline: str, *texts: str) -> Block:
    return Block("entry", (time_html, headline, list(texts)))


def RAW(markup: str) -> Block:
    """Furniture inside the story container (ad, carousel, embedded post, newsletter, paywall box)."""
    return Block("raw", markup)


def plain(markup: str) -> str:
    return html.unescape(TAGS.sub("", markup))


def render_block(b: Block, k: Classes, amp: bool = False) -> tuple[str, list[str]]:
    if b.kind in {"p", "div"}:
        cls = k("para") if b.kind == "div" else k("text")
        return f'<{b.kind} class="{cls}">{b.data}</{b.kind}>', [plain(b.data)]
    if b.kind == "br":
        return f'<div class="{k("text-block")}">' + "<br><br>\n".join(b.data) + "</div>", [
            plain(t) for t in b.data
        ]
    if b.kind in {"h2", "h3"}:
        return f'<{b.kind} class="{k("subhead")}">{b.data}</{b.kind}>', [plain(b.data)]
    if b.kind == "qa":
        q, a = b.data
        return f'<p class="{k("q")}"><strong>{q}</strong></p>\n<p class="{k("a")}">{a}</p>', [
            plain(q),
            plain(a),
        ]
    if b.kind == "bq":
        text, cite = b.data
        foot = f'<footer class="{k("quote-source")}">{cite}</footer>' if cite else ""
        return f'<blockquote class="{k("quote")}"><p>{text}</p>{foot}</blockquote>', [plain(text)]
    if b.kind in {"ul", "ol"}:
        items = "".join(f"<li>{i}</li>" for i in b.data)
        return f'<{b.kind} class="{k("list")}">{items}</{b.kind}>', [plain(i) for i in b.data]
    if b.kind == "fig":
        src, caption, credit = b.data
        img = (
            f'<amp-img src="{src}" width="1200" height="800" layout="responsive"></amp-img>'
            if amp
            else f'<img src="{src}" alt="" loading="lazy" width="1200" height="800">'
        )
        cred = f' <span class="{k("credit")}">{credit}</span>' if credit else ""
        return (
            f'<figure class="{k("figure")}">{img}<figcaption><span class="{k("caption")}">{caption}</span>'
            f"{cred}</figcaption></figure>",
            [plain(caption)],
        )
    if b.kind == "table":
        caption, head, rows = b.data
        th = "".join(f"<th>{h}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return (
            f'<table class="{k("results")}"><caption>{caption}</caption><thead><tr>{th}</tr></thead>'
            f"<tbody>{body}</tbody></table>",
            [plain(caption)] + [plain(c) for row in rows for c in row],
        )
    if b.kind == "entry":
        when, headline, texts = b.data
        paras = "".join(f"<p>{t}</p>" for t in texts)
        return (
            f'<div class="{k("live-entry")}"><div class="{k("entry-time")}">{when}</div>'
            f'<h3 class="{k("entry-title")}">{headline}</h3>{paras}</div>',
            [plain(headline)] + [plain(t) for t in texts],
        )
    if b.kind == "raw":
        return b.data, []
    raise ValueError(b.kind)


def _num(text: str) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:8], 16) % 99999


# --- head -------------------------------------------------------------------------------------------------


def ld(obj: dict[str, Any]) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + "</script>"


def article_ld(
    headline: str,
    url: str,
    site: Site,
    published: str | None = None,
    modified: str | None = None,
    authors: list[str] | str | None = None,
    kind: str = "NewsArticle",
    graph: bool = False,
    extra: dict[str, Any] | None = None,
) -> str:
    art: dict[str, Any] = {"@type": kind, "headline": headline, "mainEntityOfPage": url}
    if published:
        art["datePublished"] = published
    if modified:
        art["dateModified"] = modified
    if isinstance(authors, str):
        art["author"] = authors
    elif authors:
        people = [{"@type": "Person", "name": a} for a in authors]
        art["author"] = people[0] if len(people) == 1 else people
    art["publisher"] = {
        "@type": "NewsMediaOrganization",
        "name": site.name,
        "logo": {"@type": "ImageObject", "url": f"https://{site.domain}/logo.png"},
    }
    art["image"] = [f"https://img.{site.domain}/{_num(headline)}.jpg"]
    if extra:
        art.update(extra)
    if graph:
        return ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "@id": f"https://{site.domain}/#website", "name": site.name},
                    art,
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {
                                "@type": "ListItem",
                                "position": 1,
                                "name": site.nav[0],
                                "item": f"https://{site.domain}/",
                            }
                        ],
                    },
                ],
            }
        )
    return ld({"@context": "https://schema.org", **art})


def og(
    title: str, url: str, site: Site, published: str | None = None, authors: list[str] | None = None
) -> str:
    tags = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{html.escape(site.name)}">',
        f'<meta property="og:image" content="https://img.{site.domain}/og/{_num(url)}.jpg">',
    ]
    if published:
        tags.append(f'<meta property="article:published_time" content="{published}">')
    for a in authors or []:
        tags.append(f'<meta name="author" content="{html.escape(a)}">')
    return "\n".join(tags)


# --- furniture --------------------------------------------------------------------------------------------

STYLE = (
    "<style>body{font-family:Georgia,serif;margin:0}.wrap{max-width:1100px;margin:auto}"
    "nav ul{display:flex;gap:1em;list-style:none}figure img{max-width:100%;height:auto}"
    ".cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1em}"
    ".wall{position:fixed;inset:0;background:rgba(0,0,0,.85);z-index:99}</style>"
)


def cookie_html(site: Site, k: Classes, wall: bool) -> str:
    if wall:
        return (
            f'<div id="{k("consent-wall")}" class="{k("wall")}" role="dialog" aria-modal="true">'
            f'<div class="{k("wall-box")}"><p>{site.cookie}</p>'
            f'<button class="{k("btn accept")}">{site.accept}</button>'
            f'<button class="{k("btn settings")}">…</button></div></div>'
        )
    return (
        f'<div class="{k("cookie")}" id="{k("cookie-banner")}" role="region"><p>{site.cookie}</p>'
        f'<button type="button">{site.accept}</button></div>'
    )


def teasers_html(site: Site, k: Classes, teasers: list[tuple[str, str, str]]) -> str:
    if not teasers:
        return ""
    items = "".join(
        f'<li class="{k("teaser")}"><a href="https://{site.domain}/a/{i + 4101}">{h}</a> '
        f'<time datetime="{iso}">{shown}</time></li>'
        for i, (h, shown, iso) in enumerate(teasers)
    )
    return (
        f'<{k.tag("aside")} class="{k("related")}"><h2>{site.related}</h2><ul>{items}</ul></{k.tag("aside")}>'
    )


def comment_html(c: tuple[Any, ...], k: Classes, nested_tag: str) -> str:
    name, when, text = c[0], c[1], c[2]
    replies = c[3] if len(c) > 3 else []
    inner = ""
    if replies:
        inner = (
            f'<{nested_tag} class="{k("children")}">'
            + "".join(comment_html(r, k, nested_tag) for r in replies)
            + f"</{nested_tag}>"
        )
    item = "li" if nested_tag in {"ol", "ul"} else "div"
    return (
        f'<{item} class="{k("comment")}"><div class="{k("comment-meta")}"><b class="{k("comment-author")}">'
        f'{name}</b> <span class="{k("comment-date")}">{when}</span></div>'
        f'<div class="{k("comment-body")}"><p>{text}</p></div>{inner}</{item}>'
    )


def comments_html(site: Site, k: Classes, comments: list[tuple[Any, ...]], nested_tag: str = "ol") -> str:
    if not comments:
        return ""
    body = "".join(comment_html(c, k, nested_tag) for c in comments)
    wrap = nested_tag if nested_tag in {"ol", "ul"} else "div"
    return (
        f'<{k.tag("section")} id="{k("comments")}" class="{k("comments-area")}"><h2>{site.comments} '
        f'({_count(comments)})</h2><{wrap} class="{k("comment-list")}">{body}</{wrap}></{k.tag("section")}>'
    )


def _count(comments: list[tuple[Any, ...]]) -> int:
    return sum(1 + _count(c[3] if len(c) > 3 else []) for c in comments)


def nav_html(site: Site, k: Classes) -> str:
    items = "".join(f'<li><a href="https://{site.domain}/{i}">{n}</a></li>' for i, n in enumerate(site.nav))
    return f'<nav class="{k("main-nav")}" aria-label="menu"><ul>{items}</ul></nav>'


def crumbs_html(site: Site, k: Classes, crumbs: list[str]) -> str:
    if not crumbs:
        return ""
    parts = "".join(f'<li><a href="https://{site.domain}/{i}/">{c}</a></li>' for i, c in enumerate(crumbs))
    return f'<nav class="{k("breadcrumbs")}" aria-label="breadcrumb"><ol>{parts}</ol></nav>'


# --- the page ---------------------------------------------------------------------------------------------


def build(
    *,
    id: str,
    lang: str,
    declared: str | None,
    site: Site,
    path: str,
    headline: str,
    blocks: list[Block],
    authors: list[str],
    published: str,
    shapes: list[str],
    k: Classes | None = None,
    skin: str = "portal",
    rtl: bool = False,
    title_tag: str | None = None,
    head: str = "",
    kicker: str = "",
    crumbs: list[str] | None = None,
    meta: str = "",
    after: str = "",
    comments: list[tuple[Any, ...]] | None = None,
    nested: str = "div",
    teasers: list[tuple[str, str, str]] | None = None,
    side: str = "",
    logo_h1: bool = False,
    cookie_wall: bool = False,
    ticker: str = "",
) -> Page:
    k = k or Classes()
    url = f"https://{site.domain}/{path}"
    amp = skin == "amp"
    body_parts: list[str] = []
    story: list[str] = []
    for b in blocks:
        markup, texts = render_block(b, k, amp)
        body_parts.append(markup)
        story.extend(texts)
    must = [m for t in story for m in MARK.findall(t)]
    story = [MARK.sub(r"\1", t) for t in story]
    body = "\n".join(body_parts)
    lang_attr = f' lang="{declared}"' if declared else ""
    dir_attr = ' dir="rtl"' if rtl else ""
    title = title_tag or f"{headline} | {site.name}"
    logo = (
        f'<h1 class="{k("logo")}"><a href="https://{site.domain}/">{site.name}</a></h1>'
        if logo_h1
        else f'<a class="{k("logo")}" href="https://{site.domain}/">{site.name}</a>'
    )
    search = (
        f'<form class="{k("search")}" action="https://{site.domain}/search" role="search">'
        f'<input type="search" name="q" placeholder="{site.search}"><button>{site.search}</button></form>'
    )
    cookie = cookie_html(site, k, cookie_wall)
    teaser_box = teasers_html(site, k, teasers or [])
    comment_box = comments_html(site, k, comments or [], nested)
    h1 = f'<h1 class="{k("headline")}">{headline}</h1>'
    kick = f'<span class="{k("kicker")}">{kicker}</span>' if kicker else ""
    footer_links = "".join(
        f'<li><a href="https://{site.domain}/{i}/">{n}</a></li>' for i, n in enumerate([*site.nav, site.name])
    )
    foot = (
        f'<footer class="{k("site-footer")}"><ul class="{k("footer-links")}">{footer_links}</ul>'
        f"<p>{site.footer}</p></footer>"
    )
    scripts = (
        '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article"});'
        "(function(w,d){var s=d.createElement('script');s.async=1;s.src='https://tags.example/gtm.js';"
        "d.head.appendChild(s);w.__cfg={consent:'pending',ads:{slots:['top','mid','side']}};})(window,document);</script>"
        '<script async src="https://cdn.' + site.domain + '/static/app.js"></script>'
    )
    if skin == "amp":
        head_html = (
            '<meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>'
            f'<title>{title}</title><link rel="canonical" href="{url.replace("/amp/", "/")}">'
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
            "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
            "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
            "<style amp-custom>body{font-family:sans-serif}.ad{margin:1em 0}</style>" + head
        )
        page = (
            f"<!doctype html>\n<html ⚡{lang_attr}{dir_attr}>\n<head>{head_html}</head>\n<body>\n"
            f'<amp-sidebar id="menu" layout="nodisplay">{nav_html(site, k)}</amp-sidebar>\n'
            f'<header class="{k("top")}"><button on="tap:menu.toggle">☰</button> {logo}</header>\n'
            f'<amp-consent id="consent" layout="nodisplay"><div class="{k("consent")}">{site.cookie} '
            f'<button on="tap:consent.accept">{site.accept}</button></div></amp-consent>\n'
            f'<main><article class="{k("article")}">{kick}{h1}{meta}\n<div class="{k("body")}">\n{body}\n</div>'
            f"{after}</article>{teaser_box}{comment_box}</main>\n{foot}\n"
            '<amp-analytics type="gtag" data-credentials="include"></amp-analytics>\n</body>\n</html>\n'
        )
    else:
        head_html = (
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{title}</title><link rel="canonical" href="{url}">{STYLE}{head}'
        )
        if skin == "portal":
            page = (
                f'<body class="{k("article-page")}">'
                + (f'<a class="{k("skip")}" href="#main">{site.skip}</a>' if site.skip else "")
                + f'{cookie}<header class="{k("site-header")}"><div class="{k("wrap")}">{logo}{nav_html(site, k)}'
                f"{search}</div></header>{ticker}{crumbs_html(site, k, crumbs or [])}\n"
                f'<main id="main" class="{k("wrap main")}"><article class="{k("article")}">'
                f'<header class="{k("article-header")}">{kick}{h1}{meta}</header>\n'
                f'<div class="{k("article-body")}">\n{body}\n</div>{after}</article>\n'
                f"{comment_box}{teaser_box}{side}</main>\n{foot}{scripts}</body>"
            )
        elif skin == "blog":
            page = (
                f'<body class="post-template-default single single-post"><div id="page" class="site">'
                f'<header id="masthead" class="site-header">{logo}{nav_html(site, k)}</header>'
                f'{crumbs_html(site, k, crumbs or [])}<div id="content" class="site-content">'
                '<div id="primary" class="content-area"><main id="main" class="site-main">'
                f'<article class="post type-post status-publish format-standard hentry">'
                f'<header class="entry-header">{kick}{h1}{meta}</header>\n'
                f'<div class="entry-content">\n{body}\n</div>{after}</article>\n'
                f"{teaser_box}{comment_box}</main></div>"
                f'<aside id="secondary" class="widget-area">{search}{side}</aside></div>'
                f'<footer id="colophon" class="site-footer"><div class="site-info">{site.footer}</div></footer>'
                f"</div>{cookie}{scripts}</body>"
            )
        elif skin == "table":
            navcells = "".join(
                f'<tr><td><a href="https://{site.domain}/{i}"><font size="2">{n}</font></a></td></tr>'
                for i, n in enumerate(site.nav)
            )
            page = (
                f'<body bgcolor="#ffffff" topmargin="0"><center><table width="980" border="0" cellpadding="0"'
                f' cellspacing="0"><tr><td colspan="3" height="80">{logo}</td></tr>'
                f'<tr><td colspan="3">{crumbs_html(site, k, crumbs or [])}</td></tr><tr>'
                f'<td width="160" valign="top"><table width="100%">{navcells}</table></td>'
                f'<td width="620" valign="top">{kick}{h1}{meta}\n<div id="{k("content")}">\n{body}\n</div>'
                f"{after}{comment_box}</td>"
                f'<td width="200" valign="top">{teaser_box}{side}</td></tr>'
                f'<tr><td colspan="3" align="center"><font size="1">{site.footer}</font></td></tr></table>'
                f"</center>{cookie}{scripts}</body>"
            )
        elif skin == "app":
            page = (
                f'<body><div id="__next"><div class="{k("layout")}">{cookie}'
                f'<div class="{k("topbar")}">{logo}{nav_html(site, k)}{search}</div>{ticker}'
                f'{crumbs_html(site, k, crumbs or [])}<div class="{k("grid")}"><div class="{k("col-main")}">'
                f'<div class="{k("story")}">{kick}{h1}{meta}\n<div class="{k("story-body")}">\n{body}\n</div>'
                f"{after}</div>{comment_box}</div>"
                f'<div class="{k("col-side")}">{teaser_box}{side}</div></div>'
                f'<div class="{k("footer")}"><p>{site.footer}</p></div></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script>'
                f"{scripts}</body>"
            )
        else:
            raise ValueError(skin)
        page = f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>{head_html}</head>\n{page}\n</html>\n"
    must_not = [m for m in MARK.findall(page) if m not in must]
    if comments and not any(t.startswith("comments") for t in shapes):
        shapes = [*shapes, "comments"]
    page = MARK.sub(r"\1", page)
    return Page(
        id=id,
        url=url,
        language=lang,
        declared_language=declared,
        title=plain(headline),
        authors=authors,
        published=published,
        shapes=shapes,
        must_contain=must,
        must_not_contain=must_not,
        html=page,
        story=story,
    )
