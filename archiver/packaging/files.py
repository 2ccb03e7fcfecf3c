"""Packaging an article file: read it, build its metadata and its WARC (the original as a resource record,
the metadata as a metadata record), and hand the bag to the shared phases (:mod:`.phases`).

Cut here because this is all that is particular to a file on disk; a URL's counterpart is
:mod:`archiver.web.package_url`, and both end in the same staged bag and the same commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from archiver import identifiers
from archiver.__about__ import DISTRIBUTION, TOOL_NAME, __version__
from archiver.article import Article
from archiver.extract import build_metadata
from archiver.formats.bagit.writer import PayloadFile
from archiver.formats.warc.writer import build_article_warc
from archiver.metadata import ArticleMetadata
from archiver.packaging.commit import finish_one
from archiver.packaging.options import PackageOptions, capture_time
from archiver.packaging.phases import (
    StagedBag,
    StageJob,
    extracted_text_file,
    run_phases,
    settle_existing,
    write_phase,
)
from archiver.packaging.results import PackageResult, reading_warnings
from archiver.sources import read_path

__all__ = [
    "metadata_record_uri",
    "package_article",
    "plan_payload",
    "stage_article",
    "stage_articles",
]


def metadata_record_uri(identifier: str) -> str:
    """The WARC metadata record's own URN: never the article's URI, so replay tools index only the article."""
    import uuid

    return f"urn:uuid:{uuid.uuid5(identifiers.ARCHIVER_NAMESPACE, identifier + '#metadata')}"


def plan_payload(article: Article, meta: ArticleMetadata, name: str) -> list[PayloadFile]:
    """The payload files: the original bytes, for a page its extracted text (as a capture's bag has it),
    the metadata JSON, and the WARC holding the original and the metadata."""
    meta_json = meta.to_json_bytes()
    warc = build_article_warc(
        filename=f"{name}.warc.gz",
        article=article.source.data,
        media_type=_media_type_header(article),
        target_uri=meta.source_url or meta.identifier,
        metadata_json=meta_json,
        metadata_uri=metadata_record_uri(meta.identifier),
        captured=meta.dates.captured,
        operator=None,
        software=f"{TOOL_NAME}/{__version__} ({DISTRIBUTION})",
        seed=f"{meta.identifier} {meta.dates.captured.isoformat()} {meta.original.sha256}",
    )
    text = [extracted_text_file(article)] if article.source.media_type == "text/html" else []
    return [
        PayloadFile(path=f"original/{article.source.filename}", data=article.source.data),
        *text,
        PayloadFile(path="metadata/article-metadata.json", data=meta_json),
        PayloadFile(path=f"warc/{name}.warc.gz", data=warc.data),
    ]


def _media_type_header(article: Article) -> str:
    src = article.source
    return (
        f"{src.media_type}; charset={src.encoding}" if src.media_type.startswith("text/") else src.media_type
    )


def stage_article(path: Path, options: PackageOptions) -> StagedBag | PackageResult:
    """Read one article and write its bag into a staging folder in OUTDIR (the part that runs in workers).

    Returns a PackageResult straight away when the bag already exists with the same article. Raises
    ArchiverError on any failure the user can act on; nothing is left behind then.
    """
    job = _FileJob(path, input=str(path))
    run_phases([job], _PHASES, options, held=_held)
    if job.error is not None:
        raise job.error
    return job.result()


def stage_articles(paths: Sequence[Path], options: PackageOptions) -> list[StagedBag | PackageResult]:
    """Stage several articles, one result each in the order given; a failure becomes a failed result.

    Same outcome as :func:`stage_article` on each path, but done phase by phase over the group (read every
    article, then build every metadata record, then every WARC, then every bag), which keeps each phase's
    code and data in the CPU caches (docs/benchmarks.md).
    """
    jobs = [_FileJob(path, input=str(path)) for path in paths]
    run_phases(jobs, _PHASES, options, held=_held)
    return [job.result() for job in jobs]


@dataclass
class _FileJob(StageJob):
    """One article file on its way through the staging phases."""

    path: Path
    article: Article | None = None

    def release(self) -> None:
        super().release()
        self.article = None


def _held(job: _FileJob) -> int:
    """The bytes of the article read (a run of them is staged together)."""
    return len(job.article.source.data) if job.article is not None else 0


def _read_phase(job: _FileJob, options: PackageOptions) -> None:
    job.article = read_path(job.path, use_trafilatura=options.use_trafilatura, url=options.source_url)


def _metadata_phase(job: _FileJob, options: PackageOptions) -> None:
    assert job.article is not None
    job.meta = meta = build_metadata(
        job.article,
        captured=capture_time(options.captured),
        identifier=options.identifier,
        source_url=options.source_url,
    )
    job.warnings = reading_warnings(meta)


def _plan_phase(job: _FileJob, options: PackageOptions) -> None:
    """Name the bag, settle what to do if it exists, and build every payload file (the WARC) in memory."""
    article, meta = job.article, job.meta
    assert article is not None and meta is not None
    base = identifiers.bag_name(meta.identifier)
    # A receiver's naming rule names the bag, never the payload: the WARC is named alike for every profile.
    job.bag_name = base if options.plan is None else options.plan.bag_name(base)
    settle_existing(job, options)
    if job.outcome is None:
        job.payload = plan_payload(article, meta, base)


#: The phases of an article file, in order; the first (reading) bounds the bytes a run holds.
_PHASES = (
    ("read", _read_phase),
    ("metadata", _metadata_phase),
    ("plan", _plan_phase),
    ("bag", write_phase),
)


def package_article(path: Path, options: PackageOptions) -> PackageResult:
    """Package one article file. Raises ArchiverError on any failure the user can act on."""
    options.outdir.mkdir(parents=True, exist_ok=True)
    return finish_one(stage_article(path, options), options)
