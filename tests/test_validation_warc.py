"""The WARC validator (archiver.formats.warc.validator): corpus verdicts, our writer's output, one damage per code.

Broken WARCs are generated here rather than stored: most are our own writer's output with one thing changed
(so the test shows the damage an archivist could meet in our packages), the rest are minimal hand-built
records for rules our writer can never break. Every registered WARC code has a test named after it, and a
test checks that none is left without one.
"""

from __future__ import annotations

import base64
import hashlib
import io
import random
import subprocess
import sys
import tracemalloc
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.formats.warc.codes import CODES
from archiver.formats.warc.digests import digest_encodings, parse_digest
from archiver.formats.warc.fields import check_date, check_target_uri
from archiver.formats.warc.validator import validate_warc_file, validate_warc_stream
from archiver.formats.warc.writer import build_article_warc, gzip_member, sha1_base32_digest
from archiver.validation.findings import Finding, Severity

# ---------------------------------------------------------------------------------------------------------
# Helpers


def _validate(data: bytes) -> list[Finding]:
    findings, _stats = validate_warc_stream(io.BytesIO(data), name="test.warc", path="data/test.warc")
    return findings


def _codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def _errors(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings if f.severity is Severity.ERROR}


ARTICLE = (
    b"<!doctype html><html><head><title>News</title></head><body>" + b"<p>Text.</p>" * 300 + b"</body></html>"
)


def _article_warc() -> bytes:
    """Our writer's output for a fixed article: warcinfo, resource, metadata, one gzip member each."""
    return build_article_warc(
        filename="article.warc.gz",
        article=ARTICLE,
        media_type="text/html; charset=utf-8",
        target_uri="https://example.org/news/2024/01/story",
        metadata_json=b'{"title": "Story", "lang": "en"}',
        metadata_uri="urn:x-archiver:metadata:story",
        captured=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        operator="Archive team",
        software="archiver test",
        seed="test-seed",
    ).data


def _members(data: bytes) -> list[bytes]:
    """The uncompressed content of each gzip member."""
    out: list[bytes] = []
    while data:
        d = zlib.decompressobj(31)
        out.append(d.decompress(data))
        data = d.unused_data
    return out


def _records() -> list[bytes]:
    """Our writer's three records, uncompressed (one per member)."""
    return _members(_article_warc())


def _gz(records: list[bytes]) -> bytes:
    return b"".join(gzip_member(r) for r in records)


def _record(headers: list[tuple[str, str]], block: bytes = b"", *, length: int | None = None) -> bytes:
    """A raw WARC/1.1 record, built without any check (archiver.formats.warc.writer.build_record refuses broken input)."""
    n = len(block) if length is None else length
    lines = ["WARC/1.1", *(f"{k}: {v}" for k, v in headers), f"Content-Length: {n}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _resource(rid: str = "<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e01>", **extra: str) -> bytes:
    """A valid resource record; ``extra`` replaces or adds fields (name with _ for -; value "" drops it)."""
    block = b"hello, world\n"
    fields = {
        "WARC-Type": "resource",
        "WARC-Record-ID": rid,
        "WARC-Date": "2024-01-02T03:04:05Z",
        "WARC-Target-URI": "https://example.org/hello.txt",
        "Content-Type": "text/plain",
        "WARC-Block-Digest": sha1_base32_digest(block),
    }
    for key, value in extra.items():
        name = key.replace("_", "-")
        if value:
            fields[name] = value
        else:
            fields.pop(name, None)
    return _record(list(fields.items()), block)


def _replace_header(record: bytes, name: bytes, line: bytes | None) -> bytes:
    """``record`` with its header line for ``name`` replaced by ``line`` (None removes it)."""
    head, sep, rest = record.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    hits = [i for i, x in enumerate(lines) if x.lower().startswith(name.lower() + b":")]
    assert hits, name
    if line is None:
        del lines[hits[0]]
    else:
        lines[hits[0]] = line
    return b"\r\n".join(lines) + sep + rest


def _block_span(record: bytes) -> tuple[int, int]:
    """Start and end of the block inside an uncompressed record."""
    start = record.index(b"\r\n\r\n") + 4
    return start, len(record) - 4


# ---------------------------------------------------------------------------------------------------------
# Corpus: ../shared/corpus/warc/INDEX.md gives the expected verdict of each real file.
#
# (expected verdict, codes that must be among the findings). One file's verdict goes beyond INDEX.md, for a
# content reason INDEX.md does not mention (see DEVIATIONS); every other verdict is INDEX.md's.

VALID, INVALID = "valid", "invalid"

CORPUS: dict[str, tuple[str, frozenset[str]]] = {
    # warcio/
    "warcio/example.warc": (VALID, frozenset()),
    "warcio/example.warc.gz": (VALID, frozenset()),
    "warcio/example-iana.org-chunked.warc": (VALID, frozenset()),
    "warcio/example-resource.warc.gz": (VALID, frozenset()),
    "warcio/post-test.warc.gz": (VALID, frozenset()),
    "warcio/example-digest.warc": (INVALID, frozenset({"WARC-DIGEST-INVALID"})),
    "warcio/example-trunc.warc": (
        INVALID,
        frozenset(
            {"WARC-CONTENT-LENGTH-MISMATCH", "WARC-BLOCK-DIGEST-MISMATCH", "WARC-PAYLOAD-DIGEST-MISMATCH"}
        ),
    ),
    # One whole-file gzip member: a warning (the content is readable; only random access is lost).
    "warcio/example-bad.warc.gz.bad": (VALID, frozenset({"WARC-GZIP-MULTI-RECORD-MEMBER"})),
    "warcio/example-bad-non-chunked.warc.gz": (
        INVALID,
        frozenset({"WARC-GZIP-MULTI-RECORD-MEMBER", "WARC-BLOCK-DIGEST-MISMATCH"}),
    ),
    "warcio/example-wrong-chunks.warc.gz": (INVALID, frozenset({"WARC-GZIP-MEMBER-BOUNDARY"})),
    "warcio/example-space-in-target-uri.warc.gz": (VALID, frozenset({"WARC-TARGET-URI-MALFORMED"})),
    "warcio/example-wget-bad-target-uri.warc.gz": (VALID, frozenset({"WARC-TARGET-URI-MALFORMED"})),
    "warcio/bad.arc": (INVALID, frozenset({"WARC-NOT-WARC"})),
    "warcio/example.arc": (INVALID, frozenset({"WARC-NOT-WARC"})),
    "warcio/example.arc.gz": (INVALID, frozenset({"WARC-NOT-WARC"})),
    "warcio/example-space-in-url.arc": (INVALID, frozenset({"WARC-NOT-WARC"})),
    # jwat/
    # INDEX.md: invalid as a whole: besides the missing Content-Type, digest mismatches and a repeated record ID
    "jwat/invalid-warcfile-contenttype-recommended.warc": (
        INVALID,
        frozenset({"WARC-CONTENT-TYPE-MISSING", "WARC-PAYLOAD-DIGEST-MISMATCH", "WARC-RECORD-ID-DUPLICATE"}),
    ),
    "jwat/invalid-warcfile-contenttype-warcinfo-recommended.warc": (
        VALID,  # INDEX.md: warnings only
        frozenset({"WARC-WARCINFO-CONTENT-TYPE"}),
    ),
    "jwat/invalid-warcfile-digest-fields.warc": (
        INVALID,
        frozenset({"WARC-DIGEST-INVALID", "WARC-BLOCK-DIGEST-MISMATCH"}),
    ),
    "jwat/invalid-warcfile-duplicate-fields.warc": (INVALID, frozenset({"WARC-FIELD-DUPLICATE"})),
    "jwat/invalid-warcfile-encoding-headers.warc.gz": (INVALID, frozenset({"WARC-FIELDS-BLOCK-INVALID"})),
    "jwat/invalid-warcfile-fields-empty.warc": (INVALID, frozenset({"WARC-FIELD-EMPTY"})),
    "jwat/invalid-warcfile-fields-invalidformat.warc": (
        INVALID,
        frozenset(
            {
                "WARC-RECORD-ID-INVALID",
                "WARC-CONTENT-LENGTH-INVALID",
                "WARC-DATE-INVALID",
                "WARC-CONTENT-TYPE-INVALID",
                "WARC-IP-ADDRESS-INVALID",
                "WARC-DIGEST-INVALID",
                "WARC-TARGET-URI-INVALID",
                "WARC-SEGMENT-NUMBER-INVALID",
            }
        ),
    ),
    "jwat/invalid-warcfile-fields-missing.warc": (INVALID, frozenset({"WARC-FIELD-EMPTY"})),
    "jwat/invalid-warcfile-lonely-continuation.warc": (
        INVALID,
        frozenset({"WARC-FIELD-MISSING", "WARC-FIELD-REQUIRED-BY-TYPE"}),
    ),
    "jwat/invalid-warcfile-lonely-monkeys.warc": (
        INVALID,
        frozenset({"WARC-FIELD-MISSING", "WARC-TYPE-UNKNOWN", "WARC-HEADER-SYNTAX"}),
    ),
    "jwat/invalid-warcfile-lonely-request-response-resource-conversion.warc": (
        INVALID,
        frozenset({"WARC-FIELD-MISSING", "WARC-FIELD-REQUIRED-BY-TYPE"}),
    ),
    "jwat/invalid-warcfile-lonely-revisit.warc": (INVALID, frozenset({"WARC-FIELD-REQUIRED-BY-TYPE"})),
    "jwat/invalid-warcfile-lonely-warcinfo-metadata.warc": (INVALID, frozenset({"WARC-FIELD-MISSING"})),
    "jwat/invalid-warcfile-record-then-garbage.warc": (INVALID, frozenset({"WARC-TRAILING-GARBAGE"})),
    "jwat/invalid-warcfile-segment-number-continuation.warc": (
        INVALID,
        frozenset({"WARC-SEGMENT-NUMBER-INVALID"}),
    ),
    "jwat/invalid-warcfile-segment-number-response.warc": (
        INVALID,
        frozenset({"WARC-SEGMENT-NUMBER-INVALID"}),
    ),
    "jwat/test-utf8.warc": (VALID, frozenset({"WARC-VERSION-OLD"})),
    "jwat/valid-warcfile-contenttype-continuation.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-duplicate-concurrentto.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-fields-continuation.warc": (VALID, frozenset({"WARC-HEADER-FOLDED"})),
    "jwat/valid-warcfile-fields-metainfo.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-fields-warcinfo.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-non-warc-headers.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-upper-lower-case.warc": (VALID, frozenset()),
    "jwat/valid-warcfile-utf8.warc": (VALID, frozenset()),
    "jwat/IAH-20080430204825-00000-blackbook.warc.gz": (VALID, frozenset({"WARC-VERSION-OLD"})),
    # jwarc/
    "jwarc/cc.warc.gz": (VALID, frozenset()),
    "jwarc/gzip_extra_sl.warc.gz": (VALID, frozenset()),
    # iipc-warc-specifications/
    "iipc-warc-specifications/hello-world.warc": (VALID, frozenset()),
    "iipc-warc-specifications/hello-world.warc.gz": (VALID, frozenset()),
    "iipc-warc-specifications/20130729-heritrix-original.warc.gz": (VALID, frozenset()),
    "iipc-warc-specifications/20130729-heritrix-revisit-with-http-headers.warc.gz": (VALID, frozenset()),
    # Ends one CRLF short of its closing CRLF CRLF: the block is whole, so only a warning.
    "iipc-warc-specifications/20141124-heritrix-server-not-modified.warc.gz": (
        VALID,
        frozenset({"WARC-RECORD-END-INCOMPLETE"}),
    ),
    "iipc-warc-specifications/20141129-heritrix-original.warc.gz": (VALID, frozenset()),
    "iipc-warc-specifications/20141129-heritrix-revisit-with-http-headers-and-new-warc-headers.warc.gz": (
        VALID,
        frozenset(),
    ),
    # py-wacz/ (the three *.warc files are in fact gzipped: detected by magic bytes, not by name)
    "py-wacz/example-collection.warc": (VALID, frozenset()),
    "py-wacz/example-collection-with-lists.warc": (VALID, frozenset()),
    "py-wacz/example-iana.warc": (VALID, frozenset({"WARC-RECORD-ID-REPEATED"})),  # warcinfo written twice
    "py-wacz/example-resource.warc.gz": (VALID, frozenset()),
    "py-wacz/example-warcinfo-metadata.warc": (VALID, frozenset()),
}

#: Where our verdict goes beyond INDEX.md's, and why (checked by hand).
DEVIATIONS = {
    # INDEX.md only names the gzip layout ("readable content ... flag it"), which we flag as a warning. Its
    # revisit record (record 5) also declares WARC-Block-Digest sha1:DVRKRZEW..., while its 369-byte block
    # hashes to W5NMHSQV...: an error `warcio check` cannot see, as it stops at the gzip layout.
    "warcio/example-bad-non-chunked.warc.gz": "revisit block digest mismatch",
}

#: Files in the corpus folder that are not WARC validation targets.
NOT_WARC_TARGETS = (".md", ".wacz", ".jsonl", ".txt", ".log")


@pytest.mark.parametrize("rel", sorted(CORPUS))
def test_corpus_verdict(shared_dir: Path, rel: str) -> None:
    path = shared_dir / "corpus" / "warc" / rel
    if not path.is_file():
        pytest.skip(f"{rel} is not in this copy of the corpus")
    expected, must = CORPUS[rel]
    report = validate_warc_file(path)
    described = "\n".join(f"{f.severity} {f.code}: {f.message}" for f in report.findings)
    assert (VALID if report.valid else INVALID) == expected, described
    assert must <= _codes(report.findings), described
    assert report.stats["records"] >= (0 if "WARC-NOT-WARC" in must else 1)


def test_corpus_table_covers_every_file(shared_dir: Path) -> None:
    """A file added to the corpus must get a verdict here, or it would go untested."""
    root = shared_dir / "corpus" / "warc"
    present = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.name.endswith(NOT_WARC_TARGETS)
    }
    assert present <= set(CORPUS), sorted(present - set(CORPUS))
    assert set(DEVIATIONS) <= set(CORPUS)


# ---------------------------------------------------------------------------------------------------------
# Our own writer's output


def test_our_writer_output_has_no_findings() -> None:
    data = _article_warc()
    findings, stats = validate_warc_stream(io.BytesIO(data), name="article.warc.gz")
    assert findings == []
    assert stats == {"records": 3, "bytes": len(data)}


def test_our_writer_output_uncompressed_has_no_findings() -> None:
    assert _validate(b"".join(_records())) == []


def test_validate_warc_file_report(tmp_path: Path) -> None:
    path = tmp_path / "article.warc.gz"
    path.write_bytes(_article_warc())
    report = validate_warc_file(path)
    assert report.kind == "warc" and report.valid and report.findings == []
    assert report.stats["records"] == 3
    assert report.target == str(path)


# ---------------------------------------------------------------------------------------------------------
# One damage per code. Damage to our writer's output first, then hand-built records.


def test_WARC_BLOCK_DIGEST_MISMATCH_flipped_byte_in_block() -> None:
    recs = _records()
    start, _end = _block_span(recs[1])
    recs[1] = recs[1][: start + 100] + bytes([recs[1][start + 100] ^ 0x20]) + recs[1][start + 101 :]
    findings = _validate(_gz(recs))
    assert _errors(findings) == {"WARC-BLOCK-DIGEST-MISMATCH", "WARC-PAYLOAD-DIGEST-MISMATCH"}
    block = next(f for f in findings if f.code == "WARC-BLOCK-DIGEST-MISMATCH")
    # Names the record (number and ID), where it is, and both digests.
    assert "record 2 (<urn:uuid:" in block.message and "gzip member at file offset" in block.message
    assert block.message.count("sha1:") == 2 and block.path == "data/test.warc"


def test_WARC_PAYLOAD_DIGEST_MISMATCH() -> None:
    rec = _resource(WARC_Payload_Digest=sha1_base32_digest(b"something else"))
    assert _errors(_validate(rec)) == {"WARC-PAYLOAD-DIGEST-MISMATCH"}


def test_WARC_TRUNCATED_cut_inside_last_record() -> None:
    data = _article_warc()
    cut = data[: len(data) - 60]  # inside the last member, so inside the last record
    findings = _validate(cut)
    assert {"WARC-TRUNCATED", "WARC-GZIP-TRUNCATED"} <= _errors(findings)
    plain = b"".join(_records())
    findings = _validate(plain[: len(plain) - 30])
    assert _errors(findings) == {"WARC-TRUNCATED"}
    assert "record 3" in next(f for f in findings if f.code == "WARC-TRUNCATED").message


def test_WARC_TRUNCATED_inside_header() -> None:
    plain = b"".join(_records())
    cut = plain[: len(_records()[0]) + 40]
    assert _errors(_validate(cut)) == {"WARC-TRUNCATED"}


def test_WARC_RECORD_END_INCOMPLETE() -> None:
    plain = b"".join(_records())
    findings = _validate(plain[:-2])
    assert _codes(findings) == {"WARC-RECORD-END-INCOMPLETE"} and not _errors(findings)


def test_WARC_RECORD_END_SHORT() -> None:
    """One CRLF between a complete block and the next record, plain and gzipped per record."""
    recs = _records()
    assert recs[0].endswith(b"\r\n\r\n")
    recs[0] = recs[0][:-2]
    for data in (b"".join(recs), _gz(recs)):
        findings = _validate(data)
        assert _codes(findings) == {"WARC-RECORD-END-SHORT"} and "record 1" in findings[0].message
    # Two bytes that are not CRLF before the next record: the block really is longer than Content-Length.
    recs = _records()
    recs[0] = recs[0][:-4] + b"xx\r\n"
    assert "WARC-CONTENT-LENGTH-MISMATCH" in _errors(_validate(b"".join(recs)))


def test_WARC_FIELD_MISSING_removed_warc_date() -> None:
    recs = _records()
    recs[1] = _replace_header(recs[1], b"WARC-Date", None)
    findings = _validate(_gz(recs))
    assert _errors(findings) == {"WARC-FIELD-MISSING"}
    assert "WARC-Date" in findings[0].message and "record 2" in findings[0].message


def test_WARC_FIELD_DUPLICATE_duplicate_record_id() -> None:
    recs = _records()
    head, sep, rest = recs[1].partition(b"\r\n")
    recs[1] = head + sep + b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\n" + rest
    assert _errors(_validate(_gz(recs))) == {"WARC-FIELD-DUPLICATE"}


def test_WARC_CONTENT_LENGTH_MISMATCH_bad_content_length() -> None:
    for delta in (+7, -7):
        recs = _records()
        start, end = _block_span(recs[1])
        recs[1] = _replace_header(recs[1], b"Content-Length", b"Content-Length: %d" % (end - start + delta))
        findings = _validate(_gz(recs))
        assert {"WARC-CONTENT-LENGTH-MISMATCH", "WARC-BLOCK-DIGEST-MISMATCH"} <= _errors(findings), delta
        mismatch = next(f for f in findings if f.code == "WARC-CONTENT-LENGTH-MISMATCH")
        assert f"block looks {end - start} bytes long" in mismatch.message, mismatch.message
        # The record after the damaged one is still found and checked.
        assert validate_warc_stream(io.BytesIO(_gz(recs)), name="x")[1]["records"] == 3


def test_WARC_CONTENT_LENGTH_INVALID() -> None:
    recs = _records()
    recs[0] = _replace_header(recs[0], b"Content-Length", b"Content-Length: 12a")
    assert "WARC-CONTENT-LENGTH-INVALID" in _errors(_validate(b"".join(recs)))


def test_WARC_VERSION_INVALID_wrong_version_line() -> None:
    recs = _records()
    recs[1] = recs[1].replace(b"WARC/1.1", b"WARC/1.2", 1)
    findings = _validate(_gz(recs))
    assert _errors(findings) == {"WARC-VERSION-INVALID"}


def test_WARC_NOT_WARC_wrong_first_version_line() -> None:
    recs = _records()
    recs[0] = recs[0].replace(b"WARC/1.1", b"WARX/1.1", 1)
    assert _errors(_validate(_gz(recs))) == {"WARC-NOT-WARC"}


def test_WARC_NOT_WARC_arc_and_empty() -> None:
    arc = b"filedesc://x.arc 0.0.0.0 20240101000000 text/plain 76\n1 0 Test\nURL IP-address Archive-date\n\n"
    findings = _validate(arc)
    assert _codes(findings) == {"WARC-NOT-WARC"} and "ARC file" in findings[0].message
    assert _codes(_validate(b"")) == {"WARC-NOT-WARC"}
    assert _codes(_validate(gzip_member(b""))) == {"WARC-NOT-WARC"}


def test_WARC_TRAILING_GARBAGE() -> None:
    plain = b"".join(_records())
    assert _errors(_validate(plain + b"garbage after the end\r\n")) == {"WARC-TRAILING-GARBAGE"}
    assert _errors(_validate(_article_warc() + b"\x00" * 100)) == {"WARC-TRAILING-GARBAGE"}


def test_WARC_GARBAGE_BETWEEN_RECORDS() -> None:
    recs = _records()
    findings = _validate(recs[0] + b"junk line\r\n" + recs[1] + recs[2])
    assert _errors(findings) == {"WARC-GARBAGE-BETWEEN-RECORDS"}


def test_changed_target_uri_is_undetectable_unless_malformed() -> None:
    """Digests cover blocks, not headers: a well-formed new WARC-Target-URI passes, as it must.

    Only a comparison with a copy kept elsewhere (the package metadata) can catch it; the validator catches
    what breaks the grammar.
    """
    recs = _records()
    other = _replace_header(recs[1], b"WARC-Target-URI", b"WARC-Target-URI: https://example.org/other")
    assert _validate(_gz([recs[0], other, recs[2]])) == []
    spaced = _replace_header(recs[1], b"WARC-Target-URI", b"WARC-Target-URI: https://example.org/a b")
    assert _codes(_validate(_gz([recs[0], spaced, recs[2]]))) == {"WARC-TARGET-URI-MALFORMED"}
    relative = _replace_header(recs[1], b"WARC-Target-URI", b"WARC-Target-URI: example.org/story")
    assert _errors(_validate(_gz([recs[0], relative, recs[2]]))) == {"WARC-TARGET-URI-INVALID"}


def test_WARC_TARGET_URI_MALFORMED() -> None:
    assert _codes(_validate(_resource(WARC_Target_URI="<https://example.org/x>"))) == {
        "WARC-TARGET-URI-MALFORMED"
    }


def test_WARC_TARGET_URI_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Target_URI="bad_uri"))) == {"WARC-TARGET-URI-INVALID"}


def test_WARC_GZIP_CORRUPT_and_later_records_still_checked() -> None:
    recs = _records()
    members = [gzip_member(r) for r in recs]
    middle = bytearray(members[1])
    middle[len(middle) // 2] ^= 0xFF
    data = members[0] + bytes(middle) + members[2]
    findings, stats = validate_warc_stream(io.BytesIO(data), name="x")
    assert _errors(findings) == {"WARC-GZIP-CORRUPT"}
    assert f"file offset {len(members[0])}" in findings[0].message
    assert stats["records"] == 2  # the corrupt member gave nothing; the record after it was read whole
    # ... and checked: damage in it is still found, named by its ID and its member's file offset.
    start, _end = _block_span(recs[2])
    bad_last = gzip_member(recs[2][:start] + b"X" + recs[2][start + 1 :])
    findings = _validate(members[0] + bytes(middle) + bad_last)
    assert _errors(findings) == {"WARC-GZIP-CORRUPT", "WARC-BLOCK-DIGEST-MISMATCH"}
    last = next(f for f in findings if f.code == "WARC-BLOCK-DIGEST-MISMATCH")
    assert f"file offset {len(members[0]) + len(middle)}" in last.message


def test_WARC_GZIP_CORRUPT_bytes_between_members() -> None:
    members = [gzip_member(r) for r in _records()]
    findings = _validate(members[0] + b"not gzip" + members[1] + members[2])
    assert _errors(findings) == {"WARC-GZIP-CORRUPT"}


def test_WARC_GZIP_TRUNCATED() -> None:
    data = _article_warc()
    assert "WARC-GZIP-TRUNCATED" in _errors(_validate(data[:-3]))  # only the gzip trailer is cut


def test_WARC_GZIP_MULTI_RECORD_MEMBER() -> None:
    one_member = gzip_member(b"".join(_records()))
    findings = _validate(one_member)
    assert _codes(findings) == {"WARC-GZIP-MULTI-RECORD-MEMBER"} and not _errors(findings)
    assert "2 of 3 records" in findings[0].message and "Annex D.2" in findings[0].message


def test_WARC_GZIP_MEMBER_BOUNDARY() -> None:
    recs = _records()
    split = len(recs[1]) // 2
    data = (
        gzip_member(recs[0])
        + gzip_member(recs[1][:split])
        + gzip_member(recs[1][split:])
        + gzip_member(recs[2])
    )
    findings = _validate(data)
    assert _errors(findings) == {"WARC-GZIP-MEMBER-BOUNDARY"}
    assert "record 2" in findings[0].message


def test_WARC_LIMIT_EXCEEDED_long_header_line() -> None:
    rec = _resource(X_Padding="x" * (70 << 10))
    findings = _validate(rec + _resource("<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e02>"))
    assert _errors(findings) == {"WARC-LIMIT-EXCEEDED"}


def test_WARC_LIMIT_EXCEEDED_decompression_bomb() -> None:
    # 80 MiB of zeros in one gzip member of about 80 KiB: over 1000-fold, past 64 MiB.
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = bytearray(comp.compress(b"WARC/1.1\r\n"))
    zeros = bytes(1 << 20)
    for _ in range(80):
        bomb += comp.compress(zeros)
    bomb += comp.flush()
    assert "WARC-LIMIT-EXCEEDED" in _errors(_validate(bytes(bomb)))


def test_WARC_VERSION_OLD() -> None:
    findings = _validate(_resource().replace(b"WARC/1.1", b"WARC/0.18", 1))
    assert _codes(findings) == {"WARC-VERSION-OLD"}


def test_WARC_HEADER_SYNTAX() -> None:
    rec = _resource().replace(b"Content-Type: text/plain\r\n", b"Content-Type text/plain\r\n")
    assert "WARC-HEADER-SYNTAX" in _errors(_validate(rec))
    bare_lf = _resource().replace(
        b"WARC-Date: 2024-01-02T03:04:05Z\r\n", b"WARC-Date: 2024-01-02T03:04:05Z\n"
    )
    assert _errors(_validate(bare_lf)) == {"WARC-HEADER-SYNTAX"}
    latin1 = _resource().replace(b"Content-Type: text/plain", b"X-Note: caf\xe9\r\nContent-Type: text/plain")
    assert _errors(_validate(latin1)) == {"WARC-HEADER-SYNTAX"}


def test_WARC_HEADER_FOLDED() -> None:
    rec = _resource().replace(b"WARC-Date: 2024", b"WARC-Date:\r\n 2024")
    assert _codes(_validate(rec)) == {"WARC-HEADER-FOLDED"}


def test_WARC_FIELD_EMPTY() -> None:
    rec = _resource().replace(b"Content-Type: text/plain", b"Content-Type:")
    assert "WARC-FIELD-EMPTY" in _errors(_validate(rec))


def test_WARC_FIELD_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Truncated="too long"))) == {"WARC-FIELD-INVALID"}


def test_WARC_FIELD_NOT_ALLOWED() -> None:
    # A segmentation field on a record that is not a continuation leaves it ambiguous whether the record is
    # whole (§5.21, §7): an error.
    findings = _validate(_resource(WARC_Segment_Origin_ID="<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e02>"))
    assert _errors(findings) == {"WARC-FIELD-NOT-ALLOWED"} and "WARC-Segment-Origin-ID" in findings[0].message


def test_WARC_FIELD_MISPLACED() -> None:
    # WARC-Filename belongs on warcinfo records (§5.17); elsewhere it describes, and loses nothing.
    findings = _validate(_resource(WARC_Filename="x.warc"))
    assert _codes(findings) == {"WARC-FIELD-MISPLACED"} and not _errors(findings)
    assert "WARC-Filename" in findings[0].message
    refers = _validate(_resource(WARC_Refers_To="<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e02>"))
    assert _codes(refers) == {"WARC-FIELD-MISPLACED"}


def test_WARC_PAYLOAD_DIGEST_NOT_ALLOWED() -> None:
    # warcio writes a payload digest on metadata records, which have no payload (WARC 1.1 §4, §5.9): a
    # warning, as long as it matches the block; a wrong one is damage.
    meta = _resource(WARC_Type="metadata", WARC_Payload_Digest=sha1_base32_digest(b"hello, world\n"))
    findings = _validate(meta)
    assert _codes(findings) == {"WARC-PAYLOAD-DIGEST-NOT-ALLOWED"} and not _errors(findings)
    wrong = _resource(WARC_Type="metadata", WARC_Payload_Digest=sha1_base32_digest(b"other"))
    assert _codes(_validate(wrong)) == {"WARC-PAYLOAD-DIGEST-NOT-ALLOWED", "WARC-PAYLOAD-DIGEST-MISMATCH"}


def test_WARC_FIELD_REQUIRED_BY_TYPE() -> None:
    assert _errors(_validate(_resource(WARC_Target_URI=""))) == {"WARC-FIELD-REQUIRED-BY-TYPE"}


def test_WARC_RECORD_ID_INVALID() -> None:
    assert _errors(_validate(_resource("urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e01"))) == {
        "WARC-RECORD-ID-INVALID"
    }
    assert _errors(_validate(_resource("<no scheme>"))) == {"WARC-RECORD-ID-INVALID"}


def test_WARC_RECORD_ID_NOT_UUID() -> None:
    assert _codes(_validate(_resource("<urn:uuid:12345>"))) == {"WARC-RECORD-ID-NOT-UUID"}
    assert _validate(_resource("<https://example.org/records/1>")) == []  # any URI scheme is fine (§5.2)


def test_WARC_RECORD_ID_DUPLICATE() -> None:
    other = _resource(WARC_Date="2024-05-06T07:08:09Z")
    assert _errors(_validate(_resource() + other)) == {"WARC-RECORD-ID-DUPLICATE"}


def test_WARC_RECORD_ID_REPEATED() -> None:
    findings = _validate(_resource() + _resource())
    assert _codes(findings) == {"WARC-RECORD-ID-REPEATED"} and "record 2" in findings[0].message


def test_WARC_ID_FIELD_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Warcinfo_ID="urn:uuid:x"))) == {"WARC-ID-FIELD-INVALID"}


def test_WARC_DATE_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Date="2024-13-01T00:00:00Z"))) == {"WARC-DATE-INVALID"}
    ten = _resource(WARC_Date="2024-01-02T03:04:05.5Z").replace(b"WARC/1.1", b"WARC/1.0", 1)
    assert _errors(_validate(ten)) == {"WARC-DATE-INVALID"}  # WARC 1.0: to the second


def test_WARC_DATE_LOWERCASE() -> None:
    assert _codes(_validate(_resource(WARC_Date="2024-01-02t03:04:05z"))) == {"WARC-DATE-LOWERCASE"}


def test_WARC_TYPE_UNKNOWN() -> None:
    assert _codes(_validate(_resource(WARC_Type="monkeys"))) == {"WARC-TYPE-UNKNOWN"}


def test_WARC_CONTENT_TYPE_INVALID() -> None:
    assert _errors(_validate(_resource(Content_Type="gif\\image"))) == {"WARC-CONTENT-TYPE-INVALID"}


def test_WARC_CONTENT_TYPE_MISSING() -> None:
    assert _codes(_validate(_resource(Content_Type=""))) == {"WARC-CONTENT-TYPE-MISSING"}


def test_WARC_WARCINFO_CONTENT_TYPE() -> None:
    rec = _resource(WARC_Type="warcinfo", WARC_Target_URI="", WARC_Filename="x.warc")
    assert _codes(_validate(rec)) == {"WARC-WARCINFO-CONTENT-TYPE"}


def test_WARC_FIELDS_BLOCK_INVALID() -> None:
    block = b"software: x\r\nnot a field line\r\n"
    rec = _record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", "<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e09>"),
            ("WARC-Date", "2024-01-02T03:04:05Z"),
            ("Content-Type", "application/warc-fields"),
        ],
        block,
    )
    findings = _validate(rec)
    assert _errors(findings) == {"WARC-FIELDS-BLOCK-INVALID"} and "line 2 has no colon" in findings[0].message


def test_WARC_IP_ADDRESS_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_IP_Address="256.1.1.1"))) == {"WARC-IP-ADDRESS-INVALID"}
    assert _validate(_resource(WARC_IP_Address="2001:db8::1")) == []


def test_WARC_SEGMENT_NUMBER_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Segment_Number="2"))) == {"WARC-SEGMENT-NUMBER-INVALID"}
    cont = _resource(
        WARC_Type="continuation",
        WARC_Segment_Number="1",
        WARC_Segment_Origin_ID="<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e00>",
        Content_Type="",
    )
    assert _errors(_validate(cont)) == {"WARC-SEGMENT-NUMBER-INVALID"}


def test_WARC_PROFILE_UNKNOWN() -> None:
    revisit = _resource(
        WARC_Type="revisit",
        WARC_Profile="http://example.org/my-profile",
        WARC_Payload_Digest="sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
    )
    assert _codes(_validate(revisit)) == {"WARC-PROFILE-UNKNOWN"}


def test_WARC_DIGEST_INVALID() -> None:
    assert _errors(_validate(_resource(WARC_Block_Digest="sha1:not-base32"))) == {"WARC-DIGEST-INVALID"}
    assert _errors(_validate(_resource(WARC_Block_Digest="sha1"))) == {"WARC-DIGEST-INVALID"}


def test_WARC_DIGEST_UNKNOWN_ALGORITHM() -> None:
    assert _codes(_validate(_resource(WARC_Block_Digest="crc99:ABCDEF"))) == {"WARC-DIGEST-UNKNOWN-ALGORITHM"}


def test_WARC_HTTP_HEADER_INCOMPLETE() -> None:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"  # no blank line: where is the payload?
    rec = _record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", "<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e03>"),
            ("WARC-Date", "2024-01-02T03:04:05Z"),
            ("WARC-Target-URI", "http://example.org/"),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Payload-Digest", sha1_base32_digest(b"")),
        ],
        block,
    )
    assert _codes(_validate(rec)) == {"WARC-HTTP-HEADER-INCOMPLETE"}


def test_WARC_UNREADABLE(tmp_path: Path) -> None:
    report = validate_warc_file(tmp_path)  # a directory cannot be read as a file
    assert not report.valid and _codes(report.findings) == {"WARC-UNREADABLE"}


def test_every_code_has_a_test() -> None:
    names = {name for name in globals() if name.startswith("test_WARC_")}
    for code in CODES:
        prefix = "test_" + code.replace("-", "_")
        assert any(n == prefix or n.startswith(prefix + "_") for n in names), f"no test for {code}"


def test_codes_cite_the_spec() -> None:
    for info in CODES.values():
        assert info.code.startswith("WARC-") and info.summary
        assert info.spec.startswith("WARC 1.1 ") and ("§" in info.spec or "Annex" in info.spec), info


# ---------------------------------------------------------------------------------------------------------
# Large inputs: read ahead in a worker thread (files over one 1 MiB read), in bounded memory


def _big_records(n: int = 40) -> list[bytes]:
    """``n`` valid resource records of 64 KiB of incompressible data each (about 2.6 MB)."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        block = rng.randbytes(64 << 10)
        out.append(
            _record(
                [
                    ("WARC-Type", "resource"),
                    ("WARC-Record-ID", f"<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-{i:012d}>"),
                    ("WARC-Date", "2024-01-02T03:04:05Z"),
                    ("WARC-Target-URI", f"https://example.org/{i}"),
                    ("Content-Type", "application/octet-stream"),
                    ("WARC-Block-Digest", sha1_base32_digest(block)),
                ],
                block,
            )
        )
    return out


def test_large_inputs_read_ahead_give_the_same_findings() -> None:
    recs = _big_records()
    assert _validate(b"".join(recs)) == [] and _validate(_gz(recs)) == []
    members = [gzip_member(r) for r in recs]
    bad = bytearray(members[20])
    bad[len(bad) // 2] ^= 0xFF
    damaged = b"".join(members[:20]) + bytes(bad) + b"".join(members[21:])
    findings, stats = validate_warc_stream(io.BytesIO(damaged), name="big")
    assert _errors(findings) == {"WARC-GZIP-CORRUPT"} and stats["records"] == 40  # 39 whole, 1 in part
    plain = bytearray(b"".join(recs))
    plain[len(recs[0]) * 30 + 500] ^= 1
    findings = _validate(bytes(plain))
    assert _errors(findings) == {"WARC-BLOCK-DIGEST-MISMATCH"} and "record 31" in findings[0].message


def test_large_input_that_is_not_a_warc_stops_at_once() -> None:
    assert _codes(_validate(b"x" * (8 << 20))) == {"WARC-NOT-WARC"}
    assert _codes(_validate(gzip_member(b"y" * (8 << 20)))) == {"WARC-NOT-WARC"}


class _FailingStream(io.RawIOBase):
    """Gives ``good`` bytes, then fails as a disk or network read can."""

    def __init__(self, good: bytes) -> None:
        self._good = io.BytesIO(good)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._good.read(size)
        if not data:
            raise OSError("device error")
        return data


def test_read_errors_propagate() -> None:
    data = b"".join(_big_records(20))
    with pytest.raises(OSError, match="device error"):
        validate_warc_stream(_FailingStream(data), name="x")  # type: ignore[arg-type]
    with pytest.raises(OSError, match="device error"):
        validate_warc_stream(_FailingStream(data[:1000]), name="x")  # type: ignore[arg-type]


class _LazyRecord(io.RawIOBase):
    """One resource record with a block of ``size`` bytes, produced as it is read and never held whole."""

    def __init__(self, size: int) -> None:
        piece = bytes(range(256)) * 4096  # 1 MiB
        digest = hashlib.sha1()
        for _ in range(size // len(piece)):
            digest.update(piece)
        header = _record(
            [
                ("WARC-Type", "resource"),
                ("WARC-Record-ID", "<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0eff>"),
                ("WARC-Date", "2024-01-02T03:04:05Z"),
                ("WARC-Target-URI", "https://example.org/big"),
                ("Content-Type", "application/octet-stream"),
                ("WARC-Block-Digest", "sha1:" + base64.b32encode(digest.digest()).decode()),
            ],
            length=size,
        )[:-4]
        self._parts = iter([header, *(piece for _ in range(size // len(piece))), b"\r\n\r\n"])
        self._rest = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while len(self._rest) < size:
            part = next(self._parts, None)
            if part is None:
                break
            self._rest += part
        data, self._rest = self._rest[:size], self._rest[size:]
        return data


def test_memory_stays_bounded_on_a_large_block() -> None:
    tracemalloc.start()
    try:
        findings, stats = validate_warc_stream(_LazyRecord(48 << 20), name="big")  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert findings == [] and stats["records"] == 1
    assert peak < 16 << 20, f"peak {peak >> 20} MiB for a 48 MiB block"


# ---------------------------------------------------------------------------------------------------------
# Digests in every encoding, chunked payloads


def _http_response(body: bytes, *, chunked: bool, digest_of: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
    if chunked:
        head += b"Transfer-Encoding: chunked\r\n\r\n"
        framed = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in (body[:5], body[5:])) + b"0\r\n\r\n"
    else:
        head += b"Content-Length: %d\r\n\r\n" % len(body)
        framed = body
    block = head + framed
    return _record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", "<urn:uuid:6c4cd0a2-1f7a-4a43-9a4e-3b6f2c1d0e04>"),
            ("WARC-Date", "2024-01-02T03:04:05Z"),
            ("WARC-Target-URI", "http://example.org/"),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
            ("WARC-Payload-Digest", sha1_base32_digest(framed if digest_of == b"raw" else body)),
        ],
        block,
    )


@pytest.mark.parametrize("digest_of", [b"raw", b"dechunked"])
def test_chunked_payload_digest_accepted_raw_or_dechunked(digest_of: bytes) -> None:
    """warcio hashes the body as received (chunk framing included), WARC 1.0 without it: both pass."""
    assert _validate(_http_response(b"hello, chunked world", chunked=True, digest_of=digest_of)) == []


def test_chunked_payload_digest_mismatch_names_both_readings() -> None:
    rec = _http_response(b"hello, chunked world", chunked=True, digest_of=b"raw").replace(b"hello", b"HELLO")
    findings = _validate(rec)
    payload = next(f for f in findings if f.code == "WARC-PAYLOAD-DIGEST-MISMATCH")
    assert "de-chunked" in payload.message


def test_digest_in_every_encoding() -> None:
    raw = hashlib.sha256(b"x").digest()
    for text in (
        raw.hex(),
        raw.hex().upper(),
        base64.b32encode(raw).decode(),
        base64.b32encode(raw).decode().rstrip("=").lower(),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    ):
        for label in ("sha256", "SHA-256"):
            declared, problems = parse_digest("WARC-Block-Digest", f"{label}:{text}")
            assert declared is not None and not problems, text
            assert declared.matches(raw) and not declared.matches(hashlib.sha256(b"y").digest()), text
    assert [c for c, _ in parse_digest("d", "sha256:AAAA")[1]] == ["WARC-DIGEST-INVALID"]
    assert [c for c, _ in parse_digest("d", "whirlpool:AAAA")[1]] == ["WARC-DIGEST-UNKNOWN-ALGORITHM"]
    md5 = hashlib.md5(b"x").digest()  # 32 characters in both base16 and padded base32: told apart
    assert digest_encodings(base64.b32encode(md5).decode(), 16) == ("base32",)
    assert digest_encodings(md5.hex(), 16) == ("base16",)


@pytest.mark.parametrize(
    ("value", "version", "codes"),
    [
        ("2024-01-02T03:04:05Z", "1.0", []),
        ("2024-01-02T03:04:05.123456789Z", "1.1", []),
        ("2024-01-02T03:04Z", "1.1", []),
        ("2024-01", "1.1", []),
        ("2016-12-31T23:59:60Z", "1.1", []),
        ("2024-01-02T03:04:05.1234567890Z", "1.1", ["WARC-DATE-INVALID"]),
        ("2024-01-02T03:04:05+00:00", "1.1", ["WARC-DATE-INVALID"]),
        ("2024-02-30T00:00:00Z", "1.1", ["WARC-DATE-INVALID"]),
        ("2024-01-02", "1.0", ["WARC-DATE-INVALID"]),
    ],
)
def test_check_date(value: str, version: str, codes: list[str]) -> None:
    assert [c for c, _ in check_date(value, version)] == codes


def test_check_target_uri() -> None:
    assert check_target_uri("https://example.org/a?b=c#d") == []
    assert check_target_uri("dns:www.archive.org") == []
    assert [c for c, _ in check_target_uri("https://example.org/caf\u00e9")] == ["WARC-TARGET-URI-MALFORMED"]


# ---------------------------------------------------------------------------------------------------------
# warcio check passes damage we catch


def _warcio_check(path: Path) -> int:
    warcio = Path(sys.executable).parent / "warcio"
    if not warcio.exists():
        pytest.skip("the warcio command is not installed beside this Python")
    return subprocess.run([str(warcio), "check", str(path)], capture_output=True, check=False).returncode


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncated", "missing-warc-date"])
def test_warcio_check_misses_what_we_catch(tmp_path: Path, damage: str) -> None:
    recs = _records()
    if damage == "truncated":
        data = b"".join(recs)[:-300]  # cut inside the last record's block
        expected = "WARC-TRUNCATED"
    else:
        recs[1] = _replace_header(recs[1], b"WARC-Date", None)
        data = b"".join(recs)
        expected = "WARC-FIELD-MISSING"
    path = tmp_path / f"{damage}.warc"
    path.write_bytes(data)
    assert _warcio_check(path) == 0  # warcio: fine
    report = validate_warc_file(path)
    assert not report.valid and expected in _errors(report.findings)


# ---------------------------------------------------------------------------------------------------------
# hypothesis: no input raises; every changed block byte is found

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PLAIN = b"".join(_records())
_GZ = _article_warc()


@_SETTINGS
@given(
    st.binary(max_size=3000), st.sampled_from([b"", b"WARC/1.1\r\n", b"WARC/1.0\r\nWARC-Type: response\r\n"])
)
def test_random_bytes_never_raise(data: bytes, prefix: bytes) -> None:
    findings = _validate(prefix + data)
    assert all(isinstance(f, Finding) for f in findings)
    assert findings or prefix == b""  # a prefix without a complete record is never valid


@_SETTINGS
@given(st.binary(max_size=2000))
def test_random_gzip_never_raises(data: bytes) -> None:
    _validate(b"\x1f\x8b\x08" + data)
    _validate(gzip_member(data) + data[:50])


def _mutate(data: bytes, op: str, pos: int, arg: int, extra: bytes) -> bytes:
    if not data:
        return extra if op == "insert" else data
    pos %= len(data)
    if op == "flip":
        return data[:pos] + bytes([data[pos] ^ (arg % 255 + 1)]) + data[pos + 1 :]
    if op == "insert":
        return data[:pos] + extra + data[pos:]
    if op == "delete":
        return data[:pos] + data[pos + 1 + arg % 64 :]
    return data[:pos]  # truncate


_MUTATIONS = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate"]),
    st.integers(min_value=0, max_value=1 << 20),
    st.integers(min_value=0, max_value=255),
    st.binary(min_size=1, max_size=20),
)


@_SETTINGS
@given(st.lists(_MUTATIONS, min_size=1, max_size=3), st.booleans())
def test_mutations_never_raise(mutations: list[tuple[str, int, int, bytes]], gz: bool) -> None:
    data = _GZ if gz else _PLAIN
    for op, pos, arg, extra in mutations:
        data = _mutate(data, op, pos, arg, extra)
    findings, stats = validate_warc_stream(io.BytesIO(data), name="m")
    assert all(isinstance(f, Finding) for f in findings) and stats["bytes"] == len(data)


@_SETTINGS
@given(
    st.integers(min_value=0, max_value=2), st.integers(min_value=0), st.integers(min_value=1, max_value=255)
)
def test_any_changed_block_byte_is_detected(record: int, pos: int, mask: int) -> None:
    recs = _records()
    start, end = _block_span(recs[record])
    at = start + pos % (end - start)
    recs[record] = recs[record][:at] + bytes([recs[record][at] ^ mask]) + recs[record][at + 1 :]
    for data in (b"".join(recs), _gz(recs)):
        errors = _errors(_validate(data))
        assert "WARC-BLOCK-DIGEST-MISMATCH" in errors, (record, at, mask)
