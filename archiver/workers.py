"""Work spread over worker processes that each run one long pipeline, with results back in input order.

Packaging and ingest both stage items (packaging a group of articles at a time) and commit them in groups,
each group's flush overlapping with staging the next (see :mod:`archiver.packaging` and
:mod:`archiver.repository.ingest`). A pool that hands each worker a fixed chunk and waits for the chunk's
return value breaks that overlap at every chunk's end: the last group must be flushed before the chunk can
return, and the core idles meanwhile (docs/benchmarks.md, "Design measurements"). Here each worker runs
one pipeline for the whole run, asking the parent for a few items at a time (so fast and slow items balance
out; the next few are asked for while the current ones are worked on) and sending results back as its
groups are committed, all over a pipe of its own.

The parent re-orders results by input index and yields them in input order. On Ctrl-C, an error or an
abandoned iteration, it tells the workers to stop taking new items; each finishes (and commits) what it has
in hand, and the parent waits for them before it raises. A run started with ``interruptible`` also
interrupts each worker where it is (SIGUSR1, raised there as KeyboardInterrupt), for pipelines whose every
step cleans up after an interruption (packaging): a worker holding a dozen URLs of a slow site would
otherwise go on capturing for minutes after the user asked it to stop. Workers die with the parent (Linux
``PR_SET_PDEATHSIG``), so a killed run leaves no orphan writing; what a killed worker leaves in a staging
area is cleaned up by the next run.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from archiver.staging import deferred_interrupts

__all__ = ["Emit", "WorkerFailed", "map_in_threads", "run_ordered"]

T = TypeVar("T")
R = TypeVar("R")

#: Items a worker is given at a time: small enough to balance the workers, large enough to be cheap.
CHUNK = 16

#: The signal the parent sends to interrupt a worker of an ``interruptible`` run.
INTERRUPT_SIGNAL = signal.SIGUSR1

Emit = Callable[[list[tuple[int, Any]]], None]
#: A pipeline run in each worker: (items with their input indexes, emit, *args); it calls ``emit`` with
#: results (``(index, result)``, picklable) as they are final, and returns when the items run out.
Work = Callable[..., None]


class WorkerFailed(RuntimeError):
    """A worker process died, or its pipeline raised something that could not be sent back as it was."""


def run_ordered(
    items: Sequence[T],
    work: Work,
    args: tuple[Any, ...],
    jobs: int,
    *,
    interruptible: bool = False,
    route: Sequence[int] | None = None,
    order: Sequence[int] | None = None,
    worker_args: Sequence[tuple[Any, ...]] | None = None,
) -> Iterator[Any]:
    """Run ``work(feed, emit, *args)`` in ``jobs`` worker processes over ``items``; yield results in order.

    ``work`` and ``args`` must be picklable by reference or value (a module-level function, plain data).
    An exception raised by ``work`` is raised here (as it was when it pickles, else as WorkerFailed).
    With ``interruptible``, a run that ends early (Ctrl-C, an error, the caller stops reading) raises
    KeyboardInterrupt in every worker too, where it is (see the module docstring): ``work`` must then leave
    nothing half-made when interrupted at any point. Close the iterator when done with it early (a ``with
    contextlib.closing(...)``): an exception in the loop's body does not reach the generator otherwise.

    Each worker talks to the parent over a pipe of its own (asking for items, sending results), so a
    worker that dies, even killed mid-message, can block nobody else: a queue shared by all workers has a
    lock that a dying worker may take with it.

    ``route``, when given, names the worker (0 to jobs - 1) each item must go to, for work whose rules hold
    within one process (web captures: one request at a time per site). Each worker is then given its own
    items, in input order (or in ``order``, a permutation of the indexes), a few at a time; otherwise
    whichever worker asks takes the next ones. Results are yielded in input order either way.
    ``worker_args``, when given, are the args of each worker in turn instead (a share of a limit each).
    """
    run = _Run(items, jobs, route, order)
    run.start(work, args, interruptible, worker_args)
    try:
        yield from run.results()
    except BaseException:  # Ctrl-C, an error, or the caller stopped reading (GeneratorExit)
        if interruptible:
            run.interrupt()
        raise
    finally:
        run.stop()


def map_in_threads(
    fn: Callable[[T], R], items: Iterable[T], threads: int, *, stop: threading.Event | None = None
) -> Generator[R, None, None]:
    """``fn`` over ``items`` in ``threads`` threads of this process; results yielded in input order.

    For work that waits on the network (S3 requests) rather than computes: threads share this process's
    client and memory, and need nothing picklable. ``items`` is read lazily: at most four items a thread
    are started and not yet yielded, so a listing of millions streams through, and a slow item holds back
    only the yielding, not the other threads, until that window is full. An exception of ``fn`` is raised
    here, in its turn; one of ``items`` itself once the items before it are yielded. Close the iterator
    when done with it early (``contextlib.closing``): an exception in the caller's loop does not reach the
    generator otherwise. With one thread, ``fn`` runs here, in the caller's thread.

    Whatever ends the run (an error, Ctrl-C, the caller stopping), ``stop`` is set, for items made of
    several steps to stop between them, items not yet started are dropped, ``items`` is closed (a
    generator), and those running are waited for with Ctrl-C held back
    (:func:`archiver.staging.deferred_interrupts`), so that each releases what it holds (an object's lock,
    its staging folder): none is left half-done.
    """
    try:
        if threads <= 1:
            for item in items:
                yield fn(item)
            return
        yield from _threaded(fn, iter(items), threads, stop)
    finally:
        if stop is not None:
            stop.set()
        close = getattr(items, "close", None)
        if callable(close):
            close()


def _threaded(
    fn: Callable[[T], R], source: Iterator[T], threads: int, stop: threading.Event | None
) -> Generator[R, None, None]:
    """:func:`map_in_threads` with a pool of ``threads``; ``stop`` set before the running items are
    waited for."""
    window = 4 * threads
    pool = ThreadPoolExecutor(threads, thread_name_prefix="archiver-io")
    running: dict[Future[R], int] = {}
    finished: dict[int, Future[R]] = {}
    taken = turn = 0
    failure: BaseException | None = None  # raised by ``source``: given once the items before it are out
    try:
        while True:
            while failure is None and taken >= 0 and len(running) + len(finished) < window:
                try:
                    item = next(source)
                except StopIteration:
                    taken = -1
                    break
                except Exception as exc:
                    failure = exc
                    break
                running[pool.submit(fn, item)] = taken
                taken += 1
            while turn in finished:
                result = finished.pop(turn).result()
                turn += 1
                yield result
            if not running:
                if failure is not None:
                    raise failure
                if taken < 0:
                    return
                continue
            done, _ = wait_futures(running, return_when=FIRST_COMPLETED)
            for future in done:
                finished[running.pop(future)] = future
    finally:
        if stop is not None:
            stop.set()
        for future in running:
            future.cancel()
        with deferred_interrupts():
            pool.shutdown(wait=True, cancel_futures=True)


class _Run:
    def __init__(
        self,
        items: Sequence[Any],
        jobs: int,
        route: Sequence[int] | None = None,
        order: Sequence[int] | None = None,
    ) -> None:
        self.items = items
        self.jobs = jobs
        self.next_chunk = 0
        #: With a route: the indexes of each worker's items not yet handed out, by worker number.
        self.routed: list[deque[int]] | None = None
        if route is not None:
            self.routed = [deque() for _ in range(jobs)]
            for index in range(len(items)) if order is None else order:
                self.routed[route[index]].append(index)
        self.number: dict[Connection, int] = {}
        self.stopping = False
        self.conns: dict[Connection, multiprocessing.process.BaseProcess] = {}
        self.waiting: dict[int, Any] = {}
        self.next_index = 0
        self.owed: set[Connection] = set()  # workers that asked for items and have no answer yet

    def start(
        self,
        work: Work,
        args: tuple[Any, ...],
        interruptible: bool = False,
        worker_args: Sequence[tuple[Any, ...]] | None = None,
    ) -> None:
        ctx = multiprocessing.get_context()
        for number in range(self.jobs):
            if worker_args is not None:
                args = worker_args[number]
            mine, theirs = ctx.Pipe(duplex=True)
            inherited = list(self.conns)  # the parent's ends of earlier pipes: the child closes its copies
            proc = ctx.Process(
                target=_worker_main, args=(work, args, theirs, inherited, interruptible), daemon=True
            )
            # Ctrl-C held back while the worker is forked: the child, until init_worker ignores it, only
            # notes one (a KeyboardInterrupt there printed a traceback, issue 19); the parent gets it after.
            with deferred_interrupts():
                proc.start()
            theirs.close()  # so that the worker's end closing (its exit, or death) shows here as EOF
            self.number[mine] = number
            self.conns[mine] = proc

    def results(self) -> Iterator[Any]:
        while self.next_index < len(self.items):
            if not self.conns:
                raise WorkerFailed("the worker processes ended before every item had a result")
            for conn in wait(list(self.conns)):
                assert isinstance(conn, Connection)
                message = self._receive(conn)
                if message is None:
                    continue
                kind, payload = message
                if kind == "error":
                    raise payload
                if kind == "results":
                    self.waiting.update(payload)
                    while self.next_index in self.waiting:
                        yield self.waiting.pop(self.next_index)
                        self.next_index += 1

    def _receive(self, conn: Connection) -> tuple[str, Any] | None:
        """One message from a worker (None when it has ended); a request for items is answered at once.

        A worker that asked is recorded in ``owed`` until the answer is sent, so that an interruption in
        between (Ctrl-C) cannot leave it waiting: :meth:`stop` answers every worker still owed.
        """
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            self._ended(conn)
            return None
        except Exception:  # a message cut short by an interruption, or one that does not unpickle
            self._ended(conn)
            raise WorkerFailed("a worker sent a message that could not be read") from None
        if kind == "more":
            self.owed.add(conn)
            self._answer(conn)
        return kind, payload

    def _answer(self, conn: Connection) -> None:
        with contextlib.suppress(OSError):  # a worker that died meanwhile: its EOF comes next
            conn.send(self._chunk(self.number[conn]))
        self.owed.discard(conn)

    def _ended(self, conn: Connection) -> None:
        """The worker behind ``conn`` has ended (or its pipe is unusable): wait for it; raise if it failed."""
        proc = self.conns.pop(conn)
        self.owed.discard(conn)
        conn.close()  # a worker still running sees EOF or a broken pipe and ends
        proc.join()
        if proc.exitcode != 0 and not self.stopping:
            raise WorkerFailed(f"a worker process ended with exit code {proc.exitcode}")

    def _chunk(self, worker: int) -> list[tuple[int, Any]] | None:
        """The next items for a worker that asks, None once there are none (or the run is stopping)."""
        if self.routed is not None:
            mine = self.routed[worker]
            if self.stopping or not mine:
                return None
            return [(i, self.items[i]) for i in (mine.popleft() for _ in range(min(CHUNK, len(mine))))]
        start = self.next_chunk
        if self.stopping or start >= len(self.items):
            return None
        self.next_chunk = min(start + CHUNK, len(self.items))
        return [(i, self.items[i]) for i in range(start, self.next_chunk)]

    def interrupt(self) -> None:
        """Interrupt every worker still running where it is (its pipeline cleans up, then it ends)."""
        for proc in self.conns.values():
            if proc.pid is not None and proc.exitcode is None:
                with contextlib.suppress(OSError):  # it has just ended
                    os.kill(proc.pid, INTERRUPT_SIGNAL)

    def stop(self) -> None:
        """Give the workers no more items; let each finish what it holds; wait for all of them to end.

        Results that still arrive are dropped: the caller stopped reading, or an error ended the run.
        """
        self.stopping = True
        for asked in list(self.owed):
            self._answer(asked)
        while self.conns:
            for conn in wait(list(self.conns)):
                assert isinstance(conn, Connection)
                with contextlib.suppress(WorkerFailed):
                    self._receive(conn)


def _worker_main(
    work: Work, args: tuple[Any, ...], conn: Connection, inherited: list[Connection], interruptible: bool
) -> None:
    init_worker()
    if interruptible:
        signal.signal(INTERRUPT_SIGNAL, _interrupted)
    for other in inherited:
        other.close()

    def feed() -> Iterator[tuple[int, Any]]:
        # The next chunk is asked for as soon as one arrives, so that it is in the pipe by the time this one
        # is done: asking only then costs a round trip per chunk, which on a machine with more runnable
        # processes than cores is a wait for the parent to be scheduled. A worker holds at most two chunks,
        # so the run stays balanced.
        conn.send(("more", None))
        while True:
            chunk = conn.recv()
            if chunk is None:
                return
            conn.send(("more", None))
            yield from chunk

    def emit(pairs: list[tuple[int, Any]]) -> None:
        if pairs:
            conn.send(("results", pairs))

    # The interruption fires at most once (its handler then ignores the signal); if it comes after the work
    # has ended, while reporting or closing, it is dropped here: the parent is stopping anyway.
    try:
        try:
            work(feed(), emit, *args)
        except BaseException as exc:  # sent to the parent, which raises it (or, when stopping, drops it)
            conn.send(("error", _portable(exc)))
        finally:
            conn.close()
        signal.signal(INTERRUPT_SIGNAL, signal.SIG_IGN)
    except KeyboardInterrupt:
        pass


def _interrupted(signum: int, frame: object) -> None:
    """In a worker: the run was interrupted (Ctrl-C in the parent): stop here, as Ctrl-C would."""
    signal.signal(INTERRUPT_SIGNAL, signal.SIG_IGN)
    raise KeyboardInterrupt


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
