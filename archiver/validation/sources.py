"""File access for bag validation: a bag folder, a tar (plain or compressed) or a zip, read in place.

Why a module of its own: the BagIt rules (:mod:`archiver.validation.bagit`) are pure functions over names,
sizes and bytes. Everything that touches a disk or an archive lives here, together with the safety rules
that keep a validator from ever reading outside the bag (RFC 8493 section 5.1):

* A folder is walked with ``os.scandir`` without following symlinks. A symlink is resolved *lexically*
  against what the walk found; one that points outside the bag (or at nothing the walk found) is reported
  and never opened, one that points at a file inside the bag is read as that file, with a warning.
  Devices, FIFOs and sockets are reported and never opened (opening a FIFO would block forever).
* An archive is never extracted: a member is read only through the archive library, in memory, and only
  if its name is safe and it is a plain file. Links, devices, names with ``..``, absolute names, drive
  letters and backslashes are reported and skipped. Expansion is watched (decompression bombs).

Hashing is tuned for the two shapes that matter (see ``bench/validate.py``):

* Many small files: one thread, ``os.open``/``os.read``/``os.close`` and a one-shot hash per algorithm,
  results kept in one table per algorithm. The folder walk skips ``stat`` when checksums follow (a short
  first read is the whole file, and its length is the size). Measured here, threads make this slower:
  below 2 KiB hashlib keeps the GIL, and every system call then hands the GIL between threads.
* Large files: each file is read once by :func:`archiver.fixity.hash_stream`, the routine the OCFL
  validator uses too: 1 MiB blocks into a small ring of reused buffers; the reading thread hashes the
  cheapest algorithm itself and every other algorithm gets a thread of its own fed with memoryviews of
  the same buffers (hashlib releases the GIL on large buffers), so sha256 + sha512 costs about what
  sha512 alone costs. Large files are also spread over ``jobs`` threads. Every source (folder, tar,
  compressed tar, zip) hands it a ``readinto`` callable, so no source copies or re-chunks the bytes.

A compressed tar cannot be re-read cheaply, so it is read in ONE streaming pass (:class:`StreamTarSource`):
tag files are kept in memory, and every large member is hashed as it streams with the algorithms the
manifests seen so far declare, or, when no manifest came before it, with the common ones (md5, sha1,
sha256, sha512). A second pass happens only for members that then still lack a declared algorithm.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import hashlib
import io
import itertools
import lzma
import os
import pickle
import posixpath
import re
import signal
import stat
import sys
import tarfile
import threading
import weakref
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO, Protocol, cast

from archiver.fixity import BAGIT_TO_HASHLIB, Readinto, hash_stream
from archiver.validation.detect import is_tar_header, sniff
from archiver.validation.findings import CodeInfo, Finding, Severity, finding, register

# --- limits (module constants so that tests can lower them) --------------------------------------------

CHUNK = 1024 * 1024
#: Files below this size are read whole and hashed in the calling thread.
SMALL_FILE = 256 * 1024
#: First read of a file of unknown size; a shorter answer is the whole file.
SMALL_READ = 64 * 1024
#: Files from this size on get one thread per extra algorithm (memory: archiver.fixity.RING x CHUNK each).
PIPELINE_FILE = 8 * 1024 * 1024
#: Decompression bomb guard: more than BOMB_RATIO bytes out per byte in, once BOMB_MIN_BYTES are out.
BOMB_RATIO = 1000
BOMB_MIN_BYTES = 64 * 1024 * 1024
#: A streamed tar keeps small members in memory (tag files, small payload) up to this total.
STREAM_CACHE_BYTES = 64 * 1024 * 1024
STREAM_CACHE_FILE = 1024 * 1024
#: The largest tag file that is read into memory to be parsed (a manifest of millions of lines fits).
TAG_FILE_LIMIT = 256 * 1024 * 1024
#: Algorithms a streamed tar hashes its members with when no manifest came before them.
COMMON_ALGORITHMS: tuple[str, ...] = ("md5", "sha1", "sha256", "sha512")

_DRIVE_RE = re.compile(r"[A-Za-z]:")
#: The extension a serialized bag's name loses to give its bag folder's name. A bag read by its content
#: under another format's extension (bag.warc) is compared without that one too: the misnaming is
#: reported once, as TARGET-NAME-MISMATCH.
_STEM_RE = re.compile(
    r"\.(tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar|zip|warc\.gz|warc|arc\.gz|arc|wacz)$", re.IGNORECASE
)
#: Tag files that are parsed, and so always kept whole, when a tar is streamed.
_PARSED_TAG_RE = re.compile(r"(bagit|bag-info|fetch|(tag)?manifest-[^/]*)\.txt")

SPEC_SAFETY = "RFC 8493 §5.1"
SPEC_SERIAL = "BagIt 0.97 §4 (serialization; not carried into RFC 8493)"
SPEC_TAR_END = "POSIX.1-2017 pax, ustar format: the archive ends with two 512-byte zero blocks"

CODES = register(
    CodeInfo(
        "BAG-TARGET-UNREADABLE",
        Severity.ERROR,
        "RFC 8493 §2",
        "The target is not a readable bag folder, tar or zip file.",
    ),
    CodeInfo(
        "BAG-FILE-UNREADABLE",
        Severity.ERROR,
        "RFC 8493 §3",
        "A file of the bag could not be read, so its checksums could not be verified.",
    ),
    CodeInfo(
        "BAG-SYMLINK",
        Severity.WARNING,
        SPEC_SAFETY,
        "A symlink inside the bag points at a file inside the bag; it was read as that file.",
    ),
    CodeInfo(
        "BAG-SYMLINK-OUTSIDE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A symlink points outside the bag, or at nothing in it; it was not followed.",
    ),
    CodeInfo(
        "BAG-SPECIAL-FILE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A device, FIFO or socket is in the bag folder; it was not opened.",
    ),
    CodeInfo(
        "TAR-MEMBER-UNSAFE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member name would land outside the folder it is extracted into (.., absolute, drive, \\).",
    ),
    CodeInfo(
        "TAR-MEMBER-LINK",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member is a symbolic or hard link; it was not followed.",
    ),
    CodeInfo(
        "TAR-MEMBER-SPECIAL",
        Severity.ERROR,
        SPEC_SAFETY,
        "A tar member is a device, FIFO or sparse file; it was not read.",
    ),
    CodeInfo(
        "TAR-MEMBER-DUPLICATE",
        Severity.ERROR,
        SPEC_SERIAL,
        "Two tar members have the same name; extraction would keep only the last.",
    ),
    CodeInfo(
        "TAR-ROOT",
        Severity.ERROR,
        SPEC_SERIAL,
        "A serialized bag must hold exactly one top-level folder, the bag.",
    ),
    CodeInfo(
        "TAR-ROOT-NAME",
        Severity.WARNING,
        SPEC_SERIAL,
        "The bag folder inside the archive should have the archive's name without its extension.",
    ),
    CodeInfo(
        "TAR-BOMB",
        Severity.ERROR,
        SPEC_SAFETY,
        "The compressed tar expands far beyond its size (decompression bomb); reading stopped.",
    ),
    CodeInfo(
        "TAR-CORRUPT",
        Severity.ERROR,
        SPEC_SERIAL,
        "The tar (or its compression) is damaged or truncated; members after the damage were not read.",
    ),
    CodeInfo(
        "TAR-END-MARKER-MISSING",
        Severity.WARNING,
        SPEC_TAR_END,
        "The tar ends right after a complete member, or after one zero block, instead of with the two zero "
        "blocks of the end-of-archive marker; every member was read whole (DART's tars end so).",
    ),
    CodeInfo(
        "ZIP-MEMBER-UNSAFE",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member name would land outside the folder it is extracted into (.., absolute, drive, \\).",
    ),
    CodeInfo(
        "ZIP-MEMBER-LINK",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is a symbolic link; it was not followed.",
    ),
    CodeInfo(
        "ZIP-MEMBER-SPECIAL",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is a device, FIFO or socket; it was not read.",
    ),
    CodeInfo(
        "ZIP-MEMBER-DUPLICATE",
        Severity.ERROR,
        SPEC_SERIAL,
        "Two zip members have the same name; extraction would keep only one.",
    ),
    CodeInfo(
        "ZIP-ROOT",
        Severity.ERROR,
        SPEC_SERIAL,
        "A serialized bag must hold exactly one top-level folder, the bag.",
    ),
    CodeInfo(
        "ZIP-ROOT-NAME",
        Severity.WARNING,
        SPEC_SERIAL,
        "The bag folder inside the archive should have the archive's name without its extension.",
    ),
    CodeInfo(
        "ZIP-BOMB",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member expands far beyond its compressed size, or members overlap (zip bomb); not read.",
    ),
    CodeInfo(
        "ZIP-ENCRYPTED",
        Severity.ERROR,
        SPEC_SAFETY,
        "A zip member is encrypted; it cannot be verified.",
    ),
    CodeInfo(
        "ZIP-CORRUPT",
        Severity.ERROR,
        SPEC_SERIAL,
        "The zip file is damaged (unreadable central directory).",
    ),
)


# --- results ------------------------------------------------------------------------------------------


@dataclass
class Listing:
    """What a source holds: every readable file with its size, every folder, and what was refused."""

    name: str  # the bag folder's name
    files: dict[str, int] = field(default_factory=dict)  # bag-relative POSIX path -> size in bytes
    dirs: set[str] = field(default_factory=set)  # bag-relative folders (the bag root itself excluded)
    findings: list[Finding] = field(default_factory=list)
    usable: bool = True  # False: no bag could be found at all; validation stops after these findings


@dataclass
class HashResults:
    """Hex digests by algorithm then path, the bytes read per path, and why a path could not be read.

    Tables per algorithm rather than an object per file: for 20,000 small files the bookkeeping would
    otherwise cost as much as the hashing, and a whole manifest can be compared with one subset test.
    """

    digests: dict[str, dict[str, str]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def put(self, path: str, digests: Mapping[str, str], size: int) -> None:
        self.sizes[path] = size
        for alg, hexdigest in digests.items():
            self.digests.setdefault(alg, {})[path] = hexdigest


#: What a hashing request asks: bag-relative path -> BagIt algorithm names (all in HASHERS).
Requests = Mapping[str, tuple[str, ...]]


class _Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def hexdigest(self) -> str: ...


def _constructor(name: str) -> Callable[..., _Hasher]:
    """hashlib's direct constructor (faster than ``hashlib.new`` in the per-file hot loop)."""
    func: Callable[..., _Hasher] = getattr(hashlib, name)
    return func


#: BagIt algorithm name -> hashlib constructor, for every algorithm this tool can verify.
HASHERS: dict[str, Callable[..., _Hasher]] = {
    alg: _constructor(name) for alg, name in BAGIT_TO_HASHLIB.items()
}
#: BagIt algorithm name -> length of its hex digest.
HEX_LENGTHS: dict[str, int] = {alg: len(ctor().hexdigest()) for alg, ctor in HASHERS.items()}


def digest_bytes(data: bytes, algorithms: Iterable[str]) -> dict[str, str]:
    return {alg: HASHERS[alg](data).hexdigest() for alg in algorithms}


#: Chunks of one stream, for what is read without hashing (skipped members, a tar's end).
Chunks = Iterator[bytes | memoryview]


def digest_readinto(readinto: Readinto, algorithms: Sequence[str], size: int) -> tuple[dict[str, str], int]:
    """Hex digests of a stream read once, and its length: every source's large files go through here.

    ``size`` is what the listing says: from PIPELINE_FILE on, each algorithm after the cheapest gets a
    thread (:func:`archiver.fixity.hash_stream`). CHUNK and PIPELINE_FILE are read at each call, so tests
    can lower them.
    """
    hashers = [HASHERS[alg]() for alg in algorithms]
    got = hash_stream(readinto, hashers, block=CHUNK, threads_after=0 if size >= PIPELINE_FILE else None)
    return {alg: h.hexdigest() for alg, h in zip(algorithms, hashers, strict=True)}, got


def limited(readinto: Readinto, length: int) -> Readinto:
    """``readinto`` cut at ``length`` bytes (a tar member); a stream that ends sooner raises EOFError."""
    left = length

    def read(view: memoryview) -> int:
        nonlocal left
        if left <= 0:
            return 0
        if len(view) > left:
            view = view[:left]
        n = readinto(view)
        if not n:
            raise EOFError(f"archive ended {left} bytes before the end of the member")
        left -= n
        return n

    return read


def read_chunks(read: Callable[[int], bytes]) -> Chunks:
    while chunk := read(CHUNK):
        yield chunk


# --- path rules shared by every source ----------------------------------------------------------------


def member_problem(name: str) -> str | None:
    """Why an archive member name could land outside the extraction folder, or None if it cannot."""
    if "\x00" in name:
        return "contains a NUL character"
    if "\\" in name:
        return "contains a backslash, a path separator on Windows"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE_RE.match(name):
        return "starts with a drive letter"
    if ".." in name.split("/"):
        return "has a '..' segment"
    return None


def member_segments(name: str) -> list[str]:
    """A safe member name as segments, without '.' and empty ones ('./bag/x', 'bag//x', 'bag/' -> ...)."""
    return [s for s in name.split("/") if s not in ("", ".")]


def archive_stem(path: Path) -> str:
    return _STEM_RE.sub("", path.name)


def show(path: str) -> str:
    """A path as text that can be printed: undecodable bytes (surrogate escapes) as \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def _read_all(fd: int, first: bytes) -> bytes:
    """``first`` and the rest of an open file, to its end."""
    parts = [first]
    while chunk := os.read(fd, CHUNK):
        parts.append(chunk)
    return b"".join(parts)


# --- sources ------------------------------------------------------------------------------------------


#: Small files below which hashing them all in one process beats forking a second one.
FORK_MIN_FILES = 4000


class _ForkedHalf:
    """A forked child hashing some small files; its results come back pickled through a pipe."""

    def __init__(self, pid: int, fd: int, items: list[tuple[str, tuple[str, ...]]]) -> None:
        self.pid = pid
        self.fd = fd
        self.items = items
        self.count = len(items)

    @classmethod
    def start(cls, source: BagSource, items: list[tuple[str, tuple[str, ...]]]) -> _ForkedHalf | None:
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: hash, send, and leave without running any of the parent's exit code
            code = 1
            try:
                os.close(read_fd)
                results = HashResults()
                deferred: list[tuple[int, str, tuple[str, ...]]] = []
                source._hash_small_batch(items, results, deferred)
                data = pickle.dumps((results, deferred), protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(write_fd, view) :]
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        return cls(pid, read_fd, items)

    def merge_into(
        self, results: HashResults, deferred: list[tuple[int, str, tuple[str, ...]]], source: BagSource
    ) -> None:
        """Take the child's results; if it failed in any way, hash its files here instead."""
        chunks = []
        try:
            while chunk := os.read(self.fd, 1 << 20):
                chunks.append(chunk)
        finally:
            os.close(self.fd)
            _pid, status = os.waitpid(self.pid, 0)
        try:
            if status != 0:
                raise ValueError("the helper process failed")
            theirs, their_deferred = pickle.loads(b"".join(chunks))
        except (ValueError, EOFError, pickle.UnpicklingError):
            source._hash_small_batch(self.items, results, deferred)
            return
        for alg, table in theirs.digests.items():
            results.digests.setdefault(alg, {}).update(table)
        results.sizes.update(theirs.sizes)
        results.errors.update(theirs.errors)
        deferred.extend(their_deferred)

    def abandon(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)


class BagSource(ABC):
    """One bag to validate. ``scan`` first; then ``read`` and ``hash_files`` on what the listing holds."""

    kind = "bag"
    serialization: str | None = None

    def __init__(self, target: Path) -> None:
        self.target = target
        self.listing = Listing(name=target.name)

    @abstractmethod
    def scan(self, *, speculate: bool) -> Listing:
        """List the bag; ``speculate``: checksums will be wanted, so a one-pass source may hash now."""

    @abstractmethod
    def read(self, path: str, limit: int) -> bytes:
        """At most ``limit`` bytes of a listed file; KeyError if the listing does not hold it."""

    def fill_sizes(self) -> None:  # noqa: B027 - archives know every size from their headers
        """Make every size in the listing known (a folder scanned for hashing skips the stat calls)."""

    def hash_files(self, requests: Requests, jobs: int) -> HashResults:
        """Digests of listed files: large ones spread over ``jobs`` threads, small ones in this thread."""
        results = HashResults()
        files = self.listing.files
        large = [(files[p], p, algs) for p, algs in requests.items() if files.get(p, -1) >= SMALL_FILE]
        big = {p for _size, p, _algs in large}
        small = [(p, algs) for p, algs in requests.items() if p not in big] if big else list(requests.items())
        large.sort(reverse=True)  # longest first, for a balanced finish
        helper = self._fork_helper(small, jobs)  # before any thread starts: see _fork_helper
        if helper is not None:
            small = small[: len(small) - helper.count]
        pool: ThreadPoolExecutor | None = None
        futures = []
        try:
            if large:
                pool = ThreadPoolExecutor(max(1, jobs))
                futures = [
                    (path, pool.submit(self._hash_large, path, size, algs)) for size, path, algs in large
                ]
            deferred: list[tuple[int, str, tuple[str, ...]]] = []
            self._hash_small_batch(small, results, deferred)
            if helper is not None:
                merging, helper = helper, None  # from here on the merge owns the child and the pipe
                merging.merge_into(results, deferred, self)
            if deferred:
                deferred.sort(reverse=True)
                pool = pool or ThreadPoolExecutor(max(1, jobs))
                futures += [
                    (path, pool.submit(self._hash_large, path, size, algs)) for size, path, algs in deferred
                ]
            for path, future in futures:
                digests, size, error = future.result()
                if error is None:
                    results.put(path, digests, size)
                else:
                    results.errors[path] = error
        finally:
            if helper is not None:  # interrupted before the merge: do not leave the child behind
                helper.abandon()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        return results

    #: Whether :meth:`_fork_helper` may split the small files with a forked process (folders only:
    #: archive sources read one shared stream).
    can_fork = False

    def _fork_helper(self, small: list[tuple[str, tuple[str, ...]]], jobs: int) -> _ForkedHalf | None:
        """Hash the last half of many small files in a forked child, while this process does the rest.

        The small-file loop is Python, so threads cannot share it (the GIL), but a forked process can: for
        20,000 files of 512 bytes it took the loop from 135 ms to 98 ms. Only on Linux, only with more
        than one job, only for at least FORK_MIN_FILES files, and only while this process runs no other
        thread (a fork copies locks held by other threads, which the child could then never take).
        """
        if (
            not self.can_fork
            or jobs < 2
            or len(small) < FORK_MIN_FILES
            or sys.platform != "linux"
            or threading.active_count() != 1
        ):
            return None
        return _ForkedHalf.start(self, small[len(small) // 2 :])

    def _hash_small_batch(
        self,
        items: list[tuple[str, tuple[str, ...]]],
        results: HashResults,
        deferred: list[tuple[int, str, tuple[str, ...]]],
    ) -> None:
        """Hash small files whole, in this thread; a file found to be large goes to ``deferred``."""
        for path, algs in items:
            try:
                data = self._read_whole(path)
            except READ_ERRORS as exc:
                results.errors[path] = _why(exc)
                continue
            results.put(path, digest_bytes(data, algs), len(data))

    def _hash_large(
        self, path: str, size: int, algs: tuple[str, ...]
    ) -> tuple[dict[str, str], int, str | None]:
        try:
            with self._open_reader(path) as readinto:
                digests, got = digest_readinto(readinto, algs, size)
        except READ_ERRORS as exc:
            return {}, 0, _why(exc)
        return digests, got, None

    @abstractmethod
    def _read_whole(self, path: str) -> bytes: ...

    @abstractmethod
    def _open_reader(self, path: str) -> contextlib.AbstractContextManager[Readinto]:
        """A listed file as a ``readinto`` callable, for :func:`digest_readinto` and prefix reads."""

    @contextlib.contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        """A listed file as a readable binary stream, read as it is consumed (constant memory whatever its
        size), for checks that stream a payload file, such as the WARC validator; KeyError if not listed.

        Seekable where the source can seek in place (a folder, a plain tar): a zip inside the bag needs that.
        """
        with self._open_reader(path) as readinto:
            yield cast(BinaryIO, io.BufferedReader(_ReadintoStream(readinto), CHUNK))

    def close(self) -> None:  # noqa: B027 - most sources hold nothing open
        pass


#: What reading one file or member may raise: reported for that file, never a traceback.
READ_ERRORS = (
    OSError,
    EOFError,
    KeyError,
    zipfile.BadZipFile,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    lzma.LZMAError,
    tarfile.TarError,
)


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


# --- folder -------------------------------------------------------------------------------------------


class FolderSource(BagSource):
    """A bag folder on disk; nothing outside it is ever opened (see the module docstring)."""

    can_fork = True

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.root = os.fspath(target)
        self._links: dict[str, str] = {}  # symlink path -> the in-bag file it points at

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
                listing.findings.append(finding("BAG-FILE-UNREADABLE", rel.rstrip("/") or None, _why(exc)))
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
                    listing.findings.append(finding("BAG-FILE-UNREADABLE", show(path), _why(exc)))
        self._resolve_links(links)
        return listing

    def _resolve_links(self, links: dict[str, str]) -> None:
        """Resolve symlinks lexically against the walk, so nothing outside the bag is ever touched."""
        listing = self.listing
        for path in sorted(links):
            current, target, hops = path, links[path], 0
            while True:
                resolved = _lexical_target(current, target)
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
            while limit > 0 and (chunk := os.read(fd, min(limit, CHUNK))):
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
        hashers: list[tuple[Callable[..., _Hasher], dict[str, str]]],
        results: HashResults,
        deferred: list[tuple[int, str, tuple[str, ...]]],
    ) -> None:
        """Files wanting the same algorithms; written for speed (local names, one read, no stat)."""
        root = self.root + os.sep
        links = self._links
        sizes, errors = results.sizes, results.errors
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        os_open, os_read, os_close = os.open, os.read, os.close
        two = len(hashers) == 2
        (ctor1, table1), (ctor2, table2) = hashers if two else [(HASHERS["md5"], {})] * 2
        for path in paths:
            real = links.get(path) if links else None
            try:
                fd = os_open(root + path, flags) if real is None else os_open(root + real, os.O_RDONLY)
                try:
                    data = os_read(fd, SMALL_READ)
                    if len(data) == SMALL_READ:
                        size = os.fstat(fd).st_size
                        if size >= SMALL_FILE:
                            deferred.append((size, path, algs))
                            continue
                        data = _read_all(fd, data)
                finally:
                    os_close(fd)
            except OSError as exc:
                errors[path] = _why(exc)
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
        with open(os.open(full, flags), "rb", buffering=CHUNK) as fh:
            yield fh


def _lexical_target(link_path: str, target: str) -> str | None:
    """The bag-relative path a symlink names, or None if it leaves the bag (absolute or too many '..')."""
    if target.startswith("/") or "\\" in target or _DRIVE_RE.match(target):
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(link_path), target))
    if joined == ".." or joined.startswith("../") or joined in (".", ""):
        return None
    return joined


# --- archives: shared member rules --------------------------------------------------------------------


@dataclass
class _Member:
    """One archive member that passed the safety rules: its name and segments, size and kind."""

    name: str  # as stored (for findings about the archive itself)
    segments: list[str]
    size: int
    is_dir: bool
    ref: object = None  # the library's own handle (TarInfo, ZipInfo)


class _ArchiveSource(BagSource):
    """Shared by tar and zip: member safety, the single top-level folder, the bag-relative listing."""

    kind = "serialized-bag"
    prefix = "TAR"

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.members: dict[str, _Member] = {}  # bag-relative path -> member (files only)

    def _admit(self, name: str, size: int, *, is_dir: bool, ref: object, seen: dict[str, _Member]) -> bool:
        """Check one plain-file or folder member; record it unless refused. True if it may be read."""
        problem = member_problem(name)
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
        seen[key] = _Member(name, segments, size, is_dir, ref)
        return True

    def _admit_tar(self, info: tarfile.TarInfo, seen: dict[str, _Member]) -> bool:
        problem = _tar_kind_problem(info)
        if problem is not None:
            self.listing.findings.append(finding(f"TAR-{problem[0]}", show(info.name), problem[1]))
            return False
        return self._admit(info.name, info.size, is_dir=info.isdir(), ref=info, seen=seen)

    def _check_end(self, stop: _Stop | None, rest: Chunks, offset: int) -> None:
        """Judge the end of a tar where tarfile stopped listing it (``offset``: where a header was due).

        POSIX.1-2017 (pax, ustar format): an archive ends with two 512-byte zero blocks. tarfile stops
        quietly at the first zero block, at a damaged header and at the end of the file alike; ``stop``
        (what the header read met) tells them apart. Every member before ``offset`` is whole, padding
        included: tarfile raises at a member cut short. So a tar that ends right there, or after one
        zero block, has lost nothing (GNU tar and tarfile read it whole; DART writes tars so): a
        warning. A partial or damaged header is an error, and so is a member header after a lone zero
        block, which readers that stop at the zero block never see.

        ``rest`` (what follows the block tarfile stopped at) is read to its end, so that gzip checks its
        CRC and length too; whatever follows the marker is ignored, as tar itself ignores it.
        """
        after = b""
        for chunk in rest:
            if len(after) < tarfile.BLOCKSIZE:
                after += bytes(chunk[: tarfile.BLOCKSIZE - len(after)])
        if stop is None:
            return
        if stop.read == 0:
            why = f"the tar ends at offset {offset}, after its last member, without its end-of-archive marker"
            self.listing.findings.append(finding("TAR-END-MARKER-MISSING", None, why))
            return
        if stop.read < tarfile.BLOCKSIZE:
            why = f"the tar ends inside a header at offset {offset} ({stop.read} of 512 bytes): truncated?"
        elif not stop.zero:
            why = f"a damaged header at offset {offset}; the members after it could not be listed"
        elif len(after) == tarfile.BLOCKSIZE and not after.strip(b"\0"):
            return  # the end-of-archive marker
        elif is_tar_header(after):
            why = (
                f"a member header follows a lone zero block at offset {offset}: tar readers stop at the zero "
                "block, so the members after it were not read"
            )
        else:
            why = f"the tar ends with one zero block at offset {offset} instead of two" + (
                ", followed by bytes that are not a tar header (ignored)" if after.strip(b"\0") else ""
            )
            self.listing.findings.append(finding("TAR-END-MARKER-MISSING", None, why))
            return
        self.listing.findings.append(finding("TAR-CORRUPT", None, why))

    def _place(self, seen: dict[str, _Member]) -> None:
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

    def _member(self, path: str) -> _Member:
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
            view = memoryview(bytearray(min(CHUNK, max(limit, 1))))
            while got < limit and (n := readinto(view[: min(len(view), limit - got)])):
                parts.append(bytes(view[:n]))
                got += n
            return b"".join(parts)


def _tar_kind_problem(info: tarfile.TarInfo) -> tuple[str, str] | None:
    """(code suffix, message) for a tar member that is not a plain file or folder."""
    if info.issym() or info.islnk():
        kind = "symbolic" if info.issym() else "hard"
        return "MEMBER-LINK", f"{kind} link to {info.linkname!r}; not followed"
    if info.issparse():
        return "MEMBER-SPECIAL", "sparse file; not read"
    if info.isreg() or info.isdir():
        return None
    return "MEMBER-SPECIAL", "device, FIFO or other special member; not read"


@dataclass(frozen=True)
class _Stop:
    """Where tarfile ended its listing: the header read there got ``read`` bytes (0: the end of the file,
    less than a block: a partial header); ``zero``: a full block of zeros (the end-of-archive marker)."""

    read: int
    zero: bool


#: The last header read that failed, per open TarFile (tarfile ends its listing quietly on any of them).
_STOPS: weakref.WeakKeyDictionary[tarfile.TarFile, _Stop] = weakref.WeakKeyDictionary()
#: The header error tarfile raises for a block of zeros; every other header error is damage or an end.
_ZERO_BLOCK = cast(type[Exception], getattr(tarfile, "EOFHeaderError", tarfile.HeaderError))


class _EndWatch(tarfile.TarInfo):
    """A TarInfo that records why a header read failed, so the end of the tar can be judged after tarfile
    stopped listing it (:meth:`_ArchiveSource._check_end`)."""

    @classmethod
    def fromtarfile(cls, tar: tarfile.TarFile) -> _EndWatch:
        fileobj = tar.fileobj
        assert fileobj is not None
        start = fileobj.tell()
        try:
            return super().fromtarfile(tar)
        except Exception as exc:
            _STOPS[tar] = _Stop(fileobj.tell() - start, isinstance(exc, _ZERO_BLOCK))
            raise


class TarSource(_ArchiveSource):
    """An uncompressed tar: headers read by seeking, members read in place by offset (like files)."""

    serialization = "application/x-tar"

    def scan(self, *, speculate: bool) -> Listing:
        seen: dict[str, _Member] = {}
        try:
            with tarfile.open(self.target, "r:", tarinfo=_EndWatch) as tf:
                for info in tf:
                    self._admit_tar(info, seen)
                end, stop = tf.offset, _STOPS.get(tf)
            with open(self.target, "rb") as fh:
                fh.seek(end + (stop.read if stop else 0))
                self._check_end(stop, iter([fh.read(tarfile.BLOCKSIZE)]), end)
        except (tarfile.TarError, OSError, EOFError) as exc:
            self.listing.findings.append(finding("TAR-CORRUPT", None, f"cannot read the tar: {_why(exc)}"))
            if not seen:
                self.listing.usable = False
                return self.listing
        self._place(seen)
        return self.listing

    def _read_whole(self, path: str) -> bytes:
        member = self._member(path)
        info = member.ref
        assert isinstance(info, tarfile.TarInfo)
        with open(self.target, "rb", buffering=0) as fh:
            fh.seek(info.offset_data)
            data = fh.read(member.size)
        if len(data) != member.size:
            raise EOFError(f"archive ended {member.size - len(data)} bytes before the end of the member")
        return data

    @contextlib.contextmanager
    def _open_reader(self, path: str) -> Iterator[Readinto]:
        member = self._member(path)
        info = member.ref
        assert isinstance(info, tarfile.TarInfo)
        with open(self.target, "rb", buffering=0) as fh:
            fh.seek(info.offset_data)
            yield limited(fh.readinto, member.size)

    @contextlib.contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        member = self._member(path)
        info = member.ref
        assert isinstance(info, tarfile.TarInfo)
        with open(self.target, "rb", buffering=0) as fh:
            window = _MemberWindow(fh, info.offset_data, member.size)
            yield cast(BinaryIO, io.BufferedReader(window, CHUNK))


class _MemberWindow(io.RawIOBase):
    """A tar member read in place: a seekable view of ``size`` bytes of the archive from ``start``."""

    def __init__(self, raw: IO[bytes], start: int, size: int) -> None:
        super().__init__()
        self._raw = raw
        self._start = start
        self._size = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._size - self._pos)
        if want <= 0:
            return 0
        self._raw.seek(self._start + self._pos)
        n = self._raw.readinto(memoryview(buffer)[:want])  # type: ignore[attr-defined]
        if not n:
            raise EOFError(f"archive ended {self._size - self._pos} bytes before the end of the member")
        self._pos += n
        return int(n)


class _ReadintoStream(io.RawIOBase):
    """A ``readinto`` callable as a forward-only raw stream, for :meth:`BagSource.open`."""

    def __init__(self, readinto: Readinto) -> None:
        super().__init__()
        self._readinto = readinto

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._readinto(memoryview(buffer).cast("B")) or 0


class _CountingReader(io.RawIOBase):
    """Counts the compressed bytes consumed, for the decompression-bomb ratio."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.consumed += n or 0
        return int(n or 0)


class _Bomb(Exception):
    pass


class StreamTarSource(_ArchiveSource):
    """A compressed tar (gzip, bzip2, xz), read as one stream; see the module docstring for hashing."""

    def __init__(self, target: Path, compression: str) -> None:
        super().__init__(target)
        self.compression = compression
        self.serialization = {
            "gz": "application/gzip",
            "bz2": "application/x-bzip2",
            "xz": "application/x-xz",
        }[compression]
        self.cache: dict[str, bytes] = {}  # bag-relative path -> bytes (tag files, small members)
        self.hashed: dict[str, tuple[dict[str, str], int]] = {}  # digests and size, computed while streaming
        self._cached_total = 0

    @contextlib.contextmanager
    def _stream(self) -> Iterator[tuple[tarfile.TarFile, Callable[[], None]]]:
        """The tar as a forward-only stream, with a check that raises _Bomb on absurd expansion."""
        with open(self.target, "rb") as raw:
            counter = _CountingReader(raw)
            inner = self._decompressor(cast(IO[bytes], counter))

            def check() -> None:
                out = inner.tell()
                if out > BOMB_MIN_BYTES and out > BOMB_RATIO * max(counter.consumed, 1):
                    raise _Bomb(f"{out} bytes out of {counter.consumed} compressed bytes")

            with (
                inner,
                tarfile.open(
                    fileobj=cast(IO[bytes], inner), mode="r|", bufsize=CHUNK, tarinfo=_EndWatch
                ) as tf,
            ):
                yield tf, check

    def _decompressor(self, compressed: IO[bytes]) -> io.BufferedIOBase:
        if self.compression == "gz":
            return gzip.GzipFile(fileobj=compressed)
        if self.compression == "bz2":
            return bz2.BZ2File(compressed)
        return lzma.LZMAFile(compressed)

    def scan(self, *, speculate: bool) -> Listing:
        seen: dict[str, _Member] = {}
        declared: set[str] = set()  # algorithms of the manifests read so far
        try:
            with self._stream() as (tf, check):
                for info in tf:
                    check()
                    if not self._admit_tar(info, seen) or info.isdir():
                        continue
                    self._take(tf, info, speculate, declared, check)
                stream = tf.fileobj
                self._check_end(_STOPS.get(tf), read_chunks(lambda n: stream.read(n)), tf.offset)
        except _Bomb as exc:
            self.listing.findings.append(finding("TAR-BOMB", None, f"expansion stopped: {exc}"))
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            self.listing.findings.append(finding("TAR-CORRUPT", None, f"cannot read on: {_why(exc)}"))
        if not seen:
            self.listing.usable = False
            return self.listing
        self._place(seen)
        self._rekey()
        return self.listing

    def _take(
        self,
        tf: tarfile.TarFile,
        info: tarfile.TarInfo,
        speculate: bool,
        declared: set[str],
        check: Callable[[], None],
    ) -> None:
        """Keep a member in memory, or hash it as it streams (keyed by its archive name until placed)."""
        fh = tf.extractfile(info)
        if fh is None:  # pragma: no cover - regular files always have a file object
            return
        segments = member_segments(info.name)
        base = segments[-1] if segments else ""
        parsed = len(segments) <= 2 and _PARSED_TAG_RE.fullmatch(base) is not None
        if parsed and info.size <= TAG_FILE_LIMIT:
            data = fh.read()
            self.cache[info.name] = data
            if base.startswith(("manifest-", "tagmanifest-")):
                alg = base.split("-", 1)[1][:-4]
                if alg in HASHERS:
                    declared.add(alg)
            return
        if info.size <= STREAM_CACHE_FILE and self._cached_total + info.size <= STREAM_CACHE_BYTES:
            self.cache[info.name] = fh.read()
            self._cached_total += info.size
            return
        if not speculate:
            for _chunk in read_chunks(fh.read):
                check()
            return
        algs = sorted(declared) or list(COMMON_ALGORITHMS)
        readinto = cast(io.BufferedIOBase, fh).readinto

        def checked(view: memoryview) -> int:
            n = readinto(view)
            check()
            return n

        self.hashed[info.name] = digest_readinto(checked, algs, info.size)

    def _rekey(self) -> None:
        """Re-key what the pass kept, from archive names to bag-relative paths."""
        by_name = {member.name: rel for rel, member in self.members.items()}
        self.cache = {by_name[n]: data for n, data in self.cache.items() if n in by_name}
        self.hashed = {by_name[n]: h for n, h in self.hashed.items() if n in by_name}

    def hash_files(self, requests: Requests, jobs: int) -> HashResults:
        """From memory and the streaming pass; a second pass only for algorithms the first did not know."""
        results = HashResults()
        missing: dict[str, tuple[str, ...]] = {}
        for path, algs in requests.items():
            data = self.cache.get(path)
            if data is not None:
                results.put(path, digest_bytes(data, algs), len(data))
                continue
            done = self.hashed.get(path)
            if done is not None and all(a in done[0] for a in algs):
                results.put(path, {a: done[0][a] for a in algs}, done[1])
            elif path in self.members:
                missing[path] = algs
        if missing:
            self._second_pass(missing, results)
        return results

    def _second_pass(self, wanted: dict[str, tuple[str, ...]], results: HashResults) -> None:
        by_name = {self.members[p].name: p for p in wanted}
        try:
            with self._stream() as (tf, check):
                for info in tf:
                    check()
                    path = by_name.get(info.name)
                    if path is None or not info.isreg():
                        continue
                    fh = tf.extractfile(info)
                    assert fh is not None
                    digests, size = digest_readinto(
                        cast(io.BufferedIOBase, fh).readinto, wanted[path], info.size
                    )
                    results.put(path, digests, size)
        except (_Bomb, *READ_ERRORS) as exc:
            for path in wanted:
                if path not in results.sizes:
                    results.errors[path] = _why(exc)

    def _read_whole(self, path: str) -> bytes:
        if path in self.cache:
            return self.cache[path]
        return self._read_prefix(path, 1 << 62)

    @contextlib.contextmanager
    def _open_reader(self, path: str) -> Iterator[Readinto]:
        """A member's bytes, by streaming the archive again up to it (used by the reader only)."""
        if path in self.cache:
            yield io.BytesIO(self.cache[path]).readinto
            return
        name = self._member(path).name
        with self._stream() as (tf, check):
            for info in tf:
                check()
                if info.name == name and info.isreg():
                    fh = tf.extractfile(info)
                    assert fh is not None
                    yield cast(io.BufferedIOBase, fh).readinto
                    return
        raise KeyError(path)


class ZipSource(_ArchiveSource):
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
            self.listing.findings.append(finding("ZIP-CORRUPT", None, f"cannot read the zip: {_why(exc)}"))
            self.listing.usable = False
            return self.listing
        overlapping = _overlapping(infos)
        seen: dict[str, _Member] = {}
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
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode) if info.create_system == 3 else 0
        if kind == stat.S_IFLNK:
            return "MEMBER-LINK", "symbolic link; not followed"
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return "MEMBER-SPECIAL", "device, FIFO or socket; not read"
        if info.flag_bits & 0x1:
            return "ENCRYPTED", "encrypted member; not read"
        if id(info) in overlapping:
            return "BOMB", "member data overlaps another member's; not read"
        if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
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


def _overlapping(infos: Sequence[zipfile.ZipInfo]) -> set[int]:
    """Members whose data would run into the next member's local header (the 'overlapping' zip bomb)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    bad: set[int] = set()
    for this, following in itertools.pairwise(ordered):
        if this.header_offset + 30 + this.compress_size > following.header_offset:
            bad.add(id(this))
            bad.add(id(following))
    return bad


# --- opening ------------------------------------------------------------------------------------------


#: The archive reader for each content form :func:`archiver.validation.detect.sniff` finds.
_READERS: dict[str, Callable[[Path], BagSource]] = {
    "tar": TarSource,
    "tar.gz": lambda target: StreamTarSource(target, "gz"),
    "tar.bz2": lambda target: StreamTarSource(target, "bz2"),
    "tar.xz": lambda target: StreamTarSource(target, "xz"),
    "zip": ZipSource,
    "zip?": ZipSource,
    "wacz": ZipSource,
}


def open_source(target: Path, form: str | None = None) -> BagSource | Finding:
    """The source for a target: a folder, or the reader the archive's content calls for, never its name.

    ``form`` is what :func:`archiver.validation.detect.sniff` found, when the caller already knows it; it
    is found here otherwise. Content that was not recognised as a tar or zip goes by its signature alone
    (gzip RFC 1952, bzip2, xz, zip APPNOTE §4.3.7, ustar magic), so that a damaged archive is reported as
    damaged (TAR-CORRUPT, ZIP-CORRUPT) rather than as no archive at all.
    """
    try:
        st = os.stat(target)
    except OSError as exc:
        return finding("BAG-TARGET-UNREADABLE", None, f"{target}: {_why(exc)}")
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(target)
    if not stat.S_ISREG(st.st_mode):
        return finding("BAG-TARGET-UNREADABLE", None, f"{target} is neither a folder nor a file")
    reader = _READERS.get(form or sniff(target) or "")
    if reader is not None:
        return reader(target)
    try:
        with open(target, "rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        return finding("BAG-TARGET-UNREADABLE", None, f"{target}: {_why(exc)}")
    if head.startswith(b"\x1f\x8b"):
        return StreamTarSource(target, "gz")
    if head.startswith(b"BZh"):
        return StreamTarSource(target, "bz2")
    if head.startswith(b"\xfd7zXZ\x00"):
        return StreamTarSource(target, "xz")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZipSource(target)
    if len(head) == 512 and head[257:262] == b"ustar":
        return TarSource(target)
    return finding(
        "BAG-TARGET-UNREADABLE", None, f"{target} is not a folder, tar, tar.gz, tar.bz2, tar.xz or zip file"
    )
