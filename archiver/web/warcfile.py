"""The whole ``.warc.gz`` of one capture, in a fixed order.

Order: ``warcinfo``; for each hop of the page's redirect chain, its ``request`` then its ``response``; the
same for each resource (a ``revisit`` instead of a ``response`` when the payload is already stored); then
the ``metadata`` records (the article metadata JSON, then capture.json), each referring to the page's final
response record. Record IDs are UUIDv5 of the caller's seed and the record's role
(:func:`archiver.warc.record_id`), so the same capture always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from archiver.warc import record_id, to_uri
from archiver.web.capture import Capture
from archiver.web.fetch import Exchange
from archiver.web.records import (
    WarcBuilder,
    WrittenRecord,
    metadata_record,
    payload_digest,
    request_record,
    response_mime,
    response_record,
    revisit_record,
    warcinfo_record,
)


@dataclass(frozen=True)
class CaptureWarc:
    data: bytes
    records: tuple[WrittenRecord, ...]
    page_response: WrittenRecord


def build_capture_warc(
    capture: Capture,
    *,
    filename: str,
    seed: str,
    date_of: Callable[[Exchange], datetime],
    info_date: datetime,
    metadata: Callable[[tuple[WrittenRecord, ...]], Sequence[tuple[str, bytes]]],
    software: str,
    operator: str | None = None,
    description: str | None = None,
) -> CaptureWarc:
    """Build the WARC. ``date_of`` gives each exchange's WARC-Date (its real time, or the fixed capture
    time of a reproducible build). ``metadata`` is called with the records written so far (their IDs and
    types are what capture.json cites) and returns (target URN, JSON bytes) per metadata record."""
    warc = WarcBuilder(filename)
    info_id = record_id(seed, "warcinfo")
    warc.add(
        warcinfo_record(
            record_id=info_id,
            date=info_date,
            filename=filename,
            software=software,
            operator=operator,
            description=description,
        ),
        WrittenRecord("warcinfo", info_id, None, info_date, 0, 0),
    )
    stored: dict[str, WrittenRecord] = {}  # payload digest -> the response record holding that payload
    page_response: WrittenRecord | None = None
    exchanges = [(f"page-{i}", ex, False) for i, ex in enumerate(capture.hops)]
    exchanges += [(f"resource-{i}", ex, True) for i, ex in enumerate(capture.resources)]
    for role, exchange, may_revisit in exchanges:
        placed = _add_exchange(warc, exchange, role, seed, date_of(exchange), info_id, stored, may_revisit)
        if role == f"page-{len(capture.hops) - 1}":
            page_response = placed
    assert page_response is not None
    for number, (target, block) in enumerate(metadata(tuple(warc.records))):
        meta_id = record_id(seed, f"metadata-{number}")
        date = page_response.date
        warc.add(
            metadata_record(
                block,
                record_id=meta_id,
                date=date,
                target_uri=to_uri(target),
                refers_to=page_response.record_id,
                warcinfo_id=info_id,
            ),
            WrittenRecord("metadata", meta_id, target, date, 0, 0),
        )
    return CaptureWarc(warc.data(), tuple(warc.records), page_response)


def _add_exchange(
    warc: WarcBuilder,
    exchange: Exchange,
    role: str,
    seed: str,
    date: datetime,
    info_id: str,
    stored: dict[str, WrittenRecord],
    may_revisit: bool,
) -> WrittenRecord:
    req_id = record_id(seed, f"{role}-request")
    resp_id = record_id(seed, f"{role}-response")
    digest = payload_digest(exchange)
    warc.add(
        request_record(exchange, record_id=req_id, date=date, warcinfo_id=info_id, concurrent_to=resp_id),
        WrittenRecord("request", req_id, exchange.target.url, date, 0, 0),
    )
    original = stored.get(digest) if may_revisit and exchange.entity else None
    info = WrittenRecord(
        "revisit" if original else "response",
        resp_id,
        exchange.target.url,
        date,
        0,
        0,
        exchange.status,
        response_mime(exchange),
        digest,
    )
    if original is not None:
        record = revisit_record(
            exchange,
            record_id=resp_id,
            date=date,
            warcinfo_id=info_id,
            concurrent_to=req_id,
            digest=digest,
            refers_to=original,
        )
        return warc.add(record, info)
    record = response_record(
        exchange, record_id=resp_id, date=date, warcinfo_id=info_id, concurrent_to=req_id, digest=digest
    )
    placed = warc.add(record, info)
    if exchange.entity and 200 <= exchange.status < 300:
        stored.setdefault(digest, placed)
    return placed
