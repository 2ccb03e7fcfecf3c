"""Benchmark: package N generated articles with ``archiver package`` and with the obvious baseline, each
in a fresh process, in the same run; and the peak memory of each process when packaging many articles.

The baseline is what a careful user would write with the usual libraries: for each article, one after the
other, copy it into a folder with its metadata JSON and a WARC/1.1 written by warcio (resource + metadata
records, gzip), then ``bagit.make_bag`` with sha256 and sha512. Both sides extract the metadata with the same
code, so the comparison is about packaging. Both run as users run them, in a process of their own timed from
its start to its exit (the interpreter's start-up and every import included): the baseline as this script
with ``--baseline SRC OUT`` (it imports only bagit, warcio and archiver's reader and extractor), archiver as
``archiver package SRC -o OUT --organization ... --date ...`` (every bag flushed to disk before it is
renamed into place, worker processes over the cores). The two take turns, ``--rounds`` times, and each
round prints its own ratio of wall times (target: archiver at least 3x the baseline), with each side's CPU
time (user + system, all its processes) and the load average: on a machine shared with other work the wall
times swing with the load, the CPU times much less. One article packaged by each first shows what start-up
and imports cost each side.

``--memory 10000,100000`` packages that many articles with the command and reports the peak resident size
(``VmHWM``, sampled from /proc every 20 ms) of the command's process and of each of its workers (target:
each under 150 MB, and the peak at the largest count within 10% of the peak at the smallest). It needs
about 70 KB of disk per article (check ``df``); everything is deleted afterwards.

    python bench/package.py                       # N=2000, 2 rounds
    python bench/package.py -n 300 --rounds 1     # a short run
    python bench/package.py --memory 1000,5000 --rounds 0 --dir /var/tmp   # memory only, quick
    python bench/package.py --in-process --profile   # also the library in this process, profiled
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
WHEN_TEXT = "2024-03-14T12:00:00Z"
ORGANIZATION = "Bench Archive"
BIN = Path(sys.executable).parent
WORDS = [
    "council",
    "library",
    "harbour",
    "river",
    "museum",
    "archive",
    "reporter",
    "festival",
    "budget",
    "election",
    "school",
    "station",
    "bridge",
    "market",
    "weather",
    "hospital",
    "court",
    "police",
    "transport",
    "housing",
    "energy",
    "water",
    "culture",
    "sport",
    "history",
]


def generate(folder: Path, n: int, first: int = 0) -> None:
    """N articles of about 4 KB in the plain-text layout, each different."""
    folder.mkdir(parents=True)
    for i in range(first, first + n):
        words = [WORDS[(i * 7 + j * 13) % len(WORDS)] for j in range(120)]
        paras = [" ".join(words[k : k + 40]).capitalize() + "." for k in range(0, 120, 40)]
        body = "\n\n".join(paras * 4)
        text = f"Bench headline {i} about the {WORDS[i % len(WORDS)]}\n\nBENCH NEWS\n\ntext\n\n{body}\n\n(BENCH NEWS)\n"
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")


def baseline_one(path: Path, outdir: Path) -> None:
    """One article as the baseline packages it (also used by bench/ingest.py to make bagit-python bags)."""
    import bagit
    from warcio.warcwriter import WARCWriter

    from archiver.article import read_article
    from archiver.extract import build_metadata

    article = read_article(path)
    meta = build_metadata(article, captured=WHEN)
    bag_dir = outdir / path.stem
    bag_dir.mkdir()
    shutil.copyfile(path, bag_dir / path.name)
    meta_json = meta.to_json_bytes()
    (bag_dir / "article-metadata.json").write_bytes(meta_json)
    with (bag_dir / f"{path.stem}.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.1")
        resource = writer.create_warc_record(
            meta.identifier,
            "resource",
            payload=io.BytesIO(article.source.data),
            warc_content_type="text/plain; charset=utf-8",
        )
        writer.write_record(resource)
        metadata = writer.create_warc_record(
            "urn:x-bench:" + meta.identifier,
            "metadata",
            payload=io.BytesIO(meta_json),
            warc_content_type="application/json",
            warc_headers_dict={"WARC-Refers-To": resource.rec_headers.get_header("WARC-Record-ID")},
        )
        writer.write_record(metadata)
    bagit.make_bag(
        str(bag_dir),
        bag_info={"Source-Organization": ORGANIZATION, "External-Identifier": meta.identifier},
        checksums=["sha256", "sha512"],
    )


def baseline_main(src: Path, out: Path) -> None:
    """The baseline as a program of its own (``--baseline SRC OUT``): every article of SRC, one by one."""
    import logging

    logging.disable(logging.INFO)  # bagit-python logs every bag it makes
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.iterdir()):
        baseline_one(path, out)


def warm(src: Path) -> None:
    """Read every article once, so each contender starts from the same warm page cache (on this machine a
    file left alone for about 20 seconds is read from disk again), then write back everything still in
    memory: otherwise the first flush of the contender that flushes would also write the articles and the
    bags of the contender before it, which never flushes."""
    for path in src.iterdir():
        path.read_bytes()
    os.sync()


@dataclass
class Run:
    """One command's wall time from start to exit and the peak resident size of each of its processes."""

    seconds: float
    cpu: float = 0.0  # user + system seconds of the process and every descendant it waited for
    parent_peak: int = 0  # bytes (VmHWM)
    worker_peaks: list[int] = field(default_factory=list)
    tree_peak: int = 0  # ru_maxrss from wait4: the largest of the process and its descendants


class PeakSampler(threading.Thread):
    """Reads ``VmHWM`` (the kernel's own high-water mark of resident memory) of a process and of all its
    descendants every ``interval`` seconds; a process's last reading before it ends is its peak, give or
    take what it gained in its last ``interval``."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for pid in self._tree(self.pid):
                peak = _hwm(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0))
            self.done.wait(self.interval)

    def _tree(self, pid: int) -> list[int]:
        found, todo = [], [pid]
        while todo:
            current = todo.pop()
            found.append(current)
            try:
                for task in os.listdir(f"/proc/{current}/task"):
                    with open(f"/proc/{current}/task/{task}/children") as fh:
                        todo += [int(c) for c in fh.read().split()]
            except OSError:
                continue
        return found


def _hwm(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def run_command(command: list[str], *, sample: bool = False) -> Run:
    """Run ``command`` in a fresh process; its wall time, and with ``sample`` each process's peak memory."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        sampler = PeakSampler(proc.pid) if sample else None
        if sampler is not None:
            sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if sampler is not None:
            sampler.done.set()
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{command[0]} exited {proc.returncode}: {errors.read().decode()[-2000:]}")
    result = Run(seconds, usage.ru_utime + usage.ru_stime, tree_peak=usage.ru_maxrss * 1024)
    if sampler is not None:
        result.parent_peak = sampler.peaks.get(proc.pid, 0)
        result.worker_peaks = [peak for pid, peak in sorted(sampler.peaks.items()) if pid != proc.pid]
    return result


def run_baseline(src: Path, out: Path) -> Run:
    warm(src)
    return run_command([sys.executable, __file__, "--baseline", str(src), str(out)])


def archiver_command(src: Path, out: Path, jobs: int = 0) -> list[str]:
    return [
        str(BIN / "archiver"),
        "package",
        str(src),
        "-o",
        str(out),
        "--organization",
        ORGANIZATION,
        "--date",
        WHEN_TEXT,
        "--jobs",
        str(jobs),
    ]


def run_archiver_cli(src: Path, out: Path, jobs: int = 0, *, sample: bool = False) -> Run:
    warm(src)
    result = run_command(archiver_command(src, out, jobs), sample=sample)
    made = sum(1 for _ in os.scandir(out))
    expected = sum(1 for _ in os.scandir(src))
    if made != expected:
        raise SystemExit(f"archiver made {made} bags of {expected} articles")
    return result


def run_archiver_in_process(src: Path, out: Path, jobs: int, durable: bool) -> float:
    """The library in this process (no start-up, no command-line layer), as the earlier figures were taken."""
    from archiver.config import Organization, Settings
    from archiver.packaging import PackageOptions, package_many

    settings = Settings(organization=Organization(name=ORGANIZATION))
    options = PackageOptions(outdir=out, settings=settings, captured=WHEN, durable=durable)
    warm(src)
    start = time.perf_counter()
    results = package_many([src], options, jobs=jobs)
    elapsed = time.perf_counter() - start
    bad = [r for r in results if r.status != "created"]
    if bad:
        raise SystemExit(f"archiver failed on {len(bad)} articles: {bad[0]}")
    return elapsed


def speed_rounds(scratch: Path, n: int, rounds: int, one_job: bool) -> None:
    """Baseline and ``archiver package`` in turn (archiver first in even rounds), each round's ratio of wall
    times printed with both sides' CPU time (user + system, every process) and the load average when the
    round began: on a machine shared with other work the wall times swing, the CPU times much less."""
    src = scratch / "articles"
    generate(src, n)
    print(f"articles: {n}, cores: {os.cpu_count()}, each contender a fresh process")
    one = scratch / "one-article"
    generate(one, 1)
    alone = [
        (run_baseline(one, scratch / f"b1-{i}"), run_archiver_cli(one, scratch / f"a1-{i}")) for i in range(3)
    ]
    print(
        "one article (start-up and imports, best of 3): baseline "
        f"{min(b.seconds for b, _ in alone):.2f} s, archiver package {min(a.seconds for _, a in alone):.2f} s"
    )
    ratios = []
    for r in range(1, rounds + 1):
        load = os.getloadavg()[0]
        if r % 2:
            base = run_baseline(src, scratch / f"baseline-{r}")
            ours = run_archiver_cli(src, scratch / f"archiver-{r}")
        else:
            ours = run_archiver_cli(src, scratch / f"archiver-{r}")
            base = run_baseline(src, scratch / f"baseline-{r}")
        line = (
            f"round {r} (load {load:.1f}): baseline (bagit-python make_bag + warcio) {base.seconds:.2f} s "
            f"(cpu {base.cpu:.2f} s); archiver package {ours.seconds:.2f} s (cpu {ours.cpu:.2f} s, "
            f"{n / ours.seconds:.0f} articles/s)"
        )
        if one_job:
            single = run_archiver_cli(src, scratch / f"archiver-1job-{r}", jobs=1)
            line += f"; --jobs 1 {single.seconds:.2f} s (cpu {single.cpu:.2f} s)"
        ratios.append(base.seconds / ours.seconds)
        print(f"{line}; ratio {ratios[-1]:.2f}x", flush=True)
        for folder in scratch.glob(f"*-{r}"):
            shutil.rmtree(folder)
    if ratios:
        print(
            "ratio archiver/baseline, through the command (target 3x): "
            + ", ".join(f"{x:.2f}x" for x in ratios)
            + f" (median {statistics.median(ratios):.2f}x)"
        )


def memory_runs(scratch: Path, counts: list[int]) -> None:
    """Package each count of articles with the command; print each process's peak resident size."""
    peaks = []
    for n in counts:
        src = scratch / f"articles-{n}"
        generate(src, n)
        out = scratch / f"bags-{n}"
        result = run_archiver_cli(src, out, sample=True)
        workers = ", ".join(f"{p / 1e6:.1f}" for p in result.worker_peaks)
        top = max([result.parent_peak, *result.worker_peaks])
        peaks.append((n, result.parent_peak, max(result.worker_peaks, default=0)))
        print(
            f"memory, {n} articles: {result.seconds:.1f} s; peak resident (VmHWM) command {result.parent_peak / 1e6:.1f} MB, "
            f"workers {workers} MB; largest {top / 1e6:.1f} MB (wait4 ru_maxrss {result.tree_peak / 1e6:.1f} MB)",
            flush=True,
        )
        shutil.rmtree(out)
        shutil.rmtree(src)
    if len(peaks) > 1:
        (n0, p0, w0), (n1, p1, w1) = peaks[0], peaks[-1]
        print(
            f"growth {n0} -> {n1} articles: command {(p1 / p0 - 1) * 100:+.1f}%, "
            f"workers {(w1 / w0 - 1) * 100:+.1f}% (target: within 10%, each under 150 MB)"
        )


def in_process(scratch: Path, n: int, jobs: int, profile: bool) -> None:
    src = scratch / "articles"
    if not src.exists():
        generate(src, n)
    ours = run_archiver_in_process(src, scratch / "inproc", jobs, durable=True)
    ours_nosync = run_archiver_in_process(src, scratch / "inproc-nosync", jobs, durable=False)
    ours_one = run_archiver_in_process(src, scratch / "inproc-1job", 1, durable=True)
    print(
        f"in process (library): all cores {ours:.2f} s, not flushed {ours_nosync:.2f} s, one process {ours_one:.2f} s"
    )
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        run_archiver_in_process(src, scratch / "inproc-profile", 1, durable=True)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--baseline":
        baseline_main(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--rounds", type=int, default=2, help="baseline/archiver rounds (default 2; 0: none)")
    parser.add_argument("--one-job", action="store_true", help="also time `archiver package --jobs 1`")
    parser.add_argument(
        "--memory",
        default="",
        help="comma-separated article counts (e.g. 10000,100000): peak memory of each process",
    )
    parser.add_argument("--in-process", action="store_true", help="also time the library in this process")
    parser.add_argument("--jobs", type=int, default=0, help="in process: worker processes (0 = one per core)")
    parser.add_argument("--profile", action="store_true", help="in process: also profile one process")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    parser.add_argument(
        "--baseline", nargs=2, metavar=("SRC", "OUT"), help="run only the baseline (internal)"
    )
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-", dir=args.dir))
    try:
        if args.rounds:
            speed_rounds(scratch, args.n, args.rounds, args.one_job)
        if args.in_process:
            in_process(scratch, args.n, args.jobs, args.profile)
        if args.memory:
            memory_runs(scratch, [int(c) for c in args.memory.split(",")])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
