"""Benchmark: capture and package N pages (500 by default) from a local HTTP server.

    .venv/bin/python bench/capture.py [-n 500] [--latency-ms 0] [--outdir DIR]

Each page goes through the real flow: :func:`archiver.web.package_url.stage_url` (robots.txt, the HTTP
exchange over a socket, extraction, WARC, WACZ, the bag in a staging folder), then
:func:`archiver.packaging.commit_staged` in batches of 32 with one filesystem flush each, as ``package``
does. The time per page is split into phases (``PhaseTimes``):

* network: the exchanges (DNS, connect, request, response), from :func:`capture_url`;
* extract: HTML decoding and metadata/text extraction;
* warc: building the WARC records (digests and gzip);
* wacz: the CDXJ index, pages.jsonl, datapackage hashes and the zip;
* bag: writing the bag files with their sha256 and sha512 manifests;
* commit: flush and rename (per batch, spread over its pages).

"hashing" is measured apart, as the time to compute every digest the package holds over the same bytes
(SHA-1 of WARC blocks and payloads, SHA-256 of WACZ members, SHA-256 and SHA-512 of bag files), because it
happens inside the phases above. ``--latency-ms`` makes the server wait before answering, to see the
proportions with a real network's round trip; the local server otherwise answers in well under 1 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archiver.config import Organization, Settings  # noqa: E402
from archiver.packaging import PackageOptions, PackageResult, StagedBag, commit_staged  # noqa: E402
from archiver.web.options import CaptureOptions  # noqa: E402
from archiver.web.package_url import PhaseTimes, stage_url  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=500, help="pages to capture")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="server delay before each answer")
    parser.add_argument("--outdir", type=Path, default=None, help="where to write bags (default: a temp dir)")
    args = parser.parse_args()

    base_route = webserver._route

    def route(path: str) -> webserver.Reply:
        reply = base_route(path)
        reply.delay = max(reply.delay, args.latency_ms / 1000.0)
        return reply

    settings = Settings(organization=Organization(name="Bench Archive", contact_email="bench@example.org"))
    outdir = args.outdir or Path(tempfile.mkdtemp(prefix="archiver-bench-capture-"))
    outdir.mkdir(parents=True, exist_ok=True)
    options = PackageOptions(outdir=outdir, settings=settings)
    capture = CaptureOptions()
    times = PhaseTimes()
    per_page: list[float] = []
    results: list[PackageResult] = []
    pending: list[StagedBag] = []
    with webserver.serve(route) as server:
        started = time.perf_counter()
        for n in range(args.n):
            t0 = time.perf_counter()
            staged = stage_url(server.url(f"/bench/{n}.html"), options, capture, times=times)
            if isinstance(staged, StagedBag):
                pending.append(staged)
            per_page.append(time.perf_counter() - t0)
            if len(pending) >= 32 or n == args.n - 1:
                t1 = time.perf_counter()
                results += commit_staged(pending, outdir, durable=True)
                times.add("commit", t1)
                pending = []
        wall = time.perf_counter() - started
    created = [r for r in results if r.status == "created" and r.bag is not None]
    sample = created[: min(50, len(created))]
    hashing = sum(_hash_time(r.bag) for r in sample if r.bag) / max(len(sample), 1)
    total = sum(times.seconds.get(p, 0.0) for p in PHASES)
    print(f"pages: {args.n} captured, {len(created)} bags created, server latency {args.latency_ms:g} ms")
    print(f"wall: {wall:.2f} s, {args.n / wall:.1f} pages/s, {1000 * wall / args.n:.2f} ms/page")
    print(f"stage_url per page: median {1000 * statistics.median(per_page):.2f} ms")
    print("phase       ms/page   share")
    for phase in PHASES:
        secs = times.seconds.get(phase, 0.0)
        print(f"{phase:10} {1000 * secs / args.n:8.3f}  {100 * secs / total:5.1f} %")
    print(f"hashing (inside warc/wacz/bag): about {1000 * hashing:.3f} ms/page")
    rest = total - times.seconds.get("network", 0.0)
    print(
        f"extraction + packaging: {1000 * rest / args.n:.3f} ms/page; network: "
        f"{1000 * times.seconds.get('network', 0.0) / args.n:.3f} ms/page"
    )
    if args.outdir is None:
        shutil.rmtree(outdir, ignore_errors=True)


if __name__ == "__main__":
    main()
