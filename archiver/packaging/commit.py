"""Committing staged bags durably: flush a batch with one filesystem flush, then rename each bag into place
(:func:`commit_staged`), and the batches of staged bags handed through the shared
:class:`~archiver.commit_pipeline.CommitPipeline`, which overlaps one batch's flushes with staging the next
(:class:`BagCommits`).

Cut here because this is the one place a bag becomes visible under its final name, whatever made it (an
article file or a captured page, a folder or a serialized file): a crash at any point leaves every final
name absent or holding a complete bag, and a bag under the same name is compared, never overwritten
unless replacing.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from archiver import staging
from archiver.commit_pipeline import CommitPipeline
from archiver.errors import ErrorInfo, PackageExistsError
from archiver.packaging.options import PackageOptions
from archiver.packaging.phases import StagedBag, existing_original_sha256, exists_different_error
from archiver.packaging.results import PackageResult

__all__ = ["BagCommits", "commit_staged", "finish_one"]


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


class BagCommits:
    """Staged bags on their way to their final names, through the shared :class:`CommitPipeline`: the
    caller adds to ``pending``; :meth:`step` hands the batch on and yields the results made durable."""

    def __init__(self, outdir: Path, durable: bool) -> None:
        self.outdir = outdir
        self.pending: list[StagedBag | PackageResult] = []
        self.ready: list[list[PackageResult]] = []
        self.pipeline: CommitPipeline[list[StagedBag | PackageResult], list[PackageResult]] = CommitPipeline(
            durable=durable,
            commit=lambda items: _commit_in_order(items, outdir, durable=False),
            report=self.ready.append,
            flush=self._flush_plan,
            discard=_discard,
        )

    def step(self) -> Iterator[list[PackageResult]]:
        """End the batch being staged: report what became durable, rename what was flushed, flush again."""
        yield from self._reporting(lambda: self.pipeline.hand_on(self.pending))
        self.pending = []

    def drain(self) -> Iterator[list[PackageResult]]:
        yield from self.step()
        yield from self._reporting(self.pipeline.drain)

    def _reporting(self, advance: Callable[[], None]) -> Iterator[list[PackageResult]]:
        """Move the pipeline on, then yield what it reported; when moving on fails (a rename, a flush, a
        Ctrl-C), what was reported before the failure is yielded first: those bags are on disk and flushed,
        and the run's output must say so."""
        try:
            advance()
        except BaseException:
            yield from self._take_ready()
            raise
        yield from self._take_ready()

    def _take_ready(self) -> Iterator[list[PackageResult]]:
        while self.ready:
            yield self.ready.pop(0)

    def _flush_plan(
        self, to_commit: list[StagedBag | PackageResult] | None, committed: list[PackageResult] | None
    ) -> Callable[[], None] | None:
        stages = [item.stage for item in to_commit or [] if isinstance(item, StagedBag)]
        renamed = any(r.status in ("created", "replaced") for r in committed or [])
        if not stages and not renamed:
            return None
        # The renames of the previous batch changed ``outdir``'s entries; the staged bags are new trees.
        folders = [self.outdir] if renamed else []
        return functools.partial(staging.make_durable, self.outdir, stages, folders=folders)

    def close(self) -> None:
        """Interrupted or done: the flush in flight ends; staged bags not yet renamed are removed (bags
        already renamed are complete: their files were flushed first)."""
        self.pipeline.close()
        _discard(self.pending)
        self.pending = []


def _discard(items: list[StagedBag | PackageResult]) -> None:
    for item in items:
        if isinstance(item, StagedBag):
            shutil.rmtree(item.stage, ignore_errors=True)


def _commit_in_order(
    items: list[StagedBag | PackageResult], outdir: Path, durable: bool
) -> list[PackageResult]:
    """Commit the staged bags among ``items``; results in the order of ``items`` (early failures in place)."""
    committed = iter(commit_staged([i for i in items if isinstance(i, StagedBag)], outdir, durable=durable))
    return [next(committed) if isinstance(item, StagedBag) else item for item in items]
