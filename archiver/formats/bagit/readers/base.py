"""What every bag reader shares: the listing, the hashing, the errors, and the base class of the readers.

The readers of :mod:`archiver.formats.bagit.readers` give the BagIt rules (:mod:`archiver.formats.bagit`)
the names, sizes and bytes of one bag, whatever its form: a folder (:mod:`.folder`), a plain tar
(:mod:`.tar`), a compressed tar read as one stream (:mod:`.tar`) or a zip (:mod:`.zip`). This module holds
what they have in common, so that each of those holds only what its form needs: :class:`BagFileReader`
(scan, read, open, hash), the :class:`Listing` a scan gives, the :class:`HashResults` a hashing gives, and
the hashing itself. What keeps a reader inside the bag is :mod:`archiver.formats.safety`.

Hashing is tuned for the two shapes that matter (see ``bench/validate.py``):

* Many small files: one thread, ``os.open``/``os.read``/``os.close`` and a one-shot hash per algorithm,
  results kept in one table per algorithm. The folder walk skips ``stat`` when checksums follow (a short
  first read is the whole file, and its length is the size). Threads make this slower: below 2 KiB
  hashlib keeps the GIL, and every system call then hands the GIL between threads.
* Large files: each file is read once by :func:`archiver.fixity.hash_stream`, the routine the OCFL
  validator uses too: 1 MiB blocks into a small ring of reused buffers; the reading thread hashes the
  cheapest algorithm itself and every other algorithm gets a thread of its own fed with memoryviews of
  the same buffers (hashlib releases the GIL on large buffers), so sha256 + sha512 costs about what
  sha512 alone costs. Large files are also spread over ``jobs`` threads. Every reader (folder, tar,
  compressed tar, zip) hands it a ``readinto`` callable, so no reader copies or re-chunks the bytes.

The sizes below are module constants, read at each call, so that tests can lower them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import lzma
import os
import pickle
import signal
import sys
import tarfile
import threading
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol, cast

from archiver.fixity import BAGIT_TO_HASHLIB, Readinto, hash_stream
from archiver.formats.bagit.readers.codes import CODES  # noqa: F401 - registers the codes the readers report
from archiver.validation.findings import Finding

__all__ = [
    "CHUNK",
    "HASHERS",
    "HEX_LENGTHS",
    "PIPELINE_FILE",
    "READ_ERRORS",
    "SMALL_FILE",
    "SMALL_READ",
    "TAG_FILE_LIMIT",
    "BagFileReader",
    "Chunks",
    "HashResults",
    "Hasher",
    "Listing",
    "Requests",
    "digest_bytes",
    "digest_readinto",
    "error_text",
    "limited",
    "read_chunks",
    "show",
]

# --- limits ---------------------------------------------------------------------------------------------

CHUNK = 1024 * 1024
#: Files below this size are read whole and hashed in the calling thread.
SMALL_FILE = 256 * 1024
#: First read of a file of unknown size; a shorter answer is the whole file.
SMALL_READ = 64 * 1024
#: Files from this size on get one thread per extra algorithm (memory: archiver.fixity.RING x CHUNK each).
PIPELINE_FILE = 8 * 1024 * 1024
#: The largest tag file that is read into memory to be parsed (a manifest of millions of lines fits).
TAG_FILE_LIMIT = 256 * 1024 * 1024

# --- results ------------------------------------------------------------------------------------------


@dataclass
class Listing:
    """What a reader found in a bag: every readable file with its size, every folder, and what was refused."""

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


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def hexdigest(self) -> str: ...


def _constructor(name: str) -> Callable[..., Hasher]:
    """hashlib's direct constructor (faster than ``hashlib.new`` in the per-file hot loop)."""
    func: Callable[..., Hasher] = getattr(hashlib, name)
    return func


#: BagIt algorithm name -> hashlib constructor, for every algorithm this tool can verify.
HASHERS: dict[str, Callable[..., Hasher]] = {
    alg: _constructor(name) for alg, name in BAGIT_TO_HASHLIB.items()
}
#: BagIt algorithm name -> length of its hex digest.
HEX_LENGTHS: dict[str, int] = {alg: len(ctor().hexdigest()) for alg, ctor in HASHERS.items()}


def digest_bytes(data: bytes, algorithms: Iterable[str]) -> dict[str, str]:
    return {alg: HASHERS[alg](data).hexdigest() for alg in algorithms}


#: Chunks of one stream, for what is read without hashing (skipped members, a tar's end).
Chunks = Iterator[bytes | memoryview]


def digest_readinto(readinto: Readinto, algorithms: Sequence[str], size: int) -> tuple[dict[str, str], int]:
    """Hex digests of a stream read once, and its length: every reader's large files go through here.

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


# --- names ---------------------------------------------------------------------------------------------


def show(path: str) -> str:
    """A path as text that can be printed: undecodable bytes (surrogate escapes) as \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


# --- the readers' base -----------------------------------------------------------------------------


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
    def start(cls, reader: BagFileReader, items: list[tuple[str, tuple[str, ...]]]) -> _ForkedHalf | None:
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
                reader._hash_small_batch(items, results, deferred)
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
        self, results: HashResults, deferred: list[tuple[int, str, tuple[str, ...]]], reader: BagFileReader
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
            reader._hash_small_batch(self.items, results, deferred)
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


class BagFileReader(ABC):
    """One bag to validate. ``scan`` first; then ``read`` and ``hash_files`` on what the listing holds."""

    kind = "bag"
    serialization: str | None = None

    def __init__(self, target: Path) -> None:
        self.target = target
        self.listing = Listing(name=target.name)

    @abstractmethod
    def scan(self, *, speculate: bool) -> Listing:
        """List the bag; ``speculate``: checksums will be wanted, so a one-pass reader may hash now."""

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
    #: archive readers read one shared stream).
    can_fork = False

    def _fork_helper(self, small: list[tuple[str, tuple[str, ...]]], jobs: int) -> _ForkedHalf | None:
        """Hash the last half of many small files in a forked child, while this process does the rest.

        The small-file loop is Python, so threads cannot share it (the GIL), but a forked process can
        (docs/benchmarks.md has what it gains on many small files). Only on Linux, only with more than
        one job, only for at least FORK_MIN_FILES files, and only while this process runs no other
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
                results.errors[path] = error_text(exc)
                continue
            results.put(path, digest_bytes(data, algs), len(data))

    def _hash_large(
        self, path: str, size: int, algs: tuple[str, ...]
    ) -> tuple[dict[str, str], int, str | None]:
        try:
            with self._open_reader(path) as readinto:
                digests, got = digest_readinto(readinto, algs, size)
        except READ_ERRORS as exc:
            return {}, 0, error_text(exc)
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

        Seekable where the reader can seek in place (a folder, a plain tar): a zip inside the bag needs that.
        """
        with self._open_reader(path) as readinto:
            yield cast(BinaryIO, io.BufferedReader(_ReadintoStream(readinto), CHUNK))

    def close(self) -> None:  # noqa: B027 - most readers hold nothing open
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


def error_text(exc: BaseException) -> str:
    """What went wrong reading a file, as a finding says it: the system's words for an OSError."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _ReadintoStream(io.RawIOBase):
    """A ``readinto`` callable as a forward-only raw stream, for :meth:`BagFileReader.open`."""

    def __init__(self, readinto: Readinto) -> None:
        super().__init__()
        self._readinto = readinto

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._readinto(memoryview(buffer).cast("B")) or 0
