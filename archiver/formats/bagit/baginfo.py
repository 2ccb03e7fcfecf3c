"""bag-info.txt and fetch.txt (RFC 8493 §2.2.2, §2.2.3): their lines, the reserved elements
(Payload-Oxum, Bagging-Date, the singletons), fetch entries, and the checks of both against the payload.

Why these together: both are the bag's statements about its payload beyond the manifests (how much there
is, what is still to be fetched), and Payload-Oxum is checked against both the files present and the
fetch entries not yet fetched. Pure functions over strings and dicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from archiver.formats.bagit.codes import sink
from archiver.formats.bagit.declaration import V096, V10
from archiver.formats.bagit.manifests import Manifest, usable_path
from archiver.formats.bagit.readers.base import show
from archiver.formats.bagit.tagfiles import decode_manifest_path
from archiver.validation.findings import Finding, finding

__all__ = [
    "SINGLE_VALUED",
    "FetchEntry",
    "check_bag_info",
    "check_fetch",
    "check_oxum",
    "is_present",
    "lower_labels",
    "parse_bag_info",
    "parse_fetch",
    "payload_oxum",
]

#: bag-info elements that SHOULD NOT be repeated (RFC 8493 section 2.2.2); Payload-Oxum MUST NOT be.
SINGLE_VALUED = ("bagging-date", "bag-size", "bag-group-identifier", "bag-count")

_FETCH_LINE_RE = re.compile(r"([^ \t]+)[ \t]+([^ \t]+)[ \t]+(.*)")
#: RFC 3986 section 4.3 absolute-URI: scheme ":" hier-part [ "?" query ], no fragment, no whitespace.
_ABSOLUTE_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s#]+")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_OXUM_RE = re.compile(r"(\d+)\.(\d+)")


def parse_bag_info(
    lines: Sequence[str], version: tuple[int, int], name: str = "bag-info.txt"
) -> tuple[list[tuple[str, str]], list[Finding]]:
    """``Label: value`` elements in file order, continuation lines joined (RFC 8493 section 2.2.2)."""
    out = sink()
    pairs: list[tuple[str, str]] = []
    legacy = version < (1, 0)
    for number, line in enumerate(lines, 1):
        if not line.strip(" \t"):
            out.line("BAG-TAGFILE-BLANK-LINE", name, f"line {number} is blank")
            continue
        if line[0] in " \t":
            if not pairs:
                out.line(
                    "BAG-INFO-LINE", name, f"line {number}: a continuation line with nothing to continue"
                )
            else:
                label, value = pairs[-1]
                pairs[-1] = (label, value + "\n" + line.lstrip(" \t"))
            continue
        label, sep, rest = line.partition(":")
        if not sep:
            out.line("BAG-INFO-LINE", name, f"line {number}: {line[:80]!r} has no ':'")
            continue
        if legacy:
            label, value = label.strip(" \t"), rest.strip(" \t")
        else:
            value = rest[1:]
            if label != label.strip(" \t"):
                out.line(
                    "BAG-INFO-WHITESPACE",
                    name,
                    f"line {number}: label {label!r} starts or ends with whitespace",
                )
                label = label.strip(" \t")
                value = rest.lstrip(" \t")
            if rest and rest[0] not in " \t":
                out.line(
                    "BAG-INFO-WHITESPACE",
                    name,
                    f"line {number}: no space or tab after the colon of {label!r}",
                )
                value = rest
        if not label:
            out.line("BAG-INFO-LINE", name, f"line {number}: empty label")
            continue
        pairs.append((label, value))
    return pairs, out.close()


def check_bag_info(
    pairs: Sequence[tuple[str, str]], name: str = "bag-info.txt", version: tuple[int, int] = V10
) -> list[Finding]:
    """Reserved elements: Payload-Oxum once and well formed, Bagging-Date a date, singletons once.

    Repetition is a 1.0 rule: 0.97 §2.2.2 says every element "MAY be repeated", and older drafts say
    nothing against it. Before 1.0 only Payload-Oxum values that disagree are reported, since then the
    payload's size is ambiguous.
    """
    out = sink()
    counts: dict[str, int] = {}
    oxums: set[str] = set()
    for label, value in pairs:
        key = label.lower()
        counts[key] = counts.get(key, 0) + 1
        if key == "payload-oxum":
            oxums.add(value)
            if not _OXUM_RE.fullmatch(value):
                out.add(
                    "BAG-OXUM-FORMAT", name, f"Payload-Oxum {value[:80]!r} is not 'OctetCount.StreamCount'"
                )
        if key == "bagging-date" and not _is_date(value):
            out.add("BAG-INFO-BAGGING-DATE", name, f"Bagging-Date {value[:80]!r} is not a YYYY-MM-DD date")
    repeated = counts.get("payload-oxum", 0)
    if repeated > 1 and (version >= V10 or len(oxums) > 1):
        out.add("BAG-OXUM-REPEATED", name, f"Payload-Oxum appears {repeated} times")
    if version >= V10:
        for key in SINGLE_VALUED:
            if counts.get(key, 0) > 1:
                out.add("BAG-INFO-REPEATED", name, f"{key} appears {counts[key]} times")
    return out.close()


def _is_date(value: str) -> bool:
    m = _DATE_RE.fullmatch(value)
    if m is None:
        return False
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def payload_oxum(pairs: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """The (octets, streams) of the one well-formed Payload-Oxum, else None."""
    values = [v for k, v in pairs if k.lower() == "payload-oxum"]
    if len(values) != 1:
        return None
    m = _OXUM_RE.fullmatch(values[0])
    return (int(m.group(1)), int(m.group(2))) if m else None


# --- fetch.txt ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchEntry:
    url: str
    length: int | None  # None for '-'
    path: str
    line: int
    decoded: str | None = None  # pre-1.0: the %-decoded name, tried if no file has the literal one


def parse_fetch(
    lines: Sequence[str], name: str = "fetch.txt", version: tuple[int, int] = V10
) -> tuple[list[FetchEntry], list[Finding]]:
    """``url length filepath`` lines (RFC 8493 section 2.2.3); refused paths are left out.

    Paths are read as in manifests for the same version (see :func:`parse_manifest`). In 0.96 and 0.97
    (§2.2.3 of draft-kunze-bagit-05 and -14) a leading '/' is allowed: "the destination MUST still be
    treated as relative to the bag base directory".
    """
    out = sink()
    entries: list[FetchEntry] = []
    legacy = version < V10
    for number, line in enumerate(lines, 1):
        m = _FETCH_LINE_RE.fullmatch(line)
        if m is None:
            code = "BAG-FETCH-LINE" if line.strip(" \t") else "BAG-TAGFILE-BLANK-LINE"
            out.line(code, name, f"line {number}: {line[:80]!r} is not 'url length filepath'")
            continue
        url, length, path = m.group(1), m.group(2), m.group(3)
        if not legacy:
            path = decode_manifest_path(path)
        elif version >= V096:
            path = path.lstrip("/")
        if not _ABSOLUTE_URI_RE.fullmatch(url):
            out.line("BAG-FETCH-URL", name, f"line {number}: {url[:200]!r} is not an absolute URI")
        digits = length.isascii() and length.isdigit()
        if length != "-" and not digits:
            out.line("BAG-FETCH-LENGTH", name, f"line {number}: length {length[:40]!r} is not digits or '-'")
        checked = usable_path(path, legacy, name, number, out)
        if checked is None:
            continue
        path = checked
        if not path.startswith("data/"):
            out.line("BAG-FETCH-OUTSIDE-PAYLOAD", name, f"line {number}: {show(path)!r} is not under data/")
            continue
        decoded = decode_manifest_path(path) if legacy and "%" in path else None
        # Kept even with a bad URL or length: the path still names a file the bag expects.
        entries.append(
            FetchEntry(
                url, int(length) if digits else None, path, number, None if decoded == path else decoded
            )
        )
    return entries, out.close()


def check_fetch(
    entries: Sequence[FetchEntry],
    manifests: Sequence[Manifest],
    present: Mapping[str, int],
) -> list[Finding]:
    """Every fetch.txt file in every payload manifest; each one not yet in the bag is reported."""
    out = sink()
    for entry in entries:
        lacking = [m.name for m in manifests if entry.path not in m.entries]
        if lacking:
            out.add(
                "BAG-FETCH-NOT-IN-MANIFEST",
                show(entry.path),
                f"fetch.txt lists it; {', '.join(lacking)} does not",
            )
        if not is_present(entry, present):
            size = "unknown size" if entry.length is None else f"{entry.length} bytes"
            out.add("BAG-FETCH-UNFETCHED", show(entry.path), f"not fetched yet from {entry.url} ({size})")
    return out.close()


def is_present(entry: FetchEntry, present: Mapping[str, int]) -> bool:
    return entry.path in present or (entry.decoded is not None and entry.decoded in present)


def lower_labels(pairs: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    return ((label.lower(), value) for label, value in pairs)


def check_oxum(
    oxum: tuple[int, int],
    present: Mapping[str, int],
    unfetched: Sequence[FetchEntry],
    name: str = "bag-info.txt",
) -> list[Finding]:
    """Payload-Oxum against the payload (plus fetch.txt's lengths for files not fetched yet)."""
    octets = sum(present.values())
    streams = len(present) + len(unfetched)
    lengths = [e.length for e in unfetched]
    known = all(n is not None for n in lengths)
    octets += sum(n for n in lengths if n is not None)
    want_octets, want_streams = oxum
    if streams != want_streams or (known and octets != want_octets):
        found = f"{octets} bytes in {streams} files" if known else f"{streams} files"
        return [
            finding(
                "BAG-OXUM-MISMATCH",
                name,
                f"Payload-Oxum {want_octets}.{want_streams} says {want_octets} bytes in {want_streams} files; "
                f"the payload has {found}",
            )
        ]
    return []
