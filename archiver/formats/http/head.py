"""The one HTTP/1.1 head parser (RFC 9112 §2-§6), for the web capture and for every reader of WARC records.

The capture reads a live response head with :func:`parse_head`, which refuses what is not a head; the WARC
validator, our own package checks and the WACZ checks read heads stored in ``application/http`` blocks with
the same grammar through :func:`head_fields`, which keeps what it can read and never raises, since a stored
head is evidence to judge, not a message to refuse. Both say whether the body is chunked the same way
(:func:`is_chunked`): chunked frames the body only when it is the *final* transfer coding (RFC 9112 §6.1,
§6.3), so ``Transfer-Encoding: chunked, gzip`` is not chunk-framed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "MAX_HEAD_BYTES",
    "Headers",
    "HttpFormatError",
    "ResponseHead",
    "content_length",
    "get_header",
    "head_end",
    "head_fields",
    "is_chunked",
    "parse_head",
    "transfer_codings",
]

Headers = tuple[tuple[str, str], ...]

#: Longest response head (status line plus fields) accepted; real servers stay far below.
MAX_HEAD_BYTES = 64 * 1024
_STATUS_RE = re.compile(rb"HTTP/(\d)\.(\d) (\d{3})(?: ([^\r\n]*))?\Z")
_TOKEN_RE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_LINE_END_RE = re.compile(rb"\r?\n")
_HEAD_END_RE = re.compile(rb"\r?\n\r?\n")


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


def head_end(buffer: bytes | bytearray | memoryview) -> int:
    """Offset just past the blank line ending a head in ``buffer``, or -1 if it has not all arrived.

    A bare LF is accepted as a line end (RFC 9112 §2.2 allows recipients to), so both ``CRLF CRLF`` and
    ``LF LF`` (and mixes) end a head.
    """
    match = _HEAD_END_RE.search(buffer)
    return -1 if match is None else match.end()


def _fields(lines: Sequence[bytes], *, strict: bool) -> list[tuple[str, str]]:
    """Field lines (RFC 9112 §5): ``token ":" OWS value OWS``, obsolete folding (§5.2) joined with one SP.

    Values are decoded as ISO-8859-1 (RFC 9110 §5.5: octets outside ASCII are opaque data), so every byte
    maps to one character and nothing is lost. A line that is not a field line raises HttpFormatError when
    ``strict``, and is left out otherwise (no white space may stand before the colon, §5.1).
    """
    headers: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and headers:
            last_name, last_value = headers[-1]
            headers[-1] = (last_name, f"{last_value} {line.strip().decode('latin-1')}")
            continue
        raw_name, sep, raw_value = line.partition(b":")
        if not sep or not _TOKEN_RE.match(raw_name):
            if strict:
                raise HttpFormatError(f"malformed header line: {line[:80]!r}")
            continue
        headers.append((raw_name.decode("ascii"), raw_value.strip(b" \t").decode("latin-1")))
    return headers


def parse_head(raw: bytes) -> ResponseHead:
    """Parse a response head (status line, fields, blank line). Raises HttpFormatError."""
    lines = _LINE_END_RE.split(raw.rstrip(b"\r\n"))
    match = _STATUS_RE.match(lines[0])
    if match is None:
        raise HttpFormatError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    return ResponseHead(
        version=f"{match.group(1).decode()}.{match.group(2).decode()}",
        status=int(match.group(3)),
        reason=(match.group(4) or b"").decode("latin-1"),
        headers=tuple(_fields(lines[1:], strict=True)),
        raw=raw,
    )


def head_fields(raw: bytes | bytearray | memoryview) -> Headers:
    """The header fields of a stored request or response head (start line first, blank line optional),
    read with the grammar of :func:`parse_head`; lines that are not field lines are left out."""
    lines = _LINE_END_RE.split(bytes(raw).rstrip(b"\r\n"))
    return tuple(_fields(lines[1:], strict=False))


def transfer_codings(headers: ResponseHead | Sequence[tuple[str, str]]) -> list[str]:
    """The transfer codings in the order applied (RFC 9112 §6.1), lower-cased, parameters dropped."""
    fields = headers.headers if isinstance(headers, ResponseHead) else headers
    return [
        coding.split(";", 1)[0].strip().lower()
        for name, value in fields
        if name.lower() == "transfer-encoding"
        for coding in value.split(",")
        if coding.strip()
    ]


def is_chunked(headers: ResponseHead | Sequence[tuple[str, str]]) -> bool:
    """Whether chunked frames the body: it must be the final transfer coding (RFC 9112 §6.1, §6.3)."""
    codings = transfer_codings(headers)
    return bool(codings) and codings[-1] == "chunked"


def content_length(head: ResponseHead) -> int | None:
    """The declared body length; None when absent. Raises HttpFormatError when invalid or contradictory."""
    values = {v.strip() for value in head.get_all("Content-Length") for v in value.split(",")}
    if not values:
        return None
    if len(values) > 1 or not all(v.isdigit() for v in values):
        raise HttpFormatError(f"invalid Content-Length: {sorted(values)}")
    return int(values.pop())
