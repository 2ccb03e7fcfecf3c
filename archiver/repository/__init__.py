"""Repositories: where valid bags go to be preserved, and are audited for as long as they are kept.

The embedded default is an OCFL 1.1 storage root on disk (:mod:`archiver.repository.ocfl`); audits
re-verify it (:mod:`archiver.repository.audit`); each object keeps PREMIS-style events in its log
(:mod:`archiver.repository.events`).
"""

from __future__ import annotations

from archiver.repository.locking import RepositoryLockedError
from archiver.repository.ocfl import (
    IngestResult,
    InvalidBagError,
    ObjectDetail,
    ObjectSummary,
    OcflRepository,
    RepositoryError,
    default_repository_path,
    resolve_repository,
)

__all__ = [
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
