"""The one WARC record reader (archiver.formats.warc) and the one HTTP head parser (archiver.formats.http.head).

The validator, our own package checks and the WACZ checks read records, headers and HTTP heads through these
modules, so they cannot disagree; where the parsers they replace did disagree, the tests here pin the reading
chosen, with its RFC section.
"""

from __future__ import annotations

import base64
import hashlib
import io

import pytest

from archiver.formats.http.head import (
    HttpFormatError,
    head_fields,
    is_chunked,
    parse_head,
    transfer_codings,
)
from archiver.formats.warc.headers import first_values, parse_header
from archiver.formats.warc.records import RecordError, RecordsTooLarge, iter_records, read_head
from archiver.formats.warc.validator import validate_warc_stream
from archiver.formats.warc.writer import gzip_member


def _record(fields: list[tuple[str, str]], block: bytes) -> bytes:
    lines = ["WARC/1.1", *(f"{k}: {v}" for k, v in fields), f"Content-Length: {len(block)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _resource(n: int, block: bytes) -> bytes:
    return _record(
        [
            ("WARC-Type", "resource"),
            ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"),
            ("WARC-Date", "2024-01-02T03:04:05Z"),
            ("WARC-Target-URI", f"https://example.org/{n}"),
            ("Content-Type", "text/plain"),
        ],
        block,
    )


def _blocks(data: bytes, **kw: int) -> list[tuple[str | None, bytes]]:
    return [(r.get("warc-record-id"), r.block()) for r in iter_records(io.BytesIO(data), **kw)]


BLOCKS = [b"one\n", b"", b"three" * 100_000]  # the last one spans several reads


@pytest.mark.parametrize("gz", [False, True])
def test_records_and_blocks_plain_and_gzip_member_by_member(gz: bool) -> None:
    records = [_resource(n, b) for n, b in enumerate(BLOCKS)]
    data = b"".join(gzip_member(r) for r in records) if gz else b"".join(records)
    got = _blocks(data)
    assert [b for _id, b in got] == BLOCKS
    assert got[2][0] == "<urn:uuid:00000000-0000-4000-8000-000000000002>"


def test_unread_blocks_are_skipped_and_fields_keep_order_and_repeats() -> None:
    data = _record([("WARC-Type", "metadata"), ("warc-type", "other"), ("X-Ext", "a")], b"x") + _resource(
        1, b"y"
    )
    records = list(iter_records(io.BytesIO(data)))
    assert [r.get("WARC-TYPE") for r in records] == ["metadata", "resource"]
    assert records[0].fields[:3] == [("WARC-Type", "metadata"), ("warc-type", "other"), ("X-Ext", "a")]


def test_stray_bytes_between_records_are_skipped_to_the_next_version_line() -> None:
    data = _resource(0, b"a") + b"garbage\r\n" + _resource(1, b"b")
    assert [b for _id, b in _blocks(data)] == [b"a", b"b"]


@pytest.mark.parametrize(
    "data",
    [
        _resource(0, b"abc")[:-10],  # block cut short
        b"WARC/1.1\r\nWARC-Type: resource\r\n",  # header cut short
        b"WARC/1.1\r\nWARC-Type: resource\r\n\r\n",  # no Content-Length
        _resource(0, b"a") + b"not a record",  # trailing bytes with no record after them
        gzip_member(_resource(0, b"abc"))[:-6],  # gzip member cut short
    ],
)
def test_what_cannot_be_followed_raises_record_error(data: bytes) -> None:
    with pytest.raises(RecordError):
        _blocks(data)


def test_limit_on_uncompressed_bytes() -> None:
    data = gzip_member(_resource(0, b"\0" * 3_000_000))
    with pytest.raises(RecordsTooLarge):
        _blocks(data, limit=1 << 20)
    assert len(_blocks(data, limit=4 << 20)) == 1


def test_read_head_plain_and_gzip() -> None:
    record = _resource(7, b"z" * 10)
    for data in (record, gzip_member(record)):
        head = read_head(data[:60] if data is record else data)
        if data is record:
            assert head is None  # the header is cut short
        else:
            assert head is not None and head.get("warc-target-uri") == "https://example.org/7"
    assert read_head(b"\r\nWARC/1.1\r\n") is None


def test_one_header_grammar_folding_and_problems() -> None:
    fields, problems = parse_header(b"WARC-Type: resource\r\nX-Long: a\r\n  b\r\nno colon\r\n")
    assert fields == [("WARC-Type", "resource"), ("X-Long", "a b")]
    assert {c for c, _d in problems} == {"WARC-HEADER-FOLDED", "WARC-HEADER-SYNTAX"}
    assert first_values([("A", "1"), ("a", "2")]) == {"a": "1"}


# --- HTTP heads ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "chunked"),
    [
        ("chunked", True),
        ("gzip, chunked", True),
        ("gzip,chunked,", True),  # empty list elements are ignored (RFC 9110 §5.6.1)
        ("chunked, gzip", False),  # chunked is framing only as the final coding (RFC 9112 §6.1, §6.3)
        ("x-chunked", False),
        ("identity", False),
    ],
)
def test_chunked_only_as_the_final_transfer_coding(value: str, chunked: bool) -> None:
    head = parse_head(f"HTTP/1.1 200 OK\r\nTransfer-Encoding: {value}\r\n\r\n".encode())
    assert is_chunked(head) is chunked
    assert is_chunked(head_fields(head.raw)) is chunked


def test_codings_across_repeated_fields_in_order() -> None:
    fields = head_fields(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")
    assert transfer_codings(fields) == ["gzip", "chunked"] and is_chunked(fields)


def test_strict_and_lenient_reading_of_the_same_grammar() -> None:
    raw = b"HTTP/1.1 200 OK\r\nGood: 1\r\nBad : 2\r\n folded\r\n\r\n"
    with pytest.raises(HttpFormatError):
        parse_head(raw)
    # White space before the colon makes a line no field line (RFC 9112 §5.1): left out, never raised.
    assert head_fields(raw) == (("Good", "1 folded"),)


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


@pytest.mark.parametrize(("coding", "accepted"), [("chunked", True), ("chunked, gzip", False)])
def test_validator_offers_the_dechunked_payload_only_when_chunked_frames_the_body(
    coding: str, accepted: bool
) -> None:
    """A payload digest of the de-chunked body (WARC 1.0's reading) is accepted only when chunked is the
    final transfer coding; otherwise the bytes are not chunk framing and de-chunking them reads nothing."""
    entity = b"hello"
    body = b"5\r\nhello\r\n0\r\n\r\n"
    http = f"HTTP/1.1 200 OK\r\nTransfer-Encoding: {coding}\r\n\r\n".encode() + body
    record = _record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000001>"),
            ("WARC-Date", "2024-01-02T03:04:05Z"),
            ("WARC-Target-URI", "https://example.org/"),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Payload-Digest", _sha1(entity)),
        ],
        http,
    )
    findings, _stats = validate_warc_stream(io.BytesIO(record), name="x.warc")
    assert {f.code for f in findings} == (set() if accepted else {"WARC-PAYLOAD-DIGEST-MISMATCH"})
