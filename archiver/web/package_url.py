"""``package URL``: capture a page and stage its bag, the counterpart of :mod:`archiver.packaging.files`.

What is particular to a captured page lives here (its phases: extract, WARC, WACZ, bag payload); the phase
runner, the "is the bag there already?" check and the bag writer are the ones article files use
(:mod:`archiver.packaging.phases`). :func:`stage_url` returns a :class:`~archiver.packaging.StagedBag` (or a
PackageResult when the same capture is already there), and :func:`~archiver.packaging.commit_staged`
flushes and renames it. Nothing is written before the capture has fully succeeded, and the staging folder
is removed on any failure, so a failed URL leaves nothing in OUTDIR.

Payload of a web bag::

    data/original/<file name>          the page as a browser parsed it (Content-Encoding undone), named
                                       from its URL (:mod:`archiver.web.naming`: story.html)
    data/text/article.txt              the extracted plain text
    data/metadata/article-metadata.json
    data/capture/capture.json          HTTP status, types, redirects, IP, timings (see capture_json)
    data/warc/<name>.warc.gz           warcinfo, request/response per hop and resource, metadata records
    data/wacz/<name>.wacz              the same WARC, indexed for replay

Naming and identity:

* ``source_url`` is the final URL after redirects: what was actually fetched, and what the WARC's page
  response is filed under. The page's own canonical URL (publisher-controlled, and sometimes wrong) is
  recorded in capture.json. The identifier derives from the final URL (:func:`archiver.identifiers.from_url`)
  unless ``--id`` is given, so re-capturing the same article keeps its identifier.
* The bag is named ``<identifier's name>-<capture time, 14 digits>``: every capture is a new package (a new
  version of the same object once ingested), never a clash with an earlier capture of the same URL. The
  WARC and the WACZ take the bag's name; the page itself keeps a name from its URL, as a browser's "save
  as" would, which is also the metadata's ``original.filename``.
* The capture time is the page request's time, to the second; ``--date`` or ``SOURCE_DATE_EPOCH`` fixes
  it for every record instead (reproducible builds, tests).
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archiver import identifiers
from archiver.__about__ import DISTRIBUTION, TOOL_NAME, __version__
from archiver.article import Article
from archiver.errors import ArchiverError, UsageError
from archiver.extract import build_metadata
from archiver.formats.bagit.writer import PayloadFile
from archiver.formats.wacz.writer import IndexEntry, Page, build_wacz, timestamp14
from archiver.formats.warc.capture import CaptureWarc, WrittenRecord, build_capture_warc
from archiver.metadata import ArticleMetadata
from archiver.packaging.commit import finish_one
from archiver.packaging.options import PackageOptions, capture_time
from archiver.packaging.phases import (
    PhaseTimes,
    StagedBag,
    StageJob,
    extracted_text_file,
    run_phases,
    settle_existing,
    write_phase,
)
from archiver.packaging.results import PackageResult, PackageWarning, ResourceCount, reading_warnings
from archiver.web.capture import (
    Capture,
    Fetch,
    capture_url,
    resource_warnings,
    resources_captured,
    skipped_by_reason,
)
from archiver.web.capture_json import capture_document, capture_json
from archiver.web.errors import CaptureError
from archiver.web.http import media_type
from archiver.web.naming import original_name
from archiver.web.page import parse_page
from archiver.web.urls import parse_target

__all__ = [
    "capture_date",
    "package_url",
    "page_metadata",
    "read_url_list",
    "stage_captures",
    "stage_url",
]

SOFTWARE = f"{TOOL_NAME}/{__version__} ({DISTRIBUTION})"


def capture_date(explicit: datetime | None, capture: Capture) -> tuple[datetime, bool]:
    """(capture time, fixed?): ``--date``/SOURCE_DATE_EPOCH when given, else the page request's time."""
    if explicit is not None or os.environ.get("SOURCE_DATE_EPOCH"):
        return capture_time(explicit), True
    return capture.page.started.replace(microsecond=0), False


def _urn(identifier: str, label: str, when: datetime) -> str:
    """A URN of its own for each metadata record of each capture (never a captured URL)."""
    return (
        f"urn:uuid:{uuid.uuid5(identifiers.ARCHIVER_NAMESPACE, f'{identifier}#{label}@{when.isoformat()}')}"
    )


def _index_entries(warc: CaptureWarc, filename: str) -> list[IndexEntry]:
    return [
        IndexEntry(
            url=r.target_uri or "",
            date=r.date,
            rec_type=r.rec_type,
            status=r.status,
            mime=r.mime,
            digest=r.payload_digest,
            offset=r.offset,
            length=r.length,
            filename=filename,
        )
        for r in warc.records
        if r.target_uri
    ]


def stage_url(
    url: str,
    options: PackageOptions,
    *,
    fetch: Fetch | None = None,
    times: PhaseTimes | None = None,
) -> StagedBag | PackageResult:
    """Capture ``url`` and write its bag into a staging folder in OUTDIR (see the module docstring).

    Returns a PackageResult straight away when a bag of the same capture (same name, same HTML) exists.
    Raises CaptureError (network, HTTP, robots, type, size), ArticleError (a page with no title) or
    PackageExistsError; nothing is left behind then.
    """
    times = times if times is not None else PhaseTimes()
    start = time.perf_counter()
    job = _WebJob(capture_url(url, options.capture, options.settings, fetch=fetch), input=url)
    times.add("network", start)
    run_phases([job], _PHASES, options, times=times)
    if job.error is not None:
        raise job.error
    return job.result()


def stage_captures(
    captures: Sequence[tuple[str, Capture | ArchiverError | OSError]],
    options: PackageOptions,
    *,
    times: PhaseTimes | None = None,
) -> list[StagedBag | PackageResult]:
    """Stage the bags of pages already captured (or the capture's failure), one result each in the order
    given; a failure becomes a failed result.

    Same outcome as :func:`stage_url` on each, but done phase by phase over the group (extract every page,
    then build every WARC, every WACZ, every bag), which keeps each phase's code and data in the CPU caches,
    as :func:`archiver.packaging.stage_articles` does for files.
    """
    jobs = [
        _WebJob(got, input=url) if isinstance(got, Capture) else _WebJob(None, input=url, error=got)
        for url, got in captures
    ]
    run_phases(jobs, _PHASES, options, times=times)
    return [job.result() for job in jobs]


@dataclass
class _WebJob(StageJob):
    """One captured page on its way through the staging phases (``input`` is the URL as given)."""

    cap: Capture | None
    captured: datetime | None = None
    fixed: bool = False  # the capture time was given (``--date``), not the page request's
    name: str = ""  # names the WARC and the WACZ
    original: str = ""  # the page's file name in data/original/, from its URL
    warc_name: str = ""
    article: Article | None = None
    meta_json: bytes = b""
    warc: CaptureWarc | None = None
    capture_json: bytes = b""
    wacz: bytes = b""

    def release(self) -> None:
        super().release()
        self.cap, self.article, self.warc, self.wacz = None, None, None, b""


def _extract_phase(job: _WebJob, options: PackageOptions) -> None:
    """Name the bag, read the page's text and metadata, and settle what to do if the bag exists."""
    cap = job.cap
    assert cap is not None
    job.captured, job.fixed = capture_date(options.captured, cap)
    final_url = cap.page.target.url
    provisional = identifiers.derive_identifier(
        explicit=options.identifier, source_url=final_url, sha256_hex=""
    )
    job.name = f"{identifiers.bag_name(provisional)}-{timestamp14(job.captured)}"
    job.original, job.article, meta = page_metadata(
        cap, job.input, job.captured, identifier=options.identifier, use_trafilatura=options.use_trafilatura
    )
    job.meta, job.meta_json = meta, meta.to_json_bytes()
    job.warnings, job.resources = _warnings(cap, meta), _resources(cap)
    job.bag_name = job.name if options.plan is None else options.plan.bag_name(job.name)
    settle_existing(job, options)


def page_metadata(
    cap: Capture, url: str, captured: datetime, *, identifier: str | None, use_trafilatura: bool
) -> tuple[str, Article, ArticleMetadata]:
    """The captured page's file name in the bag, its article and its metadata: what ``package URL`` stores
    and what ``metadata URL`` prints, read one way. ``url`` (the one the user gave) names a page that cannot
    be read."""
    page = cap.page
    final_url = page.target.url
    mime, charset = media_type(page.head.get("Content-Type"))
    original = original_name(final_url, mime)
    try:
        article = parse_page(
            cap.html, original, http_charset=charset, use_trafilatura=use_trafilatura, url=final_url
        )
    except ArchiverError as exc:  # named after the URL the user gave, not the file name the bag would use
        exc.where = url
        raise
    meta = build_metadata(article, captured=captured, identifier=identifier, source_url=final_url)
    return original, article, meta


def _warc_phase(job: _WebJob, options: PackageOptions) -> None:
    """The WARC: warcinfo, the exchanges, and metadata records holding the metadata and capture.json."""
    cap, meta, captured, article = job.cap, job.meta, job.captured, job.article
    assert cap is not None and meta is not None and captured is not None and article is not None
    warc_name = job.warc_name = f"{job.name}.warc.gz"

    def metadata_blocks(records: tuple[WrittenRecord, ...]) -> list[tuple[str, bytes]]:
        document = capture_document(
            cap, canonical_url=article.parsed.source_url, records=records, warc_name=warc_name
        )
        job.capture_json = capture_json(document)
        return [
            (_urn(meta.identifier, "metadata", captured), job.meta_json),
            (_urn(meta.identifier, "capture", captured), job.capture_json),
        ]

    job.warc = build_capture_warc(
        cap,
        filename=warc_name,
        seed=f"{meta.identifier} {captured.isoformat()} {meta.original.sha256}",
        date_of=(lambda _ex: captured) if job.fixed else (lambda ex: ex.started.replace(microsecond=0)),
        info_date=captured,
        metadata=metadata_blocks,
        software=SOFTWARE,
        operator=options.settings.organization.name,
        description=f"Web capture of {cap.page.target.url}",
    )


def _wacz_phase(job: _WebJob, options: PackageOptions) -> None:
    """The WACZ: the same WARC, indexed for replay, with the page listed."""
    cap, meta, captured, article, warc = job.cap, job.meta, job.captured, job.article, job.warc
    assert cap is not None and meta is not None and captured is not None
    assert article is not None and warc is not None
    final_url = cap.page.target.url
    job.wacz = build_wacz(
        warc_name=job.warc_name,
        warc_data=warc.data,
        entries=_index_entries(warc, job.warc_name),
        pages=[
            Page(
                id=job.name,
                url=final_url,
                date=warc.page_response.date,
                title=meta.title,
                text=article.parsed.text,
            )
        ],
        title=meta.title,
        created=captured,
        software=SOFTWARE,
        description=f"Capture of {final_url} on {captured.date().isoformat()}",
        main_page=Page(id=job.name, url=final_url, date=warc.page_response.date),
    ).data


def _bag_phase(job: _WebJob, options: PackageOptions) -> None:
    """The page's payload, then the bag written as every bag is (:func:`write_phase`)."""
    cap, article, warc = job.cap, job.article, job.warc
    assert cap is not None and article is not None and warc is not None
    job.payload = [
        PayloadFile(f"original/{job.original}", cap.html),
        extracted_text_file(article),
        PayloadFile("metadata/article-metadata.json", job.meta_json),
        PayloadFile("capture/capture.json", job.capture_json),
        PayloadFile(f"warc/{job.warc_name}", warc.data),
        PayloadFile(f"wacz/{job.name}.wacz", job.wacz),
    ]
    write_phase(job, options)


def _warnings(cap: Capture, meta: ArticleMetadata) -> tuple[PackageWarning, ...]:
    """What the user should hear of: the page's reading warnings, then the capture's (no contact e-mail,
    credentials removed), then its skipped resources by reason."""
    captured = [*cap.warnings, *resource_warnings(cap)]
    return reading_warnings(meta) + tuple(PackageWarning(w.code, w.shown()) for w in captured)


def _resources(cap: Capture) -> ResourceCount:
    """The page's resources: how many were fetched, and those skipped by reason."""
    return ResourceCount(
        cap.with_resources, resources_captured(cap), len(cap.skipped), tuple(skipped_by_reason(cap.skipped))
    )


#: The staging phases in order, with the names the benchmark's PhaseTimes reports them under.
_PHASES = (
    ("extract", _extract_phase),
    ("warc", _warc_phase),
    ("wacz", _wacz_phase),
    ("bag", _bag_phase),
)


def package_url(url: str, options: PackageOptions, *, fetch: Fetch | None = None) -> PackageResult:
    """Capture and package one URL, committing the bag. Raises ArchiverError on failure."""
    options.outdir.mkdir(parents=True, exist_ok=True)
    return finish_one(stage_url(url, options, fetch=fetch), options)


def read_url_list(path: Path) -> list[str]:
    """URLs from a text file: one a line; blank lines, ``#`` lines and `` # note`` after a URL skipped; every
    line checked up front.

    A URL holds no white space, so white space then ``#`` can only start a note (a ``#`` right after the URL
    is its fragment). Raises UsageError naming the file and its first bad line, and how many more there are,
    so a typo on line 300 stops the run before any capture and one run shows every line to mend.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(
            "URL_LIST_UNREADABLE", f"cannot read the URL list: {exc.strerror}", where=str(path)
        ) from None
    except UnicodeDecodeError:
        raise UsageError("URL_LIST_UNREADABLE", "the URL list is not UTF-8 text", where=str(path)) from None
    urls: list[str] = []
    bad: list[tuple[int, CaptureError]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        item = _NOTE.sub("", line).strip()
        if not item or item.startswith("#"):
            continue
        try:
            parse_target(item)
        except CaptureError as exc:
            bad.append((number, exc))
            continue
        urls.append(item)
    if bad:
        number, first = bad[0]
        more = (
            f"; also line{'s' if len(bad) > 2 else ''} {', '.join(str(n) for n, _ in bad[1:])}"
            if bad[1:]
            else ""
        )
        raise UsageError(
            "URL_LIST_INVALID", f"line {number}: {first.message}{more}", where=str(path), hint=first.hint
        )
    return urls


#: A note after a URL on its line: white space, ``#``, anything.
_NOTE = re.compile(r"\s+#.*$")
