"""Benchmark: capture 2,000 pages from 40 sites at once, politely, as users run ``archiver package --urls``.

    .venv/bin/python bench/capture_sites.py [--sites 40] [--pages 50] [--latency-ms 50] [--runs 1]
        [--concurrency 40] [--old-from DIR] [--outdir DIR]

Forty local servers (tests/webserver.py) on distinct loopback addresses, 127.0.0.2 ... 127.0.0.41, spread
over a few processes of their own (one server's threads must not share the command's GIL, nor all forty
one GIL), each answering every request (robots.txt too) after ``--latency-ms``. Each site has ``--pages``
article pages; the URL list holds them all, shuffled with a fixed seed, as a real list mixes its sites
(``--sorted``: sorted by site instead).

The command runs in a fresh process, as users run it: ``archiver package --urls FILE -o OUT --json
--concurrency N``, its other options at their defaults (so one worker process per core, bags flushed to
disk). Printed:

* the **politeness floor**: with one request in flight per host, the busiest host's requests one after the
  other: its pages and its robots.txt, each a round trip (the round trip measured here, one request after
  another to one server, not assumed); the ratio of the run's time to it is the target (1.3x);
* the run's wall time, and the CPU time of the command (its process and its workers), of the servers,
  and of the command's start-up alone (``archiver --version``), each per page;
* capture alone: the same URLs captured by :class:`archiver.web.prefetch.Prefetcher` in this process
  with the same concurrency and nothing packaged, its wall time and CPU per page: the CPU a page's
  capture costs; what the command spends beyond it and its start-up is packaging's;
* checks: every host asked at most one request at a time and robots.txt once (the servers count).

``--old-from DIR`` also runs the command of another checkout (e.g. ``git archive HEAD | tar -x -C DIR``)
on the same list: the time before this change, for comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archiver.config import Organization, Settings  # noqa: E402
from archiver.web.fetch import Limits, fetch_once  # noqa: E402
from archiver.web.options import CaptureOptions  # noqa: E402
from archiver.web.prefetch import Prefetcher  # noqa: E402
from archiver.web.urls import parse_target  # noqa: E402
from tests import webserver  # noqa: E402

#: Server processes: the forty servers are spread over them.
SERVER_PROCESSES = 4


def _serve_sites(hosts: list[str], latency: float, conn: Connection) -> None:
    """In a server process: one server per host, each in its own thread; report the ports, then on request
    each server's (most requests answered at once, robots.txt requests) and this process's CPU seconds."""
    import threading

    def route(path: str) -> webserver.Reply:
        reply = webserver._route(path)
        reply.delay = max(reply.delay, latency)
        return reply

    servers = [webserver._Server(route, host) for host in hosts]
    for server in servers:
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    conn.send([server.server_address[1] for server in servers])
    while (message := conn.recv()) is not None:
        if message == "reset":
            for server in servers:
                server.recorder = webserver.Recorder()
            conn.send(None)
        elif message == "report":
            usage = resource.getrusage(resource.RUSAGE_SELF)
            counts = [
                (
                    s.recorder.most_at_once,
                    len(s.recorder.received.get("/robots.txt", [])),
                    len(s.recorder.arrivals),
                    s.recorder.arrivals[0][1] if s.recorder.arrivals else 0.0,
                    s.recorder.arrivals[-1][1] if s.recorder.arrivals else 0.0,
                )
                for s in servers
            ]
            conn.send((counts, usage.ru_utime + usage.ru_stime))


@dataclass
class Sites:
    bases: list[str]
    conns: list[Connection]

    def reset(self) -> None:
        for conn in self.conns:
            conn.send("reset")
        for conn in self.conns:
            conn.recv()

    def report(self) -> tuple[list[tuple[int, int, int, float, float]], float]:
        """Per server (most at once, robots.txt requests, requests, first and last arrival as
        ``time.monotonic()``, which is the same clock in every process); the server processes' CPU seconds."""
        counts: list[tuple[int, int, int, float, float]] = []
        cpu = 0.0
        for conn in self.conns:
            conn.send("report")
            got, seconds = conn.recv()
            counts += got
            cpu += seconds
        return counts, cpu


@contextlib.contextmanager
def sites(count: int, latency_ms: float) -> Iterator[Sites]:
    hosts = [f"127.0.0.{n + 2}" for n in range(count)]
    groups = [hosts[n::SERVER_PROCESSES] for n in range(SERVER_PROCESSES) if hosts[n::SERVER_PROCESSES]]
    ctx = multiprocessing.get_context("fork")
    processes, conns, bases = [], [], {}
    for group in groups:
        mine, theirs = ctx.Pipe()
        process = ctx.Process(target=_serve_sites, args=(group, latency_ms / 1000.0, theirs), daemon=True)
        process.start()
        processes.append(process)
        conns.append(mine)
        for host, port in zip(group, mine.recv(), strict=True):
            bases[host] = f"http://{host}:{port}"
    try:
        yield Sites([bases[h] for h in hosts], conns)
    finally:
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.send(None)
        for process in processes:
            process.join(2)
            if process.is_alive():
                process.terminate()


def url_list(bases: list[str], pages: int, shuffled: bool = True) -> list[str]:
    """Every page of every site, shuffled with a fixed seed (else sorted by site)."""
    urls = [f"{base}/bench/{n}.html" for base in bases for n in range(pages)]
    if shuffled:
        random.Random(14).shuffle(urls)
    return urls


def round_trip(base: str, count: int = 20) -> float:
    """Seconds one request to one server takes, one after the other (the floor's unit)."""
    target = parse_target(f"{base}/bench/0.html")
    limits = Limits(timeout=10.0, connect_timeout=5.0, max_bytes=1 << 20)
    fetch_once(target, [("Connection", "close")], limits)
    start = time.perf_counter()
    for _ in range(count):
        fetch_once(target, [("Connection", "close")], limits)
    return (time.perf_counter() - start) / count


#: What ``.venv/bin/archiver`` runs; with ``cwd`` and PYTHONPATH set to a checkout, that checkout's code.
ARCHIVER = [
    sys.executable,
    "-c",
    "import sys; sys.argv[0] = 'archiver'; from archiver.cli import main; main()",
]


@dataclass
class Run:
    """One fresh ``archiver package`` run: wall seconds, CPU seconds of the command and of the workers it
    waited for (user, system), bags made."""

    wall: float
    user: float
    system: float
    created: int
    started: float  # time.monotonic() when the command was started, and when it had ended
    ended: float

    @property
    def cpu(self) -> float:
        return self.user + self.system


def run_command(listing: Path, outdir: Path, extra: list[str], checkout: Path = REPO) -> Run:
    """Run ``archiver package --urls LISTING -o OUTDIR --json EXTRA`` of ``checkout`` in a fresh process."""
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-bench", PYTHONPATH=str(checkout))
    cmd = [*ARCHIVER, "package", "--organization", "Bench Archive", "--urls", str(listing)]
    cmd += ["-o", str(outdir), "--json", *extra]
    log = outdir.with_name(outdir.name + ".log")
    with log.open("w+b") as out_file, log.with_suffix(".err").open("w+b") as err_file:
        started, start = time.monotonic(), time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=checkout, stdout=out_file, stderr=err_file)
        _, _, usage = os.wait4(proc.pid, 0)  # the rusage of the command and of the workers it waited for
        wall = time.perf_counter() - start
        proc.returncode = 0
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read().decode(), err_file.read().decode()
    created = out.count('"status": "created"')
    if '"failed"' in out or not created:
        raise SystemExit(f"the run failed:\n{err[-2000:]}\n{out[-2000:]}")
    return Run(wall, usage.ru_utime, usage.ru_stime, created, started, started + wall)


def start_up(checkout: Path = REPO) -> tuple[float, float]:
    """(wall, CPU) seconds of ``archiver --version``: what every run pays before its first request."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    start = time.perf_counter()
    proc = subprocess.Popen([*ARCHIVER, "--version"], env=env, cwd=checkout, stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def capture_only(urls: list[str], concurrency: int) -> tuple[float, float]:
    """(wall, CPU) seconds to capture every URL in this process, many at once, nothing packaged."""
    settings = Settings(organization=Organization(name="Bench Archive", contact_email="bench@example.org"))
    prefetch = Prefetcher(CaptureOptions(concurrency=concurrency), settings, max_held_bytes=1 << 40)
    cpu, start = time.process_time(), time.perf_counter()
    try:
        for url in urls:
            prefetch.start(url)
        for url in urls:
            prefetch.take(url)
    finally:
        prefetch.close()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--pages", type=int, default=50, help="pages per site")
    parser.add_argument("--latency-ms", type=float, default=50.0, help="added to every response")
    parser.add_argument("--concurrency", type=int, default=None, help="default: one per site")
    parser.add_argument(
        "--runs", type=int, default=1, help="runs of the command (each on fresh servers' counts)"
    )
    parser.add_argument("--sorted", action="store_true", help="the URL list sorted by site, not shuffled")
    parser.add_argument("--old-from", type=Path, default=None, help="also run this checkout's command")
    parser.add_argument("--outdir", type=Path, default=None, help="where bags go (default: a temp dir)")
    args = parser.parse_args()

    concurrency = args.concurrency or args.sites
    root = Path(tempfile.mkdtemp(prefix="archiver-bench-sites-", dir=args.outdir))
    pages = args.sites * args.pages
    try:
        with sites(args.sites, args.latency_ms) as servers:
            urls = url_list(servers.bases, args.pages, shuffled=not args.sorted)
            listing = root / "urls.txt"
            listing.write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")
            trip = round_trip(servers.bases[0])
            floor = (args.pages + 1) * trip
            print(
                f"{args.sites} sites x {args.pages} pages = {pages} URLs"
                f" ({'sorted by site' if args.sorted else 'shuffled'}), {args.latency_ms:g} ms added"
                f" to every response, {os.cpu_count()} cores"
            )
            print(f"round trip, one request after another to one server: {trip * 1000:.1f} ms")
            print(
                f"politeness floor: the busiest host's {args.pages} pages + robots.txt, one at a time:"
                f" {floor:.2f} s"
            )
            boot_wall, boot_cpu = start_up()
            print(f"start-up alone (archiver --version): {boot_wall:.2f} s wall, {boot_cpu:.2f} s CPU")
            for run in range(args.runs):
                servers.reset()
                _, server_cpu0 = servers.report()
                got = run_command(listing, root / f"out-{run}", ["--concurrency", str(concurrency)])
                counts, server_cpu1 = servers.report()
                most = max(c[0] for c in counts)
                robots = {c[1] for c in counts}
                print(
                    f"run {run + 1}: archiver package --urls ({got.created} bags, --concurrency {concurrency}):"
                    f" {got.wall:.2f} s = {got.wall / floor:.2f}x the floor; CPU {got.cpu:.2f} s"
                    f" ({got.cpu / pages * 1000:.2f} ms/page; user {got.user:.2f}, system {got.system:.2f}),"
                    f" servers {server_cpu1 - server_cpu0:.2f} s;"
                    f" most requests at once to a host: {most}, robots.txt per host: {sorted(robots)}"
                )
                first, last = min(c[3] for c in counts), max(c[4] for c in counts)
                pace = max((c[4] - c[3]) / (c[2] - 1) for c in counts if c[2] > 1)
                print(
                    f"  first request {first - got.started:.2f} s after the start, last one"
                    f" {got.ended - last:.2f} s before the end; requests {last - first:.2f} s, the slowest"
                    f" host's one every {pace * 1000:.1f} ms (the round trip alone: {trip * 1000:.1f} ms)"
                )
                shutil.rmtree(root / f"out-{run}", ignore_errors=True)
            servers.reset()
            cap_wall, cap_cpu = capture_only(urls, concurrency)
            print(
                f"capture alone, in one process, nothing packaged: {cap_wall:.2f} s,"
                f" CPU {cap_cpu / pages * 1000:.2f} ms/page"
            )
            if args.old_from is not None:
                servers.reset()
                old = run_command(listing, root / "out-old", [], checkout=args.old_from)
                print(
                    f"before (the command of {args.old_from}): {old.wall:.2f} s = {old.wall / floor:.2f}x the"
                    f" floor; CPU {old.cpu:.2f} s (user {old.user:.2f}, system {old.system:.2f})"
                )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
