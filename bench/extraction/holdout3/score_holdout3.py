"""Score the third held-out set with ``bench/extraction/score.py``'s own extractors and scoring.

The first held-out set's scorer (``../holdout/score_holdout.py``), pointed at this folder
(``holdout3/cases.json``, ``holdout3/pages/``): the figures are computed exactly as for the development set
and the first held-out set, with the same options (``--repeat``, ``--pages``, ``--json``, ``--only``,
``--worst N``).

    .venv/bin/python bench/extraction/holdout3/score_holdout3.py [--repeat 3] [--pages] [--json] [--only WORD]
    .venv/bin/python bench/extraction/holdout3/score_holdout3.py --worst 5
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "holdout" / "score_holdout.py"

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("score_holdout", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORER}")
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)
    raise SystemExit(scorer.main(folder=HERE))
