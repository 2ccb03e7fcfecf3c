"""The safety rules every reader of untrusted files follows: no name that leaves its folder, no link
followed out of a bag, no member that is not a plain file, no decompression bomb.

Why one module: a bag, a serialized bag, a WACZ and a gzipped WARC are all read from files anyone may have
made, and each reader needs the same few answers (could this name land outside the folder it is unpacked
into? where does this symlink really point? is this expansion absurd?). Written once, the rules cannot
drift apart between readers, and a change of one rule reaches every reader. The readers keep their own
finding codes and wording around the reason given here (RFC 8493 §5.1 for bags, WACZ 1.1.1 for its zip).

Nothing here reads a file: the rules are pure functions over names, sizes and archive headers.
"""

from __future__ import annotations

import itertools
import posixpath
import re
import stat
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # tarfile and zipfile are loaded by the readers that meet such archives
    import tarfile
    import zipfile

__all__ = [
    "BOMB_MIN_BYTES",
    "BOMB_RATIO",
    "DRIVE_RE",
    "escape_problem",
    "expands_too_far",
    "lexical_target",
    "overlapping_zip_members",
    "tar_kind_problem",
    "zip_kind_problem",
]

#: A drive letter at the start of a name (``C:``): absolute on Windows whatever follows it.
DRIVE_RE = re.compile(r"[A-Za-z]:")

#: Decompression bomb guard: more than BOMB_RATIO bytes out per byte in, once BOMB_MIN_BYTES are out.
#: Deflate cannot expand more than about 1032-fold, so honest data never reaches the ratio; the floor
#: keeps small, highly repetitive files (a log of zeros) from being refused. Module constants, read at
#: each call, so that tests can lower them.
BOMB_RATIO = 1000
BOMB_MIN_BYTES = 64 * 1024 * 1024


def escape_problem(name: str, *, home: bool = False) -> str | None:
    """Why a relative name could reach outside the folder it is read or unpacked in, on a POSIX or
    Windows system, or None if it cannot: a NUL (C tools end the name there), a backslash (a separator on
    Windows; ``\\\\?\\`` and UNC names start so), an absolute name, a drive letter, a ``..`` segment.

    ``home``: a leading ``~`` too (a home folder to a shell; RFC 8493 §5.1 names it for bag paths).
    The reason reads after the name: "``x`` contains a NUL character".
    """
    if "\x00" in name:
        return "contains a NUL character"
    if "\\" in name:
        return "contains a backslash, a path separator on Windows"
    if name.startswith("/"):
        return "is absolute"
    if home and name.startswith("~"):
        return "starts with '~' (a home folder)"
    if DRIVE_RE.match(name):
        return "starts with a drive letter"
    if ".." in name.split("/"):
        return "has a '..' segment"
    return None


def lexical_target(link_path: str, target: str) -> str | None:
    """The folder-relative path a symlink at ``link_path`` names, resolved on the names alone (nothing on
    disk is touched), or None if it leaves the folder: an absolute target, a backslash or drive letter,
    or more ``..`` than there are folders above the link."""
    if target.startswith("/") or "\\" in target or DRIVE_RE.match(target):
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(link_path), target))
    if joined == ".." or joined.startswith("../") or joined in (".", ""):
        return None
    return joined


def expands_too_far(produced: int, consumed: int) -> bool:
    """Whether ``produced`` decompressed bytes from ``consumed`` compressed ones is a decompression bomb."""
    return produced > BOMB_MIN_BYTES and produced > BOMB_RATIO * max(consumed, 1)


def tar_kind_problem(info: tarfile.TarInfo) -> tuple[str, str] | None:
    """(``MEMBER-LINK`` or ``MEMBER-SPECIAL``, why) for a tar member that is not a plain file or folder:
    a link would be followed out of the archive, a device or FIFO would be opened."""
    if info.issym() or info.islnk():
        kind = "symbolic" if info.issym() else "hard"
        return "MEMBER-LINK", f"{kind} link to {info.linkname!r}; not followed"
    if info.issparse():
        return "MEMBER-SPECIAL", "sparse file; not read"
    if info.isreg() or info.isdir():
        return None
    return "MEMBER-SPECIAL", "device, FIFO or other special member; not read"


def zip_kind_problem(info: zipfile.ZipInfo) -> tuple[str, str] | None:
    """(``MEMBER-LINK`` or ``MEMBER-SPECIAL``, why) for a zip member whose Unix mode (made on Unix,
    APPNOTE §4.4.2) is a symlink, device, FIFO or socket rather than a file or folder."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode) if info.create_system == 3 else 0
    if kind == stat.S_IFLNK:
        return "MEMBER-LINK", "symbolic link; not followed"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "MEMBER-SPECIAL", "device, FIFO or socket; not read"
    return None


def overlapping_zip_members(infos: Sequence[zipfile.ZipInfo]) -> set[int]:
    """``id()`` of members whose data would run into the next member's local header (the 'overlapping'
    zip bomb, where many central-directory entries share one compressed stream)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    bad: set[int] = set()
    for this, following in itertools.pairwise(ordered):
        if this.header_offset + 30 + this.compress_size > following.header_offset:
            bad.add(id(this))
            bad.add(id(following))
    return bad
