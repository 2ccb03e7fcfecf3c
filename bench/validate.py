"""Benchmark: validate bags with archiver and with bagit-python 1.9.0, against the floors, in the same run.

Two bags are generated (BagIt 1.0, sha256 + sha512 manifests and tag manifests):

* big:   one payload file of --big-size bytes (default 1 GiB). Floor: the slower of sha256 and sha512
         alone over that file with hashlib and 1 MiB reads. Target: archiver within 1.2x the floor.
* small: --small-count files of 512 bytes (default 20,000). Floor: ``sha256sum`` over the same files
         (``find -print0 | xargs -0 sha256sum``). Targets: archiver at least 8x faster than
         ``bagit.Bag(path).validate()`` (default settings) and within 2x the floor.

Then peak memory (VmHWM, or ru_maxrss, of a child process) while validating a bag with one --mem-size file
(default 4 GiB). Each timing is the best of --repeat runs with a warm page cache (the files are read once
before timing), so the figures compare hashing and bookkeeping rather than the disk.

    python bench/validate.py                               # full sizes, about 2 minutes here
    python bench/validate.py --big-size 64M --mem-size 256M --small-count 2000   # quick
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import bagit

from archiver.bag import bagit_txt, format_bag_info, format_manifest
from archiver.validation.bagit import BagOptions, validate_bag

ALGORITHMS = ("sha256", "sha512")
CHUNK = 1024 * 1024


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("B").removesuffix("I")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def finish_bag(root: Path, digests: dict[str, dict[str, str]], octets: int, streams: int) -> None:
    """Write the tag files of a BagIt 1.0 bag whose payload is already under root/data."""
    tags: dict[str, dict[str, str]] = {alg: {} for alg in ALGORITHMS}

    def put(name: str, data: bytes) -> None:
        (root / name).write_bytes(data)
        for alg in ALGORITHMS:
            tags[alg][name] = hashlib.new(alg, data).hexdigest()

    put("bagit.txt", bagit_txt())
    put(
        "bag-info.txt",
        format_bag_info([("Bagging-Date", "2024-05-01"), ("Payload-Oxum", f"{octets}.{streams}")]),
    )
    for alg in ALGORITHMS:
        put(f"manifest-{alg}.txt", format_manifest(digests[alg]))
    for alg in ALGORITHMS:
        (root / f"tagmanifest-{alg}.txt").write_bytes(format_manifest(tags[alg]))


def make_big_bag(root: Path, size: int, *, zeros: bool = False) -> None:
    """One payload file of ``size`` bytes, hashed while it is written (random, or zeros for speed)."""
    (root / "data").mkdir(parents=True)
    hashers = {alg: hashlib.new(alg) for alg in ALGORITHMS}
    block = bytes(CHUNK) if zeros else b""
    with open(root / "data" / "big.bin", "wb") as fh:
        left = size
        while left:
            n = min(CHUNK, left)
            chunk = block[:n] if zeros else os.urandom(n)
            fh.write(chunk)
            for h in hashers.values():
                h.update(chunk)
            left -= n
    digests = {alg: {"data/big.bin": h.hexdigest()} for alg, h in hashers.items()}
    finish_bag(root, digests, size, 1)


def make_small_bag(root: Path, count: int, size: int) -> None:
    """``count`` files of ``size`` random bytes, 1,000 to a folder."""
    digests: dict[str, dict[str, str]] = {alg: {} for alg in ALGORITHMS}
    for i in range(count):
        rel = f"data/d{i // 1000:03d}/f{i:06d}.bin"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = os.urandom(size)
        path.write_bytes(data)
        for alg in ALGORITHMS:
            digests[alg][rel] = hashlib.new(alg, data).hexdigest()
    finish_bag(root, digests, count * size, count)


def best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def ours(path: Path) -> None:
    report, _view, _reader = validate_bag(path, BagOptions())
    if not report.valid:
        raise SystemExit(f"archiver found the benchmark bag invalid: {report.to_dict()}")


def theirs(path: Path) -> None:
    bagit.Bag(str(path)).validate()


def hash_alone(path: Path, alg: str) -> None:
    h = hashlib.new(alg)
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    h.hexdigest()


def sha256sum(folder: Path) -> None:
    subprocess.run(f"find {folder} -type f -print0 | xargs -0 sha256sum > /dev/null", shell=True, check=True)


def warm(paths: Iterable[Path]) -> None:
    """Read every file once so that each contender starts from the same (warm) page cache."""
    for base in paths:
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                with open(os.path.join(dirpath, name), "rb") as fh:
                    while fh.read(CHUNK):
                        pass


def peak_memory(bag: Path) -> tuple[int, float]:
    """Peak resident memory (bytes) and seconds of a child process that validates ``bag``.

    VmHWM from /proc where there is one: ``ru_maxrss`` survives ``exec`` on Linux, so a child of this
    (large) benchmark process would report the parent's size at the fork.
    """
    code = (
        "import resource, sys, time; from pathlib import Path\n"
        "from archiver.validation.bagit import validate_bag\n"
        "t = time.perf_counter(); r, _, _ = validate_bag(Path(sys.argv[1]))\n"
        "seconds = time.perf_counter() - t\n"
        "assert r.valid, r.to_dict()\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    status = Path('/proc/self/status').read_text()\n"
        "    peak = int(next(l for l in status.splitlines() if l.startswith('VmHWM')).split()[1])\n"
        "except (OSError, StopIteration):\n"
        "    pass\n"
        "print(peak, seconds)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(bag)], check=True, capture_output=True, text=True)
    peak_kib, seconds = out.stdout.split()
    return int(peak_kib) * 1024, float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to build the bags (default: a temp dir)"
    )
    parser.add_argument("--big-size", type=parse_size, default=1 << 30)
    parser.add_argument("--small-count", type=int, default=20_000)
    parser.add_argument("--small-size", type=int, default=512)
    parser.add_argument("--mem-size", type=parse_size, default=4 << 30, help="0 skips the memory run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated bags")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # bagit-python logs every file

    base = Path(tempfile.mkdtemp(prefix="bench-validate-", dir=args.dir))
    figures: dict[str, float] = {}
    try:
        big, small, huge = base / "big", base / "small", base / "huge"
        print(f"building bags in {base} ...", flush=True)
        make_big_bag(big, args.big_size)
        make_small_bag(small, args.small_count, args.small_size)
        warm([big, small])

        big_file = big / "data" / "big.bin"
        figures["big_sha256_alone"] = best(lambda: hash_alone(big_file, "sha256"), args.repeat)
        figures["big_sha512_alone"] = best(lambda: hash_alone(big_file, "sha512"), args.repeat)
        figures["big_floor"] = max(figures["big_sha256_alone"], figures["big_sha512_alone"])
        figures["big_archiver"] = best(lambda: ours(big), args.repeat)
        figures["big_bagit_python"] = best(lambda: theirs(big), args.repeat)

        figures["small_sha256sum"] = best(lambda: sha256sum(small / "data"), args.repeat)
        figures["small_archiver"] = best(lambda: ours(small), args.repeat)
        figures["small_bagit_python"] = best(lambda: theirs(small), args.repeat)

        mib = args.big_size / (1 << 20)
        print(f"\nbig bag: one {mib:.0f} MiB file, sha256 + sha512")
        print(f"  sha256 alone     {figures['big_sha256_alone']:7.3f} s")
        print(f"  sha512 alone     {figures['big_sha512_alone']:7.3f} s   floor = slower of the two")
        print(
            f"  archiver         {figures['big_archiver']:7.3f} s   {figures['big_archiver'] / figures['big_floor']:.2f}x floor (target <= 1.2x)"
        )
        print(
            f"  bagit-python     {figures['big_bagit_python']:7.3f} s   archiver is {figures['big_bagit_python'] / figures['big_archiver']:.2f}x faster"
        )
        print(f"\nsmall bag: {args.small_count} files of {args.small_size} bytes, sha256 + sha512")
        print(f"  sha256sum        {figures['small_sha256sum']:7.3f} s   floor")
        print(
            f"  archiver         {figures['small_archiver']:7.3f} s   {figures['small_archiver'] / figures['small_sha256sum']:.2f}x floor (target <= 2x)"
        )
        print(
            f"  bagit-python     {figures['small_bagit_python']:7.3f} s   archiver is {figures['small_bagit_python'] / figures['small_archiver']:.1f}x faster (target >= 8x)"
        )
        shutil.rmtree(big)
        shutil.rmtree(small)

        if args.mem_size:
            make_big_bag(huge, args.mem_size, zeros=True)
            rss, seconds = peak_memory(huge)
            figures["mem_peak_mb"] = rss / 1e6
            figures["mem_seconds"] = seconds
            gib = args.mem_size / (1 << 30)
            print(f"\nmemory: one {gib:.2f} GiB file validated in {seconds:.2f} s (child process)")
            print(f"  peak RSS         {rss / 1e6:7.1f} MB   (target < 100 MB)")
        if args.json:
            print(json.dumps(figures, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
