"""What a tar and a zip reader share: the members that pass the safety rules, the one top-level folder
that is the bag, and the bag-relative listing made from them (BagIt 0.97 §4, RFC 8493 §5.1).

An archive is never extracted: a member is read only through the archive library, and only if its name
is safe (:func:`archiver.formats.safety.escape_problem`) and it is a plain file. Links, devices, unsafe
names and duplicates are reported and skipped. The forms themselves are read by :mod:`.tar` and :mod:`.zip`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from archiver.formats.bagit.readers import base
from archiver.formats.bagit.readers.base import BagFileReader, show
from archiver.formats.safety import escape_problem
from archiver.validation.findings import finding

__all__ = ["ArchiveReader", "Member", "archive_stem", "member_segments"]

#: The extension a serialized bag's name loses to give its bag folder's name. A bag read by its content
#: under another format's extension (bag.warc) is compared without that one too: the misnaming is
#: reported once, as TARGET-NAME-MISMATCH.
_STEM_RE = re.compile(
    r"\.(tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar|zip|warc\.gz|warc|arc\.gz|arc|wacz)$", re.IGNORECASE
)


@dataclass
class Member:
    """One archive member that passed the safety rules: its name and segments, size and kind."""

    name: str  # as stored (for findings about the archive itself)
    segments: list[str]
    size: int
    is_dir: bool
    ref: object = None  # the library's own handle (TarInfo, ZipInfo)


class ArchiveReader(BagFileReader):
    """Shared by tar and zip: member safety, the single top-level folder, the bag-relative listing."""

    kind = "serialized-bag"
    prefix = "TAR"

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.members: dict[str, Member] = {}  # bag-relative path -> member (files only)

    def _admit(self, name: str, size: int, *, is_dir: bool, ref: object, seen: dict[str, Member]) -> bool:
        """Check one plain-file or folder member; record it unless refused. True if it may be read."""
        problem = escape_problem(name)
        if problem is not None:
            self.listing.findings.append(
                finding(f"{self.prefix}-MEMBER-UNSAFE", show(name), f"member name {problem}; not read")
            )
            return False
        segments = member_segments(name)
        if not segments:
            return False  # the archive's own root folder ('./')
        key = "/".join(segments)
        if key in seen and not (is_dir and seen[key].is_dir):
            self.listing.findings.append(
                finding(f"{self.prefix}-MEMBER-DUPLICATE", show(name), "this name appears more than once")
            )
        seen[key] = Member(name, segments, size, is_dir, ref)
        return True

    def _place(self, seen: dict[str, Member]) -> None:
        """Find the bag folder (the one top-level folder) and list members relative to it."""
        listing = self.listing
        code = f"{self.prefix}-ROOT"
        top_dirs: set[str] = set()
        top_files: list[str] = []
        for key, member in seen.items():
            if len(member.segments) > 1 or member.is_dir:
                top_dirs.add(member.segments[0])
            else:
                top_files.append(key)
        root: str | None
        if len(top_dirs) == 1 and not top_files:
            root = next(iter(top_dirs))
        elif "bagit.txt" in top_files:
            root = ""
            listing.findings.append(
                finding(code, None, "bagit.txt is at the top of the archive: it was made from inside the bag")
            )
        elif len(top_dirs) == 1:
            root = next(iter(top_dirs))
            listing.findings.append(
                finding(
                    code, None, f"files beside the bag folder (ignored): {', '.join(sorted(top_files)[:5])}"
                )
            )
        else:
            holders = sorted(d for d in top_dirs if f"{d}/bagit.txt" in seen)
            root = holders[0] if len(holders) == 1 else None
            names = ", ".join(sorted(top_dirs)[:5]) or "none"
            listing.findings.append(
                finding(code, None, f"{len(top_dirs)} top-level folders ({names}), expected exactly one")
            )
        if root is None:
            listing.usable = False
            return
        listing.name = root or archive_stem(self.target)
        if root and root != archive_stem(self.target):
            listing.findings.append(
                finding(
                    f"{self.prefix}-ROOT-NAME",
                    show(root),
                    f"bag folder {root!r} differs from the archive name {archive_stem(self.target)!r}",
                )
            )
        skip = 1 if root else 0
        for member in seen.values():
            if root and member.segments[0] != root:
                continue
            rel = "/".join(member.segments[skip:])
            if not rel:
                continue
            parents = member.segments[skip:-1]
            for depth in range(1, len(parents) + 1):
                listing.dirs.add("/".join(parents[:depth]))
            if member.is_dir:
                listing.dirs.add(rel)
            else:
                listing.files[rel] = member.size
                self.members[rel] = member

    def _member(self, path: str) -> Member:
        member = self.members.get(path)
        if member is None:
            raise KeyError(path)
        return member

    def read(self, path: str, limit: int) -> bytes:
        data = self._read_whole(path) if self._member(path).size <= limit else self._read_prefix(path, limit)
        return data[:limit]

    def _read_prefix(self, path: str, limit: int) -> bytes:
        with self._open_reader(path) as readinto:
            parts: list[bytes] = []
            got = 0
            view = memoryview(bytearray(min(base.CHUNK, max(limit, 1))))
            while got < limit and (n := readinto(view[: min(len(view), limit - got)])):
                parts.append(bytes(view[:n]))
                got += n
            return b"".join(parts)


def member_segments(name: str) -> list[str]:
    """A safe member name as segments, without '.' and empty ones ('./bag/x', 'bag//x', 'bag/' -> ...)."""
    return [s for s in name.split("/") if s not in ("", ".")]


def archive_stem(path: Path) -> str:
    """The name a serialized bag's folder is expected to have: the archive's name without its extension."""
    return _STEM_RE.sub("", path.name)
