"""Benchmark: capture and package N pages (500 by default) from a local HTTP server.

    .venv/bin/python bench/capture.py [-n 500] [--latency-ms 0] [--outdir DIR]

The test server (tests/webserver.py) runs in a process of its own, as a real server would. Four passes
over the same N URLs:

1. network only: :func:`archiver.web.capture.capture_url` on each URL in turn (the page and its
   redirects; robots.txt comes from the cache a warm-up pass filled, as in any long run): the time the
   network itself takes per page;
2. phases timed, nothing overlapped: the pages a group of ``URL_GROUP`` at a time as ``archiver package``
   takes them (the group's captures, then :func:`archiver.web.package_url.stage_captures`), then
   :func:`archiver.packaging.commit_staged` in batches of 32 with one filesystem flush each. Phases
   (``PhaseTimes``): network (the exchanges); extract (HTML decoding, metadata and text); warc (records,
   digests, gzip); wacz (CDXJ index, pages.jsonl, datapackage hashes, the zip); bag (the files with their
   sha256 and sha512 manifests); commit (flush and rename, per batch, spread over its pages);
3. as users run it in one process (``package_many`` with one job): the next group's pages are captured
   while the current group is packaged (:mod:`archiver.web.prefetch`), bags committed in flushed batches;
4. as users run it on all cores.

"writing the bag's files alone" writes copies of one bag's folders and files from memory, with the same
flushes: the part of the cost that is the filesystem's, whatever the Python code does. "hashing" is
measured apart, as the time to compute every digest the package holds over the same bytes
(SHA-1 of WARC blocks and payloads, SHA-256 of WACZ members, SHA-256 and SHA-512 of bag files), because it
happens inside the phases above. ``--latency-ms`` makes the server wait before answering, to see the
proportions with a real network's round trip; the local server otherwise answers in well under 1 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archiver import staging  # noqa: E402
from archiver.config import Organization, Settings  # noqa: E402
from archiver.packaging import (  # noqa: E402
    PackageOptions,
    PackageResult,
    StagedBag,
    commit_staged,
    package_many,
)
from archiver.packaging.phases import PhaseTimes  # noqa: E402
from archiver.packaging.run import URL_GROUP  # noqa: E402
from archiver.web.capture import capture_url  # noqa: E402
from archiver.web.options import CaptureOptions  # noqa: E402
from archiver.web.package_url import stage_captures  # noqa: E402
from tests import webserver  # noqa: E402

PHASES = ("network", "extract", "warc", "wacz", "bag", "commit")


def _hash_time(bag: Path) -> float:
    """Seconds to compute the package's digests again over its bytes (an estimate of hashing's share)."""
    start = time.perf_counter()
    for file in (bag / "data").rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            hashlib.sha256(data).digest()
            hashlib.sha512(data).digest()
            if file.suffix in (".gz", ".wacz"):
                hashlib.sha256(data).digest()  # the WACZ resource hash / WARC block digests, roughly
                hashlib.sha1(data).digest()
    return time.perf_counter() - start


@contextlib.contextmanager
def server_process(latency_ms: float) -> Iterator[str]:
    """The test server in a process of its own (as any real server is): its work does not share this
    process's GIL. Yields its base URL."""
    parent_end, child_end = multiprocessing.Pipe()

    def run() -> None:
        base_route = webserver._route

        def route(path: str) -> webserver.Reply:
            reply = base_route(path)
            reply.delay = max(reply.delay, latency_ms / 1000.0)
            return reply

        server = webserver._Server(route)
        child_end.send(server.server_address[1])
        server.serve_forever(poll_interval=0.05)

    process = multiprocessing.get_context("fork").Process(target=run, daemon=True)
    process.start()
    try:
        yield f"http://127.0.0.1:{parent_end.recv()}"
    finally:
        process.terminate()
        process.join(5)


def files_only(bag: Path, into: Path, count: int) -> float:
    """Seconds per bag to write ``count`` copies of ``bag``'s folders and files, their bytes already in
    memory, flushed with one syncfs per 32 bags as packaging does: the floor that the filesystem alone sets
    under packaging, whatever the code in Python costs."""
    entries = [
        (str(p.relative_to(bag)), None if p.is_dir() else p.read_bytes()) for p in sorted(bag.rglob("*"))
    ]
    into.mkdir()
    start = time.perf_counter()
    for n in range(count):
        root = into / f"bag-{n}"
        root.mkdir()
        for relative, data in entries:
            if data is None:
                (root / relative).mkdir()
            else:
                staging.write_file(root / relative, data, durable=False)
        if n % 32 == 31 or n == count - 1:
            staging.sync_filesystem(into)
    elapsed = time.perf_counter() - start
    shutil.rmtree(into, ignore_errors=True)
    return elapsed / count


def network_only(urls: list[str], settings: Settings, capture: CaptureOptions) -> float:
    """Seconds to make every capture (robots.txt, page, redirects) one after the other, nothing else."""
    start = time.perf_counter()
    for url in urls:
        capture_url(url, capture, settings)
    return time.perf_counter() - start


def as_users_run_it(urls: list[str], options: PackageOptions, capture: CaptureOptions, jobs: int) -> float:
    """Seconds for ``archiver package URL...``'s code path: prefetching, worker processes, flushed batches."""
    outdir = Path(tempfile.mkdtemp(prefix="archiver-bench-capture-", dir=options.outdir))
    start = time.perf_counter()
    results = package_many(urls, replace(options, outdir=outdir, capture=capture), jobs=jobs)
    elapsed = time.perf_counter() - start
    bad = [r for r in results if r.status != "created"]
    if bad:
        raise SystemExit(f"{len(bad)} captures failed: {bad[0]}")
    return elapsed


def phases(
    urls: list[str], options: PackageOptions, capture: CaptureOptions
) -> tuple[PhaseTimes, float, list[PackageResult]]:
    """Pages a group at a time, as ``archiver package`` stages them, with phases timed and nothing
    overlapped: URL_GROUP captures, then their bags staged phase by phase, committed in batches of 32."""
    times = PhaseTimes()
    results: list[PackageResult] = []
    pending: list[StagedBag] = []
    started = time.perf_counter()
    for first in range(0, len(urls), URL_GROUP):
        t0 = time.perf_counter()
        group = [
            (url, capture_url(url, capture, options.settings)) for url in urls[first : first + URL_GROUP]
        ]
        times.add("network", t0)
        for staged in stage_captures(group, options, times=times):
            if isinstance(staged, StagedBag):
                pending.append(staged)
        if len(pending) >= 32 or first + URL_GROUP >= len(urls):
            t1 = time.perf_counter()
            results += commit_staged(pending, options.outdir, durable=True)
            times.add("commit", t1)
            pending = []
    return times, time.perf_counter() - started, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=500, help="pages to capture")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="server delay before each answer")
    parser.add_argument("--outdir", type=Path, default=None, help="where to write bags (default: a temp dir)")
    args = parser.parse_args()

    settings = Settings(organization=Organization(name="Bench Archive", contact_email="bench@example.org"))
    outdir = args.outdir or Path(tempfile.mkdtemp(prefix="archiver-bench-capture-"))
    outdir.mkdir(parents=True, exist_ok=True)
    options = PackageOptions(outdir=outdir, settings=settings)
    capture = CaptureOptions()
    n = args.n
    with server_process(args.latency_ms) as base:
        urls = [f"{base}/bench/{i}.html" for i in range(n)]
        network_only(urls[: min(n, 50)], settings, capture)  # warm up: imports, first connections
        network = network_only(urls, settings, capture)
        times, _wall, results = phases(urls, options, capture)
        one = as_users_run_it(urls, options, capture, jobs=1)
        cores = as_users_run_it(urls, options, capture, jobs=0)
    created = [r for r in results if r.status == "created" and r.bag is not None]
    sample = created[: min(50, len(created))]
    hashing = sum(_hash_time(r.bag) for r in sample if r.bag) / max(len(sample), 1)
    floor = files_only(sample[0].bag, outdir / "files-only", n) if sample and sample[0].bag else 0.0
    total = sum(times.seconds.get(p, 0.0) for p in PHASES)
    ms = 1000 / n
    print(
        f"pages: {n}, server latency {args.latency_ms:g} ms, server in its own process, {os.cpu_count()} cores"
    )
    print(f"network only (captures one after the other):   {network * ms:6.2f} ms/page")
    print(f"a group of {URL_GROUP} at a time, phases timed (one process, no overlap):")
    for phase in PHASES:
        secs = times.seconds.get(phase, 0.0)
        print(f"  {phase:10} {secs * ms:8.3f} ms/page  {100 * secs / total:5.1f} %")
    print(f"  hashing (inside warc/wacz/bag): about {1000 * hashing:.3f} ms/page")
    print(f"  writing the bag's files alone (bytes in memory, flushed): {1000 * floor:.3f} ms/page")
    rest = total - times.seconds.get("network", 0.0)
    print(
        f"  extraction + packaging {rest * ms:.3f} ms/page against network {times.seconds['network'] * ms:.3f}"
    )
    print(
        f"as users run it, one process (next group fetched while this one is packaged): {one * ms:6.2f} ms/page"
    )
    print(
        f"as users run it, all cores:                                             {cores * ms:6.2f} ms/page"
    )
    for label, wall in (("one process", one), ("all cores", cores)):
        print(f"added to the network time ({label}): {(wall - network) * ms:6.2f} ms/page")
    if args.outdir is None:
        shutil.rmtree(outdir, ignore_errors=True)


if __name__ == "__main__":
    main()
