"""Benchmark: ingest N packaged articles into an empty OCFL root, then N more into the same root.

Prints the time per bag for each batch and their ratio (target: second batch within 1.2x of the first, i.e.
the cost of an ingest does not grow with the repository), and the same two batches ingested by ocfl-py
through its Python API into a root of its own, in the same run (target: archiver at least 2x faster).

archiver runs as users run it: each bag validated (RFC 8493 checksums, profile and package cross-checks)
while it is copied into the staging area (one read per file), flushed to disk, committed, re-read and
verified, with events and a receipt; `archiver ingest BAG...` flushes and commits the bags of each worker in
groups (two syncfs per group rather than per bag), and the one-process, one-bag-per-call rows show the cost
of a lone `repo.ingest(bag)`. ocfl-py 2.1 has no
0004 layout, so it writes 0003-hash-and-id-n-tuple-storage-layout (the nearest it has), does not validate
bags, does not flush or lock, and does not re-read what it wrote. The archiver figures with validation off
and with fsync off are printed too, so that like can be compared with like.

    python bench/ingest.py            # N=2000 per batch
    python bench/ingest.py -n 300 --dir /var/tmp
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from archiver.config import Organization, Settings
from archiver.packaging import PackageOptions, package_many
from archiver.repository import OcflRepository
from archiver.repository.ocfl import bag_identifier

WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
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
    "bridge",
]


def generate(folder: Path, first: int, n: int) -> None:
    """N different articles of about 4 KB in the plain-text layout."""
    folder.mkdir(parents=True)
    for i in range(first, first + n):
        words = [WORDS[(i * 7 + j * 5) % len(WORDS)] for j in range(120)]
        body = "\n\n".join(" ".join(words[k : k + 40]).capitalize() + "." for k in range(0, 120, 40))
        text = f"Bench headline {i} about the {WORDS[i % len(WORDS)]}\n\nBENCH NEWS\n\ntext\n\n{body * 4}\n"
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")


def package(src: Path, out: Path) -> list[Path]:
    settings = Settings(organization=Organization(name="Bench Archive"))
    options = PackageOptions(outdir=out, settings=settings, captured=WHEN, durable=False)
    results = package_many([src], options)
    bags = [r.bag for r in results if r.bag is not None and r.status == "created"]
    if len(bags) != len(results):
        raise SystemExit(f"packaging failed: {[r for r in results if r.status != 'created'][:1]}")
    return bags


def timed(bags: list[Path], ingest: Callable[[Path], object]) -> float:
    """Seconds per bag, ingesting the batch one bag after the other (as `archiver ingest BAG...` does)."""
    warm(bags)
    start = time.perf_counter()
    for bag in bags:
        ingest(bag)
    return (time.perf_counter() - start) / len(bags)


def ours(root: Path, *, validate: bool = True, durable: bool = True) -> Callable[[Path], object]:
    repo = OcflRepository.init(root, durable=durable)

    def ingest(bag: Path) -> object:
        result = repo.ingest(
            bag, validate=validate, user_name="bench", user_address="mailto:bench@example.org"
        )
        if result.outcome != "created":
            raise SystemExit(f"unexpected outcome {result.outcome} for {bag}")
        return result

    return ingest


def ours_parallel(
    root: Path, *, validate: bool = True, durable: bool = True, jobs: int = 0
) -> Callable[[list[Path]], object]:
    """A whole batch at once, as `archiver ingest BAG...` runs it: worker processes over the cores
    (``jobs=1``: all in this process, still flushed and committed in groups)."""
    repo = OcflRepository.init(root, durable=durable)

    def ingest(bags: list[Path]) -> object:
        results = repo.ingest_many(
            bags, jobs=jobs, validate=validate, user_name="bench", user_address="mailto:bench@example.org"
        )
        failed = [r for r in results if getattr(r, "outcome", None) != "created"]
        if failed:
            raise SystemExit(f"ingest failed: {failed[0]}")
        return results

    return ingest


def ocfl_py(root: Path) -> Callable[[Path], object]:
    """ocfl-py's own API: StorageRoot for the layout, Object.create for each new object (fixity sha256)."""
    import ocfl

    storage = ocfl.StorageRoot(root=str(root), layout_name="0003-hash-and-id-n-tuple-storage-layout")
    storage.initialize()
    created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")

    def ingest(bag: Path) -> object:
        identifier = bag_identifier(bag)
        objdir = root / storage.object_path(identifier)
        objdir.parent.mkdir(parents=True, exist_ok=True)
        metadata = ocfl.VersionMetadata(
            created=created,
            message=f"Ingest of bag {bag.name}",
            name="bench",
            address="mailto:bench@example.org",
        )
        obj = ocfl.Object(identifier=identifier, fixity=["sha256"])
        return obj.create(srcdir=str(bag), metadata=metadata, objdir=str(objdir))

    return ingest


def warm(bags: list[Path]) -> None:
    """Read every file of the bags, so each contender starts from the same warm page cache.

    On this machine a file left alone for about 20 seconds is read from disk again, so without this the
    contender that runs right after packaging would be favoured. Then everything still in memory is
    written back, or the first flush of archiver would also write the bags just packaged and whatever
    the contender before it (which may never flush) wrote.
    """
    for bag in bags:
        for dirpath, _dirnames, filenames in os.walk(bag):
            for name in filenames:
                Path(dirpath, name).read_bytes()
    os.sync()  # the bags just packaged, and what the contender before wrote: not the next one's to flush


def two_batches_at_once(
    name: str, ingest: Callable[[list[Path]], object], first: list[Path], second: list[Path]
) -> float:
    times = []
    for batch in (first, second):
        warm(batch)
        start = time.perf_counter()
        ingest(batch)
        times.append((time.perf_counter() - start) / len(batch))
    a, b = times
    print(f"{name:50} batch 1 {a * 1000:7.2f} ms/bag   batch 2 {b * 1000:7.2f} ms/bag   ratio {b / a:5.2f}")
    return statistics.mean(times)


def two_batches(name: str, ingest: Callable[[Path], object], first: list[Path], second: list[Path]) -> float:
    a, b = timed(first, ingest), timed(second, ingest)
    print(f"{name:50} batch 1 {a * 1000:7.2f} ms/bag   batch 2 {b * 1000:7.2f} ms/bag   ratio {b / a:5.2f}")
    return statistics.mean((a, b))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=2000, help="bags per batch (default 2000)")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    parser.add_argument("--skip-ocfl-py", action="store_true", help="do not run the ocfl-py comparison")
    args = parser.parse_args()
    logging.disable(logging.INFO)  # ocfl-py logs every object it creates at INFO
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-ingest-", dir=args.dir))
    try:
        generate(scratch / "articles-1", 0, args.n)
        generate(scratch / "articles-2", args.n, args.n)
        first, second = (
            package(scratch / "articles-1", scratch / "bags-1"),
            package(scratch / "articles-2", scratch / "bags-2"),
        )
        print(f"bags per batch: {args.n}, cores: {os.cpu_count()}")
        full = two_batches_at_once(
            "archiver, all cores (validate, fsync, verify)", ours_parallel(scratch / "ours-p"), first, second
        )
        lean_parallel = two_batches_at_once(
            "archiver, all cores (no validation, no fsync)",
            ours_parallel(scratch / "ours-p-lean", validate=False, durable=False),
            first,
            second,
        )
        two_batches_at_once(
            "archiver, 1 process, one call (validate, fsync, verify)",
            ours_parallel(scratch / "ours-1", jobs=1),
            first,
            second,
        )
        two_batches(
            "archiver, 1 process, a call per bag (validate, ...)", ours(scratch / "ours"), first, second
        )
        two_batches(
            "archiver, 1 process (no validation, fsync)",
            ours(scratch / "ours-nv", validate=False),
            first,
            second,
        )
        lean = two_batches(
            "archiver, 1 process (no validation, no fsync)",
            ours(scratch / "ours-lean", validate=False, durable=False),
            first,
            second,
        )
        if not args.skip_ocfl_py:
            theirs = two_batches(
                "ocfl-py 2.1 (0003 layout, no fsync)", ocfl_py(scratch / "ocfl-py"), first, second
            )
            print(
                f"ocfl-py / archiver, as users run each (all cores, validate, fsync): {theirs / full:5.2f}x"
            )
            print(
                f"ocfl-py / archiver, no validation, no fsync, all cores:         {theirs / lean_parallel:5.2f}x"
            )
            print(f"ocfl-py / archiver, no validation, no fsync, 1 process:         {theirs / lean:5.2f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
