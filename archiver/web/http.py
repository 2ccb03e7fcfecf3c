"""HTTP/1.1 messages as bytes: building the request, reading the response head, undoing the encodings.

Pure functions over bytes, so the rules can be tested without a network. The capture keeps the bytes the
server sent; these functions only *read* them:

* :func:`parse_head` reads a status line and header fields (RFC 9112 sections 4 and 5), keeping every field
  in order with repeats, as the WARC record will.
* :func:`chunked_end` finds where a chunked body ends (RFC 9112 section 7.1) while it is still arriving, so
  the reader knows when the message is complete without altering a byte; :func:`dechunk` removes the
  framing to obtain the entity (the WARC payload).
* :func:`decode_content` undoes ``Content-Encoding`` (gzip, deflate) with a bound on the output, so a
  small compressed body cannot expand without limit.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

Headers = tuple[tuple[str, str], ...]

#: Longest response head (status line plus fields) accepted; real servers stay far below.
MAX_HEAD_BYTES = 64 * 1024
_STATUS_RE = re.compile(rb"HTTP/(\d)\.(\d) (\d{3})(?: ([^\r\n]*))?\Z")
_TOKEN_RE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_CHUNK_SIZE_RE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\Z")


class HttpFormatError(ValueError):
    """The bytes are not the HTTP message they claim to be."""


@dataclass(frozen=True)
class ResponseHead:
    """A parsed status line and header fields. ``raw`` is the head exactly as received, blank line included."""

    version: str  # "1.1"
    status: int
    reason: str
    headers: Headers
    raw: bytes

    def get(self, name: str) -> str | None:
        """The first value of a field (names compare case-insensitively), or None."""
        return get_header(self.headers, name)

    def get_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]


def get_header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


def build_request(
    method: str, request_target: str, host_header: str, fields: Sequence[tuple[str, str]]
) -> bytes:
    """A request head in origin form (RFC 9112 section 3): ``Host`` first, then ``fields`` in order.

    Values are checked for CR, LF and NUL, which would let a value smuggle a header line in.
    """
    lines = [f"{method} {request_target} HTTP/1.1", f"Host: {host_header}"]
    for name, value in fields:
        if any(c in value or c in name for c in "\r\n\x00"):
            raise ValueError(f"header {name!r} holds a line break or NUL")
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def head_end(buffer: bytes | bytearray | memoryview) -> int:
    """Offset just past the blank line ending a head in ``buffer``, or -1 if it has not all arrived.

    A bare LF is accepted as a line end (RFC 9112 section 2.2 allows recipients to), so both ``CRLF CRLF``
    and ``LF LF`` (and mixes) end a head.
    """
    match = re.search(rb"\r?\n\r?\n", buffer)
    return -1 if match is None else match.end()


def parse_head(raw: bytes) -> ResponseHead:
    """Parse a response head (status line, fields, blank line). Raises HttpFormatError.

    Field values are decoded as ISO-8859-1 (RFC 9110 section 5.5: octets outside ASCII are opaque data), so
    every byte maps to one character and nothing is lost.
    """
    lines = re.split(rb"\r?\n", raw.rstrip(b"\r\n"))
    match = _STATUS_RE.match(lines[0])
    if match is None:
        raise HttpFormatError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and headers:  # obsolete line folding (RFC 9112 section 5.2)
            last_name, last_value = headers[-1]
            headers[-1] = (last_name, f"{last_value} {line.strip().decode('latin-1')}")
            continue
        raw_name, sep, raw_value = line.partition(b":")
        if not sep or not _TOKEN_RE.match(raw_name):
            raise HttpFormatError(f"malformed header line: {line[:80]!r}")
        headers.append((raw_name.decode("ascii"), raw_value.strip(b" \t").decode("latin-1")))
    return ResponseHead(
        version=f"{match.group(1).decode()}.{match.group(2).decode()}",
        status=int(match.group(3)),
        reason=(match.group(4) or b"").decode("latin-1"),
        headers=tuple(headers),
        raw=raw,
    )


def is_chunked(head: ResponseHead) -> bool:
    """Whether chunked is the final transfer coding (RFC 9112 section 6.1)."""
    codings = [c.strip().lower() for value in head.get_all("Transfer-Encoding") for c in value.split(",")]
    return bool(codings) and codings[-1] == "chunked"


def content_length(head: ResponseHead) -> int | None:
    """The declared body length; None when absent. Raises HttpFormatError when invalid or contradictory."""
    values = {v.strip() for value in head.get_all("Content-Length") for v in value.split(",")}
    if not values:
        return None
    if len(values) > 1 or not all(v.isdigit() for v in values):
        raise HttpFormatError(f"invalid Content-Length: {sorted(values)}")
    return int(values.pop())


def chunked_end(body: bytes | bytearray, start: int = 0) -> tuple[int, int]:
    """Scan a chunked body from ``start`` (a chunk boundary); return (end, resume).

    ``end`` is the offset just past the final CRLF of the message (after the trailer section), or -1 when
    more bytes are needed; ``resume`` is the chunk boundary to continue scanning from once they come, so a
    long body is scanned once in total. Raises HttpFormatError on malformed framing.
    """
    pos = start
    n = len(body)
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            if n - pos > 4096:
                raise HttpFormatError("chunk-size line longer than 4 KiB")
            return -1, pos
        line = bytes(body[pos:eol]).rstrip(b"\r")
        match = _CHUNK_SIZE_RE.match(line)
        if match is None:
            raise HttpFormatError(f"malformed chunk-size line: {line[:40]!r}")
        size = int(match.group(1), 16)
        data_start = eol + 1
        if size == 0:
            trailer = data_start
            while True:  # trailer fields, then an empty line (RFC 9112 section 7.1.2)
                t_eol = body.find(b"\n", trailer)
                if t_eol < 0:
                    return -1, pos
                if bytes(body[trailer:t_eol]).rstrip(b"\r") == b"":
                    return t_eol + 1, pos
                trailer = t_eol + 1
        data_end = data_start + size
        if n < data_end + 1:
            return -1, pos
        if body[data_end : data_end + 2] == b"\r\n":
            pos = data_end + 2
        elif body[data_end : data_end + 1] == b"\n":
            pos = data_end + 1
        elif n < data_end + 2:
            return -1, pos
        else:
            raise HttpFormatError("chunk data not followed by CRLF")


def dechunk(body: bytes) -> bytes:
    """The entity of a complete chunked body: chunk data joined, framing and trailers removed."""
    out: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            raise HttpFormatError("chunked body ends inside a chunk-size line")
        match = _CHUNK_SIZE_RE.match(body[pos:eol].rstrip(b"\r"))
        if match is None:
            raise HttpFormatError("malformed chunk-size line")
        size = int(match.group(1), 16)
        if size == 0:
            return b"".join(out)
        start = eol + 1
        if len(body) < start + size:
            raise HttpFormatError("chunked body ends inside a chunk")
        out.append(body[start : start + size])
        pos = start + size
        pos += 2 if body[pos : pos + 2] == b"\r\n" else 1


def decode_content(entity: bytes, codings: str | None, limit: int) -> bytes:
    """Undo ``Content-Encoding`` (applied in order, so undone in reverse); at most ``limit`` bytes out.

    Supported: gzip (and x-gzip), deflate (zlib-wrapped, or raw as some servers send), identity. Raises
    HttpFormatError for an unknown coding, corrupt data, or output beyond ``limit``.
    """
    data = entity
    names = [c.strip().lower() for c in (codings or "").split(",") if c.strip()]
    for name in reversed(names):
        if name == "identity":
            continue
        if name in ("gzip", "x-gzip"):
            data = _inflate(data, 16 + zlib.MAX_WBITS, limit, name)
        elif name == "deflate":
            try:
                data = _inflate(data, zlib.MAX_WBITS, limit, name)
            except HttpFormatError:
                data = _inflate(data, -zlib.MAX_WBITS, limit, name)
        else:
            raise HttpFormatError(f"unsupported Content-Encoding {name!r}")
    return data


def _inflate(data: bytes, wbits: int, limit: int, name: str) -> bytes:
    decomp = zlib.decompressobj(wbits)
    try:
        out = decomp.decompress(data, limit + 1)
    except zlib.error as exc:
        raise HttpFormatError(f"{name} body is corrupt: {exc}") from None
    if len(out) > limit:
        raise HttpFormatError(f"{name} body expands beyond {limit} bytes")
    if not decomp.eof:
        raise HttpFormatError(f"{name} body is truncated")
    return out


def media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """(``type/subtype`` lower-cased, ``charset`` parameter) of a Content-Type value; (None, None) if absent."""
    if not content_type:
        return None, None
    main, *params = content_type.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').strip() or None
    return main.strip().lower() or None, charset
