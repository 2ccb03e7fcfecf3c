"""Strict, streaming validation of WARC files: WARC 1.0 and 1.1 (ISO 28500), drafts 0.17/0.18 with a warning.

Why our own reader rather than warcio's: ``warcio check`` verifies digests and that the file parses, nothing
more. It passes a file cut inside its last record, records without WARC-Date or WARC-Record-ID, duplicated
mandatory fields and malformed values, and crashes on some broken records. An archivist needs every rule the
standard states, each finding naming the rule, the record and its offset. Clause numbers are those of
ISO 28500:2017 (WARC 1.1). WARC 1.0 states the same rules unless a comment says otherwise, but numbers them
differently after §5.11 (it has no WARC-Refers-To-Target-URI or -Date) and in its annexes.

How the file is read (streaming, constant memory): through the one WARC reader,
:mod:`archiver.formats.warc.records` (gzip member by member, never by the file name; headers with the one grammar of
:mod:`archiver.formats.warc.headers`; HTTP heads with :mod:`archiver.formats.http.head`), which the package
and WACZ checks use too.

* Blocks are never held in memory: they pass to the hashers in slices of at most 1 MiB. Only a record header
  (at most 1 MiB, lines at most 64 KiB), the HTTP header of an ``application/http`` block (at most 1 MiB) and an
  ``application/warc-fields`` block of at most 1 MiB are buffered.
* After damage the reader re-synchronises, on the next version line at the start of a line or on the next
  gzip member whose data starts with ``WARC/``, so that one broken record does not hide what is wrong with the
  records after it. Records are numbered as they are read, so after a lost gzip member the numbers skip
  nothing; the WARC-Record-ID and the member's file offset in each message stay exact.
* A file of more than one read (1 MiB) is read and inflated a few batches ahead in a worker thread, so the
  findings are the same as in one thread.

Where the cut is. This module is the record walk: it drives the reader record by record, numbers the
records, re-synchronises after damage, checks what only the walk can see (truncation, Content-Length against
the CRLF CRLF that must follow a block, gzip members shared or split across records, repeated record IDs,
garbage between records) and turns every problem into a finding that names the record (its number, counted
from 1, and its WARC-Record-ID when known) and its offset. The rules are pure functions elsewhere, each
returning ``(code, detail)`` problems: :mod:`archiver.formats.warc.fields` checks a header's fields (§4-§7)
and a ``warc-fields`` block; :mod:`archiver.formats.warc.digests` reads declared digests and computes them
as the block streams past. The codes are :mod:`archiver.formats.warc.codes`.

Digests. Both WARC-Block-Digest and WARC-Payload-Digest are verified, whatever the encoding (see
:mod:`archiver.formats.warc.digests`). The payload of an ``application/http`` block is the entity after the
HTTP header (§5.9). WARC 1.0 defined it "with any transfer-encoding removed" (its 'response' clause); 1.1
dropped those words (§6.3.2), and writers differ: warcio hashes the body as received, chunk framing included,
so for a chunk-framed body either reading is accepted. Payload digests are not verified where the payload is
not in the block: ``revisit`` records (§6.7: the payload is the earlier capture's) and segmented records
(§5.9: the digest is of the whole logical record).

What cannot be detected: a digest covers a block, never a header. An edited header value that is still
well-formed (another valid WARC-Target-URI, WARC-Date or Content-Type) is indistinguishable from the original;
only a comparison with a copy kept elsewhere (the bag manifests, the package metadata) can catch it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, Final

from archiver.formats.warc.codes import CODES
from archiver.formats.warc.digests import BlockSink, DigestCheck
from archiver.formats.warc.fields import (
    TYPES,
    HeaderCheck,
    check_record_fields,
    check_version,
    check_warc_fields_block,
    lower_media,
)
from archiver.formats.warc.headers import VERSION_RE, Problem, parse_header, preview
from archiver.formats.warc.records import (
    CRLF2,
    GZIP_MAGIC,
    ByteReader,
    GzipSource,
    PlainSource,
    Prefetch,
    Resync,
    Source,
)
from archiver.validation.findings import Collector, Finding, Report, Severity, finding

__all__ = ["CODES", "validate_warc_file", "validate_warc_stream"]

# ---------------------------------------------------------------------------------------------------------
# Limits. The reading unit is 1 MiB; header-like data is bounded so that a hostile file cannot exhaust memory.

_CHUNK: Final = 1 << 20  # raw reads, decompressed output per call, and the largest slice handed to a hasher
_MAX_LINE: Final = 64 << 10
_MAX_HEADER: Final = 1 << 20
_MAX_FIELDS_BLOCK: Final = 1 << 20
_MAX_IDS: Final = 1_000_000  # record IDs remembered for the duplicate check (as 64-bit hashes)
_MAX_PER_CODE: Final = 100  # findings listed per code; the rest are counted in one summary finding


# ---------------------------------------------------------------------------------------------------------
# The validator: reads records, applies the pure checks, and reports findings that name record and offset.


class _Validator:
    def __init__(self, stream: BinaryIO, path: str | None, name: str) -> None:
        self._stream = stream
        self._path = path
        self._name = name
        self._out = Collector(
            _MAX_PER_CODE,
            more="... and {more} more findings of this kind, not listed",
            more_path=path,
            more_sorted=False,
        )
        self.findings: list[Finding] = self._out.findings
        self.records = 0
        self._ids: dict[int, int] = {}
        self._gz = False
        self._src: Source = PlainSource(stream, b"")
        self._reader = ByteReader(self._src)
        self._member = 0  # file offset of the gzip member the current record starts in
        self._member_records = 0  # records begun in that member so far
        self._shared = 0  # records that share a member with the record before them
        self._shared_first = ""
        self._old_version_seen = False
        self._syntax: list[Problem] = []  # header syntax problems of the record being read

    # -- findings

    def add(self, code: str, message: str) -> None:
        """A finding, unless this code already has ``_MAX_PER_CODE`` (then it is only counted)."""
        self._out.add(code, self._path, message)

    def _where(self, index: int, rid: str | None, start: int) -> str:
        where = f"record {index}" + (f" ({rid})" if rid else "")
        if self._gz:
            return f"{where} at uncompressed offset {start} (gzip member at file offset {self._member})"
        return f"{where} at offset {start}"

    # -- the run

    def run(self) -> tuple[list[Finding], dict[str, int]]:
        head = self._stream.read(_CHUNK)
        if not head:
            self.add("WARC-NOT-WARC", f"{self._name} is empty; a WARC file holds at least one record (§4)")
            return self.findings, {"records": 0, "bytes": 0}
        self._gz = head[:2] == GZIP_MAGIC
        # Files of more than one read are read ahead in a worker thread (see Prefetch); small ones are not
        # worth a thread.
        reports: list[tuple[str, str]] = []
        prefetch = len(head) >= _CHUNK

        def report(code: str, message: str) -> None:
            if prefetch:
                reports.append((code, message))
            else:
                self.add(code, message)

        src = GzipSource(self._stream, head, report) if self._gz else PlainSource(self._stream, head)
        worker = Prefetch(src, reports, self.add) if prefetch else None
        self._src = src if worker is None else worker
        self._reader = ByteReader(self._src)
        try:
            while True:
                try:
                    if not self._record():
                        break
                except Resync:
                    self._reader.reset()
                    self._member_records = 0
        finally:
            if worker is not None:
                worker.close()
        self._finish()
        return self.findings, {"records": self.records, "bytes": self._src.raw_bytes}

    def _finish(self) -> None:
        if self._shared:
            self.add(
                "WARC-GZIP-MULTI-RECORD-MEMBER",
                f"{self._shared} of {self.records} records share a gzip member with the record before them "
                f"(the first: {self._shared_first}). Indexes (CDX) address records by the file offset of their "
                "member, so these records cannot be reached without inflating everything before them; WARC "
                "Annex D.2 recommends one record per member ('warcio recompress' rewrites the file so)",
            )
        if self.records == 0 and not any(f.severity is Severity.ERROR for f in self.findings):
            self.add("WARC-NOT-WARC", f"{self._name} holds no WARC record")
        self._out.close()

    # -- gzip member bookkeeping

    def _enter_record(self, start: int, where_index: int) -> None:
        bounds = self._src.bounds
        while bounds and bounds[0][0] <= start:
            self._member = bounds.popleft()[1]
            self._member_records = 0
        if self._gz and self._member_records:
            self._shared += 1
            if not self._shared_first:
                self._shared_first = f"record {where_index} at uncompressed offset {start}"
        self._member_records += 1

    def _leave_record(self, end: int, where: str | None) -> None:
        """Take the member starts inside the record just read; ``where`` None: its extent is unknown."""
        bounds = self._src.bounds
        inner: list[int] = []
        while bounds and bounds[0][0] < end:
            self._member = bounds.popleft()[1]
            inner.append(self._member)
        if inner:
            self._member_records = 0
            if where is not None:
                self.add(
                    "WARC-GZIP-MEMBER-BOUNDARY",
                    f"{where} spans gzip members: {len(inner)} member(s) start inside it, the first at file "
                    f"offset {inner[0]}. A reader that seeks to a member start, as index-based readers do, finds "
                    "no record there (warcio fails on such files)",
                )

    # -- records

    def _record(self) -> bool:
        """Read and check one record; False when there is nothing more to read."""
        r = self._reader
        start = r.offset
        line, ok = r.readline(_MAX_LINE)
        if ok and not line:
            return False
        m = VERSION_RE.fullmatch(line.rstrip(b"\r\n")) if ok else None
        if m is None:
            return self._not_a_record(start, line)
        self.records += 1
        index = self.records
        self._enter_record(start, index)
        read = self._read_header(index, start, line)
        if not isinstance(read, list):
            return read
        rules, problems = check_version(m.group(1).decode("ascii"))
        if problems and problems[0][0] == "WARC-VERSION-OLD":
            if self._old_version_seen:  # said once per file
                problems = problems[1:]
            self._old_version_seen = True
        hc = check_record_fields(rules, read)
        rid = hc.first.get("warc-record-id") or None
        where = self._where(index, rid, start)
        for code, detail in problems + self._syntax + hc.problems:
            self.add(code, f"{where}: {detail}")
        if rid:
            self._check_unique(rid, where, read)
        if hc.length is None:
            # Reported above (missing, empty or invalid); without a length the block's end is unknown.
            self._skip_to_next_record()
            return True
        return self._read_block(hc, hc.length, where)

    def _read_header(self, index: int, start: int, version_line: bytes) -> list[tuple[str, str]] | bool:
        """The header's fields (syntax problems left in ``_syntax``), or what ``_record`` returns if none."""
        r = self._reader
        header, status = r.read_until_blank_line(_MAX_HEADER)
        where = self._where(index, None, start)
        if status == "limit":
            self.add("WARC-LIMIT-EXCEEDED", f"{where}: no end of the header within 1 MiB; record skipped")
            self._skip_to_next_record()
            return True
        if status == "eof":
            self.add(
                "WARC-TRUNCATED",
                f"the file ends inside the header of {where} ({len(header)} bytes, no blank line after them)",
            )
            return False
        # The header ends with its blank line: CRLF, or a bare LF (reported as a syntax problem).
        crlf_blank = header.endswith(b"\r\n") and (header == b"\r\n" or header.endswith(b"\n\r\n"))
        field_data = header[: len(header) - (2 if crlf_blank else 1)]
        if len(field_data) > _MAX_LINE and any(len(x) > _MAX_LINE for x in field_data.split(b"\n")):
            self.add("WARC-LIMIT-EXCEEDED", f"{where}: a header line is longer than 64 KiB; record skipped")
            self._skip_to_next_record()
            return True
        fields, problems = parse_header(field_data)
        if (not version_line.endswith(b"\r\n") or not crlf_blank) and not any(
            c == "WARC-HEADER-SYNTAX" and "bare LF" in d for c, d in problems
        ):
            problems.insert(
                0, ("WARC-HEADER-SYNTAX", "the version line or the blank line ends with a bare LF")
            )
        self._syntax = problems
        return fields

    def _read_block(self, hc: HeaderCheck, length: int, where: str) -> bool:
        """Stream the block through its checks, then check the CRLF CRLF that must follow it."""
        r = self._reader
        sink = self._make_sink(hc, length)
        got = r.feed(length, None if sink is None else sink.feed)
        if got < length:
            self.add(
                "WARC-TRUNCATED",
                f"the file ends inside the block of {where}: Content-Length is {length} but only {got} bytes "
                "follow the header",
            )
            return False
        end_offset = r.offset
        tail = r.peek(4)
        if sink is not None:
            self._finish_sink(sink, hc, length, where)
        if tail == CRLF2:
            r.skip(4)
            self._leave_record(r.offset, where)
            return True
        if len(tail) < 4 and CRLF2.startswith(tail):
            # The block is whole (its digests were checked above); only separator bytes are missing. Readers
            # (warcio, jwarc) accept this, and no content is lost: a warning, not a truncation.
            r.skip(len(tail))
            self.add(
                "WARC-RECORD-END-INCOMPLETE",
                f"the file ends after the complete block of {where}, but the block is followed by {tail!r} "
                "instead of CRLF CRLF",
            )
            return False
        if tail.startswith(b"\r\n") and r.peek(7)[2:] == b"WARC/":
            # One CRLF, then the next record's version line: the block cannot be longer (its next bytes would
            # not be CRLF) nor shorter (its digests were checked), so only a separator is missing. Heritrix 3
            # wrote empty blocks this way before webarchive-commons fixed it in 2014.
            r.skip(2)
            self.add(
                "WARC-RECORD-END-SHORT",
                f"the complete block of {where} is followed by one CRLF, not CRLF CRLF, before the next record",
            )
            self._leave_record(r.offset, where)
            return True
        self._content_length_mismatch(where, length, end_offset - length, tail)
        return True

    def _content_length_mismatch(self, where: str, length: int, block_start: int, tail: bytes) -> None:
        """The block is not followed by CRLF CRLF: say where the next record really starts, and go there."""
        r = self._reader
        end = block_start + length
        back = r.rewind_to_record_seam(block_start)
        if back is not None:
            actual = back - 4 - block_start
            nxt = (
                f"the next record starts at offset {back}, inside the declared block: the block looks "
                f"{actual} bytes long, {length - actual} fewer than Content-Length says"
            )
        else:
            skipped, found = r.scan_to_version_line()
            if found:
                gap = r.buf[max(0, r.pos - 4) : r.pos]
                nxt = f"the next record starts at offset {r.offset}, {skipped} bytes after the declared end"
                if gap == CRLF2 and skipped >= 4:
                    nxt += f": the block looks {length + skipped - 4} bytes long"
            else:
                nxt = f"no further record follows ({skipped} bytes to the end of the file)"
        self.add(
            "WARC-CONTENT-LENGTH-MISMATCH",
            f"{where}: {preview(tail)} follows the {length} bytes of Content-Length (at offset {end}) instead "
            f"of CRLF CRLF, so Content-Length does not match the block; {nxt}",
        )
        self._leave_record(r.offset, where)

    def _not_a_record(self, start: int, line: bytes) -> bool:
        """Data where a version line should be: not a WARC at all, garbage between records, or trailing."""
        r = self._reader
        shown = preview(line[:40] + r.buf[r.pos : r.pos + 40])
        if self.records == 0 and start == 0:
            if line.startswith(b"filedesc:"):
                self.add(
                    "WARC-NOT-WARC",
                    f"{self._name} is an ARC file (the legacy format WARC replaced: its first line is "
                    f"{shown}), not a WARC; convert it with an ARC-to-WARC tool such as 'warcio' or 'jwattools'",
                )
            else:
                self.add("WARC-NOT-WARC", f"{self._name} does not start with a WARC version line: {shown}")
            return False
        skipped, found = r.scan_to_version_line()
        total = len(line) + skipped
        self._leave_record(r.offset, None)
        if found:
            self.add(
                "WARC-GARBAGE-BETWEEN-RECORDS",
                f"{total} bytes at offset {start}, after record {self.records}, are not a WARC record: {shown}; "
                f"reading went on at the next version line, at offset {r.offset}",
            )
            return True
        self.add(
            "WARC-TRAILING-GARBAGE",
            f"{total} bytes after the last record (record {self.records}), from offset {start}, are not a WARC "
            f"record: {shown}",
        )
        return False

    def _skip_to_next_record(self) -> None:
        self._reader.scan_to_version_line()
        self._leave_record(self._reader.offset, None)

    def _check_unique(self, rid: str, where: str, fields: Sequence[tuple[str, str]]) -> None:
        """WARC-Record-ID seen before? A record repeated whole (same header) is told apart from a reused ID.

        IDs are remembered as 64-bit hashes with a 64-bit hash of the header (at most ``_MAX_IDS`` of them,
        about 100 bytes each), so memory stays bounded however many records the file holds.
        """
        key = hash(rid)
        header = hash(tuple(fields))
        earlier = self._ids.get(key)
        if earlier is None:
            if len(self._ids) < _MAX_IDS:
                self._ids[key] = header
        elif earlier == header:
            self.add(
                "WARC-RECORD-ID-REPEATED",
                f"{where}: repeats the whole header of an earlier record with the same WARC-Record-ID (the same "
                "record written twice?); indexes will list it twice",
            )
        else:
            self.add(
                "WARC-RECORD-ID-DUPLICATE",
                f"{where}: an earlier, different record of the file has the same WARC-Record-ID",
            )

    # -- blocks

    def _make_sink(self, hc: HeaderCheck, length: int) -> BlockSink | None:
        """What to compute while the block streams past: its digest, its payload's, a warc-fields copy."""
        rtype = hc.record_type or ""
        media = lower_media(hc.first.get("content-type"))
        block = (
            None
            if hc.block_digest is None
            else DigestCheck(hc.block_digest, hashlib.new(hc.block_digest.algo))
        )
        payload = None
        http = False
        # 6.7: a revisit's payload is the earlier capture's; 5.9: a segment's payload digest is the whole
        # logical record's. Neither can be checked against this block.
        segmented = rtype == "continuation" or "warc-segment-number" in hc.first
        if rtype in TYPES and rtype != "revisit" and not segmented and hc.payload_digest is not None:
            payload = DigestCheck(hc.payload_digest, hashlib.new(hc.payload_digest.algo))
            if rtype in ("response", "request"):
                scheme = hc.first.get("warc-target-uri", "").lstrip("<").split(":", 1)[0].lower()
                http = media == "application/http" or (media is None and scheme in ("http", "https"))
        keep_fields = media == "application/warc-fields" and length <= _MAX_FIELDS_BLOCK
        if block is None and payload is None and not keep_fields:
            return None
        return BlockSink(block, payload, http, keep_fields)

    def _finish_sink(self, sink: BlockSink, hc: HeaderCheck, length: int, where: str) -> None:
        block_digest = None
        if sink.block is not None:
            block_digest = sink.block.hasher.digest()
            b = sink.block.declared
            if not b.matches(block_digest):
                self.add(
                    "WARC-BLOCK-DIGEST-MISMATCH",
                    f"{where}: WARC-Block-Digest is {b.label}:{b.value} but the {length}-byte block has "
                    f"{b.show(block_digest)}",
                )
        if sink.payload is not None:
            self._check_payload(sink, sink.payload, block_digest, hc, where)
        if sink.fields_buf is not None:
            problems = check_warc_fields_block(bytes(sink.fields_buf))
            if problems:
                self.add(
                    "WARC-FIELDS-BLOCK-INVALID",
                    f"{where}: the block is declared application/warc-fields but is not: {'; '.join(problems)}",
                )

    def _check_payload(
        self,
        sink: BlockSink,
        check: DigestCheck,
        block_digest: bytes | None,
        hc: HeaderCheck,
        where: str,
    ) -> None:
        p = check.declared
        if sink.http_state in (1, 3):
            limit = " within 1 MiB" if sink.http_state == 3 else ""
            self.add(
                "WARC-HTTP-HEADER-INCOMPLETE",
                f"{where}: the application/http block has no end of its HTTP header{limit}, so the payload "
                f"cannot be located and WARC-Payload-Digest {p.label}:{p.value} was not verified",
            )
            return
        use_block = sink.payload_from_block and block_digest is not None
        computed = block_digest if use_block and block_digest is not None else check.hasher.digest()
        ok = check.alt is not None and sink.dechunker is not None and sink.dechunker.ok
        alt = check.alt.digest() if ok and check.alt is not None else None
        if p.matches(computed) or (alt is not None and p.matches(alt)):
            return
        if sink.http_state == 2:
            what = f"the HTTP entity after the HTTP header ({sink.payload_bytes} bytes)"
        else:
            what = f"the block (the payload of a {hc.record_type} record)"
        found = p.show(computed) + (f", and de-chunked {p.show(alt)}" if alt is not None else "")
        self.add(
            "WARC-PAYLOAD-DIGEST-MISMATCH",
            f"{where}: WARC-Payload-Digest is {p.label}:{p.value} but {what} has {found}",
        )


# ---------------------------------------------------------------------------------------------------------
# API


def validate_warc_stream(
    stream: BinaryIO, *, name: str, path: str | None = None
) -> tuple[list[Finding], dict[str, int]]:
    """Check a ``.warc`` or ``.warc.gz`` read from ``stream`` (gzip recognised by its magic bytes).

    ``name`` names the file in file-level messages; ``path`` is the path given to every finding (relative to
    the target, e.g. ``data/article.warc.gz`` inside a bag; None for a WARC that is the target itself).
    Returns all findings and ``{"records": n, "bytes": n}`` (bytes as stored, compressed or not). The stream
    is read once, sequentially, in 1 MiB reads; memory stays bounded whatever the file holds. I/O errors of
    the stream propagate.
    """
    return _Validator(stream, path, name).run()


def validate_warc_file(path: Path) -> Report:
    """Validate one WARC file; the report's kind is "warc" and its findings have no path (the file is the target)."""
    report = Report(target=str(path), kind="warc")
    try:
        with path.open("rb") as stream:
            findings, stats = validate_warc_stream(stream, name=path.name)
    except OSError as exc:
        report.extend([finding("WARC-UNREADABLE", None, f"{path.name} could not be read: {exc}")])
        return report
    report.extend(findings)
    report.stats = stats
    return report
