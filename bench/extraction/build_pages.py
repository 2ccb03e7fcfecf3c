"""Build the evaluation pages (``pages/*.html``) and their expectations (``cases.json``) from ``source/*.json``.

The article texts, comments, teasers and site furniture in ``source/`` were written for this benchmark
(invented news; no text is taken from real sites). This script dresses each article in its fictional
site's page and in one of the page *shapes* that trip up extractors, then picks the snippets the main text
must and must not contain. The output is committed, so the pages can be read and edited by hand; run this
again only after changing ``source/``:

    python bench/extraction/build_pages.py

Body shapes: ``article-p`` (a plain ``<article>`` of ``<p>``), ``divs`` (the text in ``<div>``s, ``<p>``
only in teasers and footer), ``lists-tables`` (key points in ``<li>``, figures in a ``<table>``),
``comments-article`` (teasers above and comments below as ``<article>`` elements), ``form`` (an ASP.NET
``<form>`` around the whole page), ``no-p`` (no ``<p>`` anywhere, paragraphs split by ``<br>``),
``unclosed-header`` (the site ``<header>`` is never closed), ``bad-script`` (a ``</script`` without its
``>``). Metadata styles: ``jsonld``, ``opengraph``, ``microdata``, ``byline-text`` (authors only in the
visible byline), ``url-date`` (the date only in the URL), ``local-offset`` (a local time whose UTC day is
another day).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "fr", "es", "ja", "ru", "pt", "ar")
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1MmRkZ3J5c2VuZXdzYXJjaGl2ZXJiZW5jaG1hcmtwYWdlZm9ybXZpZXdzdGF0ZQ=="

Obj = dict[str, Any]

READ_ALSO = {
    "en": "Read also:",
    "de": "Lesen Sie auch:",
    "fr": "À lire aussi :",
    "es": "Lee también:",
    "ja": "関連記事：",  # noqa: RUF001 (Japanese punctuation)
    "ru": "Читайте также:",
    "pt": "Leia também:",
    "ar": "اقرأ أيضا:",
}

#: Pages built with hashed class names and ids (as CSS-in-JS sites emit): no "comment", "related",
#: "newsletter" or "cookie" left for an extractor to recognise, and asides and sections turned into <div>s.
HASHED = {"on": False}


def cls(name: str) -> str:
    """A class or id as this page writes it: the name, or a stable hash of it on hashed pages."""
    if not HASHED["on"]:
        return name
    return " ".join("sc-" + hashlib.sha1(part.encode()).hexdigest()[:6] for part in name.split())


def box(tag: str) -> str:
    """Semantic containers (aside, section) become <div>s on hashed pages."""
    return "div" if HASHED["on"] and tag in ("aside", "section") else tag


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def sentences(paragraph: str) -> list[str]:
    if "。" in paragraph:
        return [part + "。" for part in paragraph.split("。") if part.strip()]
    return [part for part in re.split(r"(?<=[.!?؟:])\s+", paragraph) if part.strip()]


def local_time(published: str) -> datetime | None:
    return datetime.fromisoformat(published) if "T" in published else None


# --- head -------------------------------------------------------------------------------------------------


def jsonld_block(art: Obj, site: Obj, url: str, lang: str, graph: bool) -> str:
    node: Obj = {
        "@type": "NewsArticle",
        "headline": art["headline"],
        "description": art["description"],
        "author": [{"@type": "Person", "name": name} for name in art["authors"]],
        "datePublished": art["published"],
        "publisher": {"@type": "Organization", "name": site["name"]},
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "articleSection": art["section"],
    }
    if art.get("modified"):
        node["dateModified"] = art["modified"]
    if graph:
        doc: Obj = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "@id": f"https://{site['domain']}/#website", "name": site["name"]},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": site["nav"][0]},
                        {"@type": "ListItem", "position": 2, "name": art["section"]},
                    ],
                },
                node,
            ],
        }
    else:
        doc = {"@context": "https://schema.org", **node}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    return f'<script type="application/ld+json">\n{text}\n</script>'


def head(art: Obj, site: Obj, url: str, lang: str, number: int) -> str:
    style = art["meta"]
    lines = [
        '<meta charset="utf-8">',
        f"<title>{esc(art['headline'])} | {esc(site['name'])}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{esc(art["description"])}">',
        f'<link rel="canonical" href="{esc(url)}">',
        f'<meta property="og:site_name" content="{esc(site["name"])}">',
        '<meta property="og:type" content="article">',
    ]
    if style != "microdata":
        lines.append(f'<meta property="og:title" content="{esc(art["headline"])}">')
        lines.append(f'<meta property="og:url" content="{esc(url)}">')
    if style in ("jsonld", "local-offset"):
        lines.append(jsonld_block(art, site, url, lang, graph=number % 2 == 1))
    if style == "opengraph":
        lines.append(f'<meta property="og:description" content="{esc(art["description"])}">')
        lines.append(f'<meta property="article:published_time" content="{esc(art["published"])}">')
        if art.get("modified"):
            lines.append(f'<meta property="article:modified_time" content="{esc(art["modified"])}">')
        lines.append(f'<meta property="article:section" content="{esc(art["section"])}">')
        for name in art["authors"]:
            lines.append(f'<meta name="author" content="{esc(name)}">')
        lines.append(f'<meta property="article:author" content="https://{site["domain"]}/authors/{number}">')
    if style == "byline-text":
        lines.append(f'<meta property="article:published_time" content="{esc(art["published"])}">')
    if style == "url-date":
        lines.append(f'<meta name="author" content="{esc(", ".join(art["authors"]))}">')
    lines.append(f'<link rel="stylesheet" href="https://{site["domain"]}/static/site.css">')
    lines.append(
        "<script>window.dataLayer = window.dataLayer || []; "
        "function gtag(){dataLayer.push(arguments);} gtag('js', 1);</script>"
    )
    return "\n".join(lines)


# --- body parts -------------------------------------------------------------------------------------------


def site_header(site: Obj, closed: bool) -> str:
    items = "".join(f'<li><a href="/{i}">{esc(item)}</a></li>' for i, item in enumerate(site["nav"]))
    out = (
        f'<a class="{cls("skip-link")}" href="#content">{esc(site["skip"])}</a>\n'
        f'<header class="{cls("site-header")}">\n<div class="{cls("logo")}"><a href="/">{esc(site["name"])}</a></div>\n'
        f'<nav class="{cls("main-nav")}"><ul>{items}</ul></nav>\n'
        f'<div class="{cls("search")}"><input type="search" name="q"><button type="submit">&#128269;</button></div>\n'
    )
    return out + ("</header>\n" if closed else "")


def byline(art: Obj, site: Obj, microdata: bool) -> str:
    names = []
    for i, name in enumerate(art["authors"]):
        if microdata:
            names.append(
                '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'<a rel="author" href="/authors/{i}"><span itemprop="name">{esc(name)}</span></a></span>'
            )
        else:
            names.append(f'<a rel="author" href="/authors/{i}">{esc(name)}</a>')
    joined = names[0] if len(names) == 1 else site["and"].join([", ".join(names[:-1]), names[-1]])
    return f'<div class="{cls("byline")}">{esc(site["by"])}{joined}</div>'


def dateline_time(art: Obj, site: Obj, microdata: bool) -> str:
    when = local_time(art["published"])
    if art["meta"] == "url-date" or when is None:
        return ""
    prop = ' itemprop="datePublished"' if microdata else ""
    shown = when.strftime(site["date_format"])
    return f'<div class="{cls("published")}"><time datetime="{esc(art["published"])}"{prop}>{esc(shown)}</time></div>'


def newsletter(site: Obj, no_p: bool) -> str:
    text = (
        f'<div class="{cls("nl-text")}">{esc(site["newsletter"])}</div>'
        if no_p
        else f"<p>{esc(site['newsletter'])}</p>"
    )
    return (
        f'<div class="{cls("newsletter-box")}">{text}<input type="email" placeholder="@">'
        f'<button type="button">{esc(site["newsletter_button"])}</button></div>'
    )


def share_bar(site: Obj) -> str:
    buttons = "".join(
        f'<a class="{cls("share")}" href="#share-{i}">{esc(s)}</a>' for i, s in enumerate(site["share"])
    )
    return f'<div class="{cls("share-bar")}">{buttons}</div>'


def body_text(art: Obj, site: Obj, shape: str, microdata: bool, read_also: str | None) -> str:
    paragraphs: list[str] = art["paragraphs"]
    label = READ_ALSO[site["lang"]]
    inline = f'<strong>{esc(label)}</strong> <a href="/related/1">{esc(read_also)}</a>' if read_also else ""
    prop = ' itemprop="articleBody"' if microdata else ""
    if shape == "divs":
        texts = [esc(p) for p in paragraphs]
        if inline:
            texts.insert(2, inline)
        blocks = "\n".join(f'<div class="{cls("text-block")}">{t}</div>' for t in texts)
        return f'<div class="{cls("story-body")}"{prop}>\n{blocks}\n</div>'
    if shape == "no-p":
        texts = [esc(p) for p in paragraphs]
        if inline:
            texts.insert(2, inline)
        joined = "\n<br><br>\n".join(texts)
        return f'<div class="{cls("story-text")}"{prop}>\n{joined}\n</div>'
    parts = [f"<p>{esc(p)}</p>" for p in paragraphs]
    if inline:
        parts.insert(2, f"<p>{inline}</p>")
    if shape in ("article-p", "comments-article", "lists-tables"):
        parts.insert(2, newsletter(site, no_p=False))  # a promo box inside the story, as many sites do
    if shape == "lists-tables":
        parts.append(
            f'<ul class="{cls("key-points")}">'
            + "".join(f"<li>{esc(x)}</li>" for x in art["points"])
            + "</ul>"
        )
        table = art["table"]
        head_row = "".join(f"<th>{esc(c)}</th>" for c in table["header"])
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in table["rows"])
        parts.append(
            f'<table class="{cls("figures")}"><caption>{esc(table["caption"])}</caption>'
            f"<thead><tr>{head_row}</tr></thead><tbody>{rows}</tbody></table>"
        )
    inner = "\n".join(parts)
    return f'<div class="{cls("story-body")}"{prop}>\n{inner}\n</div>'


def story(art: Obj, site: Obj, shape: str, read_also: str | None) -> str:
    microdata = art["meta"] == "microdata"
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if microdata else ""
    h1_prop = ' itemprop="headline"' if microdata else ""
    container = "div" if shape in ("divs", "no-p") else "article"
    section = f'<div class="{cls("kicker")}"><a href="/section">{esc(art["section"])}</a></div>'
    return "\n".join(
        [
            f'<{container} class="{cls("story")}"{scope}>',
            section,
            f"<h1{h1_prop}>{esc(art['headline'])}</h1>",
            byline(art, site, microdata),
            dateline_time(art, site, microdata),
            body_text(art, site, shape, microdata, read_also),
            share_bar(site),
            f"</{container}>",
        ]
    )


def teaser_items(site: Obj, teasers: list[list[str]], shape: str, url_date: bool) -> list[str]:
    out = []
    for i, (title, summary) in enumerate(teasers):
        stamp = '<time datetime="2023-11-02T08:00:00+00:00">02/11/2023</time>' if url_date and i == 0 else ""
        summary_html = (
            f'<span class="{cls("teaser-summary")}">{esc(summary)}</span>'
            if shape == "no-p"
            else f'<p class="{cls("teaser-summary")}">{esc(summary)}</p>'
        )
        link = f'<h3><a href="/related/{i}">{esc(title)}</a></h3>'
        if shape == "comments-article":
            out.append(f'<article class="{cls("teaser")}">{link}{summary_html}{stamp}</article>')
        else:
            out.append(f'<li class="{cls("teaser")}">{link}{summary_html}{stamp}</li>')
    return out


def related(site: Obj, teasers: list[list[str]], shape: str, url_date: bool) -> str:
    items = teaser_items(site, teasers, shape, url_date)
    if shape == "comments-article":  # a "top stories" rail of <article>s above the story
        return (
            f'<{box("section")} class="{cls("top-stories")}">\n' + "\n".join(items) + f"\n</{box('section')}>"
        )
    return (
        f'<{box("aside")} class="{cls("related")}"><h2>{esc(site["related"])}</h2><ul>\n'
        + "\n".join(items)
        + f"\n</ul></{box('aside')}>"
    )


def comment_section(site: Obj, comments: list[list[str]], shape: str, published: str) -> str:
    when = local_time(published)
    stamp = when.replace(hour=23, minute=58).isoformat() if when else "2024-12-31T23:58:00+00:00"
    out = []
    for i, (name, text) in enumerate(comments):
        if shape == "comments-article":
            out.append(
                f'<article class="{cls("comment")}" id="{cls("comment")}-{i}"><header><span class="{cls("comment-author")}">{esc(name)}'
                f'</span> <time datetime="{stamp}">{stamp[:10]}</time></header><p>{esc(text)}</p></article>'
            )
        elif shape == "no-p":
            out.append(
                f'<div class="{cls("comment")}"><span class="{cls("comment-author")}">{esc(name)}</span>'
                f'<div class="{cls("comment-body")}">{esc(text)}</div></div>'
            )
        else:
            out.append(
                f'<div class="{cls("comment")}"><div class="{cls("comment-meta")}"><b>{esc(name)}</b></div><p>{esc(text)}</p></div>'
            )
    tag = box("section")
    title = f"<h2>{esc(site['comments'])}</h2>"
    return (
        f'<{tag} class="{cls("comments")}" id="{cls("comments")}">{title}\n' + "\n".join(out) + f"\n</{tag}>"
    )


def footer(site: Obj, shape: str) -> str:
    tag = "div" if shape == "no-p" else "p"
    lines = "".join(f"<{tag}>{esc(line)}</{tag}>" for line in site["footer"])
    return f'<footer class="{cls("site-footer")}">{lines}<{tag}>© 2024 {esc(site["name"])}</{tag}></footer>'


def cookie_banner(site: Obj, shape: str) -> str:
    tag = "div" if shape == "no-p" else "p"
    return (
        f'<div id="{cls("cookie-banner")}" class="{cls("cookie-consent")}" role="dialog"><{tag}>{esc(site["cookie"])}</{tag}>'
        f'<button type="button">{esc(site["cookie_accept"])}</button>'
        f'<button type="button">{esc(site["cookie_reject"])}</button></div>'
    )


# --- a page and its case ----------------------------------------------------------------------------------


def page_url(art: Obj, site: Obj, number: int) -> str:
    if art["meta"] == "url-date":
        return f"https://{site['domain']}/{art['date_in_url']}/{art['slug']}"
    return f"https://{site['domain']}/news/{art['slug']}-{10400 + number}.html"


def build_page(art: Obj, site: Obj, pools: Obj, number: int, index: int) -> tuple[str, Obj]:
    shape = art["body"]
    url = page_url(art, site, number)
    lang = art["html_lang"] if "html_lang" in art else site["lang"]
    expected_lang = site["lang"] if lang in (None, "en") and site["lang"] != "en" else (lang or site["lang"])
    comments = [pools["comments"][(2 * index + k) % len(pools["comments"])] for k in range(3)]
    teasers = [pools["teasers"][(index + k) % len(pools["teasers"])] for k in range(3)]
    url_date = art["meta"] == "url-date"
    HASHED["on"] = number % 2 == 1
    read_also = teasers[1][0] if number % 3 == 0 else None

    parts: list[str] = []
    if shape == "form":
        parts.append(
            f'<form method="post" action="./article.aspx?id={10400 + number}" id="aspnetForm">\n'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
            f'value="{VIEWSTATE}"></div>'
        )
    parts.append(site_header(site, closed=shape != "unclosed-header"))
    if shape == "bad-script":
        parts.append(
            f'<script>window.adSlots = window.adSlots || []; adSlots.push("top");</script\n<div class="{cls("ad-slot")}" id="ad-top"></div>'
        )
    if shape == "comments-article":
        parts.append(related(site, teasers, shape, url_date))
    parts.append('<main id="content">')
    parts.append(story(art, site, shape, read_also))
    if shape != "comments-article":
        parts.append(related(site, teasers, shape, url_date))
    parts.append(comment_section(site, comments, shape, art["published"]))
    parts.append("</main>")
    if shape not in ("article-p", "comments-article", "lists-tables"):
        parts.append(newsletter(site, no_p=shape == "no-p"))
    parts.append(footer(site, shape))
    parts.append(cookie_banner(site, shape))
    if shape == "form":
        parts.append("</form>")

    lang_attr = f' lang="{lang}"' if lang else ""
    dir_attr = ' dir="rtl"' if site["lang"] == "ar" else ""
    body_class = "article-page " + shape
    page = (
        f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n{head(art, site, url, lang or site['lang'], number)}\n"
        f'</head>\n<body class="{body_class}">\n' + "\n".join(parts) + "\n</body>\n</html>\n"
    )

    paras: list[str] = art["paragraphs"]
    if shape == "lists-tables":
        must = [sentences(paras[0])[0], sentences(paras[1])[-1], art["points"][1], art["table"]["snippet"]]
    else:
        picks = [sentences(paras[0])[0], sentences(paras[1])[0], sentences(paras[len(paras) // 2])[-1]]
        picks.append(sentences(paras[-1])[-1])
        must = list(dict.fromkeys(picks))
    must_not = [comments[0][1], teasers[0][0], site["cookie"], site["footer"][0], site["newsletter"]]
    if read_also:
        must_not.append(read_also)
    published = art["published"]
    case: Obj = {
        "id": f"{number:02d}-{site['lang']}-{shape}-{art['meta']}",
        "file": f"pages/{number:02d}-{site['lang']}-{art['slug']}.html",
        "url": url,
        "language": expected_lang,
        "declared_language": lang,
        "title": art["headline"],
        "authors": art["authors"],
        "published": published,
        "published_date": published[:10],
        "shapes": [
            shape,
            art["meta"],
            *(["lang-missing"] if lang is None else []),
            *(["lang-wrong"] if lang == "en" and site["lang"] != "en" else []),
            *(["hashed-classes"] if HASHED["on"] else []),
            *(["read-also-inline"] if read_also else []),
        ],
        "must_contain": must,
        "must_not_contain": must_not,
    }
    return page, case


def main() -> None:
    pages_dir = HERE / "pages"
    pages_dir.mkdir(exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    cases: list[Obj] = []
    number = 0
    for code in LANGUAGES:
        data = json.loads((HERE / "source" / f"{code}.json").read_text(encoding="utf-8"))
        for index, art in enumerate(data["articles"]):
            page, case = build_page(art, data["site"], data, number, index)
            (HERE / case["file"]).write_text(page, encoding="utf-8")
            cases.append(case)
            number += 1
    text = json.dumps({"cases": cases}, ensure_ascii=False, indent=2) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(cases)} pages and cases.json")


if __name__ == "__main__":
    main()
