"""A real Dask cluster on 127.0.0.1 for the tests: a ``dask scheduler`` and ``dask worker`` processes.

Issue 18 asks for real processes, not only an in-process cluster: what a user runs is ``dask scheduler`` and
``dask worker`` from a venv with ``news-archiver[cluster]``, and a worker killed with SIGKILL is a process
gone. They are started from this interpreter's venv (``sys.executable``'s folder), so the scheduler and the
workers import this checkout's ``archiver`` (the scheduler unpickles the tasks' graph, so it needs it too),
and with the repository on ``PYTHONPATH`` so that they import the work functions below.

Every process gets a session of its own (so the teardown can end its whole group), every HTTP server binds
127.0.0.1 at a free port (``--no-dashboard`` alone still binds 0.0.0.0:8787, which two runs at once share
badly), and the workers end by themselves 30 s after their scheduler is gone (``--death-timeout``), so a
crashed test run leaves no worker behind for long.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


class DaskCluster:
    """``dask scheduler`` + ``workers`` single-threaded ``dask worker`` processes (each with its nanny,
    which restarts a killed worker, as a deployed cluster's would)."""

    def __init__(
        self, workdir: Path, workers: int = 2, config: dict[str, str] | None = None, threads: int = 1
    ) -> None:
        """``config``: Dask settings as environment variables (``DASK_DISTRIBUTED__SCHEDULER__...``), for
        every process: the scheduler's own settings (allowed-failures) are not the client's to change.
        ``threads``: each worker's ``--nthreads``."""
        self.workdir = workdir
        self.workers = workers
        self.threads = threads
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[IO[bytes]] = []
        self.address = ""
        self.env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        self.env.update(config or {})

    def _spawn(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.workdir / f"{name}.log", "wb")  # noqa: SIM115 (closed in stop)
        self.logs.append(log)
        proc = subprocess.Popen(
            [str(VENV_BIN / "dask"), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.env,
            cwd=self.workdir,
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc

    def start(self, timeout: float = 60) -> DaskCluster:
        deadline = time.monotonic() + timeout
        file = self.workdir / "scheduler.json"
        scheduler = self._spawn(
            "scheduler",
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--dashboard-address",
            "127.0.0.1:0",
            "--scheduler-file",
            str(file),
        )
        while not (file.exists() and file.read_text().strip()):
            if scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("dask scheduler did not start: " + self.log("scheduler"))
            time.sleep(0.05)
        self.address = json.loads(file.read_text())["address"]
        for number in range(self.workers):
            self.add_worker(number)
        with self.client() as client:
            if self.workers:
                client.wait_for_workers(self.workers, timeout=max(1.0, deadline - time.monotonic()))
        return self

    def add_worker(self, number: int) -> None:
        self._spawn(
            f"worker{number}",
            "worker",
            self.address,
            "--nthreads",
            str(self.threads),
            "--nworkers",
            "1",
            "--host",
            "127.0.0.1",
            "--no-dashboard",
            "--dashboard-address",
            "127.0.0.1:0",
            "--name",
            f"w{number}",
            "--memory-limit",
            "0",
            "--local-directory",
            str(self.workdir / f"w{number}"),
            "--death-timeout",
            "30",
        )

    @contextlib.contextmanager
    def client(self) -> Iterator[Any]:
        from distributed import Client

        with Client(self.address, timeout="10s", set_as_default=False) as client:
            yield client

    def worker_pids(self) -> list[int]:
        """The worker processes themselves (not their nannies), in address order."""
        with self.client() as client:
            pids: dict[str, int] = client.run(os.getpid)
        return [pids[address] for address in sorted(pids)]

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def kill_scheduler(self) -> None:
        self.procs[0].send_signal(signal.SIGKILL)
        self.procs[0].wait()

    def stop(self, timeout: float = 15) -> None:
        """Ask the scheduler to close its workers and itself; end any process still there by its group."""
        deadline = time.monotonic() + timeout
        if self.procs and self.procs[0].poll() is None:  # the scheduler is still there to ask
            with contextlib.suppress(Exception), self.client() as client:
                client.shutdown()
        for proc in self.procs:
            if self.procs[0].returncode is not None and proc.poll() is None:  # workers of a dead scheduler
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
        for proc in self.procs:  # a nanny's worker child is in the nanny's group: none may outlive the test
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        for log in self.logs:
            log.close()


@contextlib.contextmanager
def running(
    workers: int = 2, config: dict[str, str] | None = None, threads: int = 1
) -> Iterator[DaskCluster]:
    """A started cluster in a temporary folder of its own, stopped on the way out."""
    with tempfile.TemporaryDirectory(prefix="archiver-dask-") as folder:
        cluster = DaskCluster(Path(folder), workers, config, threads)
        try:
            yield cluster.start()
        finally:
            cluster.stop()


# Work functions for archiver.cluster.run_ordered_on_cluster, importable by the scheduler and the workers.


def squares(feed: Iterator[tuple[int, Any]], emit: Any, delay: float) -> None:
    """Each item squared, emitted two at a time in reverse (the caller orders them), later items sooner."""
    held: list[tuple[int, Any]] = []
    for index, item in feed:
        time.sleep(delay * ((index * 7919) % 5))  # chunks finish out of order
        held.append((index, item * item))
        if len(held) == 2:
            emit(held[::-1])
            held = []
    emit(held)


def identity(feed: Iterator[tuple[int, Any]], emit: Any) -> None:
    """Each item as it is."""
    emit(list(feed))


def fail_on(feed: Iterator[tuple[int, Any]], emit: Any, bad: int) -> None:
    for index, item in feed:
        if item == bad:
            raise ValueError(f"item {item} is bad")
        emit([(index, item)])


def kill_once(feed: Iterator[tuple[int, Any]], emit: Any, markers: str, always: tuple[int, ...]) -> None:
    """Each item ending in 3 kills its worker (SIGKILL) the first time it is met, those in ``always`` every
    time; the others are emitted as they are."""
    for index, item in feed:
        marker = Path(markers) / f"killed-{item}"
        if item in always or (item % 10 == 3 and not marker.exists()):
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        emit([(index, item)])
