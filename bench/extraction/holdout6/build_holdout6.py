"""Write ``pages/*.html`` and ``cases.json`` of the sixth held-out set from the ``stories6_*`` modules.

The second set's builder (``../holdout2/build_holdout2.py``), run on this folder: every story module defines
``PAGES``, a list of :class:`kit6.Page` (the fields of ``kit2.Page``), and each case is checked against its
page before anything is written (must-contain snippets once in the visible text and inside the story,
must-not-contain ones outside it, snippet counts, dates, unique ids; that builder's docstring says how).

    .venv/bin/python bench/extraction/holdout6/build_holdout6.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILDER = HERE.parent / "holdout2" / "build_holdout2.py"
MODULES = ["stories6_a", "stories6_b", "stories6_c"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))  # the stories6_* modules and kit6
    spec = importlib.util.spec_from_file_location("build_holdout2", BUILDER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {BUILDER}")
    builder = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = builder
    spec.loader.exec_module(builder)
    raise SystemExit(builder.main(HERE, MODULES))
