"""A bag folder on disk, read in place; nothing outside it is ever opened (RFC 8493 §5.1).

The folder is walked with ``os.scandir`` without following symlinks. A symlink is resolved *lexically*
(:func:`archiver.formats.safety.lexical_target`) against what the walk found; one that points outside the
bag (or at nothing the walk found) is reported and never opened, one that points at a file inside the bag
is read as that file, with a warning. Devices, FIFOs and sockets are reported and never opened (opening a
FIFO would block forever).

Why a module of its own: a folder is the one form read file by file, with its own hot loop for many
small files (:meth:`FolderReader._hash_group`), and the only one that may fork a helper to share it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from archiver.fixity import Readinto
from archiver.formats.bagit.readers import base
from archiver.formats.bagit.readers.base import (
    HASHERS,
    BagFileReader,
    Hasher,
    HashResults,
    Listing,
    error_text,
    show,
)
from archiver.formats.safety import lexical_target
from archiver.validation.findings import finding

__all__ = ["FolderReader"]


class FolderReader(BagFileReader):
    """A bag folder on disk; nothing outside it is ever opened (see the module docstring)."""

    can_fork = True

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.root = os.fspath(target)
        self._links: dict[str, str] = {}  # symlink path -> the in-bag file it points at

    @property
    def links(self) -> Mapping[str, str]:
        """The symlinks the scan read as files of the bag: link path -> the in-bag file it is read as.

        For readers built on this one that read files their own way (ingest's, in
        :mod:`archiver.repository.intake`): such a path must be read through its target, never opened
        itself, and ingest refuses it (an OCFL object holds no links). Filled by :meth:`scan`.
        """
        return self._links

    def scan(self, *, speculate: bool) -> Listing:
        listing = self.listing = Listing(name=os.path.basename(os.path.abspath(self.root)))
        links: dict[str, str] = {}
        files = listing.files
        stack = [("", self.root)]
        while stack:
            rel, full = stack.pop()
            try:
                entries = list(os.scandir(full))
            except OSError as exc:
                listing.findings.append(
                    finding("BAG-FILE-UNREADABLE", rel.rstrip("/") or None, error_text(exc))
                )
                continue
            for entry in entries:
                path = rel + entry.name
                try:
                    if entry.is_file(follow_symlinks=False):
                        files[path] = -1 if speculate else entry.stat(follow_symlinks=False).st_size
                    elif entry.is_dir(follow_symlinks=False):
                        listing.dirs.add(path)
                        stack.append((path + "/", entry.path))
                    elif entry.is_symlink():
                        links[path] = os.readlink(entry.path)
                    else:
                        listing.findings.append(
                            finding("BAG-SPECIAL-FILE", show(path), "a device, FIFO or socket; not opened")
                        )
                except OSError as exc:
                    listing.findings.append(finding("BAG-FILE-UNREADABLE", show(path), error_text(exc)))
        self._resolve_links(links)
        return listing

    def _resolve_links(self, links: dict[str, str]) -> None:
        """Resolve symlinks lexically against the walk, so nothing outside the bag is ever touched."""
        listing = self.listing
        for path in sorted(links):
            current, target, hops = path, links[path], 0
            while True:
                resolved = lexical_target(current, target)
                if resolved is None or resolved in listing.dirs or hops > 40:
                    why = "points outside the bag" if resolved is None else "points at a folder or loops"
                    if resolved in listing.dirs:
                        listing.findings.append(
                            finding("BAG-SYMLINK", show(path), f"-> {links[path]!r}: {why}; not followed")
                        )
                    else:
                        listing.findings.append(
                            finding(
                                "BAG-SYMLINK-OUTSIDE", show(path), f"-> {links[path]!r} {why}; not followed"
                            )
                        )
                    break
                if resolved in links:
                    current, target, hops = resolved, links[resolved], hops + 1
                    continue
                if resolved in listing.files:
                    self._links[path] = resolved
                    listing.files[path] = listing.files[resolved]
                    listing.findings.append(
                        finding("BAG-SYMLINK", show(path), f"-> {links[path]!r}: read as {show(resolved)}")
                    )
                else:
                    listing.findings.append(
                        finding(
                            "BAG-SYMLINK-OUTSIDE",
                            show(path),
                            f"-> {links[path]!r} points at nothing inside the bag; not followed",
                        )
                    )
                break

    def _full(self, path: str) -> tuple[str, int]:
        if path not in self.listing.files:
            raise KeyError(path)
        real = self._links.get(path)
        if real is not None:
            return os.path.join(self.root, real), os.O_RDONLY
        return os.path.join(self.root, path), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)

    def read(self, path: str, limit: int) -> bytes:
        full, flags = self._full(path)
        fd = os.open(full, flags)
        try:
            parts = []
            while limit > 0 and (chunk := os.read(fd, min(limit, base.CHUNK))):
                parts.append(chunk)
                limit -= len(chunk)
            return b"".join(parts)
        finally:
            os.close(fd)

    def fill_sizes(self) -> None:
        files = self.listing.files
        for path, size in files.items():
            if size < 0:
                full, _flags = self._full(path)
                try:
                    files[path] = os.lstat(full).st_size
                except OSError:
                    files[path] = 0

    def _hash_small_batch(
        self,
        items: list[tuple[str, tuple[str, ...]]],
        results: HashResults,
        deferred: list[tuple[int, str, tuple[str, ...]]],
    ) -> None:
        """The hot loop for many small files: no pathlib, no file objects, no stat, one read per file.

        Sizes may be unknown here (the scan skipped ``stat`` when hashing follows): a first read of
        SMALL_READ bytes that comes back short is the whole file; a full one means a larger file, which
        is finished here if below SMALL_FILE and otherwise handed to the thread pool.
        """
        groups: dict[tuple[str, ...], list[str]] = {}
        if items and all(algs is items[0][1] for _p, algs in items):
            groups[items[0][1]] = [p for p, _algs in items]  # the usual case: one table for every file
        else:
            for path, algs in items:
                groups.setdefault(algs, []).append(path)
        for algs, paths in groups.items():
            hashers = [(HASHERS[alg], results.digests.setdefault(alg, {})) for alg in algs]
            self._hash_group(paths, algs, hashers, results, deferred)

    def _hash_group(
        self,
        paths: list[str],
        algs: tuple[str, ...],
        hashers: list[tuple[Callable[..., Hasher], dict[str, str]]],
        results: HashResults,
        deferred: list[tuple[int, str, tuple[str, ...]]],
    ) -> None:
        """Files wanting the same algorithms; written for speed (local names, one read, no stat)."""
        root = self.root + os.sep
        links = self._links
        sizes, errors = results.sizes, results.errors
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        os_open, os_read, os_close = os.open, os.read, os.close
        small_read, small_file = base.SMALL_READ, base.SMALL_FILE
        two = len(hashers) == 2
        (ctor1, table1), (ctor2, table2) = hashers if two else [(HASHERS["md5"], {})] * 2
        for path in paths:
            real = links.get(path) if links else None
            try:
                fd = os_open(root + path, flags) if real is None else os_open(root + real, os.O_RDONLY)
                try:
                    data = os_read(fd, small_read)
                    if len(data) == small_read:
                        size = os.fstat(fd).st_size
                        if size >= small_file:
                            deferred.append((size, path, algs))
                            continue
                        data = _read_all(fd, data)
                finally:
                    os_close(fd)
            except OSError as exc:
                errors[path] = error_text(exc)
                continue
            sizes[path] = len(data)
            if two:  # the usual pair (sha256 + sha512), unrolled: this loop runs once per file
                table1[path] = ctor1(data).hexdigest()
                table2[path] = ctor2(data).hexdigest()
                continue
            for ctor, table in hashers:
                table[path] = ctor(data).hexdigest()

    def _read_whole(self, path: str) -> bytes:  # pragma: no cover - _hash_small_batch is overridden
        return self.read(path, 1 << 62)

    @contextlib.contextmanager
    def _open_reader(self, path: str) -> Iterator[Readinto]:
        full, flags = self._full(path)
        with open(os.open(full, flags), "rb", buffering=0) as fh:
            yield fh.readinto

    @contextlib.contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        full, flags = self._full(path)
        with open(os.open(full, flags), "rb", buffering=base.CHUNK) as fh:
            yield fh


def _read_all(fd: int, first: bytes) -> bytes:
    """``first`` and the rest of an open file, to its end."""
    parts = [first]
    while chunk := os.read(fd, base.CHUNK):
        parts.append(chunk)
    return b"".join(parts)
