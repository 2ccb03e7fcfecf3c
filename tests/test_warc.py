"""The WARC/1.1 writer, checked against warcio's reader and `warcio check` as independent second opinions.

Byte-level properties (one gzip member per record, Content-Length, CRLF CRLF, reproducibility) are checked
by hand here, since warcio passes files that break them.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import uuid
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archiver.formats.warc.writer import (
    CONFORMS_TO,
    RECORD_ID_NAMESPACE,
    WarcResult,
    build_article_warc,
    build_record,
    format_warc_date,
    gzip_member,
    record_id,
    sha1_base32_digest,
    to_uri,
    warc_fields,
)

CAPTURED = datetime(2024, 5, 17, 8, 30, 12, 987654, tzinfo=UTC)
ARTICLE = (
    "<!doctype html><title>Flood</title><p>The river rose 2\u00a0m overnight \u2014 caf\u00e9 closed.</p>\n"
)
METADATA = {"title": "Flood", "language": "en", "creators": ["A. Writer"]}


def make(**overrides: Any) -> WarcResult:
    """build_article_warc with realistic defaults; keyword overrides replace them."""
    kwargs: dict[str, Any] = {
        "filename": "article-0001.warc.gz",
        "article": ARTICLE.encode("utf-8"),
        "media_type": "text/html; charset=utf-8",
        "target_uri": "https://news.example.org/2024/05/flood",
        "metadata_json": json.dumps(METADATA).encode("utf-8"),
        "metadata_uri": "urn:x-archiver:metadata:article-0001",
        "captured": CAPTURED,
        "operator": "Riverside Library <archive@riverside.example>",
        "software": "archiver/0.1.0",
        "seed": "article-0001",
    }
    kwargs.update(overrides)
    return build_article_warc(**kwargs)


def read_records(data: bytes) -> list[tuple[str, dict[str, str], bytes, str]]:
    """(type, headers, raw block, protocol) of every record, as warcio reads them."""
    out = []
    for rec in ArchiveIterator(io.BytesIO(data), check_digests="raise"):
        headers = dict(rec.rec_headers.headers)
        out.append((rec.rec_type, headers, rec.raw_stream.read(), rec.rec_headers.protocol))
    return out


def gzip_members(data: bytes) -> list[bytes]:
    """Decompress ``data`` member by member; each member's uncompressed bytes."""
    members = []
    rest = data
    while rest:
        d = zlib.decompressobj(wbits=31)
        members.append(d.decompress(rest) + d.flush())
        assert d.eof, "gzip member is cut short"
        rest = d.unused_data
    return members


# ---------------------------------------------------------------------------------------------- warcio reads


def test_reads_back_with_warcio() -> None:
    result = make()
    records = read_records(result.data)
    assert [r[0] for r in records] == ["warcinfo", "resource", "metadata"]
    assert {r[3] for r in records} == {"WARC/1.1"}
    (_, info, info_block, _), (_, res, res_block, _), (_, meta, meta_block, _) = records

    assert info["WARC-Record-ID"] == result.warcinfo_id
    assert info["WARC-Filename"] == "article-0001.warc.gz"
    assert info["Content-Type"] == "application/warc-fields"
    assert info["WARC-Date"] == "2024-05-17T08:30:12Z"
    assert info_block == (
        b"software: archiver/0.1.0\r\n"
        b"format: WARC File Format 1.1\r\n"
        b"conformsTo: " + CONFORMS_TO.encode() + b"\r\n"
        b"operator: Riverside Library <archive@riverside.example>\r\n"
        b"\r\n"
    )

    assert res["WARC-Record-ID"] == result.resource_id
    assert res["WARC-Target-URI"] == "https://news.example.org/2024/05/flood" == result.target_uri
    assert res["WARC-Warcinfo-ID"] == result.warcinfo_id
    assert res["Content-Type"] == "text/html; charset=utf-8"
    assert res["WARC-Date"] == "2024-05-17T08:30:12Z"
    assert res_block == ARTICLE.encode("utf-8")
    assert res["WARC-Block-Digest"] == res["WARC-Payload-Digest"] == sha1_base32_digest(res_block)

    assert meta["WARC-Record-ID"] == result.metadata_id
    assert meta["WARC-Refers-To"] == result.resource_id
    assert meta["WARC-Target-URI"] == "urn:x-archiver:metadata:article-0001"
    assert meta["WARC-Warcinfo-ID"] == result.warcinfo_id
    assert meta["Content-Type"] == "application/json"
    assert meta["WARC-Date"] == "2024-05-17T08:30:12Z"
    assert json.loads(meta_block) == METADATA
    assert meta_block == json.dumps(METADATA).encode("utf-8")

    ids = {result.warcinfo_id, result.resource_id, result.metadata_id}
    assert len(ids) == 3
    for rid in ids:
        assert re.fullmatch(
            r"<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>", rid
        )


def test_field_placement_follows_the_standard() -> None:
    """5.9, 5.11, 5.14, 5.16, 5.17: which record may or must carry which field."""
    (_, info, _, _), (_, res, _, _), (_, meta, _, _) = read_records(make().data)
    for headers in (info, res, meta):
        for mandatory in ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length"):
            assert mandatory in headers
    assert "WARC-Target-URI" not in info
    assert "WARC-Warcinfo-ID" not in info
    assert "WARC-Warcinfo-ID" in res and "WARC-Warcinfo-ID" in meta
    assert "WARC-Filename" not in res and "WARC-Filename" not in meta
    assert "WARC-Payload-Digest" not in meta, "metadata records have no payload (WARC 1.1 section 4)"
    assert "WARC-Payload-Digest" not in info
    assert "WARC-Refers-To" not in info and "WARC-Refers-To" not in res
    assert meta["WARC-Target-URI"] != res["WARC-Target-URI"]


def test_header_order_is_fixed() -> None:
    members = gzip_members(make().data)
    names = [
        [line.split(b":", 1)[0] for line in m.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]] for m in members
    ]
    assert names[0] == [
        b"WARC-Type", b"WARC-Record-ID", b"WARC-Date", b"WARC-Filename",
        b"Content-Type", b"WARC-Block-Digest", b"Content-Length",
    ]  # fmt: skip
    assert names[1] == [
        b"WARC-Type", b"WARC-Record-ID", b"WARC-Date", b"WARC-Target-URI", b"WARC-Warcinfo-ID",
        b"Content-Type", b"WARC-Block-Digest", b"WARC-Payload-Digest", b"Content-Length",
    ]  # fmt: skip
    assert names[2] == [
        b"WARC-Type", b"WARC-Record-ID", b"WARC-Date", b"WARC-Target-URI", b"WARC-Refers-To",
        b"WARC-Warcinfo-ID", b"Content-Type", b"WARC-Block-Digest", b"Content-Length",
    ]  # fmt: skip


def test_operator_and_description_are_optional() -> None:
    (_, _, block, _), *_ = read_records(make(operator=None).data)
    assert b"operator:" not in block
    assert b"description:" not in block
    (_, _, block, _), *_ = read_records(make(operator="Zo\u00eb", description="Local news, 2024").data)
    assert block.endswith("operator: Zo\u00eb\r\ndescription: Local news, 2024\r\n\r\n".encode())


def test_empty_article_is_a_zero_length_block() -> None:
    (_, _, _, _), (_, res, block, _), _ = read_records(make(article=b"").data)
    assert block == b""
    assert res["Content-Length"] == "0"
    assert res["WARC-Block-Digest"] == "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"


def test_article_that_looks_like_a_record_stays_inside_its_block() -> None:
    nasty = (
        b"x\r\n\r\nWARC/1.1\r\nWARC-Type: response\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n\x00\xff\x1f\x8b"
    )
    records = read_records(make(article=nasty).data)
    assert [r[0] for r in records] == ["warcinfo", "resource", "metadata"]
    assert records[1][2] == nasty


def test_the_reader_helper_verifies_digests() -> None:
    """read_records uses warcio's digest check in 'raise' mode, so every test reading a WARC checks digests."""
    rec = build_record([*MANDATORY, ("WARC-Block-Digest", sha1_base32_digest(b"other"))], b"hello")
    with pytest.raises(ArchiveLoadFailed, match="digest"):
        read_records(gzip_member(rec))


# ------------------------------------------------------------------------------------------- warcio check


def warcio_cli() -> Path:
    exe = Path(sys.executable).parent / "warcio"
    if not exe.exists():
        pytest.skip("warcio's command-line tool is not installed beside this Python")
    return exe


@pytest.mark.slow
def test_warcio_check_passes_every_digest(tmp_path: Path) -> None:
    path = tmp_path / "article.warc.gz"
    path.write_bytes(make().data)
    proc = subprocess.run(
        [str(warcio_cli()), "check", "-v", str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("digest pass") == 3, proc.stdout
    for rtype in ("warcinfo", "resource", "metadata"):
        assert rtype in proc.stdout
    assert "fail" not in proc.stdout.lower()


@pytest.mark.slow
def test_warcio_check_notices_a_wrong_digest(tmp_path: Path) -> None:
    """Proof that the check above has teeth: the same tool rejects a record whose digest is wrong."""
    rec = build_record(
        [
            ("WARC-Type", "resource"),
            ("WARC-Record-ID", record_id("x", "resource")),
            ("WARC-Date", "2024-01-01T00:00:00Z"),
            ("WARC-Target-URI", "https://example.org/"),
            ("Content-Type", "text/plain"),
            ("WARC-Block-Digest", sha1_base32_digest(b"something else")),
        ],
        b"hello",
    )
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip_member(rec))
    proc = subprocess.run(
        [str(warcio_cli()), "check", "-v", str(path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "digest pass" not in proc.stdout


# ------------------------------------------------------------------------------------------- byte layout


def test_one_gzip_member_per_record() -> None:
    members = gzip_members(make().data)
    assert len(members) == 3
    for member, rtype in zip(members, ("warcinfo", "resource", "metadata"), strict=True):
        assert member.startswith(b"WARC/1.1\r\nWARC-Type: " + rtype.encode() + b"\r\n")
        assert member.count(b"WARC/1.1\r\n") == 1
        # Each member is a complete WARC by itself, which is what lets replay tools seek to it.
        assert [r[0] for r in read_records(gzip.compress(member))] == [rtype]


def test_content_length_matches_block_and_records_end_with_crlf_crlf() -> None:
    for member in gzip_members(make().data):
        head, sep, rest = member.partition(b"\r\n\r\n")
        assert sep
        length = int(re.search(rb"\r\nContent-Length: (\d+)(?:\r\n|$)", head).group(1))  # type: ignore[union-attr]
        assert len(rest) == length + 4
        assert rest.endswith(b"\r\n\r\n")


def test_gzip_members_carry_no_time_no_name_and_a_fixed_os_byte() -> None:
    data = make().data
    offset = 0
    for member in gzip_members(data):
        compressed = gzip_member(member)
        assert data[offset : offset + len(compressed)] == compressed
        offset += len(compressed)
        # RFC 1952 2.3: ID1 ID2 CM=8, FLG=0 (no FNAME/FCOMMENT/FEXTRA), MTIME=0, XFL=0, OS=255.
        assert compressed[:10] == b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
        with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as gz:
            assert gz.read() == member
            assert gz.mtime == 0
    assert offset == len(data)


@pytest.mark.parametrize("size", [0, 1, 249, 250, 251, 762, 763, 5000, 32505, 32506, 32507, 100_000])
def test_gzip_member_round_trips_around_window_size_steps(size: int) -> None:
    """The deflate window is sized to the data; sizes at each step's edge must still round-trip."""
    data = (ARTICLE.encode() * (size // 50 + 1))[:size]
    for level in (0, 1, 6, 9):
        assert gzip.decompress(gzip_member(data, level)) == data


def test_gzip_member_is_byte_reproducible_and_honours_the_level() -> None:
    data = (ARTICLE * 200).encode()
    assert gzip_member(data) == gzip_member(data)
    assert gzip.decompress(gzip_member(data, 1)) == gzip.decompress(gzip_member(data, 9)) == data
    assert gzip.decompress(gzip_member(b"", 0)) == b""
    with pytest.raises(ValueError):
        gzip_member(data, 10)


# ------------------------------------------------------------------------------------------ reproducibility


def test_identical_inputs_give_identical_bytes() -> None:
    assert make().data == make().data
    # The same instant in another zone is the same capture.
    assert make(captured=CAPTURED.astimezone(timezone(timedelta(hours=-5)))).data == make().data


def test_a_different_capture_time_gives_a_different_file() -> None:
    later = make(captured=CAPTURED + timedelta(seconds=1))
    assert later.data != make().data
    assert read_records(later.data)[1][1]["WARC-Date"] == "2024-05-17T08:30:13Z"


def test_a_different_seed_gives_different_record_ids() -> None:
    a, b = make(seed="one"), make(seed="two")
    assert {a.warcinfo_id, a.resource_id, a.metadata_id}.isdisjoint(
        {b.warcinfo_id, b.resource_id, b.metadata_id}
    )


def test_output_is_pinned() -> None:
    """Record IDs and uncompressed bytes never drift silently: a change here changes every rebuilt WARC.

    The uncompressed bytes are pinned rather than the .gz, whose deflate stream depends on the zlib build.
    """
    result = make()
    assert result.warcinfo_id == record_id("article-0001", "warcinfo")
    assert (
        record_id("article-0001", "warcinfo")
        == "<urn:uuid:" + str(uuid.uuid5(RECORD_ID_NAMESPACE, "article-0001\x00warcinfo")) + ">"
    )
    assert uuid.uuid5(uuid.NAMESPACE_URL, "urn:news-archiver:warc-record-id") == RECORD_ID_NAMESPACE
    assert result.resource_id == "<urn:uuid:" + PINNED_RESOURCE_UUID + ">"
    plain = b"".join(gzip_members(result.data))
    assert hashlib.sha256(plain).hexdigest() == PINNED_PLAIN_SHA256


PINNED_RESOURCE_UUID = "4f5bd8c4-f880-52bd-adc2-676731e812af"
PINNED_PLAIN_SHA256 = "4eb3fedf9e6328225d134ec5abbce74f9f4385117b1b3ff35e5af34376a258f1"


# ------------------------------------------------------------------------------------------------ helpers


def test_format_warc_date() -> None:
    assert format_warc_date(CAPTURED) == "2024-05-17T08:30:12Z"  # fraction truncated, not rounded
    plus2 = timezone(timedelta(hours=2))
    assert format_warc_date(datetime(2024, 1, 1, 1, 0, 0, tzinfo=plus2)) == "2023-12-31T23:00:00Z"
    assert format_warc_date(datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0999-01-02T03:04:05Z"
    with pytest.raises(ValueError, match="naive"):
        format_warc_date(datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="naive"):
        make(captured=datetime(2024, 1, 1))


def test_record_id_is_deterministic_and_unambiguous() -> None:
    assert record_id("s", "resource") == record_id("s", "resource")
    assert record_id("s", "resource") != record_id("s", "metadata")
    # The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert record_id("ab", "c") != record_id("a", "bc")
    for bad in ("", "a\x00b"):
        with pytest.raises(ValueError):
            record_id("s", bad)


def test_sha1_base32_digest() -> None:
    assert sha1_base32_digest(b"") == "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"
    value = sha1_base32_digest(b"hello")
    assert re.fullmatch(r"sha1:[A-Z2-7]{32}", value)
    assert "=" not in value


@pytest.mark.parametrize(
    ("given_uri", "expected"),
    [
        ("https://example.org/a?b=c#d", "https://example.org/a?b=c#d"),
        ("https://example.org/caf\u00e9", "https://example.org/caf%C3%A9"),
        ("https://b\u00fccher.example/", "https://b%C3%BCcher.example/"),
        ("https://example.org/a b\t<c>", "https://example.org/a%20b%09%3Cc%3E"),
        ("https://example.org/%e2%82%ac", "https://example.org/%e2%82%ac"),  # valid escapes kept as given
        ("https://example.org/100%", "https://example.org/100%25"),  # a stray % is escaped
        ("https://example.org/%zz", "https://example.org/%25zz"),
        ("urn:uuid:0c7e2a41-1e3f-5f1b-8d0e-7a4c8f0b9b3e", "urn:uuid:0c7e2a41-1e3f-5f1b-8d0e-7a4c8f0b9b3e"),
        ("https://example.org/\U0001f30a", "https://example.org/%F0%9F%8C%8A"),
    ],
)
def test_to_uri(given_uri: str, expected: str) -> None:
    assert to_uri(given_uri) == expected


@pytest.mark.parametrize("bad", ["", "example.org/page", "/relative", "1http://x/", "http://x/\ud800"])
def test_to_uri_refuses_what_is_not_an_absolute_iri(bad: str) -> None:
    with pytest.raises(ValueError):
        to_uri(bad)


def test_warc_fields_block() -> None:
    assert warc_fields([("software", "x"), ("format", "y")]) == b"software: x\r\nformat: y\r\n\r\n"


def test_build_record_layout() -> None:
    rec = build_record(
        [
            ("WARC-Type", "resource"),
            ("WARC-Record-ID", "<urn:uuid:x>"),
            ("WARC-Date", "2024-01-01T00:00:00Z"),
        ],
        b"abc",
    )
    assert rec == (
        b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:x>\r\n"
        b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
    )


MANDATORY = [
    ("WARC-Type", "resource"),
    ("WARC-Record-ID", "<urn:uuid:x>"),
    ("WARC-Date", "2024-01-01T00:00:00Z"),
]


@pytest.mark.parametrize(
    "headers",
    [
        [*MANDATORY, ("Content-Length", "3")],  # computed, never passed
        MANDATORY[1:],  # no WARC-Type
        MANDATORY[:2],  # no WARC-Date
        [*MANDATORY, ("warc-date", "2024-01-01T00:00:00Z")],  # repeated, case-insensitively
        [*MANDATORY, ("Bad Name", "x")],  # not a token
        [*MANDATORY, ("X-Field", " padded")],  # would be stripped on read
        [*MANDATORY, ("X-Field", "nbsp\u00a0")],  # warcio strips Unicode white space too
        [*MANDATORY, ("X-Field", "nul\x00")],
    ],
)
def test_build_record_refuses_bad_headers(headers: list[tuple[str, str]]) -> None:
    with pytest.raises(ValueError):
        build_record(headers, b"abc")


def test_build_record_allows_repeated_concurrent_to() -> None:
    rec = build_record(
        [*MANDATORY, ("WARC-Concurrent-To", "<urn:a>"), ("WARC-Concurrent-To", "<urn:b>")], b""
    )
    assert rec.count(b"WARC-Concurrent-To") == 2


# ----------------------------------------------------------------------------------------------- refusals

INJECTED = "x\r\nWARC-Type: response"


@pytest.mark.parametrize(
    "field", ["filename", "media_type", "target_uri", "metadata_uri", "operator", "software", "description"]
)
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_cr_or_lf_in_a_header_value_is_refused(field: str, newline: str) -> None:
    value = {
        "media_type": "text/html",
        "target_uri": "https://example.org/a",
        "metadata_uri": "urn:x:m",
    }.get(field, "x")
    with pytest.raises(ValueError, match="CR or LF"):
        make(**{field: value + newline + "WARC-Type: response"})


def test_cr_lf_refused_by_build_record() -> None:
    with pytest.raises(ValueError, match="CR or LF"):
        build_record([*MANDATORY, ("X-Note", INJECTED)], b"")


@pytest.mark.parametrize(
    "overrides",
    [
        # The same URI as the article, as given or after IRI mapping: pywb would replay the JSON.
        {"metadata_uri": "https://news.example.org/2024/05/flood"},
        {"metadata_uri": "HTTPS://NEWS.example.org/2024/05/flood"},
        {"target_uri": "https://example.org/caf\u00e9", "metadata_uri": "https://example.org/caf%C3%A9"},
        {"metadata_json": b"{not json"},
        {"metadata_json": '{"a": "\u00e9"}'.encode("latin-1")},  # JSON must be UTF-8
        {"metadata_json": b"\xef\xbb\xbf{}"},  # no BOM (RFC 8259 section 8.1)
        {"media_type": "text"},
        {"media_type": "text/html; charset"},
        {"target_uri": "not a uri"},
        {"filename": ""},
        {"software": ""},
        {"operator": " padded "},
        {"operator": ""},
        {"description": ""},
        {"seed": ""},
        {"compresslevel": -1},
    ],
)
def test_invalid_inputs_are_refused(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        make(**overrides)


# ---------------------------------------------------------------------------------------------- properties

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=20,
)
iri_paths = st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"), max_size=60)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(article=st.binary(max_size=4096), meta=json_values, ensure_ascii=st.booleans())
def test_any_article_and_any_json_round_trip(article: bytes, meta: Any, ensure_ascii: bool) -> None:
    meta_bytes = json.dumps(meta, ensure_ascii=ensure_ascii).encode("utf-8")
    data = make(article=article, metadata_json=meta_bytes).data
    records = read_records(data)
    assert [r[0] for r in records] == ["warcinfo", "resource", "metadata"]
    assert records[1][2] == article
    assert records[2][2] == meta_bytes
    assert len(gzip_members(data)) == 3


@PROPERTY
@given(path=iri_paths)
def test_any_iri_round_trips_as_its_uri(path: str) -> None:
    iri = "https://\u65b0\u805e.example/" + path
    result = make(target_uri=iri)
    written = read_records(result.data)[1][1]["WARC-Target-URI"]
    assert written == result.target_uri == to_uri(iri)
    # Only RFC 3986 characters, and well-formed escapes.
    assert re.fullmatch(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*", written)
    if "%" not in path:
        assert unquote(written, errors="strict") == iri  # the mapping loses nothing


@PROPERTY
@given(
    text=st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40).filter(
        lambda s: s == s.strip()
    )
)
def test_any_unicode_header_text_reads_back(text: str) -> None:
    """4: field values may hold any UTF-8; warcio must read back exactly what was written."""
    info, block = read_records(make(filename=text, operator=text).data)[0][1:3]
    assert info["WARC-Filename"] == text
    assert f"operator: {text}\r\n".encode() in block
