"""Listing and auditing a bucket of serialized bags: what ``archiver ingest --into s3://BUCKET/PREFIX`` writes.

Each bag is one object, ``<prefix>/<bag name>.tar``, whose user metadata (``x-amz-meta-*``) records the
tar's SHA-256 and MD5, the part size of a multipart upload, the bag's name and External-Identifier
(:func:`archiver.s3.tar_object.object_metadata`). Listing reads those with one HeadObject per bag and
downloads nothing; so does an audit, which checks that record against the server's ETag. ``deep`` downloads
each object and re-hashes it against the recorded SHA-256 (no S3 server checks SHA-256 for us, and the ETag
is computed by the server that stores the bytes), then validates the tar as a serialized bag (RFC 8493 §4.2
and every manifest checksum), exactly as ``archiver validate`` would.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from archiver.errors import ArchiverError
from archiver.s3.client import (
    CHUNK,
    S3Options,
    call,
    head_object,
    make_client,
    paginate,
    parse_s3_url,
    s3_error,
    strip_etag,
)
from archiver.validation.findings import Finding

__all__ = ["BagAudit", "audit_bucket", "list_bags"]

SUFFIX = ".tar"


@dataclass(frozen=True)
class StoredBag:
    """One serialized bag in the bucket, as its listing and its HeadObject describe it."""

    bucket: str
    key: str
    size: int
    modified: str  # RFC 3339, UTC
    etag: str
    sha256: str | None  # the tar's, from the object metadata; None: not written by archiver
    md5: str | None
    part_size: int | None
    external_identifier: str | None
    bag: str | None

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.key}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "key": self.key,
            "size": self.size,
            "modified": self.modified,
            "etag": self.etag,
            "sha256": self.sha256,
            "external_identifier": self.external_identifier,
            "bag": self.bag,
        }


@dataclass
class BagAudit:
    """What checking one stored bag found: problems with the object, and (``deep``) the bag's findings."""

    bag: StoredBag
    problems: list[dict[str, str]] = field(default_factory=list)  # {"code", "message"}
    findings: list[Finding] = field(default_factory=list)
    validated: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not any(str(f.severity) == "error" for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.bag.to_dict(),
            "ok": self.ok,
            "validated": self.validated,
            "problems": self.problems,
            "findings": [f.to_dict() for f in self.findings],
        }


def _rfc3339(moment: Any) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return str(moment or "")


def list_bags(url: str, options: S3Options, *, since: datetime | None = None) -> Iterator[StoredBag]:
    """Every ``*.tar`` under the URL's prefix, in key order, uploaded at or after ``since`` when given."""
    bucket, prefix = parse_s3_url(url)
    client = make_client(options)
    where = f"s3://{bucket}"
    call("HeadBucket", where, client.head_bucket, Bucket=bucket)
    listing = paginate(
        client.get_paginator("list_objects_v2"),
        "ListObjectsV2",
        where,
        "Contents",
        Bucket=bucket,
        Prefix=f"{prefix}/" if prefix else "",
    )
    for entry in listing:
        key = str(entry["Key"])
        modified = entry.get("LastModified")
        if not key.endswith(SUFFIX):
            continue
        if since is not None and isinstance(modified, datetime) and modified < since:
            continue
        head = head_object(client, bucket, key, f"s3://{bucket}/{key}")
        if head is None:  # deleted since it was listed
            continue
        meta = {k.lower(): unquote(v) for k, v in (head.get("Metadata") or {}).items()}
        part_size = meta.get("part-size")
        yield StoredBag(
            bucket=bucket,
            key=key,
            size=int(head.get("ContentLength") or entry.get("Size") or 0),
            modified=_rfc3339(head.get("LastModified") or modified),
            etag=strip_etag(head.get("ETag") or entry.get("ETag")),
            sha256=meta.get("sha256"),
            md5=meta.get("md5"),
            part_size=int(part_size) if part_size and part_size.isdigit() else None,
            external_identifier=meta.get("external-identifier"),
            bag=meta.get("bag"),
        )


def audit_bucket(
    url: str,
    options: S3Options,
    *,
    deep: bool = False,
    on_result: Callable[[BagAudit], None] | None = None,
) -> list[BagAudit]:
    """Check every stored bag against what was recorded when it was sent; nothing in the bucket changes.

    Without ``deep``, from each object's HeadObject alone: the SHA-256 is recorded, and the ETag the server
    computed agrees with the recorded MD5 (a single PUT) or part count (a multipart upload). With ``deep``,
    each object is also downloaded, re-hashed against the recorded SHA-256 and MD5, and validated as a
    serialized bag: the only check of the stored bytes themselves.
    """
    client = make_client(options) if deep else None
    results: list[BagAudit] = []
    for stored in list_bags(url, options):
        audit = BagAudit(stored, problems=_recorded_problems(stored))
        if client is not None:
            _check_download(client, audit)
        results.append(audit)
        if on_result is not None:
            on_result(audit)
    return results


def _problem(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}


def _recorded_problems(stored: StoredBag) -> list[dict[str, str]]:
    """What the listing and the object's metadata show, without reading the object."""
    if stored.sha256 is None:
        return [
            _problem(
                "S3_NO_SHA256",
                "no sha256 in the object's metadata: not sent by `archiver ingest`, nothing to check it against",
            )
        ]
    etag = stored.etag
    if stored.part_size is None:
        if stored.md5 is not None and etag and "-" not in etag and etag != stored.md5.lower():
            return [
                _problem("S3_ETAG_MISMATCH", f"ETag {etag} is not the md5 {stored.md5} recorded when sent")
            ]
        return []
    parts = -(-stored.size // stored.part_size) if stored.size else 1
    count = etag.rpartition("-")[2]
    if "-" in etag and count.isdigit() and int(count) != parts:
        return [
            _problem(
                "S3_ETAG_MISMATCH",
                f"ETag {etag} says {count} parts; {stored.size} bytes in parts of {stored.part_size} are {parts}",
            )
        ]
    return []


def _check_download(client: Any, audit: BagAudit) -> None:
    """``deep``: download the object once, compare its digests and length, then validate it as a bag."""
    stored = audit.bag
    with tempfile.TemporaryDirectory(prefix="archiver-s3-audit-") as scratch:
        target = Path(scratch) / stored.key.rsplit("/", 1)[-1]
        try:
            sha256, md5, size = _download(client, stored, target)
        except ArchiverError as exc:
            audit.problems.append(_problem(exc.code, exc.message))
            return
        if stored.sha256 is not None and sha256 != stored.sha256.lower():
            audit.problems.append(
                _problem(
                    "S3_SHA256_MISMATCH",
                    f"the stored bytes have sha256 {sha256}; {stored.sha256} was recorded when the bag was sent",
                )
            )
        if stored.md5 is not None and md5 != stored.md5.lower():
            audit.problems.append(_problem("S3_MD5_MISMATCH", f"md5 {md5}; {stored.md5} was recorded"))
        if size != stored.size:
            audit.problems.append(_problem("S3_SIZE_MISMATCH", f"{size} bytes read, {stored.size} listed"))
        if not audit.problems:
            audit.findings = _validate(target)
            audit.validated = True


def _download(client: Any, stored: StoredBag, target: Path) -> tuple[str, str, int]:
    """Stream the object once into ``target``: its sha256, md5 and length."""
    from botocore.exceptions import BotoCoreError

    response = call("GetObject", stored.url, client.get_object, Bucket=stored.bucket, Key=stored.key)
    sha256, md5, size = hashlib.sha256(), hashlib.md5(), 0
    with target.open("xb") as out:
        try:
            for chunk in response["Body"].iter_chunks(CHUNK):
                sha256.update(chunk)
                md5.update(chunk)
                size += len(chunk)
                out.write(chunk)
        except BotoCoreError as exc:
            raise s3_error(exc, action="GetObject", where=stored.url) from None
    return sha256.hexdigest(), md5.hexdigest(), size


def _validate(tar: Path) -> list[Finding]:
    from archiver.validation.run import ValidateOptions, validate_target

    return list(validate_target(tar, ValidateOptions()).findings)
