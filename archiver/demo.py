"""``make demo``: package the bundled sample article, validate the bag, and show what was made.

Runs from a fresh checkout with no configuration: the demo names its own organization and writes into
``demo-out/`` inside the working directory. Re-running it is safe (the bag already exists and is reported so).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import archiver
from archiver.errors import ArchiverError

DEMO_OUT = Path("demo-out")


def _tree(root: Path) -> list[str]:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            lines.append(f"  {path.relative_to(root.parent)}  ({path.stat().st_size} bytes)")
    return lines


def main() -> int:
    sample = Path(str(resources.files("archiver") / "data" / "sample-article.txt"))
    print(f"archiver {archiver.__version__}: demo on {sample.name}\n")
    try:
        result = archiver.package(
            sample,
            DEMO_OUT / "bags",
            organization=os.environ.get("ARCHIVER_ORGANIZATION", "Demo Archive (archiver make demo)"),
            source_url="https://news.example.org/2024/03/14/riverside-reading-room",
            captured=datetime(2024, 3, 14, 12, 0, tzinfo=UTC),
        )
    except ArchiverError as exc:
        print(exc.one_line(), file=sys.stderr)
        return int(exc.exit_code)
    assert result.bag is not None
    print(f"1. package: {result.status} {result.bag}")
    print(f"   identifier {result.identifier}")
    print(f"   title      {result.title}\n")
    print("   files:")
    print("\n".join(_tree(result.bag)))
    print()
    import bagit

    bagit.Bag(str(result.bag)).validate()
    print("2. validate: bagit-python (an independent implementation) finds the bag valid")
    print()
    print("bag-info.txt:")
    print((result.bag / "bag-info.txt").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
