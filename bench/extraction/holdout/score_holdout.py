"""Score the held-out pages with ``bench/extraction/score.py``'s own extractors and scoring.

``score.py`` reads ``cases.json`` and ``pages/`` beside itself; this script imports it unchanged and points
it at this folder (``holdout/cases.json``, ``holdout/pages/``), so the figures are computed exactly as for
the development set. Options are ``score.py``'s, plus ``--worst N``: for each extractor, the N pages with
the most missed plus leaked snippets, with every snippet and field it got wrong; a line of raw counts
follows the table. ``--set FOLDER`` scores another set laid out the same way (the later held-out sets).

    .venv/bin/python bench/extraction/holdout/score_holdout.py [--repeat 3] [--pages] [--json] [--only WORD]
    .venv/bin/python bench/extraction/holdout/score_holdout.py --worst 5
    .venv/bin/python bench/extraction/holdout/score_holdout.py --set bench/extraction/holdout3
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SCORE_PY = HERE.parent / "score.py"


def load_score(folder: Path = HERE) -> ModuleType:
    """``score.py``, loaded unchanged and pointed at ``folder``'s ``cases.json`` and ``pages/``."""
    spec = importlib.util.spec_from_file_location("extraction_score", SCORE_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORE_PY}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    module.HERE = folder  # load_cases() and evaluate() read cases.json and pages/ relative to HERE
    return module


def worst(score: ModuleType, results: dict[str, list[object]], name: str, count: int) -> str:
    cases = {c["id"]: c for c in score.load_cases(None)}
    pages = sorted(
        results[name],
        key=lambda p: (-(p.fn + p.fp), -(4 - p.authors_ok - p.date_ok - p.title_ok - p.language_ok), p.case),
    )
    lines = [f"\n## {count} worst pages for {name}"]
    for p in pages[:count]:
        case = cases[p.case]
        lines.append(f"\n### {p.case} ({', '.join(p.shapes)}): {p.fn} missed, {p.fp} leaked")
        if p.failure:
            lines.append(f"- failure: {p.failure}")
        lines += [f"- missed: {s!r}" for s in p.missing]
        lines += [f"- leaked: {s!r}" for s in p.leaked]
        if not p.authors_ok:
            lines.append(f"- authors: got {p.got_authors}, expected {case['authors']}")
        if not p.date_ok:
            lines.append(f"- date: got {p.got_date}, expected {case['published_date']}")
        if not p.title_ok:
            lines.append(f"- title: got {p.got_title!r}, expected {case['title']!r}")
        if not p.language_ok:
            lines.append(f"- language: got {p.got_language}, expected {case['language']}")
    return "\n".join(lines)


def counts(results: dict[str, list[object]]) -> str:
    """TP / FN / FP summed over the pages, and on how many pages each field was right."""
    lines = ["", "Snippet counts and metadata right (pages):", ""]
    for name, pages in results.items():
        tp, fn, fp = (sum(getattr(p, k) for p in pages) for k in ("tp", "fn", "fp"))
        right = {
            k: sum(getattr(p, f"{k}_ok") for p in pages) for k in ("authors", "date", "language", "title")
        }
        lines.append(
            f"- {name}: TP {tp} / FN {fn} / FP {fp}; authors {right['authors']}, dates {right['date']}, "
            f"language {right['language']}, title {right['title']} of {len(pages)}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, folder: Path = HERE) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="runs per page and extractor (median timed)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--pages", action="store_true", help="also list each page's misses")
    parser.add_argument("--only", help="keep cases whose id, shape tag or language is this")
    parser.add_argument("--worst", type=int, default=0, help="detail the N worst pages for each extractor")
    parser.add_argument(
        "--set",
        type=Path,
        default=folder,
        help="the set's folder (its cases.json and pages/); default: this one",
    )
    args = parser.parse_args(argv)
    score = load_score(args.set.resolve())
    results = score.evaluate(max(1, args.repeat), args.only)
    if args.json:
        out = {
            "summary": {name: score.summarise(pages) for name, pages in results.items()},
            "pages": {name: [asdict(p) for p in pages] for name, pages in results.items()},
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(score.markdown(results))
    print(counts(results))
    if args.pages:
        print(score.page_report(results))
    if args.worst:
        for name in results:
            print(worst(score, results, name, args.worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
