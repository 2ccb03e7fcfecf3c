"""Strict BagIt validation (RFC 8493, and BagIt 0.93 to 0.97 as far as those versions differ).

Every rule of the RFC that a bag can break has its own finding code (registered below, each with the RFC
section it enforces); MUST rules give errors, SHOULD and MAY rules warnings. All findings are reported,
never only the first, and each names the file it concerns.

How the work is split: the parsers (``parse_declaration``, ``decode_tag_file``, ``parse_manifest``,
``parse_bag_info``, ``parse_fetch``) and the cross-checks are pure functions over bytes, strings and dicts,
linear in the size of their input (dict and set look-ups, no list scans). All file and archive access is
in :mod:`archiver.validation.sources`, which never reads outside the bag and never extracts an archive.

Decisions (each explained where it is made):

* Unfetched fetch.txt entries are errors (``BAG-FETCH-UNFETCHED``): RFC 8493 section 3 calls a bag
  *complete* only when every file listed in every payload manifest is present, and *valid* only if
  complete; a bag with holes is neither until the files are fetched.
* Tag files that no tag manifest lists are warnings: section 2.2.1 says tag manifests SHOULD list them.
* Blank lines in manifests, bag-info.txt and fetch.txt are warnings: they hold no entry, so nothing can be
  misread, though the ABNF of section 7 has no place for them.
* An algorithm we cannot compute is a warning for its manifest (completeness is still checked against
  it); but a full validation with no payload manifest we can verify is an error
  (``BAG-NO-VERIFIABLE-MANIFEST``), since section 3 needs every checksum verified to call a bag valid.
* bag-info.txt continuation lines are joined keeping the line break and dropping the indentation, as the
  text of section 2.2.2 says ("except for linebreaks such padding does not form part of the value").
* A manifest name that differs from a file's name only in Unicode normalisation is matched to that file,
  with a warning, as section 6.1.1.3 recommends; names differing in case are not matched.

Bags that declare an older version are judged by what that version said, not by the RFC. The versions
are Internet-Drafts: 0.93 is draft-kunze-bagit-00, 0.94 is -01, 0.95 is -02, 0.96 is -03 to -05, 0.97 is
-06 to -14; -15 to -17 became RFC 8493 (1.0). Where the drafts of one version differ, the last one is
read. What differs, by version (each rule is keyed where it is checked):

* Paths (all drafts: "the pathname of a file relative to the base directory"): before 1.0 a path such as
  ``./data/a`` or ``data//a`` names its file, read with a warning; RFC 8493 §2.1.3 and the ABNF of §7
  start every payload path with ``data/``, so in 1.0 it stays an error.
* Percent-encoding of CR, LF and ``%`` is RFC 8493 §2.1.3 only: before 1.0 a path is literal, and
  ``%0A``, ``%0D``, ``%25`` are decoded only when no file has the literal name (bagit-python writes 0.97
  bags with ``%0A`` for LF).
* "Exactly once" per manifest is RFC 8493 §2.1.3 only: before 1.0 a path listed again with the same
  checksum loses nothing (a warning); with another checksum it is ambiguous (an error, as in 1.0).
* The metadata file is ``package-info.txt`` in 0.93 to 0.95 and ``bag-info.txt`` from 0.96
  (draft-kunze-bagit-07 appendix A.4); before 1.0 whitespace around its colon is allowed, and any
  element may be repeated (0.97 §2.2.2), so only conflicting Payload-Oxum values are reported.
* A ``*`` before a manifest path is allowed by 0.96 and 0.97 §2.1.3 (md5sum's binary mode); only 1.0 and
  0.93 to 0.95 bags get ``BAG-MANIFEST-MD5SUM-STYLE``.
* fetch.txt paths with a leading ``/`` are relative to the bag in 0.96 and 0.97 (§2.2.3).
* Completeness: 0.95 to 0.97 need each payload file in one payload manifest, not all (the "union" of
  draft-02 §6 and 0.97 §3), while 0.93 and 0.94 (drafts -00 and -01, §2.2 and §6) need every manifest to
  list every file. 0.93 and 0.94 had no tag manifests; their payload manifests may list top-level tag
  files, which are then verified. Before 1.0 a tag manifest need not list every payload manifest or tag
  file, and may list another tag manifest (only RFC 8493 §2.2.1 forbids it).
* Line endings (LF, CR, CRLF) are read the same way for every version; before 0.96 the drafts asked for
  LF or CRLF and told readers to accept CR too.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from archiver.bag import decode_manifest_path
from archiver.validation.findings import CodeInfo, Finding, Report, Severity, finding, register
from archiver.validation.model import BagReader, BagView
from archiver.validation.sources import (
    HASHERS,
    HEX_LENGTHS,
    READ_ERRORS,
    TAG_FILE_LIMIT,
    BagSource,
    HashResults,
    Listing,
    open_source,
    show,
)

KNOWN_VERSIONS = ("0.93", "0.94", "0.95", "0.96", "0.97", "1.0")
#: Longest tag-file line accepted, in characters; a longer one stops the reading of its file.
MAX_LINE = 1024 * 1024
#: Per file and code, at most this many line-level findings; then one that counts the rest.
MAX_LINE_FINDINGS = 50
#: Findings of one code listed one by one in a bag's report; the rest are counted in a last one.
MAX_CODE_FINDINGS = 10_000
#: bag-info elements that SHOULD NOT be repeated (RFC 8493 section 2.2.2); Payload-Oxum MUST NOT be.
SINGLE_VALUED = ("bagging-date", "bag-size", "bag-group-identifier", "bag-count")

S211 = "RFC 8493 §2.1.1"
S212 = "RFC 8493 §2.1.2"
S213 = "RFC 8493 §2.1.3"
S221 = "RFC 8493 §2.2.1"
S222 = "RFC 8493 §2.2.2"
S223 = "RFC 8493 §2.2.3"
S23 = "RFC 8493 §2.3"
S24 = "RFC 8493 §2.4"
S3 = "RFC 8493 §3"
S51 = "RFC 8493 §5.1"
S6113 = "RFC 8493 §6.1.1.3"
#: Versions as numbers: each pre-1.0 rule is keyed to the version that had it.
V095, V096, V10 = (0, 95), (0, 96), (1, 0)

_E, _W = Severity.ERROR, Severity.WARNING

CODES = register(
    # bagit.txt
    CodeInfo("BAG-DECLARATION-MISSING", _E, S211, "The bag has no bagit.txt."),
    CodeInfo(
        "BAG-DECLARATION-BOM",
        _E,
        S211,
        "bagit.txt begins with a byte-order mark (in a 0.93 to 0.95 bag: BAG-TAGFILE-BOM-LEGACY).",
    ),
    CodeInfo("BAG-DECLARATION-NOT-UTF8", _E, S211, "bagit.txt is not valid UTF-8."),
    CodeInfo(
        "BAG-DECLARATION-FORMAT",
        _E,
        S211,
        "bagit.txt is not exactly the two lines 'BagIt-Version: M.N' and 'Tag-File-Character-Encoding: ENC'.",
    ),
    CodeInfo(
        "BAG-DECLARATION-WHITESPACE",
        _W,
        S211,
        "A bagit.txt line has whitespace before its colon, or not exactly one space after it (bagit-java 5 "
        "writes 'BagIt-Version : 0.97'); the label and value are read without doubt.",
    ),
    CodeInfo(
        "BAG-DECLARATION-LABEL-CASE",
        _W,
        S211,
        "A bagit.txt label differs from the RFC's spelling only in case (the RFC's own example does this).",
    ),
    CodeInfo("BAG-VERSION-UNKNOWN", _E, S211, "BagIt-Version is not one of 0.93 to 0.97 or 1.0."),
    CodeInfo("BAG-ENCODING-UNKNOWN", _E, S211, "Tag-File-Character-Encoding names no known text encoding."),
    CodeInfo("BAG-ENCODING-NOT-UTF8", _W, S211, "Tag files are declared in an encoding other than UTF-8."),
    # structure
    CodeInfo("BAG-PAYLOAD-DIR-MISSING", _E, S212, "The bag has no data/ folder."),
    # text tag files
    CodeInfo(
        "BAG-TAGFILE-BOM",
        _E,
        S23,
        "A UTF-8 tag file begins with a byte-order mark (in a 0.93 to 0.95 bag: BAG-TAGFILE-BOM-LEGACY).",
    ),
    CodeInfo(
        "BAG-TAGFILE-BOM-LEGACY",
        _W,
        "BagIt 0.97 §2.1.1, §2.3 (draft-kunze-bagit-14, as 0.96); no rule in drafts -00 to -02 §2",
        "BagIt 0.93 to 0.95 bag: bagit.txt or a UTF-8 tag file begins with a byte-order mark; ignored.",
    ),
    CodeInfo("BAG-TAGFILE-DECODE", _E, S23, "A tag file is not valid in the encoding bagit.txt declares."),
    CodeInfo("BAG-TAGFILE-NO-FINAL-NEWLINE", _W, S23, "The last line of a tag file has no line ending."),
    CodeInfo(
        "BAG-TAGFILE-BLANK-LINE", _W, "RFC 8493 §7", "A manifest, bag-info.txt or fetch.txt has blank lines."
    ),
    CodeInfo(
        "BAG-TAGFILE-LINE-TOO-LONG",
        _E,
        S51,
        "A tag-file line is longer than 1 MiB; the rest of that file was not read.",
    ),
    CodeInfo(
        "BAG-TAGFILE-TOO-LARGE", _E, S51, "A tag file to parse is larger than 256 MiB; it was not read."
    ),
    # payload manifests
    CodeInfo("BAG-MANIFEST-MISSING", _E, S213, "The bag has no payload manifest (manifest-<algorithm>.txt)."),
    CodeInfo(
        "BAG-ALGORITHM-NAME",
        _E,
        S24,
        "A manifest's algorithm name is not lowercase letters and digits (e.g. sha3_256 for sha3256).",
    ),
    CodeInfo("BAG-ALGORITHM-UNKNOWN", _W, S24, "A manifest uses an algorithm this tool cannot compute."),
    CodeInfo(
        "BAG-NO-VERIFIABLE-MANIFEST",
        _E,
        S3,
        "No payload manifest uses an algorithm this tool can compute, so no checksum could be verified.",
    ),
    CodeInfo("BAG-MANIFEST-LINE", _E, S213, "A manifest line is not 'checksum whitespace filepath'."),
    CodeInfo(
        "BAG-MANIFEST-CHECKSUM-FORMAT",
        _E,
        S213,
        "A manifest checksum is not hexadecimal, or not as long as its algorithm's digests.",
    ),
    CodeInfo(
        "BAG-MANIFEST-MD5SUM-STYLE",
        _W,
        "RFC 8493 §6.1.3",
        "A manifest has md5sum binary-mode lines ('*path'): read without the '*' (0.96 and 0.97 allow it).",
    ),
    CodeInfo(
        "BAG-MANIFEST-DUPLICATE",
        _E,
        S213,
        "A manifest lists the same path more than once (in a 0.93 to 0.97 bag: with different checksums).",
    ),
    CodeInfo(
        "BAG-MANIFEST-DUPLICATE-SAME",
        _W,
        "BagIt 0.97 §2.1.3 (draft-kunze-bagit-14; 0.93 to 0.96 alike); RFC 8493 §2.1.3 ('exactly once')",
        "BagIt 0.93 to 0.97 bag: a manifest lists the same path again with the same checksum.",
    ),
    CodeInfo("BAG-MANIFEST-OUTSIDE-PAYLOAD", _E, S213, "A payload manifest lists a path outside data/."),
    CodeInfo("BAG-MANIFEST-DIRECTORY", _E, S213, "A manifest lists a folder."),
    CodeInfo("BAG-PAYLOAD-MISSING", _E, S3, "A payload manifest lists a file that is not in the bag."),
    CodeInfo("BAG-PAYLOAD-UNLISTED", _E, S213, "A payload file is not listed in every payload manifest."),
    CodeInfo(
        "BAG-PAYLOAD-UNLISTED-LEGACY",
        _W,
        S3,
        "BagIt 0.95 to 0.97 bag: a payload file is missing from some payload manifests (another lists it).",
    ),
    CodeInfo("BAG-MANIFEST-CHECKSUM", _E, S3, "A payload file's checksum differs from its manifest's."),
    CodeInfo(
        "BAG-PATH-UNSAFE",
        _E,
        S51,
        "A manifest or fetch.txt path could reach outside the bag (.., absolute, ~, drive letter, \\, NUL).",
    ),
    CodeInfo(
        "BAG-PATH-NONCANONICAL",
        _E,
        S213,
        "A manifest or fetch.txt path has empty or '.' segments (before 1.0: only one ending in '/').",
    ),
    CodeInfo(
        "BAG-PATH-NONCANONICAL-LEGACY",
        _W,
        "BagIt 0.97 §2.1.3 (draft-kunze-bagit-14; 0.93 to 0.96 alike); RFC 8493 §2.1.3, §7",
        "BagIt 0.93 to 0.97 bag: a path has './' or empty segments; read as the file it names (e.g. data/a).",
    ),
    CodeInfo(
        "BAG-PATH-PERCENT",
        _W,
        S213,
        "A 1.0 path has a '%' that does not start %25, %0D or %0A; it was taken literally.",
    ),
    # names
    CodeInfo("BAG-NAME-CASE-CLASH", _W, S6113, "Two names in the bag differ only in case."),
    CodeInfo(
        "BAG-NAME-NORMALIZATION-CLASH",
        _W,
        S6113,
        "Two names in the bag differ only in Unicode normalisation.",
    ),
    CodeInfo(
        "BAG-NAME-NORMALIZATION-MISMATCH",
        _W,
        S6113,
        "A manifest names a file in another Unicode normalisation form than the bag; matched anyway.",
    ),
    # tag manifests
    CodeInfo(
        "BAG-TAGMANIFEST-MISSING-MANIFEST",
        _E,
        S221,
        "A tag manifest does not list every payload manifest (a 1.0 rule).",
    ),
    CodeInfo(
        "BAG-TAGMANIFEST-TAGMANIFEST-ENTRY",
        _W,
        S221,
        "A 1.0 tag manifest lists a tag manifest; the entry is not used (nothing depends on it).",
    ),
    CodeInfo(
        "BAG-TAGMANIFEST-PAYLOAD-ENTRY",
        _W,
        S221,
        "A tag manifest lists a payload file (data/...); the payload manifests verify that file, this entry "
        "is not used.",
    ),
    CodeInfo("BAG-TAG-FILE-MISSING", _E, S3, "A tag manifest lists a file that is not in the bag."),
    CodeInfo(
        "BAG-TAG-FILE-UNLISTED",
        _W,
        S221,
        "A tag file is not listed in every tag manifest (a 1.0 rule: 0.97 §3 lets tag files go unlisted).",
    ),
    CodeInfo("BAG-TAGMANIFEST-CHECKSUM", _E, S3, "A tag file's checksum differs from its tag manifest's."),
    # bag-info.txt
    CodeInfo(
        "BAG-INFO-LINE",
        _E,
        S222,
        "A bag-info.txt line has no ':' or an empty label, or is a continuation with nothing to continue.",
    ),
    CodeInfo(
        "BAG-INFO-WHITESPACE",
        _W,
        S222,
        "A 1.0 bag-info.txt line has whitespace around its label or none after the colon ('Label : value', "
        "as bagit-java 5 writes); read with the whitespace trimmed.",
    ),
    CodeInfo("BAG-OXUM-FORMAT", _E, S222, "Payload-Oxum is not 'OctetCount.StreamCount'."),
    CodeInfo(
        "BAG-OXUM-REPEATED",
        _E,
        S222,
        "Payload-Oxum appears more than once (in a 0.93 to 0.97 bag: with different values).",
    ),
    CodeInfo("BAG-OXUM-MISMATCH", _E, S222, "Payload-Oxum differs from the payload's byte and file counts."),
    CodeInfo("BAG-INFO-BAGGING-DATE", _W, S222, "Bagging-Date is not a date of the form YYYY-MM-DD."),
    CodeInfo(
        "BAG-INFO-REPEATED",
        _W,
        S222,
        "Bagging-Date, Bag-Size, Bag-Group-Identifier or Bag-Count appears more than once (a 1.0 rule).",
    ),
    CodeInfo(
        "BAG-FAST-UNCHECKED",
        _E,
        S222,
        "Fast validation asked for, but bag-info.txt has no Payload-Oxum: nothing of the payload was checked, "
        "so the bag was not judged (validate without --fast).",
    ),
    # fetch.txt
    CodeInfo("BAG-FETCH-LINE", _E, S223, "A fetch.txt line is not 'url length filepath'."),
    CodeInfo("BAG-FETCH-URL", _E, S223, "A fetch.txt URL is not an absolute URI."),
    CodeInfo("BAG-FETCH-LENGTH", _E, S223, "A fetch.txt length is neither digits nor '-'."),
    CodeInfo("BAG-FETCH-OUTSIDE-PAYLOAD", _E, S223, "fetch.txt lists a path outside data/ (a tag file)."),
    CodeInfo(
        "BAG-FETCH-NOT-IN-MANIFEST", _E, S223, "A fetch.txt file is not listed in every payload manifest."
    ),
    CodeInfo(
        "BAG-FETCH-UNFETCHED",
        _E,
        S3,
        "A file listed in fetch.txt is not in the bag yet: the bag is not complete until it is fetched.",
    ),
)

_MANIFEST_NAME_RE = re.compile(r"(tag)?manifest-(.+)\.txt")
_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")
_MANIFEST_LINE_RE = re.compile(r"([^ \t]+)[ \t]+(.*)")
_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_HEX_BYTES = b"0123456789abcdefABCDEF"
_ALG_RE = re.compile(r"[a-z0-9]+")
_VERSION_RE = re.compile(r"(\d+)\.(\d+)")
_CHARSET_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$%&'+\-^_`{}~.:()]{0,39}")
_DRIVE_RE = re.compile(r"[A-Za-z]:")
_PATH_SUSPECT_RE = re.compile(r"[\\\x00]|^[/~.]|^[A-Za-z]:|//|/\.|/$|^$")
_BAD_PERCENT_RE = re.compile(r"%(?!25|0[dDaA])")
_FETCH_LINE_RE = re.compile(r"([^ \t]+)[ \t]+([^ \t]+)[ \t]+(.*)")
#: RFC 3986 section 4.3 absolute-URI: scheme ":" hier-part [ "?" query ], no fragment, no whitespace.
_ABSOLUTE_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s#]+")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_OXUM_RE = re.compile(r"(\d+)\.(\d+)")


@dataclass(frozen=True)
class BagOptions:
    """``fast``: structure and Payload-Oxum only; ``completeness_only``: also every file against every
    manifest. Neither verifies a checksum. ``jobs``: threads for large files (0: one per core)."""

    fast: bool = False
    completeness_only: bool = False
    jobs: int = 0


# --- small helpers ------------------------------------------------------------------------------------


class _Sink:
    """Collects findings, capping repetitive line-level ones per (file, code), and any code at
    MAX_CODE_FINDINGS: a manifest of a million lines naming missing files gives ten thousand findings and a
    count, not a million (which took 88 s, 1.2 GB and 176 MB of JSON to report)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._counts: dict[tuple[str | None, str], int] = {}
        self._per_code: dict[str, int] = {}

    def add(self, code: str, path: str | None, message: str) -> None:
        n = self._per_code[code] = self._per_code.get(code, 0) + 1
        if n <= MAX_CODE_FINDINGS:
            self.findings.append(finding(code, path, message))

    def line(self, code: str, path: str, message: str) -> None:
        key = (path, code)
        n = self._counts[key] = self._counts.get(key, 0) + 1
        if n <= MAX_LINE_FINDINGS:
            self.findings.append(finding(code, path, message))

    def close(self) -> list[Finding]:
        for (path, code), n in sorted(self._counts.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
            if n > MAX_LINE_FINDINGS:
                more = n - MAX_LINE_FINDINGS
                self.findings.append(finding(code, path, f"... and {more} more lines like the above"))
        for code, n in sorted(self._per_code.items()):
            if n > MAX_CODE_FINDINGS:
                self.findings.append(
                    finding(code, None, f"... and {n - MAX_CODE_FINDINGS} more like the above")
                )
        self._counts.clear()
        self._per_code.clear()
        return self.findings


def split_lines(text: str) -> tuple[list[str], bool]:
    """Lines of a tag file, ended by LF, CR or CRLF (RFC 8493 section 2.3), and whether the last one was.

    ``str.splitlines`` would also split on form feeds, NEL, U+2028 and others, which are ordinary
    characters in a tag file (and may be part of a file name).
    """
    if not text:
        return [], True
    lines = text.split("\n") if "\r" not in text else _LINE_SPLIT_RE.split(text)
    if lines[-1] == "":
        lines.pop()
        return lines, True
    return lines, False


def path_problem(path: str) -> tuple[str, str] | None:
    """(code, reason) if a manifest or fetch path must not be used to open a file, else None.

    Unsafe (RFC 8493 section 5.1): anything that could resolve outside the bag on a POSIX or Windows
    system. Non-canonical: empty or '.' segments, which name a file only after normalisation.
    """
    if _PATH_SUSPECT_RE.search(path) is None:
        return None
    if not path:
        return "BAG-PATH-NONCANONICAL", "the path is empty"
    if "\x00" in path:
        return "BAG-PATH-UNSAFE", "the path contains a NUL character"
    if "\\" in path:
        return "BAG-PATH-UNSAFE", "the path contains a backslash (a separator on Windows; '/' is required)"
    if path.startswith("/"):
        return "BAG-PATH-UNSAFE", "the path is absolute"
    if path.startswith("~"):
        return "BAG-PATH-UNSAFE", "the path starts with '~' (a home folder)"
    if _DRIVE_RE.match(path):
        return "BAG-PATH-UNSAFE", "the path starts with a drive letter"
    segments = path.split("/")
    if ".." in segments:
        return "BAG-PATH-UNSAFE", "the path has a '..' segment"
    if "" in segments or "." in segments:
        return "BAG-PATH-NONCANONICAL", "the path has an empty or '.' segment"
    return None


def _nfc(path: str) -> str:
    return path if path.isascii() else unicodedata.normalize("NFC", path)


# --- bagit.txt ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Declaration:
    version: str | None  # "1.0", "0.97", ... when well formed (known or not)
    encoding: str | None  # the declared name, when it is a known text codec

    @property
    def version_info(self) -> tuple[int, int]:
        """The version as numbers; unknown or absent versions get the 1.0 rules (the strictest)."""
        if self.version in KNOWN_VERSIONS:
            major, minor = self.version.split(".")
            return int(major), int(minor)
        return 1, 0

    @property
    def codec(self) -> str:
        return codecs.lookup(self.encoding).name if self.encoding else "utf-8"


def _text_codec(name: str) -> str | None:
    """Python's codec for an encoding label, or None if unknown or not a text encoding (e.g. base64)."""
    if not _CHARSET_RE.fullmatch(name):  # IANA names are short printable ASCII (and lookup hates NUL)
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def parse_declaration(raw: bytes) -> tuple[Declaration, list[Finding]]:
    """bagit.txt, RFC 8493 section 2.1.1: exactly two lines, in order, UTF-8 without BOM.

    The byte-order mark is a rule from 0.96 on (see :func:`decode_tag_file`): in a bag that declares 0.93
    to 0.95 it is a warning.
    """
    out = _Sink()
    name = "bagit.txt"
    bom = raw.startswith(codecs.BOM_UTF8)
    if bom:
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        out.add("BAG-DECLARATION-NOT-UTF8", name, f"invalid UTF-8 at byte {exc.start}")
        text = raw.decode("utf-8", "replace")
    lines, final = split_lines(text)
    if not final:
        out.add("BAG-TAGFILE-NO-FINAL-NEWLINE", name, "the last line has no line ending")
    if len(lines) != 2:
        out.add("BAG-DECLARATION-FORMAT", name, f"{len(lines)} lines, expected exactly 2")
    expected = ("BagIt-Version", "Tag-File-Character-Encoding")
    values: dict[str, str] = {}
    for number, line in enumerate(lines[:2], 1):
        label, sep, value = line.partition(": ")
        want = expected[number - 1]
        loose_label, colon, loose_value = (part.strip(" \t") for part in line.partition(":"))
        if (not sep or label.lower() != want.lower()) and colon and loose_label.lower() == want.lower():
            # bagit-java 5 writes 'BagIt-Version : 0.97': nothing is in doubt, so read it and say so
            message = f"line {number} is {line[:80]!r}: read as '{loose_label}: {loose_value}'"
            out.add("BAG-DECLARATION-WHITESPACE", name, message)
            label, sep, value = loose_label, ":", loose_value
        if not sep or label.lower() != want.lower():
            out.add("BAG-DECLARATION-FORMAT", name, f"line {number} is {line[:80]!r}, expected '{want}: ...'")
            if sep and label.lower() in (e.lower() for e in expected):
                values.setdefault(label.lower(), value)
            continue
        if label != want:
            out.add(
                "BAG-DECLARATION-LABEL-CASE", name, f"line {number}: {label!r} is spelt {want!r} in the RFC"
            )
        values[label.lower()] = value
    version = values.get("bagit-version")
    if version is not None and not _VERSION_RE.fullmatch(version):
        out.add("BAG-DECLARATION-FORMAT", name, f"BagIt-Version {version!r} is not of the form M.N")
        version = None
    elif version is not None and version not in KNOWN_VERSIONS:
        out.add(
            "BAG-VERSION-UNKNOWN", name, f"BagIt-Version {version} is not a known version; checked as 1.0"
        )
    encoding = values.get("tag-file-character-encoding")
    if encoding is not None:
        codec = _text_codec(encoding) if encoding == encoding.strip() else None
        if codec is None:
            out.add("BAG-ENCODING-UNKNOWN", name, f"unknown encoding {encoding!r}; tag files read as UTF-8")
            encoding = None
        elif codec != "utf-8":
            out.add("BAG-ENCODING-NOT-UTF8", name, f"tag files are in {encoding}; UTF-8 is recommended")
    declaration = Declaration(version, encoding)
    if bom and declaration.version_info < V096:
        out.add("BAG-TAGFILE-BOM-LEGACY", name, "begins with a UTF-8 byte-order mark (a 0.93 to 0.95 bag)")
    elif bom:
        out.add("BAG-DECLARATION-BOM", name, "bagit.txt begins with a UTF-8 byte-order mark")
    return declaration, out.close()


# --- text tag files -----------------------------------------------------------------------------------


def decode_tag_file(
    raw: bytes, name: str, codec: str, version: tuple[int, int] = V10
) -> tuple[list[str], list[Finding]]:
    """A tag file's lines (RFC 8493 section 2.3): declared encoding, no BOM in UTF-8, LF/CR/CRLF.

    Undecodable bytes are reported and kept as surrogate escapes, so that names still match the files
    they name on disk (``os.scandir`` escapes them the same way). A line over MAX_LINE characters ends
    the reading of the file.

    The byte-order mark rule came with 0.96 (draft-kunze-bagit-05 §2.1.1 and §2.3, as in 0.97 and
    RFC 8493); 0.93 to 0.95 only say tag files are "Unicode encoded as UTF-8 [RFC3629]" (drafts -00 to
    -02 §2), so there a BOM is a signature that loses nothing: a warning.
    """
    out = _Sink()
    if codec == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        if version < V096:
            out.add(
                "BAG-TAGFILE-BOM-LEGACY", name, "begins with a UTF-8 byte-order mark (a 0.93 to 0.95 bag)"
            )
        else:
            out.add("BAG-TAGFILE-BOM", name, "begins with a UTF-8 byte-order mark")
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        out.add("BAG-TAGFILE-DECODE", name, f"not valid {codec} at byte {exc.start}")
        try:
            text = raw.decode(codec, "surrogateescape")
        except UnicodeDecodeError:  # e.g. UTF-16 cut in the middle of a code unit
            text = raw.decode(codec, "replace")
    lines, final = split_lines(text)
    if not final:
        out.add("BAG-TAGFILE-NO-FINAL-NEWLINE", name, "the last line has no line ending")
    if len(text) > MAX_LINE and max(map(len, lines), default=0) > MAX_LINE:
        cut = next(i for i, line in enumerate(lines) if len(line) > MAX_LINE)
        out.add("BAG-TAGFILE-LINE-TOO-LONG", name, f"line {cut + 1} is over {MAX_LINE} characters; stopped")
        lines = lines[:cut]
    return lines, out.close()


# --- manifests ----------------------------------------------------------------------------------------


@dataclass
class Manifest:
    """One parsed manifest file: paths to lowercase hex checksums, in file order.

    Paths are decoded (RFC 8493 §2.1.3) in 1.0 bags and literal in older ones; ``decoded`` then holds,
    for each literal path with ``%0A``, ``%0D`` or ``%25``, the decoded name to try if no file has the
    literal one.
    """

    name: str  # file name, e.g. "manifest-sha256.txt"
    algorithm: str  # as in the file name
    hash_name: str | None  # the algorithm we compute for it, if any
    tag: bool
    entries: dict[str, str] = field(default_factory=dict)
    decoded: dict[str, str] = field(default_factory=dict)


def manifest_algorithm(name: str, out: _Sink) -> tuple[str, str | None, bool] | None:
    """(algorithm, computable name or None, is tag manifest) for a manifest file name, else None."""
    m = _MANIFEST_NAME_RE.fullmatch(name)
    if m is None:
        return None
    algorithm = m.group(2)
    normal = re.sub(r"[^a-z0-9]", "", algorithm.lower())
    if not _ALG_RE.fullmatch(algorithm):
        out.add(
            "BAG-ALGORITHM-NAME",
            name,
            f"algorithm {algorithm!r} must be lowercase letters and digits only ({normal!r})",
        )
    hash_name = normal if normal in HASHERS else None
    if hash_name is None:
        out.add(
            "BAG-ALGORITHM-UNKNOWN", name, f"cannot compute {algorithm!r}; its checksums are not verified"
        )
    return algorithm, hash_name, m.group(1) is not None


def parse_manifest(manifest: Manifest, lines: Sequence[str], version: tuple[int, int]) -> list[Finding]:
    """Fill ``manifest.entries`` from its lines (RFC 8493 sections 2.1.3, 2.2.1); return the findings.

    Paths are checked here (safety, canonical form, payload vs tag) and refused paths are left out, so
    that nothing downstream ever opens them. ``version`` keys the rules that older versions did not have
    (see the module docstring).
    """
    want_len = HEX_LENGTHS.get(manifest.hash_name or "")
    fast = None if manifest.tag else _fast_entries(lines, want_len)
    if fast is not None:
        manifest.entries = fast
        return []
    out = _Sink()
    name = manifest.name
    entries = manifest.entries
    legacy = version < V10
    # 0.96 and 0.97 §2.1.3: "An asterisk ('*') MAY precede FILENAME"; 0.93 to 0.95 and 1.0 have no '*'.
    star_allowed = V096 <= version < V10
    md5sum_lines = 0
    for number, line in enumerate(lines, 1):
        checksum, _sep, rest = line.partition(" ")
        if "\t" in checksum or not rest:
            m = _MANIFEST_LINE_RE.fullmatch(line)
            if m is None:
                if line.strip(" \t"):
                    out.line(
                        "BAG-MANIFEST-LINE", name, f"line {number}: {line[:80]!r} is not 'checksum path'"
                    )
                else:
                    out.line("BAG-TAGFILE-BLANK-LINE", name, f"line {number} is blank")
                continue
            checksum, rest = m.group(1), m.group(2)
        path = rest.lstrip(" \t")
        if path.startswith("*"):
            md5sum_lines += not star_allowed
            path = path[1:]
        if not path:
            out.line("BAG-MANIFEST-LINE", name, f"line {number}: no file path after the checksum")
            continue
        if (want_len is not None and len(checksum) != want_len) or not _HEX_RE.fullmatch(checksum):
            expect = f"{want_len} hex digits" if want_len else "hex digits"
            out.line(
                "BAG-MANIFEST-CHECKSUM-FORMAT", name, f"line {number}: {checksum[:140]!r} is not {expect}"
            )
            continue
        if "%" in path and not legacy:
            if _BAD_PERCENT_RE.search(path):
                out.line("BAG-PATH-PERCENT", name, f"line {number}: '%' not encoded as %25 in {show(path)!r}")
            path = decode_manifest_path(path)
        problem = path_problem(path)
        if problem is not None and legacy:
            path, problem = _legacy_path(path, problem, name, number, out)
        if problem is not None:
            out.line(problem[0], name, f"line {number}: {show(path)[:200]!r}: {problem[1]}; not opened")
            continue
        # 0.93 and 0.94 (draft-kunze-bagit-00 §2.1, -01 §2.2): "Any tag (top-level) FILENAME may
        # optionally appear in a manifest"; from 0.95 tag files go to tag manifests only.
        tag_in_payload = version < V095 and "/" not in path
        if not manifest.tag and not path.startswith("data/") and not tag_in_payload:
            out.line(
                "BAG-MANIFEST-OUTSIDE-PAYLOAD", name, f"line {number}: {show(path)!r} is not under data/"
            )
            continue
        if manifest.tag and path.startswith("data/"):
            out.line(
                "BAG-TAGMANIFEST-PAYLOAD-ENTRY", name, f"line {number}: {show(path)!r} is a payload file"
            )
            continue
        if manifest.tag and not legacy and "/" not in path and path.startswith("tagmanifest-"):
            out.line("BAG-TAGMANIFEST-TAGMANIFEST-ENTRY", name, f"line {number}: lists {show(path)!r}")
            continue
        digest = checksum.lower()
        if path in entries:
            if legacy and entries[path] == digest:
                out.line(
                    "BAG-MANIFEST-DUPLICATE-SAME",
                    name,
                    f"line {number}: {show(path)!r} is listed again with the same checksum",
                )
            else:
                out.line("BAG-MANIFEST-DUPLICATE", name, f"line {number}: {show(path)!r} is listed again")
            continue
        entries[path] = digest
        if legacy and "%" in path:
            decoded = decode_manifest_path(path)
            if decoded != path:
                manifest.decoded[path] = decoded
    if md5sum_lines:
        out.add(
            "BAG-MANIFEST-MD5SUM-STYLE",
            name,
            f"{md5sum_lines} lines have md5sum's '*' before the path; read without it",
        )
    return out.close()


def _legacy_path(
    path: str, problem: tuple[str, str], name: str, number: int, out: _Sink
) -> tuple[str, tuple[str, str] | None]:
    """A pre-1.0 path with './' or empty segments, read as the file it names (with a warning).

    Every draft before RFC 8493 defines the path only as "the pathname of a file relative to the base
    directory", which ``./data/a`` and ``data//a`` are. A trailing '/' names a folder, never a file, and
    unsafe paths stay refused.
    """
    if problem[0] != "BAG-PATH-NONCANONICAL" or not path or path.endswith("/"):
        return path, problem
    normal = "/".join(s for s in path.split("/") if s not in ("", "."))
    if not normal or path_problem(normal) is not None:
        return path, problem
    out.line(
        "BAG-PATH-NONCANONICAL-LEGACY",
        name,
        f"line {number}: {show(path)[:200]!r} read as {show(normal)[:200]!r} (pre-1.0 bag)",
    )
    return normal, None


def _fast_entries(lines: Sequence[str], want_len: int | None) -> dict[str, str] | None:
    """The entries of a payload manifest that has nothing to report, checked with whole-list operations.

    Returns None as soon as anything is unusual (tabs, '%', '*', a doubtful path, a bad checksum, a
    duplicate): the line-by-line parser then finds and reports it. This path exists for speed only
    (a 20,000-line manifest in a few milliseconds, where regular expressions over the joined text
    would take ten times longer); it accepts a subset of what the line-by-line parser accepts.
    """
    if not lines:
        return {}
    parts = [line.partition(" ") for line in lines]
    checksums = [c for c, _s, _p in parts]
    paths = [p for _c, _s, p in parts]
    if not all(paths):
        return None
    joined = "\n".join(paths)
    if joined[0] in " \t" or "\n " in joined or "\n\t" in joined:
        paths = [p.lstrip(" \t") for p in paths]
        if not all(paths):
            return None
        joined = "\n".join(paths)
    # Every line starts with "data/" (so none is absolute, '~', a drive, '.' or '*'), no line ends
    # with '/', and no '%', backslash, NUL, '//' or '/.' anywhere: then path_problem finds nothing.
    if not joined.startswith("data/") or joined.count("\ndata/") != len(paths) - 1:
        return None
    if any(bad in joined for bad in ("%", "\\", "\x00", "//", "/.", "/\n")) or joined.endswith("/"):
        return None
    digits = "".join(checksums)
    if want_len is not None:
        if len(digits) != want_len * len(checksums) or min(map(len, checksums)) != want_len:
            return None
    elif not all(checksums):
        return None
    if not digits.isascii() or digits.encode("ascii").translate(None, _HEX_BYTES):
        return None
    if any(letter in digits for letter in "ABCDEF"):
        checksums = [c.lower() for c in checksums]
    entries = dict(zip(paths, checksums, strict=True))
    return entries if len(entries) == len(paths) else None


# --- bag-info.txt -------------------------------------------------------------------------------------


def parse_bag_info(
    lines: Sequence[str], version: tuple[int, int], name: str = "bag-info.txt"
) -> tuple[list[tuple[str, str]], list[Finding]]:
    """``Label: value`` elements in file order, continuation lines joined (RFC 8493 section 2.2.2)."""
    out = _Sink()
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
    out = _Sink()
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
    out = _Sink()
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
        problem = path_problem(path)
        if problem is not None and legacy:
            path, problem = _legacy_path(path, problem, name, number, out)
        if problem is not None:
            out.line(problem[0], name, f"line {number}: {show(path)[:200]!r}: {problem[1]}; not opened")
            continue
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


# --- cross-checks (pure) ------------------------------------------------------------------------------


def name_clashes(paths: Iterable[str]) -> list[Finding]:
    """Names that one filesystem would merge: equal after NFC, or equal after NFC and case folding."""
    out = _Sink()
    paths = list(paths)
    if "".join(paths).isascii() and len(set(map(str.lower, paths))) == len(paths):
        return []  # the common case: ASCII is its own NFC form, and no two names fold together
    by_form: dict[str, list[str]] = {}
    for path in paths:
        by_form.setdefault(_nfc(path), []).append(path)
    for group in by_form.values():
        if len(group) > 1:
            first, *rest = sorted(group)
            for other in rest:
                out.add(
                    "BAG-NAME-NORMALIZATION-CLASH",
                    show(other),
                    f"{show(other)!r} and {show(first)!r} differ only in Unicode normalisation",
                )
    by_case: dict[str, list[str]] = {}
    for form in by_form:
        by_case.setdefault(form.casefold(), []).append(form)
    for group in by_case.values():
        if len(group) > 1:
            first, *rest = sorted(group)
            for other in rest:
                out.add(
                    "BAG-NAME-CASE-CLASH",
                    show(other),
                    f"{show(other)!r} and {show(first)!r} differ only in case",
                )
    return out.close()


class _Resolver:
    """Maps manifest paths to present files: exact, else equal after NFC (RFC 8493 section 6.1.1.3)."""

    def __init__(self, present: Mapping[str, int]) -> None:
        self.present = present
        self._nfc: dict[str, list[str]] | None = None

    def resolve(self, path: str) -> str | None:
        if path in self.present:
            return path
        if self._nfc is None:
            self._nfc = {}
            for p in self.present:
                self._nfc.setdefault(_nfc(p), []).append(p)
        found = self._nfc.get(_nfc(path), [])
        return found[0] if len(found) == 1 else None

    def resolve_entry(self, manifest: Manifest, path: str) -> str | None:
        """A manifest entry's file: its literal name, else (pre-1.0) its %-decoded name."""
        actual = self.resolve(path)
        if actual is None and path in manifest.decoded:
            actual = self.resolve(manifest.decoded[path])
        return actual


@dataclass
class Matched:
    """What the completeness check found: manifest path -> present file, per manifest name.

    ``identity`` names the manifests whose every entry is a present file under exactly its own name,
    which lets the checksum comparison be one subset test.
    """

    files: dict[str, dict[str, str]] = field(default_factory=dict)
    identity: set[str] = field(default_factory=set)

    def match(self, manifest: Manifest, present: Mapping[str, int]) -> Iterable[str]:
        """Record the entries present under their own name; return the others, to resolve one by one."""
        entries = manifest.entries
        absent = entries.keys() - present.keys()
        if not absent:
            self.files[manifest.name] = dict(zip(entries, entries, strict=True))
            self.identity.add(manifest.name)
            return ()
        self.files[manifest.name] = {p: p for p in entries if p not in absent}
        return sorted(absent)


def check_payload(
    manifests: Sequence[Manifest],
    present: Mapping[str, int],
    dirs: Iterable[str],
    fetch_paths: Iterable[str],
    version: tuple[int, int],
    tag_files: Mapping[str, int] | None = None,
) -> tuple[Matched, list[Finding]]:
    """Every payload file in every payload manifest; every entry present (RFC 8493 2.1.3, 3).

    Files only on fetch.txt's list are left to the fetch checks. Findings are aggregated per file, each
    naming the manifests concerned, rather than one per file and manifest. ``tag_files`` are the
    top-level tag files that a 0.93 or 0.94 payload manifest may list.

    A payload file missing from some manifests is an error in 1.0 (§3: "every payload file MUST be
    listed in every payload manifest") and in 0.93 and 0.94 (drafts -00 and -01 §2.2/§6: "every
    manifest covers the same set of files"); 0.95 to 0.97 need it in one manifest only (draft-02 §6,
    0.97 §3), so there it is a warning.
    """
    out = _Sink()
    resolver = _Resolver({**present, **tag_files} if tag_files else present)
    folders = set(dirs)
    fetched = set(fetch_paths)
    matched = Matched()
    missing: dict[str, list[str]] = {}
    unlisted: dict[str, list[str]] = {}
    for manifest in manifests:
        rest = matched.match(manifest, present)
        found = matched.files[manifest.name]
        for path in rest:
            actual = resolver.resolve_entry(manifest, path)
            if actual is not None:
                found[path] = actual
                if actual != path and actual != manifest.decoded.get(path):
                    out.add(
                        "BAG-NAME-NORMALIZATION-MISMATCH",
                        show(actual),
                        f"{manifest.name} names it {show(path)!r} (another Unicode normalisation form)",
                    )
            elif path in folders:
                out.add("BAG-MANIFEST-DIRECTORY", show(path), f"{manifest.name} lists this folder")
            elif path not in fetched:
                missing.setdefault(path, []).append(manifest.name)
        listed = matched.files[manifest.name].values()
        for path in present.keys() - listed:
            unlisted.setdefault(path, []).append(manifest.name)
    union = V095 <= version < V10
    for path, names in sorted(missing.items()):
        out.add("BAG-PAYLOAD-MISSING", show(path), f"listed in {', '.join(names)} but not in the bag")
    for path, names in sorted(unlisted.items()):
        if len(names) == len(manifests) or not union:
            out.add("BAG-PAYLOAD-UNLISTED", show(path), f"not listed in {', '.join(names)}")
        else:
            out.add(
                "BAG-PAYLOAD-UNLISTED-LEGACY", show(path), f"not listed in {', '.join(names)} (pre-1.0 bag)"
            )
    return matched, out.close()


def check_tag_manifests(
    tag_manifests: Sequence[Manifest],
    payload_names: Iterable[str],
    present: Mapping[str, int],
    dirs: Iterable[str],
    version: tuple[int, int],
    *,
    completeness: bool,
) -> tuple[Matched, list[Finding]]:
    """Tag manifests list every payload manifest (1.0), and SHOULD list every other tag file (2.2.1).

    Both are 1.0 rules: before it a tag manifest "need not include every tag file" (draft-02, appendix
    A.5 of draft-07) and "Tag files not listed in a tag manifest MAY be present" (0.97 §3).
    """
    out = _Sink()
    resolver = _Resolver(present)
    folders = set(dirs)
    matched = Matched()
    names = sorted(payload_names)
    unlisted: dict[str, list[str]] = {}
    tag_manifest_names = {m.name for m in tag_manifests}
    for manifest in tag_manifests:
        if version >= V10:
            for name in names:
                if name not in manifest.entries:
                    out.add("BAG-TAGMANIFEST-MISSING-MANIFEST", manifest.name, f"does not list {name}")
        rest = matched.match(manifest, present)
        found = matched.files[manifest.name]
        for path in rest:
            actual = resolver.resolve_entry(manifest, path)
            if actual is not None:
                found[path] = actual
            elif not completeness:
                continue
            elif path in folders:
                out.add("BAG-MANIFEST-DIRECTORY", show(path), f"{manifest.name} lists this folder")
            else:
                out.add("BAG-TAG-FILE-MISSING", show(path), f"listed in {manifest.name} but not in the bag")
        listed = set(matched.files[manifest.name].values())
        for path in present.keys() - listed - tag_manifest_names:
            unlisted.setdefault(path, []).append(manifest.name)
    if version >= V10:
        for path, where in sorted(unlisted.items()):
            out.add("BAG-TAG-FILE-UNLISTED", show(path), f"not listed in {', '.join(where)}")
    return matched, out.close()


def check_fetch(
    entries: Sequence[FetchEntry],
    manifests: Sequence[Manifest],
    present: Mapping[str, int],
) -> list[Finding]:
    """Every fetch.txt file in every payload manifest; each one not yet in the bag is reported."""
    out = _Sink()
    for entry in entries:
        lacking = [m.name for m in manifests if entry.path not in m.entries]
        if lacking:
            out.add(
                "BAG-FETCH-NOT-IN-MANIFEST",
                show(entry.path),
                f"fetch.txt lists it; {', '.join(lacking)} does not",
            )
        if not _is_present(entry, present):
            size = "unknown size" if entry.length is None else f"{entry.length} bytes"
            out.add("BAG-FETCH-UNFETCHED", show(entry.path), f"not fetched yet from {entry.url} ({size})")
    return out.close()


def _is_present(entry: FetchEntry, present: Mapping[str, int]) -> bool:
    return entry.path in present or (entry.decoded is not None and entry.decoded in present)


def _lower_labels(pairs: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
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


def compare_checksums(
    manifests: Sequence[Manifest], matched: Matched, results: HashResults, *, tag: bool
) -> list[Finding]:
    """Every checksum of every manifest against the file's digest; unreadable files once each."""
    out = _Sink()
    code = "BAG-TAGMANIFEST-CHECKSUM" if tag else "BAG-MANIFEST-CHECKSUM"
    reported: set[str] = set()
    for manifest in manifests:
        alg = manifest.hash_name
        if alg is None:
            continue
        got = results.digests.get(alg, {})
        found = matched.files.get(manifest.name, {})
        if manifest.name in matched.identity and manifest.entries.items() <= got.items():
            continue  # the common case, as one subset test in C
        for path, expected in manifest.entries.items():
            actual = found.get(path)
            if actual is None:
                continue
            error = results.errors.get(actual)
            if error is not None:
                if actual not in reported:
                    reported.add(actual)
                    out.add("BAG-FILE-UNREADABLE", show(actual), f"cannot read it: {error}")
                continue
            digest = got.get(actual)
            if digest is not None and digest != expected:
                out.add(
                    code,
                    show(actual),
                    f"{alg} mismatch: {manifest.name} expects {expected}, the file has {digest}",
                )
    return out.close()


def hash_requests(wanted: Sequence[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """Path -> every algorithm wanted for it, so that each file is read once for all its manifests.

    ``wanted`` holds (algorithm, files) per manifest. Usually every manifest lists the same files; then
    the table is built in one step instead of one update per file and manifest.
    """
    groups: dict[str, set[str]] = {}
    for alg, paths in wanted:
        groups.setdefault(alg, set()).update(paths)
    sets = list(groups.values())
    if sets and all(s == sets[0] for s in sets[1:]):
        return dict.fromkeys(sets[0], tuple(sorted(groups)))
    requests: dict[str, tuple[str, ...]] = {}
    for alg, paths in sorted(groups.items()):
        for path in paths:
            requests[path] = (*requests.get(path, ()), alg)
    return requests


# --- the validator ------------------------------------------------------------------------------------


def validate_bag(
    target: Path, options: BagOptions = BagOptions()
) -> tuple[Report, BagView | None, BagReader | None]:
    """Validate a bag folder or a serialized bag (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .zip) in place.

    Returns the report, the parsed view of the bag (None if no bag was found) and a reader over its
    files for the profile and own-package checks.
    """
    full = not (options.fast or options.completeness_only)
    opened = open_source(Path(target))
    if isinstance(opened, Finding):
        report = Report(target=str(target), kind="bag", fixity_checked=full)
        report.findings.append(opened)
        return report, None, None
    source = opened
    report = Report(target=str(target), kind=source.kind, fixity_checked=full)
    try:
        listing = source.scan(speculate=full)
        report.extend(listing.findings)
        if not listing.usable:
            source.close()
            return report, None, None
        view = _Validation(source, listing, options, report).run()
    except BaseException:
        source.close()
        raise
    return report, view, source.read  # the bound method: run.opener_of finds the source's streaming open


class _Validation:
    """One run over one listed bag: parse the tag files, cross-check, hash, compare."""

    def __init__(self, source: BagSource, listing: Listing, options: BagOptions, report: Report) -> None:
        self.source = source
        self.listing = listing
        self.options = options
        self.report = report
        self.full = not (options.fast or options.completeness_only)
        self.version = V10  # the declared version, once bagit.txt is read
        files = listing.files
        self.tags = {p: s for p, s in files.items() if not p.startswith("data/")}
        self.payload = {p: s for p, s in files.items() if p not in self.tags} if self.tags else dict(files)

    def _read_tag(self, name: str) -> bytes | None:
        size = self.listing.files.get(name)
        if size is None:
            return None
        if size > TAG_FILE_LIMIT:
            self.report.findings.append(
                finding(
                    "BAG-TAGFILE-TOO-LARGE", show(name), f"{size} bytes; not read (limit {TAG_FILE_LIMIT})"
                )
            )
            return None
        try:
            data = self.source.read(name, TAG_FILE_LIMIT + 1)
        except READ_ERRORS as exc:
            self.report.findings.append(
                finding("BAG-FILE-UNREADABLE", show(name), str(exc) or type(exc).__name__)
            )
            return None
        if len(data) > TAG_FILE_LIMIT:
            self.report.findings.append(
                finding("BAG-TAGFILE-TOO-LARGE", show(name), f"over {TAG_FILE_LIMIT} bytes; not read")
            )
            return None
        if size < 0:  # now known: lets hash_files hand a large manifest to a thread from the start
            self.listing.files[name] = len(data)
        return data

    def _lines(self, name: str, codec: str) -> list[str] | None:
        raw = self._read_tag(name)
        if raw is None:
            return None
        lines, found = decode_tag_file(raw, name, codec, self.version)
        self.report.extend(found)
        return lines

    def run(self) -> BagView:
        report, listing = self.report, self.listing
        # bagit.txt
        raw = self._read_tag("bagit.txt")
        if raw is None:
            if "bagit.txt" not in listing.files:
                report.findings.append(
                    finding("BAG-DECLARATION-MISSING", "bagit.txt", "the bag has no bagit.txt")
                )
            declaration = Declaration(None, None)
        else:
            declaration, found = parse_declaration(raw)
            report.extend(found)
        version, codec = declaration.version_info, declaration.codec
        self.version = version
        if "data" not in listing.dirs:
            report.findings.append(finding("BAG-PAYLOAD-DIR-MISSING", "data", "the bag has no data/ folder"))
        # manifests
        payload_manifests, tag_manifests = self._manifests(version, codec)
        # bag-info.txt (package-info.txt before 0.96) and fetch.txt
        info_name = self._info_name(version)
        bag_info: list[tuple[str, str]] = []
        info_lines = self._lines(info_name, codec)
        if info_lines is not None:
            bag_info, found = parse_bag_info(info_lines, version, info_name)
            report.extend(found)
            report.extend(check_bag_info(bag_info, info_name, version))
        fetch: list[FetchEntry] = []
        fetch_lines = self._lines("fetch.txt", codec)
        if fetch_lines is not None:
            fetch, found = parse_fetch(fetch_lines, "fetch.txt", version)
            report.extend(found)
        # names
        report.extend(name_clashes([*listing.files, *listing.dirs]))
        # completeness
        completeness = not self.options.fast
        payload_match = Matched()
        if completeness and payload_manifests:
            top_tags = {p: n for p, n in self.tags.items() if "/" not in p} if version < V095 else None
            payload_match, found = check_payload(
                payload_manifests, self.payload, listing.dirs, (e.path for e in fetch), version, top_tags
            )
            report.extend(found)
        tag_match, found = check_tag_manifests(
            tag_manifests,
            (m.name for m in payload_manifests),
            self.tags,
            listing.dirs,
            version,
            completeness=completeness,
        )
        report.extend(found)
        if completeness:
            report.extend(check_fetch(fetch, payload_manifests, self.payload))
        # checksums (in full mode the sizes come from these reads: the scan skipped stat)
        if self.full:
            self._fixity(payload_manifests, payload_match, tag_manifests, tag_match)
        self.source.fill_sizes()
        self.payload = {p: listing.files[p] for p in self.payload}
        # Payload-Oxum: the shortcut in fast mode; in full mode checked as well, never instead
        # before 1.0 Payload-Oxum may be repeated with the same value (0.97 §2.2.2: any element MAY be)
        oxum = payload_oxum(bag_info if version >= V10 else list(dict.fromkeys(_lower_labels(bag_info))))
        if oxum is not None:
            unfetched = [e for e in fetch if not _is_present(e, self.payload)]
            report.extend(check_oxum(oxum, self.payload, unfetched, info_name))
        elif self.options.fast and not any(k.lower() == "payload-oxum" for k, _ in bag_info):
            report.findings.append(
                finding(
                    "BAG-FAST-UNCHECKED",
                    info_name,
                    "no Payload-Oxum: fast validation checked no payload; validate without --fast",
                )
            )
        report.stats.update(
            files=len(self.payload),
            bytes=sum(self.payload.values()),
            tag_files=len(self.tags),
            manifests=len(payload_manifests),
            tag_manifests=len(tag_manifests),
        )
        return BagView(
            name=listing.name,
            bagit_version=declaration.version,
            tag_encoding=declaration.encoding,
            bag_info=tuple(bag_info),
            manifest_algorithms=tuple(m.algorithm for m in payload_manifests),
            tagmanifest_algorithms=tuple(m.algorithm for m in tag_manifests),
            payload_files=tuple(sorted(self.payload)),
            tag_files=tuple(sorted(self.tags)),
            manifests={m.algorithm: m.entries for m in payload_manifests},
            has_fetch="fetch.txt" in listing.files,
            serialization=self.source.serialization,
        )

    def _info_name(self, version: tuple[int, int]) -> str:
        """The metadata tag file: package-info.txt in 0.93 to 0.95 (drafts -00 §3, -01 and -02 §7),
        bag-info.txt from 0.96 (draft-03 §7, renamed as appendix A.4 of draft-07 records). A pre-0.96
        bag that has only a bag-info.txt is read from it, as its writer meant."""
        if version < V096 and "package-info.txt" in self.listing.files:
            return "package-info.txt"
        return "bag-info.txt"

    def _manifests(self, version: tuple[int, int], codec: str) -> tuple[list[Manifest], list[Manifest]]:
        payload: list[Manifest] = []
        tag: list[Manifest] = []
        for name in sorted(self.tags):
            if "/" in name:
                continue
            out = _Sink()
            parsed = manifest_algorithm(name, out)
            self.report.extend(out.close())
            if parsed is None:
                continue
            algorithm, hash_name, is_tag = parsed
            manifest = Manifest(name, algorithm, hash_name, is_tag)
            lines = self._lines(name, codec)
            if lines is not None:
                self.report.extend(parse_manifest(manifest, lines, version))
            (tag if is_tag else payload).append(manifest)
        if not payload:
            self.report.findings.append(
                finding("BAG-MANIFEST-MISSING", None, "no manifest-<algorithm>.txt in the bag's top folder")
            )
        elif self.full and all(m.hash_name is None for m in payload):
            self.report.findings.append(
                finding(
                    "BAG-NO-VERIFIABLE-MANIFEST", None, "no payload manifest uses an algorithm we can compute"
                )
            )
        return payload, tag

    def _fixity(
        self,
        payload_manifests: Sequence[Manifest],
        payload_match: Matched,
        tag_manifests: Sequence[Manifest],
        tag_match: Matched,
    ) -> None:
        """Hash every listed file once, with every algorithm any manifest wants for it, then compare."""
        wanted: list[tuple[str, Iterable[str]]] = []
        for manifests, matched in ((payload_manifests, payload_match), (tag_manifests, tag_match)):
            for manifest in manifests:
                if manifest.hash_name is not None:
                    wanted.append((manifest.hash_name, matched.files.get(manifest.name, {}).values()))
        jobs = self.options.jobs or os.cpu_count() or 1
        results = self.source.hash_files(hash_requests(wanted), jobs)
        files = self.listing.files
        for path, size in results.sizes.items():
            files[path] = size
        self.report.extend(compare_checksums(payload_manifests, payload_match, results, tag=False))
        self.report.extend(compare_checksums(tag_manifests, tag_match, results, tag=True))
