"""Benchmark: start-up of the command as users run it, against ``python -c "import typer"`` (the floor of any
typer command), in the same run.

Each command runs in a fresh process --repeat times (default 20), the runs of all commands interleaved
(so that a burst of load on a shared machine falls on all of them alike); the best and the median wall-clock
time of each are printed with their ratio to the floor's, and the best CPU time (user + system, from
``wait4``), which load from other processes on a shared machine disturbs much less than wall-clock time.
The verdict is on the best wall-clock ratio. Targets (issue 14): ``archiver --version``, ``archiver --help``
and ``archiver COMMAND --help`` for every command and subcommand within 1.3x; ``archiver validate BAG`` on a
bag of one article (made at the start with ``archiver package`` of the bundled sample article, in a
temporary folder) within 2x. ``--only WORD`` keeps the commands whose words include WORD.

    python bench/startup.py [--repeat 20] [--only validate]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ARCHIVER = str(BIN / "archiver")
SAMPLE = Path(__file__).resolve().parent.parent / "archiver" / "data" / "sample-article.txt"
FLOOR = (sys.executable, "-c", "import typer")

#: Every command and subcommand, each timed with --help (1.3x target).
HELP_OF = (
    (),
    ("package",),
    ("metadata",),
    ("validate",),
    ("ingest",),
    ("export",),
    ("audit",),
    ("repo",),
    ("repo", "init"),
    ("repo", "list"),
    ("repo", "show"),
    ("schema",),
    ("schema", "export"),
    ("deposit",),
    ("deposit", "send"),
    ("deposit", "targets"),
    ("deposit", "service-document"),
)


def one_article_bag(where: Path) -> Path:
    """A bag of the bundled sample article, made the way users make one."""
    subprocess.run(
        [ARCHIVER, "package", str(SAMPLE), "-o", str(where), "--organization", "Bench Archive"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_env(),
    )
    (bag,) = (p for p in where.iterdir() if p.is_dir())
    return bag


def _env() -> dict[str, str]:
    """No user config: the runs measure the tool, not a config file found on this machine. Bytecode is
    written as an installed package's is (pip compiles it): with PYTHONDONTWRITEBYTECODE set, as in some CI
    and sandbox shells, every module edited since its last .pyc would be compiled again on every run."""
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-bench")
    env.pop("ARCHIVER_CONFIG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: tuple[str, ...], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of ``command`` in a fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


def run_all(commands: dict[str, tuple[str, ...]], repeat: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each run of each command, each in a fresh process, the commands taking turns."""
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    env = _env()
    for command in commands.values():  # a first run, not timed, writes the bytecode and warms the caches
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
    for _ in range(repeat):
        for label, command in commands.items():
            runs[label].append(timed(command, env))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", help="time only the commands whose words include this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="archiver-startup-") as tmp:
        bag = one_article_bag(Path(tmp))
        targets: dict[str, tuple[tuple[str, ...], float]] = {"archiver --version": (("--version",), 1.3)}
        for words in HELP_OF:
            targets[" ".join(("archiver", *words, "--help"))] = ((*words, "--help"), 1.3)
        targets["archiver validate BAG (one article)"] = (("validate", str(bag)), 2.0)
        if args.only:
            targets = {label: t for label, t in targets.items() if args.only in t[0]}
        commands = {
            "import typer": FLOOR,
            **{label: (ARCHIVER, *words) for label, (words, _) in targets.items()},
        }
        runs = run_all(commands, args.repeat)
    floor = runs.pop("import typer")
    floor_wall = min(w for w, _ in floor), statistics.median(w for w, _ in floor)
    floor_cpu = min(c for _, c in floor)
    floor_label = 'python -c "import typer"'
    print(
        f"{floor_label:40} wall best {floor_wall[0]:.3f} s, median {floor_wall[1]:.3f} s; cpu best {floor_cpu:.3f} s"
    )
    for label, times in runs.items():
        best, median = min(w for w, _ in times), statistics.median(w for w, _ in times)
        cpu = min(c for _, c in times)
        target = targets[label][1]
        verdict = "ok" if best / floor_wall[0] <= target else f"OVER {target}x"
        print(
            f"{label:40} wall best {best:.3f} s ({best / floor_wall[0]:.2f}x), "
            f"median {median:.3f} s ({median / floor_wall[1]:.2f}x); "
            f"cpu best {cpu:.3f} s ({cpu / floor_cpu:.2f}x); target {target}x: {verdict}"
        )


if __name__ == "__main__":
    main()
