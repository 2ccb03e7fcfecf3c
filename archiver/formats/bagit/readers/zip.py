"""A zip reader: the central directory checked first (names, kinds, encryption, expansion ratios,
overlapping members), then members read in place, never extracted (APPNOTE 6.3; RFC 8493 §5.1).

Why a module of its own: a zip is the one form whose whole member list is known before any byte is read,
so every member is judged up front (:mod:`archiver.formats.safety`) and then opened by name.
"""

from __future__ import annotations

import contextlib
import io
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from archiver.fixity import Readinto
from archiver.formats.bagit.readers.archive import ArchiveReader, Member
from archiver.formats.bagit.readers.base import Listing, error_text, show
from archiver.formats.safety import expands_too_far, overlapping_zip_members, zip_kind_problem
from archiver.validation.findings import finding

__all__ = ["ZipReader"]


class ZipReader(ArchiveReader):
    """A zip file: central directory checked first (names, types, ratios, overlaps), members read in place."""

    prefix = "ZIP"
    serialization = "application/zip"

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self._zip: zipfile.ZipFile | None = None
        self._lock = threading.Lock()

    def _zipfile(self) -> zipfile.ZipFile:
        with self._lock:
            if self._zip is None:
                self._zip = zipfile.ZipFile(self.target)
            return self._zip

    def scan(self, *, speculate: bool) -> Listing:
        try:
            infos = self._zipfile().infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            self.listing.findings.append(
                finding("ZIP-CORRUPT", None, f"cannot read the zip: {error_text(exc)}")
            )
            self.listing.usable = False
            return self.listing
        overlapping = overlapping_zip_members(infos)
        seen: dict[str, Member] = {}
        for info in infos:
            problem = self._zip_problem(info, overlapping)
            if problem is not None:
                self.listing.findings.append(
                    finding(f"ZIP-{problem[0]}", show(info.orig_filename), problem[1])
                )
                continue
            self._admit(info.orig_filename, info.file_size, is_dir=info.is_dir(), ref=info, seen=seen)
        if not seen:
            self.listing.findings.append(finding("ZIP-ROOT", None, "the zip holds no readable member"))
            self.listing.usable = False
            return self.listing
        self._place(seen)
        return self.listing

    @staticmethod
    def _zip_problem(info: zipfile.ZipInfo, overlapping: set[int]) -> tuple[str, str] | None:
        kind = zip_kind_problem(info)
        if kind is not None:
            return kind
        if info.flag_bits & 0x1:
            return "ENCRYPTED", "encrypted member; not read"
        if id(info) in overlapping:
            return "BOMB", "member data overlaps another member's; not read"
        if expands_too_far(info.file_size, info.compress_size):
            return "BOMB", f"{info.file_size} bytes from {info.compress_size} compressed; not read"
        return None

    def _read_whole(self, path: str) -> bytes:
        info = self._member(path).ref
        assert isinstance(info, zipfile.ZipInfo)
        with self._zipfile().open(info) as fh:
            return fh.read()

    @contextlib.contextmanager
    def _open_reader(self, path: str) -> Iterator[Readinto]:
        info = self._member(path).ref
        assert isinstance(info, zipfile.ZipInfo)
        with self._zipfile().open(info) as fh:
            yield cast(io.BufferedIOBase, fh).readinto

    def close(self) -> None:
        with self._lock:
            if self._zip is not None:
                self._zip.close()
                self._zip = None
