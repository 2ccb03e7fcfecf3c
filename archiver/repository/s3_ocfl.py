"""An OCFL 1.1 storage root on S3: ``s3://BUCKET/PREFIX`` holding the same keys a local root holds as files.

The storage root (OCFL 1.1 §4) is written exactly as :class:`~archiver.repository.ocfl.OcflRepository`
writes one on disk, byte for byte (the same functions write its fixed files and plan, encode and record
each version); S3 changes only how a version is published, since S3 has no rename::

    PREFIX/0=ocfl_1.1                                      root declaration (§4.2), written LAST by init
    PREFIX/ocfl_layout.json, extensions/0004-.../config.json   the layout (§4.1), 0004 by default
    PREFIX/archiver-workspace.md, extensions/archiver-workspace/config.json   our local extension (§4.4, §4.5)
    PREFIX/extensions/archiver-workspace/locks/<sha256(id)>.lock               one writer per object
    PREFIX/<layout path>/0=ocfl_object_1.1, inventory.json, inventory.json.sha512   an object (§3)
    PREFIX/<layout path>/vN/content/..., vN/inventory.json, vN/inventory.json.sha512
    PREFIX/<layout path>/logs/events.jsonl                 PREMIS events (§3.8 logs, not in the inventory)

**Publishing a version** (:meth:`S3OcflRepository.ingest`). The bag is validated and hashed locally as a
local ingest does (:mod:`~archiver.repository.intake`), the head inventory read (no lock: a root inventory
is replaced whole, and S3 reads after writes are strong) and the version planned
(:func:`~archiver.repository.commit.plan_next`); an unchanged bag ends here, nothing written. Otherwise,
under the object's lock (:class:`~archiver.repository.s3_ocfl_store.ObjectLock`): one LIST of the object
root (its inventory's ETag still the one read; leftover version directories of a writer that died before
its commit), the version staged locally (:func:`~archiver.repository.commit.build_object`), then uploaded
in the order that makes every prefix of it harmless: the new content (each one PUT with Content-MD5 and
``If-None-Match: *``), the declaration, ``vN/inventory.json`` (``If-None-Match: *``) and its sidecar, then
the root ``inventory.json``, **the commit point**, a compare-and-swap (``If-Match`` on the ETag of the
inventory the version was planned on, ``If-None-Match: *`` for a new object), and its sidecar last (§3.7:
the root inventory is the head's). Right before the commit the lock is refreshed, always: a writer whose
lock was taken over while it stalled stops there (``S3_OCFL_LOCK_LOST``). A conditional PUT answered 412
is a conflict only if the key does not hold the bytes sent: a write that succeeded, whose answer was lost
and which botocore retried, meets 412 too, and is carried on as written (the commit included). A crash before the commit point leaves the object as it was: the
version directory it left is not in any inventory, so readers never see it (:meth:`download_object`
leaves it out too) and the next writer deletes it (or reuses files with the right bytes). A crash between
the root inventory and its sidecar leaves a stale sidecar whose version twin, ``vN/inventory.json.sha512``,
proves the new inventory: readers take it, and the next writer rewrites the root sidecar. The root
inventory and its sidecar are then read back and compared with what was sent (a mismatch puts the previous
inventory back: ``INGEST_VERIFY_FAILED``), and the ingestion and fixity events appended to the log.

Every request is counted (:attr:`S3OcflRepository.requests`) and each ingest's, export's and audit's are
kept in :attr:`S3OcflRepository.request_log`. :mod:`archiver.repository.s3_ocfl_read` holds the reading
side: list, show, export, audit, download.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError, InternalError, UsageError
from archiver.formats.ocfl.layouts import (
    DEFAULT_LAYOUT,
    LAYOUT_FILE,
    LAYOUTS,
    Layout,
    LayoutError,
    make_layout,
    read_root_layout,
)
from archiver.formats.ocfl.reading import parse_sidecar
from archiver.formats.ocfl.structure import (
    CONTENT_DIR,
    DIGEST_ALGORITHM,
    FIXITY_ALGORITHM,
    INVENTORY,
    OCFL_VERSION,
    ROOT_DECLARATION,
    object_declaration,
    sidecar_name,
    spec_of_type,
    version_number,
)
from archiver.formats.ocfl.versions import StagedFile, VersionMeta, VersionPlan
from archiver.repository import events as ev
from archiver.repository.commit import build_object, make_receipt, plan_next
from archiver.repository.ingest_options import (
    IngestOptions,
    check_batch,
    check_object_id,
    check_user_address,
    default_user_address,
    default_user_name,
)
from archiver.repository.intake import Intake, SourceUnreadable, object_id_of, stage_bag
from archiver.repository.ocfl import write_root_files
from archiver.repository.results import IngestResult, InvalidBagError, Outcome, RepositoryError
from archiver.repository.s3_ocfl_read import EVENTS_KEY, Head, RequestRecord, S3OcflReader, _loads
from archiver.repository.s3_ocfl_store import (
    DEFAULT_STALE_AFTER_S,
    Listed,
    ObjectLock,
    PreconditionFailed,
    RequestCounter,
    S3Store,
    file_md5,
)
from archiver.s3.client import (
    FATAL_CODES,
    MAX_THREADS,
    S3Options,
    S3UsageError,
    make_client,
    parse_s3_url,
    s3_options_from_env,
)

__all__ = ["INGEST_THREADS", "RequestRecord", "S3OcflRepository"]

#: Ingests at once in one process by default: each waits on a score of requests of some milliseconds
#: and computes about 4 ms (validation, hashing), so threads, not cores, set the pace (docs/scaling.md).
INGEST_THREADS = 16


class S3OcflRepository(S3OcflReader):
    """An OCFL 1.1 storage root under ``s3://bucket/prefix`` (:meth:`init` makes one, :meth:`open` opens it).

    ``stale_after`` is how long a writer's lock may go unrefreshed before another writer takes it over
    (:mod:`archiver.repository.s3_ocfl_store`); ``workdir`` where bags are staged locally (default: the
    system's temporary folder).
    """

    def __init__(
        self,
        store: S3Store,
        *,
        layout: Layout | None,
        spec: str = OCFL_VERSION,
        layout_problem: str | None = None,
        stale_after: float = DEFAULT_STALE_AFTER_S,
        workdir: Path | None = None,
    ) -> None:
        super().__init__(store, layout=layout, layout_problem=layout_problem, workdir=workdir)
        self.spec = spec
        self.stale_after = stale_after

    # --- creating and opening ---------------------------------------------------------------------------

    @staticmethod
    def connect(
        url: str,
        *,
        options: S3Options | None = None,
        client: Any = None,
        counter: RequestCounter | None = None,
    ) -> S3Store:
        """The keys under ``url`` (``s3://BUCKET/PREFIX``), through ``client`` or one made from ``options``
        (default: the AWS environment, :func:`~archiver.s3.client.s3_options_from_env`)."""
        bucket, prefix = parse_s3_url(url)
        if client is None:
            client = make_client(options if options is not None else s3_options_from_env())
        return S3Store(client, bucket, prefix, counter or RequestCounter())

    @classmethod
    def init(
        cls,
        url: str,
        *,
        options: S3Options | None = None,
        client: Any = None,
        layout: str = DEFAULT_LAYOUT,
        layout_config: Mapping[str, Any] | None = None,
        stale_after: float = DEFAULT_STALE_AFTER_S,
        workdir: Path | None = None,
    ) -> S3OcflRepository:
        """Create an empty storage root under ``url``; an existing one is opened as it is.

        The fixed files are those :class:`~archiver.repository.ocfl.OcflRepository` writes on disk, made by
        the same function; the root declaration goes last, since until it is there the prefix is no storage
        root (§4.2), so an interrupted init is finished by the next. A prefix holding anything else is
        refused (``S3_OCFL_NOT_EMPTY``) so that nothing of the user's is mixed into a repository.
        """
        store = cls.connect(url, options=options, client=client)
        if store.get(ROOT_DECLARATION) is not None:
            return cls._opened(store, stale_after=stale_after, workdir=workdir)
        try:
            chosen = make_layout(layout, layout_config)
        except LayoutError as exc:
            raise UsageError(
                "REPO_LAYOUT_UNSUPPORTED", str(exc), hint=f"known layouts: {', '.join(LAYOUTS)}"
            ) from None
        with tempfile.TemporaryDirectory(prefix="archiver-s3-root-") as tmp:
            write_root_files(Path(tmp), chosen, durable=False)
            files = {
                p.relative_to(tmp).as_posix(): p.read_bytes()
                for p in sorted(Path(tmp).rglob("*"))
                if p.is_file()
            }
        present = {k.rel: k.etag for k in store.list("", limit=1000)[0]}
        foreign = sorted(
            r for r, etag in present.items() if hashlib.md5(files.get(r, b"?")).hexdigest() != etag
        )
        if foreign or len(present) > len(files):
            if ROOT_DECLARATION in present:  # another init finished meanwhile, and has been written to since
                return cls._opened(store, stale_after=stale_after, workdir=workdir)
            raise S3UsageError(
                "S3_OCFL_NOT_EMPTY",
                f"not an OCFL storage root (no {ROOT_DECLARATION}), and not empty: it holds {foreign[:1] or 'keys'}",
                where=store.url(),
                hint="choose a new or empty prefix",
            )
        for rel in sorted(files, key=lambda r: r == ROOT_DECLARATION):
            if rel in present:
                continue  # an interrupted init wrote it, with these bytes
            try:
                store.put(rel, files[rel], if_none_match=True)
            except PreconditionFailed:  # another init at the same time: fine if it wrote the same bytes
                head = store.head(rel)
                if head is None or head.get("ETag", "").strip('"') != hashlib.md5(files[rel]).hexdigest():
                    raise S3UsageError(
                        "S3_OCFL_NOT_EMPTY", f"another writer put a different {rel} here", where=store.url()
                    ) from None
        return cls._opened(store, stale_after=stale_after, workdir=workdir)

    @classmethod
    def open(
        cls,
        url: str,
        *,
        options: S3Options | None = None,
        client: Any = None,
        counter: RequestCounter | None = None,
        stale_after: float = DEFAULT_STALE_AFTER_S,
        workdir: Path | None = None,
    ) -> S3OcflRepository:
        """Open the storage root under ``url``: a prefix without ``0=ocfl_1.1`` is none (``S3_NOT_OCFL_ROOT``).
        ``counter``: the one already hooked on ``client``, for a client shared by many opens (a new one
        would add a hook to it each time)."""
        store = cls.connect(url, options=options, client=client, counter=counter)
        return cls._opened(store, stale_after=stale_after, workdir=workdir)

    @classmethod
    def _opened(cls, store: S3Store, *, stale_after: float, workdir: Path | None) -> S3OcflRepository:
        declaration = store.get(ROOT_DECLARATION)
        if declaration is None or declaration.data != f"ocfl_{OCFL_VERSION}\n".encode():
            raise S3UsageError(
                "S3_NOT_OCFL_ROOT",
                f"not an OCFL {OCFL_VERSION} storage root: "
                + ("no " if declaration is None else "an unexpected ")
                + f"{ROOT_DECLARATION} (OCFL 1.1 §4.2)",
                where=store.url(),
                hint="create one with S3OcflRepository.init",
            )
        layout, problem = _read_layout(store)
        return cls(store, layout=layout, layout_problem=problem, stale_after=stale_after, workdir=workdir)

    # --- ingest -----------------------------------------------------------------------------------------

    def ingest(
        self,
        bag: Path,
        *,
        message: str | None = None,
        user_name: str | None = None,
        user_address: str | None = None,
        validate: bool = True,
        lock_timeout: float | None = 600.0,
        object_id: str | None = None,
    ) -> IngestResult:
        """Ingest one bag as the next version of its object (the arguments of
        :meth:`~archiver.repository.ocfl.OcflRepository.ingest`); raises its ArchiverError on failure.

        ``lock_timeout`` is how long to wait for another writer of the object (0: fail at once with
        ``S3_OCFL_LOCKED``)."""
        options = IngestOptions(
            message=message,
            user_name=user_name,
            user_address=user_address,
            validate=validate,
            lock_timeout=lock_timeout,
            object_id=object_id,
        )
        return self.ingest_one(bag, options)

    def ingest_many(
        self,
        bags: Sequence[Path],
        *,
        jobs: int = 0,
        on_result: Callable[[Path, IngestResult], None] | None = None,
        **options: Any,
    ) -> list[IngestResult]:
        """Ingest bags side by side in ``jobs`` threads (0: :data:`INGEST_THREADS`), since an ingest into
        S3 waits on its requests far more than it computes; results in input order, ``on_result`` called
        in that order. Bags naming one object go one after the other in one thread, in the order given, so
        that their versions are numbered in that order. A failure is a result with its ``error`` and never
        stops the others, except an error that dooms them all (no credentials, endpoint down:
        ``FATAL_CODES``): the bags not yet started then fail with it."""
        from archiver.repository.ingest_workers import in_input_order, object_groups
        from archiver.workers import map_in_threads

        chosen = IngestOptions(**options)
        check_batch(chosen, len(bags))
        paths = [Path(bag) for bag in bags]
        doomed: list[ArchiverError] = []
        stop = threading.Event()  # the run ended early (Ctrl-C, an error): a group stops between bags

        def ingest_group(group: list[int]) -> list[tuple[int, IngestResult]]:
            done: list[tuple[int, IngestResult]] = []
            for index in group:
                if stop.is_set():
                    break
                if doomed:
                    result = IngestResult.failure(paths[index], doomed[0])
                else:
                    result, fatal = self.ingest_each(paths[index], chosen)
                    if fatal is not None:
                        doomed.append(fatal)
                done.append((index, result))
            return done

        results: list[IngestResult] = []
        groups = object_groups(paths) if len(paths) > 1 else [[0]] if paths else []
        threads = min(jobs or INGEST_THREADS, MAX_THREADS)
        arriving = map_in_threads(ingest_group, groups, threads, stop=stop)
        with contextlib.closing(arriving):
            for result in in_input_order(arriving):
                results.append(result)
                if on_result is not None:
                    on_result(paths[len(results) - 1], result)
        return results

    def ingest_each(self, bag: Path, options: IngestOptions) -> tuple[IngestResult, ArchiverError | None]:
        """One bag of many: its result (a failure as a result), and the error when it dooms the bags after
        it (``FATAL_CODES``: no credentials, endpoint down)."""
        try:
            return self.ingest_one(bag, options), None
        except ArchiverError as exc:
            return IngestResult.failure(bag, exc), exc if exc.code in FATAL_CODES else None
        except Exception as exc:  # a bug met on this bag only: reported, the others go on
            return IngestResult.failure(bag, InternalError.of(exc, where=str(bag))), None

    def ingest_one(self, bag: Path, options: IngestOptions) -> IngestResult:
        """One bag, validated and staged locally, then published as described in the module docstring."""
        started = ev.utc_now()
        bag = Path(bag).absolute()
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(options.user_address)
        if options.object_id is not None:
            check_object_id(options.object_id)
        self.check_writable()
        intake = Intake(bag, None)
        with self.requests.measure() as measured:
            try:
                with tempfile.TemporaryDirectory(prefix="archiver-s3-ocfl-", dir=self.workdir) as tmp:
                    result = self._ingest(bag, intake, options, Path(tmp), started)
            finally:
                intake.release()
        self.request_log.append(RequestRecord("ingest", result.object_id, result.outcome, dict(measured)))
        return result

    def check_writable(self) -> Layout:
        """The layout new objects are written in (``REPO_LAYOUT_UNSUPPORTED`` when the root has none)."""
        if self.layout is not None:
            return self.layout
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED",
            f"will not add objects to this storage root: {self.layout_problem or 'no usable layout'}",
            where=self.url,
        )

    def _ingest(
        self, bag: Path, intake: Intake, options: IngestOptions, tmp: Path, started: Any
    ) -> IngestResult:
        id_error: InvalidBagError | None = None
        object_id = ""
        try:
            object_id = object_id_of(intake, options.object_id)
        except InvalidBagError as exc:
            id_error = exc  # reported after the findings, which say more about a bag without bag-info.txt
        stage_bag(intake, validate=options.validate)  # INGEST_INVALID_BAG before any request is sent
        if id_error is not None:
            raise id_error
        meta = VersionMeta(
            created=ev.rfc3339(ev.utc_now()),
            message=options.message or f"Ingest of bag {bag.name}",
            user_name=options.user_name or default_user_name(),
            user_address=options.user_address or default_user_address(),
        )
        files = [
            StagedFile(path, taken.digests[DIGEST_ALGORITHM], taken.digests[FIXITY_ALGORITHM], taken.size)
            for path, taken in sorted(intake.taken.items())
        ]
        id_given = options.object_id is not None
        op = self.object_path(object_id)
        head = self.read_head(op, object_id)
        plan = self._plan(head, object_id, files, meta, op)
        if plan.unchanged:
            return self._result(bag, op, plan, files, "unchanged", started, id_given)
        with ObjectLock(
            self.store, object_id, wait=options.lock_timeout, stale_after=self.stale_after
        ) as lock:
            top, folders = self.store.list(f"{op}/", delimiter=True)
            root_etag = next((k.etag for k in top if k.rel == f"{op}/{INVENTORY}"), None)
            if root_etag != head.etag or head.sidecar_stale:  # committed meanwhile, or to be repaired
                head = self.read_head(op, object_id, repair=True)
                plan = self._plan(head, object_id, files, meta, op)
                if plan.unchanged:
                    return self._result(bag, op, plan, files, "unchanged", started, id_given)
            staged = tmp / "object"
            self._stage(staged, intake, plan, files, bag, head.inventory)
            sent = build_object(staged, head.inventory, plan, bag, len(files), id_given=id_given)
            self._publish(op, staged, plan, head, folders, lock, sent)
            self._verify(op, plan, head, sent)
            self._record_ingest(op, staged, plan, head)
        outcome: Outcome = "created" if head.inventory is None else "updated"
        return self._result(bag, op, plan, files, outcome, started, id_given)

    def _plan(
        self, head: Head, object_id: str, files: list[StagedFile], meta: VersionMeta, op: str
    ) -> VersionPlan:
        try:
            return plan_next(head.inventory, object_id, files, meta, spec=self.spec, live=Path(op))
        except RepositoryError as exc:
            raise RepositoryError(exc.code, exc.message, where=self.store.url(op), hint=exc.hint) from None

    def _result(
        self,
        bag: Path,
        op: str,
        plan: VersionPlan,
        files: list[StagedFile],
        outcome: Outcome,
        started: Any,
        id_given: bool,
    ) -> IngestResult:
        """The result, with the receipt a local ingest writes (kept in the result, not stored: the object's
        log has the ingestion event)."""
        receipt = make_receipt(bag, op, plan, files, outcome, started, id_given=id_given)
        return IngestResult(
            bag=bag,
            object_id=plan.inventory["id"],
            version=plan.version,
            outcome=outcome,
            object_path=op,
            files=len(files),
            stored=0 if outcome == "unchanged" else len(plan.store),
            receipt=receipt,
        )

    def _stage(
        self,
        staged: Path,
        intake: Intake,
        plan: VersionPlan,
        files: list[StagedFile],
        bag: Path,
        previous: Mapping[str, Any] | None,
    ) -> None:
        """The new version's content, copied from the bytes that were validated (as a local update stages
        it), and the old declaration where this version raises the object's spec (§3.7.1), which
        :func:`~archiver.repository.commit.build_object` replaces."""
        version_dir = staged / plan.version
        version_dir.mkdir(parents=True)
        if plan.store:
            content = version_dir / plan.inventory.get("contentDirectory", CONTENT_DIR)
            content.mkdir()
            sha512 = {f.logical_path: f.sha512 for f in files}
            for logical in plan.store:
                try:
                    intake.put(logical, os.fspath(content), sha512[logical])
                except SourceUnreadable as exc:
                    raise InvalidBagError(
                        "INGEST_CHECKSUM_MISMATCH", exc.why, where=str(bag / logical)
                    ) from None
        before = spec_of_type(previous["type"]) if previous is not None else None
        if before is not None and before != spec_of_type(plan.inventory["type"]):
            (staged / object_declaration(before)).write_bytes(f"ocfl_object_{before}\n".encode())

    def _publish(
        self,
        op: str,
        staged: Path,
        plan: VersionPlan,
        head: Head,
        folders: list[str],
        lock: ObjectLock,
        sent: tuple[bytes, bytes],
    ) -> None:
        """Upload the staged version in the order of the module docstring; the root inventory commits it."""
        version, algorithm = plan.version, plan.algorithm
        wanted = {f"{op}/{path}": path for path in plan.store.values()}
        leftovers = self._clear_leftovers(op, version, head, folders, set(wanted))
        manifest_digest = {
            path: digest for digest, paths in plan.inventory["manifest"].items() for path in paths
        }
        for rel, content_path in sorted(wanted.items()):
            local = staged / content_path
            md5, digest, size = file_md5(local, algorithm)
            if digest != manifest_digest[content_path].lower():  # the staged copy is not what was planned
                raise RepositoryError(
                    "INGEST_VERIFY_FAILED",
                    f"the staged copy of {content_path} no longer has its {algorithm}; nothing was committed",
                    where=str(local),
                    hint="check the local disk and ingest again",
                )
            if leftovers.get(rel) == md5.hex():
                continue  # left by an interrupted run of this same version, with these very bytes
            lock.refresh_if_due()  # a writer that stalled past stale_after stops here, having written nothing
            try:
                if rel in leftovers:
                    self.store.put_file(rel, local, md5, size, if_match=leftovers[rel])
                else:
                    self.store.put_file(rel, local, md5, size, if_none_match=True)
            except PreconditionFailed:
                if not self._holds(rel, md5.hex()):  # not our own PUT retried after a lost answer
                    raise _conflict(
                        self.store.url(rel), f"{content_path} was written by another writer"
                    ) from None
        before = spec_of_type(head.inventory["type"]) if head.inventory is not None else None
        after = spec_of_type(plan.inventory["type"]) or OCFL_VERSION
        if before != after:  # a new object (§3.2), or one this version raises to the root's spec (§3.7.1)
            declaration = object_declaration(after)
            self.store.put(f"{op}/{declaration}", (staged / declaration).read_bytes())
        lock.refresh_if_due()
        data, sidecar = sent
        name = sidecar_name(algorithm)
        try:
            self.store.put(f"{op}/{version}/{INVENTORY}", data, if_none_match=True)
        except PreconditionFailed:
            if not self._holds(f"{op}/{version}/{INVENTORY}", hashlib.md5(data).hexdigest()):
                raise _conflict(self.store.url(op), f"another writer is writing {version}") from None
        self.store.put(f"{op}/{version}/{name}", sidecar)
        # The fence, always, right before the commit: a writer that stalled while its lock was taken over
        # stops here with S3_OCFL_LOCK_LOST (Implementation Notes §3.7), whatever time its clock says.
        lock.refresh()
        try:  # the commit point: a compare-and-swap on the inventory this version was planned on
            if head.etag is None:
                self.store.put(f"{op}/{INVENTORY}", data, if_none_match=True)
            else:
                self.store.put(f"{op}/{INVENTORY}", data, if_match=head.etag)
        except PreconditionFailed:
            # Our own commit, retried by botocore after its answer was lost, meets 412 too: the root
            # inventory holding the very bytes we sent is committed (§3.5: the root inventory is the head).
            committed = self.store.get(f"{op}/{INVENTORY}")
            if committed is None or committed.data != data:
                raise _conflict(
                    self.store.url(op), f"another writer committed a version first; {version} was not"
                ) from None
        self.store.put(f"{op}/{name}", sidecar)
        if before is not None and before != after:
            self.store.delete(f"{op}/{object_declaration(before)}")

    def _holds(self, rel: str, md5_hex: str) -> bool:
        """Whether ``rel`` holds the bytes of MD5 ``md5_hex`` (its single-PUT ETag): a conditional PUT that
        met 412 while the key has our bytes is our own write, retried after its answer was lost."""
        found = self.store.head(rel)
        return found is not None and str(found.get("ETag", "")).strip('"') == md5_hex

    def _clear_leftovers(
        self, op: str, version: str, head: Head, folders: list[str], wanted: set[str]
    ) -> dict[str, str]:
        """Delete what writers that died before their commit left in version directories no inventory lists
        (§3.5.3: not part of the object; under the lock no one else writes them). Content of this very
        version with the bytes about to be sent is kept: key -> ETag of what is kept or to be replaced."""
        current = version_number(head.inventory["head"]) if head.inventory is not None else 0
        kept: dict[str, str] = {}
        doomed: list[str] = []
        for folder in folders:
            number = version_number(folder.rstrip("/").rsplit("/", 1)[-1])
            if number is None or number <= (current or 0):
                continue
            keys: list[Listed] = self.store.list(folder)[0]
            for key in keys:
                if key.rel in wanted:
                    kept[key.rel] = key.etag
                else:
                    doomed.append(key.rel)
        self.store.delete_many(doomed)
        return kept

    def _verify(self, op: str, plan: VersionPlan, head: Head, sent: tuple[bytes, bytes]) -> None:
        """Read the root inventory and its sidecar back: the bytes sent, the sidecar the inventory's digest.
        Otherwise the previous inventory goes back (the object is left at its previous version)."""
        data, sidecar = sent
        name = sidecar_name(plan.algorithm)
        back = self.store.get(f"{op}/{INVENTORY}")
        back_side = self.store.get(f"{op}/{name}")
        digest = hashlib.new(plan.algorithm, back.data if back else b"").hexdigest()
        if (
            back is not None
            and back_side is not None
            and back.data == data
            and back_side.data == sidecar
            and parse_sidecar(back_side.data.decode("ascii", "replace")) == digest
        ):
            return
        if head.inventory is None:
            self.store.delete_many([f"{op}/{INVENTORY}", f"{op}/{name}"])
        else:
            self.store.put(f"{op}/{INVENTORY}", head.data)
            self.store.put(f"{op}/{sidecar_name(head.inventory['digestAlgorithm'])}", head.sidecar)
        raise RepositoryError(
            "INGEST_VERIFY_FAILED",
            f"the root inventory read back is not the one written; {plan.version} was rolled back",
            where=self.store.url(op),
            hint="the object was left at its previous version; check the storage",
        )

    def _record_ingest(self, op: str, staged: Path, plan: VersionPlan, head: Head) -> None:
        """Append the ingestion event (written by build_object into the staged log) and a fixity event for
        the verification to the object's log, under the lock, so no event of another writer is lost."""
        new = (staged / EVENTS_KEY).read_bytes()
        detail = (
            f"re-read the root inventory and its sidecar; the {len(plan.store)} files stored in {plan.version} "
            "were each accepted with the Content-MD5 of the bytes checked and answered with its ETag"
        )
        event = ev.make_event("fixity check", "success", detail, object_version=plan.version)
        earlier = self.store.get(f"{op}/{EVENTS_KEY}") if head.inventory is not None else None
        old = earlier.data if earlier is not None else b""
        if old and not old.endswith(b"\n"):
            old += b"\n"  # a torn last line stays torn (read_events skips it), the next ones stay whole
        self.store.put(f"{op}/{EVENTS_KEY}", old + new + ev.encode_events([event]))


def _conflict(where: str, what: str) -> ArchiverError:
    return ArchiverError(
        "S3_OCFL_CONFLICT",
        f"{what}: two writers of one object (a lock taken over from a writer still alive); nothing was committed",
        where=where,
        hint="ingest the bag again: it becomes the next version, or is found unchanged",
    )


def _read_layout(store: S3Store) -> tuple[Layout | None, str | None]:
    """The root's layout, read by the local reader (:func:`~archiver.formats.ocfl.layouts.read_root_layout`)
    from copies of ``ocfl_layout.json`` and the extension's ``config.json`` (§4.1)."""
    described = store.get(LAYOUT_FILE)
    if described is None:
        return None, "it declares no storage layout (no ocfl_layout.json)"
    document = _loads(described.data)
    extension = document.get("extension") if isinstance(document, dict) else None
    with tempfile.TemporaryDirectory(prefix="archiver-s3-layout-") as tmp:
        Path(tmp, LAYOUT_FILE).write_bytes(described.data)
        if isinstance(extension, str) and extension.replace("-", "").isalnum():
            config = store.get(f"extensions/{extension}/config.json")
            if config is not None:
                Path(tmp, "extensions", extension).mkdir(parents=True)
                Path(tmp, "extensions", extension, "config.json").write_bytes(config.data)
        try:
            return read_root_layout(Path(tmp)), None
        except LayoutError as exc:
            return None, str(exc)
