"""The ingest pipeline: bags taken in, staged, flushed, committed and reported in groups, under locks.

An ingest, step by step (:class:`Batch`): the bag is validated while it is copied into a staging folder,
every file read once (:mod:`archiver.repository.intake`); a refused bag's staging folder is removed, so
nothing of it reaches the repository. Under the object's lock the head inventory is read, the version
planned and the object staged complete (:mod:`archiver.repository.commit`). Then one flush (``syncfs``)
makes the staged objects durable, each is committed by a rename, re-read through its live path and checked
against its inventory, its fixity event and receipt are written, and a second flush makes all that durable
before success is reported and the locks are released. Bags go through in groups (up to
:data:`GROUP_SIZE`), so the flushes, which dominate the cost of an ingest of a small bag, are shared by
the group, and in a long run one flush serves two groups while the next is staged; a single ingest is a
group of one. Worker processes each run one such pipeline (:mod:`archiver.repository.ingest_workers`).

This module holds the order of the steps and the locks; the steps themselves are in ``intake`` (the bag)
and ``commit`` (the object), so that each can be read, and crash-tested, on its own.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import staging
from archiver.commit_pipeline import CommitPipeline
from archiver.errors import ArchiverError, InternalError, UsageError
from archiver.formats.ocfl.structure import CONTENT_DIR, DIGEST_ALGORITHM, FIXITY_ALGORITHM
from archiver.formats.ocfl.versions import StagedFile, VersionMeta, VersionPlan
from archiver.repository import events as ev
from archiver.repository.commit import (
    build_object,
    commit_object,
    drop_unneeded,
    flush,
    head_inventory,
    link_previous,
    make_receipt,
    new_stage,
    plan_next,
    recover_aside,
    roll_back,
    verify_version,
    write_receipt,
)
from archiver.repository.ingest_options import (
    IngestOptions,
    check_user_address,
    default_user_address,
    default_user_name,
)
from archiver.repository.intake import Intake, SourceUnreadable, object_id_of, stage_bag
from archiver.repository.locking import LockSet
from archiver.repository.results import IngestResult, InvalidBagError, Outcome, RepositoryError

if TYPE_CHECKING:
    from archiver.repository.ocfl import OcflRepository

__all__ = ["GROUP_BYTES", "GROUP_SIZE", "Batch", "OnResult", "ingest_bags"]

#: Bags one process flushes and commits together (one ``syncfs`` per group in a long run, not two per bag), and
#: the most content bytes such a group stages before it is committed (docs/benchmarks.md has the figures
#: behind 16).
GROUP_SIZE = 16
GROUP_BYTES = 256 * 1024 * 1024

OnResult = Callable[[Path, IngestResult | ArchiverError], None]


def ingest_bags(
    repo: OcflRepository,
    bags: Sequence[Path],
    options: IngestOptions,
    *,
    on_result: OnResult | None = None,
) -> list[IngestResult | ArchiverError]:
    """Ingest bags one after the other in this process, in groups flushed and committed together."""
    batch = Batch(repo, list(bags), options, on_result)
    try:
        for index in range(len(bags)):
            batch.add(index)
        batch.finish()
    finally:
        batch.abandon()
    return batch.collected()


@dataclass(eq=False)
class _Job:
    """One bag on its way in: taken in (validated, copied), staged under its object's lock, committed."""

    index: int
    bag: Path
    started: datetime
    object_id: str = ""
    id_given: bool = False  # the object ID came from the caller (ingest --id), not the bag's bag-info.txt
    live: Path = Path()
    aside: Path = Path()  # where a move-aside commit parks the live object (filesystems without exchange)
    intake: Intake | None = None
    stage: Path | None = None  # the staging folder the bag was copied into (a new object's future root)
    meta: VersionMeta | None = None
    files: list[StagedFile] = field(default_factory=list)
    previous: dict[str, Any] | None = None
    plan: VersionPlan | None = None
    staged: Path | None = None  # the complete object, ready to be committed (None: unchanged)
    inventory_bytes: tuple[bytes, bytes] = (b"", b"")

    def discard(self) -> None:
        """Remove whatever of this bag is still in the staging area (never the live object)."""
        for folder in (self.stage, self.staged):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self.stage = self.staged = None
        if self.intake is not None:
            self.intake.release()


#: A group being staged or flushed: its bags, and the objects whose locks it holds.
_Group = tuple[list["_Job"], set[str]]


def _discard_group(group: _Group) -> None:
    for job in group[0]:
        job.discard()


@dataclass
class _Committed:
    """A group committed (objects live, events and receipts written) but not yet known to be on disk."""

    done: list[tuple[_Job, IngestResult | ArchiverError]]
    ids: set[str]  # the objects it locked, released once it is reported

    def durable_paths(self) -> tuple[list[Path], list[Path]]:
        """The live objects changed and the receipts written: what the next flush must cover."""
        written = [(job, r) for job, r in self.done if isinstance(r, IngestResult)]
        lives = [job.live for job, r in written if r.outcome != "unchanged"]
        files = [r.receipt_path for _job, r in written if r.receipt_path is not None]
        return lives, files


class Batch:
    """Bags ingested one after the other by one process, in groups that share their flushes.

    Each bag is taken in (validated while it is copied into the staging area, :mod:`~archiver.repository.intake`), then, under
    its object's lock, its object is staged complete (inventories, event). When the group is full (or a bag
    needs a lock the group cannot take without waiting, or names an object already in the group), the group
    goes down the flush pipeline of :meth:`finish`: flushed, committed (renamed into place, re-read against
    its inventory, fixity event and receipt written), flushed again, and only then are the results reported
    and the locks released. Each flush is one ``syncfs`` for two groups, running while the next group is
    staged: for small bags the flushes are most of an ingest's cost, so they are shared.

    The guarantees of a single ingest hold for each bag: nothing of an invalid bag reaches the repository,
    nothing is committed before it is on disk, no success is reported before the commit, the re-read, the
    event and the receipt are on disk, and no object is written without its lock.
    """

    def __init__(
        self,
        repo: OcflRepository,
        bags: list[Path],
        options: IngestOptions,
        on_result: OnResult | None,
        *,
        keep_results: bool = True,
    ) -> None:
        self.repo = repo
        # Bags by index, and results finished but not yet delivered (all of them with ``keep_results``; a
        # worker of a long run keeps none once sent, so its memory does not grow with the run).
        self.bags: dict[int, Path] = dict(enumerate(bags))
        self.added = len(bags)
        self.options = options
        self.on_result = on_result
        self.keep_results = keep_results
        self.results: dict[int, IngestResult | ArchiverError] = {}
        self.delivered = 0
        self.pending: list[_Job] = []
        self.ids: set[str] = set()
        self.bytes = 0
        self.locks = LockSet(repo.workspace / "locks")
        self.pipeline: CommitPipeline[_Group, _Committed] = CommitPipeline(
            durable=repo.durable,
            commit=self._commit_group,
            report=self._report,
            flush=self._flush_plan,
            discard=_discard_group,
        )
        self.cleaned = False
        self.user_name: str = options.user_name or default_user_name()
        self.user_address: str = options.user_address or default_user_address()

    # --- one bag --------------------------------------------------------------------------------------

    def append(self, bag: Path) -> int:
        """Take one more bag into the run; its index, for :meth:`add`."""
        index = self.added
        self.bags[index] = bag
        self.added += 1
        return index

    def add(self, index: int) -> None:
        job = _Job(index, Path(self.bags[index]).absolute(), ev.utc_now())
        try:
            self._take_in(job)
            self._lock(job)
            self._stage(job)
        except ArchiverError as exc:
            job.discard()
            self.results[index] = exc
            self._deliver()
            return
        except OSError:  # the storage itself (full, read-only): every bag after this one would meet it too
            job.discard()
            raise
        except Exception as exc:  # a bug met on this bag only, before the object was touched (issue 19)
            job.discard()
            self.results[index] = InternalError.of(exc, where=str(job.bag))
            self._deliver()
            return
        except BaseException:
            job.discard()
            raise
        self.pending.append(job)
        self.bytes += sum(f.size for f in job.files)
        if len(self.pending) >= GROUP_SIZE or self.bytes >= GROUP_BYTES:
            self.finish(wait=False)

    def _take_in(self, job: _Job) -> None:
        """Validate the bag while copying it into a staging folder (a new object) or hashing it (an update).

        No lock is needed yet: nothing here touches an object, and the staging folder is this process's own.
        """
        bag, options, repo = job.bag, self.options, self.repo
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(options.user_address)
        if not self.cleaned:
            staging.cleanup_stale(repo.workspace)
            self.cleaned = True
        intake = job.intake = Intake(bag, None)
        id_error: InvalidBagError | None = None
        given = options.object_id
        job.id_given = given is not None
        try:
            job.object_id = object_id_of(intake, given)
        except InvalidBagError as exc:
            id_error = exc  # reported after the findings, which say more about a bag without bag-info.txt
        else:
            job.live = repo.object_root(job.object_id)
            job.aside = repo.workspace / f"aside-{job.live.name}"
            # A new object, most likely: copy straight to where v1 goes. In a repository still to be made
            # (for_ingest), the bag is only hashed until it passes: the root is made after, not before.
            if not repo.pending and not os.path.lexists(job.live):
                job.stage = new_stage(repo.workspace, job.live.name[:16])
                content = job.stage / "v1" / CONTENT_DIR
                os.mkdir(content.parent)
                os.mkdir(content)
                intake.dest = content
        stage_bag(intake, validate=options.validate)
        if id_error is not None:
            raise id_error
        if repo.pending:
            repo.ensure_root()
            job.live = repo.object_root(job.object_id)  # the root's own layout, if another process made it
            job.aside = repo.workspace / f"aside-{job.live.name}"
        job.meta = VersionMeta(
            created=ev.rfc3339(ev.utc_now()),
            message=options.message or f"Ingest of bag {bag.name}",
            user_name=self.user_name,
            user_address=self.user_address,
        )
        job.files = [
            StagedFile(path, taken.digests[DIGEST_ALGORITHM], taken.digests[FIXITY_ALGORITHM], taken.size)
            for path, taken in sorted(intake.taken.items())
        ]

    def _lock(self, job: _Job) -> None:
        """Take the object's lock: without waiting while the group holds others, else after finishing it."""
        if (
            job.object_id in self.ids
            or job.object_id in self._in_flight()
            or not self.locks.try_add(job.object_id)
        ):
            self.finish()  # every group reported, every lock released
            self.locks.add(job.object_id, timeout=self.options.lock_timeout)
        self.ids.add(job.object_id)

    def _stage(self, job: _Job) -> None:
        """Under the object's lock: read its head, plan the version and stage the complete object."""
        assert job.intake is not None and job.meta is not None
        live, intake = job.live, job.intake
        recover_aside(live, job.aside)
        previous = job.previous = head_inventory(live, job.object_id)
        plan = job.plan = plan_next(
            previous, job.object_id, job.files, job.meta, spec=self.repo.spec, live=live
        )
        if plan.unchanged:
            job.discard()
            return
        if previous is None and job.stage is not None:
            staged = job.stage  # the copy is already where the new object's v1 content goes
            drop_unneeded(staged / plan.version / CONTENT_DIR, job.files, plan)
        else:  # a new version (or an object that appeared or vanished since the bag was taken in)
            staged = job.staged = new_stage(self.repo.workspace, live.name[:16])
            if previous is not None:
                link_previous(live, staged)
            version_dir = staged / plan.version
            os.mkdir(version_dir)
            if plan.store:
                content = version_dir / plan.inventory.get("contentDirectory", CONTENT_DIR)
                os.mkdir(content)
                sha512 = {f.logical_path: f.sha512 for f in job.files}
                for logical in plan.store:
                    try:
                        intake.put(logical, os.fspath(content), sha512[logical])
                    except SourceUnreadable as exc:
                        raise InvalidBagError(
                            "INGEST_CHECKSUM_MISMATCH", exc.why, where=str(job.bag / logical)
                        ) from None
            if job.stage is not None:
                shutil.rmtree(job.stage)
                job.stage = None
        job.staged = staged
        job.inventory_bytes = build_object(
            staged, previous, plan, job.bag, len(job.files), id_given=job.id_given
        )
        intake.release()

    # --- the group ------------------------------------------------------------------------------------

    def finish(self, *, wait: bool = True) -> None:
        """End the group being staged and move the flush pipeline on by one step
        (:class:`~archiver.commit_pipeline.CommitPipeline`); ``wait`` drains it: every group reported,
        every lock released.

        A group's locks are held from staging until its report: released by :meth:`_report` once the
        commit, the re-read, the event and the receipt are on disk.
        """
        group = (self.pending, self.ids) if self.pending else None
        if group is None:
            self.locks.release_objects(self.ids)
        self.pipeline.hand_on(group)
        self._new_group()
        if wait:
            self.pipeline.drain()

    def _new_group(self) -> None:
        self.pending, self.bytes, self.ids = [], 0, set()

    def _in_flight(self) -> set[str]:
        """The objects of groups staged or committed but not yet reported: a bag naming one of them must
        wait for them (its version builds on theirs)."""
        found: set[str] = set()
        if self.pipeline.flushed_next is not None:
            found |= self.pipeline.flushed_next[1]
        if self.pipeline.committed is not None:
            found |= self.pipeline.committed.ids
        return found

    def _flush_plan(
        self, to_commit: _Group | None, committed: _Committed | None
    ) -> Callable[[], None] | None:
        """The committed group's changes and the next group's staged data, flushed together."""
        staged = [j.staged for j in to_commit[0] if j.staged] if to_commit else []
        lives, files = committed.durable_paths() if committed else ([], [])
        if not (staged or lives or files):
            return None
        return functools.partial(flush, self.repo, staged, lives, files)

    def _commit_group(self, group: _Group) -> _Committed:
        """Commit, verify and record every bag of a flushed group (nothing flushed here)."""
        jobs, ids = group
        done: list[tuple[_Job, IngestResult | ArchiverError]] = []
        try:
            for job in jobs:
                try:
                    done.append((job, self._commit_one(job)))
                except ArchiverError as exc:
                    done.append((job, exc))
        finally:
            for job in jobs:
                job.discard()  # whatever was not committed (an error midway)
        return _Committed(done, ids)

    def _report(self, committed: _Committed) -> None:
        """A group is durable: its results are final and its objects free for other writers."""
        self.locks.release_objects(committed.ids)
        for job, result in committed.done:
            self.results[job.index] = result
        self._deliver()

    def _commit_one(self, job: _Job) -> IngestResult:
        repo, plan = self.repo, job.plan
        assert plan is not None
        outcome: Outcome = "unchanged"
        if job.staged is not None:
            created = job.previous is None
            moved = job.staged
            old = commit_object(repo, moved, job.live, job.aside, created=created)  # OSError: the group stops
            job.stage = job.staged = None  # live now (and, after an exchange, `old` holds the previous one)
            problems = verify_version(job.live, plan, job.files, job.inventory_bytes)
            if problems:
                roll_back(repo, moved, job.live, job.aside, old, created=created)
                job.staged = moved if created else (old if old is not None and old.exists() else None)
                raise RepositoryError(
                    "INGEST_VERIFY_FAILED",
                    f"stored files do not match the inventory after writing: {'; '.join(problems[:3])}",
                    where=str(job.live),
                    hint="the object was left at its previous version; check the storage",
                )
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            outcome = "created" if created else "updated"
            detail = (
                f"re-read the {len(plan.store)} files stored in {plan.version} and both inventory sidecars; "
                "all match the inventory"
            )
            event = ev.make_event("fixity check", "success", detail, object_version=plan.version)
            ev.append_events(job.live, [event], durable=False)
        object_path = repo.object_path(job.object_id)
        receipt = make_receipt(
            job.bag, object_path, plan, job.files, outcome, job.started, id_given=job.id_given
        )
        receipt_path = write_receipt(repo, receipt, job.object_id, plan.version, outcome)
        return IngestResult(
            bag=job.bag,
            object_id=job.object_id,
            version=plan.version,
            outcome=outcome,
            object_path=object_path,
            files=len(job.files),
            stored=0 if outcome == "unchanged" else len(plan.store),
            receipt=receipt,
            receipt_path=receipt_path,
        )

    # --- results --------------------------------------------------------------------------------------

    def _deliver(self) -> None:
        """Hand finished results to ``on_result`` in input order (a refused bag waits for those before it)."""
        while self.delivered in self.results:
            index = self.delivered
            result = self.results[index] if self.keep_results else self.results.pop(index)
            bag = self.bags[index] if self.keep_results else self.bags.pop(index)
            if self.on_result is not None:
                self.on_result(bag, result)
            self.delivered += 1

    def abandon(self) -> None:
        """After the last group, or an unexpected error: let the flush in flight end, drop what is staged
        but uncommitted, release every lock. A committed group not yet known durable is never reported."""
        self.pipeline.close()
        _discard_group((self.pending, self.ids))
        self.pending = []
        self.locks.release()

    def collected(self) -> list[IngestResult | ArchiverError]:
        assert self.keep_results and len(self.results) == self.added
        return [self.results[index] for index in range(self.added)]
