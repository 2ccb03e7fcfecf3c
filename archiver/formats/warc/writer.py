"""Writing WARC/1.1 records and files (ISO 28500:2017): records, and the WARC of an archived article.

Where the cut is: this module writes *records* (:func:`build_record`, :func:`warc_fields`, the
``warcinfo`` and ``metadata`` records every file of ours starts and ends with), compresses them
(:func:`gzip_member`), and builds the one file a file package holds (:func:`build_article_warc`). The
records of an HTTP capture (request, response, revisit) and the order of a capture's file are in
:mod:`archiver.formats.warc.capture`, built on these; reading is :mod:`archiver.formats.warc.records`, and
checking :mod:`archiver.formats.warc.validator`. The value grammars (tokens, media types, URIs) are the
ones the checks use, from :mod:`archiver.formats.warc.headers`.

One article becomes one small ``.warc.gz`` of three records, each in its own gzip member (Annex D.2,
"record-at-time compression", which is what lets replay tools seek straight to a record):

1. ``warcinfo`` (6.2): who wrote the file, with what, to which format; its block is
   ``application/warc-fields``.
2. ``resource`` (6.4): the article bytes exactly as captured, without any protocol envelope, under the
   article's real URL when known (else a URN).
3. ``metadata`` (6.6): our JSON description of the capture, ``WARC-Refers-To`` the resource record and
   under its *own* URN: a metadata record that reuses the article's URI gets indexed as a capture of that
   URI, and pywb then replays the JSON instead of the page.

Why our own writer rather than warcio's: warcio writes WARC/1.0 unless told otherwise, hard-codes gzip
level 9 (about 16 MiB/s), puts a payload digest on metadata records (which 6.6 and 4 say have no payload),
and its record IDs are random (uuid4). Here everything is built in memory with bytes joins, and the same
inputs always give the same bytes (deterministic record IDs, gzip members with mtime 0, no file name and a
fixed OS byte), so a package can be rebuilt and compared byte for byte.

Field order inside every record is fixed, so diffs between two files show only what changed:

    WARC-Type, WARC-Record-ID, WARC-Date,
    WARC-Filename (warcinfo) | WARC-Target-URI (resource, metadata),
    WARC-Refers-To (metadata), WARC-Warcinfo-ID (all but warcinfo),
    Content-Type, WARC-Block-Digest, WARC-Payload-Digest (resource only),
    Content-Length (always last, computed by :func:`build_record`)

Decisions where the standard leaves room (section numbers are those of ISO 28500:2017 / WARC 1.1):

* Digests are SHA-1 in upper-case RFC 4648 base32 (5.8, 5.9): the form of the standard's own examples and
  the one both warcio and jwarc verify. SHA-1's 20 bytes encode to 32 characters with no ``=`` padding,
  which the ``digest-value = token`` grammar would forbid. Stronger digests belong in the bag manifests.
* WARC-Date (5.4) is written to the second, ``YYYY-MM-DDThh:mm:ssZ``; 1.1 allows fractions, but many
  replay and CDX tools still expect 14-digit timestamps. Fractions are truncated, never rounded, so a
  capture never appears to happen after it did. All three records carry the capture time, including
  the warcinfo record, so that rebuilding the file later gives the same bytes.
* WARC-Target-URI (5.14) must be an RFC 3986 URI. IRIs are mapped to URIs by RFC 3987 section 3.1:
  every character outside RFC 3986's unreserved and reserved sets (non-ASCII, space, ``<``, ``"``, ...)
  is UTF-8 encoded and percent-encoded; existing ``%XX`` escapes are kept, a stray ``%`` becomes ``%25``.
  Hosts are percent-encoded like the rest rather than IDNA-converted: the mapping is then reversible and
  independent of IDNA 2003/2008 differences (pass the punycode host if that is what was fetched). A CR
  or LF anywhere in a URI is refused rather than encoded: it is a bug or a header-injection attempt.
* Other header values may hold any UTF-8 (4), but never control characters, and never leading or
  trailing white space (a reader strips it, so the value would not read back as written).
* The metadata block is JSON, ``Content-Type: application/json``. Clause 9 says warcinfo and metadata
  records "shall be application/warc-fields", but 6.2 and 6.6 say their format "may vary", and IIPC
  community errata #50 reads clause 9 as not forbidding other types; replay tools ignore the type.
* The warcinfo ``format`` field reads ``WARC File Format 1.1`` (warcio's and the IIPC pages' wording;
  the informative example in Annex B.1 says ``WARC file version 1.1``: neither is normative).
* Record IDs are ``<urn:uuid:...>`` (5.2) from UUIDv5 over the caller's seed and the record's role, so
  the caller must give a seed unique to the capture (for example the article's digest and capture time).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from archiver.formats.warc.headers import MEDIA_TYPE_RE, SCHEME_RE, TOKEN_RE, URI_CHARS_RE

__all__ = [
    "CONFORMS_TO",
    "FORMAT_NAME",
    "RECORD_ID_NAMESPACE",
    "WARC_VERSION",
    "WarcResult",
    "build_article_warc",
    "build_record",
    "format_warc_date",
    "gzip_member",
    "metadata_record",
    "record_id",
    "sha1_base32_digest",
    "to_uri",
    "warc_fields",
    "warcinfo_record",
]

#: The version line of every record (4: ``version = "WARC/1.1" CRLF``).
WARC_VERSION = "WARC/1.1"
#: The warcinfo ``format`` field, as the IIPC specification pages and warcio word it.
FORMAT_NAME = "WARC File Format 1.1"
#: The warcinfo ``conformsTo`` field: the published text of the version we write.
CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"

#: Namespace of this project's record IDs. Fixed for ever: changing it changes every record ID, and with it
#: every rebuilt WARC. It is ``uuid5(NAMESPACE_URL, "urn:news-archiver:warc-record-id")``, written out so
#: that it can never drift with the derivation.
RECORD_ID_NAMESPACE = uuid.UUID("a640f53d-0a47-5277-8db6-83d79af8088a")

_CRLF = b"\r\n"
_VERSION_LINE = WARC_VERSION.encode("ascii") + _CRLF
_RECORD_END = b"\r\n\r\n"  # 4: block CRLF CRLF

# Control characters (4: CTL = octets 0-31 and DEL). HT is allowed by TEXT but has no use in our values, so
# the writer refuses it where the header grammar (headers.CTL_RE) would accept it.
_CTL_RE = re.compile(r"[\x00-\x1f\x7f]")
_URI_SAFE_BYTES = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;="
)
_HEX = b"0123456789ABCDEFabcdef"

# 5.1: mandatory on every record; checked by build_record because `warcio check` does not check them.
_MANDATORY = ("warc-type", "warc-record-id", "warc-date")


@dataclass(frozen=True)
class WarcResult:
    """A finished WARC file and the identifiers other parts of a package cite.

    ``target_uri`` is the WARC-Target-URI as written (the caller's IRI mapped to a URI), which is what a
    CDX index or a replay tool will look the article up by.
    """

    data: bytes  # the whole .warc.gz file
    warcinfo_id: str  # "<urn:uuid:...>"
    resource_id: str
    metadata_id: str
    target_uri: str


def format_warc_date(dt: datetime) -> str:
    """``YYYY-MM-DDThh:mm:ssZ`` in UTC (5.4), fractions of a second truncated.

    A naive datetime is refused: guessing its zone would silently shift the capture time by hours.
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("WARC-Date needs a timezone-aware datetime; got a naive one")
    u = dt.astimezone(UTC)
    # Formatted by hand: strftime("%Y") does not zero-pad years before 1000 on every platform.
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def record_id(seed: str, role: str) -> str:
    """A deterministic WARC-Record-ID, ``<urn:uuid:...>`` (5.2), for the record playing ``role``.

    Reproducible builds need IDs that depend only on the inputs. The UUIDv5 name is ``seed NUL role``;
    ``role`` may not contain NUL, so two different (seed, role) pairs never share a name.
    """
    if not role or "\x00" in role:
        raise ValueError(f"record role must be non-empty and free of NUL: {role!r}")
    return f"<urn:uuid:{uuid.uuid5(RECORD_ID_NAMESPACE, seed + chr(0) + role)}>"


def sha1_base32_digest(data: bytes) -> str:
    """``sha1:`` and the upper-case RFC 4648 base32 SHA-1 of ``data`` (5.8 labelled-digest).

    20 bytes are a multiple of 5 bits x 8, so the 32-character value never carries ``=`` padding.
    """
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def to_uri(value: str, *, field: str = "WARC-Target-URI") -> str:
    """Map an absolute IRI or URI to an RFC 3986 URI (RFC 3987 section 3.1), as 5.14 asks.

    Characters outside RFC 3986's unreserved and reserved sets are UTF-8 encoded and percent-encoded with
    upper-case hex (RFC 3986 section 2.1); valid ``%XX`` escapes are kept and a stray ``%`` becomes ``%25``.
    A URI that is already valid comes back unchanged. Refused with ValueError: no scheme (the value would
    not be an absolute URI), CR or LF (never legitimate in a URI; encoding it would hide a bug), and lone
    surrogates (not encodable as UTF-8).
    """
    if "\r" in value or "\n" in value:
        raise ValueError(f"{field} must not contain CR or LF: {value!r}")
    if not SCHEME_RE.match(value):
        raise ValueError(f"{field} must be an absolute URI with a scheme: {value!r}")
    if URI_CHARS_RE.fullmatch(value):
        return value
    try:
        raw = value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{field} is not valid Unicode text: {value!r}") from None
    out = bytearray()
    i, n = 0, len(raw)
    while i < n:
        b = raw[i]
        if b in _URI_SAFE_BYTES:
            out.append(b)
        elif b == 0x25 and i + 2 < n and raw[i + 1] in _HEX and raw[i + 2] in _HEX:
            out += raw[i : i + 3]
            i += 3
            continue
        else:
            out += b"%%%02X" % b
        i += 1
    return out.decode("ascii")


def _check_value(name: str, value: str) -> None:
    """Refuse a named-field value that would not read back as written (4)."""
    if _CTL_RE.search(value):
        if "\r" in value or "\n" in value:
            raise ValueError(f"{name} must not contain CR or LF: {value!r}")
        raise ValueError(f"{name} must not contain control characters: {value!r}")
    # str.strip(), not strip(" "): warcio strips any Unicode white space (U+00A0, U+3000, ...) on read.
    if value != value.strip():
        raise ValueError(f"{name} must not start or end with white space: {value!r}")


#: Field names already checked to be tokens: the same dozen names come in every record.
_TOKEN_NAMES: set[str] = set()


def _named_fields(fields: Sequence[tuple[str, str]]) -> list[bytes]:
    """``Name: value`` CRLF lines, checked: names are tokens, values have no CTLs, no name repeats (5.1)."""
    lines: list[bytes] = []
    seen: set[str] = set()
    for name, value in fields:
        if name not in _TOKEN_NAMES:
            if not TOKEN_RE.fullmatch(name):
                raise ValueError(f"field name is not a token: {name!r}")
            if (
                len(_TOKEN_NAMES) < 256
            ):  # the names a program uses are few; never let the cache grow unbounded
                _TOKEN_NAMES.add(name)
        key = name.lower()
        # 5.1: a field shall not repeat, except WARC-Concurrent-To (5.7).
        if key in seen and key != "warc-concurrent-to":
            raise ValueError(f"field {name!r} given twice")
        seen.add(key)
        _check_value(name, value)
        lines.append(f"{name}: {value}\r\n".encode())
    return lines


def warc_fields(fields: Sequence[tuple[str, str]]) -> bytes:
    """An ``application/warc-fields`` block (8.3): one ``name: value`` CRLF line per field, then CRLF.

    The closing blank line is the grammar's (4: ``warc-fields = *named-field CRLF``), and what Heritrix,
    wget and the IIPC primer write; warcio leaves it out, and readers accept both.
    """
    return b"".join((*_named_fields(fields), _CRLF))


def build_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One uncompressed WARC/1.1 record (4): version line, named fields, blank line, block, CRLF CRLF.

    ``Content-Length`` (5.3) is computed here and written last, so it can never disagree with the block;
    passing one is an error. WARC-Type, WARC-Record-ID and WARC-Date (5.1 mandatory) must be present,
    since ``warcio check`` would pass a record without them.
    """
    names = {name.lower() for name, _ in headers}
    if "content-length" in names:
        raise ValueError("Content-Length is computed by build_record; do not pass it")
    missing = [m for m in _MANDATORY if m not in names]
    if missing:
        raise ValueError(f"record lacks mandatory field(s): {', '.join(missing)}")
    lines = _named_fields(headers)
    return b"".join((_VERSION_LINE, *lines, b"Content-Length: %d\r\n\r\n" % len(block), block, _RECORD_END))


# RFC 1952 section 2.3 member header: ID1 ID2, CM=8 (deflate), FLG=0 (no name, comment or extra field),
# MTIME=0 ("no time stamp available"), XFL=0, OS=255 ("unknown"). zlib's own gzip framing (wbits=31) also
# writes MTIME 0 and no name, but its OS byte is the build platform's (3 on Unix, 10 on Windows) and its XFL
# follows the level, so the same WARC would differ by platform: hence our own ten bytes.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def gzip_member(data: bytes, compresslevel: int = 6) -> bytes:
    """``data`` as one complete gzip member (RFC 1952) whose bytes depend only on ``data`` and the level.

    Header as above, raw deflate, then CRC-32 and length mod 2**32, both little-endian. The deflate bytes
    themselves depend on the zlib implementation: identical across machines with the same zlib, possibly
    not between zlib and zlib-ng. Level 6 is zlib's default (warcio hard-codes 9): on a 5 KB HTML article
    it gave the same size as level 9 in 20 % less time.

    Speed: most records here are small (a warcinfo block is about 300 bytes), and setting up a full 32 KiB
    window and 128 KiB hash table then costs more than compressing. So the window is sized to the data (the
    smallest ``2**wbits`` whose usable span, ``2**wbits - 262``, covers every byte, so no match is lost;
    in 1,200 measured cases of text and random data at levels 1, 6 and 9 the deflate bytes were identical
    to a 32 KiB window's) and the hash table with it. A raw deflate stream does not record its window size
    and gzip readers decode with 32 KiB, so readers see no difference; a 5 KB article's WARC takes about a
    third less time to build.
    """
    if not 0 <= compresslevel <= 9:
        raise ValueError(f"compresslevel must be 0..9, got {compresslevel}")
    wbits = min(zlib.MAX_WBITS, max(9, (len(data) + 261).bit_length()))
    comp = zlib.compressobj(compresslevel, zlib.DEFLATED, -wbits, min(8, wbits - 6))  # 8: zlib default
    body = comp.compress(data) + comp.flush()
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return b"".join((_GZIP_HEADER, body, trailer))


def warcinfo_record(
    *,
    record_id: str,
    date: str,
    filename: str,
    software: str,
    operator: str | None,
    description: str | None,
) -> bytes:
    """The ``warcinfo`` record (6.2) that opens each of our files; ``date`` is a WARC-Date as written.

    Its fields are all optional in the standard: software and format first, operator and description only
    when given (None leaves them out). The block is ``application/warc-fields``.
    """
    fields = [("software", software), ("format", FORMAT_NAME), ("conformsTo", CONFORMS_TO)]
    if operator is not None:
        fields.append(("operator", operator))
    if description is not None:
        fields.append(("description", description))
    block = warc_fields(fields)
    return build_record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", date),
            ("WARC-Filename", filename),  # 5.17: warcinfo only
            ("Content-Type", "application/warc-fields"),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
        ],
        block,
    )


def metadata_record(
    block: bytes, *, record_id: str, date: str, target_uri: str, refers_to: str, warcinfo_id: str
) -> bytes:
    """A ``metadata`` record (6.6) holding our JSON ``block`` about the record ``refers_to`` (5.11).

    ``target_uri`` is the record's own URN, never a captured URL (see the module docstring on pywb). 6.6
    and 4: metadata records have no payload, so no WARC-Payload-Digest (5.9: "shall not be used on records
    without a well-defined payload").
    """
    return build_record(
        [
            ("WARC-Type", "metadata"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", target_uri),
            ("WARC-Refers-To", refers_to),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("Content-Type", "application/json"),
            ("WARC-Block-Digest", sha1_base32_digest(block)),
        ],
        block,
    )


def build_article_warc(
    *,
    filename: str,
    article: bytes,
    media_type: str,
    target_uri: str,
    metadata_json: bytes,
    metadata_uri: str,
    captured: datetime,
    operator: str | None,
    software: str,
    seed: str,
    compresslevel: int = 6,
    description: str | None = None,
) -> WarcResult:
    """The whole ``.warc.gz`` for one article: warcinfo, resource, metadata, one gzip member each.

    ``article`` and ``metadata_json`` become the record blocks byte for byte. ``target_uri`` and
    ``metadata_uri`` are mapped to URIs by :func:`to_uri` and must differ (see the module docstring on
    pywb). ``metadata_json`` must be UTF-8 JSON (RFC 8259 section 8.1), since the record declares
    ``application/json``. ``seed`` must be unique to this capture: record IDs derive from it alone.
    Raises ValueError on any input that would make an invalid or ambiguous record.
    """
    if not filename:
        raise ValueError("WARC-Filename must not be empty")
    if not software:
        raise ValueError("software must not be empty")
    if not seed:
        raise ValueError("seed must not be empty: record IDs derive from it and must be unique per capture")
    if operator == "" or description == "":
        raise ValueError("operator and description must be None, not empty, when there is nothing to say")
    # Checked up front (build_record would catch them too) so that errors name the caller's argument.
    for name, value in (
        ("WARC-Filename", filename),
        ("Content-Type", media_type),
        ("software", software),
        ("operator", operator),
        ("description", description),
    ):
        if value is not None:
            _check_value(name, value)
    if not MEDIA_TYPE_RE.fullmatch(media_type):
        raise ValueError(f"Content-Type is not a media type (type/subtype; parameters): {media_type!r}")
    target = to_uri(target_uri, field="WARC-Target-URI")
    meta_target = to_uri(metadata_uri, field="metadata WARC-Target-URI")
    # Compared ignoring case: replay indexes lower-case scheme and host (SURT), so such a pair would collide.
    if meta_target.lower() == target.lower():
        raise ValueError("metadata_uri must differ from target_uri, or replay tools serve the JSON instead")
    try:
        json.loads(metadata_json.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"metadata_json is not UTF-8 JSON: {exc}") from None
    date = format_warc_date(captured)

    info_id = record_id(seed, "warcinfo")
    res_id = record_id(seed, "resource")
    meta_id = record_id(seed, "metadata")

    warcinfo = warcinfo_record(
        record_id=info_id,
        date=date,
        filename=filename,
        software=software,
        operator=operator,
        description=description,
    )
    # 6.4: "For all 'resource' records, the payload is defined as the record block", so both digests are
    # of the article bytes; the payload digest is what CDX indexes and deduplication key on (5.9).
    article_digest = sha1_base32_digest(article)
    resource = build_record(
        [
            ("WARC-Type", "resource"),
            ("WARC-Record-ID", res_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", target),  # 5.14: mandatory on resource records
            ("WARC-Warcinfo-ID", info_id),  # 5.16
            ("Content-Type", media_type),
            ("WARC-Block-Digest", article_digest),
            ("WARC-Payload-Digest", article_digest),
        ],
        article,
    )
    metadata = metadata_record(
        metadata_json,
        record_id=meta_id,
        date=date,
        target_uri=meta_target,
        refers_to=res_id,
        warcinfo_id=info_id,
    )
    data = b"".join(gzip_member(rec, compresslevel) for rec in (warcinfo, resource, metadata))
    return WarcResult(
        data=data, warcinfo_id=info_id, resource_id=res_id, metadata_id=meta_id, target_uri=target
    )
