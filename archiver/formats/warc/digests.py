"""WARC digests (WARC 1.1 §5.8, §5.9): reading a declared digest, and computing it as a block streams past.

Where the cut is: :mod:`archiver.formats.warc.fields` checks that a WARC-Block-Digest or WARC-Payload-Digest
*value* is well-formed (through :func:`parse_digest`); this module also does what verifying it against the
block needs while the block streams through the validator (:class:`BlockSink`): hash the block, find the
payload of an ``application/http`` block after its HTTP head (read with :mod:`archiver.formats.http.head`),
undo chunked framing for the second reading of a payload digest (:class:`Dechunker`), and keep a small
``application/warc-fields`` block for :func:`archiver.formats.warc.fields.check_warc_fields_block`. The
validator (:mod:`archiver.formats.warc.validator`) compares the results with the declared digests.

Encodings: base16, base32 (padded or not, any case) and base64 (standard or URL alphabet, padded or not),
for md5, sha1, the SHA-2 and SHA-3 families and BLAKE2. For a body framed by chunked (its final transfer
coding: RFC 9112 §6.1, §6.3) the payload digest is accepted when it matches either the raw body (warcio's
reading) or the de-chunked body (WARC 1.0's "with any transfer-encoding removed").
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import Final, Protocol

from archiver.fixity import HASHLIB_NAMES, fold
from archiver.formats.http.head import head_fields, is_chunked
from archiver.formats.warc.headers import Problem

__all__ = [
    "BlockSink",
    "Dechunker",
    "DeclaredDigest",
    "DigestCheck",
    "Hasher",
    "digest_encodings",
    "parse_digest",
]

# The HTTP head of an ``application/http`` block is buffered up to this size to find the payload after it.
_MAX_HTTP_HEADER: Final = 1 << 20

_HTTP_HEADER_END_RE: Final = re.compile(rb"\r?\n\r?\n")
_TRANSFER_ENCODING_RE: Final = re.compile(
    rb"\n[Tt][Rr][Aa][Nn][Ss][Ff][Ee][Rr]-[Ee][Nn][Cc][Oo][Dd][Ii][Nn][Gg]:"
)
# §5.8 labelled-digest = algorithm ":" digest-value, both tokens; "=" and "/" accepted in the value as IIPC
# community recommendation #48 asks (base32 padding and the base64 alphabet need them).
_DIGEST_RE: Final = re.compile(r"([!#$%&'*+\-.^_`|~0-9A-Za-z]+):([A-Za-z0-9+/=_\-]+)")
_HEX_RE: Final = re.compile(r"[0-9A-Fa-f]+")
_B32_RE: Final = re.compile(r"[A-Za-z2-7]+=*")
_B64_RE: Final = re.compile(r"[A-Za-z0-9+/\-_]+=*")

# Digest labels (folded as community recommendation #80 asks) -> hashlib name: all the tool's but BagIt's
# sized blake2 labels, where this Python's OpenSSL has them (builds differ: sha512_224, ...).
_ALGORITHMS: Final[dict[str, str]] = {
    label: name
    for label, name in HASHLIB_NAMES.items()
    if label not in ("blake2b512", "blake2s256") and name in hashlib.algorithms_available
}
_DIGEST_SIZES: Final = {name: hashlib.new(name).digest_size for name in _ALGORITHMS.values()}


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def digest(self) -> bytes: ...


@dataclass(frozen=True)
class DeclaredDigest:
    """A labelled digest from a header (§5.8), with the encodings its value can be read in.

    The standard names no encoding (its examples are base32; community recommendation #80 adds base16) and
    writers use them all: base16, base32 (padded or not) and base64 (standard or URL alphabet, padded or
    not); case never matters in base16 or base32. The digest's length tells which encodings are possible.
    A computed digest is compared by encoding it in each possible encoding (cheaper than decoding the value,
    and strict: a non-canonical encoding does not match).
    """

    label: str  # as written, e.g. "sha1"
    algo: str  # hashlib name
    value: str  # the encoded value as written
    encodings: tuple[str, ...]  # "base16", "base32", "base64": those the value is well-formed in

    def matches(self, computed: bytes) -> bool:
        return any(_normal(enc, self.value) == _encode(enc, computed) for enc in self.encodings)

    def show(self, computed: bytes) -> str:
        """``computed`` written like the declared value, for messages."""
        enc = self.encodings[0]
        text = _encode(enc, computed)
        if enc == "base16" and self.value.isupper():
            text = text.upper()
        return f"{self.label}:{text}"


def _normal(encoding: str, value: str) -> str:
    if encoding == "base16":
        return value.lower()
    if encoding == "base32":
        return value.upper().rstrip("=")
    return value.replace("-", "+").replace("_", "/").rstrip("=")


def _encode(encoding: str, raw: bytes) -> str:
    if encoding == "base16":
        return raw.hex()
    if encoding == "base32":
        return base64.b32encode(raw).decode("ascii").rstrip("=")
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def digest_encodings(value: str, size: int) -> tuple[str, ...]:
    """The encodings in which ``value`` is a well-formed ``size``-byte digest (none: the value is invalid)."""
    found: list[str] = []
    if len(value) == 2 * size and _HEX_RE.fullmatch(value):
        found.append("base16")
    bare = len(value.rstrip("="))
    b32_bare, b32_full = -(-size * 8 // 5), 8 * -(-size // 5)  # characters without and with padding
    if bare == b32_bare and len(value) in (b32_bare, b32_full) and _B32_RE.fullmatch(value):
        found.append("base32")
    b64_bare, b64_full = -(-size * 4 // 3), 4 * -(-size // 3)
    if bare == b64_bare and len(value) in (b64_bare, b64_full) and _B64_RE.fullmatch(value):
        found.append("base64")
    return tuple(found)


def parse_digest(name: str, value: str) -> tuple[DeclaredDigest | None, list[Problem]]:
    """A WARC-Block-Digest or WARC-Payload-Digest value (§5.8, §5.9): the digest to verify, or why not."""
    m = _DIGEST_RE.fullmatch(value)
    if m is None:
        return None, [("WARC-DIGEST-INVALID", f"{name} {value!r} is not 'algorithm:value'")]
    label, encoded = m.group(1), m.group(2)
    algo = _ALGORITHMS.get(fold(label))
    if algo is None:
        return None, [
            ("WARC-DIGEST-UNKNOWN-ALGORITHM", f"{name} uses algorithm {label!r}, unknown here: not verified")
        ]
    size = _DIGEST_SIZES[algo]
    encodings = digest_encodings(encoded, size)
    if not encodings:
        why = f"the value is not base16, base32 or base64 of a {size}-byte {label} digest"
        return None, [("WARC-DIGEST-INVALID", f"{name} {value!r}: {why}")]
    return DeclaredDigest(label, algo, encoded, encodings), []


# ---------------------------------------------------------------------------------------------------------
# Streaming helpers: the block, its HTTP header, chunked transfer coding.


class Dechunker:
    """Undo HTTP/1.1 chunked transfer coding (RFC 9112 §7.1) incrementally, hashing the decoded body.

    Malformed framing sets ``ok`` to False: the de-chunked digest is then not offered as a reading.
    """

    __slots__ = ("_hasher", "_left", "_line", "_state", "ok")

    _SIZE, _DATA, _DATA_END, _TRAILER, _DONE = range(5)

    def __init__(self, hasher: Hasher) -> None:
        self._hasher = hasher
        self._state = self._SIZE
        self._left = 0
        self._line = bytearray()
        self.ok = True

    def feed(self, data: bytes | memoryview) -> None:
        i, n = 0, len(data)
        while i < n and self.ok and self._state != self._DONE:
            if self._state == self._DATA:
                take = min(self._left, n - i)
                self._hasher.update(data[i : i + take])
                i += take
                self._left -= take
                if not self._left:
                    self._state = self._DATA_END
                continue
            end = bytes(data[i : i + 1024]).find(b"\n")  # framing lines are short
            if end < 0:
                self._line += data[i : i + 1024]
                i += 1024
                if len(self._line) > 4096:
                    self.ok = False
                continue
            self._line += data[i : i + end]
            i += end + 1
            line = bytes(self._line).rstrip(b"\r")
            self._line.clear()
            self._on_line(line)

    def _on_line(self, line: bytes) -> None:
        if self._state == self._SIZE:
            size = line.split(b";", 1)[0].strip()
            if not size or not _HEX_RE.fullmatch(size.decode("ascii", "replace")):
                self.ok = False
                return
            self._left = int(size, 16)
            self._state = self._DATA if self._left else self._TRAILER
        elif self._state == self._DATA_END:
            if line:
                self.ok = False
            self._state = self._SIZE
        elif self._state == self._TRAILER and not line:
            self._state = self._DONE


@dataclass
class DigestCheck:
    """A declared digest of a record and the hasher computing it."""

    declared: DeclaredDigest
    hasher: Hasher
    alt: Hasher | None = None  # payload only: the de-chunked body's hasher


class BlockSink:
    """Receives a block slice by slice: hashes it, finds the HTTP payload, keeps a small warc-fields block."""

    __slots__ = (
        "block",
        "chunked",
        "dechunker",
        "fields_buf",
        "http_buf",
        "http_state",
        "payload",
        "payload_bytes",
        "payload_from_block",
    )

    def __init__(
        self,
        block: DigestCheck | None,
        payload: DigestCheck | None,
        http: bool,
        keep_fields: bool,
    ) -> None:
        self.block = block
        self.payload = payload
        # A payload digest of the whole block in the block digest's algorithm needs no second hash.
        self.payload_from_block = (
            payload is not None
            and not http
            and block is not None
            and payload.declared.algo == block.declared.algo
        )
        # Where the HTTP payload is: 0 nothing to find, 1 still in the HTTP header, 2 past it, 3 no header end.
        self.http_state = 1 if (http and payload is not None) else 0
        self.http_buf = bytearray()
        self.chunked = False
        self.dechunker: Dechunker | None = None
        self.fields_buf: bytearray | None = bytearray() if keep_fields else None
        self.payload_bytes = 0

    def feed(self, data: bytes | memoryview) -> None:
        if self.block is not None:
            self.block.hasher.update(data)
        if self.fields_buf is not None:
            self.fields_buf += data
        if self.payload is None or self.payload_from_block:
            return
        if self.http_state == 1:
            self._feed_http_header(data)
        elif self.http_state != 3:
            self._feed_payload(data)

    def _feed_payload(self, data: bytes | memoryview) -> None:
        assert self.payload is not None
        self.payload.hasher.update(data)
        self.payload_bytes += len(data)
        if self.dechunker is not None:
            self.dechunker.feed(data)

    def _feed_http_header(self, data: bytes | memoryview) -> None:
        """Collect the HTTP header (64 KiB at a time, at most 1 MiB) until its blank line; pass on the rest."""
        taken = 0
        while True:
            before = len(self.http_buf)
            # 8 KiB holds nearly every HTTP header; then 64 KiB steps, so a large block is not copied whole.
            step = min(len(data) - taken, (8 << 10) if not before else (64 << 10), _MAX_HTTP_HEADER - before)
            self.http_buf += data[taken : taken + step]
            taken += step
            m = _HTTP_HEADER_END_RE.search(self.http_buf, max(0, before - 3))
            if m is not None:
                break
            if len(self.http_buf) >= _MAX_HTTP_HEADER:
                self.http_state = 3
                return
            if taken == len(data):
                return
        self.http_state = 2
        payload_at = taken - (len(self.http_buf) - m.end())  # where the payload starts in ``data``
        header = bytes(self.http_buf[: m.start()])
        self.http_buf = bytearray()
        # Only a head with a Transfer-Encoding line can be chunked: most are not parsed at all.
        self.chunked = _TRANSFER_ENCODING_RE.search(header) is not None and is_chunked(head_fields(header))
        if self.chunked and self.payload is not None:
            self.payload.alt = hashlib.new(self.payload.declared.algo)
            self.dechunker = Dechunker(self.payload.alt)
        if payload_at < len(data):
            self._feed_payload(data[payload_at:])
