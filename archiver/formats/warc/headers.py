"""The one grammar of a WARC record header (WARC 1.1 §4), used by every reader and the writer of records.

The validator (:mod:`archiver.formats.warc.validator`), the checks of our own packages
(:mod:`archiver.validation.own_package`) and the WACZ checks (:mod:`archiver.formats.wacz.validator`) all
read a header's fields through :func:`parse_header`, so they cannot disagree on what a header says. The
value grammars the writer (:mod:`archiver.formats.warc.writer`) and the field checks
(:mod:`archiver.formats.warc.fields`) share are here too (tokens, media types, URIs), so what we write is
what we accept. The grammar is §4's ``named-field = field-name ":" [ field-value ]`` with RFC 2616 §2.2
tokens, CRLF line ends, and LWS continuation lines (folding); a departure from it is a *problem*
``(code, detail)`` beside the fields read, never an exception, so the validator can report it and the
other readers can ignore it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = [
    "CTL_RE",
    "MEDIA_TYPE_RE",
    "SCHEME_RE",
    "TOKEN_RE",
    "URI_CHARS_RE",
    "VERSION_RE",
    "Problem",
    "first_values",
    "parse_header",
    "parse_header_lines",
    "preview",
]

#: (code, detail) from a pure check; the reader adds which record and where.
Problem = tuple[str, str]

# RFC 2616 §2.1: literal text in the grammar is case-insensitive, so "warc/1.0" is a valid version line.
VERSION_RE: Final = re.compile(rb"[Ww][Aa][Rr][Cc]/([0-9]+\.[0-9]+)")
# RFC 2616 §2.2: token = 1*<any CHAR except CTLs or separators>. Use with ``fullmatch``.
_TOK = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
TOKEN_RE: Final = re.compile(_TOK)
CTL_RE: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # CTLs except HT, which LWS allows
_QUOTED = r'"(?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[^\x00-\x08\x0a-\x1f\x7f])*"'
#: §5.6 media-type = type "/" subtype *( OWS ";" OWS parameter ), with the optional white space around ";"
#: of IIPC errata #38 (RFC 7231 §3.1.1.1). Use with ``fullmatch``.
MEDIA_TYPE_RE: Final = re.compile(rf"{_TOK}/{_TOK}(?:[ \t]*;[ \t]*{_TOK}=(?:{_TOK}|{_QUOTED}))*")
#: RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ":". Use with ``match``.
SCHEME_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
#: RFC 3986 §2: a URI is made only of unreserved, reserved and well-formed "%" HEXDIG HEXDIG. Use with
#: ``fullmatch``.
URI_CHARS_RE: Final = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
# What sends a header off the fast path: a CTL other than CR, LF, HT, or a folded (indented) line.
HEADER_SLOW_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|\n[ \t]|\A[ \t]")


def preview(data: bytes | bytearray | memoryview, limit: int = 40) -> str:
    """The start of some bytes, for a message."""
    raw = bytes(data[:limit])
    return repr(raw) + ("..." if len(data) > limit else "")


def first_values(fields: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The first value of each field by lower-case name (§4: names compare case-insensitively)."""
    out: dict[str, str] = {}
    for name, value in fields:
        out.setdefault(name.lower(), value)
    return out


def parse_header(data: bytes) -> tuple[list[tuple[str, str]], list[Problem]]:
    """Named fields from the field lines of a record header (between the version line and the blank line).

    Clean headers (UTF-8, CRLF, no folding, no control characters: nearly all of them) take a fast path;
    anything else goes line by line through :func:`parse_header_lines`, which says what is wrong.
    """
    if not data:
        return [], []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and text.count("\n") == text.count("\r\n") and not HEADER_SLOW_RE.search(text):
        fields: list[tuple[str, str]] = []
        for line in text[:-2].split("\r\n"):
            name, colon, value = line.partition(":")
            if not colon or not TOKEN_RE.fullmatch(name):
                break
            fields.append((name, value.strip(" \t")))
        else:
            return fields, []
    return parse_header_lines(data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n"))


def parse_header_lines(lines: Sequence[bytes]) -> tuple[list[tuple[str, str]], list[Problem]]:
    """Named fields from a record's header lines (version line and blank line excluded), and syntax problems.

    Each line is given with its terminator removed except a trailing CR, so a line without CR ended with a
    bare LF (§4 requires CRLF). A line starting with SP or HT continues the previous value (§4 LWS); the value
    is joined with one space, as LWS "has the same semantics as a single SP". Values are stripped of LWS.
    Problems are reported once per kind so that one systematic fault does not flood the report.
    """
    fields: list[tuple[str, str]] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def once(kind: str, detail: str) -> None:
        if kind not in seen:
            seen.add(kind)
            problems.append(("WARC-HEADER-SYNTAX" if kind != "folded" else "WARC-HEADER-FOLDED", detail))

    for number, raw in enumerate(lines, start=2):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        else:
            once("lf", f"header line {number} ends with a bare LF, not CRLF")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            once("utf8", f"header line {number} is not valid UTF-8: {preview(raw)}")
            text = raw.decode("utf-8", "replace")
        if text[:1] in (" ", "\t"):
            if not fields:
                once("cont", f"header line {number} is indented but continues no field: {preview(raw)}")
                continue
            once("folded", f"header line {number} continues the value of {fields[-1][0]} on an indented line")
            name, value = fields[-1]
            fields[-1] = (name, (value + " " + text.strip(" \t")).strip(" \t"))
            continue
        name, colon, value = text.partition(":")
        if not colon:
            once("colon", f"header line {number} has no colon: {preview(raw)}")
            continue
        if not TOKEN_RE.fullmatch(name):
            once("name", f"header line {number}: field name {name!r} is not a token")
            name = name.strip()
        value = value.strip(" \t")
        if CTL_RE.search(value):
            once("ctl", f"header line {number}: the value of {name} holds a control character")
        fields.append((name, value))
    return fields, problems
