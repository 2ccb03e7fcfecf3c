"""What repository operations give back: their results, and the errors that refuse a bag or an object.

Kept apart from the operations so that every module of the ingest flow (intake, commit, the pipeline, the
worker transport) and the facade (:mod:`archiver.repository.ocfl`) share them without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from archiver.errors import ArchiverError, ErrorInfo
from archiver.formats.ocfl.structure import version_number
from archiver.formats.ocfl.versions import find_version, state_map
from archiver.results import ItemResult
from archiver.validation.findings import Finding

__all__ = [
    "IngestResult",
    "InvalidBagError",
    "ObjectDetail",
    "ObjectSummary",
    "Outcome",
    "RepositoryError",
    "damaged",
]

Outcome = Literal["created", "updated", "unchanged"]


class InvalidBagError(ArchiverError):
    """A bag failed validation (or changed while it was read): refused, nothing written."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        where: str | None,
        findings: Sequence[Finding] = (),
        hint: str | None = "run `archiver validate` on it for every finding",
    ) -> None:
        super().__init__(code, message, where=where, hint=hint)
        self.findings = list(findings)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "findings": [f.to_dict() for f in self.findings]}


class RepositoryError(ArchiverError):
    """The repository or one of its objects is not in a state we can safely build on."""


@dataclass(frozen=True)
class IngestResult(ItemResult):
    """What one ingest did; ``receipt`` is the JSON written to the workspace's receipts folder.

    A bag that was not ingested has the outcome ``refused`` (it failed validation: nothing of it was
    written) or ``failed`` (anything else), the error in ``error`` and nothing else but ``bag``."""

    bag: Path
    object_id: str = ""
    version: str = ""
    outcome: Outcome | Literal["refused", "failed"] = "failed"
    object_path: str = ""
    files: int = 0
    stored: int = 0
    receipt: dict[str, Any] = field(default_factory=dict)
    receipt_path: Path | None = None

    @classmethod
    def failure(cls, bag: Path, exc: ArchiverError) -> IngestResult:
        outcome: Literal["refused", "failed"] = "refused" if isinstance(exc, InvalidBagError) else "failed"
        return cls(bag, outcome=outcome, error=ErrorInfo.of(exc))

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            error = self.error.to_dict()
            if self.outcome == "refused":
                error.setdefault("findings", [])
            return {"bag": str(self.bag), "outcome": self.outcome, "error": error}
        return {
            "bag": str(self.bag),
            "object_id": self.object_id,
            "version": self.version,
            "outcome": self.outcome,
            "object_path": self.object_path,
            "files": self.files,
            "stored": self.stored,
            "receipt": str(self.receipt_path) if self.receipt_path else None,
        }


@dataclass(frozen=True)
class ObjectSummary:
    object_id: str
    path: str
    head: str
    versions: int
    updated: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "path": self.path,
            "head": self.head,
            "versions": self.versions,
            "updated": self.updated,
        }


@dataclass(frozen=True)
class ObjectDetail:
    object_id: str
    path: str
    head: str
    versions: list[dict[str, Any]]
    files: list[dict[str, Any]]  # the logical state of ``shown``
    events: list[dict[str, Any]] = field(default_factory=list)
    shown: str = ""  # the version whose files are listed (the head unless asked otherwise)

    @classmethod
    def of(
        cls,
        inventory: Mapping[str, Any],
        version: str | None,
        *,
        object_id: str,
        path: str,
        events: list[dict[str, Any]],
    ) -> ObjectDetail:
        """The detail an inventory gives: its versions (time, user, message, files), the files of
        ``version`` (default: the head; ``2`` or ``v2``) with their digests and content paths. The same
        for an object on disk and on S3."""
        shown = find_version(inventory, version)
        versions = [
            {
                "version": name,
                "created": block.get("created"),
                "message": block.get("message"),
                "user": block.get("user"),
                "files": sum(len(p) for p in block["state"].values()),
            }
            for name, block in sorted(
                inventory["versions"].items(), key=lambda kv: version_number(kv[0]) or 0
            )
        ]
        by_digest = {d: p[0] for d, p in inventory["manifest"].items()}
        algorithm = inventory["digestAlgorithm"]
        files = [
            {"path": logical, algorithm: digest, "content_path": by_digest.get(digest)}
            for logical, digest in sorted(state_map(inventory, shown).items())
        ]
        head = inventory["head"]
        return cls(object_id, path, head, versions, files, events, shown)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "path": self.path,
            "head": self.head,
            "version": self.shown or self.head,
            "versions": self.versions,
            "files": self.files,
            "events": self.events,
        }


def damaged(live: Path, message: str) -> RepositoryError:
    """``REPO_OBJECT_DAMAGED``: an object not to build on until it is repaired."""
    return RepositoryError(
        "REPO_OBJECT_DAMAGED",
        message,
        where=str(live),
        hint="run `archiver audit` and repair the object before adding versions",
    )
