"""Strict, streaming validation of WARC files: WARC 1.0 and 1.1 (ISO 28500), drafts 0.17/0.18 with a warning.

Why our own reader rather than warcio's: ``warcio check`` verifies digests and that the file parses, nothing
more. It passes a file cut inside its last record, records without WARC-Date or WARC-Record-ID, duplicated
mandatory fields and malformed values, and crashes on some broken records. An archivist needs every rule the
standard states, each finding naming the rule, the record and its offset. Clause numbers are those of
ISO 28500:2017 (WARC 1.1). WARC 1.0 states the same rules unless a comment says otherwise, but numbers them
differently after §5.11 (it has no WARC-Refers-To-Target-URI or -Date) and in its annexes.

How the file is read (streaming, constant memory): through the one WARC reader, :mod:`archiver.formats.warc`
(gzip member by member, never by the file name; headers with the one grammar of
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

The rule checks are pure functions over bytes, strings and lists of fields (:func:`parse_header_lines`,
:func:`check_record_fields`, :func:`check_date`, :func:`parse_digest`, ...); :class:`_Validator` does
the reading and turns their results into findings that name the record (its number, counted from 1, and its
WARC-Record-ID when known) and its offset.

Digests. Both WARC-Block-Digest and WARC-Payload-Digest are verified, whatever the encoding: base16, base32
(padded or not, any case) and base64 (standard or URL alphabet, padded or not), for md5, sha1, the SHA-2 and
SHA-3 families and BLAKE2. The payload of an ``application/http`` block is the entity after the HTTP header
(§5.9). WARC 1.0 defined it "with any transfer-encoding removed" (its 'response' clause); 1.1 dropped those
words (§6.3.2), and writers differ: warcio hashes the body as received, chunk framing included. So for a body
framed by chunked (its final transfer coding: RFC 9112 §6.1, §6.3; ``chunked, gzip`` is not chunk-framed) the
payload digest is accepted when it matches either the raw body (warcio's reading) or the de-chunked body
(1.0's reading). Payload digests are not verified where the payload
is not in the block: ``revisit`` records (§6.7: the payload is the earlier capture's) and segmented records
(§5.9: the digest is of the whole logical record).

What cannot be detected: a digest covers a block, never a header. An edited header value that is still
well-formed (another valid WARC-Target-URI, WARC-Date or Content-Type) is indistinguishable from the original;
only a comparison with a copy kept elsewhere (the bag manifests, the package metadata) can catch it.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Final, Protocol

from archiver.formats.http.head import head_fields, is_chunked
from archiver.formats.warc.codes import CODES
from archiver.formats.warc.headers import CTL_RE as _CTL_RE
from archiver.formats.warc.headers import TOKEN_RE as _TOKEN_RE
from archiver.formats.warc.headers import VERSION_RE as _VERSION_RE
from archiver.formats.warc.headers import Problem, parse_header, parse_header_lines
from archiver.formats.warc.headers import preview as _preview
from archiver.formats.warc.records import CRLF2 as _CRLF2
from archiver.formats.warc.records import GZIP_MAGIC as _GZIP_MAGIC
from archiver.formats.warc.records import ByteReader, GzipSource, PlainSource, Prefetch, Resync, Source
from archiver.validation.findings import Finding, Report, Severity, finding

__all__ = [
    "CODES",
    "DeclaredDigest",
    "HeaderCheck",
    "check_date",
    "check_record_fields",
    "check_target_uri",
    "check_version",
    "check_warc_fields_block",
    "digest_encodings",
    "parse_digest",
    "parse_header",
    "parse_header_lines",
    "validate_warc_file",
    "validate_warc_stream",
]

# ---------------------------------------------------------------------------------------------------------
# Limits. The reading unit is 1 MiB; header-like data is bounded so that a hostile file cannot exhaust memory.

_CHUNK: Final = 1 << 20  # raw reads, decompressed output per call, and the largest slice handed to a hasher
_MAX_LINE: Final = 64 << 10
_MAX_HEADER: Final = 1 << 20
_MAX_HTTP_HEADER: Final = 1 << 20
_MAX_FIELDS_BLOCK: Final = 1 << 20
_MAX_IDS: Final = 1_000_000  # record IDs remembered for the duplicate check (as 64-bit hashes)
_MAX_PER_CODE: Final = 100  # findings listed per code; the rest are counted in one summary finding


# ---------------------------------------------------------------------------------------------------------
# Grammar (WARC 1.1 §4, reusing RFC 2616 §2.2).

_HTTP_HEADER_END_RE: Final = re.compile(rb"\r?\n\r?\n")
_TRANSFER_ENCODING_RE: Final = re.compile(
    rb"\n[Tt][Rr][Aa][Nn][Ss][Ff][Ee][Rr]-[Ee][Nn][Cc][Oo][Dd][Ii][Nn][Gg]:"
)
_TOK: Final = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_QUOTED: Final = r'"(?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[^\x00-\x08\x0a-\x1f\x7f])*"'
# §5.6 media-type, with the optional white space around ";" of IIPC errata #38 (RFC 7231 §3.1.1.1).
_MEDIA_TYPE_RE: Final = re.compile(rf"{_TOK}/{_TOK}(?:[ \t]*;[ \t]*{_TOK}=(?:{_TOK}|{_QUOTED}))*")
# RFC 3986: scheme, and the characters a URI may hold (unreserved, reserved, well-formed percent escapes).
_SCHEME_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_URI_CHARS_RE: Final = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
_UUID_RE: Final = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_DIGITS_RE: Final = re.compile(r"[0-9]+")
# §5.8 labelled-digest = algorithm ":" digest-value, both tokens; "=" and "/" accepted in the value as IIPC
# community recommendation #48 asks (base32 padding and the base64 alphabet need them).
_DIGEST_RE: Final = re.compile(r"([!#$%&'*+\-.^_`|~0-9A-Za-z]+):([A-Za-z0-9+/=_\-]+)")
_HEX_RE: Final = re.compile(r"[0-9A-Fa-f]+")
_B32_RE: Final = re.compile(r"[A-Za-z2-7]+=*")
_B64_RE: Final = re.compile(r"[A-Za-z0-9+/\-_]+=*")

# W3C-ISO8601 (W3CDTF) with "Z": WARC 1.1 allows every granularity and 1 to 9 fraction digits (§5.4);
# WARC 1.0 allows exactly YYYY-MM-DDThh:mm:ssZ.
_DATE_11_RE: Final = re.compile(
    r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:([Tt])([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?([Zz]))?)?)?"
)
_DATE_10_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})([Tt])([0-9]{2}):([0-9]{2}):([0-9]{2})([Zz])"
)

_TYPES: Final = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
_DEFINED_10: Final = frozenset(
    {
        "warc-type", "warc-record-id", "warc-date", "content-length", "content-type", "warc-concurrent-to",
        "warc-block-digest", "warc-payload-digest", "warc-ip-address", "warc-refers-to", "warc-target-uri",
        "warc-truncated", "warc-warcinfo-id", "warc-filename", "warc-profile", "warc-identified-payload-type",
        "warc-segment-origin-id", "warc-segment-number", "warc-segment-total-length",
    }
)  # fmt: skip
# WARC 1.1 adds two revisit fields (§5.12, §5.13); in 1.0 files they are extension fields.
_DEFINED_11: Final = _DEFINED_10 | {"warc-refers-to-target-uri", "warc-refers-to-date"}
_MANDATORY: Final = ("warc-record-id", "content-length", "warc-date", "warc-type")
_ID_FIELDS: Final = ("warc-concurrent-to", "warc-refers-to", "warc-warcinfo-id", "warc-segment-origin-id")

# Fields a record type shall not carry: field -> (types, clause).
_NOT_ALLOWED: Final[dict[str, tuple[frozenset[str], str]]] = {
    "warc-concurrent-to": (frozenset({"warcinfo", "conversion", "continuation"}), "§5.7"),
    "warc-ip-address": (frozenset({"warcinfo", "conversion", "continuation"}), "§5.10"),
    "warc-refers-to": (frozenset({"warcinfo", "response", "resource", "request", "continuation"}), "§5.11"),
    "warc-refers-to-target-uri": (_TYPES - {"revisit"}, "§5.12"),
    "warc-refers-to-date": (_TYPES - {"revisit"}, "§5.13"),
    "warc-target-uri": (frozenset({"warcinfo"}), "§5.14"),
    "warc-warcinfo-id": (frozenset({"warcinfo"}), "§5.16"),
    "warc-filename": (_TYPES - {"warcinfo"}, "§5.17"),
    # §4: warcinfo and metadata records have no payload; §5.9 and §5.19: these fields "shall not be used on
    # records without a well-defined payload". (warcio writes a payload digest on metadata records.)
    "warc-payload-digest": (frozenset({"warcinfo", "metadata"}), "§4, §5.9"),
    "warc-identified-payload-type": (frozenset({"warcinfo", "metadata"}), "§4, §5.19"),
    "warc-segment-origin-id": (_TYPES - {"continuation"}, "§5.21"),
    "warc-segment-total-length": (_TYPES - {"continuation"}, "§5.22"),
}
# Which misplaced fields are errors. The segmentation fields steer reassembly (§7): on a record that is not a
# continuation they make it ambiguous whether the record is whole. Every other misplaced field describes the
# record without changing how its block is read, so it loses nothing and is a warning (WARC-FIELD-MISPLACED;
# a payload digest has a code of its own, as the case every warcio file shows).
_MISPLACED_IS_ERROR: Final = frozenset({"warc-segment-origin-id", "warc-segment-total-length"})
# Fields a record type requires: field -> (types, clause).
_REQUIRED_BY_TYPE: Final[dict[str, tuple[frozenset[str], str]]] = {
    "warc-target-uri": (
        frozenset({"response", "resource", "request", "revisit", "conversion", "continuation"}),
        "§5.14",
    ),
    "warc-profile": (frozenset({"revisit"}), "§5.18, §6.7"),
    "warc-segment-origin-id": (frozenset({"continuation"}), "§5.21, §6.9"),
    "warc-segment-number": (frozenset({"continuation"}), "§5.20, §6.9"),
}
# §6.7.2 and §6.7.3 profiles, under every version's URI; 0.17/0.18 drafts used the same paths.
_KNOWN_PROFILES: Final = frozenset(
    f"http://netpreserve.org/warc/{v}/revisit/{p}"
    for v in ("0.17", "0.18", "1.0", "1.1")
    for p in ("identical-payload-digest", "server-not-modified")
)
_IDENTICAL_PAYLOAD: Final = "/revisit/identical-payload-digest"

# Digest labels (lower case, "-" and "_" folded as community recommendation #80 asks) -> hashlib name.
_ALGORITHMS: Final[dict[str, str]] = {
    label: name
    for label, name in {
        "md5": "md5",
        "sha1": "sha1",
        "sha224": "sha224",
        "sha256": "sha256",
        "sha384": "sha384",
        "sha512": "sha512",
        "sha512224": "sha512_224",
        "sha512256": "sha512_256",
        "sha3224": "sha3_224",
        "sha3256": "sha3_256",
        "sha3384": "sha3_384",
        "sha3512": "sha3_512",
        "blake2b": "blake2b",
        "blake2s": "blake2s",
    }.items()
    if name in hashlib.algorithms_available  # OpenSSL builds differ (sha512_224, ...)
}
_DIGEST_SIZES: Final = {name: hashlib.new(name).digest_size for name in _ALGORITHMS.values()}


class _Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def digest(self) -> bytes: ...


# ---------------------------------------------------------------------------------------------------------
# Pure checks.


def check_version(version: str) -> tuple[str, list[Problem]]:
    """The rules a record's ``WARC/x.y`` line calls for ("1.0" or "1.1"), and what is wrong with it.

    Drafts 0.17 and 0.18 (Heritrix 1.x wrote them) are read with the 1.0 rules, which they nearly match. Any
    other version is an error, and the record is then held to the latest rules, 1.1.
    """
    if version in ("1.0", "1.1"):
        return version, []
    if version in ("0.17", "0.18"):
        return "1.0", [
            (
                "WARC-VERSION-OLD",
                f"WARC/{version} is a pre-standard draft; this record and every later one of a draft version "
                "are checked against the WARC 1.0 rules",
            )
        ]
    return "1.1", [("WARC-VERSION-INVALID", f"WARC/{version} is not a WARC version (1.0 or 1.1)")]


def check_date(value: str, version: str) -> list[Problem]:
    """A WARC-Date (or WARC-Refers-To-Date) value checked against §5.4 for the record's version.

    WARC 1.1 accepts every W3CDTF granularity with a "Z" zone and 1-9 fraction digits; 1.0 (and the drafts)
    exactly ``YYYY-MM-DDThh:mm:ssZ``. Calendar values are checked too (no month 13, no 31 April); a leap
    second (ss = 60) is allowed. Lower-case 't' or 'z' is read as RFC 3339 §5.6 permits, with a warning.
    """
    if version == "1.1":
        m = _DATE_11_RE.fullmatch(value)
        form = "a W3C-ISO8601 UTC timestamp such as YYYY-MM-DDThh:mm:ssZ (fractions of 1-9 digits allowed)"
    else:
        m = _DATE_10_RE.fullmatch(value)
        form = "YYYY-MM-DDThh:mm:ssZ, to the second (WARC 1.0 has no fractions or other granularities)"
    if m is None:
        return [("WARC-DATE-INVALID", f"{value!r} is not {form}")]
    if version == "1.1":
        year, month, day, t, hour, minute, second, _frac, z = m.groups()
    else:
        year, month, day, t, hour, minute, second, z = m.groups()
    try:
        datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            min(int(second or 0), 59),  # 60: a leap second (ISO 8601), which datetime cannot hold
        )
    except ValueError as exc:
        return [("WARC-DATE-INVALID", f"{value!r} is not a real date and time ({exc})")]
    if second is not None and int(second) > 60:
        return [("WARC-DATE-INVALID", f"{value!r} has seconds above 60")]
    if t == "t" or z == "z":
        return [("WARC-DATE-LOWERCASE", f"{value!r} uses lower-case 't' or 'z'; W3CDTF writes 'T' and 'Z'")]
    return []


def _check_uri(value: str) -> str | None:
    """Why ``value`` is not an absolute RFC 3986 URI, or None if it is one."""
    if not _SCHEME_RE.match(value):
        return "has no scheme (an absolute URI starts with one, such as 'urn:' or 'http:')"
    if not _URI_CHARS_RE.fullmatch(value):
        return "holds characters a URI may not contain unescaped (RFC 3986 §2)"
    return None


def check_record_id(value: str) -> list[Problem]:
    """WARC-Record-ID (§5.2): ``<`` absolute-URI ``>``; a urn:uuid value should be a UUID."""
    if not (value.startswith("<") and value.endswith(">")) or len(value) < 3:
        return [("WARC-RECORD-ID-INVALID", f"{value!r} is not a URI in angle brackets, as in <urn:uuid:...>")]
    uri = value[1:-1]
    why = _check_uri(uri)
    if why is not None:
        return [("WARC-RECORD-ID-INVALID", f"{value!r} {why}")]
    if uri[:9].lower() == "urn:uuid:" and not _UUID_RE.fullmatch(uri[9:]):
        return [
            (
                "WARC-RECORD-ID-NOT-UUID",
                f"{value!r} is a urn:uuid whose value is not a UUID (8-4-4-4-12 hex digits); WARC allows any "
                "URI, so the ID stays usable, but tools that parse the UUID reject it",
            )
        ]
    return []


def check_target_uri(value: str) -> list[Problem]:
    """WARC-Target-URI (§5.14): an absolute RFC 3986 URI, no angle brackets since WARC 1.1.

    Two severities. No scheme or a control character: nothing can recover the URI, an error. A URI with a
    scheme but spaces, angle brackets or raw non-ASCII: warcio, pywb and jwarc repair it (percent-encode, strip
    the brackets), so it is reported as a warning. Angle brackets: WARC 1.0's ``uri`` rule had them, but its
    own examples and nearly every writer left them out; wget 1.19.4+ writes them, 1.1 removes them.
    """
    problems: list[Problem] = []
    uri = value
    if uri.startswith("<") and uri.endswith(">"):
        problems.append(
            (
                "WARC-TARGET-URI-MALFORMED",
                f"{value!r} is enclosed in angle brackets, as WARC 1.0's uri rule has them and wget 1.19.4 "
                "and later write them; WARC 1.1 §5.14 has none, and readers strip them",
            )
        )
        uri = uri[1:-1]
    if _CTL_RE.search(uri):
        return [*problems, ("WARC-TARGET-URI-INVALID", f"{value!r} holds control characters")]
    if not _SCHEME_RE.match(uri):
        return [*problems, ("WARC-TARGET-URI-INVALID", f"{value!r} is not an absolute URI: it has no scheme")]
    if not _URI_CHARS_RE.fullmatch(uri):
        if any(c in uri for c in " \t"):
            why = "white space, which RFC 3986 requires percent-encoded (%20)"
        else:
            why = 'characters outside RFC 3986 (raw non-ASCII, <>"{}|\\^`, or a stray %)'
        problems.append(("WARC-TARGET-URI-MALFORMED", f"{value!r} holds {why}; readers percent-encode them"))
    return problems


def check_media_type(name: str, value: str) -> list[Problem]:
    if _MEDIA_TYPE_RE.fullmatch(value):
        return []
    return [("WARC-CONTENT-TYPE-INVALID", f"{name} {value!r} is not a media type (type/subtype; name=value)")]


def _normalise_algorithm(label: str) -> str:
    return label.lower().replace("-", "").replace("_", "").replace("/", "")


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
    algo = _ALGORITHMS.get(_normalise_algorithm(label))
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


def _lower_media(value: str | None) -> str | None:
    return None if value is None else value.split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class HeaderCheck:
    """What a record header says, as far as reading the record needs it, and what is wrong with it."""

    problems: list[Problem]
    first: dict[str, str]  # the first value of each field, by lower-case name (extension fields included)
    record_type: str | None  # lower case; None if absent or empty
    length: int | None  # Content-Length when well-formed
    block_digest: DeclaredDigest | None  # verifiable digests only
    payload_digest: DeclaredDigest | None


def check_record_fields(version: str, fields: Sequence[tuple[str, str]]) -> HeaderCheck:
    """Every header rule of §5 and §6 that needs only the fields: presence, repetition, value formats, and the
    fields each record type requires or forbids. Digests are checked against the block by the reader.

    ``version`` is "1.0" or "1.1" ("0.17"/"0.18" drafts are held to the 1.0 rules). Field names compare
    case-insensitively (§4); so do the record type names, literals of the grammar (RFC 2616 §2.1).
    Extension fields are ignored (§5.1: "shall ignore fields with unrecognized names") and may repeat
    (community recommendation #95).
    """
    defined = _DEFINED_11 if version == "1.1" else _DEFINED_10
    values: dict[str, list[str]] = {}
    first_values: dict[str, str] = {}
    for name, value in fields:
        key = name.lower()
        first_values.setdefault(key, value)
        if key in defined:
            values.setdefault(key, []).append(value)
    problems: list[Problem] = []
    for key, vals in values.items():
        if len(vals) > 1 and key != "warc-concurrent-to":  # §5.7: the one field that may repeat
            problems.append(("WARC-FIELD-DUPLICATE", f"{_title(key)} appears {len(vals)} times"))
        if "" in vals:
            problems.append(("WARC-FIELD-EMPTY", f"{_title(key)} has an empty value"))
    for key in _MANDATORY:
        if key not in values:
            problems.append(("WARC-FIELD-MISSING", f"mandatory field {_title(key)} is absent"))

    firsts = {key: vals[0] for key, vals in values.items() if vals[0]}  # non-empty first values
    first = firsts.get

    rid = first("warc-record-id")
    if rid is not None:
        problems += check_record_id(rid)
    length_text = first("content-length")
    length = None
    if length_text is not None:
        if _DIGITS_RE.fullmatch(length_text):
            length = int(length_text)
        else:
            problems.append(
                ("WARC-CONTENT-LENGTH-INVALID", f"Content-Length {length_text!r} is not a decimal number")
            )
    for key in ("warc-date", "warc-refers-to-date"):
        date = first(key)
        if date is not None and key in defined:
            problems += [(c, f"{_title(key)} {d}") for c, d in check_date(date, version)]
    for key in ("content-type", "warc-identified-payload-type"):
        media = first(key)
        if media is not None:
            problems += check_media_type(_title(key), media)
    for key in _ID_FIELDS:
        for v in values.get(key, ()):
            if not v:
                continue
            ok = v.startswith("<") and v.endswith(">") and len(v) > 2
            why = _check_uri(v[1:-1]) if ok else "is not in angle brackets, as in <urn:uuid:...>"
            if why is not None:
                problems.append(("WARC-ID-FIELD-INVALID", f"{_title(key)} {v!r} {why}"))
    ip = first("warc-ip-address")
    if ip is not None:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            problems.append(
                ("WARC-IP-ADDRESS-INVALID", f"WARC-IP-Address {ip!r} is not an IPv4 or IPv6 address")
            )
    digests: list[DeclaredDigest | None] = []
    for key in ("warc-block-digest", "warc-payload-digest"):
        digest = first(key)
        declared = None
        if digest is not None:
            declared, probs = parse_digest(_title(key), digest)
            problems += probs
        digests.append(declared)
    target = first("warc-target-uri")
    if target is not None:
        problems += check_target_uri(target)
    refers_target = first("warc-refers-to-target-uri")
    if refers_target is not None and "warc-refers-to-target-uri" in defined:
        problems += [(c, f"WARC-Refers-To-Target-URI: {d}") for c, d in check_target_uri(refers_target)]
    truncated = first("warc-truncated")
    if truncated is not None and not _TOKEN_RE.fullmatch(truncated):
        problems.append(("WARC-FIELD-INVALID", f"WARC-Truncated {truncated!r} is not a reason token"))
    total = first("warc-segment-total-length")
    if total is not None and not _DIGITS_RE.fullmatch(total):
        problems.append(
            ("WARC-FIELD-INVALID", f"WARC-Segment-Total-Length {total!r} is not a decimal number")
        )
    filename = first("warc-filename")
    if filename is not None and _CTL_RE.search(filename):
        problems.append(("WARC-FIELD-INVALID", "WARC-Filename holds control characters"))

    rtype_raw = first("warc-type")
    rtype = None if rtype_raw is None else rtype_raw.lower()
    if rtype_raw is None:
        pass
    elif not _TOKEN_RE.fullmatch(rtype_raw):
        problems.append(("WARC-FIELD-INVALID", f"WARC-Type {rtype_raw!r} is not a token"))
    elif rtype not in _TYPES:
        problems.append(
            (
                "WARC-TYPE-UNKNOWN",
                f"WARC-Type {rtype_raw!r} is not a type WARC defines; readers skip such records (§6.1), so "
                "its content is invisible to them",
            )
        )
    else:
        problems += _check_type_rules(rtype_raw.lower(), values, version)
    return HeaderCheck(problems, first_values, rtype, length, digests[0], digests[1])


def _check_type_rules(rtype: str, values: dict[str, list[str]], version: str) -> list[Problem]:
    """The fields a known record type forbids or requires (§5, §6, §7)."""
    problems: list[Problem] = []
    for key, (types, clause) in _NOT_ALLOWED.items():
        if (
            key not in values
            or rtype not in types
            or (version != "1.1" and key.startswith("warc-refers-to-"))
        ):
            continue
        if key == "warc-payload-digest":
            detail = (
                f"WARC-Payload-Digest shall not be used on a {rtype} record, which has no well-defined payload "
                f"({clause}); it was verified against the block"
            )
            problems.append(("WARC-PAYLOAD-DIGEST-NOT-ALLOWED", detail))
            continue
        code = "WARC-FIELD-NOT-ALLOWED" if key in _MISPLACED_IS_ERROR else "WARC-FIELD-MISPLACED"
        problems.append((code, f"{_title(key)} shall not be used on a {rtype} record ({clause})"))
    for key, (types, clause) in _REQUIRED_BY_TYPE.items():
        if rtype in types and key not in values:
            problems.append(
                ("WARC-FIELD-REQUIRED-BY-TYPE", f"a {rtype} record requires {_title(key)} ({clause})")
            )
    number = values.get("warc-segment-number", [""])[0]
    if number:
        if not _DIGITS_RE.fullmatch(number) or int(number) == 0:
            problems.append(
                ("WARC-SEGMENT-NUMBER-INVALID", f"WARC-Segment-Number {number!r} is not a number from 1")
            )
        elif rtype == "continuation" and int(number) < 2:
            problems.append(
                (
                    "WARC-SEGMENT-NUMBER-INVALID",
                    f"a continuation record has WARC-Segment-Number {number}, not 2 or more (§7)",
                )
            )
        elif rtype != "continuation" and int(number) != 1:
            problems.append(
                (
                    "WARC-SEGMENT-NUMBER-INVALID",
                    f"a {rtype} record is a first segment, so its WARC-Segment-Number must be 1, not {number} (§7)",
                )
            )
    length = values.get("content-length", [""])[0]
    if (
        rtype != "continuation"
        and "content-type" not in values
        and _DIGITS_RE.fullmatch(length)
        and int(length) > 0
    ):
        problems.append(
            ("WARC-CONTENT-TYPE-MISSING", f"a {rtype} record with a {length}-byte block has no Content-Type")
        )
    media = _lower_media(values.get("content-type", [None])[0])
    if rtype == "warcinfo" and media and media != "application/warc-fields":
        problems.append(
            (
                "WARC-WARCINFO-CONTENT-TYPE",
                f"the warcinfo block is {media}, not the recommended application/warc-fields",
            )
        )
    profile = values.get("warc-profile", [""])[0]
    if rtype == "revisit" and profile:
        uri = profile[1:-1] if profile.startswith("<") and profile.endswith(">") else profile
        why = _check_uri(uri)
        if why is not None:
            problems.append(("WARC-FIELD-INVALID", f"WARC-Profile {profile!r} {why}"))
        elif uri not in _KNOWN_PROFILES:
            problems.append(
                (
                    "WARC-PROFILE-UNKNOWN",
                    f"WARC-Profile {uri!r} is not a profile WARC defines; readers shall not interpret the block",
                )
            )
        if uri.endswith(_IDENTICAL_PAYLOAD) and "warc-payload-digest" not in values:
            problems.append(
                (
                    "WARC-FIELD-REQUIRED-BY-TYPE",
                    "a revisit record with the identical-payload-digest profile requires WARC-Payload-Digest (§6.7.2)",
                )
            )
    return problems


def check_warc_fields_block(data: bytes) -> list[str]:
    """Problems of an ``application/warc-fields`` block (§4: ``warc-fields = *named-field CRLF``).

    Each line is ``name: value`` CRLF with a token name, or an indented continuation; blank lines may only end
    the block (writers differ on whether to write the closing one: both are read). At most three problems are
    described, then a count.
    """
    problems: list[str] = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not valid UTF-8 at byte {exc.start}")
    lines = data.split(b"\n")
    if lines[-1] != b"":
        problems.append(f"the last line does not end with CRLF: {_preview(lines[-1])}")
    lines.pop()
    blank_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.endswith(b"\r"):
            problems.append(f"line {number} ends with a bare LF: {_preview(line)}")
        else:
            line = line[:-1]
        if not line:
            blank_seen = True
            continue
        if blank_seen:
            problems.append(f"line {number} follows a blank line inside the block")
            blank_seen = False
        if line[:1] in (b" ", b"\t"):
            if number == 1:
                problems.append("line 1 is indented but continues no field")
            continue
        name, colon, _value = line.partition(b":")
        if not colon:
            problems.append(f"line {number} has no colon: {_preview(line)}")
        elif not _TOKEN_RE.fullmatch(name.decode("utf-8", "replace")):
            problems.append(f"line {number}: field name {name.decode('utf-8', 'replace')!r} is not a token")
    if len(problems) > 3:
        return [*problems[:3], f"and {len(problems) - 3} more"]
    return problems


def _spell(key: str) -> str:
    special = {"warc-record-id": "WARC-Record-ID", "warc-ip-address": "WARC-IP-Address",
               "warc-target-uri": "WARC-Target-URI", "warc-warcinfo-id": "WARC-Warcinfo-ID",
               "warc-segment-origin-id": "WARC-Segment-Origin-ID",
               "warc-refers-to-target-uri": "WARC-Refers-To-Target-URI"}  # fmt: skip
    return special.get(key) or "-".join(p.upper() if p == "warc" else p.capitalize() for p in key.split("-"))


_TITLES: Final = {key: _spell(key) for key in _DEFINED_11}


def _title(key: str) -> str:
    """A lower-case field name in the standard's spelling, for messages."""
    return _TITLES.get(key) or _spell(key)


# ---------------------------------------------------------------------------------------------------------
# Streaming helpers: the block, its HTTP header, chunked transfer coding.


class _Dechunker:
    """Undo HTTP/1.1 chunked transfer coding (RFC 9112 §7.1) incrementally, hashing the decoded body.

    Malformed framing sets ``ok`` to False: the de-chunked digest is then not offered as a reading.
    """

    __slots__ = ("_hasher", "_left", "_line", "_state", "ok")

    _SIZE, _DATA, _DATA_END, _TRAILER, _DONE = range(5)

    def __init__(self, hasher: _Hasher) -> None:
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
class _DigestCheck:
    """A declared digest of a record and the hasher computing it."""

    declared: DeclaredDigest
    hasher: _Hasher
    alt: _Hasher | None = None  # payload only: the de-chunked body's hasher


class _BlockSink:
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
        block: _DigestCheck | None,
        payload: _DigestCheck | None,
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
        self.dechunker: _Dechunker | None = None
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
            self.dechunker = _Dechunker(self.payload.alt)
        if payload_at < len(data):
            self._feed_payload(data[payload_at:])


# ---------------------------------------------------------------------------------------------------------
# The validator: reads records, applies the pure checks, and reports findings that name record and offset.


class _Validator:
    def __init__(self, stream: BinaryIO, path: str | None, name: str) -> None:
        self._stream = stream
        self._path = path
        self._name = name
        self.findings: list[Finding] = []
        self._counts: dict[str, int] = {}
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
        n = self._counts.get(code, 0) + 1
        self._counts[code] = n
        if n <= _MAX_PER_CODE:
            self.findings.append(finding(code, self._path, message))

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
        self._gz = head[:2] == _GZIP_MAGIC
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
        for code, n in self._counts.items():
            if n > _MAX_PER_CODE:
                self.findings.append(
                    finding(
                        code,
                        self._path,
                        f"... and {n - _MAX_PER_CODE} more findings of this kind, not listed",
                    )
                )

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
        m = _VERSION_RE.fullmatch(line.rstrip(b"\r\n")) if ok else None
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
        if tail == _CRLF2:
            r.skip(4)
            self._leave_record(r.offset, where)
            return True
        if len(tail) < 4 and _CRLF2.startswith(tail):
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
                if gap == _CRLF2 and skipped >= 4:
                    nxt += f": the block looks {length + skipped - 4} bytes long"
            else:
                nxt = f"no further record follows ({skipped} bytes to the end of the file)"
        self.add(
            "WARC-CONTENT-LENGTH-MISMATCH",
            f"{where}: {_preview(tail)} follows the {length} bytes of Content-Length (at offset {end}) instead "
            f"of CRLF CRLF, so Content-Length does not match the block; {nxt}",
        )
        self._leave_record(r.offset, where)

    def _not_a_record(self, start: int, line: bytes) -> bool:
        """Data where a version line should be: not a WARC at all, garbage between records, or trailing."""
        r = self._reader
        preview = _preview(line[:40] + r.buf[r.pos : r.pos + 40])
        if self.records == 0 and start == 0:
            if line.startswith(b"filedesc:"):
                self.add(
                    "WARC-NOT-WARC",
                    f"{self._name} is an ARC file (the legacy format WARC replaced: its first line is "
                    f"{preview}), not a WARC; convert it with an ARC-to-WARC tool such as 'warcio' or 'jwattools'",
                )
            else:
                self.add("WARC-NOT-WARC", f"{self._name} does not start with a WARC version line: {preview}")
            return False
        skipped, found = r.scan_to_version_line()
        total = len(line) + skipped
        self._leave_record(r.offset, None)
        if found:
            self.add(
                "WARC-GARBAGE-BETWEEN-RECORDS",
                f"{total} bytes at offset {start}, after record {self.records}, are not a WARC record: {preview}; "
                f"reading went on at the next version line, at offset {r.offset}",
            )
            return True
        self.add(
            "WARC-TRAILING-GARBAGE",
            f"{total} bytes after the last record (record {self.records}), from offset {start}, are not a WARC "
            f"record: {preview}",
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

    def _make_sink(self, hc: HeaderCheck, length: int) -> _BlockSink | None:
        """What to compute while the block streams past: its digest, its payload's, a warc-fields copy."""
        rtype = hc.record_type or ""
        media = _lower_media(hc.first.get("content-type"))
        block = (
            None
            if hc.block_digest is None
            else _DigestCheck(hc.block_digest, hashlib.new(hc.block_digest.algo))
        )
        payload = None
        http = False
        # 6.7: a revisit's payload is the earlier capture's; 5.9: a segment's payload digest is the whole
        # logical record's. Neither can be checked against this block.
        segmented = rtype == "continuation" or "warc-segment-number" in hc.first
        if rtype in _TYPES and rtype != "revisit" and not segmented and hc.payload_digest is not None:
            payload = _DigestCheck(hc.payload_digest, hashlib.new(hc.payload_digest.algo))
            if rtype in ("response", "request"):
                scheme = hc.first.get("warc-target-uri", "").lstrip("<").split(":", 1)[0].lower()
                http = media == "application/http" or (media is None and scheme in ("http", "https"))
        keep_fields = media == "application/warc-fields" and length <= _MAX_FIELDS_BLOCK
        if block is None and payload is None and not keep_fields:
            return None
        return _BlockSink(block, payload, http, keep_fields)

    def _finish_sink(self, sink: _BlockSink, hc: HeaderCheck, length: int, where: str) -> None:
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
        sink: _BlockSink,
        check: _DigestCheck,
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
