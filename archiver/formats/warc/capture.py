"""The WARC/1.1 file of a web capture: request, response, revisit and metadata records, in a fixed order.

Where the cut is: fetching pages is :mod:`archiver.web` (what to ask for, of whom, how politely, and the
bytes that came back); what those bytes become in a WARC is this module: which records, which fields, which
digests, in which order. It reads an exchange through :class:`HttpExchange`, the few attributes it needs
(:class:`archiver.web.fetch.Exchange` has them), so the format never imports the fetching code. Records are
built with :mod:`archiver.formats.warc.writer` (the ``warcinfo`` and ``metadata`` records are the same as an
article file's) and each is compressed as its own gzip member, so a CDXJ index can point at each by offset
and length: :class:`WarcBuilder` keeps those offsets as it appends.

Order: ``warcinfo``; for each hop of the page's redirect chain, its ``request`` then its ``response``; the
same for each resource (a ``revisit`` instead of a ``response`` when the payload is already stored); then
the ``metadata`` records (the article metadata JSON, then capture.json), each referring to the page's final
response record. Record IDs are UUIDv5 of the caller's seed and the record's role
(:func:`archiver.formats.warc.writer.record_id`), so the same capture always gives the same bytes.

Decisions (ISO 28500:2017 section numbers):

* ``request`` (6.5) and ``response`` (6.3) blocks are the HTTP messages byte for byte as sent and received:
  status line, header fields in order and case, then the body as it came off the wire, chunked framing and
  Content-Encoding kept. Their Content-Type is ``application/http;msgtype=request|response`` (Annex A).
* Each pair names the other in ``WARC-Concurrent-To`` (5.7) and carries ``WARC-IP-Address`` (5.10).
* **Payload digest** (5.9): the payload of an ``application/http`` block is the HTTP entity body, which RFC
  9112 defines with the transfer coding removed. So for a chunked response the digest is of the de-chunked
  body (Content-Encoding still applied, since that is part of the entity). This is the reading of WARC 1.0
  6.3.2 ("with any transfer-encoding removed"), of the IIPC's clarification (warc-specifications issue
  22) and of Heritrix since 2026, and it lets two captures of the same bytes served with different chunk
  boundaries deduplicate. warcio 1.8.1's ``check`` computes it over the raw body instead (warcio issue 74),
  so it reports a payload digest mismatch on chunked responses only; our validator accepts either.
* ``revisit`` (6.7.2, profile identical-payload-digest) replaces a response whose payload digest equals one
  already stored in the same file: the block is the response head only, ``WARC-Refers-To`` (and 1.1's
  ``WARC-Refers-To-Target-URI`` and ``WARC-Refers-To-Date``) name the stored record.
* ``metadata`` (6.6) records have their own ``urn:uuid:`` target, never a captured URL (a replay index
  would otherwise serve the JSON for the page), ``WARC-Refers-To`` the page's response record, and no
  payload digest (they have no payload).
* Digests are SHA-1 base32, as :mod:`archiver.formats.warc.writer` explains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar

from archiver.formats.http.head import ResponseHead
from archiver.formats.warc.writer import (
    build_record,
    format_warc_date,
    gzip_member,
    metadata_record,
    record_id,
    sha1_base32_digest,
    to_uri,
    warcinfo_record,
)

__all__ = [
    "HTTP_REQUEST",
    "HTTP_RESPONSE",
    "REVISIT_PROFILE",
    "CaptureWarc",
    "HttpExchange",
    "WarcBuilder",
    "WrittenRecord",
    "build_capture_warc",
    "payload_digest",
]

HTTP_REQUEST = "application/http;msgtype=request"
HTTP_RESPONSE = "application/http;msgtype=response"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


class _Target(Protocol):
    @property
    def url(self) -> str: ...


class HttpExchange(Protocol):
    """What the records need of one HTTP exchange: a request as sent and its response as received."""

    @property
    def target(self) -> _Target: ...  # ``target.url``: the WARC-Target-URI
    @property
    def ip(self) -> str: ...  # WARC-IP-Address
    @property
    def request(self) -> bytes: ...  # the request message as sent
    @property
    def head(self) -> ResponseHead: ...  # the final response head; ``head.raw`` as received
    @property
    def response(self) -> bytes: ...  # the whole response message as received
    @property
    def entity(self) -> bytes: ...  # the body with chunked framing removed: the WARC payload
    @property
    def status(self) -> int: ...


#: The caller's own exchange type, handed back to its ``date_of``.
_E = TypeVar("_E", bound=HttpExchange)
_E_co = TypeVar("_E_co", bound=HttpExchange, covariant=True)


class _Capture(Protocol[_E_co]):
    """What :func:`build_capture_warc` needs of a capture (:class:`archiver.web.capture.Capture` has it)."""

    @property
    def hops(self) -> Sequence[_E_co]: ...  # the page's redirect chain; the last one is the page
    @property
    def resources(self) -> Sequence[_E_co]: ...


@dataclass(frozen=True)
class WrittenRecord:
    """Where one record sits in the file and what an index needs to know about it."""

    rec_type: str
    record_id: str
    target_uri: str | None
    date: datetime
    offset: int  # of its gzip member in the file
    length: int  # of its gzip member
    status: int | None = None  # HTTP status (response and revisit)
    mime: str | None = None  # the HTTP Content-Type's media type (response and revisit)
    payload_digest: str | None = None


@dataclass
class WarcBuilder:
    """Appends records as gzip members and remembers where each one went."""

    filename: str
    compresslevel: int = 6
    parts: list[bytes] = field(default_factory=list)
    records: list[WrittenRecord] = field(default_factory=list)
    size: int = 0

    def add(self, record: bytes, info: WrittenRecord) -> WrittenRecord:
        member = gzip_member(record, self.compresslevel)
        placed = WrittenRecord(
            info.rec_type,
            info.record_id,
            info.target_uri,
            info.date,
            self.size,
            len(member),
            info.status,
            info.mime,
            info.payload_digest,
        )
        self.parts.append(member)
        self.records.append(placed)
        self.size += len(member)
        return placed

    def data(self) -> bytes:
        return b"".join(self.parts)


@dataclass(frozen=True)
class CaptureWarc:
    data: bytes
    records: tuple[WrittenRecord, ...]
    page_response: WrittenRecord


def payload_digest(exchange: HttpExchange) -> str:
    """WARC-Payload-Digest of a response: SHA-1 of the entity (chunked framing removed), base32."""
    return sha1_base32_digest(exchange.entity)


def _exchange_record(
    kind: str,
    block: bytes,
    content_type: str,
    extra: list[tuple[str, str]],
    exchange: HttpExchange,
    record_id: str,
    date: datetime,
    warcinfo_id: str,
    concurrent_to: str,
) -> bytes:
    """A request (6.5) or response (6.3) record: the HTTP message as sent or received, byte for byte."""
    return build_record(
        [
            ("WARC-Type", kind),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", format_warc_date(date)),
            ("WARC-Target-URI", exchange.target.url),
            ("WARC-IP-Address", exchange.ip),
            ("WARC-Concurrent-To", concurrent_to),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("Content-Type", content_type),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
            *extra,
        ],
        block,
    )


def _revisit_record(
    exchange: HttpExchange,
    *,
    record_id: str,
    date: datetime,
    warcinfo_id: str,
    concurrent_to: str,
    digest: str,
    refers_to: WrittenRecord,
) -> bytes:
    block = exchange.head.raw  # 6.7.2: the payload is not repeated; the HTTP head is kept
    return build_record(
        [
            ("WARC-Type", "revisit"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", format_warc_date(date)),
            ("WARC-Target-URI", exchange.target.url),
            ("WARC-IP-Address", exchange.ip),
            ("WARC-Concurrent-To", concurrent_to),
            ("WARC-Refers-To", refers_to.record_id),
            ("WARC-Refers-To-Target-URI", refers_to.target_uri or ""),
            ("WARC-Refers-To-Date", format_warc_date(refers_to.date)),
            ("WARC-Profile", REVISIT_PROFILE),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("Content-Type", HTTP_RESPONSE),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
            ("WARC-Payload-Digest", digest),
        ],
        block,
    )


def _response_mime(exchange: HttpExchange) -> str | None:
    """The media type of the HTTP response, as an index records it (``text/html``), or None."""
    content_type = exchange.head.get("Content-Type")
    return (content_type.split(";", 1)[0].strip().lower() or None) if content_type else None


def build_capture_warc(
    capture: _Capture[_E],
    *,
    filename: str,
    seed: str,
    date_of: Callable[[_E], datetime],
    info_date: datetime,
    metadata: Callable[[tuple[WrittenRecord, ...]], Sequence[tuple[str, bytes]]],
    software: str,
    operator: str | None = None,
    description: str | None = None,
) -> CaptureWarc:
    """Build the WARC. ``date_of`` gives each exchange's WARC-Date (its real time, or the fixed capture
    time of a reproducible build). ``metadata`` is called with the records written so far (their IDs and
    types are what capture.json cites) and returns (target URN, JSON bytes) per metadata record. An empty
    ``operator`` is left out; ``description`` has its white space runs folded to one space."""
    warc = WarcBuilder(filename)
    info_id = record_id(seed, "warcinfo")
    warc.add(
        warcinfo_record(
            record_id=info_id,
            date=format_warc_date(info_date),
            filename=filename,
            software=software,
            operator=operator or None,
            description=" ".join(description.split()) if description else None,
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
                date=format_warc_date(date),
                target_uri=to_uri(target),
                refers_to=page_response.record_id,
                warcinfo_id=info_id,
            ),
            WrittenRecord("metadata", meta_id, target, date, 0, 0),
        )
    return CaptureWarc(warc.data(), tuple(warc.records), page_response)


def _add_exchange(
    warc: WarcBuilder,
    exchange: HttpExchange,
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
        _exchange_record(
            "request", exchange.request, HTTP_REQUEST, [], exchange, req_id, date, info_id, resp_id
        ),
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
        _response_mime(exchange),
        digest,
    )
    if original is not None:
        record = _revisit_record(
            exchange,
            record_id=resp_id,
            date=date,
            warcinfo_id=info_id,
            concurrent_to=req_id,
            digest=digest,
            refers_to=original,
        )
        return warc.add(record, info)
    payload = [("WARC-Payload-Digest", digest)]
    record = _exchange_record(
        "response", exchange.response, HTTP_RESPONSE, payload, exchange, resp_id, date, info_id, req_id
    )
    placed = warc.add(record, info)
    if exchange.entity and 200 <= exchange.status < 300:
        stored.setdefault(digest, placed)
    return placed
