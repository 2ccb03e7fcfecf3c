"""Benchmark: ingest N bags into an empty OCFL root, then N more into the same root, through the command line,
archiver against ocfl-py, in one run; on bags made by archiver and on bags made by bagit-python.

Two kinds of bags, N per batch (default 2000), from generated articles of about 4 KB:

* archiver's own, made by ``archiver package`` (the article, its metadata JSON and a WARC/1.1; sha256 and
  sha512 manifests and tag manifests; bag-info with the project's profile);
* bagit-python's, made by ``bagit.make_bag`` as bench/package.py's baseline makes them (the same three
  files, written by warcio and the extractor; its two-space manifests and its tag files; an
  External-Identifier, which archiver needs to name the object: a bag without one is refused with
  ``INGEST_NO_IDENTIFIER``). archiver's validation refuses these bags: warcio 1.8.1 writes a
  WARC-Payload-Digest on the metadata record, which WARC 1.1 (section 5.9) does not allow there
  (``WARC-FIELD-NOT-ALLOWED``). They are ingested with ``--no-validate`` (every checksum of their
  manifests still verified while copying), which is also the like-for-like comparison: ocfl-py does not
  validate.

Each contender runs as users run it, in a fresh process per batch, timed from its start to its exit (the
interpreter's start-up and every import included); batch 2 goes into the root batch 1 made:

* archiver: ``archiver ingest BAG... --into ROOT --user-name bench --user-address mailto:...``: every bag
  validated while it is copied in, flushed, committed, re-read and verified, with events and a receipt;
  worker processes over the cores;
* ocfl-py 2.1.0: its commands take one object per process (``ocfl-object.py create --srcbag`` builds an
  object outside any root, ``ocfl-root.py add`` then copies it in: about 1 s a bag here), so its Python API
  runs in a process of its own per batch (this script with ``--ocfl-py ROOT BAGS``): StorageRoot with
  0003-hash-and-id-n-tuple-storage-layout (it has no 0004), ``Object.create`` per bag; it does not validate
  bags, flush, lock or re-read what it wrote.

Every contender starts with the bags in the page cache and nothing waiting to be written back. Printed: ms
per bag for each batch, batch 2 / batch 1 (target: within 1.2x, the cost of an ingest does not grow with
the repository) and ocfl-py / archiver over both batches (target: at least 2x).

    python bench/ingest.py                      # N=2000 per batch, 2 rounds
    python bench/ingest.py -n 300 --rounds 1    # a short run
    python bench/ingest.py --skip-bagit-python --dir /var/tmp
    python bench/ingest.py --in-process         # also the library in this process, as measured before
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from package import BIN, WHEN_TEXT, Run, baseline_one, generate, run_command  # bench/package.py, beside this

USER = ["--user-name", "bench", "--user-address", "mailto:bench@example.org"]


def package_cli(src: Path, out: Path) -> list[Path]:
    """Bags made by ``archiver package`` from every article in ``src``."""
    run_command(
        [
            str(BIN / "archiver"),
            "package",
            str(src),
            "-o",
            str(out),
            "--organization",
            "Bench Archive",
            "--date",
            WHEN_TEXT,
        ]
    )
    return sorted(out.iterdir())


def make_bags_bagit_python(src: Path, out: Path) -> list[Path]:
    """Bags made by bagit-python's make_bag, as bench/package.py's baseline makes them."""
    logging.disable(logging.INFO)
    out.mkdir(parents=True)
    for path in sorted(src.iterdir()):
        baseline_one(path, out)
    return sorted(out.iterdir())


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
    os.sync()


def archiver_cli(root: Path, bags: list[Path], *, validate: bool = True) -> Run:
    """``archiver ingest`` of the batch into ``root``, in a fresh process: wall and CPU seconds."""
    warm(bags)
    command = [str(BIN / "archiver"), "ingest", *map(str, bags), "--into", str(root), *USER]
    return run_command(command if validate else [*command, "--no-validate"])


def archiver_cli_no_validate(root: Path, bags: list[Path]) -> Run:
    return archiver_cli(root, bags, validate=False)


def ocfl_py_cli(root: Path, bags: list[Path]) -> Run:
    """ocfl-py's API over the batch into ``root``, in a fresh process (this script): wall and CPU seconds."""
    warm(bags)
    return run_command([sys.executable, __file__, "--ocfl-py", str(root), *map(str, bags)])


def ocfl_py_main(root: Path, bags: list[Path]) -> None:
    """``--ocfl-py ROOT BAG...``: ingest with ocfl-py's own API (a storage root in the 0003 layout, created
    if absent; Object.create for each new object, fixity sha256), as a program of its own."""
    ingest = ocfl_py(root, create=not root.exists())
    for bag in bags:
        ingest(bag)


def ocfl_py(root: Path, *, create: bool = True) -> Callable[[Path], object]:
    """ocfl-py's own API: StorageRoot for the layout, Object.create for each new object (fixity sha256)."""
    import ocfl

    logging.disable(logging.INFO)  # ocfl-py logs every object it creates at INFO
    storage = ocfl.StorageRoot(root=str(root), layout_name="0003-hash-and-id-n-tuple-storage-layout")
    if create:
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


def bag_identifier(bag: Path) -> str:
    """The bag's External-Identifier, read here so that the ocfl-py process imports nothing of archiver's."""
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        label, _, value = line.partition(":")
        if label.strip().lower() == "external-identifier":
            return value.strip()
    raise SystemExit(f"{bag}: no External-Identifier")


def two_batches(
    name: str, ingest: Callable[[Path, list[Path]], Run], root: Path, first: list[Path], second: list[Path]
) -> tuple[float, float]:
    """Both batches into ``root``; prints ms per bag; returns wall and CPU seconds per bag over both."""
    a, b = ingest(root, first), ingest(root, second)
    per_a, per_b = a.seconds / len(first), b.seconds / len(second)
    count = len(first) + len(second)
    print(
        f"  {name:46} batch 1 {per_a * 1000:6.2f} ms/bag   batch 2 {per_b * 1000:6.2f} ms/bag   "
        f"ratio {per_b / per_a:4.2f}   cpu {(a.cpu + b.cpu) / count * 1000:5.2f} ms/bag",
        flush=True,
    )
    return (a.seconds + b.seconds) / count, (a.cpu + b.cpu) / count


def contest(
    label: str, scratch: Path, first: list[Path], second: list[Path], rounds: int, *, validate: bool = True
) -> list[float]:
    """archiver and ocfl-py through their commands, taking turns (ocfl-py first in odd rounds); prints the
    ratios of wall times and of CPU times (user + system, every process: on a machine shared with other
    work the wall times swing, the CPU times much less) and the load average when the round began."""
    ratios: list[float] = []
    for r in range(1, rounds + 1):
        print(f"{label}, round {r} (load {os.getloadavg()[0]:.1f}):")
        contenders: list[tuple[str, Callable[[Path, list[Path]], Run]]] = [
            ("archiver ingest (validate, flush, verify)", archiver_cli)
            if validate
            else ("archiver ingest --no-validate (flush, verify)", archiver_cli_no_validate),
            ("ocfl-py 2.1 API, fresh process (no flush)", ocfl_py_cli),
        ]
        if r % 2:
            contenders.reverse()
        times = {}
        for name, ingest in contenders:
            root = scratch / f"root-{len(ratios)}-{name.split()[0]}"
            times[name.split()[0]] = two_batches(name, ingest, root, first, second)
            shutil.rmtree(root)
        (ours, ours_cpu), (theirs, theirs_cpu) = times["archiver"], times["ocfl-py"]
        ratios.append(theirs / ours)
        print(
            f"  ocfl-py / archiver: {ratios[-1]:.2f}x wall, {theirs_cpu / ours_cpu:.2f}x CPU time", flush=True
        )
    return ratios


def in_process(scratch: Path, first: list[Path], second: list[Path]) -> None:
    """The library in this process, all cores, as the earlier figures were taken; ocfl-py alike."""
    from archiver.repository import OcflRepository

    def ours(root: Path, bags: list[Path]) -> Run:
        warm(bags)
        repo = OcflRepository.open(root, create=True)
        start = time.perf_counter()
        results = repo.ingest_many(bags, user_name="bench", user_address="mailto:bench@example.org")
        elapsed = time.perf_counter() - start
        failed = [r for r in results if r.outcome != "created"]
        if failed:
            raise SystemExit(f"ingest failed: {failed[0]}")
        return Run(elapsed, elapsed)  # CPU time not measured in process

    def theirs(root: Path, bags: list[Path]) -> Run:
        warm(bags)
        ingest = ocfl_py(root, create=not root.exists())
        start = time.perf_counter()
        for bag in bags:
            ingest(bag)
        return Run(time.perf_counter() - start, time.perf_counter() - start)

    print("in process (the library, no start-up):")
    a, _ = two_batches("archiver ingest_many, all cores", ours, scratch / "inproc-ours", first, second)
    b, _ = two_batches("ocfl-py 2.1 API", theirs, scratch / "inproc-ocfl-py", first, second)
    print(f"  ocfl-py / archiver: {b / a:.2f}x (the cpu column: wall time here)")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--ocfl-py":
        ocfl_py_main(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=2000, help="bags per batch (default 2000)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each contest (default 2)")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    parser.add_argument("--skip-bagit-python", action="store_true", help="only archiver's own bags")
    parser.add_argument("--in-process", action="store_true", help="also time the library in this process")
    parser.add_argument("--ocfl-py", nargs="+", metavar="ROOT BAG", help="run only ocfl-py (internal)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-ingest-", dir=args.dir))
    try:
        generate(scratch / "articles-1", args.n)
        generate(scratch / "articles-2", args.n, first=args.n)
        ours = (
            package_cli(scratch / "articles-1", scratch / "bags-1"),
            package_cli(scratch / "articles-2", scratch / "bags-2"),
        )
        print(f"bags per batch: {args.n}, cores: {os.cpu_count()}, each batch a fresh process")
        summary = {
            "archiver package bags": contest("bags made by archiver package", scratch, *ours, args.rounds)
        }
        if args.in_process:
            in_process(scratch, *ours)
        if not args.skip_bagit_python:
            theirs = (
                make_bags_bagit_python(scratch / "articles-1", scratch / "bp-bags-1"),
                make_bags_bagit_python(scratch / "articles-2", scratch / "bp-bags-2"),
            )
            summary["bagit-python make_bag bags"] = contest(
                "bags made by bagit-python's make_bag", scratch, *theirs, args.rounds, validate=False
            )
        for label, ratios in summary.items():
            print(
                f"ocfl-py / archiver through the command, {label} (target 2x): "
                + ", ".join(f"{x:.2f}x" for x in ratios)
                + f" (median {statistics.median(ratios):.2f}x)"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
