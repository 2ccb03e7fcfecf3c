"""Runs on a Dask cluster (issue 18): the address a user names, the connection, and the ordered run.

``--cluster`` lets a job's items run as tasks on an existing Dask distributed cluster instead of this
machine's worker processes, with nothing else about the job changing: the same pipeline
(:data:`archiver.workers.Work`, ``work(feed, emit, *args)``), the same results, in the same input order.
:func:`run_ordered_on_cluster` is the cluster's counterpart of :func:`archiver.workers.run_ordered`.

``distributed`` is an optional extra (``news-archiver[cluster]``) and a heavy import (tornado, msgpack, its
config), so it is imported inside the functions that need it: ``import archiver`` and every ``--help`` stay
as light as they were. The scheduler, like every worker, must be able to import ``archiver``: it unpickles
the tasks' graph itself (docs/architecture.md; a scheduler without it refuses every task).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import socket
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from archiver.errors import ArchiverError, UsageError, debug_enabled
from archiver.workers import Emit, Work, WorkerFailed

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "CHUNK",
    "CONNECT_TIMEOUT_S",
    "MAX_RESUBMITS",
    "ClusterLostError",
    "ClusterSpec",
    "cluster_progress",
    "connect",
    "run_ordered_on_cluster",
    "worker_threads",
]

#: Items per task. A Dask task costs 2-8 ms of scheduling here against ~25 us for a local pool's item; with
#: 16 items a task a cluster of two workers reached 94-100 % of a local pool's throughput on 5 ms items,
#: one item a task only ~45 % (issue 18's spike, dask-notes §6). Also run_ordered's chunk.
CHUNK = 16

#: Seconds to reach the scheduler and hear it answer, in all. ``Client(timeout=)`` does not bound the
#: handshake: a port that accepts and never speaks hung it for minutes (dask-notes §5b).
CONNECT_TIMEOUT_S = 10.0

#: Times a chunk is sent again after its workers died under it (KilledWorker) before the run gives up.
MAX_RESUBMITS = 3

#: Where a run on the cluster reports how many of its items the scheduler has seen done so far, in any
#: order (``report(done)``), while the results still come in input order: a progress bar set here (the
#: CLI's, :func:`archiver.cli.common.advancing`) follows the cluster, not the first slow task. Unset, no
#: report.
cluster_progress: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar(
    "cluster_progress", default=None
)

_HINT_INSTALL = "pip install 'news-archiver[cluster]' here, on the scheduler and on every worker"


class ClusterLostError(ArchiverError):
    """The scheduler went away mid-run: the results reported so far stand; a re-run finishes the rest."""


@dataclass(frozen=True)
class ClusterSpec:
    """A cluster as the user names it: ``tcp://HOST:PORT`` (a running ``dask scheduler``) or ``local:N``
    (N single-threaded worker processes started on this machine for the run)."""

    address: str | None = None
    local_workers: int = 0

    @classmethod
    def parse(cls, text: str) -> ClusterSpec:
        """Raises UsageError ``CLUSTER_ADDRESS_INVALID`` for anything else, before anything is started."""
        value = text.strip()
        if value.startswith("local:"):
            count = value.removeprefix("local:")
            if count.isdigit() and int(count) >= 1:
                return cls(local_workers=int(count))
        elif value.startswith(("tcp://", "tls://")):
            try:
                parts = urlsplit(value)
                port = parts.port
            except ValueError:
                port = None
            else:
                if parts.hostname and port and not parts.path.strip("/") and not parts.query:
                    return cls(address=f"{parts.scheme}://{parts.netloc}")
        raise UsageError(
            "CLUSTER_ADDRESS_INVALID",
            f"not a Dask cluster address: {text!r}",
            hint="give tcp://HOST:PORT (a dask scheduler, usually port 8786) or local:N (N workers here)",
        )

    def __str__(self) -> str:
        return self.address if self.address is not None else f"local:{self.local_workers}"


@contextlib.contextmanager
def connect(spec: ClusterSpec, *, timeout: float = CONNECT_TIMEOUT_S) -> Iterator[Client]:
    """A client of the cluster (a LocalCluster started for ``local:N``), closed on the way out.

    A scheduler that cannot be reached within ``timeout`` seconds is a UsageError ``CLUSTER_UNREACHABLE``
    (exit 2) naming the address: a refused connection or an unknown host fails at once, a silent port at
    the deadline. The ``distributed`` loggers are quieted (unless ``--debug``): a lost worker or scheduler
    is reported by archiver, once, not in tracebacks on stderr between the JSON lines.
    """
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "CLUSTER_NOT_INSTALLED", "--cluster needs Dask distributed, not installed", hint=_HINT_INSTALL
        ) from None
    _quiet_logs()
    if spec.address is None:
        cluster = distributed.LocalCluster(
            n_workers=spec.local_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL if not debug_enabled() else logging.WARNING,
        )
        try:
            with distributed.Client(cluster, set_as_default=False) as client:
                yield client
        finally:
            cluster.close()
        return
    address = spec.address
    _probe(address, timeout)
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise _unreachable(address, str(exc)) from None
    with client:
        _check_cluster(client, address, timeout)
        yield client


def _check_cluster(client: Client, address: str, timeout: float) -> None:
    """Refuse a cluster that cannot do the work, before anything is written: one with no worker (its tasks
    would wait for ever), or a scheduler or worker that cannot import archiver, or another version of it
    (the scheduler unpickles every task: without archiver it refuses them all, in words about pickles)."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise UsageError(
            "CLUSTER_NO_WORKERS",
            f"the Dask scheduler has no worker (none joined within {timeout:g} s)",
            where=address,
            hint=f"start `dask worker {address}` on the machines that are to do the work",
        ) from None
    from archiver.__about__ import __version__

    try:
        found = {"the scheduler": client.run_on_scheduler(_archiver_version), **client.run(_archiver_version)}
    except Exception as exc:  # a process without archiver cannot unpickle the call
        raise UsageError(
            "CLUSTER_VERSION_MISMATCH",
            f"the scheduler or a worker cannot run archiver: {type(exc).__name__}: {exc}",
            where=address,
            hint=_HINT_INSTALL,
        ) from None
    other = sorted(f"{version} on {where}" for where, version in found.items() if version != __version__)
    if other:
        raise UsageError(
            "CLUSTER_VERSION_MISMATCH",
            f"archiver {__version__} here, but {', '.join(other[:3])}" + (" ..." if len(other) > 3 else ""),
            where=address,
            hint=f"install news-archiver[cluster]=={__version__} on the scheduler and every worker",
        )


def _archiver_version() -> str:
    """On the scheduler or a worker: the archiver version it runs."""
    from archiver.__about__ import __version__

    return __version__


def _probe(address: str, timeout: float) -> None:
    """Reach the scheduler and have it answer, all within ``timeout``; raise CLUSTER_UNREACHABLE if not.

    A plain TCP connection first, which fails at once when nothing listens or the host is unknown (Dask's
    own connect retries a refused port until its deadline); then Dask's handshake and an ``identity`` call
    under one deadline, which a port that accepts and never answers cannot hold up.
    """
    parts = urlsplit(address)
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 0), timeout=timeout):
            pass
    except OSError as exc:
        raise _unreachable(address, exc.strerror or str(exc)) from None

    async def identity() -> object:
        from distributed.core import rpc

        async with rpc(address) as scheduler:
            return await scheduler.identity()

    try:
        asyncio.run(asyncio.wait_for(identity(), timeout))
    except (OSError, TimeoutError) as exc:
        raise _unreachable(address, str(exc) or f"no answer within {timeout:g} s") from None


def _unreachable(address: str, why: str) -> UsageError:
    return UsageError(
        "CLUSTER_UNREACHABLE",
        f"cannot reach the Dask scheduler: {why}",
        where=address,
        hint="is `dask scheduler` running there, and the port open to this machine? local:N runs here",
    )


def _quiet_logs() -> None:
    if debug_enabled():
        return
    # distributed's config sets levels on several of its loggers (distributed.client among them), so each
    # is raised, not only their parent.
    names = [n for n in logging.root.manager.loggerDict if n == "distributed" or n.startswith("distributed.")]
    for name in {"distributed", "distributed.client", "distributed.core", "distributed.comm", *names}:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def worker_threads(client: Client) -> int:
    """How many tasks the cluster runs at once: its workers' threads, together (at least 1)."""
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def _run_chunk(work: Work, args: tuple[Any, ...], pairs: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """On a worker: one chunk through the whole pipeline, ``work`` unchanged; its results, with indexes."""
    out: list[tuple[int, Any]] = []
    emit: Emit = out.extend
    work(iter(pairs), emit, *args)
    return out


def run_ordered_on_cluster(
    items: Sequence[Any],
    work: Work,
    args: tuple[Any, ...],
    client: Client,
    *,
    chunk: int = CHUNK,
    window: int | None = None,
    max_resubmits: int = MAX_RESUBMITS,
    weight: Callable[[Any], int] | None = None,
) -> Iterator[Any]:
    """Run ``work(feed, emit, *args)`` over ``items`` as tasks on the cluster; yield results in input order.

    The contract of :func:`archiver.workers.run_ordered`: ``work`` and ``args`` picklable (a module-level
    function, plain data), ``feed`` yields ``(index, item)``, ``emit`` takes ``(index, result)`` pairs. Each
    task is one chunk of ``chunk`` items under a key of its own (Dask would merge identical tasks
    otherwise). At most ``window`` tasks are on the cluster at once (default: two per worker thread, at
    least 4: the scheduler hands a one-thread worker about two at a time, and more gained nothing in the
    spike), and submission runs at most 8 windows ahead of the next result to yield, so the memory of a
    run does not grow with it.

    A worker that dies has its tasks run again elsewhere by the scheduler; a task whose workers keep dying
    (KilledWorker) is sent again under a new key, ``max_resubmits`` times, then WorkerFailed. Either way a
    chunk may run twice: ``work`` must make a repeat harmless (packaging's staging does). The scheduler
    lost mid-run is ClusterLostError, raised after the results already yielded. Whatever ends the run, the
    tasks still outstanding are cancelled (one already running finishes on its worker).

    As each task finishes, the number of items done on the cluster so far goes to :data:`cluster_progress`
    (each item counting ``weight(item)``, default 1: a group of bags counts its bags).
    """
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    total = len(items)
    chunks = (total + chunk - 1) // chunk
    if window is None:
        window = max(4, 2 * worker_threads(client))
    ahead = 8 * window
    run = uuid.uuid4().hex[:12]
    pending = as_completed(loop=client.loop)  # with no default client, as_completed needs the loop
    inflight: dict[str, tuple[int, int, Any]] = {}  # key -> (chunk number, attempt, future)
    waiting: dict[int, Any] = {}
    next_chunk = next_index = 0
    scheduler = str(getattr(client.scheduler, "address", "") or "") or None
    report = cluster_progress.get()
    finished = 0

    def lost() -> ClusterLostError:
        return ClusterLostError(
            "CLUSTER_LOST",
            f"lost the Dask scheduler after {next_index} of {total} results",
            where=scheduler,
            hint="the results above stand; re-run the same command to finish the rest",
        )

    @contextlib.contextmanager
    def talking() -> Iterator[None]:
        """Around a call to the scheduler: a connection that breaks (CommClosedError, an OSError) is the
        scheduler lost, whichever call meets it first (a result fetched just as it died, say). Errors of
        the work itself never pass here: they come as a task's exception."""
        try:
            yield
        except OSError:
            raise lost() from None

    def submit(number: int, attempt: int) -> None:
        start = number * chunk
        pairs = [(i, items[i]) for i in range(start, min(start + chunk, total))]
        key = f"archiver-{run}-{number}-{attempt}"
        with talking():
            future = client.submit(_run_chunk, work, args, pairs, key=key, pure=False)
        inflight[key] = (number, attempt, future)
        pending.add(future)

    try:
        while next_index < total:
            while (
                next_chunk < chunks
                and len(inflight) < window
                and next_chunk * chunk < next_index + ahead * chunk
            ):
                submit(next_chunk, 0)
                next_chunk += 1
            with talking():
                done = pending.next_batch(block=True)
            for future in done:
                number, attempt, _ = inflight.pop(future.key)
                if future.status == "finished":
                    with talking():
                        results = future.result()
                    future.release()
                    waiting.update(results)
                    if report is not None:
                        finished += sum(weight(items[i]) for i, _ in results) if weight else len(results)
                        report(finished)
                elif future.status == "error":
                    with talking():
                        exc = future.exception()
                    if isinstance(exc, KilledWorker):
                        if attempt >= max_resubmits:
                            raise WorkerFailed(
                                f"the workers running items {number * chunk}+ kept dying: {exc}"
                            )
                        submit(number, attempt + 1)
                        continue
                    raise exc if exc is not None else WorkerFailed(f"a task failed: {future.key}")
                elif future.status == "cancelled" or client.status != "running":
                    raise lost()
                else:  # done, then its data lost with a worker before it was fetched: recomputed, wait again
                    inflight[future.key] = (number, attempt, future)
                    pending.add(future)
            while next_index in waiting:
                yield waiting.pop(next_index)
                next_index += 1
    finally:
        outstanding = [future for (_, _, future) in inflight.values()]
        if outstanding and client.status == "running":
            with contextlib.suppress(Exception):
                client.cancel(outstanding)
