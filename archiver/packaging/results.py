"""What packaging reports for each input: :class:`PackageResult` (created, exists, replaced or failed), with
the error flattened to cross process boundaries (:class:`archiver.errors.ErrorInfo`), the doubts worth the user's eye
(:class:`PackageWarning`) and, for a URL, its resources (:class:`ResourceCount`).

Cut here because file packaging, URL packaging, the commit and the command line all speak these types and
nothing else of each other's; a result is plain data, printed as a line or one JSON object.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from archiver.errors import ArchiverError, ErrorInfo
from archiver.packaging.inputs import is_url
from archiver.results import ItemResult

if TYPE_CHECKING:
    from archiver.metadata import ArticleMetadata

__all__ = [
    "PackageResult",
    "PackageWarning",
    "ResourceCount",
    "Status",
    "failed_result",
    "reading_warnings",
    "shown_input",
]

Status = Literal["created", "exists", "replaced", "failed"]


@dataclass(frozen=True)
class PackageWarning:
    """A doubt about one bag worth the user's eye (a reading warning, a capture's skipped resources); the
    bag is made all the same. ``code`` is stable (docs/error-codes.md), ``message`` plain words."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class ResourceCount:
    """A URL's resources: whether they were asked for (``--with-resources``), how many were captured, how
    many skipped, and the skipped ones per reason (a short label such as ``off-site`` or ``robots.txt``,
    in the order first met)."""

    asked: bool = False
    captured: int = 0
    skipped: int = 0
    skipped_by: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "asked": self.asked,
            "captured": self.captured,
            "skipped": self.skipped,
            "skipped_by": dict(self.skipped_by),
        }


@dataclass(frozen=True)
class PackageResult(ItemResult):
    """The outcome for one input article (a failure: ``failed``, with ``error``)."""

    input: str
    status: Status
    bag: Path | None = None
    identifier: str | None = None
    title: str | None = None
    warnings: tuple[PackageWarning, ...] = ()
    resources: ResourceCount | None = None  # a URL's resources; None for an article file
    url: str | None = None  # where the bag was sent (s3://BUCKET/KEY.tar); then ``bag`` is None

    @property
    def output(self) -> str | None:
        """Where the bag is: its folder or file, or the object it was sent to."""
        return self.url or (str(self.bag) if self.bag else None)

    def to_dict(self) -> dict[str, object]:
        return {
            "input": shown_input(self.input),
            "status": self.status,
            "bag": self.output,
            "identifier": self.identifier,
            "title": self.title,
            "error": None if self.error is None else self.error.to_dict(),
            "warnings": [w.to_dict() for w in self.warnings],
            "resources": None if self.resources is None else self.resources.to_dict(),
        }


def reading_warnings(meta: ArticleMetadata) -> tuple[PackageWarning, ...]:
    """The doubts met reading the article, as recorded in its metadata's ``warnings``."""
    return tuple(PackageWarning(w.code, w.message) for w in meta.warnings)


def shown_input(label: str) -> str:
    """An input as printed: a URL without any ``user:password@`` (credentials in URLs are never written
    anywhere, output included: JSON lines end up in logs)."""
    if "@" not in label or not is_url(label):
        return label
    from archiver.web.urls import redact

    return redact(label)


def failed_result(label: str, exc: ArchiverError | OSError) -> PackageResult:
    """A failure turned into a result, so one bad input never stops a batch (and crosses process borders)."""
    if isinstance(exc, ArchiverError):
        if exc.where is None:
            exc.where = shown_input(label)
        return PackageResult(label, "failed", error=ErrorInfo.of(exc))
    info = ErrorInfo("IO_ERROR", exc.strerror or str(exc), exc.filename or shown_input(label), None, 1)
    return PackageResult(label, "failed", error=info)
