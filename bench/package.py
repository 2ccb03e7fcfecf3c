"""Benchmark: package N generated articles with archiver and with the obvious baseline, in the same run.

The baseline is what a careful user would write with the usual libraries: for each article, one after the
other, copy it into a folder with its metadata JSON and a WARC/1.1 written by warcio (resource + metadata
records, gzip), then ``bagit.make_bag`` with sha256 and sha512. Both sides extract the metadata with the same
code, so the comparison is about packaging. archiver runs as users run it (the CLI's code path, flushing every
file and folder to disk, worker processes over the cores).

    python bench/package.py            # N=2000
    python bench/package.py -n 500 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import bagit
from warcio.warcwriter import WARCWriter

from archiver.article import read_article
from archiver.config import Organization, Settings
from archiver.extract import build_metadata
from archiver.packaging import PackageOptions, package_many

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


def generate(folder: Path, n: int) -> None:
    """N articles of about 4 KB in the plain-text layout, each different."""
    folder.mkdir(parents=True)
    for i in range(n):
        words = [WORDS[(i * 7 + j * 13) % len(WORDS)] for j in range(120)]
        paras = [" ".join(words[k : k + 40]).capitalize() + "." for k in range(0, 120, 40)]
        body = "\n\n".join(paras * 4)
        text = f"Bench headline {i} about the {WORDS[i % len(WORDS)]}\n\nBENCH NEWS\n\ntext\n\n{body}\n\n(BENCH NEWS)\n"
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")


def baseline_one(path: Path, outdir: Path) -> None:
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
        bag_info={"Source-Organization": "Bench Archive", "External-Identifier": meta.identifier},
        checksums=["sha256", "sha512"],
    )


def warm(src: Path) -> None:
    """Read every article once, so each contender starts from the same warm page cache (on this machine a
    file left alone for about 20 seconds is read from disk again), then write back everything still in
    memory: otherwise the first flush of the contender that flushes would also write the articles and the
    bags of the contender before it, which never flushes."""
    for path in src.iterdir():
        path.read_bytes()
    os.sync()


def run_baseline(src: Path, out: Path) -> float:
    out.mkdir()
    paths = sorted(src.iterdir())
    warm(src)
    start = time.perf_counter()
    for p in paths:
        baseline_one(p, out)
    return time.perf_counter() - start


def run_archiver(src: Path, out: Path, jobs: int, durable: bool) -> float:
    settings = Settings(organization=Organization(name="Bench Archive"))
    options = PackageOptions(outdir=out, settings=settings, captured=WHEN, durable=durable)
    warm(src)
    start = time.perf_counter()
    results = package_many([src], options, jobs=jobs)
    elapsed = time.perf_counter() - start
    bad = [r for r in results if r.status != "created"]
    if bad:
        raise SystemExit(f"archiver failed on {len(bad)} articles: {bad[0]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--jobs", type=int, default=0, help="archiver worker processes (0 = one per core)")
    parser.add_argument("--profile", action="store_true", help="also profile archiver single-process")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="archiver-bench-", dir=args.dir))
    try:
        src = scratch / "articles"
        generate(src, args.n)
        base = run_baseline(src, scratch / "baseline")
        ours = run_archiver(src, scratch / "archiver", args.jobs, durable=True)
        ours_nosync = run_archiver(src, scratch / "archiver-nosync", args.jobs, durable=False)
        ours_one = run_archiver(src, scratch / "archiver-1job", 1, durable=True)
        print(f"articles: {args.n}, cores: {os.cpu_count()}")
        print(
            f"baseline (bagit-python make_bag + warcio, sequential): {args.n / base:8.1f} articles/s  ({base:.2f} s)"
        )
        print(
            f"archiver (fsync on, all cores):                     {args.n / ours:8.1f} articles/s  ({ours:.2f} s)"
        )
        print(
            f"archiver (fsync on, 1 process):                     {args.n / ours_one:8.1f} articles/s  ({ours_one:.2f} s)"
        )
        print(
            f"archiver (fsync off, all cores):                    {args.n / ours_nosync:8.1f} articles/s  ({ours_nosync:.2f} s)"
        )
        print(f"ratio archiver/baseline (fsync on, all cores): {base / ours:.2f}x")
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            run_archiver(src, scratch / "archiver-profile", 1, durable=True)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
