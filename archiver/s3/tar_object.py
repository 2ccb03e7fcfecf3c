"""A bag stored as one tar object in S3: its digests, its upload (one PUT, or a multipart upload that a
later run can resume), the checks of what the server then holds, and the read-back.

Shared by every flow that sends bags to a bucket: ``ingest --into s3://`` (:mod:`archiver.repository.s3_ingest`,
which validates first and reports an ingest's results) and ``package -o s3://``
(:mod:`archiver.packaging.s3_io`, which sends the bags it has just made). The tar is deterministic
(:mod:`archiver.formats.bagit.serialize`): the same bag always gives the same bytes, so a bag already in
the bucket is recognised by its SHA-256 and never sent twice.

**Integrity, end to end.** No S3 server checks SHA-256 for us (Ceph accepts ``x-amz-checksum-sha256`` and
does not verify it), so the tool checks what it can and proves the rest itself:

* The tar is hashed once before sending (SHA-256, MD5, and the MD5 of every part), so the object's
  metadata can carry the SHA-256 (``x-amz-meta-sha256``) from the first request, and every expected ETag is
  known in advance.
* ``Content-MD5`` goes with every request that has a body: each PUT and each part (the server rejects
  damaged bytes, ``S3_BAD_DIGEST``) and, by an event hook, CompleteMultipartUpload's XML too. A part whose
  MD5 no longer matches the first pass means the bag changed under us (``SERIALIZE_BAG_CHANGED``).
* Below ``multipart_threshold`` one PUT; at or above it a multipart upload, whose ETag must be the MD5 of
  the concatenated binary part MD5s plus ``-N``. Ceph returns an empty ETag from CompleteMultipartUpload,
  so the object is always HEADed afterwards and its ETag, length and SHA-256 metadata compared.
* ``verify`` reads the object back and re-hashes it (SHA-256 and MD5) against what was sent.

**Never overwrite.** The key is HEADed first: an object with the same SHA-256 metadata is reported as
``exists`` (nothing sent), a different one is refused (``S3_OBJECT_EXISTS_DIFFERENT``). The PUT carries
``If-None-Match: *`` so a writer that slips in between loses with 412 instead of being overwritten. Ceph
(Pacific) ignores that header on CompleteMultipartUpload, so a multipart upload HEADs again right before
completing; the window left is the length of one request.

**Resumption.** An interrupted multipart upload is left in place (not aborted) so the next run can finish
it: that run lists the key's uploads (ListMultipartUploads), lists each one's parts (ListParts) and takes
the newest upload whose parts all match the local parts (number, size and MD5); it uploads only the parts
still missing, then completes. An upload with any part that differs is not reused: the object metadata
(the SHA-256) was fixed when that upload began, so a differing part means the bag, or the part size, has
changed since and completing it would store a wrong SHA-256. It is left alone (it may be another writer's);
a bucket lifecycle rule (AbortIncompleteMultipartUpload) clears such leftovers.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from archiver.__about__ import DISTRIBUTION, __version__
from archiver.formats.bagit.serialize import (
    SerializeError,
    TarPlan,
    TarStream,
    bag_info_value,
    bag_name,
    plan_bag_tar,
    read_bag_info,
)
from archiver.s3.client import (
    CHUNK,
    MAX_PARTS,
    MiB,
    S3Error,
    S3Options,
    b64,
    call,
    error_code,
    head_object,
    paginate,
    s3_error,
    strip_etag,
)

__all__ = [
    "CONTENT_TYPE",
    "ProgressFn",
    "SentTar",
    "TarDigests",
    "effective_part_size",
    "find_resumable_upload",
    "hash_tar",
    "object_key",
    "object_metadata",
    "send_tar",
    "verify_object",
]


@dataclass(frozen=True)
class SentTar:
    """What :func:`send_tar` left at the key: stored by this call (``uploaded``) or found there (``exists``)."""

    status: Literal["uploaded", "exists"]
    digests: TarDigests
    etag: str
    verified: bool = False  # read back and re-hashed
    parts_uploaded: int = (
        0  # sent by this call (fewer than all when an upload was resumed; 0 when it existed)
    )
    resumed: bool = False


def send_tar(
    client: Any,
    bag: Path,
    bucket: str,
    key: str,
    options: S3Options,
    *,
    progress: ProgressFn | None = None,
    metadata: Mapping[str, str] | None = None,
) -> SentTar:
    """Store the bag folder ``bag`` as its tar at ``bucket``/``key``, never over another object.

    The tar is hashed once before anything is sent; an object already at the key is accepted only when it
    is the same tar (``exists``), else ``S3_OBJECT_EXISTS_DIFFERENT``; a competing writer that slips in is
    judged the same way. ``metadata`` is stored with the object beside :func:`object_metadata`'s (ASCII
    values). Every failure is an ArchiverError with an ``S3_...`` code.
    """
    where = f"s3://{bucket}/{key}"
    plan = plan_bag_tar(bag)
    digests = hash_tar(plan, effective_part_size(plan.size, options))
    stored = {**object_metadata(plan, digests), **(metadata or {})}
    existing = head_object(client, bucket, key, where)
    if existing is not None:
        return _existing(client, existing, bucket, key, digests, options)
    if digests.part_size is None:
        competitor = _put_single(client, plan, digests, stored, bucket, key, progress)
        if competitor is not None:
            return _existing(client, competitor, bucket, key, digests, options)
        uploaded, resumed = 1, False
    else:
        outcome = _put_multipart(client, plan, digests, stored, bucket, key, progress)
        if isinstance(outcome, dict):
            return _existing(client, outcome, bucket, key, digests, options)
        uploaded, resumed = outcome
    head = head_object(client, bucket, key, where)
    if head is None:
        raise S3Error("S3_REQUEST_FAILED", "the object is missing right after it was stored", where=where)
    etag = _check_stored(head, digests, where)
    verified = options.verify and verify_object(client, bucket, key, digests)
    return SentTar("uploaded", digests, etag, verified, uploaded, resumed)


def _existing(
    client: Any, head: Mapping[str, Any], bucket: str, key: str, digests: TarDigests, options: S3Options
) -> SentTar:
    """An object already stands at the key: the same tar (``exists``), or refuse."""
    where = f"s3://{bucket}/{key}"
    stored_sha = head.get("Metadata", {}).get("sha256")
    etag = strip_etag(head.get("ETag"))
    size = head.get("ContentLength")
    # Without our metadata (another tool wrote it), an identical ETag and length still prove the same bytes.
    same = size == digests.size and (
        stored_sha == digests.sha256 if stored_sha else etag == digests.expected_etag
    )
    if not same:
        raise S3Error(
            "S3_OBJECT_EXISTS_DIFFERENT",
            f"a different object already has this key (sha256 {stored_sha or 'unknown'}, {size} bytes; "
            f"this bag's tar: sha256 {digests.sha256}, {digests.size} bytes); not overwritten",
            where=where,
            hint="give the bag another name or prefix, or remove the object deliberately",
        )
    verified = options.verify and verify_object(client, bucket, key, digests)
    return SentTar("exists", digests, etag, verified)


CONTENT_TYPE = "application/x-tar"


#: Called after each PUT or part: (key, bytes of the object stored so far, object size).
ProgressFn = Callable[[str, int, int], None]


@dataclass(frozen=True)
class TarDigests:
    """What the first pass over the tar found: the digests the upload is then checked against."""

    size: int
    sha256: str
    md5: str
    part_size: int | None  # None: a single PUT
    part_md5s: tuple[bytes, ...] = ()

    @property
    def parts(self) -> int:
        return len(self.part_md5s) if self.part_size else 1

    @property
    def expected_etag(self) -> str:
        """The ETag S3 gives such an object: the MD5, or for multipart MD5(part MD5s) + "-N"."""
        if not self.part_size:
            return self.md5
        return f"{hashlib.md5(b''.join(self.part_md5s)).hexdigest()}-{len(self.part_md5s)}"

    def part_range(self, number: int) -> tuple[int, int]:
        """(offset, length) of part ``number`` (1-based)."""
        assert self.part_size
        start = (number - 1) * self.part_size
        return start, min(self.part_size, self.size - start)


def object_key(prefix: str, bag: Path) -> str:
    """``<prefix>/<bag name>.tar`` (just ``<bag name>.tar`` without a prefix)."""
    name = f"{bag_name(bag)}.tar"
    return f"{prefix}/{name}" if prefix else name


def effective_part_size(size: int, options: S3Options) -> int | None:
    """None for a single PUT; else the part size, grown (in whole MiB) when 10,000 parts would not hold it."""
    if size < options.multipart_threshold or size == 0:
        return None
    part = options.part_size
    if -(-size // part) > MAX_PARTS:
        smallest = -(-size // MAX_PARTS)
        part = -(-smallest // MiB) * MiB
    return part


def hash_tar(plan: TarPlan, part_size: int | None) -> TarDigests:
    """Read the tar once: its SHA-256 and MD5, and the MD5 of each part when ``part_size`` is given."""
    sha256, md5 = hashlib.sha256(), hashlib.md5()
    part_md5s: list[bytes] = []
    with TarStream(plan) as stream:
        for part in _part_chunks(stream, plan.size, part_size or max(plan.size, 1)):
            part_hash = hashlib.md5()
            for chunk in part:
                sha256.update(chunk)
                md5.update(chunk)
                part_hash.update(chunk)
            part_md5s.append(part_hash.digest())
    return TarDigests(
        size=plan.size,
        sha256=sha256.hexdigest(),
        md5=md5.hexdigest(),
        part_size=part_size,
        part_md5s=tuple(part_md5s) if part_size else (),
    )


def _part_chunks(stream: TarStream, size: int, part_size: int) -> Iterator[Iterator[bytes]]:
    """The stream as consecutive parts of ``part_size`` bytes, each as chunks of at most CHUNK bytes."""

    def one(length: int) -> Iterator[bytes]:
        while length > 0:
            chunk = stream.read(min(CHUNK, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk

    for start in range(0, size, part_size):
        yield one(min(part_size, size - start))


def object_metadata(plan: TarPlan, digests: TarDigests) -> dict[str, str]:
    """User metadata (``x-amz-meta-*``) stored with the object: what a later audit needs to check it.

    The SHA-256 and MD5 of the whole tar (a multipart ETag is not an MD5), the part size (to recompute a
    multipart ETag), and the bag's name, External-Identifier and Payload-Oxum to find and sanity-check it
    without downloading. Values are ASCII (HTTP headers): anything else is percent-encoded.
    """
    info = read_bag_info(plan.bag)
    values = {
        "sha256": digests.sha256,
        "md5": digests.md5,
        "part-size": str(digests.part_size) if digests.part_size else None,
        "serialization": "tar",
        "bag": plan.top,
        "external-identifier": bag_info_value(info, "External-Identifier"),
        "payload-oxum": bag_info_value(info, "Payload-Oxum"),
        "created-by": f"{DISTRIBUTION}/{__version__}",
    }
    return {k: _header_safe(v) for k, v in values.items() if v}


def _header_safe(value: str) -> str:
    if value.isascii() and value.isprintable():
        return value
    return quote(value, safe=" !#$&'()*+,/:;=?@[]~")


def _check_stored(head: Mapping[str, Any], digests: TarDigests, where: str) -> str:
    """Compare what the server now holds with what was sent; returns its ETag."""
    etag = strip_etag(head.get("ETag"))
    if etag != digests.expected_etag:
        raise S3Error(
            "S3_ETAG_MISMATCH",
            f"the stored object's ETag is {etag or 'empty'}, expected {digests.expected_etag}",
            where=where,
            hint="verify the object (--verify) before trusting it",
        )
    stored_sha = head.get("Metadata", {}).get("sha256")
    if head.get("ContentLength") != digests.size or stored_sha != digests.sha256:
        raise S3Error(
            "S3_METADATA_MISMATCH",
            f"the stored object says sha256 {stored_sha}, {head.get('ContentLength')} bytes; "
            f"sent sha256 {digests.sha256}, {digests.size} bytes",
            where=where,
            hint="another writer, or an upload resumed after the bag changed; check the object",
        )
    return etag


def _put_single(
    client: Any,
    plan: TarPlan,
    digests: TarDigests,
    metadata: dict[str, str],
    bucket: str,
    key: str,
    progress: ProgressFn | None,
) -> dict[str, Any] | None:
    """One PUT with If-None-Match: *; returns the HEAD of a competing object if one won, else None."""
    where = f"s3://{bucket}/{key}"
    args: dict[str, Any] = {
        "Bucket": bucket,
        "Key": key,
        "ContentLength": digests.size,
        "ContentMD5": b64(bytes.fromhex(digests.md5)),
        "ContentType": CONTENT_TYPE,
        "Metadata": metadata,
        "IfNoneMatch": "*",
    }
    from botocore.exceptions import BotoCoreError, ClientError

    for attempt in range(2):
        with TarStream(plan) as body:
            try:
                response = client.put_object(Body=body, **args)
                break
            except ClientError as exc:
                code = error_code(exc)
                if code in ("PreconditionFailed", "412"):
                    return head_object(client, bucket, key, where) or {}
                if code == "NotImplemented" and attempt == 0:
                    # A server without conditional PUTs: the HEAD before this call is all the check we have.
                    del args["IfNoneMatch"]
                    continue
                raise s3_error(exc, action="PutObject", where=where) from None
            except BotoCoreError as exc:
                raise s3_error(exc, action="PutObject", where=where) from None
    etag = strip_etag(response.get("ETag"))
    if etag and etag != digests.md5:
        raise S3Error(
            "S3_ETAG_MISMATCH", f"PutObject returned ETag {etag}, expected {digests.md5}", where=where
        )
    if progress is not None:
        progress(key, digests.size, digests.size)
    return None


def _put_multipart(
    client: Any,
    plan: TarPlan,
    digests: TarDigests,
    metadata: dict[str, str],
    bucket: str,
    key: str,
    progress: ProgressFn | None,
) -> tuple[int, bool] | dict[str, Any]:
    """Multipart upload, resuming a matching unfinished one. Returns (parts sent, resumed), or the HEAD of a
    competing object that appeared meanwhile."""
    where = f"s3://{bucket}/{key}"
    upload_id, done = find_resumable_upload(client, bucket, key, digests)
    resumed = upload_id is not None
    if upload_id is None:
        created = call(
            "CreateMultipartUpload",
            where,
            client.create_multipart_upload,
            Bucket=bucket,
            Key=key,
            ContentType=CONTENT_TYPE,
            Metadata=metadata,
        )
        upload_id = str(created["UploadId"])
        done = set()
    sent = 0
    stored = sum(digests.part_range(n)[1] for n in done)
    with TarStream(plan) as stream:
        for number in range(1, digests.parts + 1):
            if number in done:
                continue
            _upload_part(client, stream, digests, bucket, key, upload_id, number)
            sent += 1
            stored += digests.part_range(number)[1]
            if progress is not None:
                progress(key, stored, digests.size)
    competitor = head_object(client, bucket, key, where)
    if competitor is not None:
        _abort(client, bucket, key, upload_id)
        return competitor
    parts = [
        {"PartNumber": n, "ETag": f'"{digests.part_md5s[n - 1].hex()}"'} for n in range(1, digests.parts + 1)
    ]
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        client.complete_multipart_upload(
            Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts}, IfNoneMatch="*"
        )
    except ClientError as exc:
        code = error_code(exc)
        if code in ("PreconditionFailed", "412", "NoSuchUpload"):
            # Someone else completed this key (or this very upload) first: judge what is there now.
            head = head_object(client, bucket, key, where)
            if head is not None:
                if code != "NoSuchUpload":
                    _abort(client, bucket, key, upload_id)
                return head
        raise s3_error(exc, action="CompleteMultipartUpload", where=where) from None
    except BotoCoreError as exc:
        raise s3_error(exc, action="CompleteMultipartUpload", where=where) from None
    return sent, resumed


def _upload_part(
    client: Any, stream: TarStream, digests: TarDigests, bucket: str, key: str, upload_id: str, number: int
) -> None:
    where = f"s3://{bucket}/{key}"
    start, length = digests.part_range(number)
    stream.seek(start)
    data = stream.read(length)
    md5 = hashlib.md5(data).digest()
    if len(data) != length or md5 != digests.part_md5s[number - 1]:
        raise SerializeError(
            "SERIALIZE_BAG_CHANGED",
            f"part {number} of the tar differs from its first reading: the bag changed during the upload",
            where=str(stream.plan.bag),
            hint="upload a bag nothing is writing to; the unfinished upload is left for a later run",
        )
    response = call(
        f"UploadPart {number}",
        where,
        client.upload_part,
        Bucket=bucket,
        Key=key,
        UploadId=upload_id,
        PartNumber=number,
        Body=data,
        ContentLength=length,
        ContentMD5=b64(md5),
    )
    etag = strip_etag(response.get("ETag"))
    if etag and etag != md5.hex():
        raise S3Error(
            "S3_ETAG_MISMATCH",
            f"part {number}: the server's ETag is {etag}, expected {md5.hex()}",
            where=where,
        )


def _abort(client: Any, bucket: str, key: str, upload_id: str) -> None:
    """Abort our own upload, best effort: failing to clean up must not hide the real outcome."""
    from botocore.exceptions import BotoCoreError, ClientError

    with contextlib.suppress(BotoCoreError, ClientError):
        client.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)


def find_resumable_upload(
    client: Any, bucket: str, key: str, digests: TarDigests
) -> tuple[str | None, set[int]]:
    """The newest unfinished upload of ``key`` whose parts all equal ours, and the numbers of those parts.

    Each part is judged by number, size and ETag (a part's ETag is its MD5). (None, empty) when none fits.
    """
    where = f"s3://{bucket}/{key}"
    uploads = [u for u in _list_uploads(client, bucket, key, where) if u.get("Key") == key]
    uploads.sort(key=lambda u: u.get("Initiated") or 0, reverse=True)
    for upload in uploads:
        upload_id = str(upload["UploadId"])
        parts = list(_list_parts(client, bucket, key, upload_id, where))
        if all(_part_matches(p, digests) for p in parts):
            return upload_id, {int(p["PartNumber"]) for p in parts}
    return None, set()


def _part_matches(part: Mapping[str, Any], digests: TarDigests) -> bool:
    number = int(part.get("PartNumber", 0))
    if not 1 <= number <= digests.parts:
        return False
    return bool(
        part.get("Size") == digests.part_range(number)[1]
        and strip_etag(part.get("ETag")) == digests.part_md5s[number - 1].hex()
    )


def _list_uploads(client: Any, bucket: str, key: str, where: str) -> Iterator[Mapping[str, Any]]:
    paginator = client.get_paginator("list_multipart_uploads")
    yield from paginate(paginator, "ListMultipartUploads", where, "Uploads", Bucket=bucket, Prefix=key)


def _list_parts(
    client: Any, bucket: str, key: str, upload_id: str, where: str
) -> Iterator[Mapping[str, Any]]:
    paginator = client.get_paginator("list_parts")
    yield from paginate(paginator, "ListParts", where, "Parts", Bucket=bucket, Key=key, UploadId=upload_id)


def verify_object(client: Any, bucket: str, key: str, digests: TarDigests) -> bool:
    """Read the object back and re-hash it; True when its SHA-256, MD5 and length are what was sent.

    Raises ``S3_VERIFY_FAILED`` otherwise. This is the only check of the stored bytes themselves: no S3
    server here verifies SHA-256, and ETags are computed by the same server that stores the bytes.
    """
    where = f"s3://{bucket}/{key}"
    response = call("GetObject", where, client.get_object, Bucket=bucket, Key=key)
    sha256, md5, size = hashlib.sha256(), hashlib.md5(), 0
    from botocore.exceptions import BotoCoreError

    try:
        for chunk in response["Body"].iter_chunks(CHUNK):
            sha256.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    except BotoCoreError as exc:
        raise s3_error(exc, action="GetObject", where=where) from None
    found = (sha256.hexdigest(), md5.hexdigest(), size)
    expected = (digests.sha256, digests.md5, digests.size)
    if found != expected:
        raise S3Error(
            "S3_VERIFY_FAILED",
            f"read back sha256 {found[0]}, md5 {found[1]}, {found[2]} bytes; "
            f"sent sha256 {expected[0]}, md5 {expected[1]}, {expected[2]} bytes",
            where=where,
            hint="the stored object is not the bag that was sent; do not rely on it",
        )
    return True
