"""Write ``pages/*.html`` and ``cases.json`` of the fifth held-out set from the ``stories5_*`` modules.

The second set's builder (``../holdout2/build_holdout2.py``), run on this folder as the third set's wrapper
does: every story module defines ``PAGES``, a list of :class:`kit5.Page` (the fields that builder reads),
and each case is checked against its page before anything is written (must-contain snippets once in the
visible text and inside one story block, must-not-contain ones on the page and outside the story, snippet
counts, dates, titles, authors, unique ids).

    .venv/bin/python bench/extraction/holdout5/build_holdout5.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILDER = HERE.parent / "holdout2" / "build_holdout2.py"
MODULES = ["stories5_a", "stories5_b", "stories5_c", "stories5_d", "stories5_e"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))  # the stories5_* modules and kit5
    spec = importlib.util.spec_from_file_location("build_holdout2", BUILDER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {BUILDER}")
    builder = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = builder
    spec.loader.exec_module(builder)
    raise SystemExit(builder.main(HERE, MODULES))
