"""Benchmark: ``archiver validate BAG`` as users run it, against bagit-python and the floors, in one run.

Every contender that users run as a command runs as one, in a fresh process per run: ``archiver validate
BAG`` (this environment's ``archiver`` script) and ``bagit.py --validate BAG`` (bagit-python 1.9.0's
script). Each payload is validated in two layouts, whose payload files are hard links to the same inodes
(so both read the same bytes from the same page cache):

* bagit-python: made by ``bagit.make_bag(..., checksums=["sha256", "sha512"])``: BagIt 0.97, its
  two-space manifests, its tag manifests and its bag-info.txt (Bag-Software-Agent, Bagging-Date,
  Payload-Oxum): what a bag from another tool looks like.
* archiver: the same payload with tag files written by ``archiver.formats.bagit.writer`` (BagIt 1.0, one-space
  manifests, sha256 + sha512 manifests and tag manifests, Bagging-Date and Payload-Oxum).

Cases:

* big:     one payload file of --big-size bytes (default 1 GiB, as in docs/benchmarks.md since issue 3;
           issue 14 measured 512 MiB: pass --big-size 512M). Floor: the slower of sha256 and sha512
           alone over the file, in this process with hashlib and 1 MiB reads. Target: archiver within
           1.2x the floor. ``sha512sum FILE`` (the command) is shown beside it.
* small:   --small-count files of --small-size bytes (default 20,000 of 512), 1,000 to a folder. Floor:
           ``sha256sum`` over the same files (``find -print0 | xargs -0 sha256sum``). Targets: archiver
           at least 8x faster than ``bagit.py --validate`` and within 2x the floor.
* start-up: ``archiver validate`` on a bag of one small file and ``python -c "import typer"``: the part
           of every figure above that is not validation (issue 14's start-up work).
* memory:  peak resident memory of ``archiver validate`` on a bag of one --mem-size file (default 4 GiB,
           zeros), both layouts. A small launcher process starts it and reports ``ru_maxrss`` of the
           command and its children (wait4; a large parent would pass on its own size through exec),
           and the largest sum of VmRSS over the process tree, sampled every 20 ms. Target: under 150 MB.

With --in-process the library calls are timed as well (labelled): archiver's
``archiver.validation.run.validate`` and bagit-python's ``bagit.Bag(path).validate()``, both without
start-up. Timings are the best of --repeat rounds, the contenders taken in turn within each round (on
a shared machine a burst of load then hits one round, not one contender), with a warm page cache (every
file is read once before timing), so the figures compare hashing and bookkeeping, not the disk. Every
contender first runs once, untimed, on a one-file bag; commands run without user config and with
bytecode writing on (PYTHONDONTWRITEBYTECODE removed), as for an installed package (see command_env).

    python bench/validate.py                  # full sizes, about 6 minutes here
    python bench/validate.py --quick          # 64 MiB, 2,000 files, 256 MiB memory bag, 2 rounds
    python bench/validate.py --big-size 512M --small-count 0 --mem-size 0 --repeat 5   # issue 14's big case
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ALGORITHMS = ("sha256", "sha512")
CHUNK = 1024 * 1024
BIN = Path(sys.executable).parent
ARCHIVER = BIN / "archiver"
BAGIT_PY = BIN / "bagit.py"
LAYOUTS = ("bagit-python", "archiver")

#: Runs a command, then prints its wall seconds, exit status, the largest ru_maxrss of it and its
#: children (KiB) and the largest sampled sum of VmRSS over its process tree (KiB). Run by a small
#: interpreter, so that the command does not inherit a large parent's high-water mark through exec.
LAUNCHER = r"""
import os, subprocess, sys, time
def tree_rss(pid):
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(l.split()[1]) for l in fh if l.startswith("VmRSS"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (OSError, StopIteration, ValueError):
            pass
    return total
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = 0
while True:
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid:
        break
    peak = max(peak, tree_rss(proc.pid))
    time.sleep(0.02)
seconds = time.perf_counter() - start
print(seconds, os.waitstatus_to_exitcode(status), usage.ru_maxrss, peak)
"""


def parse_size(text: str) -> int:
    """``1G``, ``512M``, ``64MiB``, ``4096``: bytes (also used by bench/ocfl_validate.py)."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("B").removesuffix("I")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


# --- bags ---------------------------------------------------------------------------------------------


def write_payload(folder: Path, files: Iterable[tuple[str, int]], *, zeros: bool = False) -> None:
    """Payload files (relative path, size) under ``folder``: random bytes, or zeros (fast to write)."""
    for rel, size in files:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            left = size
            while left:
                n = min(CHUNK, left)
                fh.write(bytes(n) if zeros else os.urandom(n))
                left -= n


def make_bags(base: Path, files: list[tuple[str, int]], *, zeros: bool = False) -> dict[str, Path]:
    """The payload as a bagit-python bag and as an archiver bag (hard links to the same files)."""
    import bagit

    from archiver.formats.bagit.writer import bagit_txt, format_bag_info, format_manifest

    theirs, ours = base / "bagit-python", base / "archiver"
    write_payload(theirs, files, zeros=zeros)
    bagit.make_bag(str(theirs), checksums=list(ALGORITHMS))  # moves the payload into data/
    digests: dict[str, dict[str, str]] = {alg: {} for alg in ALGORITHMS}
    for alg in ALGORITHMS:
        for line in (theirs / f"manifest-{alg}.txt").read_text().splitlines():
            checksum, path = line.split(maxsplit=1)
            digests[alg][path] = checksum
    octets = streams = 0
    for rel in digests[ALGORITHMS[0]]:
        target = ours / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(theirs / rel, target)
        octets += target.stat().st_size
        streams += 1
    tags: dict[str, dict[str, str]] = {alg: {} for alg in ALGORITHMS}

    def put(name: str, data: bytes) -> None:
        (ours / name).write_bytes(data)
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
        (ours / f"tagmanifest-{alg}.txt").write_bytes(format_manifest(tags[alg]))
    return {"bagit-python": theirs, "archiver": ours}


def warm(paths: Iterable[Path]) -> None:
    """Read every file once so that each contender starts from the same (warm) page cache."""
    for base in paths:
        for dirpath, _dirs, names in os.walk(base):
            for name in names:
                with open(os.path.join(dirpath, name), "rb") as fh:
                    while fh.read(CHUNK):
                        pass


# --- contenders ---------------------------------------------------------------------------------------


def command_env() -> dict[str, str]:
    """The environment of every command: no user config (the runs measure the tool, not a config file
    found on this machine), and bytecode written as an installed package's is (pip compiles it): with
    PYTHONDONTWRITEBYTECODE set, as in some CI and sandbox shells, every module edited since its last .pyc
    would be compiled again on every run. The same as bench/startup.py's."""
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-bench")
    env.pop("ARCHIVER_CONFIG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def command(args: list[str] | str) -> Callable[[], None]:
    """A command (a shell line if a string) run in a fresh process; a non-zero exit (an invalid bag, a
    crash) stops the benchmark rather than timing a failure."""
    env = command_env()

    def run() -> None:
        done = subprocess.run(
            args,
            shell=isinstance(args, str),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
            env=env,
        )
        if done.returncode != 0:
            raise SystemExit(f"{args} exited {done.returncode}: {done.stderr.decode()[-2000:]}")

    return run


def archiver_cli(bag: Path) -> Callable[[], None]:
    return command([str(ARCHIVER), "validate", str(bag)])


def bagit_cli(bag: Path) -> Callable[[], None]:
    return command([str(BAGIT_PY), "--validate", str(bag)])


def archiver_api(bag: Path) -> Callable[[], None]:
    from archiver.validation.run import validate

    def run() -> None:
        (report,) = validate([bag])
        if not report.valid:
            raise SystemExit(f"archiver found {bag} invalid: {report.to_dict()}")

    return run


def bagit_api(bag: Path) -> Callable[[], None]:
    import bagit

    return lambda: bagit.Bag(str(bag)).validate()


def hash_alone(path: Path, alg: str) -> Callable[[], None]:
    """One algorithm over one file with hashlib, 1 MiB reads into one buffer: the hashing floor."""

    def run() -> None:
        hasher = hashlib.new(alg)
        view = memoryview(bytearray(CHUNK))
        with open(path, "rb", buffering=0) as fh:
            while n := fh.readinto(view):
                hasher.update(view[:n])
        hasher.hexdigest()

    return run


def race(contenders: dict[str, Callable[[], None]], rounds: int) -> dict[str, float]:
    """Best seconds of each contender over ``rounds`` rounds, the contenders in turn within a round."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, func in contenders.items():
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return {name: min(values) for name, values in times.items()}


def peak_memory(bag: Path) -> tuple[float, int, int]:
    """Seconds, peak ru_maxrss (bytes) of ``archiver validate bag`` and its children, and the peak sum of
    VmRSS over its process tree (bytes), measured by :data:`LAUNCHER` in a small process of its own."""
    out = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(ARCHIVER), "validate", str(bag)],
        check=True,
        capture_output=True,
        text=True,
        env=command_env(),
    )
    seconds, status, maxrss_kib, tree_kib = out.stdout.split()
    if int(status) != 0:
        raise SystemExit(f"archiver validate {bag} exited {status}")
    return float(seconds), int(maxrss_kib) * 1024, int(tree_kib) * 1024


# --- report -------------------------------------------------------------------------------------------


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:44s} {seconds:7.3f} s   {note}".rstrip())


def run_big(base: Path, size: int, rounds: int, in_process: bool, figures: dict[str, float]) -> None:
    bags = make_bags(base / "big", [("big.bin", size)])
    warm(bags.values())
    big_file = bags["archiver"] / "data" / "big.bin"
    contenders = {
        "sha256 alone": hash_alone(big_file, "sha256"),
        "sha512 alone": hash_alone(big_file, "sha512"),
        "sha512sum": command(["sha512sum", str(big_file)]),
    }
    for layout, bag in bags.items():
        contenders[f"archiver validate, {layout} bag"] = archiver_cli(bag)
        contenders[f"bagit.py --validate, {layout} bag"] = bagit_cli(bag)
        if in_process:
            contenders[f"archiver in process, {layout} bag"] = archiver_api(bag)
            contenders[f"bagit-python API, {layout} bag"] = bagit_api(bag)
    best = race(contenders, rounds)
    floor = max(best["sha256 alone"], best["sha512 alone"])
    print(f"\nbig: one {size / (1 << 20):.0f} MiB file, sha256 + sha512 (best of {rounds})")
    line("sha256 alone (hashlib, 1 MiB reads)", best["sha256 alone"])
    line("sha512 alone (hashlib, 1 MiB reads)", best["sha512 alone"], "floor = the slower of the two")
    line("sha512sum FILE", best["sha512sum"], f"{best['sha512sum'] / floor:.2f}x floor")
    figures["big_floor"] = floor
    for name, seconds in best.items():
        figures[f"big: {name}"] = seconds
    for layout in LAYOUTS:
        ours = best[f"archiver validate, {layout} bag"]
        theirs = best[f"bagit.py --validate, {layout} bag"]
        figures[f"big_{layout}_ratio_floor"] = ours / floor
        figures[f"big_{layout}_vs_bagit"] = theirs / ours
        line(
            f"archiver validate, {layout} bag",
            ours,
            f"{ours / floor:.2f}x floor (target <= 1.2x); bagit.py takes {theirs / ours:.2f}x as long",
        )
        line(f"bagit.py --validate, {layout} bag", theirs, f"{theirs / floor:.2f}x floor")
        if in_process:
            api = best[f"archiver in process, {layout} bag"]
            line(f"  (in process) archiver, {layout} bag", api, f"{api / floor:.2f}x floor")
            api = best[f"bagit-python API, {layout} bag"]
            line(f"  (in process) bagit-python, {layout} bag", api, f"{api / floor:.2f}x floor")


def run_small(
    base: Path, count: int, size: int, rounds: int, in_process: bool, figures: dict[str, float]
) -> None:
    files = [(f"d{i // 1000:03d}/f{i:06d}.bin", size) for i in range(count)]
    bags = make_bags(base / "small", files)
    warm(bags.values())
    payload = bags["archiver"] / "data"
    contenders = {
        "sha256sum": command(f"find {shlex.quote(str(payload))} -type f -print0 | xargs -0 sha256sum"),
    }
    for layout, bag in bags.items():
        contenders[f"archiver validate, {layout} bag"] = archiver_cli(bag)
        contenders[f"bagit.py --validate, {layout} bag"] = bagit_cli(bag)
        if in_process:
            contenders[f"archiver in process, {layout} bag"] = archiver_api(bag)
            contenders[f"bagit-python API, {layout} bag"] = bagit_api(bag)
    best = race(contenders, rounds)
    floor = best["sha256sum"]
    print(f"\nsmall: {count} files of {size} bytes, sha256 + sha512 (best of {rounds})")
    line("sha256sum over the files", floor, "floor")
    for name, seconds in best.items():
        figures[f"small: {name}"] = seconds
    for layout in LAYOUTS:
        ours = best[f"archiver validate, {layout} bag"]
        theirs = best[f"bagit.py --validate, {layout} bag"]
        figures[f"small_{layout}_ratio_floor"] = ours / floor
        figures[f"small_{layout}_vs_bagit"] = theirs / ours
        line(
            f"archiver validate, {layout} bag",
            ours,
            f"{ours / floor:.2f}x sha256sum (target <= 2x); bagit.py takes {theirs / ours:.1f}x as long "
            "(target >= 8x)",
        )
        line(f"bagit.py --validate, {layout} bag", theirs)
        if in_process:
            api = best[f"archiver in process, {layout} bag"]
            line(f"  (in process) archiver, {layout} bag", api, f"{api / floor:.2f}x sha256sum")
            api = best[f"bagit-python API, {layout} bag"]
            line(f"  (in process) bagit-python, {layout} bag", api)


def warm_up(base: Path, in_process: bool) -> dict[str, Path]:
    """One untimed run of each contender on a one-file bag: writes the bytecode, loads what is loaded on
    first use in this process (for --in-process), and fills the page cache with the programs."""
    bags = make_bags(base / "tiny", [("one.txt", 100)])
    for bag in bags.values():
        archiver_cli(bag)()
        bagit_cli(bag)()
        if in_process:
            archiver_api(bag)()
            bagit_api(bag)()
    return bags


def run_startup(bags: dict[str, Path], rounds: int, figures: dict[str, float]) -> None:
    contenders = {
        "python -c 'import typer'": command([sys.executable, "-c", "import typer"]),
        "archiver validate, one-file bag": archiver_cli(bags["archiver"]),
        "archiver validate, one-file bagit-python bag": archiver_cli(bags["bagit-python"]),
        "bagit.py --validate, one-file bag": bagit_cli(bags["archiver"]),
    }
    best = race(contenders, max(rounds, 5))
    print(f"\nstart-up (best of {max(rounds, 5)}): what every command above carries")
    for name, seconds in best.items():
        figures[f"startup: {name}"] = seconds
        line(name, seconds)


def run_memory(base: Path, size: int, figures: dict[str, float]) -> None:
    bags = make_bags(base / "huge", [("huge.bin", size)], zeros=True)
    print(f"\nmemory: archiver validate on one {size / (1 << 30):.2f} GiB file (launcher process)")
    for layout, bag in bags.items():
        seconds, maxrss, tree = peak_memory(bag)
        peak = max(maxrss, tree)
        figures[f"mem_{layout}_maxrss_mb"] = maxrss / 1e6
        figures[f"mem_{layout}_tree_mb"] = tree / 1e6
        figures[f"mem_{layout}_seconds"] = seconds
        print(
            f"  {layout} bag: {seconds:6.2f} s, ru_maxrss {maxrss / 1e6:6.1f} MB, process tree "
            f"{tree / 1e6:6.1f} MB (target < 150 MB: {'met' if peak < 150e6 else 'NOT met'})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to build the bags (default: a temp dir)"
    )
    parser.add_argument("--big-size", type=parse_size, default=1 << 30, help="0 skips the big case")
    parser.add_argument("--small-count", type=int, default=20_000, help="0 skips the small case")
    parser.add_argument("--small-size", type=int, default=512)
    parser.add_argument("--mem-size", type=parse_size, default=4 << 30, help="0 skips the memory run")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each figure is the best")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a short run: --big-size 64M --small-count 2000 --mem-size 256M --repeat 2",
    )
    parser.add_argument("--in-process", action="store_true", help="also time the library calls")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    parser.add_argument("--keep", action="store_true", help="keep the generated bags")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    if args.quick:
        args.big_size, args.small_count, args.mem_size, args.repeat = 64 << 20, 2000, 256 << 20, 2
    for script in (ARCHIVER, BAGIT_PY):
        if not script.exists():
            raise SystemExit(f"{script} not found: run with the virtual environment's python")
    logging.disable(logging.CRITICAL)  # bagit-python logs every file

    base = Path(tempfile.mkdtemp(prefix="bench-validate-", dir=args.dir))
    figures: dict[str, float] = {}
    print(f"building bags in {base} ...", flush=True)
    try:
        tiny = warm_up(base, args.in_process)
        if not args.no_startup:
            run_startup(tiny, args.repeat, figures)
        if args.big_size:
            run_big(base, args.big_size, args.repeat, args.in_process, figures)
        if args.small_count:
            run_small(base, args.small_count, args.small_size, args.repeat, args.in_process, figures)
        if args.mem_size:
            if not args.keep:  # the memory bag is the largest: free the others' space first
                for case in ("tiny", "big", "small"):
                    shutil.rmtree(base / case, ignore_errors=True)
            run_memory(base, args.mem_size, figures)
        if args.json:
            print(json.dumps(figures, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
