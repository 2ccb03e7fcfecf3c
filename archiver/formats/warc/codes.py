"""The validation codes of the WARC rules (WARC 1.1 §4-§8, Annex D), registered where findings are collected.

Every code :mod:`archiver.formats.warc.validator` reports, and the gzip-layer codes the reader of
:mod:`archiver.formats.warc.records` reports through its callback. Messages always name the record and its
offset. Clause numbers are those of ISO 28500:2017 (WARC 1.1).
"""

from __future__ import annotations

from typing import Final

from archiver.validation.findings import CodeInfo, Severity, register

__all__ = ["CODES"]

_E = Severity.ERROR
_W = Severity.WARNING

#: Every WARC code.
CODES: Final = register(
    CodeInfo(
        "WARC-NOT-WARC",
        _E,
        "WARC 1.1 §4",
        "The file is not a WARC: empty, an ARC file, or no WARC version line at its start.",
    ),
    CodeInfo("WARC-UNREADABLE", _E, "WARC 1.1 §4", "The file could not be opened or read."),
    CodeInfo(
        "WARC-VERSION-INVALID",
        _E,
        "WARC 1.1 §4",
        "A record's first line is not WARC/1.0 or WARC/1.1 (nor a known draft version).",
    ),
    CodeInfo(
        "WARC-VERSION-OLD",
        _W,
        "WARC 1.1 §4",
        "Pre-standard draft version (WARC/0.17, WARC/0.18): read with the WARC 1.0 rules.",
    ),
    CodeInfo(
        "WARC-HEADER-SYNTAX",
        _E,
        "WARC 1.1 §4",
        "A header line is not 'name: value' CRLF in UTF-8 (bare LF, no colon, name not a token, control character).",
    ),
    CodeInfo(
        "WARC-HEADER-FOLDED",
        _W,
        "WARC 1.1 §4",
        "A field value is continued on an indented line: legal, but poorly supported (IIPC community recommendation #74).",
    ),
    CodeInfo(
        "WARC-LIMIT-EXCEEDED",
        _E,
        "WARC 1.1 §4",
        "Safety limit: header line over 64 KiB, header over 1 MiB, or a gzip member expanding over 1000-fold; not read further.",
    ),
    CodeInfo(
        "WARC-FIELD-MISSING",
        _E,
        "WARC 1.1 §4, §5.2-§5.5",
        "A mandatory field (WARC-Record-ID, Content-Length, WARC-Date, WARC-Type) is absent.",
    ),
    CodeInfo("WARC-FIELD-EMPTY", _E, "WARC 1.1 §5", "A defined field has an empty value."),
    CodeInfo(
        "WARC-FIELD-DUPLICATE",
        _E,
        "WARC 1.1 §5.1",
        "A defined field other than WARC-Concurrent-To appears more than once in a record.",
    ),
    CodeInfo(
        "WARC-FIELD-INVALID",
        _E,
        "WARC 1.1 §5",
        "A field value does not match its grammar (WARC-Type, WARC-Truncated, WARC-Segment-Total-Length, WARC-Profile, WARC-Filename).",
    ),
    CodeInfo(
        "WARC-FIELD-NOT-ALLOWED",
        _E,
        "WARC 1.1 §5.7-§5.22, §4",
        "A field is used on a record type that shall not carry it.",
    ),
    CodeInfo(
        "WARC-PAYLOAD-DIGEST-NOT-ALLOWED",
        _W,
        "WARC 1.1 §5.9",
        "WARC-Payload-Digest on a warcinfo or metadata record, which has no well-defined payload (§4): verified "
        "against the block, so nothing is lost (warcio writes it on every metadata record).",
    ),
    CodeInfo(
        "WARC-FIELD-MISPLACED",
        _W,
        "WARC 1.1 §5.7, §5.10-§5.14, §5.16, §5.17, §5.19",
        "A descriptive field is used on a record type that shall not carry it; it changes nothing in how the "
        "record is read, so nothing is lost.",
    ),
    CodeInfo(
        "WARC-FIELD-REQUIRED-BY-TYPE",
        _E,
        "WARC 1.1 §5.14, §5.18, §5.20, §5.21, §6.7.2",
        "A field that this record type requires is absent.",
    ),
    CodeInfo(
        "WARC-RECORD-ID-INVALID",
        _E,
        "WARC 1.1 §5.2",
        "WARC-Record-ID is not an absolute URI in angle brackets.",
    ),
    CodeInfo(
        "WARC-RECORD-ID-NOT-UUID",
        _W,
        "WARC 1.1 §5.2; RFC 9562",
        "WARC-Record-ID uses the urn:uuid scheme but its value is not a UUID.",
    ),
    CodeInfo(
        "WARC-RECORD-ID-DUPLICATE",
        _E,
        "WARC 1.1 §5.2",
        "Two different records of the file have the same WARC-Record-ID (it shall be globally unique).",
    ),
    CodeInfo(
        "WARC-RECORD-ID-REPEATED",
        _W,
        "WARC 1.1 §5.2",
        "A record repeats the whole header of an earlier record, ID included: the same record written twice.",
    ),
    CodeInfo(
        "WARC-ID-FIELD-INVALID",
        _E,
        "WARC 1.1 §5.7, §5.11, §5.16, §5.21",
        "A field naming another record is not an absolute URI in angle brackets.",
    ),
    CodeInfo("WARC-CONTENT-LENGTH-INVALID", _E, "WARC 1.1 §5.3", "Content-Length is not a decimal number."),
    CodeInfo(
        "WARC-CONTENT-LENGTH-MISMATCH",
        _E,
        "WARC 1.1 §4, §5.3",
        "The block is not followed by CRLF CRLF: Content-Length does not match the block present.",
    ),
    CodeInfo(
        "WARC-DATE-INVALID",
        _E,
        "WARC 1.1 §5.4, §5.13",
        "A date is not a W3C-ISO8601 UTC timestamp (WARC 1.0: exactly YYYY-MM-DDThh:mm:ssZ).",
    ),
    CodeInfo(
        "WARC-DATE-LOWERCASE",
        _W,
        "WARC 1.1 §5.4",
        "A date uses lower-case 't' or 'z', which the W3C profile of ISO 8601 does not.",
    ),
    CodeInfo(
        "WARC-TYPE-UNKNOWN",
        _W,
        "WARC 1.1 §5.5, §6.1",
        "WARC-Type is not one of the eight defined types; readers skip such records.",
    ),
    CodeInfo(
        "WARC-CONTENT-TYPE-INVALID",
        _E,
        "WARC 1.1 §5.6, §5.19",
        "Content-Type or WARC-Identified-Payload-Type is not a media type.",
    ),
    CodeInfo(
        "WARC-CONTENT-TYPE-MISSING",
        _W,
        "WARC 1.1 §5.6",
        "A record with a non-empty block (not a continuation) has no Content-Type.",
    ),
    CodeInfo(
        "WARC-WARCINFO-CONTENT-TYPE",
        _W,
        "WARC 1.1 §6.2, §8",
        "A warcinfo record's Content-Type is not application/warc-fields.",
    ),
    CodeInfo(
        "WARC-FIELDS-BLOCK-INVALID",
        _E,
        "WARC 1.1 §4, §8",
        "A block declared application/warc-fields is not 'name: value' CRLF lines.",
    ),
    CodeInfo(
        "WARC-IP-ADDRESS-INVALID",
        _E,
        "WARC 1.1 §5.10",
        "WARC-IP-Address is not a dotted-quad IPv4 or an IPv6 address.",
    ),
    CodeInfo(
        "WARC-TARGET-URI-INVALID",
        _E,
        "WARC 1.1 §5.14",
        "WARC-Target-URI is not an absolute URI (no scheme, or control characters).",
    ),
    CodeInfo(
        "WARC-TARGET-URI-MALFORMED",
        _W,
        "WARC 1.1 §5.14",
        "WARC-Target-URI has a scheme but is not RFC 3986 (spaces, angle brackets, raw non-ASCII); readers repair it.",
    ),
    CodeInfo(
        "WARC-SEGMENT-NUMBER-INVALID",
        _E,
        "WARC 1.1 §5.20, §7",
        "WARC-Segment-Number is not a number, is 0, is 1 on a continuation, or is not 1 on a first segment.",
    ),
    CodeInfo(
        "WARC-PROFILE-UNKNOWN",
        _W,
        "WARC 1.1 §5.18, §6.7",
        "A revisit record names a profile the standard does not define; readers shall not interpret its block.",
    ),
    CodeInfo(
        "WARC-DIGEST-INVALID",
        _E,
        "WARC 1.1 §5.8, §5.9",
        "A digest field is not 'algorithm:value', or its value is not an encoding of a digest of that algorithm.",
    ),
    CodeInfo(
        "WARC-DIGEST-UNKNOWN-ALGORITHM",
        _W,
        "WARC 1.1 §5.8, §5.9",
        "A digest uses an algorithm this validator does not know: it could not be verified.",
    ),
    CodeInfo(
        "WARC-BLOCK-DIGEST-MISMATCH", _E, "WARC 1.1 §5.8", "WARC-Block-Digest does not match the block."
    ),
    CodeInfo(
        "WARC-PAYLOAD-DIGEST-MISMATCH", _E, "WARC 1.1 §5.9", "WARC-Payload-Digest does not match the payload."
    ),
    CodeInfo(
        "WARC-HTTP-HEADER-INCOMPLETE",
        _W,
        "WARC 1.1 §5.9, §6.3.2",
        "An application/http block has no complete HTTP header, so its payload digest could not be verified.",
    ),
    CodeInfo(
        "WARC-TRUNCATED", _E, "WARC 1.1 §4", "The file ends inside a record: inside its header or its block."
    ),
    CodeInfo(
        "WARC-RECORD-END-SHORT",
        _W,
        "WARC 1.1 §4",
        "A complete block is followed by one CRLF instead of CRLF CRLF, then the next record: where the record "
        "ends is certain.",
    ),
    CodeInfo(
        "WARC-RECORD-END-INCOMPLETE",
        _W,
        "WARC 1.1 §4",
        "The file ends after a complete block but before the whole CRLF CRLF that closes the record.",
    ),
    CodeInfo(
        "WARC-TRAILING-GARBAGE", _E, "WARC 1.1 §4", "Bytes after the last record are not a WARC record."
    ),
    CodeInfo(
        "WARC-GARBAGE-BETWEEN-RECORDS", _E, "WARC 1.1 §4", "Bytes between two records are not a WARC record."
    ),
    CodeInfo(
        "WARC-GZIP-CORRUPT",
        _E,
        "WARC 1.1 Annex D; RFC 1952 §2.2",
        "A gzip member is corrupt (bad header, deflate data, CRC or length) or is not gzip data.",
    ),
    CodeInfo(
        "WARC-GZIP-TRUNCATED", _E, "WARC 1.1 Annex D; RFC 1952 §2.2", "The file ends inside a gzip member."
    ),
    CodeInfo(
        "WARC-GZIP-MULTI-RECORD-MEMBER",
        _W,
        "WARC 1.1 Annex D.2",
        "Several records share one gzip member, so records cannot be reached by offset.",
    ),
    CodeInfo(
        "WARC-GZIP-MEMBER-BOUNDARY",
        _E,
        "WARC 1.1 Annex D.2",
        "A gzip member starts inside a record: read by offset, the member holds no record.",
    ),
)
