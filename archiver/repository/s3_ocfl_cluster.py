"""Ingest into, and audit, an OCFL storage root on S3 as tasks on a Dask cluster (issue 18).

The bucket is the only store the workers share: each task opens the root itself and runs the same code a
single machine runs (:meth:`~archiver.repository.s3_ocfl.S3OcflRepository.ingest_each`, its audit of one
object), so the objects and the reports are those of a local run. Two writers of one object stay apart by
the object's lock in the bucket, wherever they run. Bags naming one object go together in one task, in the
order given, so that their versions are numbered in that order. No credentials travel with the tasks (they would
pass through the scheduler): every worker finds its own the AWS tools' way; the endpoint and region are
sent. The bags must be readable by every worker at the same paths (a shared file system), as for a local
repository's ``ingest --cluster``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.repository import events as ev
from archiver.repository.audit import AuditReport, ObjectAudit
from archiver.repository.ingest_options import IngestOptions
from archiver.repository.ingest_workers import run_grouped_on_cluster
from archiver.repository.results import IngestResult
from archiver.repository.s3_ocfl import S3OcflRepository
from archiver.repository.s3_ocfl_store import RequestCounter
from archiver.s3.client import S3Options, make_client, without_secrets

if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec

__all__ = ["AUDIT_CHUNK", "INGEST_CHUNK", "audit_on_cluster", "ingest_on_cluster"]

#: Bags per task: an ingest into S3 waits on a score of requests, so a task of a few keeps every worker
#: busy without a long tail at the end of a run.
INGEST_CHUNK = 4
#: Objects per task for an audit: every stored file is read back, so an object is work enough.
AUDIT_CHUNK = 2


def ingest_on_cluster(
    url: str,
    options: S3Options,
    bags: Sequence[Path],
    ingest: IngestOptions,
    cluster: ClusterSpec,
    *,
    on_result: Callable[[Path, IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest ``bags`` into the root at ``url`` on the cluster; results in input order, as they come."""
    from archiver.cluster import connect

    S3OcflRepository.open(url, options=options)  # S3_NOT_OCFL_ROOT and credentials, before any task
    paths = [Path(bag).absolute() for bag in bags]
    args = (url, without_secrets(options), ingest)
    results: list[IngestResult] = []
    with connect(cluster) as client:
        arriving = run_grouped_on_cluster(paths, _ingest_stream, args, client, chunk=INGEST_CHUNK)
        for bag, result in zip(bags, arriving, strict=True):
            results.append(result)
            if on_result is not None:
                on_result(Path(bag), result)
    return results


def audit_on_cluster(
    url: str,
    options: S3Options,
    cluster: ClusterSpec,
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    since: timedelta | None = None,
) -> AuditReport:
    """Audit every object of the root at ``url`` on the cluster: the report a local audit gives (``since``:
    the objects whose last audit succeeded within that time skipped, each worker reading the logs of its
    own objects)."""
    from archiver.cluster import connect, run_ordered_on_cluster

    repo = S3OcflRepository.open(url, options=options)
    report = AuditReport(root=repo.url, started=ev.rfc3339(ev.utc_now()))
    cutoff = ev.utc_now() - since if since is not None else None
    with connect(cluster) as client:
        # the targets of a local audit, by object root: a copy of an object at a root its layout would not
        # give it, a root whose layout archiver cannot map, a damaged inventory are all audited where they
        # are. Only the roots' paths are held here; every request per object is a worker's.
        targets = list(repo.audit_targets())
        arriving = run_ordered_on_cluster(
            targets, _audit_stream, (url, without_secrets(options), cutoff), client, chunk=AUDIT_CHUNK
        )
        for done, audited in enumerate(arriving, start=1):
            report.objects.append(audited)
            if on_progress is not None:
                on_progress(done, len(targets), audited.object_path)
    report.finished = ev.rfc3339(ev.utc_now())
    return report


def _ingest_stream(
    feed: Iterator[tuple[int, Path]],
    emit: Callable[[list[tuple[int, IngestResult]]], None],
    url: str,
    options: S3Options,
    ingest: IngestOptions,
) -> None:
    """On a worker: the bags ``feed`` hands out, each ingested and reported as it is done."""
    repo = _opened(url, options)
    for index, bag in feed:
        result, _fatal = repo.ingest_each(bag, ingest)
        emit([(index, result)])


def _audit_stream(
    feed: Iterator[tuple[int, tuple[str, str | None]]],
    emit: Callable[[list[tuple[int, ObjectAudit]]], None],
    url: str,
    options: S3Options,
    cutoff: datetime | None,
) -> None:
    """On a worker: the (object root, object ID) pairs ``feed`` hands out, each audited by its root (and
    its event recorded) in turn, as a local audit does (:meth:`S3OcflReader.audit_at`)."""
    repo = _opened(url, options)
    for index, (path, object_id) in feed:
        emit([(index, repo.audit_at([(path, object_id)], cutoff=cutoff).objects[0])])


_CLIENTS: dict[S3Options, tuple[Any, RequestCounter]] = {}
_CLIENTS_LOCK = threading.Lock()


def _opened(url: str, options: S3Options) -> S3OcflRepository:
    """On a worker: the root opened afresh for this task (its declaration and layout read again, so a root
    re-created under the same URL is seen as it is now), through the client this process made for an
    earlier task: making one costs tens of milliseconds of CPU, which tasks of a few objects would
    otherwise pay each time, and it is safe to share between a worker's threads. (A client keeps the
    credentials it found: static keys rotated on a worker take effect when the worker restarts; instance
    roles and SSO refresh themselves.)"""
    with _CLIENTS_LOCK:
        found = _CLIENTS.get(options)
        if found is None:
            found = _CLIENTS[options] = (make_client(options), RequestCounter())
    client, counter = found
    return S3OcflRepository.open(url, client=client, counter=counter)
