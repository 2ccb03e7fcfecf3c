"""Write ``pages/*.html`` and ``cases.json`` of the held-out set from the page modules.

Every page module (``pages_*.py``) defines ``PAGES``, a list of :class:`Page`. Before writing, each case is
checked against its page: every ``must_contain`` snippet occurs exactly once in the page's visible text
(scripts and styles left out), and every ``must_not_contain`` snippet occurs at least once.

    .venv/bin/python bench/extraction/holdout/build_holdout.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

MODULES = [
    "pages_en",
    "pages_de",
    "pages_fr",
    "pages_es",
    "pages_it",
    "pages_nl",
    "pages_pt",
    "pages_pl",
    "pages_ja",
    "pages_ru",
]


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
    html: str
    must_contain: list[str]
    must_not_contain: list[str]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def visible_text(markup: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(markup.encode("utf-8"))
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return norm(" ".join(t for t in tree.itertext()))


def check(page: Page) -> list[str]:
    text = visible_text(page.html)
    problems = []
    for snippet in page.must_contain:
        count = text.count(norm(snippet))
        if count != 1:
            problems.append(f"{page.id}: must_contain found {count}x: {snippet[:60]!r}")
    for snippet in page.must_not_contain:
        if norm(snippet) not in text:
            problems.append(f"{page.id}: must_not_contain absent: {snippet[:60]!r}")
    if len(page.must_contain) < 3 or len(page.must_not_contain) < 3:
        problems.append(f"{page.id}: too few snippets")
    if not re.match(r"\d{4}-\d{2}-\d{2}", page.published):
        problems.append(f"{page.id}: published {page.published!r}")
    return problems


def collect() -> list[Page]:
    import importlib

    pages: list[Page] = []
    for name in MODULES:
        pages.extend(importlib.import_module(name).PAGES)
    return pages


def main() -> int:
    pages = collect()
    problems = [p for page in pages for p in check(page)]
    ids = [p.id for p in pages]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    cases = []
    for page in pages:
        (out / f"{page.id}.html").write_text(page.html, encoding="utf-8")
        cases.append(
            {
                "id": page.id,
                "file": f"pages/{page.id}.html",
                "url": page.url,
                "language": page.language,
                "declared_language": page.declared_language,
                "title": page.title,
                "authors": page.authors,
                "published": page.published,
                "published_date": page.published[:10],
                "shapes": page.shapes,
                "must_contain": page.must_contain,
                "must_not_contain": page.must_not_contain,
            }
        )
    (HERE / "cases.json").write_text(
        json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    langs = sorted({p.language.split("-")[0] for p in pages})
    print(
        f"{len(pages)} pages, {len(langs)} languages ({', '.join(langs)}), "
        f"{sum(len(p.must_contain) for p in pages)} must / {sum(len(p.must_not_contain) for p in pages)} must-not"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
