"""The WARC header rules (WARC 1.1 §4-§7) that need only a record's fields: pure functions, no reading.

Where the cut is: :mod:`archiver.formats.warc.headers` says what the fields *are* (the one grammar);
this module says what is wrong with them: presence and repetition (§5.1), each value's form (dates,
record IDs, URIs, media types, IP addresses, and digests through
:func:`archiver.formats.warc.digests.parse_digest`), the fields each record type requires or forbids
(§5, §6, §7), and the grammar of an ``application/warc-fields`` block (§4). Every check returns
*problems* ``(code, detail)``; the validator (:mod:`archiver.formats.warc.validator`) adds which record
and where, and checks what needs the block.

Clause numbers are those of ISO 28500:2017 (WARC 1.1). WARC 1.0 states the same rules unless a comment says
otherwise, but numbers them differently after §5.11 (it has no WARC-Refers-To-Target-URI or -Date) and in
its annexes. What cannot be detected: a digest covers a block, never a header, so an edited header value
that is still well-formed (another valid WARC-Target-URI, WARC-Date or Content-Type) passes every rule here.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from archiver.formats.warc.digests import DeclaredDigest, parse_digest
from archiver.formats.warc.headers import (
    CTL_RE,
    MEDIA_TYPE_RE,
    SCHEME_RE,
    TOKEN_RE,
    URI_CHARS_RE,
    Problem,
    preview,
)

__all__ = [
    "TYPES",
    "HeaderCheck",
    "check_date",
    "check_media_type",
    "check_record_fields",
    "check_record_id",
    "check_target_uri",
    "check_version",
    "check_warc_fields_block",
    "lower_media",
]

_UUID_RE: Final = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_DIGITS_RE: Final = re.compile(r"[0-9]+")

# W3C-ISO8601 (W3CDTF) with "Z": WARC 1.1 allows every granularity and 1 to 9 fraction digits (§5.4);
# WARC 1.0 allows exactly YYYY-MM-DDThh:mm:ssZ.
_DATE_11_RE: Final = re.compile(
    r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:([Tt])([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?([Zz]))?)?)?"
)
_DATE_10_RE: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})([Tt])([0-9]{2}):([0-9]{2}):([0-9]{2})([Zz])"
)

TYPES: Final = frozenset(
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
    "warc-refers-to-target-uri": (TYPES - {"revisit"}, "§5.12"),
    "warc-refers-to-date": (TYPES - {"revisit"}, "§5.13"),
    "warc-target-uri": (frozenset({"warcinfo"}), "§5.14"),
    "warc-warcinfo-id": (frozenset({"warcinfo"}), "§5.16"),
    "warc-filename": (TYPES - {"warcinfo"}, "§5.17"),
    # §4: warcinfo and metadata records have no payload; §5.9 and §5.19: these fields "shall not be used on
    # records without a well-defined payload". (warcio writes a payload digest on metadata records.)
    "warc-payload-digest": (frozenset({"warcinfo", "metadata"}), "§4, §5.9"),
    "warc-identified-payload-type": (frozenset({"warcinfo", "metadata"}), "§4, §5.19"),
    "warc-segment-origin-id": (TYPES - {"continuation"}, "§5.21"),
    "warc-segment-total-length": (TYPES - {"continuation"}, "§5.22"),
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
    if not SCHEME_RE.match(value):
        return "has no scheme (an absolute URI starts with one, such as 'urn:' or 'http:')"
    if not URI_CHARS_RE.fullmatch(value):
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
    if CTL_RE.search(uri):
        return [*problems, ("WARC-TARGET-URI-INVALID", f"{value!r} holds control characters")]
    if not SCHEME_RE.match(uri):
        return [*problems, ("WARC-TARGET-URI-INVALID", f"{value!r} is not an absolute URI: it has no scheme")]
    if not URI_CHARS_RE.fullmatch(uri):
        if any(c in uri for c in " \t"):
            why = "white space, which RFC 3986 requires percent-encoded (%20)"
        else:
            why = 'characters outside RFC 3986 (raw non-ASCII, <>"{}|\\^`, or a stray %)'
        problems.append(("WARC-TARGET-URI-MALFORMED", f"{value!r} holds {why}; readers percent-encode them"))
    return problems


def check_media_type(name: str, value: str) -> list[Problem]:
    if MEDIA_TYPE_RE.fullmatch(value):
        return []
    return [("WARC-CONTENT-TYPE-INVALID", f"{name} {value!r} is not a media type (type/subtype; name=value)")]


def lower_media(value: str | None) -> str | None:
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
    if truncated is not None and not TOKEN_RE.fullmatch(truncated):
        problems.append(("WARC-FIELD-INVALID", f"WARC-Truncated {truncated!r} is not a reason token"))
    total = first("warc-segment-total-length")
    if total is not None and not _DIGITS_RE.fullmatch(total):
        problems.append(
            ("WARC-FIELD-INVALID", f"WARC-Segment-Total-Length {total!r} is not a decimal number")
        )
    filename = first("warc-filename")
    if filename is not None and CTL_RE.search(filename):
        problems.append(("WARC-FIELD-INVALID", "WARC-Filename holds control characters"))

    rtype_raw = first("warc-type")
    rtype = None if rtype_raw is None else rtype_raw.lower()
    if rtype_raw is None:
        pass
    elif not TOKEN_RE.fullmatch(rtype_raw):
        problems.append(("WARC-FIELD-INVALID", f"WARC-Type {rtype_raw!r} is not a token"))
    elif rtype not in TYPES:
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
    media = lower_media(values.get("content-type", [None])[0])
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
        problems.append(f"the last line does not end with CRLF: {preview(lines[-1])}")
    lines.pop()
    blank_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.endswith(b"\r"):
            problems.append(f"line {number} ends with a bare LF: {preview(line)}")
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
            problems.append(f"line {number} has no colon: {preview(line)}")
        elif not TOKEN_RE.fullmatch(name.decode("utf-8", "replace")):
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
