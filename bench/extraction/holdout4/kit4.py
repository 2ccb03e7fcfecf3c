"""Page shells of the fourth held-out set: sites, furniture and the case record (:class:`Page`).

A story module describes each page as a :class:`Site` (menu, cookie banner, footer, interface labels in the
readers' language) and a call to :func:`build` with the story's blocks, its visible meta line (byline and
date as that country's press writes them) and its metadata. ``build`` dresses it in one of two shells:

- ``modern``: skip link, top bar, menu, search, breadcrumbs, ``<main>`` with the ``<article>``, share
  buttons, related teasers (with older ``<time datetime>``s), comments (``<div>``s or ``<article>``s with
  their own ``<time>``), a most-read list, footer and cookie banner. Options: ``hashed`` (class names are
  hashes as CSS-in-JS emits them; ``<aside>``, ``<section>`` and the article's own ``<footer>`` become
  ``<div>``), ``form`` (an ASP.NET ``<form id="aspnetForm">`` with ``__VIEWSTATE`` around the page),
  ``body`` (``p``: the story in ``<p>``s; ``divs``: in ``<div>``s; ``br``: one ``<div>`` with
  ``<br><br>`` and no ``<p>`` anywhere on the page).
- ``tables``: an old fixed-width table layout with ``<font>`` tags and no ``<h1>``.

Blocks of a story: ``("lead", text)``, ``("p", text)``, ``("h2", text)``, ``("quote", text)``,
``("ul", [items])``, ``("fig", caption, credit)``, ``("entry", time label, headline, text)`` (a live-blog
update) are story text; ``("box", html)`` is furniture placed inside the story's container (newsletter,
paywall, "read also", ad, copyright line, press boilerplate).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape
from typing import Any


@dataclass
class Page:
    """One case of the set and its page (the fields ``build_holdout2.main`` reads)."""

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
    html: str = ""
    story: list[str] = field(default_factory=list)


@dataclass
class Site:
    name: str
    domain: str
    nav: list[str]
    cookie: str
    cookie_ok: str
    footer: str
    footer_links: list[str]
    search: str = "Search"
    skip: str = "Skip to content"
    share: str = "Share"
    related: str = "Related"
    comments: str = "Comments"
    most_read: str = "Most read"
    most_read_items: list[str] = field(default_factory=list)


def t(text: str) -> str:
    return escape(text, quote=False)


def og(
    site: Site,
    title: str,
    description: str,
    url: str,
    *,
    published: str | None = None,
    modified: str | None = None,
    authors: tuple[str, ...] = (),
    section: str | None = None,
    locale: str | None = None,
) -> str:
    """OpenGraph tags (and ``meta name=author`` per author)."""
    tags = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", site.name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:image", f"https://img.{site.domain}/og/{_num(url) % 99999}.jpg"),
    ]
    if locale:
        tags.append(("property", "og:locale", locale))
    if published:
        tags.append(("property", "article:published_time", published))
    if modified:
        tags.append(("property", "article:modified_time", modified))
    if section:
        tags.append(("property", "article:section", section))
    tags += [("name", "author", a) for a in authors]
    return "\n".join(f'<meta {k}="{escape(n)}" content="{escape(v)}">' for k, n, v in tags)


def ld(data: Any) -> str:
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False, indent=1) + "</script>"
    )


def _num(text: str) -> int:
    """A stable number from a text (``hash()`` changes between runs)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16)


def _hash(site: Site, name: str) -> str:
    digest = hashlib.sha1(f"{site.domain}/{name}".encode()).hexdigest()
    return f"css-{digest[:6]} e{digest[6:11]}"


def _story_html(blocks: list[tuple[Any, ...]], body: str, c: Any) -> tuple[str, list[str]]:
    out: list[str] = []
    story: list[str] = []
    run: list[str] = []  # the text of a <br><br> run

    def flush() -> None:
        if run:
            out.append(f'<div class="{c("text")}">' + "<br><br>\n".join(run) + "</div>")
            run.clear()

    for block in blocks:
        kind = block[0]
        if kind in ("lead", "p", "h2", "quote"):
            text = block[1]
            story.append(text)
            if body == "br":
                run.append(f"<b>{t(text)}</b>" if kind in ("h2", "lead") else t(text))
                continue
            if kind == "h2":
                out.append(f"<h2>{t(text)}</h2>")
            elif kind == "quote":
                out.append(f'<blockquote class="{c("quote")}">{t(text)}</blockquote>')
            elif body == "divs":
                out.append(f'<div class="{c("lead" if kind == "lead" else "paragraph")}">{t(text)}</div>')
            else:
                lead = f' class="{c("lead")}"' if kind == "lead" else ""
                out.append(f"<p{lead}>{t(text)}</p>")
        elif kind == "ul":
            flush()
            story.extend(block[1])
            out.append(f'<ul class="{c("list")}">' + "".join(f"<li>{t(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "fig":
            flush()
            caption, credit = block[1], block[2]
            story.append(caption)
            n = len(story)
            out.append(
                f'<figure class="{c("figure")}"><img src="/media/{n:03d}.jpg" alt="" width="1200" height="800">'
                f'<figcaption>{t(caption)} <span class="{c("credit")}">{t(credit)}</span></figcaption></figure>'
            )
        elif kind == "entry":
            flush()
            label, head, text = block[1], block[2], block[3]
            story.extend([head, text])
            out.append(
                f'<div class="{c("update")}"><span class="{c("update-time")}">{t(label)}</span>'
                f"<h3>{t(head)}</h3><p>{t(text)}</p>"
                f'<div class="{c("update-share")}"><a href="#">Link</a></div></div>'
            )
        elif kind == "box":
            flush()
            out.append(block[1])
        else:
            raise ValueError(kind)
    flush()
    return "\n".join(out), story


def build(
    *,
    id: str,
    site: Site,
    url: str,
    language: str,
    declared: str | None,
    title: str,
    authors: list[str],
    published: str,
    shapes: list[str],
    must: list[str],
    must_not: list[str],
    blocks: list[tuple[Any, ...]],
    kicker: str = "",
    meta_top: str = "",
    meta_bottom: str = "",
    head: str = "",
    title_tag: str | None = None,
    body: str = "p",
    shell: str = "modern",
    hashed: bool = False,
    form: bool = False,
    rtl: bool = False,
    related: tuple[tuple[str, str, str], ...] = (),
    comments: tuple[tuple[str, str, str, str], ...] = (),
    comments_article: bool = False,
    article_attrs: str = "",
    h1_attrs: str = "",
    body_attrs: str = "",
    html_attrs: str = "",
    ticker: tuple[str, ...] = (),
) -> Page:
    """Dress one story in its site's furniture and return its case."""

    def c(name: str) -> str:
        return _hash(site, name) if hashed else name

    def cid(name: str) -> str:
        return _hash(site, name).split()[0] if hashed else name

    nop = body == "br"
    para = "div" if nop else "p"
    story_html, story = _story_html(blocks, body, c)
    aside = "div" if hashed else "aside"
    section = "div" if hashed else "section"
    path = url.split("/", 3)[3] if url.count("/") >= 3 else ""

    rel_items = "".join(
        f'<li class="{c("teaser")}"><a href="https://www.{site.domain}/{i}-{_num(h) % 9999}">{t(h)}</a> '
        f'<time datetime="{dt}">{t(label)}</time></li>'
        for i, (h, label, dt) in enumerate(related)
    )
    related_html = (
        f'<{aside} class="{c("related")}"><h2>{t(site.related)}</h2><ul>{rel_items}</ul></{aside}>'
        if related
        else ""
    )
    if comments_article:
        com_items = "".join(
            f'<article class="{c("comment")}" id="{cid(f"c{n}")}"><header><b>{t(who)}</b> '
            f'<time datetime="{dt}">{t(label)}</time></header><{para}>{t(text)}</{para}>'
            f'<footer><a href="#reply-{n}">↩</a></footer></article>'
            for n, (who, label, dt, text) in enumerate(comments)
        )
    else:
        com_items = "".join(
            f'<div class="{c("comment")}" id="{cid(f"c{n}")}"><div class="{c("comment-head")}"><b>{t(who)}</b> '
            f'<span class="{c("comment-date")}">{t(label)}</span></div>'
            f'<{para} class="{c("comment-text")}">{t(text)}</{para}></div>'
            for n, (who, label, dt, text) in enumerate(comments)
        )
    comments_html = (
        f'<{section} class="{c("comments")}" id="{cid("comments")}"><h2>{t(site.comments)} ({len(comments)})</h2>'
        f"{com_items}</{section}>"
        if comments
        else ""
    )
    share_html = (
        f'<div class="{c("share")}"><span>{t(site.share)}</span> <a href="#fb">Facebook</a> '
        f'<a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#mail">E-mail</a></div>'
    )
    nav_html = "".join(
        f'<li><a href="https://www.{site.domain}/{n}">{t(item)}</a></li>' for n, item in enumerate(site.nav)
    )
    most = "".join(f"<li><a href='#m{n}'>{t(m)}</a></li>" for n, m in enumerate(site.most_read_items))
    most_html = (
        f'<{aside} class="{c("most-read")}"><h2>{t(site.most_read)}</h2><ol>{most}</ol></{aside}>'
        if most
        else ""
    )
    ticker_html = (
        f'<div class="{c("ticker")}">' + " · ".join(f"<a href='#t'>{t(x)}</a>" for x in ticker) + "</div>"
        if ticker
        else ""
    )
    footer_html = (
        f'<footer class="{c("site-footer")}"><ul>'
        + "".join(f"<li><a href='#f{n}'>{t(x)}</a></li>" for n, x in enumerate(site.footer_links))
        + f'</ul><{para} class="{c("copyright")}">{t(site.footer)}</{para}></footer>'
    )
    cookie_html = (
        f'<div class="{c("cookie-banner")}" role="dialog" aria-modal="true"><{para}>{t(site.cookie)}</{para}>'
        f'<button type="button">{t(site.cookie_ok)}</button></div>'
    )
    page_title = title_tag if title_tag is not None else f"{title} | {site.name}"
    lang_attr = f' lang="{declared}"' if declared else ""
    dir_attr = ' dir="rtl"' if rtl else ""
    head_html = (
        f'<meta charset="utf-8">\n<title>{t(page_title)}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="canonical" href="{escape(url)}">\n'
        f'<link rel="stylesheet" href="https://static.{site.domain}/assets/main.{_num(site.name) % 99999}.css">\n'
        f"{head}\n"
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'pageType':'article','path':'/{path}'}});</script>\n"
        "<style>body{margin:0;font-family:Georgia,serif}.x{display:none}</style>"
    )

    if shell == "tables":
        nav_links = " | ".join(
            f'<a href="/{n}"><font color="#ffffff">{t(x)}</font></a>' for n, x in enumerate(site.nav)
        )
        rel_tbl = "".join(
            f'<tr><td><font size="1">{t(label)}</font> <a href="/r{n}">{t(h)}</a></td></tr>'
            for n, (h, label, _dt) in enumerate(related)
        )
        com_tbl = "".join(
            f'<tr><td bgcolor="#eeeeee"><font size="1"><b>{t(who)}</b> {t(label)}</font><br>{t(text)}</td></tr>'
            for (who, label, _dt, text) in comments
        )
        html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html{lang_attr}{html_attrs}>
<head>
{head_html}
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><font face="Verdana" size="6" color="#ffffff"><b>{t(site.name)}</b></font><br>{nav_links}</td></tr>
<tr><td width="200" valign="top" bgcolor="#f0f0f0"><font face="Verdana" size="2"><b>{t(site.most_read)}</b><br>
{"<br>".join(f"<a href='/m{n}'>{t(m)}</a>" for n, m in enumerate(site.most_read_items))}</font></td>
<td width="780" valign="top">
<font face="Verdana" size="1">{t(kicker)}</font><br>
<font face="Georgia" size="5"><b>{t(title)}</b></font><br>
{meta_top}
<font face="Georgia" size="3">
{story_html}
</font>
{meta_bottom}
<br>{share_html}
<table width="100%" border="0"><tr><td><b>{t(site.related)}</b></td></tr>{rel_tbl}</table>
<table width="100%" border="0"><tr><td><b>{t(site.comments)}</b></td></tr>{com_tbl}</table>
</td></tr>
<tr><td colspan="2" bgcolor="#cccccc"><font size="1">{" | ".join(t(x) for x in site.footer_links)}<br>{t(site.footer)}</font></td></tr>
</table>
{cookie_html}
</body>
</html>
"""
        return Page(
            id, url, language, declared, title, authors, published, shapes, must, must_not, html, story
        )

    inner = f"""<a class="{c("skip")}" href="#main">{t(site.skip)}</a>
<header class="{c("site-header")}">
<div class="{c("brand")}"><a href="https://www.{site.domain}/">{t(site.name)}</a></div>
<nav class="{c("menu")}" aria-label="menu"><ul>{nav_html}</ul></nav>
<div class="{c("search")}"><input type="search" placeholder="{escape(site.search)}" aria-label="{escape(site.search)}"></div>
</header>
{ticker_html}
<main id="main" class="{c("main")}">
<article class="{c("article")}"{article_attrs}>
<div class="{c("kicker")}">{t(kicker)}</div>
<h1 class="{c("headline")}"{h1_attrs}>{t(title)}</h1>
{meta_top}
<div class="{c("article-body")}"{body_attrs}>
{story_html}
</div>
{meta_bottom}
{share_html}
</article>
{related_html}
{comments_html}
</main>
{most_html}
{footer_html}
{cookie_html}
<script src="https://static.{site.domain}/assets/app.js" async></script>"""
    if form:
        inner = (
            '<form method="post" action="./Article.aspx?id=' + str(_num(url) % 99999) + '" id="aspnetForm">\n'
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
            'value="/wEPDwUKMTY3NzE5MjI0Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFBzIwMjQtMDlkZA==">'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN2x8q9aGZ1">'
            "</div>\n" + inner + "\n</form>"
        )
    html = f"""<!DOCTYPE html>
<html{lang_attr}{dir_attr}{html_attrs}>
<head>
{head_html}
</head>
<body class="{c("page-article")}">
{inner}
</body>
</html>
"""
    return Page(id, url, language, declared, title, authors, published, shapes, must, must_not, html, story)
