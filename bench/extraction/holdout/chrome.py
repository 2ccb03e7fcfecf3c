"""Site furniture for the held-out pages: menus, tickers, teasers, banners, footers, scripts.

Each fictional site has its own boilerplate texts (in its language); the page modules combine these
helpers with hand-written article markup, so that every page carries a realistic volume of non-article
text. The texts a page's case must not contain are taken from here (``site.cookie``, ``site.footer_note``,
``site.newsletter``).
"""

# ruff: noqa: RUF001

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field


@dataclass
class Site:
    name: str
    domain: str
    lang: str
    nav: list[str]
    footer_links: list[str]
    footer_note: str
    cookie: str
    cookie_buttons: tuple[str, str]
    newsletter: str
    newsletter_button: str
    share: list[str] = field(default_factory=lambda: ["Facebook", "X", "WhatsApp", "E-mail", "Copy link"])
    related: str = "Related"
    most_read: str = "Most read"
    comments: str = "Comments"
    read_also: str = "Read also"
    ad_label: str = "Advertisement"
    search: str = "Search"
    login: str = "Log in"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40] or "page"


def jsonld(data: object) -> str:
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False, indent=1) + "</script>"
    )


CSS = """
:root{--brand:#b3002d;--ink:#1a1a1a;--muted:#6b6b6b;--rule:#e4e4e4}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,serif;color:var(--ink)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
.topbar{display:flex;justify-content:space-between;font:13px system-ui;padding:4px 16px;background:#111;color:#eee}
.mast{display:flex;align-items:center;gap:24px;padding:12px 16px;border-bottom:1px solid var(--rule)}
.mast .logo{font:700 28px/1 system-ui;color:var(--brand);text-decoration:none}
.menu{display:flex;flex-wrap:wrap;gap:12px;list-style:none;margin:0;padding:0;font:600 14px system-ui}
.menu .sub{display:none;position:absolute;background:#fff;box-shadow:0 2px 8px #0003}
.menu li:hover .sub{display:block}.ticker{overflow:hidden;white-space:nowrap;background:#fff3f3;font:14px system-ui}
.ticker ul{display:inline-flex;gap:32px;list-style:none;animation:scroll 40s linear infinite}
@keyframes scroll{from{transform:translateX(0)}to{transform:translateX(-100%)}}
.wrap{max-width:1180px;margin:0 auto;display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px}
.teasers{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.teaser img{width:100%}
.ad{min-height:250px;background:#f6f6f6;text-align:center;font:11px system-ui;color:var(--muted)}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px;z-index:99}
.share a{display:inline-block;padding:4px 8px;border:1px solid var(--rule);border-radius:3px}
footer{background:#111;color:#bbb;font:13px system-ui;padding:32px 16px}footer a{color:#ddd}
.newsletter{border:2px solid var(--brand);padding:16px;margin:24px 0;font-family:system-ui}
@media (max-width:800px){.wrap{grid-template-columns:1fr}.teasers{grid-template-columns:1fr}}
"""


def head(
    site: Site,
    title: str,
    extra: str = "",
    *,
    lang: str | None = "",
    description: str = "",
    body_class: str = "",
) -> str:
    """``<!doctype>`` to ``<body>``; ``lang=None`` omits the attribute, ``""`` uses the site's."""
    lang_attr = "" if lang is None else f' lang="{lang or site.lang}"'
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    return f"""<!DOCTYPE html>
<html{lang_attr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{desc}
<link rel="preconnect" href="https://cdn.{site.domain}">
<link rel="stylesheet" href="https://cdn.{site.domain}/assets/main.4f2a91.css">
<link rel="icon" href="/favicon.ico">
{extra}
<style>{CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-EXAMPLE01');</script>
<script async src="https://ads.{site.domain}/prebid.min.js"></script>
</head>
<body class="{body_class}">
<a class="skip" href="#main">Skip to content</a>
"""


def topbar(site: Site) -> str:
    return f"""<div class="topbar"><span>{esc(site.name)}</span><span><a href="/account/login">{esc(site.login)}</a> · <a href="/subscribe">Abo / Subscribe</a></span></div>"""


def mega_nav(site: Site, *, tag: str = "header", cls: str = "site-header") -> str:
    items = []
    for i, section in enumerate(site.nav):
        subs = "".join(
            f'<li><a href="/{slug(section)}/{n}">{esc(section)} {n}</a></li>'
            for n in ("A–Z", "Archive", "Video")
        )
        items.append(
            f'<li class="menu-item menu-item-{i}"><a href="/{slug(section)}/">{esc(section)}</a><ul class="sub">{subs}</ul></li>'
        )
    return f"""<{tag} class="{cls}" role="banner">
{topbar(site)}
<div class="mast"><a class="logo" href="/">{esc(site.name)}</a>
<form class="search" action="/search" role="search"><input type="search" name="q" placeholder="{esc(site.search)}"><button>{esc(site.search)}</button></form>
<button class="burger" aria-label="Menu">☰</button></div>
<nav class="primary" aria-label="Main"><ul class="menu">{"".join(items)}</ul></nav>
</{tag}>
"""


def simple_nav(site: Site) -> str:
    links = " ".join(f'<a href="/{slug(s)}/">{esc(s)}</a>' for s in site.nav)
    return f'<div id="hdr"><a href="/" id="logo">{esc(site.name)}</a><div id="navbar">{links}</div></div>\n'


def ticker(label: str, items: list[str]) -> str:
    lis = "".join(f'<li><a href="/live/{slug(t)}">{esc(t)}</a></li>' for t in items)
    return f'<div class="ticker" aria-live="polite"><strong>{esc(label)}</strong><ul>{lis}</ul></div>\n'


def breadcrumbs(items: list[str]) -> str:
    lis = "".join(f'<li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in items)
    return f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{lis}</ol></nav>\n'


def share(site: Site) -> str:
    links = "".join(
        f'<a class="share-{slug(s)}" href="https://share.example/{slug(s)}" rel="nofollow">{esc(s)}</a>'
        for s in site.share
    )
    return f'<div class="share" role="group">{links}</div>\n'


def teasers(
    site: Site,
    items: list[tuple[str, str]],
    *,
    heading: str | None = None,
    tag: str = "div",
    cls: str = "teasers",
) -> str:
    """Related-article teasers: (headline, summary) pairs."""
    heading = heading or site.related
    out = []
    for i, (headline, summary) in enumerate(items):
        link = f"/news/{slug(headline)}-{7300 + i}.html"
        out.append(
            f'<{tag} class="teaser"><a href="{link}"><img src="https://cdn.{site.domain}/img/{i}.jpg" alt=""></a>'
            f'<h3><a href="{link}">{esc(headline)}</a></h3><p>{esc(summary)}</p></{tag}>'
        )
    return f'<section class="{cls}"><h2>{esc(heading)}</h2>{"".join(out)}</section>\n'


def most_read(site: Site, items: list[str]) -> str:
    lis = "".join(f'<li><a href="/news/{slug(t)}.html">{esc(t)}</a></li>' for t in items)
    return f'<div class="most-read"><h2>{esc(site.most_read)}</h2><ol>{lis}</ol></div>\n'


def ad(site: Site, slot: str, caption: str = "") -> str:
    cap = f'<span class="ad-caption">{esc(caption)}</span>' if caption else ""
    return (
        f'<div class="ad ad-{slot}" data-slot="{slot}"><span class="ad-label">{esc(site.ad_label)}</span>{cap}'
        f'<div id="div-gpt-{slot}"></div><script>googletag.cmd.push(function(){{googletag.display("div-gpt-{slot}")}});</script></div>\n'
    )


def newsletter(site: Site) -> str:
    return f"""<div class="newsletter"><h3>Newsletter</h3><p>{esc(site.newsletter)}</p>
<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="you@example.org" required><button type="submit">{esc(site.newsletter_button)}</button></form></div>
"""


def cookie(site: Site) -> str:
    a, b = site.cookie_buttons
    return f"""<div class="cookie" id="consent-banner" role="dialog" aria-modal="true"><p>{esc(site.cookie)}</p>
<button id="consent-accept">{esc(a)}</button> <button id="consent-settings">{esc(b)}</button></div>
<script>document.getElementById('consent-accept').onclick=function(){{document.cookie='consent=1;path=/;max-age=31536000';this.parentNode.remove()}};</script>
"""


def footer(site: Site, *, tag: str = "footer") -> str:
    cols = []
    per = max(1, len(site.footer_links) // 3)
    for c in range(3):
        links = site.footer_links[c * per : (c + 1) * per] if c < 2 else site.footer_links[2 * per :]
        lis = "".join(f'<li><a href="/{slug(t)}">{esc(t)}</a></li>' for t in links)
        cols.append(f'<ul class="footer-col">{lis}</ul>')
    sections = " | ".join(f'<a href="/{slug(s)}/">{esc(s)}</a>' for s in site.nav)
    return f"""<{tag} class="site-footer">
<div class="footer-sections">{sections}</div>
<div class="footer-cols">{"".join(cols)}</div>
<p class="copyright">{esc(site.footer_note)}</p>
</{tag}>
"""


def tail_scripts(site: Site) -> str:
    config = {
        "site": site.domain,
        "ads": {"slots": ["top", "mpu1", "mpu2", "sticky"], "lazy": True},
        "paywall": {"meter": 5},
        "i18n": {"share": site.share[0], "comments": site.comments},
    }
    return f"""<script>window.__SITE_CONFIG__ = {json.dumps(config, ensure_ascii=False)};</script>
<script src="https://cdn.{site.domain}/assets/app.8c1e2f.js" defer></script>
<script>!function(){{var s=document.createElement('script');s.src='https://metrics.{site.domain}/m.js';s.async=1;document.head.appendChild(s)}}();</script>
<noscript><img src="https://metrics.{site.domain}/pixel.gif" alt=""></noscript>
</body>
</html>
"""


def wp_sidebar(site: Site, recent: list[str], categories: list[str], archives: list[str]) -> str:
    rec = "".join(f'<li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in recent)
    cats = "".join(
        f'<li class="cat-item"><a href="/category/{slug(c)}/">{esc(c)}</a> ({3 + i})</li>'
        for i, c in enumerate(categories)
    )
    arch = "".join(f'<li><a href="/{slug(a)}/">{esc(a)}</a></li>' for a in archives)
    return f"""<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" class="search-form" action="/"><label><span class="screen-reader-text">{esc(site.search)}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{esc(site.search)}"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>{rec}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>{cats}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{arch}</ul></section>
<section id="text-3" class="widget widget_text"><div class="textwidget"><p>{esc(site.newsletter)}</p></div></section>
</aside>
"""


def wp_comments(site: Site, comments: list[tuple[str, str, str]]) -> str:
    """WordPress comment list: (author, date text, comment text)."""
    items = []
    for i, (who, when, text) in enumerate(comments):
        items.append(
            f"""<li id="comment-{101 + i}" class="comment even thread-even depth-1"><article id="div-comment-{101 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{i}" class="avatar" height="56" width="56"><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-{101 + i}"><time datetime="2024-01-0{i + 1}T10:00:00+00:00">{esc(when)}</time></a></div></footer>
<div class="comment-content"><p>{esc(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{101 + i}">Reply</a></div></article></li>"""
        )
    return f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{len(comments)} thoughts</h2>
<ol class="comment-list">{"".join(items)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
"""
