"""Score main-text and metadata extraction on the pages of ``bench/extraction/`` (issue 16).

Every extractor reads every page of ``cases.json`` (the file's bytes, with the page's URL) in the same run:

- ``trafilatura``: trafilatura alone, ``trafilatura.extract(data, url=URL, output_format="json",
  with_metadata=True)``; the main text is the JSON ``text`` (comments are reported apart and not scored).
- ``archiver``: archiver's own reader, ``archiver.sources.parse_bytes`` then ``archiver.extract.build_metadata``
  (what ``archiver metadata FILE --url URL`` prints), the text being the reader's body paragraphs.
- ``archiver+trafilatura``: the same with ``use_trafilatura=True``.

Main text is scored with snippets, as in the issue's table: a ``must_contain`` snippet found in the text is a
true positive and missing a false negative; a ``must_not_contain`` snippet found is a false positive and
absent a true negative. Counts are summed over all pages (micro-average); precision = TP/(TP+FP), recall =
TP/(TP+FN), F1 their harmonic mean. Text and snippets are NFC-normalised and their whitespace collapsed to
single spaces, then compared case-sensitively. A page that crashes or is refused scores as an empty text.

Metadata: ``authors`` right when the names given are exactly the expected names (order ignored);
``date`` right when the date part of the published date the extractor would store equals the date as
published (``2024-03-06T07:30:00+09:00`` must give 2024-03-06, not its UTC day: archiver's metadata keeps
it in ``dates.published_local``, and ``dates.published`` in UTC); ``language`` right when
the primary subtag matches; ``title`` right when equal. Time is the median of ``--repeat`` runs per page,
averaged over pages (imports and one warm-up page excluded).

    .venv/bin/python bench/extraction/score.py [--repeat 3] [--json] [--pages] [--only WORD]
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import statistics
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CAPTURED = datetime(2025, 1, 1, tzinfo=UTC)  # a fixed capture time: archiver's metadata needs one
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Extraction:
    """What one extractor gave for one page; ``failure`` set when it crashed or refused."""

    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # the date part, YYYY-MM-DD
    language: str | None = None
    failure: str | None = None  # "crash: ..." or "refused: CODE ..."


@dataclass
class PageScore:
    case: str
    shapes: list[str]
    tp: int
    fn: int
    fp: int
    tn: int
    authors_ok: bool
    date_ok: bool
    language_ok: bool
    title_ok: bool
    seconds: float
    missing: list[str]
    leaked: list[str]
    got_authors: list[str]
    got_date: str | None
    got_language: str | None
    got_title: str | None
    failure: str | None


Extractor = Callable[[bytes, str, str], Extraction]


# --- extractors -------------------------------------------------------------------------------------------


def _date_part(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text or None


def trafilatura_extractor(data: bytes, filename: str, url: str) -> Extraction:
    import trafilatura

    raw: object = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
    if not isinstance(raw, str):
        return Extraction(failure="empty: trafilatura returned no document")
    doc: dict[str, Any] = json.loads(raw)
    author = doc.get("author") or ""
    return Extraction(
        text=str(doc.get("text") or ""),
        title=doc.get("title"),
        authors=[name.strip() for name in str(author).split(";") if name.strip()],
        published=_date_part(doc.get("date")),
        language=doc.get("language"),
    )


def _archiver_extractor(use_trafilatura: bool) -> Extractor:
    from archiver.errors import ArchiverError
    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    params = inspect.signature(parse_bytes).parameters
    url_kw = next((name for name in ("url", "source_url", "base_url") if name in params), None)

    def run(data: bytes, filename: str, url: str) -> Extraction:
        kwargs: dict[str, Any] = {"use_trafilatura": use_trafilatura} if use_trafilatura else {}
        if url_kw is not None:
            kwargs[url_kw] = url
        try:
            article = parse_bytes(data, filename, **kwargs)
            meta = build_metadata(article, captured=CAPTURED, source_url=url)
        except ArchiverError as exc:
            return Extraction(failure=f"refused: {exc.code} {exc}")
        # The local day when the page stated an offset (dates.published_local, metadata schema 1.2.0); else
        # published, whose day is then the stated one.
        published = meta.dates.published_local or meta.dates.published
        return Extraction(
            text=article.parsed.text,
            title=meta.title,
            authors=list(meta.authors),
            published=_date_part(published),
            language=meta.language.code,
        )

    return run


def extractors() -> dict[str, Extractor]:
    from archiver.sources import parse_bytes

    found: dict[str, Extractor] = {
        "trafilatura": trafilatura_extractor,
        "archiver": _archiver_extractor(False),
    }
    if "use_trafilatura" in inspect.signature(parse_bytes).parameters:
        found["archiver+trafilatura"] = _archiver_extractor(True)
    return found


# --- scoring ----------------------------------------------------------------------------------------------


def _same_names(got: Sequence[str], expected: Sequence[str]) -> bool:
    return sorted(norm(n) for n in got) == sorted(norm(n) for n in expected)


def _primary(tag: str | None) -> str | None:
    return tag.split("-")[0].split("_")[0].lower() if tag else None


def run_one(extract: Extractor, data: bytes, filename: str, url: str) -> Extraction:
    try:
        return extract(data, filename, url)
    except Exception as exc:  # a crash is a finding, not the end of the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Extraction(
            failure=f"crash: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
        )


def score_page(case: dict[str, Any], got: Extraction, seconds: float) -> PageScore:
    text = norm(got.text)
    must = [norm(s) for s in case["must_contain"]]
    must_not = [norm(s) for s in case["must_not_contain"]]
    missing = [s for s in must if s not in text]
    leaked = [s for s in must_not if s in text]
    return PageScore(
        case=case["id"],
        shapes=case["shapes"],
        tp=len(must) - len(missing),
        fn=len(missing),
        fp=len(leaked),
        tn=len(must_not) - len(leaked),
        authors_ok=_same_names(got.authors, case["authors"]),
        date_ok=got.published == case["published_date"],
        language_ok=_primary(got.language) == _primary(case["language"]),
        title_ok=got.title is not None and norm(got.title) == norm(case["title"]),
        seconds=seconds,
        missing=missing,
        leaked=leaked,
        got_authors=got.authors,
        got_date=got.published,
        got_language=got.language,
        got_title=got.title,
        failure=got.failure,
    )


def summarise(pages: Sequence[PageScore]) -> dict[str, Any]:
    tp, fn, fp = (sum(getattr(p, k) for p in pages) for k in ("tp", "fn", "fp"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(pages) or 1
    return {
        "pages": len(pages),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "authors_right": round(100 * sum(p.authors_ok for p in pages) / n, 1),
        "date_right": round(100 * sum(p.date_ok for p in pages) / n, 1),
        "language_right": round(100 * sum(p.language_ok for p in pages) / n, 1),
        "title_right": round(100 * sum(p.title_ok for p in pages) / n, 1),
        "crashes": sum(1 for p in pages if p.failure and p.failure.startswith("crash")),
        "refusals": sum(1 for p in pages if p.failure and not p.failure.startswith("crash")),
        "ms_per_page": round(1000 * statistics.fmean(p.seconds for p in pages), 2) if pages else 0.0,
    }


def load_cases(only: str | None) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))["cases"]
    if only:
        cases = [c for c in cases if only in c["id"] or only in c["shapes"] or only == c["language"]]
    return cases


def evaluate(repeat: int, only: str | None) -> dict[str, list[PageScore]]:
    cases = load_cases(only)
    found = extractors()
    pages = {c["id"]: (HERE / c["file"]).read_bytes() for c in cases}
    results: dict[str, list[PageScore]] = {name: [] for name in found}
    for extract in found.values():  # warm-up: imports and first-call caches are not timed
        run_one(extract, pages[cases[0]["id"]], Path(cases[0]["file"]).name, cases[0]["url"])
    for case in cases:
        data, filename = pages[case["id"]], Path(case["file"]).name
        for name, extract in found.items():
            times: list[float] = []
            got = Extraction()
            for _ in range(repeat):
                start = time.perf_counter()
                got = run_one(extract, data, filename, case["url"])
                times.append(time.perf_counter() - start)
            results[name].append(score_page(case, got, statistics.median(times)))
    return results


# --- output -----------------------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{value:.0f}%"


def markdown(results: dict[str, list[PageScore]]) -> str:
    base = summarise(results["trafilatura"])["ms_per_page"] if "trafilatura" in results else 0.0
    lines = [
        "| extractor | precision | recall | F1 | authors exactly right | dates right | language right "
        "| title right | crashes / refusals | ms per page (x trafilatura) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, pages in results.items():
        s = summarise(pages)
        ratio = f" ({s['ms_per_page'] / base:.2f}x)" if base else ""
        lines.append(
            f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {_pct(s['authors_right'])} "
            f"| {_pct(s['date_right'])} | {_pct(s['language_right'])} | {_pct(s['title_right'])} "
            f"| {s['crashes']} / {s['refusals']} | {s['ms_per_page']:.1f}{ratio} |"
        )
    tags = sorted({tag for pages in results.values() for p in pages for tag in p.shapes})
    names = list(results)
    lines += ["", "Main-text F1 (and pages) by shape; metadata right by style:", ""]
    lines.append("| shape | pages | " + " | ".join(f"{n} F1 / authors / date" for n in names) + " |")
    lines.append("|---|---|" + "---|" * len(names))
    for tag in tags:
        cells = []
        count = 0
        for name in names:
            sub = [p for p in results[name] if tag in p.shapes]
            count = len(sub)
            s = summarise(sub)
            cells.append(f"{s['f1']:.2f} / {_pct(s['authors_right'])} / {_pct(s['date_right'])}")
        lines.append(f"| {tag} | {count} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def page_report(results: dict[str, list[PageScore]]) -> str:
    lines: list[str] = []
    for name, pages in results.items():
        lines.append(f"\n## {name}")
        for p in pages:
            flags = []
            if p.failure:
                flags.append(p.failure)
            if p.missing:
                flags.append(f"missing {len(p.missing)}: {p.missing[0][:50]!r}")
            if p.leaked:
                flags.append(f"leaked {len(p.leaked)}: {p.leaked[0][:50]!r}")
            if not p.authors_ok:
                flags.append(f"authors {p.got_authors}")
            if not p.date_ok:
                flags.append(f"date {p.got_date}")
            if not p.language_ok:
                flags.append(f"lang {p.got_language}")
            if not p.title_ok:
                flags.append(f"title {(p.got_title or '')[:40]!r}")
            lines.append(f"- {p.case}: " + ("; ".join(flags) if flags else "ok"))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="runs per page and extractor (median timed)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--pages", action="store_true", help="also list each page's misses")
    parser.add_argument("--only", help="keep cases whose id, shape tag or language is this")
    args = parser.parse_args(argv)
    results = evaluate(max(1, args.repeat), args.only)
    if args.json:
        out = {
            "summary": {name: summarise(pages) for name, pages in results.items()},
            "pages": {name: [asdict(p) for p in pages] for name, pages in results.items()},
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(markdown(results))
        if args.pages:
            print(page_report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
