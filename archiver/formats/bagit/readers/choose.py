"""The reader for a target: a folder, or the archive reader its content calls for, never its name alone.

Why a module of its own: it is the one place that knows every reader, so a caller that only needs a
folder (:mod:`archiver.repository.intake`) or only the shared types loads no archive reader through it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from archiver.formats.bagit.readers.base import BagFileReader, error_text
from archiver.formats.bagit.readers.folder import FolderReader
from archiver.formats.bagit.readers.tar import StreamTarReader, TarReader
from archiver.formats.bagit.readers.zip import ZipReader
from archiver.formats.detect import sniff
from archiver.validation.findings import Finding, finding

__all__ = ["open_reader"]


#: The archive reader for each content form :func:`archiver.formats.detect.sniff` finds.
_READERS: dict[str, Callable[[Path], BagFileReader]] = {
    "tar": TarReader,
    "tar.gz": lambda target: StreamTarReader(target, "gz"),
    "tar.bz2": lambda target: StreamTarReader(target, "bz2"),
    "tar.xz": lambda target: StreamTarReader(target, "xz"),
    "zip": ZipReader,
    "zip?": ZipReader,
    "wacz": ZipReader,
}


def open_reader(target: Path, form: str | None = None) -> BagFileReader | Finding:
    """The reader for a target: a folder, or the reader the archive's content calls for, never its name.

    ``form`` is what :func:`archiver.formats.detect.sniff` found, when the caller already knows it; it
    is found here otherwise. Content that was not recognised as a tar or zip goes by its signature alone
    (gzip RFC 1952, bzip2, xz, zip APPNOTE §4.3.7, ustar magic), so that a damaged archive is reported as
    damaged (TAR-CORRUPT, ZIP-CORRUPT) rather than as no archive at all.
    """
    try:
        st = os.stat(target)
    except OSError as exc:
        return finding("BAG-TARGET-UNREADABLE", None, f"{target}: {error_text(exc)}")
    if stat.S_ISDIR(st.st_mode):
        return FolderReader(target)
    if not stat.S_ISREG(st.st_mode):
        return finding("BAG-TARGET-UNREADABLE", None, f"{target} is neither a folder nor a file")
    reader = _READERS.get(form or sniff(target) or "")
    if reader is not None:
        return reader(target)
    try:
        with open(target, "rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        return finding("BAG-TARGET-UNREADABLE", None, f"{target}: {error_text(exc)}")
    if head.startswith(b"\x1f\x8b"):
        return StreamTarReader(target, "gz")
    if head.startswith(b"BZh"):
        return StreamTarReader(target, "bz2")
    if head.startswith(b"\xfd7zXZ\x00"):
        return StreamTarReader(target, "xz")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZipReader(target)
    if len(head) == 512 and head[257:262] == b"ustar":
        return TarReader(target)
    return finding(
        "BAG-TARGET-UNREADABLE", None, f"{target} is not a folder, tar, tar.gz, tar.bz2, tar.xz or zip file"
    )
