"""Ingest in worker processes: bags handed out to workers, each running one pipeline, results sent back.

Kept apart from the pipeline (:mod:`archiver.repository.ingest`) because what it adds is the process
boundary: how bags are handed out (:func:`archiver.workers.run_ordered`), and the results that come back,
each an :class:`~archiver.repository.results.IngestResult` (a failure carried as plain data in its
``error``), whether it was made in a worker or in this process.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.errors import ArchiverError
from archiver.formats.ocfl.layouts import Layout
from archiver.repository.ingest import GROUP_SIZE, Batch, ingest_bags
from archiver.repository.ingest_options import IngestOptions
from archiver.repository.intake import bag_identifier, preload_validator
from archiver.repository.results import IngestResult
from archiver.workers import Emit, Work, run_ordered

if TYPE_CHECKING:
    from distributed import Client

    from archiver.cluster import ClusterSpec
    from archiver.repository.ocfl import OcflRepository

__all__ = [
    "CLUSTER_CHUNK",
    "default_ingest_workers",
    "in_input_order",
    "ingest_in_workers",
    "object_groups",
    "repeats_an_object",
    "run_grouped_on_cluster",
]

#: Bags per task on a Dask cluster: four of the pipeline's groups, so that a task overlaps one group's
#: flush with the next group's staging as a local worker does (a task of one group waits out both of its
#: flushes; docs/benchmarks.md).
CLUSTER_CHUNK = 4 * GROUP_SIZE


def ingest_in_workers(
    repo: OcflRepository,
    bags: Sequence[Path],
    options: IngestOptions,
    *,
    jobs: int,
    on_result: Callable[[Path, IngestResult], None] | None,
    cluster: ClusterSpec | None = None,
) -> list[IngestResult]:
    """Ingest bags side by side in ``jobs`` worker processes (0 = :func:`default_ingest_workers`), or in this
    process where workers would not help (few bags) or must not run (two bags of one object: their
    versions are made in the order given), or as tasks on a Dask ``cluster``. Results come in input order."""
    if cluster is not None:
        return _ingest_on_cluster(repo, bags, options, cluster, on_result)
    workers = min(jobs or default_ingest_workers(), len(bags))
    if workers <= 1 or len(bags) < 4 or repeats_an_object(bags):

        def report(bag: Path, outcome: IngestResult | ArchiverError) -> None:
            if on_result is not None:
                on_result(bag, _result_of(bag, outcome))

        outcomes = ingest_bags(repo, bags, options, on_result=report)
        return [_result_of(bag, outcome) for bag, outcome in zip(bags, outcomes, strict=True)]
    if options.validate:
        preload_validator()  # imported once here, not once per worker: workers are forked from this process
    # Each worker runs one pipeline (groups staged and committed in turn) over bags it takes a few at a
    # time; results come back as groups commit, in input order (archiver.workers). Workers are direct
    # children, so that PR_SET_PDEATHSIG takes them down with a killed parent.
    results: list[IngestResult] = []
    arriving = run_ordered(
        bags,
        _ingest_stream,
        (repo.root, repo.layout, repo.spec, repo.durable, repo.pending, options),
        workers,
    )
    for bag, result in zip(bags, arriving, strict=True):
        results.append(result)
        if on_result is not None:
            on_result(bag, result)
    repo.adopt_root()
    return results


def _ingest_on_cluster(
    repo: OcflRepository,
    bags: Sequence[Path],
    options: IngestOptions,
    cluster: ClusterSpec,
    on_result: Callable[[Path, IngestResult], None] | None,
) -> list[IngestResult]:
    """Ingest as tasks on a Dask cluster whose workers see the bags and the repository at the same paths.

    Each task runs the same pipeline a local worker runs (:func:`_ingest_stream`) over a chunk of bags,
    so the objects, their locks (``flock`` on the shared file system) and the results are those of a
    local run. Bags naming one object go together in one task, in the order given, as they run in one
    process locally (:func:`run_grouped_on_cluster`): their versions must be numbered in that order, and
    tasks on a cluster run in any order. A chunk run twice (its worker killed after committing) finds its
    objects unchanged: the repeat is harmless, and reported ``unchanged`` rather than ``created``.
    """
    from archiver.cluster import connect

    paths = [bag.absolute() for bag in bags]
    args = (repo.root, repo.layout, repo.spec, repo.durable, repo.pending, options)
    results: list[IngestResult] = []
    with connect(cluster) as client:
        arriving = run_grouped_on_cluster(paths, _ingest_stream, args, client, chunk=CLUSTER_CHUNK)
        for bag, result in zip(bags, arriving, strict=True):
            results.append(result)
            if on_result is not None:
                on_result(bag, result)
    repo.adopt_root()
    return results


def run_grouped_on_cluster(
    bags: Sequence[Path], work: Work, args: tuple[Any, ...], client: Client, *, chunk: int
) -> Iterator[IngestResult]:
    """``work`` (an ingest stream: ``(index, bag)`` pairs in, ``(index, result)`` pairs out) over ``bags``
    on the cluster, the bags of one object kept together in one task in their order; results in input
    order. Where every bag names its own object the bags are the tasks' items as they are; else the items
    are the groups, ``chunk`` of them a task, so that one correction in a run of millions holds back
    only its own object's bags, not the run."""
    from archiver.cluster import run_ordered_on_cluster

    groups = object_groups(bags)
    if all(len(group) == 1 for group in groups):
        yield from run_ordered_on_cluster(bags, work, args, client, chunk=chunk)
        return
    items = [[(i, bags[i]) for i in group] for group in groups]
    yield from in_input_order(
        run_ordered_on_cluster(items, _grouped, (work, args), client, chunk=chunk, weight=len)
    )


def in_input_order(groups_done: Iterable[list[tuple[int, IngestResult]]]) -> Iterator[IngestResult]:
    """The results of groups of bags (:func:`object_groups`; each ``(input index, result)`` pairs), as the
    groups finish, given out in the bags' input order."""
    waiting: dict[int, IngestResult] = {}
    next_index = 0
    for done in groups_done:
        waiting.update(done)
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


def _grouped(
    feed: Iterator[tuple[int, list[tuple[int, Path]]]],
    emit: Callable[[list[tuple[int, list[tuple[int, IngestResult]]]]], None],
    work: Work,
    args: tuple[Any, ...],
) -> None:
    """On a worker: the groups ``feed`` hands out, their bags through ``work`` in order; each group's
    results emitted together once all are in."""
    owner: dict[int, int] = {}
    sizes: dict[int, int] = {}
    collected: dict[int, list[tuple[int, IngestResult]]] = {}

    def bags() -> Iterator[tuple[int, Path]]:
        for number, members in feed:
            sizes[number] = len(members)
            for index, bag in members:
                owner[index] = number
                yield index, bag

    def each(pairs: list[tuple[int, IngestResult]]) -> None:
        for index, result in pairs:
            number = owner.pop(index)
            got = collected.setdefault(number, [])
            got.append((index, result))
            if len(got) == sizes[number]:
                emit([(number, collected.pop(number))])

    work(bags(), each, *args)


def _result_of(bag: Path, outcome: IngestResult | ArchiverError) -> IngestResult:
    return IngestResult.failure(bag, outcome) if isinstance(outcome, ArchiverError) else outcome


def default_ingest_workers() -> int:
    """Two workers per core: an ingest waits for reads of the bag (a cold cache, network storage) about as
    long as it computes, and a second worker per core fills those waits (docs/benchmarks.md)."""
    return 2 * (os.cpu_count() or 1)


def _ingest_stream(
    feed: Iterator[tuple[int, Path]],
    emit: Emit,
    root: Path,
    layout: Layout,
    spec: str,
    durable: bool,
    pending: bool,
    options: IngestOptions,
) -> None:
    """In a worker: ingest the bags ``feed`` hands out through one :class:`Batch`, sending results as its
    groups are committed."""
    from archiver.repository.ocfl import OcflRepository

    repo = OcflRepository(root, layout=layout, spec=spec, durable=durable, pending=pending)
    order: deque[int] = deque()  # the input index of each bag taken and not yet reported, in order
    ready: list[tuple[int, IngestResult]] = []

    def collect(bag: Path, outcome: IngestResult | ArchiverError) -> None:
        ready.append((order.popleft(), _result_of(bag, outcome)))  # Batch reports bags in the order added

    def send() -> None:
        if ready:
            emit(list(ready))
            ready.clear()

    batch = Batch(repo, [], options, collect, keep_results=False)
    try:
        for index, bag in feed:
            order.append(index)
            batch.add(batch.append(bag))
            send()
        batch.finish()
        send()
    finally:
        batch.abandon()


def repeats_an_object(bags: Sequence[Path]) -> bool:
    """Whether two bags name the same object (their versions must then be made in the order given)."""
    return any(len(group) > 1 for group in object_groups(bags))


def object_groups(bags: Sequence[Path]) -> list[list[int]]:
    """The bags' indexes grouped by the object each names, in the order given, groups in the order of their
    first bag; a bag whose identifier cannot be read is a group of its own (its ingest reports why)."""
    groups: dict[str, list[int]] = {}
    order: list[list[int]] = []
    for index, bag in enumerate(bags):
        try:
            identifier = bag_identifier(bag)
        except ArchiverError:
            order.append([index])
            continue
        group = groups.get(identifier)
        if group is None:
            group = groups[identifier] = []
            order.append(group)
        group.append(index)
    return order
