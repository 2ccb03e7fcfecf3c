"""bagit.txt and the text of every tag file (RFC 8493 §2.1.1, §2.3): the declaration says which version
and encoding the bag is, and so how every other tag file is read and judged.

Why these two together: a tag file's lines come out of :func:`decode_tag_file` with the codec and version
:func:`parse_declaration` found, and the version numbers here key every pre-1.0 rule of the other rule
modules (:mod:`.manifests`, :mod:`.baginfo`). Pure functions over bytes and strings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from archiver.formats.bagit.codes import sink
from archiver.validation.findings import Finding

__all__ = [
    "KNOWN_VERSIONS",
    "MAX_LINE",
    "V095",
    "V096",
    "V10",
    "Declaration",
    "decode_tag_file",
    "parse_declaration",
    "split_lines",
]

KNOWN_VERSIONS = ("0.93", "0.94", "0.95", "0.96", "0.97", "1.0")
#: Longest tag-file line accepted, in characters; a longer one stops the reading of its file.
MAX_LINE = 1024 * 1024
#: Versions as numbers: each pre-1.0 rule is keyed to the version that had it.
V095, V096, V10 = (0, 95), (0, 96), (1, 0)

_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")
_VERSION_RE = re.compile(r"(\d+)\.(\d+)")
_CHARSET_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$%&'+\-^_`{}~.:()]{0,39}")


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
    out = sink()
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
    out = sink()
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
