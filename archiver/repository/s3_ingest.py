"""Ingest into S3-compatible object stores: ``archiver ingest BAG... --into s3://BUCKET/PREFIX``.

The client, its options and its error codes are :mod:`archiver.s3.client`, the tar object's upload and
checks :mod:`archiver.s3.tar_object` (shared with ``package -o s3://``); this module is the bucket-of-bags
flow on top of them: validation first, receivers' profiles, a batch's results.

**Form.** The default (and, for now, only) form is a serialized bag: one tar per bag with the bag folder as
its single top-level directory, at ``<prefix>/<bag name>.tar``. That is the form APTrust-style receiving
buckets take and what any tool can fetch and unpack with ``tar``; one object per bag also makes every
integrity check below a check of the whole bag, and a bag's ingest a single atomic write (an object appears
complete or not at all). An OCFL object under the prefix (``form="ocfl"``) would spread a bag over many
objects with no atomic commit; it is refused with ``S3_FORM_UNSUPPORTED`` until it is written. The tar is
deterministic (:mod:`archiver.formats.bagit.serialize`), so the same bag always gives the same bytes.

**Integrity, end to end**, never overwriting, and resuming an interrupted multipart upload are the tar
object's rules (:mod:`archiver.s3.tar_object`); this module adds the bag's validation before anything is
sent: an invalid bag is refused with the findings and nothing is sent.

Every failure is an :class:`~archiver.errors.ArchiverError` with an ``S3_...`` code and one line of text:
botocore's exceptions never reach the user. Errors that doom every bag of a batch (no credentials, endpoint
down, access denied, no such bucket) stop the batch: later bags are reported failed with the same error
rather than each waiting out its own retries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from archiver.errors import ArchiverError, ErrorInfo
from archiver.results import ItemResult
from archiver.s3.client import (
    FATAL_CODES,
    S3Options,
    S3UsageError,
    call,
    check_options,
    make_client,
    parse_s3_url,
)
from archiver.s3.tar_object import ProgressFn, SentTar, object_key, send_tar
from archiver.validation.findings import Finding

__all__ = ["S3IngestResult", "ingest_to_s3", "upload_bag"]

#: How a refusal is worded (:func:`archiver.repository.intake.refuse_invalid` fills in the fields).
S3_REFUSAL = "invalid bag, not uploaded: {count} error(s), first {code}{in_path}: {message}"

Status = Literal["uploaded", "exists", "failed"]


@dataclass(frozen=True)
class S3IngestResult(ItemResult):
    """The outcome for one bag (a failure: ``failed``, with ``error``)."""

    bag: Path
    bucket: str
    key: str
    status: Status
    sha256: str | None = None  # of the tar
    size: int | None = None  # of the tar, in bytes
    etag: str | None = None  # as the server reports it, without quotes
    verified: bool = False  # read back and re-hashed (``verify``)
    parts_total: int = 0  # 1 for a single PUT
    parts_uploaded: int = 0  # sent by this run (fewer than parts_total when resumed; 0 when it existed)
    resumed: bool = False

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Why an invalid bag was refused (the error's findings)."""
        return self.error.findings if self.error is not None else ()

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.key}"

    def to_dict(self) -> dict[str, object]:
        return {
            "bag": str(self.bag),
            "url": self.url,
            "bucket": self.bucket,
            "key": self.key,
            "status": self.status,
            "sha256": self.sha256,
            "size": self.size,
            "etag": self.etag,
            "verified": self.verified,
            "parts_total": self.parts_total,
            "parts_uploaded": self.parts_uploaded,
            "resumed": self.resumed,
            "error": None if self.error is None else _without_findings(self.error.to_dict()),
            "findings": [f.to_dict() for f in self.findings],  # at the top, where S3 results always had them
        }


def _without_findings(error: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in error.items() if key != "findings"}


# --- the batch ----------------------------------------------------------------------------------------


def ingest_to_s3(
    bags: list[Path],
    url: str,
    *,
    options: S3Options,
    progress: ProgressFn | None = None,
    profile: str | None = None,
) -> list[S3IngestResult]:
    """Upload each bag as ``<prefix>/<bag name>.tar`` into ``url`` (``s3://BUCKET/PREFIX``).

    With ``profile`` (a shipped name such as ``aptrust``, or a profile file) the bucket is a receiver's
    receiving bucket: each bag must satisfy that profile, whose serialization rules must accept a tar, and
    is refused with the findings otherwise. The tar's single top-level folder is the bag's folder name and
    the key ends in that name plus ``.tar``, which is the naming APTrust-style receivers check
    (``tarDirMustMatchName``); bags made with ``archiver package --profile aptrust --institution ...`` are
    already named ``institution.bagname``.

    Returns one result per bag, in order: ``uploaded``, ``exists`` (an identical object was already there)
    or ``failed`` (with the error; an invalid bag also with its findings). Raises only for what stops the
    whole batch before any bag is touched: a bad URL, options or profile (exit 2), and a bucket that cannot
    be reached, read or found (:class:`S3Error`).
    """
    bucket, prefix = parse_s3_url(url)
    check_options(options)
    receiver = _receiver_profile(profile) if profile is not None else None
    client = make_client(options)
    call("HeadBucket", f"s3://{bucket}", client.head_bucket, Bucket=bucket)
    results: list[S3IngestResult] = []
    fatal: ErrorInfo | None = None
    for bag in bags:
        key = object_key(prefix, bag)
        if fatal is not None:
            results.append(S3IngestResult(bag=bag, bucket=bucket, key=key, status="failed", error=fatal))
            continue
        try:
            results.append(
                upload_bag(client, bag, bucket, key, options, progress=progress, receiver=receiver)
            )
        except ArchiverError as exc:
            info = ErrorInfo.of(exc)
            results.append(S3IngestResult(bag, bucket, key, "failed", error=info))
            if exc.code in FATAL_CODES:
                fatal = info
    return results


# --- one bag ------------------------------------------------------------------------------------------


def upload_bag(
    client: Any,
    bag: Path,
    bucket: str,
    key: str,
    options: S3Options,
    *,
    progress: ProgressFn | None = None,
    receiver: tuple[str, dict[str, Any]] | None = None,
) -> S3IngestResult:
    """Validate one bag, then store it as its tar at ``bucket``/``key``
    (:func:`archiver.s3.tar_object.send_tar`); raises ArchiverError on any failure.

    The lower-level step of :func:`ingest_to_s3`, for callers that bring their own client. ``receiver`` is
    a profile's name and document (:func:`_receiver_profile`) the bag must also satisfy.
    """
    if options.validate or receiver is not None:
        _check_bag(bag, receiver)
    sent = send_tar(client, bag, bucket, key, options, progress=progress)
    return _result(bag, bucket, key, sent)


def _receiver_profile(spec: str) -> tuple[str, dict[str, Any]]:
    """The receiver's profile, read before any bag is touched; a receiving bucket takes tar files, so a
    profile that does not accept a tar is refused (``PROFILE_SERIALIZATION``, BagIt Profiles §2
    Accept-Serialization)."""
    from archiver.formats.bagit.serialize import MEDIA_TYPES
    from archiver.profiles.model import accepts_media_type
    from archiver.validation.profile import as_profile, load_profile

    document = load_profile(spec)
    if not accepts_media_type(as_profile(document), MEDIA_TYPES["tar"]):
        raise S3UsageError(
            "PROFILE_SERIALIZATION",
            f"the profile {spec} does not accept tar files, the form a receiving bucket is sent",
            hint="ingest into an OCFL repository instead, or use a profile that accepts application/x-tar",
        )
    return spec, document


def _check_bag(bag: Path, receiver: tuple[str, dict[str, Any]] | None = None) -> None:
    """Validate with the project's validator (imported here: it is the heaviest import of the tool), and
    against the receiver's profile when there is one; an invalid bag is refused (``S3_BAG_INVALID``)."""
    from archiver.repository.intake import refuse_invalid
    from archiver.validation.run import ValidateOptions, validate_target

    if not Path(bag).is_dir():
        raise S3UsageError("S3_NOT_A_BAG", "not a bag folder", where=str(bag))
    name, document = receiver if receiver is not None else (None, None)
    report = validate_target(Path(bag), ValidateOptions(profile=Path(name) if name else None), document)
    if receiver is not None:  # the folder is sent as the tar the profile accepts (checked beforehand)
        report.findings = [f for f in report.findings if f.code != "PROFILE-SERIALIZATION-REQUIRED"]
    refuse_invalid(bag, report.findings, "S3_BAG_INVALID", S3_REFUSAL)


def _result(bag: Path, bucket: str, key: str, sent: SentTar) -> S3IngestResult:
    digests = sent.digests
    return S3IngestResult(
        bag=bag,
        bucket=bucket,
        key=key,
        status=sent.status,
        sha256=digests.sha256,
        size=digests.size,
        etag=sent.etag,
        verified=sent.verified,
        parts_total=digests.parts,
        parts_uploaded=sent.parts_uploaded,
        resumed=sent.resumed,
    )
