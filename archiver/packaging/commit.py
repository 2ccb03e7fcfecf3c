"""Committing staged bags durably: flush a batch with one filesystem flush, then rename each bag into place
(:func:`commit_staged`), and the pipeline that overlaps one batch's flushes with staging the next
(:class:`CommitPipeline`).

Cut here because this is the one place a bag becomes visible under its final name, whatever made it (an
article file or a captured page, a folder or a serialized file): a crash at any point leaves every final
name absent or holding a complete bag, and a bag under the same name is compared, never overwritten
unless replacing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from archiver import staging
from archiver.errors import ErrorInfo, PackageExistsError
from archiver.packaging.options import PackageOptions
from archiver.packaging.phases import StagedBag, existing_original_sha256, exists_different_error
from archiver.packaging.results import PackageResult

__all__ = ["CommitPipeline", "commit_staged", "finish_one"]


def commit_staged(batch: Sequence[StagedBag], outdir: Path, *, durable: bool) -> list[PackageResult]:
    """Flush a batch of staged bags with one filesystem flush, then rename each into place.

    Each rename publishes a bag already on disk, so a crash at any point leaves every final name either
    absent or holding a complete bag. A bag that appeared under the same name meanwhile (the same article
    given twice, or another run) is compared, never overwritten, unless the article asked for replacement.
    """
    try:
        if durable:
            staging.make_durable(outdir, [b.stage for b in batch])
        results = [_commit_one(bag) for bag in batch]
        if durable and batch:
            staging.fsync_dir(outdir)
        return results
    finally:
        for bag in batch:  # only left over when interrupted
            if bag.stage.exists():
                shutil.rmtree(bag.stage, ignore_errors=True)


def _commit_one(bag: StagedBag) -> PackageResult:
    if bag.artifact is not None:
        return _commit_file(bag)
    if bag.replace and bag.final.exists():
        staging.replace_dir(bag.stage, bag.final, durable=False)
        return bag.result("replaced")
    try:
        staging.commit_dir(bag.stage, bag.final, durable=False)
        return bag.result("created")
    except FileExistsError:
        return _already_there(bag)


def _already_there(bag: StagedBag) -> PackageResult:
    """Another bag took the final name first: ``exists`` when it holds the same article, else a failure
    (``BAG_EXISTS_DIFFERENT``); the staged bag is never put over it."""
    if bag.sha256 in existing_original_sha256(bag.final):
        return bag.result("exists")
    error = ErrorInfo.of(exists_different_error(bag.identifier, bag.final))
    return PackageResult(bag.input, "failed", identifier=bag.identifier, title=bag.title, error=error)


def _commit_file(bag: StagedBag) -> PackageResult:
    """Rename a staged serialized bag into place: over the old file only when replacing (one atomic
    ``rename``), else never over anything; then drop its staging folder."""
    assert bag.artifact is not None
    source = bag.stage / bag.artifact
    try:
        if bag.replace and os.path.lexists(bag.final) and not bag.final.is_dir():
            os.replace(source, bag.final)
            return bag.result("replaced")
        try:
            staging.commit_dir(source, bag.final, durable=False)
            return bag.result("created")
        except FileExistsError:
            return _already_there(bag)
    finally:
        shutil.rmtree(bag.stage, ignore_errors=True)


def finish_one(staged: StagedBag | PackageResult, options: PackageOptions) -> PackageResult:
    """Commit one staged bag (an early result passes through); a failed commit is raised, not returned."""
    if isinstance(staged, PackageResult):
        return staged
    result = commit_staged([staged], options.outdir, durable=options.durable)[0]
    if result.error is not None:
        raise PackageExistsError(
            result.error.code, result.error.message, where=result.error.where, hint=result.error.hint
        )
    return result


class CommitPipeline:
    """The batches between staging and reporting: ``pending`` (being staged), ``flushed_next`` (its files
    being flushed, to be renamed next), ``committed`` (renamed, the renames being flushed)."""

    def __init__(self, outdir: Path, durable: bool) -> None:
        self.outdir = outdir
        self.durable = durable
        self.pending: list[StagedBag | PackageResult] = []
        self.flushed_next: list[StagedBag | PackageResult] | None = None
        self.committed: list[PackageResult] | None = None
        self.flushing: Future[None] | None = None
        self.flusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archiver-flush")

    def step(self) -> Iterator[list[PackageResult]]:
        """End the batch being staged: report what became durable, rename what was flushed, flush again."""
        # A batch is dropped from its list only once the next list holds it: an interruption at any point
        # leaves every staged bag where close() finds it.
        if not self.durable:
            results = _commit_in_order(self.pending, self.outdir, durable=False)
            self.pending = []
            yield results
            return
        yield from self._advance()
        self.flushed_next, self.pending = self.pending, []
        self._start_flush()

    def drain(self) -> Iterator[list[PackageResult]]:
        yield from self.step()
        while self.flushing is not None or self.committed is not None or self.flushed_next is not None:
            yield from self._advance()
            self._start_flush()

    def _advance(self) -> Iterator[list[PackageResult]]:
        if self.flushing is not None:
            flushing, self.flushing = self.flushing, None
            flushing.result()
        if self.committed is not None:
            committed, self.committed = self.committed, None
            yield committed
        if self.flushed_next is not None:
            self.committed = _commit_in_order(self.flushed_next, self.outdir, durable=False)
            self.flushed_next = None

    def _start_flush(self) -> None:
        stages = [item.stage for item in self.flushed_next or [] if isinstance(item, StagedBag)]
        renamed = any(r.status in ("created", "replaced") for r in self.committed or [])
        if stages or renamed:
            # The renames of the previous batch changed ``outdir``'s entries; the staged bags are new trees.
            folders = [self.outdir] if renamed else []
            self.flushing = self.flusher.submit(staging.make_durable, self.outdir, stages, folders=folders)

    def close(self) -> None:
        """Interrupted or done: the flush in flight ends; staged bags not yet renamed are removed (bags
        already renamed are complete: their files were flushed first)."""
        self.flusher.shutdown(wait=True)
        for item in [*self.pending, *(self.flushed_next or [])]:
            if isinstance(item, StagedBag):
                shutil.rmtree(item.stage, ignore_errors=True)
        self.pending, self.flushed_next = [], None


def _commit_in_order(
    items: list[StagedBag | PackageResult], outdir: Path, durable: bool
) -> list[PackageResult]:
    """Commit the staged bags among ``items``; results in the order of ``items`` (early failures in place)."""
    committed = iter(commit_staged([i for i in items if isinstance(i, StagedBag)], outdir, durable=durable))
    return [next(committed) if isinstance(item, StagedBag) else item for item in items]
