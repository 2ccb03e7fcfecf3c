"""``package URL``: capture a page and stage its bag, mirroring :func:`archiver.packaging.stage_article`.

The lead's flow stays the same: :func:`stage_url` returns a :class:`~archiver.packaging.StagedBag` (or a
PackageResult when the same capture is already there), and :func:`~archiver.packaging.commit_staged`
flushes and renames it. Nothing is written before the capture has fully succeeded, and the staging folder
is removed on any failure, so a failed URL leaves nothing in OUTDIR.

Payload of a web bag::

    data/original/<name>.html          the page as a browser parsed it (Content-Encoding undone)
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
  version of the same object once ingested), never a clash with an earlier capture of the same URL.
* The capture time is the page request's time, to the second; ``--date`` or ``SOURCE_DATE_EPOCH`` fixes
  it for every record instead (reproducible builds, tests).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from archiver import identifiers, profile, staging
from archiver.__about__ import DISTRIBUTION, TOOL_NAME, __version__
from archiver.bag import PayloadFile, write_bag
from archiver.errors import ArchiverError, UsageError
from archiver.extract import build_metadata
from archiver.packaging import (
    PackageOptions,
    PackageResult,
    StagedBag,
    bag_info_fields,
    capture_time,
    existing_original_sha256,
    exists_different_error,
    failed_result,
    finish_one,
)
from archiver.wacz import IndexEntry, Page, build_wacz, timestamp14
from archiver.web.capture import Capture, Fetch, capture_url
from archiver.web.capture_json import capture_document, capture_json
from archiver.web.errors import CaptureError
from archiver.web.http import media_type
from archiver.web.options import CaptureOptions
from archiver.web.page import parse_page
from archiver.web.records import WrittenRecord
from archiver.web.urls import parse_target
from archiver.web.warcfile import CaptureWarc, build_capture_warc

__all__ = [
    "CaptureOptions",
    "PhaseTimes",
    "package_url",
    "read_url_list",
    "stage_url",
    "stage_url_safely",
]

SOFTWARE = f"{TOOL_NAME}/{__version__} ({DISTRIBUTION})"


@dataclass
class PhaseTimes:
    """Seconds spent per phase, added up over calls (the benchmark's breakdown)."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, phase: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - started
        return now


def _capture_date(options: PackageOptions, capture: Capture) -> tuple[datetime, bool]:
    """(capture time, fixed?): ``--date``/SOURCE_DATE_EPOCH when given, else the page request's time."""
    if options.captured is not None or os.environ.get("SOURCE_DATE_EPOCH"):
        return capture_time(options.captured), True
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
    capture: CaptureOptions,
    *,
    fetch: Fetch | None = None,
    times: PhaseTimes | None = None,
    prefetched: Capture | None = None,
) -> StagedBag | PackageResult:
    """Capture ``url`` and write its bag into a staging folder in OUTDIR (see the module docstring).

    ``prefetched`` is the capture of ``url`` when it was already made (:mod:`archiver.web.prefetch`); ``fetch``
    is then not used.

    Returns a PackageResult straight away when a bag of the same capture (same name, same HTML) exists.
    Raises CaptureError (network, HTTP, robots, type, size), ArticleError (a page with no title) or
    PackageExistsError; nothing is left behind then.
    """
    times = times if times is not None else PhaseTimes()
    start = time.perf_counter()
    cap = prefetched or capture_url(url, capture, options.settings, fetch=fetch)
    start = times.add("network", start)
    captured, fixed = _capture_date(options, cap)
    page = cap.page
    final_url = page.target.url
    provisional = identifiers.derive_identifier(
        explicit=options.identifier, source_url=final_url, sha256_hex=""
    )
    name = f"{identifiers.bag_name(provisional)}-{timestamp14(captured)}"
    _mime, charset = media_type(page.head.get("Content-Type"))
    article = parse_page(
        cap.html, f"{name}.html", http_charset=charset, use_trafilatura=options.use_trafilatura
    )
    meta = build_metadata(article, captured=captured, identifier=options.identifier, source_url=final_url)
    meta_json = meta.to_json_bytes()
    text = (article.parsed.text + "\n").encode("utf-8")
    start = times.add("extract", start)

    final = options.outdir / name
    replace_existing = False
    if final.exists() or final.is_symlink():
        if options.if_exists == "keep" and meta.original.sha256 in existing_original_sha256(final):
            return PackageResult(url, "exists", final, meta.identifier, meta.title)
        if options.if_exists != "replace":
            raise exists_different_error(meta.identifier, final)
        replace_existing = True

    warc_name = f"{name}.warc.gz"
    seed = f"{meta.identifier} {captured.isoformat()} {meta.original.sha256}"
    documents: list[bytes] = []

    def metadata_blocks(records: tuple[WrittenRecord, ...]) -> list[tuple[str, bytes]]:
        document = capture_document(
            cap, canonical_url=article.parsed.source_url, records=records, warc_name=warc_name
        )
        documents.append(capture_json(document))
        return [
            (_urn(meta.identifier, "metadata", captured), meta_json),
            (_urn(meta.identifier, "capture", captured), documents[0]),
        ]

    warc = build_capture_warc(
        cap,
        filename=warc_name,
        seed=seed,
        date_of=(lambda _ex: captured) if fixed else (lambda ex: ex.started.replace(microsecond=0)),
        info_date=captured,
        metadata=metadata_blocks,
        software=SOFTWARE,
        operator=options.settings.organization.name,
        description=f"Web capture of {final_url}",
    )
    capture_bytes = documents[0]
    start = times.add("warc", start)
    wacz = build_wacz(
        warc_name=warc_name,
        warc_data=warc.data,
        entries=_index_entries(warc, warc_name),
        pages=[
            Page(
                id=name,
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
        main_page=Page(id=name, url=final_url, date=warc.page_response.date),
    )
    start = times.add("wacz", start)

    payload = [
        PayloadFile(f"original/{name}.html", cap.html),
        PayloadFile("text/article.txt", text),
        PayloadFile("metadata/article-metadata.json", meta_json),
        PayloadFile("capture/capture.json", capture_bytes),
        PayloadFile(f"warc/{warc_name}", warc.data),
        PayloadFile(f"wacz/{name}.wacz", wacz.data),
    ]
    info = bag_info_fields(meta, options.settings)
    stage = staging.new_staging_dir(options.outdir, name)
    try:
        write_bag(stage, payload, info, profile.ALGORITHMS, durable=False)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    times.add("bag", start)
    return StagedBag(url, stage, final, meta.identifier, meta.title, meta.original.sha256, replace_existing)


def stage_url_safely(
    url: str, options: PackageOptions, capture: CaptureOptions, prefetched: Capture | None = None
) -> StagedBag | PackageResult:
    """:func:`stage_url`, with a failure turned into a failed PackageResult (for batch runs)."""
    try:
        return stage_url(url, options, capture, prefetched=prefetched)
    except (ArchiverError, OSError) as exc:
        return failed_result(url, exc)


def package_url(
    url: str, options: PackageOptions, capture: CaptureOptions, *, fetch: Fetch | None = None
) -> PackageResult:
    """Capture and package one URL, committing the bag. Raises ArchiverError on failure."""
    options.outdir.mkdir(parents=True, exist_ok=True)
    return finish_one(stage_url(url, options, capture, fetch=fetch), options)


def read_url_list(path: Path) -> list[str]:
    """URLs from a text file: one a line, blank lines and ``#`` comments skipped, each checked up front.

    Raises UsageError naming the file and line, so a typo on line 300 stops the run before any capture.
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
    for number, line in enumerate(text.splitlines(), start=1):
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        try:
            parse_target(item)
        except CaptureError as exc:
            raise UsageError(
                "URL_LIST_INVALID", f"line {number}: {exc.message}", where=str(path), hint=exc.hint
            ) from None
        urls.append(item)
    return urls
