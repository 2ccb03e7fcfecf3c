"""Write ``pages/*.html`` and ``cases.json`` of the second held-out set from the ``stories_*`` modules.

Every story module defines ``PAGES``, a list of :class:`kit2.Page`. Before anything is written, each case is
checked against its page:

- every ``must_contain`` snippet occurs exactly once in the page's visible text (lxml, with scripts,
  styles, noscript and template elements dropped) and lies inside one of the story's own text blocks;
- every ``must_not_contain`` snippet occurs at least once in the visible text and in none of the story's
  text blocks (so a reader that keeps the whole story and nothing else scores perfectly);
- 3-4 must-contain and 5-6 must-not-contain snippets; ``published`` starts with a date; ids are unique.

    .venv/bin/python bench/extraction/holdout2/build_holdout2.py
    .venv/bin/python bench/extraction/holdout2/build_holdout2.py --set bench/extraction/holdout5

``--set FOLDER`` builds a later held-out set laid out the same way: its story modules are the folder's
``stories*.py`` in name order (each set's ``kit`` module beside them).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from kit2 import Page  # noqa: E402

MODULES = [
    "stories_en",
    "stories_de",
    "stories_fr",
    "stories_es",
    "stories_it",
    "stories_pt",
    "stories_nl",
    "stories_sv",
    "stories_pl",
    "stories_tr",
    "stories_uk",
    "stories_fa",
    "stories_ca",
    "stories_nb",
    "stories_da",
    "stories_id",
    "stories_cs",
]


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
    story = [norm(block) for block in page.story]
    problems = []
    for snippet in page.must_contain:
        s = norm(snippet)
        count = text.count(s)
        if count != 1:
            problems.append(f"{page.id}: must_contain found {count}x in the page: {snippet[:60]!r}")
        if not any(s in block for block in story):
            problems.append(f"{page.id}: must_contain not inside one story block: {snippet[:60]!r}")
    for snippet in page.must_not_contain:
        s = norm(snippet)
        if s not in text:
            problems.append(f"{page.id}: must_not_contain absent from the page: {snippet[:60]!r}")
        if any(s in block for block in story) or s in " ".join(story):
            problems.append(f"{page.id}: must_not_contain is story text: {snippet[:60]!r}")
    if not 3 <= len(page.must_contain) <= 4:
        problems.append(f"{page.id}: {len(page.must_contain)} must_contain (want 3-4)")
    if not 5 <= len(page.must_not_contain) <= 6:
        problems.append(f"{page.id}: {len(page.must_not_contain)} must_not_contain (want 5-6)")
    if not re.match(r"\d{4}-\d{2}-\d{2}", page.published):
        problems.append(f"{page.id}: published {page.published!r}")
    if norm(page.title) not in text:
        problems.append(f"{page.id}: the expected title is not on the page")
    for name in page.authors:
        if name not in text and name not in page.html:
            problems.append(f"{page.id}: author {name!r} is nowhere on the page")
    return problems


def collect(modules: list[str]) -> list[Page]:
    pages: list[Page] = []
    for name in modules:
        pages.extend(importlib.import_module(name).PAGES)
    return pages


def main(folder: Path = HERE, modules: list[str] = MODULES) -> int:
    """Check the cases of the story ``modules`` (importable from ``folder``) and write ``folder``'s set."""
    pages = collect(modules)
    problems = [p for page in pages for p in check(page)]
    dupes = [k for k, v in Counter(p.id for p in pages).items() if v > 1]
    if dupes:
        problems.append(f"duplicate ids: {dupes}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    out = folder / "pages"
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
    (folder / "cases.json").write_text(
        json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    langs = Counter(p.language.split("-")[0] for p in pages)
    undeclared = sum(
        1
        for p in pages
        if not p.declared_language or p.declared_language.split("-")[0] != p.language.split("-")[0]
    )
    size = sum(len(p.html.encode("utf-8")) for p in pages)
    print(
        f"{len(pages)} pages, {len(langs)} languages ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), "
        f"{undeclared} with no or a wrong declared language, "
        f"{sum(len(p.must_contain) for p in pages)} must / {sum(len(p.must_not_contain) for p in pages)} must-not, "
        f"{size // 1024} kB"
    )
    return 0


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--set", type=Path, help="a later held-out set's folder; default: this set")
    args = parser.parse_args(argv)
    if args.set is None:
        return main()
    folder = args.set.resolve()
    sys.path.insert(0, str(folder))  # its story modules and kit
    return main(folder, sorted(path.stem for path in folder.glob("stories*.py")))


if __name__ == "__main__":
    raise SystemExit(cli())
