"""Language detection on the extraction sets' pages (issue 16): right how often, and at what cost.

Every page of ``bench/extraction/`` (and of its held-out sets) is read once with archiver's HTML reader;
its text is then given, in the same run, to:

- ``rules``: archiver's own rules alone (``detect(text, use_model=False)``);
- ``archiver``: what ``build_metadata`` uses (``detect(text)``): the rules, and the optional model
  (``news-archiver[language]``) where they cannot be sure;
- ``lingua alone``: the model asked about every page (on the same sample the archiver row gives it).

The page's declared language is not used: this measures detection from the text. A language is right when
its primary subtag is the case's. Time is the median of ``--repeat`` runs per page, averaged over pages
(the model's loading excluded; it is timed apart, in a fresh process).

    .venv/bin/python bench/language.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archiver.sources import language, parse_bytes  # noqa: E402

SETS = [ROOT / "bench" / "extraction", *sorted((ROOT / "bench" / "extraction").glob("holdout*"))]

LOAD = """
import time
from archiver.sources.language import detect
began = time.perf_counter()
found = detect("Byrådet vedtog tirsdag budgettet for det kommende år, som giver flere penge til skoler og "
               "hospitaler, og borgmesteren kaldte det en vigtig dag for kommunen.")
print(time.perf_counter() - began, found)
"""


def pages() -> list[tuple[str, str, str]]:
    """(set/case id, expected primary tag, the reader's text) of every page of every set."""
    found = []
    for folder in SETS:
        cases_file = folder / "cases.json"
        if not cases_file.is_file():
            continue
        cases = json.loads(cases_file.read_text(encoding="utf-8"))
        for case in cases if isinstance(cases, list) else cases.get("cases", []):
            page = folder / case["file"]
            parsed = parse_bytes(page.read_bytes(), page.name, url=case.get("url")).parsed
            text = parsed.text or parsed.title
            found.append((f"{folder.name}/{case['id']}", case["language"].split("-")[0].lower(), text))
    return found


def timed(detect: Callable[[str], str | None], text: str, repeat: int) -> tuple[str | None, float]:
    times = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = detect(text)
        times.append(time.perf_counter() - began)
    return result, statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    loaded = language._model()
    if loaded is None:
        print("the language extra is not installed: pip install 'news-archiver[language]'", file=sys.stderr)
        return 2
    texts = pages()

    def rules(text: str) -> str | None:
        return language.detect_language(text, use_model=False)

    def archiver(text: str) -> str | None:
        return language.detect_language(text)

    def lingua_alone(text: str) -> str | None:
        found = language._by_model(text)
        return found.code if found else None

    for _, _, text in texts:  # the model loads its languages' models as it meets them: all loaded first
        lingua_alone(text)
    rows = []
    for name, detect in (("rules", rules), ("archiver", archiver), ("lingua alone", lingua_alone)):
        right, seconds, wrong = 0, [], []
        for case, expected, text in texts:
            got, took = timed(detect, text, args.repeat)
            seconds.append(took)
            if got == expected:
                right += 1
            else:
                wrong.append(f"{case} {expected}->{got}")
        rows.append((name, right, statistics.mean(seconds) * 1000, wrong))
    consulted = sum(
        1 for _, _, text in texts if (found := language.detect(text)) is not None and found.model is not None
    )
    load = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, cwd=ROOT)
    print(
        f"{len(texts)} pages ({', '.join(f.name for f in SETS if (f / 'cases.json').is_file())}); "
        f"the model decided {consulted} of them in the archiver row"
    )
    print("\n| detector | language right | ms per page |")
    print("|---|---|---|")
    for name, right, ms, _ in rows:
        print(f"| {name} | {right}/{len(texts)} ({right / len(texts):.0%}) | {ms:.3f} |")
    print(
        f"\nthe model's first answer in a fresh process (loading included): {float(load.stdout.split()[0]):.2f} s"
    )
    for name, _, _, wrong in rows:
        if wrong:
            print(f"{name} wrong: {'; '.join(wrong)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
