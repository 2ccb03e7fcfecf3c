# ruff: noqa: RUF001
"""Furniture and page shells of the second held-out set, written for it from scratch.

A :class:`Site` carries one fictional site's name, menu, cookie banner, newsletter pitch, footer and the
interface labels of its platform, in the language its readers see (which is not always the language the
page declares). The shells (``classic``, ``app``, ``wordpress``, ``amp``, ``old_tables``, ``blogger``,
``drupal``) dress an article's markup, written by hand per page in the ``stories_*`` modules, the way one
kind of site would render it. Helpers build the in-story pieces (ad slots, "read also" links, share bars,
figures) and the head's metadata (JSON-LD, OpenGraph).
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Page:
    """One case: the page's markup, what a reader should find, and the story text (for the build checks)."""

    id: str
    url: str
    language: str
    declared_language: str | None
    title: str
    authors: list[str]
    published: str
    shapes: list[str]
    html: str
    must_contain: list[str]
    must_not_contain: list[str]
    story: list[str]  # the story's own text blocks: must_contain come from here, must_not_contain never do


@dataclass
class Comment:
    author: str
    iso: str
    when: str
    text: str


@dataclass
class Teaser:
    headline: str
    href: str
    summary: str = ""
    iso: str | None = None  # a <time datetime> on the teaser (a date trap on some pages)
    when: str = ""


@dataclass
class Site:
    name: str
    domain: str
    lang: str | None  # the html lang attribute as the site emits it (may be wrong or absent)
    nav: list[str]
    cookie: str
    newsletter: str
    footer: str
    labels: dict[str, str]
    footer_links: list[str] = field(default_factory=list)
    tagline: str = ""
    dir: str | None = None

    def l(self, key: str) -> str:  # noqa: E743 - a short name keeps the shells readable
        return self.labels[key]  # KeyError on purpose: no English fallback on a foreign page

    @property
    def lang_attr(self) -> str:
        out = f' lang="{self.lang}"' if self.lang else ""
        return out + (f' dir="{self.dir}"' if self.dir else "")


# --- small helpers ----------------------------------------------------------------------------------------


def t(text: str) -> str:
    """Escape text for an element's content."""
    return html.escape(text, quote=False)


def q(text: str) -> str:
    """Escape text for an attribute value."""
    return html.escape(text, quote=True)


_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digest(*parts: str) -> int:
    return int(hashlib.sha1("/".join(parts).encode()).hexdigest()[:15], 16)


def emotion(*parts: str) -> str:
    """An Emotion-style class name, ``css-1q8x2bz``."""
    n, out = _digest(*parts), ""
    while len(out) < 7:
        out = _B36[n % 36] + out
        n //= 36
    return "css-" + out


def styled(*parts: str) -> str:
    """A styled-components pair, ``sc-3f9a1c kDfRtq``."""
    n = _digest(*parts)
    word = ""
    m = n
    for _ in range(6):
        word += _ALPHA[m % 52]
        m //= 52
    return f"sc-{n & 0xFFFFFF:06x} {word}"


def cssmod(component: str, name: str) -> str:
    """A CSS-modules class name, ``ArticleBody_text__x7Yq2``."""
    n, out = _digest(component, name), ""
    for _ in range(5):
        out += (_ALPHA + "0123456789")[n % 62]
        n //= 62
    return f"{component}_{name}__{out}"


def paras(texts: Iterable[str], attrs: str = "", tag: str = "p") -> str:
    return "\n".join(f"<{tag}{attrs}>{t(x)}</{tag}>" for x in texts)


def jsonld(obj: dict[str, Any]) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + "</script>"


def meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{q(name)}" content="{q(content)}">'


def og(
    title: str,
    url: str,
    site: Site,
    *,
    description: str = "",
    image: str | None = None,
    published: str | None = None,
    modified: str | None = None,
    author_urls: Sequence[str] = (),
    author_names: Sequence[str] = (),
    section: str | None = None,
    locale: str | None = None,
    kind: str = "article",
) -> str:
    out = [
        meta("og:type", kind, "property"),
        meta("og:title", title, "property"),
        meta("og:url", url, "property"),
        meta("og:site_name", site.name, "property"),
    ]
    if locale:
        out.append(meta("og:locale", locale, "property"))
    if description:
        out += [meta("og:description", description, "property"), meta("description", description)]
    out.append(
        meta("og:image", image or f"https://img.{site.domain}/social/{_digest(url) % 99999}.jpg", "property")
    )
    if published:
        out.append(meta("article:published_time", published, "property"))
    if modified:
        out.append(meta("article:modified_time", modified, "property"))
    if section:
        out.append(meta("article:section", section, "property"))
    out += [meta("article:author", u, "property") for u in author_urls]
    out += [meta("author", n) for n in author_names]
    out.append(meta("twitter:card", "summary_large_image"))
    return "\n".join(out)


def person(name: str, site: Site, slug: str | None = None) -> dict[str, Any]:
    slug = slug or name.lower().replace(" ", "-")
    return {"@type": "Person", "name": name, "url": f"https://{site.domain}/autor/{slug}"}


def publisher(site: Site) -> dict[str, Any]:
    return {
        "@type": "NewsMediaOrganization",
        "name": site.name,
        "url": f"https://{site.domain}/",
        "logo": {"@type": "ImageObject", "url": f"https://{site.domain}/static/logo-600x60.png"},
    }


def canonical(url: str) -> str:
    return f'<link rel="canonical" href="{q(url)}">'


# --- in-story pieces --------------------------------------------------------------------------------------


def ad_slot(site: Site, slot: str, caption: str | None = None, cls: str = "ad-slot") -> str:
    """An ad container with its label (and, on some sites, the advertiser's caption) and a googletag call."""
    cap = f'<div class="{cls}__caption">{t(caption)}</div>' if caption else ""
    return (
        f'<div class="{cls}" id="{slot}" data-ad-unit="/2214/{site.domain}/article/{slot}">'
        f'<span class="{cls}__label">{t(site.l("ad"))}</span>{cap}'
        f"<script>googletag.cmd.push(function(){{googletag.display('{slot}');}});</script></div>"
    )


def share_bar(site: Site, cls: str = "share") -> str:
    items = site.l("share_items").split("|")
    links = "".join(
        f'<li><a class="{cls}__{i}" href="#" rel="nofollow">{t(x)}</a></li>' for i, x in enumerate(items)
    )
    return f'<div class="{cls}"><span class="{cls}__label">{t(site.l("share"))}</span><ul>{links}</ul></div>'


def figure(src: str, caption: str = "", credit: str = "", cls: str = "figure") -> str:
    cap = f"<figcaption>{t(caption)}</figcaption>" if caption else ""
    cred = f'<span class="{cls}__credit">{t(credit)}</span>' if credit else ""
    return f'<figure class="{cls}"><img src="{q(src)}" alt="" loading="lazy" width="1200" height="675">{cred}{cap}</figure>'


def teaser_list(teasers: Sequence[Teaser], heading: str, cls: str = "related", tag: str = "section") -> str:
    items = []
    for x in teasers:
        when = f' <time datetime="{x.iso}">{t(x.when)}</time>' if x.iso else ""
        summ = f"<p>{t(x.summary)}</p>" if x.summary else ""
        items.append(f'<li><a href="{q(x.href)}">{t(x.headline)}</a>{when}{summ}</li>')
    return f'<{tag} class="{cls}"><h2>{t(heading)}</h2><ul>{"".join(items)}</ul></{tag}>'


def newsletter_box(site: Site, cls: str = "newsletter", tag: str = "div") -> str:
    return (
        f'<{tag} class="{cls}"><p class="{cls}__pitch">{t(site.newsletter)}</p>'
        f'<form action="https://{site.domain}/newsletter" method="post"><label>{t(site.l("email"))} '
        f'<input type="email" name="email" placeholder="{q(site.l("email"))}"></label>'
        f'<button type="submit">{t(site.l("newsletter_button"))}</button></form></{tag}>'
    )


def cookie_banner(site: Site, cls: str = "cookie-banner") -> str:
    return (
        f'<div class="{cls}" role="dialog" aria-live="polite"><p>{t(site.cookie)}</p>'
        f'<button type="button">{t(site.l("accept"))}</button> <button type="button">{t(site.l("settings"))}</button></div>'
    )


def comments_div(site: Site, comments: Sequence[Comment], cls: str = "comments") -> str:
    if not comments:
        return ""
    items = "".join(
        f'<div class="{cls}__item"><div class="{cls}__author">{t(c.author)}</div>'
        f'<div class="{cls}__date">{t(c.when)}</div><div class="{cls}__text">{t(c.text)}</div>'
        f'<a href="#" class="{cls}__reply">{t(site.l("reply"))}</a></div>'
        for c in comments
    )
    return f'<div class="{cls}" id="comments"><h2>{t(site.l("comments"))} ({len(comments)})</h2>{items}</div>'


def comments_article(site: Site, comments: Sequence[Comment], cls: str = "comment") -> str:
    if not comments:
        return ""
    items = "".join(
        f'<article class="{cls}" id="c{i + 101}"><header><span class="{cls}__author">{t(c.author)}</span> '
        f'<time datetime="{c.iso}">{t(c.when)}</time></header><p>{t(c.text)}</p>'
        f'<footer><button type="button">{t(site.l("reply"))}</button></footer></article>'
        for i, c in enumerate(comments)
    )
    return f'<section class="comments" id="comments"><h2>{t(site.l("comments"))}</h2>{items}</section>'


_STYLE = (
    "<style>body{margin:0;font:16px/1.5 Georgia,serif}.skip-link{position:absolute;left:-999px}"
    ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:1em}"
    ".ad-slot{min-height:250px;background:#f3f3f3;text-align:center}.share ul{display:flex;list-style:none}"
    ".site-header nav ul{display:flex;gap:1em;list-style:none}</style>"
)


def _analytics(site: Site) -> str:
    return (
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        f"gtag('js',new Date());gtag('config','G-{_digest(site.domain) % 10**8:08d}');"
        "var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script>"
    )


def _nav_ul(site: Site, cls: str = "menu") -> str:
    return (
        f'<ul class="{cls}">'
        + "".join(f'<li><a href="/{i}/">{t(x)}</a></li>' for i, x in enumerate(site.nav))
        + "</ul>"
    )


def _footer_links(site: Site) -> str:
    return "".join(f'<li><a href="/info/{i}">{t(x)}</a></li>' for i, x in enumerate(site.footer_links))


# --- shells -----------------------------------------------------------------------------------------------


def classic(
    site: Site,
    *,
    title: str,
    head: str,
    article: str,
    teasers: Sequence[Teaser] = (),
    most_read: Sequence[str] = (),
    comments: Sequence[Comment] = (),
    comments_mode: str = "div",
    teasers_above: Sequence[Teaser] = (),
    breadcrumbs: Sequence[str] = (),
    ticker: Sequence[str] = (),
    form: bool = False,
    sidebar_newsletter: bool = True,
    body_class: str = "article",
) -> str:
    """A conventional news CMS: top bar, header with menu and search, main column, sidebar, footer."""
    form_open = form_close = ""
    if form:
        form_open = (
            '<form method="post" action="./Articulo.aspx?id=88213" id="aspnetForm">'
            '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI3NjQ0ODQ2Mw9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFBlBvcnRhZGQCAw9kFgICAQ8PFgIfAAUJTm90aWNpYXNkZGTx8p7Hc3Q0mZ1L2k3cXqkWm9yPbA==">'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAM1m6x0pY8q0G3r2VhQ4sTn"></div>'
            "<script>//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nfunction __doPostBack(eventTarget, eventArgument) {"
            " if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); } }\n//]]></script>"
        )
        form_close = "</form>"
    tick = ""
    if ticker:
        tick = '<div class="ticker"><strong>{}</strong><ul>{}</ul></div>'.format(
            t(site.l("ticker")), "".join(f"<li><a href='#'>{t(x)}</a></li>" for x in ticker)
        )
    above = ""
    if teasers_above:
        above = '<section class="top-stories"><h2>{}</h2>{}</section>'.format(
            t(site.l("top_stories")),
            "".join(
                f'<article class="teaser"><h3><a href="{q(x.href)}">{t(x.headline)}</a></h3>'
                + (f'<time datetime="{x.iso}">{t(x.when)}</time>' if x.iso else "")
                + (f"<p>{t(x.summary)}</p>" if x.summary else "")
                + "</article>"
                for x in teasers_above
            ),
        )
    crumbs = ""
    if breadcrumbs:
        crumbs = '<nav class="breadcrumbs" aria-label="breadcrumb"><ol>{}</ol></nav>'.format(
            "".join(f'<li><a href="/{i}/">{t(x)}</a></li>' for i, x in enumerate(breadcrumbs))
        )
    rel = teaser_list(teasers, site.l("related")) if teasers else ""
    comm = comments_article(site, comments) if comments_mode == "article" else comments_div(site, comments)
    mr = ""
    if most_read:
        mr = '<div class="most-read"><h2>{}</h2><ol>{}</ol></div>'.format(
            t(site.l("most_read")), "".join(f'<li><a href="#">{t(x)}</a></li>' for x in most_read)
        )
    news = newsletter_box(site) if sidebar_newsletter else ""
    return f"""<!DOCTYPE html>
<html{site.lang_attr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(title)}</title>
{head}
<link rel="stylesheet" href="https://static.{site.domain}/css/main.4f2a9c.css">
{_STYLE}
{_analytics(site)}
</head>
<body class="{body_class}">
{form_open}
<a class="skip-link" href="#main">{t(site.l("skip"))}</a>
<div class="topbar"><a href="/login">{t(site.l("login"))}</a></div>
<header class="site-header">
<div class="logo"><a href="/"><img src="https://static.{site.domain}/img/logo.svg" alt="{q(site.name)}"></a></div>
<nav class="main-nav">{_nav_ul(site)}</nav>
<div class="search"><input type="search" name="q" placeholder="{q(site.l("search"))}"><button type="button">{t(site.l("search"))}</button></div>
</header>
{tick}
{above}
<div class="layout">
<main id="main">
{crumbs}
{article}
{rel}
{comm}
</main>
<aside class="sidebar">
{mr}
{news}
</aside>
</div>
<footer class="site-footer">
<ul class="footer-links">{_footer_links(site)}</ul>
<p class="copyright">{t(site.footer)}</p>
</footer>
{cookie_banner(site)}
{form_close}
<script src="https://static.{site.domain}/js/bundle.81c2.js" defer></script>
</body>
</html>
"""


def app(
    site: Site,
    *,
    title: str,
    head: str,
    article: str,
    c: Any,
    teasers: Sequence[Teaser] = (),
    most_read: Sequence[str] = (),
    comments: Sequence[Comment] = (),
    next_data: dict[str, Any] | None = None,
    root_id: str = "__next",
) -> str:
    """A client-rendered app (React with CSS-in-JS or CSS modules): divs with generated class names.

    ``c(name)`` gives the class for a part (``emotion``, ``styled`` or ``cssmod`` bound to the site), so no
    "comment", "related" or "cookie" hint is left unless the class scheme keeps component names.
    """
    nav = "".join(
        f'<li class="{c("navitem")}"><a class="{c("navlink")}" href="/{i}">{t(x)}</a></li>'
        for i, x in enumerate(site.nav)
    )
    rel = ""
    if teasers:
        cards = "".join(
            f'<a class="{c("card")}" href="{q(x.href)}"><div class="{c("cardtitle")}">{t(x.headline)}</div>'
            + (f'<div class="{c("cardsummary")}">{t(x.summary)}</div>' if x.summary else "")
            + (f'<time class="{c("cardtime")}" datetime="{x.iso}">{t(x.when)}</time>' if x.iso else "")
            + "</a>"
            for x in teasers
        )
        rel = f'<div class="{c("relwrap")}"><h2 class="{c("relhead")}">{t(site.l("related"))}</h2><div class="{c("grid")}">{cards}</div></div>'
    comm = ""
    if comments:
        items = "".join(
            f'<div class="{c("citem")}"><div class="{c("cmeta")}"><span class="{c("cname")}">{t(x.author)}</span>'
            f'<span class="{c("cwhen")}">{t(x.when)}</span></div><div class="{c("cbody")}">{t(x.text)}</div>'
            f'<button class="{c("cbtn")}">{t(site.l("reply"))}</button></div>'
            for x in comments
        )
        comm = f'<div class="{c("cwrap")}"><h2 class="{c("chead")}">{t(site.l("comments"))}</h2>{items}</div>'
    mr = ""
    if most_read:
        mr = (
            f'<div class="{c("mrwrap")}"><h2 class="{c("mrhead")}">{t(site.l("most_read"))}</h2><ol class="{c("mrlist")}">'
            + "".join(f'<li class="{c("mritem")}"><a href="#">{t(x)}</a></li>' for x in most_read)
            + "</ol></div>"
        )
    nd = ""
    if next_data is not None:
        nd = (
            '<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps(next_data, ensure_ascii=False)
            + "</script>"
        )
    rules = "".join(
        f".{c(n).split()[0]}{{display:block;margin:0 0 1rem}}"
        for n in ("body", "navitem", "card", "cwrap", "footer")
    )
    return f"""<!DOCTYPE html>
<html{site.lang_attr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{t(title)}</title>
{head}
<link rel="preload" href="/_next/static/css/7d1e0c2a.css" as="style">
<style data-emotion="css" data-s="">{rules}</style>
{_analytics(site)}
</head>
<body>
<div id="{root_id}"><div class="{c("app")}">
<div class="{c("skipwrap")}"><a class="{c("skip")}" href="#main-content">{t(site.l("skip"))}</a></div>
<header class="{c("header")}"><div class="{c("bar")}"><a class="{c("logo")}" href="/" aria-label="{q(site.name)}"><svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"></path></svg></a>
<button class="{c("menubtn")}" type="button">{t(site.l("menu"))}</button>
<nav class="{c("nav")}"><ul class="{c("navlist")}">{nav}</ul></nav>
<div class="{c("searchbox")}"><input class="{c("searchinput")}" type="search" placeholder="{q(site.l("search"))}"></div></div></header>
<div class="{c("page")}" id="main-content">
{article}
{rel}
{comm}
{mr}
</div>
<div class="{c("nlwrap")}"><div class="{c("nltext")}">{t(site.newsletter)}</div><input class="{c("nlinput")}" type="email" placeholder="{q(site.l("email"))}"><button class="{c("nlbtn")}">{t(site.l("newsletter_button"))}</button></div>
<div class="{c("footer")}"><div class="{c("flinks")}">{"".join(f'<a class="{c("flink")}" href="/info/{i}">{t(x)}</a>' for i, x in enumerate(site.footer_links))}</div><div class="{c("fcopy")}">{t(site.footer)}</div></div>
</div></div>
<div class="{c("consent")}" role="dialog"><div class="{c("consenttext")}">{t(site.cookie)}</div><button class="{c("consentok")}">{t(site.l("accept"))}</button><button class="{c("consentset")}">{t(site.l("settings"))}</button></div>
{nd}
<script src="/_next/static/chunks/webpack-5c1f.js" defer></script><script src="/_next/static/chunks/framework-2a7d.js" defer></script>
</body>
</html>
"""


def wordpress(
    site: Site,
    *,
    title: str,
    head: str,
    post_id: int,
    category: str,
    headline: str,
    entry_meta: str,
    content: str,
    tags: Sequence[str] = (),
    prev_next: tuple[str, str] = ("", ""),
    comments: Sequence[Comment] = (),
    recent: Sequence[str] = (),
    categories: Sequence[str] = (),
    archives: Sequence[str] = (),
    widget_text: str = "",
) -> str:
    """A WordPress theme (underscores-like markup): entry header/content/footer, comments, widget sidebar."""
    slug = category.lower().replace(" ", "-")
    comm = ""
    if comments:
        items = "".join(
            f'<li id="comment-{post_id + i}" class="comment even thread-even depth-1">'
            f'<article id="div-comment-{post_id + i}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{_digest(x.author) % 10**12:012x}?s=32&amp;d=mm" class="avatar" height="32" width="32">'
            f'<b class="fn">{t(x.author)}</b> <span class="says">{t(site.l("says"))}</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{post_id + i}"><time datetime="{x.iso}">{t(x.when)}</time></a></div></footer>'
            f'<div class="comment-content"><p>{t(x.text)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">{t(site.l("reply"))}</a></div></article></li>'
            for i, x in enumerate(comments)
        )
        comm = (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{t(site.l("comments"))}</h2>'
            f'<ol class="comment-list">{items}</ol>'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{t(site.l("leave_reply"))}</h3>'
            f'<form action="https://{site.domain}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            f'<p class="comment-notes">{t(site.l("comment_notes"))}</p>'
            f'<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{q(site.l("post_comment"))}"></p></form></div></div>'
        )
    tag_html = ""
    if tags:
        tag_html = (
            f'<span class="tags-links">{t(site.l("tags"))} '
            + ", ".join(f'<a href="/tag/{i}/" rel="tag">{t(x)}</a>' for i, x in enumerate(tags))
            + "</span>"
        )
    prev, nxt = prev_next
    pn = ""
    if prev or nxt:
        pn = (
            '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
            f'<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">{t(site.l("prev"))}</span> <span class="post-title">{t(prev)}</span></a></div>'
            f'<div class="nav-next"><a href="#" rel="next"><span class="meta-nav">{t(site.l("next"))}</span> <span class="post-title">{t(nxt)}</span></a></div></div></nav>'
        )

    def widget(wid: str, kind: str, heading: str, items: Sequence[str]) -> str:
        if not items:
            return ""
        lis = "".join(f'<li><a href="#">{t(x)}</a></li>' for x in items)
        return f'<section id="{wid}" class="widget {kind}"><h2 class="widget-title">{t(heading)}</h2><ul>{lis}</ul></section>'

    text_widget = ""
    if widget_text:
        text_widget = f'<section id="text-3" class="widget widget_text"><div class="textwidget">{widget_text}</div></section>'
    return f"""<!DOCTYPE html>
<html{site.lang_attr}>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{head}
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="wp-block-library-css" href="https://{site.domain}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<style id="global-styles-inline-css">body{{--wp--preset--color--black:#000;--wp--preset--font-size--small:13px}}</style>
<script src="https://{site.domain}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{_analytics(site)}
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">{t(site.l("skip"))}</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://{site.domain}/" rel="home">{t(site.name)}</a></p><p class="site-description">{t(site.tagline)}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">{t(site.l("menu"))}</button>{_nav_ul(site, "menu nav-menu")}</nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug}">
<header class="entry-header">
<span class="cat-links"><a href="/category/{slug}/" rel="category tag">{t(category)}</a></span>
<h1 class="entry-title">{t(headline)}</h1>
<div class="entry-meta">{entry_meta}</div>
</header>
<div class="post-thumbnail"><img width="1024" height="576" src="https://{site.domain}/wp-content/uploads/2024/{post_id}-1024x576.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
{content}
</div>
<footer class="entry-footer">{tag_html}</footer>
</article>
{pn}
{comm}
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{site.domain}/"><label><span class="screen-reader-text">{t(site.l("search"))}</span><input type="search" class="search-field" placeholder="{q(site.l("search"))}" name="s"></label><input type="submit" class="search-submit" value="{q(site.l("search"))}"></form></section>
{widget("recent-posts-2", "widget_recent_entries", site.l("recent"), recent)}
{text_widget}
{widget("categories-2", "widget_categories", site.l("categories"), categories)}
{widget("archives-2", "widget_archive", site.l("archives"), archives)}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{t(site.footer)} <span class="sep"> | </span> {t(site.l("powered"))}</div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{t(site.cookie)}</span> <a role="button" class="cli_action_button" id="cookie_action_close_header">{t(site.l("accept"))}</a> <a role="button" class="cli_settings_button">{t(site.l("settings"))}</a></div>
<script src="https://{site.domain}/wp-content/themes/newsroom/js/navigation.js?ver=1.2.0" id="theme-navigation-js"></script>
</body>
</html>
"""


def amp(site: Site, *, title: str, head: str, url: str, article: str, teasers: Sequence[Teaser] = ()) -> str:
    """An AMP page: amp runtime, boilerplate styles, amp-sidebar, amp-img, amp-ad, amp-user-notification."""
    lang = f' lang="{site.lang}"' if site.lang else ""
    rel = ""
    if teasers:
        rel = (
            f'<section class="rel"><h2>{t(site.l("related"))}</h2>'
            + "".join(
                f'<div class="rel-item"><amp-img src="https://img.{site.domain}/t/{i}.jpg" width="120" height="68" layout="fixed"></amp-img>'
                f'<a href="{q(x.href)}">{t(x.headline)}</a></div>'
                for i, x in enumerate(teasers)
            )
            + "</section>"
        )
    return f"""<!doctype html>
<html ⚡{lang}>
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-user-notification" src="https://cdn.ampproject.org/v0/amp-user-notification-0.1.js"></script>
<title>{t(title)}</title>
<link rel="canonical" href="{q(url.replace("/amp/", "/"))}">
<meta name="viewport" content="width=device-width">
{head}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:sans-serif}}.hdr{{display:flex}}.rel-item{{display:flex;gap:8px}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-{_digest(site.domain) % 10**8:08d}","config":{{"G-{_digest(site.domain) % 10**8:08d}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="left"><button on="tap:menu.close" class="close">×</button><nav>{_nav_ul(site)}</nav></amp-sidebar>
<header class="hdr"><button on="tap:menu.toggle" class="burger">{t(site.l("menu"))}</button><a class="brand" href="https://{site.domain}/">{t(site.name)}</a></header>
<main>
{article}
{rel}
</main>
<footer class="ftr"><ul>{_footer_links(site)}</ul><p>{t(site.footer)}</p></footer>
<amp-user-notification id="consent" layout="nodisplay"><div class="consent">{t(site.cookie)} <button on="tap:consent.dismiss">{t(site.l("accept"))}</button></div></amp-user-notification>
</body>
</html>
"""


def old_tables(
    site: Site,
    *,
    title: str,
    head: str,
    article: str,
    left: str,
    right: str,
    bgcolor: str = "#003366",
) -> str:
    """A site from the early 2000s: HTML 4.01, one fixed-width layout table, font tags, image masthead."""
    nav = " | ".join(
        f'<a href="/{i}.html"><font color="#FFFFFF">{t(x)}</font></a>' for i, x in enumerate(site.nav)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html{site.lang_attr}>
<head>
<title>{t(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function popUp(URL) {{ window.open(URL, 'print', 'toolbar=0,scrollbars=1,width=600,height=500'); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/images/masthead.gif" width="780" height="90" border="0" alt="{q(site.name)}"></a></td></tr>
<tr><td colspan="3" bgcolor="{bgcolor}" height="22"><font face="Verdana, Arial, Helvetica, sans-serif" size="1">&nbsp;{nav}</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E8E8E8">{left}</td>
<td width="480" valign="top"><table width="100%" border="0" cellpadding="8" cellspacing="0"><tr><td>{article}</td></tr></table></td>
<td width="150" valign="top">{right}</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#E8E8E8"><font face="Verdana, Arial" size="1">{" | ".join(f'<a href="/{i}.html">{t(x)}</a>' for i, x in enumerate(site.footer_links))}<br>{t(site.footer)}</font></td></tr>
</table>
</body>
</html>
"""


def blogger(
    site: Site,
    *,
    title: str,
    head: str,
    post: str,
    sidebar: str,
    comments: Sequence[Comment] = (),
) -> str:
    """A Blogger (blogspot-style) layout: header widget, date header, post, comments, blog archive sidebar."""
    comm = ""
    if comments:
        comm = (
            f"<div class='comments' id='comments'><h4>{t(site.l('comments'))}</h4><div class='comments-content'><ol>"
            + "".join(
                f"<li class='comment' id='c{_digest(x.author) % 10**10}'><div class='avatar-image-container'><img src='//img1.blogblog.com/img/blank.gif'></div>"
                f"<div class='comment-block'><div class='comment-header'><cite class='user'>{t(x.author)}</cite>"
                f"<span class='datetime secondary-text'><a rel='nofollow' href='#'>{t(x.when)}</a></span></div>"
                f"<p class='comment-content'>{t(x.text)}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'>{t(site.l('reply'))}</a></span></div></li>"
                for x in comments
            )
            + "</ol></div></div>"
        )
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr'{site.lang_attr} xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'>
<meta content='blogger' name='generator'>
<title>{t(title)}</title>
{head}
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 13px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }}
.post-body {{ line-height: 1.4; }}
--></style>
<script type='text/javascript'>window._gaq = window._gaq || [];</script>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ }}</script><div id='navbar-iframe-container'></div></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{site.domain}/'>{t(site.name)}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{t(site.tagline)}</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'><div class='widget-content'>{_nav_ul(site)}</div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
{post}
{comm}
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#'>{t(site.l("newer"))}</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#'>{t(site.l("older"))}</a></span><a class='home-link' href='/'>{t(site.l("home"))}</a></div>
</div></div>
<div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>{sidebar}</div></aside></div>
</div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>{t(site.footer)}</div></div></div></div></footer>
</div></div>
<div id='cookieChoiceInfo' class='cookie-choices-info'><span class='cookie-choices-text'>{t(site.cookie)}</span><span class='cookie-choices-buttons'><a class='cookie-choices-button' id='cookieChoiceDismiss'>{t(site.l("accept"))}</a></span></div>
<script type='text/javascript'>window.cookieChoices && cookieChoices.showCookieConsentBar && cookieChoices.showCookieConsentBar();</script>
</body>
</html>
"""


def drupal(
    site: Site,
    *,
    title: str,
    head: str,
    node: int,
    node_html: str,
    blocks_after: str = "",
    sidebar: str = "",
) -> str:
    """A Drupal 7 site with RDFa output: regions, blocks, the node with its fields."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{site.lang or ""}" version="XHTML+RDFa 1.0"{site.lang_attr}
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="shortlink" href="/node/{node}" />
{head}
<title>{t(title)}</title>
<style type="text/css" media="all">@import url("https://{site.domain}/sites/all/themes/zen/css/styles.css?s8a1k2");</style>
<script type="text/javascript" src="https://{site.domain}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"zen"}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{node} node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">{t(site.l("skip"))}</a></div>
<div id="page">
<header class="header" id="header" role="banner"><a href="/" title="{q(site.name)}" rel="home" class="header__logo" id="logo"><img src="https://{site.domain}/sites/default/files/logo.png" alt="{q(site.name)}" class="header__logo-image" /></a>
<div class="header__name-and-slogan" id="name-and-slogan"><h2 class="header__site-name" id="site-name"><a href="/" title="{q(site.name)}" class="header__site-link" rel="home"><span>{t(site.name)}</span></a></h2><div class="header__site-slogan" id="site-slogan">{t(site.tagline)}</div></div>
<div class="header__region region region-header"><div class="block block-search first last odd" role="search" id="block-search-form"><form action="/node/{node}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><input title="{q(site.l("search"))}" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" id="edit-submit" name="op" value="{q(site.l("search"))}" class="form-submit" /></div></div></form></div></div>
</header>
<div id="navigation"><nav id="main-menu" role="navigation" tabindex="-1"><h2 class="element-invisible">Menu</h2>{_nav_ul(site, "links inline clearfix")}</nav></div>
<div id="main">
<div id="content" class="column" role="main">
<a id="main-content"></a>
<div class="region region-content"><div class="block block-system first last odd" id="block-system-main"><div class="content">
{node_html}
</div></div>
{blocks_after}
</div>
</div>
<aside class="sidebars"><section class="region region-sidebar-second column sidebar">{sidebar}</section></aside>
</div>
<footer id="footer" class="region region-footer"><div class="block block-block first last odd" id="block-block-3"><p>{t(site.footer)}</p></div></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info"><div id="popup-text"><p>{t(site.cookie)}</p></div><div id="popup-buttons"><button type="button" class="agree-button">{t(site.l("accept"))}</button></div></div></div></div>
</body>
</html>
"""
