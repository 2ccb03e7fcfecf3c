"""Benchmark: start-up of the command as users run it, against ``python -c "import typer"`` (the floor of any
typer command), in the same run.

Each command runs in a fresh process --repeat times (default 20); the best and the median of each are
printed with their ratio to the floor's. Target (issue 14): ``archiver --version`` within 1.3x.

    python bench/startup.py
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = (("--version",), ("--help",), ("validate", "--help"), ("package", "--help"))


def timings(command: list[str], repeat: int) -> tuple[float, float]:
    """Best and median seconds of ``repeat`` runs of ``command``, each in a fresh process."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    floor = timings([sys.executable, "-c", "import typer"], args.repeat)
    print(f"import typer: best {floor[0]:.3f} s, median {floor[1]:.3f} s")
    for words in COMMANDS:
        best, median = timings([str(BIN / "archiver"), *words], args.repeat)
        print(
            f"archiver {' '.join(words)}: best {best:.3f} s ({best / floor[0]:.2f}x), "
            f"median {median:.3f} s ({median / floor[1]:.2f}x)"
        )


if __name__ == "__main__":
    main()
