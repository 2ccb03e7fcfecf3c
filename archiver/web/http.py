"""HTTP/1.1 messages as bytes: building the request, reading the response head, undoing the encodings.

Pure functions over bytes, so the rules can be tested without a network. The capture keeps the bytes the
server sent; these functions only *read* them:

* :func:`parse_head` reads a status line and header fields (RFC 9112 sections 4 and 5), keeping every field
  in order with repeats, as the WARC record will. It is the one HTTP head parser
  (:mod:`archiver.formats.http.head`), shared with every reader of WARC records, re-exported here.
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

from archiver.formats.http.head import (
    MAX_HEAD_BYTES,
    Headers,
    HttpFormatError,
    ResponseHead,
    content_length,
    get_header,
    head_end,
    is_chunked,
    parse_head,
)

__all__ = [
    "MAX_HEAD_BYTES",
    "Headers",
    "HttpFormatError",
    "ResponseHead",
    "build_request",
    "chunked_end",
    "content_length",
    "dechunk",
    "decode_content",
    "get_header",
    "head_end",
    "is_chunked",
    "media_type",
    "parse_head",
]

_CHUNK_SIZE_RE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\Z")


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
