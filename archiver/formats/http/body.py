"""HTTP/1.1 message bodies as bytes: chunked framing (RFC 9112 §7.1) and content codings (RFC 9110 §8.4).

Beside the head parser because the capture, which reads a body while it arrives, and the checks of our own
packages, which read the body a WARC record stored, must undo the framing and the codings the same way:
:func:`chunked_end` finds where a chunked body ends while it is still arriving, without altering a byte;
:func:`dechunk` removes the framing to obtain the entity (the WARC payload); :func:`decode_content` undoes
``Content-Encoding`` (gzip, deflate) with a bound on the output, so a small compressed body cannot expand
without limit (:class:`BodyTooLarge`).
"""

from __future__ import annotations

import re
import zlib

from archiver.formats.http.head import HttpFormatError

__all__ = ["BodyTooLarge", "chunked_end", "dechunk", "decode_content"]

_CHUNK_SIZE_RE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\Z")


class BodyTooLarge(HttpFormatError):
    """A coded body that would expand beyond the caller's bound: a limit reached, not a malformed body."""


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
        raise BodyTooLarge(f"{name} body expands beyond {limit} bytes")
    if not decomp.eof:
        raise HttpFormatError(f"{name} body is truncated")
    return out
