"""Benchmark (issue 18): ``--cluster`` against this machine's own worker processes, the same job each way.

``archiver package SRC -o OUT`` over N generated articles (bench/package.py's) three ways, each a fresh
process as users run it: locally with ``--jobs 2``, and with ``--cluster`` on a real Dask cluster of two,
then one, single-threaded ``dask worker`` processes (with their nannies, and a ``dask scheduler``, all on
127.0.0.1, started once before the timings: a user's cluster is already running). The target is the
cluster of two at 80 % or more of the local run's throughput: what is lost is the scheduler's overhead
(tasks of 16 articles; the client, the scheduler and the nannies share the same two cores here). One worker
against two shows the scaling. ``--ingest M`` then ingests M of the bags into a new repository and audits
it, locally (``--jobs 2``) and on the cluster of two, the same way.

The three take turns, ``--rounds`` times, each after a ``sync`` so that none waits for the write-back of
the previous run's deleted bags; each round prints the throughputs, the ratios and the load average. Every run's bags are counted, and the cluster's first run is compared byte for byte with the
local one's.

    python bench/cluster.py                      # N=20000, 2 rounds, ingest and audit of 2000
    python bench/cluster.py -n 2000 --rounds 1   # a short run
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from package import ORGANIZATION, WHEN_TEXT, generate, warm  # noqa: E402

from tests import daskcluster  # noqa: E402  (the test suite's real scheduler and workers)

BIN = Path(sys.executable).parent


def timed(command: list[str]) -> float:
    """Wall seconds of ``command`` in a fresh process; its failure ends the benchmark with its stderr."""
    environ = dict(os.environ)
    environ.pop("ARCHIVER_CLUSTER", None)
    started = time.perf_counter()
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environ, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return seconds


def package(src: Path, out: Path, cluster: str | None) -> float:
    warm(src)
    # The previous run's bags were just deleted: their metadata is still being written back, and the
    # first flush of the next run would wait for it (runs took 30 s or 120 s by their place in the order).
    os.sync()
    command = [str(BIN / "archiver"), "package", str(src), "-o", str(out)]
    command += ["--organization", ORGANIZATION, "--date", WHEN_TEXT, "--quiet"]
    command += ["--cluster", cluster] if cluster else ["--jobs", "2"]
    seconds = timed(command)
    made = sum(1 for _ in os.scandir(out))
    expected = sum(1 for _ in os.scandir(src))
    if made != expected:
        raise SystemExit(f"{made} bags of {expected} articles")
    return seconds


def digest_tree(root: Path) -> str:
    """One SHA-256 over every file's path and bytes: two runs that made the same bags give the same."""
    total = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        total.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return total.hexdigest()


def repository_jobs(bags: list[Path], scratch: Path, cluster: str | None) -> tuple[float, float]:
    """Seconds to ingest ``bags`` into a new repository, then to audit it."""
    repo = scratch / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    where = ["--cluster", cluster] if cluster else ["--jobs", "2"]
    ingest = timed([str(BIN / "archiver"), "ingest", *map(str, bags), "--into", str(repo), "--quiet", *where])
    audit = timed([str(BIN / "archiver"), "audit", str(repo), "--quiet", *where])
    shutil.rmtree(repo)
    return ingest, audit


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=20_000, help="articles to package (default 20000)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the three runs (default 2)")
    parser.add_argument("--ingest", type=int, default=2000, help="bags to ingest and audit (0: none)")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-cluster-", dir=args.dir))
    try:
        src = scratch / "articles"
        generate(src, args.n)
        print(f"{args.n} articles in {src}; {os.cpu_count()} cores", flush=True)
        with daskcluster.running(workers=2) as two, daskcluster.running(workers=1) as one:
            print(f"clusters: two workers at {two.address}, one at {one.address}", flush=True)
            reference = ""
            for round_number in range(1, args.rounds + 1):
                times: dict[str, float] = {}
                for name, address in (
                    ("local --jobs 2", None),
                    ("cluster of 2", two.address),
                    ("cluster of 1", one.address),
                ):
                    out = scratch / "bags"
                    times[name] = package(src, out, address)
                    if round_number == 1 and name != "cluster of 1":
                        made = digest_tree(out)
                        reference = reference or made
                        if made != reference:
                            raise SystemExit("the cluster's bags differ from the local run's")
                    if name == "cluster of 2" and round_number == args.rounds and args.ingest:
                        kept = scratch / "kept-bags"
                        shutil.rmtree(kept, ignore_errors=True)
                        out.rename(kept)
                    else:
                        shutil.rmtree(out)
                load = os.getloadavg()[0]
                rates = {name: args.n / seconds for name, seconds in times.items()}
                print(f"round {round_number} (load {load:.1f}):", flush=True)
                for name, seconds in times.items():
                    print(f"  package {name:15} {seconds:7.2f} s  {rates[name]:7.0f} articles/s")
                local = rates["local --jobs 2"]
                print(
                    f"  cluster of 2 / local --jobs 2: {rates['cluster of 2'] / local:.0%}   "
                    f"cluster of 2 / cluster of 1: {rates['cluster of 2'] / rates['cluster of 1']:.2f}x",
                    flush=True,
                )
            if args.ingest:
                bags = sorted((scratch / "kept-bags").iterdir())[: args.ingest]
                for name, address in (("local --jobs 2", None), ("cluster of 2", two.address)):
                    ingest, audit = repository_jobs(bags, scratch, address)
                    print(
                        f"  {name:15} ingest {len(bags)} bags {ingest:6.2f} s ({len(bags) / ingest:5.0f}/s), "
                        f"audit {audit:6.2f} s ({len(bags) / audit:5.0f}/s)",
                        flush=True,
                    )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
