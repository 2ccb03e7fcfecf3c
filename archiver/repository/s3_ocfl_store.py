"""The request layer of an OCFL storage root on S3: keys under a prefix, conditional writes, object locks,
and a count of every request sent.

:mod:`archiver.repository.s3_ocfl` builds the storage root on these pieces; they are cut apart so that the
rules about *how* S3 is spoken to (what a precondition failure means, which ETag form a server compares,
when a lock is stale) can be read, and tested, apart from the OCFL rules about *what* is written.

**Conditional writes.** ``If-None-Match: *`` on PUT creates a key only if it does not exist; ``If-Match:
ETAG`` replaces a key only if it still holds the bytes whose ETag was read (compare-and-swap). Both answer
412 Precondition Failed otherwise, which :class:`PreconditionFailed` carries up. Measured on Ceph RGW 16.2
(Pacific): both are honoured on PutObject; ``If-Match`` compares the ETag *without* its quotes (a quoted
ETag never matches), so it is sent bare; ``If-Match`` on DeleteObject is ignored (the key is deleted
whatever its ETag), so nothing here relies on a conditional delete. AWS S3 answers a conditional write
that races another one on the same key with 409 ``ConditionalRequestConflict`` (retryable) where Ceph
answers 412: the same write is sent again a few times after a short backoff, and if it keeps meeting 409 it
is a :class:`PreconditionFailed` like any other lost race (:data:`CONFLICT_RETRIES`).

A conditional write whose answer is lost is retried by botocore, and the retry meets 412 because the first
attempt *did* succeed. The callers tell that apart from a real conflict by reading the key back: our own
bytes there (same MD5/ETag, or a lock naming our owner) mean the write was ours.

**Locks** (:class:`ObjectLock`): one writer per object. OCFL 1.1 leaves locking to implementations
(Implementation Notes §3.7); the lock is a key in archiver's storage-root extension directory
(``extensions/archiver-workspace/locks/<sha256 of the object ID>.lock``, §4.4), outside every object, so
no object ever holds a foreign file. It is taken by a PUT with ``If-None-Match: *``; its body names the
owner (a fresh UUID, host, process), the object and the time. A lock is *stale* when the server's own clock
(the ``Date`` of the response that read it) is more than ``stale_after`` seconds past its ``Last-Modified``:
server time on both sides, so clocks of the writers' machines never matter. A stale lock (a writer that
crashed) is taken over by a PUT with ``If-Match`` on the ETag read, so of two writers taking it over at once
exactly one wins. A holder refreshes its lock (again ``If-Match``, on its own ETag) whenever a third of
``stale_after`` has passed since it last did, and before it commits: a refresh that fails means the lock
was taken over and the writer stops before its commit (``S3_OCFL_LOCK_LOST``).

**Requests** (:class:`RequestCounter`): every HTTP request the client sends (retries included) is counted
by operation through botocore's ``before-send`` event, in total and per measurement, per thread; that is
what "requests per object written or read" is measured with.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
import os
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError
from archiver.repository import events as ev
from archiver.repository.ocfl import WORKSPACE_NAME
from archiver.s3.client import (
    CHUNK,
    MAX_SINGLE_PUT,
    S3Error,
    b64,
    error_code,
    s3_error,
    strip_etag,
)

__all__ = [
    "CONFLICT_RETRIES",
    "DEFAULT_STALE_AFTER_S",
    "LOCKS_DIR",
    "ConditionalConflict",
    "Fetched",
    "Listed",
    "ObjectLock",
    "PreconditionFailed",
    "RequestCounter",
    "S3Store",
    "file_md5",
]

#: Where locks live, relative to the storage root: archiver's storage-root extension (OCFL 1.1 §4.4).
LOCKS_DIR = f"extensions/{WORKSPACE_NAME}/locks"
#: A lock not refreshed for this long belongs to a writer presumed dead; 15 minutes is far longer than an
#: ingest goes without a refresh (a refresh is due every third of it), and short enough for a re-run after
#: a crash not to wait long.
DEFAULT_STALE_AFTER_S = 900.0
POLL_INTERVAL_S = 0.25
#: How often a conditional write answered 409 ``ConditionalRequestConflict`` (AWS: another conditional
#: write on the key was in flight) is sent again, and the first pause between attempts (doubled each time).
CONFLICT_RETRIES = 3
CONFLICT_BACKOFF_S = 0.1


class PreconditionFailed(Exception):
    """A conditional write lost: the key exists (``If-None-Match``) or changed (``If-Match``)."""


class ConditionalConflict(PreconditionFailed):
    """409 ``ConditionalRequestConflict``: a concurrent conditional write on the key (AWS); worth a retry."""


# --------------------------------------------------------------------------------------------------------
# Counting requests
# --------------------------------------------------------------------------------------------------------


class RequestCounter:
    """Every request a client sends, by S3 operation (``PutObject``, ``GetObject``, ...), retries included.

    :meth:`measure` counts the requests the calling thread sends inside a ``with`` block, so concurrent
    ingests through one counter are told apart; :attr:`totals` counts all of them.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self.totals: Counter[str] = Counter()
        self._local = threading.local()

    def attach(self, client: Any) -> None:
        """Hook the counter on ``client``'s event system (once per client)."""
        if getattr(client, "_archiver_request_counter", None) is self:
            return
        client.meta.events.register("before-send.s3", self._on_send)
        client._archiver_request_counter = self

    def _on_send(self, event_name: str = "", **_: Any) -> None:
        """botocore's ``before-send`` hook; returning None lets the request go out as it is."""
        operation = event_name.rsplit(".", 1)[-1]
        with self._mutex:
            self.totals[operation] += 1
        for measured in getattr(self._local, "stack", ()):
            measured[operation] += 1

    @contextlib.contextmanager
    def measure(self) -> Iterator[Counter[str]]:
        """The requests this thread sends until the block ends, by operation (nested blocks all count)."""
        stack: list[Counter[str]] = self._local.__dict__.setdefault("stack", [])
        measured: Counter[str] = Counter()
        stack.append(measured)
        try:
            yield measured
        finally:
            stack.remove(measured)

    def total(self) -> int:
        with self._mutex:
            return sum(self.totals.values())


# --------------------------------------------------------------------------------------------------------
# Keys under a prefix
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    """A key read whole: its bytes, ETag (bare), and the server's Last-Modified and Date."""

    data: bytes
    etag: str
    last_modified: datetime | None
    server_time: datetime | None

    @property
    def age(self) -> float | None:
        """Seconds since the key was written, by the server's clock alone."""
        if self.last_modified is None or self.server_time is None:
            return None
        return (self.server_time - self.last_modified).total_seconds()


@dataclass(frozen=True)
class Listed:
    """One key of a listing, relative to the storage root."""

    rel: str
    etag: str
    size: int


@dataclass
class S3Store:
    """The keys of one storage root: ``<prefix>/<relative path>`` in ``bucket``, read and written whole.

    Relative paths are the storage root's own ('/'-separated, as OCFL writes them, §4); every method takes
    and returns them, so the OCFL code never sees the prefix.
    """

    client: Any
    bucket: str
    prefix: str
    counter: RequestCounter = field(default_factory=RequestCounter)

    def __post_init__(self) -> None:
        self.prefix = self.prefix.strip("/")
        self.counter.attach(self.client)

    def key(self, rel: str) -> str:
        return f"{self.prefix}/{rel}" if self.prefix else rel

    def url(self, rel: str = "") -> str:
        key = self.key(rel)
        return f"s3://{self.bucket}/{key}".rstrip("/")

    def _call(self, action: str, rel: str, method: Any, *, conditional: bool = False, **kwargs: Any) -> Any:
        """One request; 412 is :class:`PreconditionFailed`, and for a ``conditional`` write 409
        :class:`ConditionalConflict`; anything else an ``S3_...`` ArchiverError."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return method(Bucket=self.bucket, Key=self.key(rel), **kwargs)
        except ClientError as exc:
            code = error_code(exc)
            if code in ("PreconditionFailed", "412"):
                raise PreconditionFailed(rel) from None
            if code == "ConditionalRequestConflict" or (conditional and code == "409"):
                raise ConditionalConflict(rel) from None
            raise s3_error(exc, action=action, where=self.url(rel)) from None
        except BotoCoreError as exc:
            raise s3_error(exc, action=action, where=self.url(rel)) from None

    def get(self, rel: str) -> Fetched | None:
        """The key's bytes, or None when there is no such key."""
        from botocore.exceptions import ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.key(rel))
            data = response["Body"].read()
        except ClientError as exc:
            if error_code(exc) in ("NoSuchKey", "404", "NotFound"):
                return None
            raise s3_error(exc, action="GetObject", where=self.url(rel)) from None
        except Exception as exc:  # BotoCoreError, or the body's stream failing midway
            raise s3_error(exc, action="GetObject", where=self.url(rel)) from None
        date = response.get("ResponseMetadata", {}).get("HTTPHeaders", {}).get("date")
        return Fetched(
            data=data,
            etag=strip_etag(response.get("ETag")),
            last_modified=response.get("LastModified"),
            server_time=parsedate_to_datetime(date) if date else None,
        )

    def stream(self, rel: str) -> Iterator[bytes] | None:
        """The key's bytes in chunks of at most :data:`CHUNK`, or None when there is no such key."""
        from botocore.exceptions import ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.key(rel))
        except ClientError as exc:
            if error_code(exc) in ("NoSuchKey", "404", "NotFound"):
                return None
            raise s3_error(exc, action="GetObject", where=self.url(rel)) from None
        except Exception as exc:
            raise s3_error(exc, action="GetObject", where=self.url(rel)) from None
        return self._chunks(rel, response["Body"])

    def _chunks(self, rel: str, body: Any) -> Iterator[bytes]:
        try:
            yield from body.iter_chunks(CHUNK)
        except Exception as exc:
            raise s3_error(exc, action="GetObject", where=self.url(rel)) from None
        finally:
            body.close()

    def head(self, rel: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        try:
            response: dict[str, Any] = self.client.head_object(Bucket=self.bucket, Key=self.key(rel))
        except ClientError as exc:
            if error_code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise s3_error(exc, action="HeadObject", where=self.url(rel)) from None
        except Exception as exc:
            raise s3_error(exc, action="HeadObject", where=self.url(rel)) from None
        return response

    def put(self, rel: str, data: bytes, *, if_none_match: bool = False, if_match: str | None = None) -> str:
        """Store ``data`` at ``rel`` (one PUT with Content-MD5); its ETag, checked to be the MD5 sent."""
        md5 = hashlib.md5(data).digest()
        return self._put(rel, data, len(data), md5, if_none_match, if_match)

    def put_file(
        self,
        rel: str,
        path: Path,
        md5: bytes,
        size: int,
        *,
        if_none_match: bool = False,
        if_match: str | None = None,
    ) -> str:
        """Store a local file at ``rel`` in one PUT whose Content-MD5 is ``md5`` (the MD5 of the bytes that
        were checked): the server refuses other bytes (``S3_BAD_DIGEST``)."""
        if size > MAX_SINGLE_PUT:
            raise S3Error(
                "S3_OCFL_FILE_TOO_LARGE",
                f"{size} bytes: larger than S3's largest single PUT (5 GiB), which every OCFL file here is sent as",
                where=str(path),
                hint="content files over 5 GiB are not supported in an OCFL storage root on S3 yet",
            )
        with path.open("rb") as body:
            return self._put(rel, body, size, md5, if_none_match, if_match)

    def _put(
        self, rel: str, body: Any, size: int, md5: bytes, if_none_match: bool, if_match: str | None
    ) -> str:
        args: dict[str, Any] = {"Body": body, "ContentLength": size, "ContentMD5": b64(md5)}
        if if_none_match:
            args["IfNoneMatch"] = "*"
        if if_match is not None:
            args["IfMatch"] = strip_etag(if_match)  # Ceph compares the bare ETag (module docstring)
        conditional = if_none_match or if_match is not None
        pause = CONFLICT_BACKOFF_S
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                response = self._call(
                    "PutObject", rel, self.client.put_object, conditional=conditional, **args
                )
                break
            except ConditionalConflict:  # 409 (AWS): another conditional write was in flight; try again
                if attempt == CONFLICT_RETRIES:
                    raise PreconditionFailed(rel) from None
                time.sleep(pause)
                pause *= 2
                if hasattr(body, "seek"):
                    body.seek(0)
        etag = strip_etag(response.get("ETag"))
        if etag and etag != md5.hex():
            raise S3Error(
                "S3_ETAG_MISMATCH",
                f"PutObject returned ETag {etag}, expected {md5.hex()}",
                where=self.url(rel),
            )
        return etag or md5.hex()

    def delete(self, rel: str) -> None:
        self._call("DeleteObject", rel, self.client.delete_object)

    def delete_many(self, rels: list[str]) -> None:
        """Delete keys, up to 1,000 a request (DeleteObjects); an empty list sends nothing."""
        from botocore.exceptions import BotoCoreError, ClientError

        for start in range(0, len(rels), 1000):
            chunk = rels[start : start + 1000]
            try:
                response = self.client.delete_objects(
                    Bucket=self.bucket,
                    Delete={"Objects": [{"Key": self.key(r)} for r in chunk], "Quiet": True},
                )
            except (BotoCoreError, ClientError) as exc:
                raise s3_error(exc, action="DeleteObjects", where=self.url(chunk[0])) from None
            errors = response.get("Errors") or []
            if errors:
                first = errors[0]
                raise S3Error(
                    "S3_REQUEST_FAILED",
                    f"DeleteObjects: {len(errors)} keys not deleted, first {first.get('Key')}: {first.get('Code')}",
                    where=self.url(),
                )

    def list(
        self, rel_prefix: str, *, delimiter: bool = False, limit: int | None = None
    ) -> tuple[list[Listed], list[str]]:
        """Keys under ``rel_prefix`` (relative paths) and, with ``delimiter``, the sub-folders one level
        down (relative, ending in '/') instead of the keys inside them; ``limit``: one page of at most
        that many keys."""
        keys: list[Listed] = []
        folders: list[str] = []
        for page_keys, page_folders in self._pages(rel_prefix, delimiter=delimiter, limit=limit):
            keys.extend(page_keys)
            folders.extend(page_folders)
        return keys, folders

    def iter_keys(self, rel_prefix: str) -> Iterator[Listed]:
        """Every key under ``rel_prefix``, one page (1,000 keys) at a time, in the order the server lists
        them: UTF-8 binary order on S3 and Ceph, which :meth:`~archiver.repository.s3_ocfl_read.S3OcflReader.
        iter_object_roots` relies on. Memory stays one page however large the root."""
        for page_keys, _ in self._pages(rel_prefix):
            yield from page_keys

    def _pages(
        self, rel_prefix: str, *, delimiter: bool = False, limit: int | None = None
    ) -> Iterator[tuple[builtins.list[Listed], builtins.list[str]]]:
        """ListObjectsV2, page by page: each page's keys and common prefixes, relative to the root."""
        from botocore.exceptions import BotoCoreError, ClientError

        start = len(self.key(""))
        kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": self.key(rel_prefix)}
        if delimiter:
            kwargs["Delimiter"] = "/"
        if limit is not None:
            kwargs["PaginationConfig"] = {"MaxItems": limit, "PageSize": limit}
        try:
            for page in self.client.get_paginator("list_objects_v2").paginate(**kwargs):
                keys = [
                    Listed(item["Key"][start:], strip_etag(item.get("ETag")), int(item.get("Size", 0)))
                    for item in page.get("Contents") or []
                ]
                yield keys, [p["Prefix"][start:] for p in page.get("CommonPrefixes") or []]
        except (BotoCoreError, ClientError) as exc:
            raise s3_error(exc, action="ListObjectsV2", where=self.url(rel_prefix)) from None


def file_md5(path: Path, algorithm: str) -> tuple[bytes, str, int]:
    """One read of a staged file: its MD5 (for Content-MD5), its digest in ``algorithm``, its size."""
    md5, other, size = hashlib.md5(), hashlib.new(algorithm), 0
    with path.open("rb", buffering=0) as handle:
        while chunk := handle.read(CHUNK):
            md5.update(chunk)
            other.update(chunk)
            size += len(chunk)
    return md5.digest(), other.hexdigest(), size


# --------------------------------------------------------------------------------------------------------
# One writer per object
# --------------------------------------------------------------------------------------------------------


def lock_key(object_id: str) -> str:
    """The object's lock key, relative to the storage root (one key per object: S3 needs no striping)."""
    return f"{LOCKS_DIR}/{hashlib.sha256(object_id.encode('utf-8')).hexdigest()}.lock"


class ObjectLock:
    """The lock of one object in an S3 storage root (see the module docstring for the protocol).

    ``wait`` is how long :meth:`acquire` waits for another holder (0: not at all; None: for ever) before
    ``S3_OCFL_LOCKED``; ``stale_after`` when an unrefreshed lock counts as a dead writer's.
    """

    def __init__(
        self,
        store: S3Store,
        object_id: str,
        *,
        wait: float | None,
        stale_after: float = DEFAULT_STALE_AFTER_S,
    ) -> None:
        self.store = store
        self.object_id = object_id
        self.rel = lock_key(object_id)
        self.wait = wait
        self.stale_after = stale_after
        self.owner = f"urn:uuid:{uuid.uuid4()}"
        self.etag: str | None = None
        self.refreshed = 0.0  # time.monotonic() of the last successful write of the lock
        self.took_over: dict[str, Any] | None = None  # the stale lock this one replaced, if any

    def _body(self) -> bytes:
        return json.dumps(
            {
                "object_id": self.object_id,
                "owner": self.owner,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "written": ev.rfc3339(datetime.now(UTC)),
                "stale_after_s": self.stale_after,
            },
            sort_keys=True,
        ).encode("utf-8")

    def acquire(self) -> None:
        deadline = None if self.wait is None else time.monotonic() + self.wait
        while True:
            try:
                self.etag = self.store.put(self.rel, self._body(), if_none_match=True)
                self.refreshed = time.monotonic()
                return
            except PreconditionFailed:
                pass
            held = self.store.get(self.rel)
            if held is None:
                continue  # released between our PUT and the GET: try again at once
            holder = _parse(held.data)
            if holder.get("owner") == self.owner:  # our own PUT, retried by botocore after a lost answer
                self.etag, self.refreshed = held.etag, time.monotonic()
                return
            age = held.age
            if age is not None and age > self.stale_after:
                try:
                    self.etag = self.store.put(self.rel, self._body(), if_match=held.etag)
                    self.refreshed = time.monotonic()
                    self.took_over = {**holder, "age_s": round(age, 1)}
                    return
                except PreconditionFailed:
                    continue  # another writer took it over first, or its owner refreshed it
            if deadline is not None and time.monotonic() >= deadline:
                raise ArchiverError(
                    "S3_OCFL_LOCKED",
                    f"object {self.object_id} is being written by another ingest (owner {holder.get('owner')} on "
                    f"{holder.get('host')}, pid {holder.get('pid')}, lock {age if age is not None else '?'} s old)",
                    where=self.store.url(self.rel),
                    hint=f"retry later; a lock not refreshed for {self.stale_after:.0f} s is taken over",
                )
            time.sleep(POLL_INTERVAL_S)

    def refresh(self) -> None:
        """Rewrite the lock on its own ETag: proves it is still ours and restarts its stale clock.

        A 412 is either another writer's takeover or our own refresh, which succeeded but whose answer was
        lost, retried by botocore: the lock is read, and if it names our owner its ETag is taken and we
        carry on (as :meth:`acquire` does for its own PUT); otherwise ``S3_OCFL_LOCK_LOST``."""
        assert self.etag is not None
        try:
            self.etag = self.store.put(self.rel, self._body(), if_match=self.etag)
        except PreconditionFailed:
            held = self.store.get(self.rel)
            if held is not None and _parse(held.data).get("owner") == self.owner:
                self.etag, self.refreshed = held.etag, time.monotonic()
                return
            self.etag = None
            raise ArchiverError(
                "S3_OCFL_LOCK_LOST",
                f"the lock of object {self.object_id} was taken over by another writer (it was not refreshed "
                f"for {self.stale_after:.0f} s); this version was not committed",
                where=self.store.url(self.rel),
                hint="ingest the bag again",
            ) from None
        self.refreshed = time.monotonic()

    def refresh_if_due(self) -> None:
        """Refresh when a third of ``stale_after`` has passed since the last write of the lock."""
        if time.monotonic() - self.refreshed > self.stale_after / 3:
            self.refresh()

    def release(self) -> None:
        """Delete the lock. Refreshed within ``stale_after`` it cannot have been taken over, so it is deleted
        at once; otherwise only after reading that it is still ours (S3 has no conditional delete here)."""
        if self.etag is None:
            return
        if time.monotonic() - self.refreshed >= self.stale_after:
            held = self.store.get(self.rel)
            if held is None or _parse(held.data).get("owner") != self.owner:
                self.etag = None
                return
        with contextlib.suppress(ArchiverError):  # a lock left behind goes stale; never hide the outcome
            self.store.delete(self.rel)
        self.etag = None

    def __enter__(self) -> ObjectLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _parse(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
