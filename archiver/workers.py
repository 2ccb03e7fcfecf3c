"""Work spread over worker processes that each run one long pipeline, with results back in input order.

Packaging and ingest both stage items one by one and commit them in groups, each group's flush overlapping
with staging the next (see :mod:`archiver.packaging` and :mod:`archiver.repository.ocfl`). A pool that hands
each worker a fixed chunk and waits for the chunk's return value breaks that overlap at every chunk's end:
the last group must be flushed before the chunk can return, and the core idles meanwhile (measured: a fifth
of the time on two cores). Here each worker runs one pipeline for the whole run, pulling small chunks from a
shared queue (so fast and slow items balance out) and sending results back as its groups are committed.

The parent re-orders results by input index and yields them in input order. On an error, Ctrl-C or an
abandoned iteration, it tells the workers to stop taking new items; each finishes (and commits) what it has
in hand, and the parent waits for them before it raises. Workers die with the parent (Linux
``PR_SET_PDEATHSIG``), so a killed run leaves no orphan writing; what a killed worker leaves in a staging
area is cleaned up by the next run.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import queue
import signal
import traceback
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.synchronize import Event
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items a worker takes from the shared queue at a time: small enough to balance, large enough to be cheap.
CHUNK = 16
_POLL_S = 0.2

Emit = Callable[[list[tuple[int, Any]]], None]
#: A pipeline run in each worker: (items with their input indexes, emit, *args); it calls ``emit`` with
#: results (``(index, result)``, picklable) as they are final, and returns when the items run out.
Work = Callable[..., None]


class WorkerFailed(RuntimeError):
    """A worker process died, or its pipeline raised something that could not be sent back as it was."""


def run_ordered(items: Sequence[T], work: Work, args: tuple[Any, ...], jobs: int) -> Iterator[Any]:
    """Run ``work(feed, emit, *args)`` in ``jobs`` worker processes over ``items``; yield results in order.

    ``work`` and ``args`` must be picklable by reference or value (a module-level function, plain data).
    An exception raised by ``work`` is raised here (as it was when it pickles, else as WorkerFailed).
    """
    ctx = multiprocessing.get_context()
    tasks: multiprocessing.Queue[list[tuple[int, Any]] | None] = ctx.Queue()
    results: multiprocessing.Queue[tuple[str, Any]] = ctx.Queue()
    stop = ctx.Event()
    for start in range(0, len(items), CHUNK):
        tasks.put([(i, items[i]) for i in range(start, min(start + CHUNK, len(items)))])
    for _ in range(jobs):
        tasks.put(None)
    procs = [
        ctx.Process(target=_worker_main, args=(work, args, tasks, results, stop), daemon=True)
        for _ in range(jobs)
    ]
    for proc in procs:
        proc.start()
    waiting: dict[int, Any] = {}
    next_index = 0
    done = 0
    try:
        while next_index < len(items):
            try:
                kind, payload = results.get(timeout=_POLL_S)
            except queue.Empty:
                _check_alive(procs, done)
                continue
            if kind == "results":
                waiting.update(payload)
                while next_index in waiting:
                    yield waiting.pop(next_index)
                    next_index += 1
            elif kind == "done":
                done += 1
                _check_alive(procs, done)
            else:
                raise payload
    finally:
        stop.set()
        _wait_for(procs, results)


def _check_alive(procs: Sequence[multiprocessing.process.BaseProcess], done: int) -> None:
    """Raise WorkerFailed when a worker died, or when every worker has said it is done while results are
    still missing (a worker's results always come before its "done", through the same queue)."""
    for proc in procs:
        if proc.exitcode not in (None, 0):
            raise WorkerFailed(f"a worker process ended with exit code {proc.exitcode}")
    if done == len(procs):
        raise WorkerFailed("the worker processes ended before every item had a result")


def _wait_for(
    procs: Sequence[multiprocessing.process.BaseProcess], results: multiprocessing.Queue[Any]
) -> None:
    """Wait for every worker to end, reading what they still send (a worker whose queue is not read cannot
    end: its last messages wait in a pipe)."""
    while any(proc.is_alive() for proc in procs):
        with contextlib.suppress(queue.Empty):
            results.get(timeout=0.05)
    for proc in procs:
        proc.join()
    results.close()


def _worker_main(
    work: Work,
    args: tuple[Any, ...],
    tasks: multiprocessing.Queue[list[tuple[int, Any]] | None],
    results: multiprocessing.Queue[tuple[str, Any]],
    stop: Event,
) -> None:
    init_worker()

    def feed() -> Iterator[tuple[int, Any]]:
        while not stop.is_set():
            chunk = tasks.get()
            if chunk is None:
                return
            for pair in chunk:
                if stop.is_set():
                    return
                yield pair

    def emit(pairs: list[tuple[int, Any]]) -> None:
        if pairs:
            results.put(("results", pairs))

    try:
        work(feed(), emit, *args)
    except BaseException as exc:  # sent to the parent, which raises it
        results.put(("error", _portable(exc)))
    finally:
        results.put(("done", None))


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a WorkerFailed carrying its traceback."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        text = "".join(traceback.format_exception(exc))
        return WorkerFailed(f"a worker failed: {type(exc).__name__}: {exc}\n{text}")


def init_worker() -> None:
    """Workers die with their parent (Linux ``PR_SET_PDEATHSIG``), so a killed run leaves no orphan still
    writing; Ctrl-C (sent to the whole process group by the terminal) is the parent's to handle."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    signal.signal(signal.SIGINT, signal.SIG_IGN)
