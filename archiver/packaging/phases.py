"""Staging bags phase by phase: the one runner file packaging and URL packaging share, the phases they
share (is a bag there already? write the bag), and what comes out (:class:`StagedBag`).

A group of inputs is staged phase by phase (every article read, then every metadata record built, then
every WARC, then every bag written), which keeps each phase's code and data in the CPU caches. Each kind of
input brings its own phases and its own :class:`StageJob` (what an article file or a captured page holds
on the way); :func:`run_phases` runs them, ends a job at its first failure without stopping the others,
bounds the bytes a group holds, and removes what it staged when interrupted. Cut here because both kinds
of input end the same way: the same check for a bag already under the final name, the same bag writer,
the same staged bag handed to :mod:`archiver.packaging.commit`.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from archiver import own_profile, staging
from archiver.errors import ArchiverError, InternalError, PackageExistsError
from archiver.formats.bagit.serialize import read_archive_member, serialize_to_file
from archiver.formats.bagit.writer import PayloadFile, TagFile, write_bag
from archiver.packaging.bag_info import plan_tags
from archiver.packaging.options import PackageOptions
from archiver.packaging.results import PackageResult, PackageWarning, ResourceCount, Status, failed_result

if TYPE_CHECKING:
    from archiver.article import Article
    from archiver.metadata import ArticleMetadata

__all__ = [
    "STAGE_GROUP_BYTES",
    "TEXT_PATH",
    "Phase",
    "PhaseTimes",
    "StageJob",
    "StagedBag",
    "existing_original_sha256",
    "exists_different_error",
    "extracted_text_file",
    "final_path",
    "run_phases",
    "settle_existing",
    "write_bag",
    "write_phase",
    "write_staged",
]

#: The most bytes of inputs a group holds in memory at once: a group of large articles (or pages) is
#: staged in smaller runs, so that 16 articles of 64 MiB never need a gigabyte.
STAGE_GROUP_BYTES = 4 * 1024 * 1024
#: Where a page's extracted main text goes in the payload (under ``data/``).
TEXT_PATH = "text/article.txt"


def extracted_text_file(article: Article) -> PayloadFile:
    """The page's extracted main text as a payload file, the same for a page file and a captured page.

    An HTML original is markup: whoever opens the bag in fifty years, or indexes it, wants the story without
    a browser or our reader. The text is what the reader found (paragraphs separated by blank lines),
    UTF-8, ending in a newline; the original bytes stay in ``data/original/`` as they were.
    """
    return PayloadFile(TEXT_PATH, (article.parsed.text + "\n").encode("utf-8"))


@dataclass
class PhaseTimes:
    """Seconds spent per phase, added up over calls (the benchmark's breakdown)."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, phase: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - started
        return now


@dataclass(frozen=True)
class StagedBag:
    """A complete bag in its staging folder, not yet flushed or renamed into place."""

    input: str
    stage: Path
    final: Path
    identifier: str
    title: str
    sha256: str
    replace: bool
    artifact: str | None = None  # a serialized bag: its file's name inside ``stage``, renamed to ``final``
    warnings: tuple[PackageWarning, ...] = ()
    resources: ResourceCount | None = None

    def result(self, status: Status) -> PackageResult:
        """The result of committing this bag: it stands (or an equal one stood) under its final name."""
        return PackageResult(
            self.input,
            status,
            self.final,
            self.identifier,
            self.title,
            warnings=self.warnings,
            resources=self.resources,
        )


@dataclass(kw_only=True)
class StageJob:
    """One bag on its way through the staging phases; ``error`` or ``outcome`` ends it. Each kind of input
    adds the fields its own phases fill; the shared phases read and fill these."""

    input: str  # the input as given: it names the result
    meta: ArticleMetadata | None = None
    bag_name: str = ""  # the bag's folder (or serialized file) in OUTDIR, as the profile names it
    final: Path | None = None
    replace: bool = False  # a different bag stands under the final name, and --replace supersedes it
    payload: list[PayloadFile] = field(default_factory=list)
    warnings: tuple[PackageWarning, ...] = ()
    resources: ResourceCount | None = None
    outcome: StagedBag | PackageResult | None = None
    error: ArchiverError | OSError | None = None

    def release(self) -> None:
        """Drop the bytes held for the bag: it is on disk now, or not wanted."""
        self.payload = []

    def result(self) -> StagedBag | PackageResult:
        """The staged bag, the early result, or the failure as a result."""
        if self.error is not None:
            return failed_result(self.input, self.error)
        assert self.outcome is not None
        return self.outcome


J = TypeVar("J", bound=StageJob)
#: One phase: fills its part of the job, or raises (which ends that job only).
Phase = Callable[[J, PackageOptions], None]


def run_phases(
    jobs: Sequence[J],
    phases: Sequence[tuple[str, Phase[J]]],
    options: PackageOptions,
    *,
    times: PhaseTimes | None = None,
    held: Callable[[J], int] | None = None,
) -> None:
    """Run each phase over every job still going; the first failure of a job ends that job only.

    With ``held`` (the bytes a job holds once its first phase has run), the first phase runs job by job and
    the others over runs of jobs holding at most about STAGE_GROUP_BYTES together. ``times`` adds up the
    seconds of each phase under its name. Interrupted (Ctrl-C), the bags staged so far are removed: no
    caller has them yet.
    """
    try:
        if held is None:
            _stage_run(jobs, phases, options, times)
            return
        (first_name, first), rest = phases[0], phases[1:]
        start = 0
        while start < len(jobs):
            end, size = start, 0
            started = time.perf_counter()
            while end < len(jobs) and (end == start or size < STAGE_GROUP_BYTES):
                _run_phase(first, jobs[end], options)
                size += held(jobs[end])
                end += 1
            if times is not None:
                times.add(first_name, started)
            _stage_run(jobs[start:end], rest, options, times)
            start = end
    except BaseException:
        for job in jobs:
            if isinstance(job.outcome, StagedBag):
                shutil.rmtree(job.outcome.stage, ignore_errors=True)
        raise
    finally:
        for job in jobs:
            job.release()


def _stage_run(
    jobs: Sequence[J],
    phases: Sequence[tuple[str, Phase[J]]],
    options: PackageOptions,
    times: PhaseTimes | None,
) -> None:
    """Each phase over every job of one run still going; then the run's bytes are dropped."""
    for name, phase in phases:
        started = time.perf_counter()
        for job in jobs:
            _run_phase(phase, job, options)
        if times is not None:
            times.add(name, started)
    for job in jobs:
        job.release()


def _run_phase(phase: Phase[J], job: J, options: PackageOptions) -> None:
    if job.error is None and job.outcome is None:
        try:
            phase(job, options)
        except (ArchiverError, OSError) as exc:
            job.error = exc
        except Exception as exc:  # a bug met on this input only: the others go on (issue 19)
            job.error = InternalError.of(exc)


def settle_existing(job: StageJob, options: PackageOptions) -> None:
    """Where the bag will stand, and what to do when something stands there already: the same article's
    bag ends the job as ``exists`` (unless replacing), a different one is refused unless ``replace``."""
    meta = job.meta
    assert meta is not None
    job.final = final = final_path(options, job.bag_name)
    if os.path.lexists(final):  # a bag, or anything else (a broken link too) under that name
        if options.if_exists == "keep" and meta.original.sha256 in existing_original_sha256(final):
            job.outcome = PackageResult(
                job.input,
                "exists",
                final,
                meta.identifier,
                meta.title,
                warnings=job.warnings,
                resources=job.resources,
            )
            return
        if options.if_exists != "replace":
            raise exists_different_error(meta.identifier, final)
        job.replace = True


def write_phase(job: StageJob, options: PackageOptions) -> None:
    """Write the job's bag into a fresh staging folder in OUTDIR; on failure nothing of it is left. With a
    receiver's profile, the planned bag is checked against it first (:func:`plan_tags`)."""
    meta, final = job.meta, job.final
    assert meta is not None and final is not None
    info, tag_files = plan_tags(meta, job.bag_name, job.payload, options)
    stage, artifact = write_staged(options, job.bag_name, job.payload, info, tag_files)
    job.outcome = StagedBag(
        job.input,
        stage,
        final,
        meta.identifier,
        meta.title,
        meta.original.sha256,
        job.replace,
        artifact,
        job.warnings,
        job.resources,
    )


def final_path(options: PackageOptions, name: str) -> Path:
    """Where the bag named ``name`` stands once made: ``OUTDIR/<name>``, or the serialized file."""
    return options.outdir / (options.plan.output_name(name) if options.plan is not None else name)


def existing_original_sha256(bag: Path) -> set[str]:
    """The sha256 digests the existing bag's manifest records for its original article file(s).

    ``bag`` is a bag folder or a serialized bag (read in place, only its manifest).
    """
    found: set[str] = set()
    try:
        if bag.is_dir():
            text = (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
        else:
            raw = read_archive_member(bag, "manifest-sha256.txt")
            if raw is None:
                return found
            text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return found
    for line in text.splitlines():
        digest, _, path = line.partition(" ")
        if path.strip().startswith(own_profile.ORIGINAL_DIR + "/"):
            found.add(digest.lower())
    return found


def write_staged(
    options: PackageOptions,
    name: str,
    payload: Sequence[PayloadFile],
    info: Sequence[tuple[str, str]],
    tag_files: Sequence[TagFile] = (),
) -> tuple[Path, str | None]:
    """Write one bag into a fresh staging folder in OUTDIR; returns the folder and, for a serialized bag,
    the file's name in it (the bag folder itself is then gone). On failure nothing of it is left.

    A serialized bag is built as a folder first, then written as one file beside it, in the same staging
    folder, so that the batch's one flush and one rename publish it like a folder bag.
    """
    plan = options.plan
    stage = staging.new_staging_dir(options.outdir, name, run=options.run_tag)
    try:
        if plan is None:
            write_bag(stage, payload, info, own_profile.ALGORITHMS, durable=False)
            return stage, None
        root = stage if plan.serialize is None else stage / name
        if root != stage:
            root.mkdir()
        write_bag(
            root,
            payload,
            info,
            plan.algorithms,
            durable=False,
            tag_files=tag_files,
            tag_algorithms=plan.tag_algorithms,
        )
        if plan.serialize is None:
            return stage, None
        artifact = plan.output_name(name)
        serialize_to_file(root, stage / artifact, plan.serialize, top=name, durable=False)
        shutil.rmtree(root)
        return stage, artifact
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def exists_different_error(identifier: str, final: Path | str) -> PackageExistsError:
    return PackageExistsError(
        "BAG_EXISTS_DIFFERENT",
        f"a bag for {identifier} already exists with different content",
        where=str(final),
        hint="use --replace to supersede it, or --id to give this article its own identifier",
    )
