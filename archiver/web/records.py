"""WARC/1.1 records of a web capture: request, response, revisit and metadata, built on archiver.warc.

Every record is built in memory by :func:`archiver.warc.build_record` and compressed as its own gzip member
(:func:`archiver.warc.gzip_member`), so a CDXJ index can point at each by offset and length.
:class:`WarcBuilder` keeps those offsets as it appends.

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
* Digests are SHA-1 base32, as archiver.warc explains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from archiver.warc import (
    CONFORMS_TO,
    FORMAT_NAME,
    build_record,
    format_warc_date,
    gzip_member,
    sha1_base32_digest,
    warc_fields,
)
from archiver.web.fetch import Exchange
from archiver.web.http import media_type

HTTP_REQUEST = "application/http;msgtype=request"
HTTP_RESPONSE = "application/http;msgtype=response"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


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


def payload_digest(exchange: Exchange) -> str:
    """WARC-Payload-Digest of a response: SHA-1 of the entity (chunked framing removed), base32."""
    return sha1_base32_digest(exchange.entity)


def warcinfo_record(
    *,
    record_id: str,
    date: datetime,
    filename: str,
    software: str,
    operator: str | None,
    description: str | None,
) -> bytes:
    fields = [("software", software), ("format", FORMAT_NAME), ("conformsTo", CONFORMS_TO)]
    if operator:
        fields.append(("operator", operator))
    if description:
        fields.append(("description", " ".join(description.split())))
    block = warc_fields(fields)
    return build_record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", format_warc_date(date)),
            ("WARC-Filename", filename),
            ("Content-Type", "application/warc-fields"),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
        ],
        block,
    )


def request_record(
    exchange: Exchange, *, record_id: str, date: datetime, warcinfo_id: str, concurrent_to: str
) -> bytes:
    return _exchange_record(
        "request", exchange.request, HTTP_REQUEST, [], exchange, record_id, date, warcinfo_id, concurrent_to
    )


def response_record(
    exchange: Exchange, *, record_id: str, date: datetime, warcinfo_id: str, concurrent_to: str, digest: str
) -> bytes:
    payload = [("WARC-Payload-Digest", digest)]
    return _exchange_record(
        "response",
        exchange.response,
        HTTP_RESPONSE,
        payload,
        exchange,
        record_id,
        date,
        warcinfo_id,
        concurrent_to,
    )


def _exchange_record(
    kind: str,
    block: bytes,
    content_type: str,
    extra: list[tuple[str, str]],
    exchange: Exchange,
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


def revisit_record(
    exchange: Exchange,
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


def metadata_record(
    block: bytes, *, record_id: str, date: datetime, target_uri: str, refers_to: str, warcinfo_id: str
) -> bytes:
    return build_record(
        [
            ("WARC-Type", "metadata"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", format_warc_date(date)),
            ("WARC-Target-URI", target_uri),
            ("WARC-Refers-To", refers_to),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("Content-Type", "application/json"),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
        ],
        block,
    )


def response_mime(exchange: Exchange) -> str | None:
    """The media type of the HTTP response, as an index records it (``text/html``), or None."""
    return media_type(exchange.head.get("Content-Type"))[0]
