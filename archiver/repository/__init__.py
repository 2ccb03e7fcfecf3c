"""Repositories: where valid bags go to be preserved, and are audited for as long as they are kept.

The embedded default is an OCFL 1.1 storage root on disk. The modules follow the flows:

- :mod:`~archiver.repository.ocfl`: the facade, :class:`OcflRepository` (init, open, for_ingest, read).
- Putting bags in: :mod:`~archiver.repository.ingest` (the pipeline: groups, locks, flushes),
  :mod:`~archiver.repository.intake` (the bag: read once, validated, copied, identified),
  :mod:`~archiver.repository.commit` (the object: staged, committed, verified, recorded),
  :mod:`~archiver.repository.ingest_workers` (worker processes), :mod:`~archiver.repository.ingest_options`
  (what an ingest is told), :mod:`~archiver.repository.locking` (one writer per object).
- Getting them back and looking at them: :mod:`~archiver.repository.export`,
  :mod:`~archiver.repository.browse` (list, diff, log), :mod:`~archiver.repository.audit` (re-verify,
  recorded as events in each object's log, :mod:`~archiver.repository.events`).
- S3 buckets of serialized bags: :mod:`~archiver.repository.s3_ingest` (sending bags),
  :mod:`~archiver.repository.s3_browse` (list, audit); the client and the tar objects are :mod:`archiver.s3`.
- An OCFL storage root on S3: :mod:`~archiver.repository.s3_ocfl` (init, ingest),
  :mod:`~archiver.repository.s3_ocfl_read` (list, show, export, audit), :mod:`~archiver.repository.s3_ocfl_store`
  (keys, conditional writes, locks, request counts).
- :mod:`~archiver.repository.results`: the results and errors all of these give back.

What OCFL itself prescribes (names on disk, inventories, layouts, validation) is :mod:`archiver.formats.ocfl`.
"""

from __future__ import annotations

from archiver.repository.ingest_options import IngestOptions
from archiver.repository.locking import RepositoryLockedError
from archiver.repository.ocfl import OcflRepository, default_repository_path, resolve_repository
from archiver.repository.results import (
    IngestResult,
    InvalidBagError,
    ObjectDetail,
    ObjectSummary,
    RepositoryError,
)

__all__ = [
    "IngestOptions",
    "IngestResult",
    "InvalidBagError",
    "ObjectDetail",
    "ObjectSummary",
    "OcflRepository",
    "RepositoryError",
    "RepositoryLockedError",
    "default_repository_path",
    "resolve_repository",
]
