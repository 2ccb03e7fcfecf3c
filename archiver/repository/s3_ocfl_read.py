"""Reading an OCFL storage root on S3: list, show, export, audit and download its objects.

The reading side of :class:`~archiver.repository.s3_ocfl.S3OcflRepository` (its base class), by the rules
the local repository follows: an object is what its root inventory says (§3.5, verified against its sidecar,
§3.6), so what a writer left behind before its commit point, a version directory no inventory lists, is
never read, shown, exported, downloaded or audited. Objects without a root inventory (one being created)
are not listed or audited at all; an object whose root inventory does not parse is not listed, but it is
audited (:meth:`S3OcflReader.audit_targets`), and reported damaged.

**Audit** (:meth:`S3OcflReader.audit`): each object is checked by the same validator as a local object
(:func:`~archiver.formats.ocfl.validator.validate_object`, every finding with the spec's code) run on a
local *shadow* of it: its declaration, inventories, sidecars and log copied, and each content file an empty
stand-in at its key's path, so that the structure, every inventory and every path is checked. Then every
content file is streamed from S3 (never stored) and hashed for every digest the inventory and its fixity
block give it (§3.5.2 ``E092``, §3.5.4 ``E093``). The audit is recorded as a PREMIS "fixity check" event in
the object's log (§3.8), under the object's lock so that no other writer's event is lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from archiver import staging
from archiver.errors import ArchiverError, UsageError
from archiver.fixity import OCFL_HASHERS as HASHERS
from archiver.fixity import new_hashers
from archiver.formats.ocfl.layouts import Layout, LayoutError
from archiver.formats.ocfl.reading import DamagedObject, parse_sidecar, read_head_inventory
from archiver.formats.ocfl.structure import (
    DIGEST_ALGORITHM,
    FIXITY_ALGORITHM,
    INVENTORY,
    INVENTORY_ALGORITHMS,
    sidecar_name,
    version_number,
)
from archiver.formats.ocfl.validator import validate_object
from archiver.formats.ocfl.versions import find_version, state_map
from archiver.repository import events as ev
from archiver.repository.audit import AuditReport, ObjectAudit, audit_event, locate
from archiver.repository.export import check_export_paths
from archiver.repository.intake import hash_and_copy
from archiver.repository.results import ObjectDetail, ObjectSummary, RepositoryError
from archiver.repository.s3_ocfl_store import (
    DEFAULT_STALE_AFTER_S,
    Listed,
    ObjectLock,
    RequestCounter,
    S3Store,
)
from archiver.s3.client import MAX_THREADS
from archiver.validation.findings import Finding, finding

__all__ = ["AUDIT_THREADS", "EVENTS_KEY", "Head", "RequestRecord", "S3OcflReader", "object_roots_in"]

#: Objects audited at once in one process by default: each waits on a GET per stored file.
AUDIT_THREADS = 16
#: The fewest evenly filled top-level folders worth listing side by side (a layout's ``spread``).
MIN_SPREAD = 256

#: The object's event log, relative to its root (§3.8).
EVENTS_KEY = f"{ev.LOGS_DIR}/{ev.EVENTS_FILE}"


@dataclass(frozen=True)
class RequestRecord:
    """The S3 requests one operation on one object sent, by operation name (``PutObject``: 9, ...)."""

    operation: str  # "ingest", "export", "audit", "download"
    object_id: str
    outcome: str
    requests: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    @property
    def writes(self) -> int:
        """Requests that change the bucket (PUT and DELETE)."""
        return sum(n for op, n in self.requests.items() if op.startswith(("Put", "Delete")))


@dataclass
class Head:
    """An object's head as read from S3: the verified inventory (None: no object yet), its bytes and ETag,
    and whether the root sidecar was stale (a commit interrupted before its last PUT)."""

    inventory: dict[str, Any] | None
    etag: str | None = None
    data: bytes = b""
    sidecar: bytes = b""
    sidecar_stale: bool = False


class S3OcflReader:
    """Reading the objects of an OCFL storage root on S3 (see the module docstring)."""

    def __init__(
        self, store: S3Store, *, layout: Layout | None, layout_problem: str | None, workdir: Path | None
    ) -> None:
        self.store = store
        self.layout = layout
        self.layout_problem = layout_problem
        self.workdir = workdir
        self.stale_after = DEFAULT_STALE_AFTER_S
        #: One record per ingest, export, audit and download: the requests it sent.
        self.request_log: list[RequestRecord] = []

    @property
    def url(self) -> str:
        return self.store.url()

    @property
    def requests(self) -> RequestCounter:
        """Every request sent through this repository's client, by operation (``requests.totals``)."""
        return self.store.counter

    # --- objects ----------------------------------------------------------------------------------------

    def object_path(self, object_id: str) -> str:
        """The object's root relative to the storage root, by the root's layout (§4.3)."""
        if self.layout is None:
            raise UsageError(
                "REPO_LAYOUT_UNSUPPORTED",
                f"cannot map object IDs in this storage root: {self.layout_problem or 'no usable layout'}",
                where=self.url,
            )
        try:
            return self.layout.object_path(object_id)
        except LayoutError as exc:
            raise UsageError(
                "REPO_ID_UNMAPPABLE",
                f"object ID {object_id!r} cannot be stored in layout {self.layout.name}: {exc}",
                where=self.url,
            ) from None

    def read_head(self, op: str, object_id: str, *, repair: bool = False) -> Head:
        """The object's root inventory checked against its sidecar (§3.6) by the local reader's own rules
        (:func:`~archiver.formats.ocfl.reading.read_head_inventory`); ``REPO_OBJECT_DAMAGED`` if unusable.

        A root sidecar that does not match while the head version's own sidecar does is a commit
        interrupted before its last PUT (:mod:`archiver.repository.s3_ocfl`): the inventory is the head, and
        with ``repair`` (under the object's lock) the root sidecar is rewritten."""
        found = self.store.get(f"{op}/{INVENTORY}")
        if found is None:
            return Head(None)
        parsed = _loads(found.data)
        algorithm = parsed.get("digestAlgorithm") if isinstance(parsed, dict) else None
        algorithm = algorithm if algorithm in INVENTORY_ALGORITHMS else DIGEST_ALGORITHM
        name = sidecar_name(str(algorithm))
        side = self.store.get(f"{op}/{name}")
        sidecar = side.data if side is not None else b""
        digest = hashlib.new(str(algorithm), found.data).hexdigest()
        stale = parse_sidecar(sidecar.decode("ascii", "replace")) != digest
        if stale and isinstance(parsed, dict) and version_number(parsed.get("head")) is not None:
            twin = self.store.get(f"{op}/{parsed['head']}/{name}")
            if twin is not None and parse_sidecar(twin.data.decode("ascii", "replace")) == digest:
                sidecar = twin.data
                if repair:
                    self.store.put(f"{op}/{name}", sidecar)
        with tempfile.TemporaryDirectory(prefix="archiver-s3-head-", dir=self.workdir) as tmp:
            Path(tmp, INVENTORY).write_bytes(found.data)
            Path(tmp, name).write_bytes(sidecar)
            try:
                inventory = read_head_inventory(Path(tmp), object_id)
            except DamagedObject as exc:
                raise RepositoryError(
                    "REPO_OBJECT_DAMAGED",
                    str(exc),
                    where=self.store.url(op),
                    hint="audit the object and repair it before adding versions",
                ) from None
        assert inventory is not None
        return Head(inventory, found.etag, found.data, sidecar, stale and not repair)

    def inventory(self, object_id: str) -> dict[str, Any]:
        """The object's root inventory, verified (``OBJECT_NOT_FOUND``, ``REPO_OBJECT_DAMAGED``)."""
        head = self.read_head(self.object_path(object_id), object_id)
        if head.inventory is None:
            raise UsageError(
                "OBJECT_NOT_FOUND",
                f"no object {object_id} in this repository",
                where=self.url,
                hint="list the repository's objects for their IDs",
            )
        return head.inventory

    def iter_object_roots(self, *, threads: int = 1) -> Iterator[str]:
        """The root's objects (:func:`object_roots_in`) as the listing of its keys streams by, page after
        page: memory stays a page and a few folders, however many objects the root holds.

        One listing is a chain of requests (each page names the next), a million pages for 100 million
        objects. With ``threads`` > 1, and a layout that spreads objects evenly over many top-level folders
        (:attr:`~archiver.formats.ocfl.layouts.Layout.spread`: the 4,096 of the hashed layouts' default
        first tuple), those folders are listed side by side instead, each as its own sorted run, and their
        roots given out in the same order (one folder's roots held at a time each); the keys directly in
        the root are the root's own files, never an object's (§4.2). Any other layout is listed in one
        chain: flat layouts make every object a folder of its own, and an ID-derived tree may put nearly
        all objects under one."""
        spread = self.layout.spread if self.layout is not None else 0
        if threads <= 1 or spread < MIN_SPREAD:
            yield from object_roots_in(key.rel for key in self.store.iter_keys(""))
            return
        from archiver.workers import map_in_threads

        _, folders = self.store.list("", delimiter=True)
        stop = threading.Event()  # the listing ended early: the folders being listed stop between keys

        def roots_under(folder: str) -> list[str]:
            def keys() -> Iterator[str]:
                for key in self.store.iter_keys(folder):
                    if stop.is_set():
                        return
                    yield key.rel

            return list(object_roots_in(keys()))

        tops = [f for f in folders if f != "extensions/"]
        with contextlib.closing(map_in_threads(roots_under, tops, threads, stop=stop)) as arriving:
            for found in arriving:
                yield from found

    def list_objects(self) -> Iterator[ObjectSummary]:
        """Every object with a root inventory (:meth:`iter_object_roots`; one GET per object, no checksums,
        in threads), in the listing's order; one without ``inventory.json`` is still being created, and
        not listed."""
        from archiver.workers import map_in_threads

        roots = self.iter_object_roots(threads=AUDIT_THREADS)
        with contextlib.closing(map_in_threads(self._summary, roots, AUDIT_THREADS)) as arriving:
            for summary in arriving:
                if summary is not None:
                    yield summary

    def _summary(self, path: str) -> ObjectSummary | None:
        """The object at ``path`` as :meth:`list_objects` gives it; None for a damaged one (the audit
        reports it)."""
        found = self.store.get(f"{path}/{INVENTORY}")
        inventory: Any = _loads(found.data) if found is not None else None
        try:
            head = inventory["head"]
            return ObjectSummary(
                object_id=inventory["id"],
                path=path,
                head=head,
                versions=len(inventory["versions"]),
                updated=inventory["versions"][head]["created"],
            )
        except (KeyError, TypeError, AttributeError):
            return None

    def events(self, object_id: str) -> list[dict[str, Any]]:
        """The object's PREMIS events, oldest first (read by :func:`archiver.repository.events.read_events`)."""
        found = self.store.get(f"{self.object_path(object_id)}/{EVENTS_KEY}")
        if found is None:
            return []
        with tempfile.TemporaryDirectory(prefix="archiver-s3-log-", dir=self.workdir) as tmp:
            (Path(tmp) / ev.LOGS_DIR).mkdir()
            (Path(tmp) / EVENTS_KEY).write_bytes(found.data)
            return ev.read_events(Path(tmp))

    def show(self, object_id: str, version: str | None = None) -> ObjectDetail:
        """The object's versions, the files of ``version`` (default: the head) and its event log, as
        :meth:`~archiver.repository.ocfl.OcflRepository.show` gives them."""
        return ObjectDetail.of(
            self.inventory(object_id),
            version,
            object_id=object_id,
            path=self.object_path(object_id),
            events=self.events(object_id),
        )

    # --- getting objects out ----------------------------------------------------------------------------

    def export(self, object_id: str, dest: Path, *, version: str | None = None) -> Path:
        """Write a version's logical state to ``dest`` (which must not exist) by the rules of
        :func:`archiver.repository.export.export_object`: paths checked first, every file hashed while it is
        streamed into a staging folder beside ``dest``, flushed, renamed into place; a damaged file means no
        output at all (``EXPORT_FIXITY``)."""
        with self.requests.measure() as measured:
            inventory = self.inventory(object_id)
            version = find_version(inventory, version, code="EXPORT_NO_VERSION")
            dest = _new_destination(dest)
            op = self.object_path(object_id)
            files = sorted(state_map(inventory, version).items())
            for logical, digest in files:
                check_export_paths(Path(self.store.url(op)), logical, inventory["manifest"][digest][0])
            with staging.staging_dir(dest.parent, "export") as stage:
                for logical, digest in files:
                    self._export_file(op, inventory, logical, digest, stage)
                staging.make_durable(dest.parent, [stage])
                staging.commit_dir(stage, dest)
        self.request_log.append(RequestRecord("export", object_id, version, dict(measured)))
        return dest

    def _export_file(
        self, op: str, inventory: Mapping[str, Any], logical: str, digest: str, stage: Path
    ) -> None:
        content_path = inventory["manifest"][digest][0]
        algorithm = inventory["digestAlgorithm"]
        target = stage / logical
        target.parent.mkdir(parents=True, exist_ok=True)
        chunks = self.store.stream(f"{op}/{content_path}")
        actual = "missing"
        if chunks is not None:
            hashers = new_hashers((DIGEST_ALGORITHM, FIXITY_ALGORITHM))
            with target.open("xb", buffering=0) as out:
                hash_and_copy(chunks, hashers.values(), out.fileno())
            actual = hashers[algorithm].hexdigest()
        if actual != digest.lower():
            raise ArchiverError(
                "EXPORT_FIXITY",
                f"stored file {content_path} ({logical}) does not match its {algorithm} in the inventory",
                where=self.store.url(f"{op}/{content_path}"),
                hint="nothing was exported; audit the object",
            )

    def download_object(self, object_id: str, dest: Path, *, committed_only: bool = True) -> Path:
        """Copy the object's keys to the folder ``dest`` (which must not exist), byte for byte, each checked
        against its ETag (the MD5 of a single-PUT key): the object as any OCFL tool would read it from disk.

        ``committed_only`` leaves out version directories newer than the head, which only a writer that
        died before its commit leaves (not part of the object, §3.5.3); False copies every key."""
        with self.requests.measure() as measured:
            head = self.inventory(object_id)["head"]
            newest = version_number(head) or 0
            dest = _new_destination(dest)
            op = self.object_path(object_id)
            keys = self.store.list(f"{op}/")[0]
            with staging.staging_dir(dest.parent, "download") as stage:
                for key in keys:
                    rel = key.rel[len(op) + 1 :]
                    number = version_number(rel.split("/", 1)[0])
                    if committed_only and number is not None and number > newest:
                        continue
                    self._download_key(key, rel, stage)
                staging.make_durable(dest.parent, [stage])
                staging.commit_dir(stage, dest)
        self.request_log.append(RequestRecord("download", object_id, head, dict(measured)))
        return dest

    def _download_key(self, key: Listed, rel: str, stage: Path) -> None:
        parts = rel.split("/")
        if any(p in ("", ".", "..") for p in parts) or "\x00" in rel:
            raise UsageError(
                "EXPORT_UNSAFE_PATH", f"the key {key.rel!r} is not a safe relative path", where=self.url
            )
        target = stage.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        chunks = self.store.stream(key.rel)
        md5 = hashlib.md5()
        with target.open("xb", buffering=0) as out:
            hash_and_copy(chunks or iter(()), [md5], out.fileno())
        if "-" not in key.etag and len(key.etag) == 32 and md5.hexdigest() != key.etag:
            raise ArchiverError(
                "EXPORT_FIXITY",
                f"{key.rel} read back with MD5 {md5.hexdigest()}, its ETag is {key.etag}",
                where=self.store.url(key.rel),
                hint="nothing was downloaded; retry",
            )

    # --- audit ------------------------------------------------------------------------------------------

    def audit(
        self,
        object_ids: Iterable[str] | None = None,
        *,
        record_events: bool = True,
        lock_timeout: float | None = 600.0,
        since: timedelta | None = None,
        jobs: int = 0,
        on_progress: Callable[[int, int | None, str], None] | None = None,
    ) -> AuditReport:
        """Audit every object (or those named): the report of :func:`archiver.repository.audit.audit`, every
        finding with its OCFL code, located by object, version and logical path (module docstring);
        ``since`` skips the objects whose last audit succeeded within that time; ``jobs`` objects are
        audited at once, in threads (0: :data:`AUDIT_THREADS`), as an audit waits on its GETs;
        ``on_progress(done, total, object_path)`` after each object (``total`` None: the root's listing,
        which streams, is not over).

        Every object is :meth:`audit_targets`, damaged ones included; named objects are found by the
        layout (§4.3)."""
        if object_ids is None:
            targets: Iterable[tuple[str, str | None]] = self.audit_targets()
        else:
            targets = [(self.object_path(i), i) for i in object_ids]
        cutoff = ev.utc_now() - since if since is not None else None
        return self.audit_at(
            targets,
            record_events=record_events,
            lock_timeout=lock_timeout,
            cutoff=cutoff,
            jobs=jobs,
            on_progress=on_progress,
        )

    def audit_targets(self) -> Iterator[tuple[str, str | None]]:
        """What an audit of the whole root audits, as the listing streams by (:meth:`iter_object_roots`, no
        request per object): (object root, None) for every folder holding an object declaration
        ``0=ocfl_object_1.x`` (§3.2, §4.3) and an ``inventory.json`` key, whether that inventory parses or
        not: one that does not is a damaged object, and the audit reports it. Its ID is read where it is
        audited. A root with a declaration but no ``inventory.json`` at all is an object still being
        created (or whose creation died before its commit point, module docstring of
        :mod:`archiver.repository.s3_ocfl`): no object yet (§3.5), left out, as the listing leaves it out."""
        for path in self.iter_object_roots(threads=AUDIT_THREADS):
            yield path, None

    def audit_at(
        self,
        targets: Iterable[tuple[str, str | None]],
        *,
        record_events: bool = True,
        lock_timeout: float | None = 600.0,
        cutoff: datetime | None = None,
        jobs: int = 1,
        on_progress: Callable[[int, int | None, str], None] | None = None,
    ) -> AuditReport:
        """Audit the objects at the given (object root, object ID) pairs, each by its root as listed, never
        re-mapped from its ID (a root the layout would not give that ID is audited where it is); the ID
        (None: read from the object's inventory) names the lock the audit event is written under. With a
        ``cutoff``, an object whose log records a successful audit since then is skipped (``--since``: one
        GET of its log, one of its inventory). The local audit and the cluster's workers both audit through
        here."""
        from archiver.workers import map_in_threads

        report = AuditReport(root=self.url, started=ev.rfc3339(ev.utc_now()))
        now = ev.utc_now()

        def audit_one(target: tuple[str, str | None]) -> ObjectAudit:
            op, object_id = target
            with self.requests.measure() as measured:
                audited = self._recent_audit(op, cutoff, now) if cutoff is not None else None
                if audited is None:
                    audited = self._audit_object(op, object_id, record_events, lock_timeout)
            outcome = "skipped" if audited.skipped_since else "intact" if audited.ok else "damaged"
            self.request_log.append(RequestRecord("audit", audited.object_id or op, outcome, dict(measured)))
            return audited

        threads = min(jobs or AUDIT_THREADS, MAX_THREADS)
        total = len(targets) if isinstance(targets, Sized) else None
        with contextlib.closing(map_in_threads(audit_one, targets, threads)) as arriving:
            for done, audited in enumerate(arriving, start=1):
                report.objects.append(audited)
                if on_progress is not None:
                    on_progress(done, total, audited.object_path)
        report.finished = ev.rfc3339(ev.utc_now())
        return report

    def _recent_audit(self, op: str, cutoff: datetime, now: datetime) -> ObjectAudit | None:
        """The object at ``op`` as ``audit --since`` leaves it, unchecked, when its log records a successful
        audit since ``cutoff`` (:func:`archiver.repository.events.checked_since`); None when it is due."""
        try:
            log = self.store.get(f"{op}/{EVENTS_KEY}")
        except ArchiverError:
            return None  # a log that cannot be read is no evidence of a check: due, as on disk
        last = ev.checked_since(ev.last_audit_in(ev.parse_events(log.data)) if log else None, cutoff, now)
        if last is None:
            return None
        found = self.store.get(f"{op}/{INVENTORY}")
        inventory = _loads(found.data) if found is not None else None
        inventory = inventory if isinstance(inventory, dict) else {}
        object_id, head = inventory.get("id"), inventory.get("head")
        return ObjectAudit(
            object_path=op,
            object_id=object_id if isinstance(object_id, str) else None,
            head=head if isinstance(head, str) else None,
            skipped_since=ev.rfc3339(last),
        )

    def _audit_object(
        self, op: str, object_id: str | None, record: bool, lock_timeout: float | None
    ) -> ObjectAudit:
        """One object, validated on its shadow (module docstring). A root inventory that does not parse
        is copied as it is, so the validator reports it with the spec's codes (§3.5: E033 and the like),
        and its content cannot be hashed (no manifest to hash it by)."""
        keys = {k.rel[len(op) + 1 :]: k for k in self.store.list(f"{op}/")[0]}
        with tempfile.TemporaryDirectory(prefix="archiver-s3-audit-", dir=self.workdir) as tmp:
            shadow = Path(tmp) / "object"
            shadow.mkdir()
            root = self.store.get(f"{op}/{INVENTORY}") if INVENTORY in keys else None
            inventory = _loads(root.data) if root is not None else None
            inventory = inventory if isinstance(inventory, dict) else None
            newest = version_number(inventory.get("head")) if inventory is not None else None
            for rel in sorted(keys):
                parts = rel.split("/")
                if any(p in ("", ".", "..") for p in parts):
                    continue
                number = version_number(parts[0])
                if number is not None and newest is not None and number > newest:
                    continue  # an uncommitted version's leftovers: no part of the object (module docstring)
                target = shadow.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                if rel == INVENTORY and root is not None:
                    target.write_bytes(root.data)
                elif number is not None and len(parts) > 2:
                    target.touch()  # content: hashed from S3 below, never stored here
                else:
                    fetched = self.store.get(f"{op}/{rel}")
                    target.write_bytes(fetched.data if fetched is not None else b"")
            result = validate_object(shadow, fixity=False)
            found = list(result.findings)
            files, size = self._hash_content(op, inventory, keys, found) if inventory is not None else (0, 0)
            identifier = result.object_id or object_id
            audited = ObjectAudit(
                object_path=op,
                object_id=identifier,
                head=result.head,
                files=files,
                bytes=size,
                issues=[locate(f, inventory, identifier, op) for f in found],
            )
            if record:
                audited.event_recorded = self._record_audit(op, identifier, audited, lock_timeout)
        return audited

    def _hash_content(
        self, op: str, inventory: Mapping[str, Any], keys: Mapping[str, Listed], found: list[Finding]
    ) -> tuple[int, int]:
        """Stream every stored file the root inventory lists and compare each digest it and its fixity block
        give (§3.5.2 E092, §3.5.4 E093); a missing file is the validator's finding already."""
        checks: dict[str, list[tuple[str, str, str]]] = {}
        blocks: list[tuple[Any, Any, str]] = [
            (inventory.get("digestAlgorithm"), inventory.get("manifest"), "E092")
        ]
        fixity = inventory.get("fixity")
        if isinstance(fixity, dict):
            blocks += [(name, block, "E093") for name, block in fixity.items()]
        for algorithm, block, code in blocks:
            if algorithm not in HASHERS or not isinstance(block, dict):
                continue
            for digest, paths in block.items():
                for path in paths if isinstance(paths, list) else ():
                    if isinstance(path, str) and isinstance(digest, str):
                        checks.setdefault(path, []).append((algorithm, digest.lower(), code))
        files = size = 0
        for path in sorted(checks):
            if path not in keys:
                continue
            hashers = {a: HASHERS[a]() for a in {c[0] for c in checks[path]}}
            chunks = self.store.stream(f"{op}/{path}")
            size += hash_and_copy(chunks or iter(()), hashers.values(), None)
            files += 1
            for algorithm, expected, code in checks[path]:
                actual = hashers[algorithm].hexdigest()
                if actual != expected:
                    message = f"its {algorithm} is {actual[:16]}..., the inventory says {expected[:16]}..."
                    found.append(finding(code, path, message))
        return files, size

    def _record_audit(
        self, op: str, object_id: str | None, audited: ObjectAudit, lock_timeout: float | None
    ) -> bool:
        """The audit's PREMIS fixity-check event appended to the object's log, under the object's lock (an
        object whose ID cannot be read: under a lock named by its root, which no writer takes, since no
        writer adds versions to an object whose inventory it cannot read)."""
        event = audit_event(audited)
        try:
            lock_name = object_id if object_id is not None else f"object root {op}"
            with ObjectLock(self.store, lock_name, wait=lock_timeout, stale_after=self.stale_after):
                earlier = self.store.get(f"{op}/{EVENTS_KEY}")
                old = earlier.data if earlier is not None else b""
                if old and not old.endswith(b"\n"):
                    old += b"\n"
                self.store.put(f"{op}/{EVENTS_KEY}", old + ev.encode_events([event]))
        except ArchiverError:
            return False
        return True


def object_roots_in(rels: Iterable[str]) -> Iterator[str]:
    """The object roots among a storage root's keys, given in UTF-8 binary order (as ListObjectsV2 lists
    them on S3 and Ceph): each folder holding both a ``0=ocfl_object_`` declaration (§4.3) and an
    ``inventory.json``, the root's ``extensions`` left out, in the order the listing reaches their ends.

    Every key under a folder ``p`` starts with ``p/``, so those keys are one unbroken run of a sorted
    listing: once a key outside it arrives, ``p`` holds nothing more, and is given out or dropped. Only the
    folders whose run is still open are held (the few above the current key). The keys directly in the
    root are the storage root's own files (§4.2), never an object's."""
    open_folders: dict[str, list[bool]] = {}  # folder -> [declared, has an inventory]

    def closed_by(rel: str) -> Iterator[str]:
        for folder in [f for f in open_folders if f and not rel.startswith(f + "/")]:
            declared, inventoried = open_folders.pop(folder)
            if declared and inventoried:
                yield folder

    previous = b""
    for rel in rels:
        if rel.encode("utf-8", "surrogatepass") <= previous:
            raise ArchiverError(
                "S3_LISTING_UNORDERED",
                f"the server listed {rel!r} after {previous.decode('utf-8', 'replace')!r}: not in UTF-8 binary "
                "order, so the root's objects cannot be found as its listing streams",
                hint="use a general-purpose bucket (S3 Express directory buckets list unordered)",
            )
        previous = rel.encode("utf-8", "surrogatepass")
        yield from closed_by(rel)
        if rel.startswith("extensions/"):
            continue
        parent, _, name = rel.rpartition("/")
        if name.startswith("0=ocfl_object_") or name == INVENTORY:
            marks = open_folders.setdefault(parent, [False, False])
            marks[0 if name != INVENTORY else 1] = True
    yield from closed_by("")


def _new_destination(dest: Path) -> Path:
    """``dest`` made absolute, refused where it exists or its parent is a file (as a local export does)."""
    dest = Path(dest).absolute()
    if dest.exists() or dest.is_symlink():
        raise UsageError(
            "EXPORT_EXISTS",
            "the export destination already exists; nothing was written",
            where=str(dest),
            hint="export into another folder, or remove this one first",
        )
    if dest.parent.exists() and not dest.parent.is_dir():
        raise UsageError(
            "EXPORT_OUTPUT_NOT_FOLDER", "the destination's parent is a file", where=str(dest.parent)
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    return dest


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None
