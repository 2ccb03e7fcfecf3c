"""WARC records from any binary stream: plain, or gzip inflated member by member (WARC 1.1 Annex D).

The one reading layer under every reader of WARC records in archiver: the validator
(:mod:`archiver.formats.warc.validator`) drives :class:`ByteReader` record by record with its own checks
and re-synchronisation; :func:`iter_records` gives the other readers (our own package checks, the WACZ
checks) each record's header fields and block. Both read headers with the one grammar of
:mod:`archiver.formats.warc.headers`.

How bytes are read (constant memory whatever the file's size):

* Gzip is recognised by its magic bytes, never by a name, and inflated member by member with a fresh
  ``zlib.decompressobj(wbits=31)`` per member (zlib itself parses every header form, FEXTRA included), feeding
  at most 64 KiB of input and taking at most 1 MiB of output per call, so neither a huge member nor a
  decompression bomb can fill memory. The start of every member is kept as (uncompressed offset, file offset),
  which is how a reader matches records with the members they sit in.
* Damage in the gzip layer is reported through a callback ``(code, message)`` with the validator's codes, and
  the source looks for the next plausible member (one whose data inflates and starts with ``WARC/``);
  :class:`Resync` tells the reader the uncompressed stream has a gap there.
* :class:`Prefetch` runs a source a few batches ahead in a worker thread (zlib and file reads release the GIL)
  through one ordered queue, so what a reader sees is what it would see in one thread.
"""

from __future__ import annotations

import contextlib
import io
import queue
import re
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Final, Protocol

from archiver.formats.safety import BOMB_RATIO, expands_too_far
from archiver.formats.warc.headers import VERSION_RE, Problem, first_values, parse_header, preview

__all__ = [
    "CRLF2",
    "GZIP_MAGIC",
    "ByteReader",
    "GzipSource",
    "PlainSource",
    "Prefetch",
    "Record",
    "RecordError",
    "RecordsTooLarge",
    "ReportFn",
    "Resync",
    "Source",
    "iter_records",
    "read_head",
]

_CHUNK: Final = 1 << 20  # raw reads, decompressed output per call, and the largest slice handed to a sink
_GZIP_FEED: Final = 64 << 10  # compressed input per zlib call: bounds the copy zlib makes of unused input
_PREFETCH_BATCH: Final = 256 << 10  # uncompressed bytes handed over per queue item by the prefetch thread
_PREFETCH_DEPTH: Final = 4  # queue items the prefetch thread may run ahead (a few MiB at most)
_HISTORY: Final = 64 << 10  # consumed bytes kept to look back for a record start after a wrong Content-Length
_MAX_LINE: Final = 64 << 10
_MAX_HEADER: Final = 1 << 20

GZIP_MAGIC: Final = b"\x1f\x8b"
_GZIP_MAGIC: Final = GZIP_MAGIC
CRLF2: Final = b"\r\n\r\n"
# A version line at the start of a line: the re-synchronisation point after damage.
_RESYNC_RE: Final = re.compile(rb"(?<=\n)[Ww][Aa][Rr][Cc]/[0-9]+\.[0-9]+\r?\n")
# The end of one record and the start of the next: where a too-large Content-Length overshot.
_RECORD_SEAM_RE: Final = re.compile(rb"\r\n\r\n(?=[Ww][Aa][Rr][Cc]/[0-9]+\.[0-9]+\r?\n)")
HEADER_END_RE: Final = re.compile(rb"\n\r?\n")
_HEADER_END_RE: Final = HEADER_END_RE

ReportFn = Callable[[str, str], None]  # (code, message) for findings about the file rather than a record


class Resync(Exception):
    """The source skipped damaged data: the record being read is abandoned and reading restarts."""


class PlainSource:
    """An uncompressed WARC: the stream as it is, in 1 MiB reads."""

    def __init__(self, stream: BinaryIO, head: bytes) -> None:
        self._stream = stream
        self._head = head
        self.raw_bytes = len(head)
        self.out_pos = 0
        self.bounds: deque[tuple[int, int]] = deque()
        self.members = 0

    def read(self) -> bytes:
        if self._head:
            data, self._head = self._head, b""
        else:
            data = self._stream.read(_CHUNK)
            self.raw_bytes += len(data)
        self.out_pos += len(data)
        return data


class GzipSource:
    """A gzip stream inflated member by member, recording where each member starts.

    ``bounds`` holds (uncompressed offset, file offset) of each member start not yet taken by the reader.
    File-level problems (corrupt or truncated members, data that is not gzip) go to ``report``. After damage
    the next plausible member (one whose data inflates and starts with ``WARC/``) is looked for; if there is
    one, :class:`Resync` tells the reader that the uncompressed stream has a gap.
    """

    def __init__(self, stream: BinaryIO, head: bytes, report: ReportFn) -> None:
        self._stream = stream
        self._raw = head
        self._rpos = 0  # next unconsumed byte of _raw
        self._comp = 0  # file offset of _raw[_rpos]
        self._eof = False
        self._d: zlib._Decompress | None = None
        self._member_start = 0
        self._member_in = 0
        self._member_out = 0
        self._done = False
        self._report = report
        self.raw_bytes = len(head)
        self.out_pos = 0
        self.bounds: deque[tuple[int, int]] = deque()
        self.members = 0

    def _more_raw(self) -> bool:
        """Append a read to the unconsumed input (dropping what is consumed); False at end of file."""
        if self._eof:
            return False
        data = self._stream.read(_CHUNK)
        if not data:
            self._eof = True
            return False
        self.raw_bytes += len(data)
        self._raw = self._raw[self._rpos :] + data if self._rpos < len(self._raw) else data
        self._rpos = 0
        return True

    def _seek(self, rpos: int) -> None:
        self._comp += rpos - self._rpos
        self._rpos = rpos

    def read(self) -> bytes:
        """The next piece of uncompressed data (at most 1 MiB); b"" at the end. May raise :class:`Resync`."""
        while not self._done:
            if self._d is None:
                self._begin_member()
                continue
            if self._rpos >= len(self._raw) and not self._more_raw():
                self._report(
                    "WARC-GZIP-TRUNCATED",
                    f"the file ends inside the gzip member that starts at file offset {self._member_start} "
                    f"({self._member_in} compressed bytes present, the end of the member is missing)",
                )
                self._done = True
                break
            feed = memoryview(self._raw)[self._rpos : self._rpos + _GZIP_FEED]
            try:
                out = self._d.decompress(feed, _CHUNK)
            except zlib.error as exc:
                self._d = None
                self._report(
                    "WARC-GZIP-CORRUPT",
                    f"the gzip member at file offset {self._member_start} is corrupt after "
                    f"{self._member_in} compressed bytes (zlib: {exc}); the records in it could not be read",
                )
                if self._find_member(self._member_start + 1):
                    raise Resync from None
                continue
            self._seek(self._rpos + len(feed) - len(self._d.unconsumed_tail) - len(self._d.unused_data))
            self._member_in = self._comp - self._member_start
            self._member_out += len(out)
            if self._d.eof:
                self._d = None
            elif expands_too_far(self._member_out, self._member_in):
                self._d = None
                self._report(
                    "WARC-LIMIT-EXCEEDED",
                    f"the gzip member at file offset {self._member_start} expands more than {BOMB_RATIO}-fold "
                    f"({self._member_out >> 20} MiB from {self._member_in} bytes): treated as a decompression "
                    "bomb and not read further",
                )
                if self._find_member(self._comp):
                    raise Resync
                continue
            if out:
                self.out_pos += len(out)
                return out
        return b""

    def _begin_member(self) -> None:
        """Start the member at the current position, or report what is there instead of one."""
        while len(self._raw) - self._rpos < 2 and self._more_raw():
            pass
        if self._rpos >= len(self._raw):
            self._done = True
            return
        if self._raw[self._rpos : self._rpos + 2] == _GZIP_MAGIC:
            self._d = zlib.decompressobj(31)
            self._member_start = self._comp
            self._member_in = self._member_out = 0
            self.bounds.append((self.out_pos, self._comp))
            self.members += 1
            return
        start = self._comp
        shown = preview(self._raw[self._rpos : self._rpos + 40])
        if self._find_member(self._comp):
            self._report(
                "WARC-GZIP-CORRUPT",
                f"{self._comp - start} bytes at file offset {start} are not gzip data ({shown}); "
                f"reading went on at the next gzip member, at file offset {self._comp}",
            )
            raise Resync
        self._report(
            "WARC-TRAILING-GARBAGE",
            f"{self._comp - start} bytes after the last gzip member, from file offset {start}, are not gzip "
            f"data: {shown}",
        )

    def _find_member(self, offset: int) -> bool:
        """Move to the first plausible member at or after file ``offset``; False (and done) if there is none.

        The search starts no earlier than the oldest input still held (the current read of 1 MiB).

        Plausible: a gzip header whose data inflates and starts with ``WARC/``, so that a stray ``1f 8b 08``
        inside compressed data does not start a cascade of false findings.
        """
        self._seek(max(0, offset - (self._comp - self._rpos)))
        while True:
            i = self._raw.find(b"\x1f\x8b\x08", self._rpos)
            if i < 0:
                self._seek(max(self._rpos, len(self._raw) - 2))
                if not self._more_raw():
                    self._seek(len(self._raw))
                    self._done = True
                    return False
                continue
            self._seek(i)
            while len(self._raw) - self._rpos < _GZIP_FEED and self._more_raw():
                pass
            probe = zlib.decompressobj(31)
            try:
                head = probe.decompress(self._raw[self._rpos : self._rpos + _GZIP_FEED], 5)
            except zlib.error:
                head = b""
            if head.upper() == b"WARC/":
                return True
            self._seek(self._rpos + 1)


class Source(Protocol):
    """What the reader needs from a source: data in order, member starts, and the counts."""

    @property
    def bounds(self) -> deque[tuple[int, int]]: ...
    @property
    def out_pos(self) -> int: ...
    @property
    def raw_bytes(self) -> int: ...
    def read(self) -> bytes: ...


_Item = tuple[str, bytes | BaseException | None, list[tuple[int, int]], list[tuple[str, str]]]


class Prefetch:
    """Runs a source in a worker thread, a few batches ahead of the parser.

    Inflating and reading release the GIL, so the next members are inflated while this record is parsed and
    hashed. Everything the source produces (data, member starts, file-level findings, gaps after damage)
    travels through one queue in order, so the findings are exactly those of reading in one thread. The
    queue holds at most ``_PREFETCH_DEPTH`` batches of about ``_PREFETCH_BATCH`` bytes (under 2 MiB each).
    """

    def __init__(self, src: PlainSource | GzipSource, reports: list[tuple[str, str]], add: ReportFn) -> None:
        self._src = src
        self._reports = reports  # where ``src`` reports; drained into the queue by the worker
        self._add = add
        self.bounds: deque[tuple[int, int]] = deque()
        self.out_pos = 0
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=_PREFETCH_DEPTH)
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(target=self._work, name="warc-prefetch", daemon=True)
        self._thread.start()

    @property
    def raw_bytes(self) -> int:
        return self._src.raw_bytes

    def _put(self, kind: str, payload: bytes | BaseException | None) -> bool:
        """Queue an item with the member starts found so far; False if told to stop.

        Reports travel with the items that end data ("resync", "end", "error"): a source reports only in a
        read that returns nothing or raises, so the data read before that read is parsed first, as it would
        be in one thread.
        """
        bounds = list(self._src.bounds)
        self._src.bounds.clear()
        reports: list[tuple[str, str]] = []
        if kind != "data":
            reports = self._reports[:]
            self._reports.clear()
        while not self._stop.is_set():
            try:
                self._queue.put((kind, payload, bounds, reports), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _work(self) -> None:
        parts: list[bytes] = []
        size = 0
        try:
            while not self._stop.is_set():
                try:
                    data = self._src.read()
                except Resync:
                    if (parts and not self._put("data", b"".join(parts))) or not self._put("resync", None):
                        return
                    parts, size = [], 0
                    continue
                if data:
                    parts.append(data)
                    size += len(data)
                    if size < _PREFETCH_BATCH:
                        continue
                if parts and not self._put("data", b"".join(parts)):
                    return
                parts, size = [], 0
                if not data:
                    self._put("end", None)
                    return
        except BaseException as exc:  # handed over to the parser's thread, which raises it
            self._put("error", exc)

    def read(self) -> bytes:
        if self._finished:
            return b""
        kind, payload, bounds, reports = self._queue.get()
        self.bounds.extend(bounds)
        for code, message in reports:
            self._add(code, message)
        if kind == "data" and isinstance(payload, bytes):
            self.out_pos += len(payload)
            return payload
        if kind == "resync":
            raise Resync
        self._finished = True
        if isinstance(payload, BaseException):
            raise payload
        return b""

    def close(self) -> None:
        """Stop the worker (it may be blocked on a full queue) and wait for it."""
        self._stop.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        self._thread.join()


class ByteReader:
    """Buffered access to the uncompressed stream: lines, bounded header blocks, blocks fed to a sink."""

    __slots__ = ("base", "buf", "eof", "hist", "pos", "src")

    def __init__(self, src: Source) -> None:
        self.src = src
        self.buf: bytes = b""
        self.pos = 0
        self.base = 0  # uncompressed offset of buf[0]
        self.eof = False
        self.hist = b""  # the last consumed bytes before buf[0] (at most _HISTORY)

    @property
    def offset(self) -> int:
        return self.base + self.pos

    def reset(self) -> None:
        """Forget buffered data after a :class:`Resync`: reading continues where the source now is."""
        self.buf, self.pos, self.base, self.hist = b"", 0, self.src.out_pos, b""

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.src.read()
        if not chunk:
            self.eof = True
            return False
        consumed = self.buf[max(0, self.pos - _HISTORY) : self.pos]
        self.hist = consumed if len(consumed) >= _HISTORY else (self.hist + consumed)[-_HISTORY:]
        if self.pos < len(self.buf):
            self.buf = self.buf[self.pos :] + chunk
        else:
            self.buf = chunk
        self.base += self.pos
        self.pos = 0
        return True

    def peek(self, n: int) -> bytes:
        while len(self.buf) - self.pos < n and self._fill():
            pass
        return self.buf[self.pos : self.pos + n]

    def skip(self, n: int) -> None:
        self.pos += n

    def readline(self, limit: int) -> tuple[bytes, bool]:
        """The next line with its LF (or what is left at the end); False if it is longer than ``limit``."""
        searched = 0
        while True:
            i = self.buf.find(b"\n", self.pos + searched)
            if 0 <= i < self.pos + limit:
                line = self.buf[self.pos : i + 1]
                self.pos = i + 1
                return line, True
            searched = len(self.buf) - self.pos
            if searched >= limit:
                return b"", False
            if not self._fill():
                line = self.buf[self.pos :]
                self.pos = len(self.buf)
                return line, True

    def read_until_blank_line(self, limit: int) -> tuple[bytes, str]:
        """Header lines up to and including the blank line that ends them.

        Returns (data, status), status "ok", "eof" (data is what was left) or "limit" (nothing consumed).
        """
        first = self.peek(2)
        if first[:1] == b"\n" or first == b"\r\n":
            n = 1 if first[:1] == b"\n" else 2
            self.pos += n
            return first[:n], "ok"
        searched = 0
        while True:
            m = _HEADER_END_RE.search(self.buf, self.pos + max(0, searched - 2))
            if m is not None and m.end() - self.pos <= limit:
                data = self.buf[self.pos : m.end()]
                self.pos = m.end()
                return data, "ok"
            searched = len(self.buf) - self.pos
            if searched >= limit:
                return b"", "limit"
            if not self._fill():
                data = self.buf[self.pos :]
                self.pos = len(self.buf)
                return data, "eof"

    def feed(self, n: int, sink: Callable[[bytes | memoryview], None] | None) -> int:
        """Pass the next ``n`` bytes to ``sink`` in slices; returns how many there were (fewer at the end)."""
        remaining = n
        while remaining:
            avail = len(self.buf) - self.pos
            if not avail:
                if not self._fill():
                    break
                continue
            take = avail if avail < remaining else remaining
            if sink is not None:
                if self.pos == 0 and take == len(self.buf):
                    sink(self.buf)
                else:
                    sink(memoryview(self.buf)[self.pos : self.pos + take])
            self.pos += take
            remaining -= take
        return n - remaining

    def rewind_to_record_seam(self, lowest: int) -> int | None:
        """Move back to the last "CRLF CRLF version-line" seam still buffered after offset ``lowest``.

        Used after a Content-Length that ran past its block: the next record's start was read as block data
        but may still be in the buffer. Returns the new offset (the version line's start), or None.
        """
        data = self.hist + self.buf
        start = self.base - len(self.hist)  # offset of data[0]
        last = None
        for m in _RECORD_SEAM_RE.finditer(data, max(0, lowest - start)):
            if m.start() >= len(self.hist) + self.pos:
                break
            last = m
        if last is None:
            return None
        self.buf, self.base, self.pos, self.hist = data, start, last.end(), b""
        return self.offset

    def scan_to_version_line(self) -> tuple[int, bool]:
        """Skip to the next version line at the start of a line: (bytes skipped, found)."""
        skipped = 0
        while True:
            m = _RESYNC_RE.search(self.buf, self.pos)
            if m is not None:
                skipped += m.start() - self.pos
                self.pos = m.start()
                return skipped, True
            keep = min(len(self.buf) - self.pos, 24)  # a version line split between two reads
            skipped += len(self.buf) - self.pos - keep
            self.pos = len(self.buf) - keep
            if not self._fill():
                skipped += len(self.buf) - self.pos
                self.pos = len(self.buf)
                return skipped, False


# ---------------------------------------------------------------------------------------------------------
# Records, for the readers that want each record's fields and block rather than every rule checked.


class RecordError(ValueError):
    """The stream cannot be followed as WARC records (a header or block cut short, no Content-Length, a
    damaged gzip member, bytes after which no record follows). The validator, run on the same file, says
    exactly what is wrong; the readers of records only need to know they cannot go on."""


class RecordsTooLarge(RecordError):
    """The records expand beyond the limit the reader was given (a decompression bomb, or simply too big)."""


@dataclass
class Record:
    """One record's header, read with the one grammar; its block is read with :meth:`read_block`."""

    version: str  # "1.0", "1.1", ...
    fields: list[tuple[str, str]]  # in order, repeats kept
    problems: list[Problem]  # departures from the header grammar (WARC-HEADER-SYNTAX, -FOLDED)
    offset: int  # uncompressed offset of the version line
    length: int  # Content-Length
    first: dict[str, str]  # the first value of each field, by lower-case name
    _reader: ByteReader
    _read: int = 0

    def get(self, name: str) -> str | None:
        """The first value of a field (names compare case-insensitively, §4), or None."""
        return self.first.get(name.lower())

    def read_block(self, sink: Callable[[bytes | memoryview], None]) -> None:
        """Hand the block to ``sink`` in slices (at most 1 MiB each, valid only during the call), once."""
        if self._read:
            raise RecordError("the block of this record was read already")
        self._read = self.length
        got = self._reader.feed(self.length, sink)
        if got < self.length:
            raise RecordError(f"the file ends inside the block of the record at offset {self.offset}")

    def block(self) -> bytes:
        """The whole block in memory (for small blocks: the caller bounds the stream it reads)."""
        parts: list[bytes] = []
        self.read_block(lambda data: parts.append(bytes(data)))
        return b"".join(parts)


def _strict(code: str, message: str) -> None:
    """Damage in the gzip layer stops a reader of records; bytes after the last member are ignored."""
    if code != "WARC-TRAILING-GARBAGE":
        raise RecordError(message)


def source_for(stream: BinaryIO, head: bytes, report: ReportFn) -> PlainSource | GzipSource:
    """The source for a stream whose first read is ``head``: gzip by its magic bytes, never by a name."""
    if head[:2] == GZIP_MAGIC:
        return GzipSource(stream, head, report)
    return PlainSource(stream, head)


def iter_records(stream: BinaryIO, *, limit: int | None = None) -> Iterator[Record]:
    """Every record of a WARC read from ``stream`` (plain or gzip), in order, in constant memory.

    A block the caller does not read is skipped. Stray bytes between records are skipped to the next version
    line, as warcio does (the validator reports them); anything that cannot be followed raises
    :class:`RecordError`, and more than ``limit`` uncompressed bytes :class:`RecordsTooLarge`.
    """
    src = source_for(stream, stream.read(_CHUNK), _strict)
    reader = ByteReader(src)
    while True:
        while (ahead := reader.peek(1)) in (b"\r", b"\n"):  # the CRLF CRLF after a record, tolerated if short
            reader.skip(1)
        if not ahead:
            return
        if limit is not None and src.out_pos > limit:
            raise RecordsTooLarge(f"the records expand beyond {limit} bytes")
        start = reader.offset
        line, ok = reader.readline(_MAX_LINE)
        version = VERSION_RE.fullmatch(line.rstrip(b"\r\n")) if ok else None
        if version is None:
            _skipped, found = reader.scan_to_version_line()
            if not found:
                raise RecordError(f"the bytes at uncompressed offset {start} are not a WARC record")
            continue
        header, status = reader.read_until_blank_line(_MAX_HEADER)
        if status != "ok":
            why = "is longer than 1 MiB" if status == "limit" else "is cut short by the end of the file"
            raise RecordError(f"the header of the record at offset {start} {why}")
        blank = 2 if header.endswith(b"\r\n") else 1
        fields, problems = parse_header(header[: len(header) - blank])
        first = first_values(fields)
        length_text = first.get("content-length", "").strip()
        if not (length_text.isascii() and length_text.isdigit()):
            raise RecordError(f"the record at offset {start} has no valid Content-Length")
        record = Record(
            version=version.group(1).decode("ascii"),
            fields=fields,
            problems=problems,
            offset=start,
            length=int(length_text),
            first=first,
            _reader=reader,
        )
        yield record
        if not record._read:
            record._read = record.length
            if reader.feed(record.length, None) < record.length:
                raise RecordError(f"the file ends inside the block of the record at offset {start}")
        if limit is not None and src.out_pos > limit:
            raise RecordsTooLarge(f"the records expand beyond {limit} bytes")


def read_head(data: bytes) -> Record | None:
    """The header of the record ``data`` starts with (plain, or the start of a gzip member); None if
    ``data`` does not start with a whole record header. The block is not read."""
    try:
        record = next(iter_records(io.BytesIO(data)), None)
    except RecordError:
        return None
    return record if record is not None and record.offset == 0 else None
