"""What a target is, found from its content: the validator that reads it never depends on its name alone.

Files reach an archive renamed, re-suffixed or without any suffix (warcio's own test data holds a gzipped
WARC named ``example-bad.warc.gz.bad``; py-wacz ships a gzipped WARC named ``.warc``). Judging by the name
would send such a file to the wrong reader, or to none. So a file is recognised by its leading bytes, as
each format defines them:

* ``WARC/`` at the start: a WARC record (WARC 1.1 §4); ``filedesc://``: an ARC file's version block, sent to
  the WARC validator, which names the format (WARC-NOT-WARC).
* gzip (RFC 1952 §2.3.1, ``1f 8b``), bzip2 (``BZh``) and xz (``fd 37 7a 58 5a 00``): the first bytes are
  inflated and looked at again: a WARC, an ARC or a tar header inside.
* A tar header (POSIX.1-2017 pax, ustar: the header checksum must match; GNU and v7 headers too).
* A zip (PKWARE APPNOTE 6.3.10 §4.3.7 local header ``PK 03 04``, or an empty zip's end record ``PK 05 06``):
  a WACZ when ``datapackage.json`` is at its root (WACZ 1.1.1), a serialized bag when ``bagit.txt`` is at
  its root or one folder down; a zip that shows neither (or whose central directory cannot be read) is
  what its name says, and a serialized bag when the name says neither.

Sniffing never follows hostile input: at most :data:`SNIFF_BYTES` are read for a plain or gzip/xz file,
at most :data:`BZIP2_BUDGET` for a bzip2 file (its first block must be read whole before any byte comes
out), and at most :data:`INFLATE_BYTES` are ever decompressed. When the content is not recognised, the
name decides as before; when name and content disagree, the content decides and the report says so
(``TARGET-NAME-MISMATCH``).

Why under ``formats``: it knows nothing but the formats' signatures and name endings, and both sides need it, the
dispatcher in :mod:`archiver.validation.run` (which validator reads a target) and the BagIt readers
(which archive reader opens a serialized bag, and what a tar header looks like).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from archiver.validation.findings import CodeInfo, Finding, Severity, finding, register

__all__ = [
    "ARCHIVE_SUFFIXES",
    "ARC_SUFFIXES",
    "KIND_OF_FORM",
    "SNIFF_BYTES",
    "WACZ_SUFFIXES",
    "WARC_SUFFIXES",
    "Detection",
    "describe",
    "detect_file",
    "detect_folder",
    "is_tar_header",
    "sniff",
]

#: Bytes read from the start of a file to recognise it (and fed to gzip or xz).
SNIFF_BYTES = 16 * 1024
#: Bytes of bzip2 input read at most: a bzip2 block (at most 900 kB before compression) is decoded only
#: once all of it has been read.
BZIP2_BUDGET = 1024 * 1024
#: Bytes decompressed at most: enough for a tar header, a WARC version line or an ARC version block.
INFLATE_BYTES = 4096

WARC_SUFFIXES = (".warc", ".warc.gz")
#: Legacy ARC files go to the WARC validator too, which names their format (WARC-NOT-WARC) instead of a
#: bare "unknown target".
ARC_SUFFIXES = (".arc", ".arc.gz")
WACZ_SUFFIXES = (".wacz",)
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".zip")

#: File name endings and the content form each one claims, longest first.
_NAMED_FORMS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc.gz"),
    (".arc.gz", "arc.gz"),
    (".tar.gz", "tar.gz"),
    (".tar.bz2", "tar.bz2"),
    (".tar.xz", "tar.xz"),
    (".warc", "warc"),
    (".arc", "arc"),
    (".wacz", "wacz"),
    (".tgz", "tar.gz"),
    (".tbz2", "tar.bz2"),
    (".txz", "tar.xz"),
    (".tar", "tar"),
    (".zip", "zip"),
)

#: Content form -> target kind (the validator that reads it).
KIND_OF_FORM = {
    "warc": "warc",
    "warc.gz": "warc",
    "arc": "warc",
    "arc.gz": "warc",
    "wacz": "wacz",
    "tar": "serialized-bag",
    "tar.gz": "serialized-bag",
    "tar.bz2": "serialized-bag",
    "tar.xz": "serialized-bag",
    "zip": "serialized-bag",
    "zip?": "serialized-bag",
}

_DESCRIBED = {
    "warc": "a WARC",
    "warc.gz": "a gzipped WARC",
    "arc": "an ARC file",
    "arc.gz": "a gzipped ARC file",
    "wacz": "a WACZ",
    "tar": "a tar",
    "tar.gz": "a gzip-compressed tar",
    "tar.bz2": "a bzip2-compressed tar",
    "tar.xz": "an xz-compressed tar",
    "zip": "a zip (serialized bag)",
    "zip?": "a zip that shows no sign of being a WACZ or a bag (read as a serialized bag)",
    "bag": "a bag folder",
    "ocfl-object": "an OCFL object",
    "ocfl-storage-root": "an OCFL storage root",
}

GZIP_MAGIC = b"\x1f\x8b"  # RFC 1952 §2.3.1: ID1, ID2
BZIP2_MAGIC = b"BZh"
XZ_MAGIC = b"\xfd7zXZ\x00"  # xz file format 1.1.0 §2.1.1.1
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # APPNOTE §4.3.7 local file header, §4.3.16 end of central dir
WARC_MAGIC = b"WARC/"  # WARC 1.1 §4: every record starts with its version line
ARC_MAGIC = b"filedesc://"  # ARC 1.0/1.1: the version block's URL record
TAR_BLOCK = 512

CODES = register(
    CodeInfo(
        "TARGET-NAME-MISMATCH",
        Severity.WARNING,
        "WARC 1.1 §4; RFC 1952 §2.3.1; PKWARE APPNOTE §4.3; POSIX.1-2017 ustar",
        "The target's name (its extension) disagrees with its content, or says nothing of it; it was "
        "validated by its content (WARC, ARC, gzip, bzip2, xz, tar or zip signature and what is inside).",
    ),
)


@dataclass(frozen=True)
class Detection:
    """What a target is by its content, and what its name claims.

    ``kind`` picks the validator; ``form`` is the content's format (``"warc.gz"``, ``"tar.xz"``,
    ``"wacz"``, ...), or None for a folder and for content that was not recognised (then the name
    decided); ``named`` is the form the name claims, None when it claims none.
    """

    target: Path
    kind: str | None
    form: str | None
    named: str | None
    folder: bool = False

    def mismatch(self) -> Finding | None:
        """The TARGET-NAME-MISMATCH warning when content decided against (or without) the name."""
        if self.kind is None:
            return None
        if self.folder:
            if self.named is None:
                return None
            said = f"says {_DESCRIBED[self.named]} ({_suffix_of(self.target.name)})"
            message = f"the name {said}, but it is a folder: {_DESCRIBED[self.kind]}; validated as such"
            return finding("TARGET-NAME-MISMATCH", None, message)
        if self.form is None or self.form == self.named:
            return None
        found = _DESCRIBED[self.form]
        if self.named is None:
            said = f"({self.target.name!r}) does not say what the file is"
        else:
            said = f"says {_DESCRIBED[self.named]} ({_suffix_of(self.target.name)})"
        message = f"the file's name {said}; its content is {found}; validated as {found}"
        return finding("TARGET-NAME-MISMATCH", None, message)


def named_form(name: str) -> str | None:
    """The content form a file name claims by its ending, or None."""
    lower = name.lower()
    for suffix, form in _NAMED_FORMS:
        if lower.endswith(suffix):
            return form
    return None


def _suffix_of(name: str) -> str:
    lower = name.lower()
    for suffix, _form in _NAMED_FORMS:
        if lower.endswith(suffix):
            return name[-len(suffix) :]
    return name


def detect_file(target: Path) -> Detection:
    """A file's kind: by its content when recognised, else by its name, else None (not a target)."""
    named = named_form(target.name)
    form = sniff(target)
    if form is None:
        kind = KIND_OF_FORM[named] if named is not None else None
        return Detection(target, kind, None, named)
    if form == "zip?" and named in ("wacz", "zip"):  # damaged, or neither: only its name can say which
        return Detection(target, KIND_OF_FORM[named], None, named)
    return Detection(target, KIND_OF_FORM[form], form, named)


def detect_folder(target: Path, kind: str) -> Detection:
    """A folder's detection: its kind comes from its content (see ``run._folder_kind``)."""
    return Detection(target, kind, None, named_form(target.name), folder=True)


def sniff(target: Path) -> str | None:
    """The content form of a file (see the module docstring), ``"zip?"`` for a zip whose central
    directory cannot be read, or None when the content is not recognised or cannot be read."""
    try:
        with open(target, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            if head.startswith(WARC_MAGIC):
                return "warc"
            if head.startswith(ARC_MAGIC):
                return "arc"
            if head.startswith(GZIP_MAGIC):
                inner = _inflate(head, fh, _gunzip, SNIFF_BYTES)
                return _inside(inner, {"warc": "warc.gz", "arc": "arc.gz", "tar": "tar.gz"})
            if head.startswith(BZIP2_MAGIC):
                inner = _inflate(head, fh, _bunzip, BZIP2_BUDGET)
                return _inside(inner, {"tar": "tar.bz2"})
            if head.startswith(XZ_MAGIC):
                inner = _inflate(head, fh, _unxz, SNIFF_BYTES)
                return _inside(inner, {"tar": "tar.xz"})
            if head.startswith(ZIP_MAGICS):
                return _zip_form(fh)
            if is_tar_header(head):
                return "tar"
    except OSError:
        return None
    return None


def _inside(data: bytes, forms: dict[str, str]) -> str | None:
    if data.startswith(WARC_MAGIC):
        return forms.get("warc")
    if data.startswith(ARC_MAGIC):
        return forms.get("arc")
    if is_tar_header(data):
        return forms.get("tar")
    return None


#: Decompress at most ``max_length`` bytes of output from ``data``; keeps its state between calls.
_Inflater = Callable[[bytes, int], bytes]


def _gunzip() -> _Inflater:
    # wbits 16 + MAX_WBITS: a gzip header and trailer (RFC 1952) around deflate data; only the first
    # member is inflated, which is where the first record or the first tar header is.
    return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress


# bz2, lzma and zipfile are imported where a file of their kind is met: archiver.validation.run loads this
# module for every validate, --help included, and start-up is measured (tests/test_cli.py lists what
# --help may load).


def _bunzip() -> _Inflater:
    import bz2

    return bz2.BZ2Decompressor().decompress


def _unxz() -> _Inflater:
    import lzma

    decompress = lzma.LZMADecompressor().decompress

    def inflate(data: bytes, max_length: int) -> bytes:
        try:
            return decompress(data, max_length)
        except lzma.LZMAError as exc:  # not a ValueError, unlike zlib's and bz2's complaints
            raise ValueError(str(exc)) from exc

    return inflate


def _inflate(head: bytes, fh: IO[bytes], make: Callable[[], _Inflater], budget: int) -> bytes:
    """The first (at most INFLATE_BYTES) decompressed bytes, reading at most ``budget`` compressed bytes."""
    inflate = make()
    out = b""
    taken = len(head)
    chunk = head
    try:
        while True:
            out += inflate(chunk, INFLATE_BYTES - len(out))
            if len(out) >= TAR_BLOCK or taken >= budget:
                return out
            chunk = fh.read(min(SNIFF_BYTES, budget - taken))
            if not chunk:
                return out
            taken += len(chunk)
    except (zlib.error, OSError, EOFError, ValueError):
        return out


def _zip_form(fh: IO[bytes]) -> str:
    """``"wacz"`` when ``datapackage.json`` is at the zip's root (WACZ 1.1.1), ``"zip"`` when a
    ``bagit.txt`` is at its root or one folder down (a serialized bag); ``"zip?"`` when the central
    directory (APPNOTE §4.3.12) cannot be read, or shows neither."""
    import zipfile

    try:
        with zipfile.ZipFile(fh) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return "zip?"
    if "datapackage.json" in names:
        return "wacz"
    if any(name.split("/")[-1] == "bagit.txt" and name.count("/") <= 1 for name in names):
        return "zip"
    return "zip?"


def is_tar_header(block: bytes) -> bool:
    """A tar header block: POSIX.1-2017 ustar, GNU or pre-POSIX (v7), told by its checksum field, the
    octal sum of the header's bytes with the checksum field counted as spaces (signed sums too, as some
    old writers computed them)."""
    if len(block) < TAR_BLOCK:
        return False
    header = block[:TAR_BLOCK]
    if not header.strip(b"\0"):
        return False  # a zero block: the end-of-archive marker, not a member
    digits = header[148:156].split(b"\0", 1)[0].strip()
    try:
        want = int(digits, 8)
    except ValueError:
        return False
    rest = header[:148] + b" " * 8 + header[156:]
    unsigned = sum(rest)
    signed = unsigned - 256 * sum(1 for b in rest if b > 127)
    return want in (unsigned, signed)


def describe(form_or_kind: str) -> str:
    return _DESCRIBED.get(form_or_kind, form_or_kind)
