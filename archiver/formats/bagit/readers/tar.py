"""Tar readers: a plain tar read in place by offset, and a compressed tar (gzip, bzip2, xz) read as one
stream, with the end-of-archive marker judged for both (POSIX.1-2017 pax, ustar format).

Why the two forms are together: both list their members through :mod:`tarfile` with the same header
watch (:class:`_EndWatch`), the same refusal of links and special members
(:func:`archiver.formats.safety.tar_kind_problem`) and the same judgement of the archive's end.

A compressed tar cannot be re-read cheaply, so it is read in ONE streaming pass (:class:`StreamTarReader`):
tag files are kept in memory, and every large member is hashed as it streams with the algorithms the
manifests seen so far declare, or, when no manifest came before it, with the common ones (md5, sha1,
sha256, sha512). A second pass happens only for members that then still lack a declared algorithm. The
expansion is watched all along (:func:`archiver.formats.safety.expands_too_far`).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import re
import tarfile
import weakref
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, cast

from archiver.fixity import Readinto
from archiver.formats.bagit.readers import base
from archiver.formats.bagit.readers.archive import ArchiveReader, Member, member_segments
from archiver.formats.bagit.readers.base import (
    HASHERS,
    READ_ERRORS,
    Chunks,
    HashResults,
    Listing,
    Requests,
    digest_bytes,
    digest_readinto,
    error_text,
    limited,
    read_chunks,
    show,
)
from archiver.formats.detect import is_tar_header
from archiver.formats.safety import expands_too_far, tar_kind_problem
from archiver.formats.seekable import SizedReader
from archiver.validation.findings import finding

__all__ = ["STREAM_CACHE_FILE", "StreamTarReader", "TarMembers", "TarReader"]

#: A streamed tar keeps small members in memory (tag files, small payload) up to this total.
STREAM_CACHE_BYTES = 64 * 1024 * 1024
STREAM_CACHE_FILE = 1024 * 1024
#: Algorithms a streamed tar hashes its members with when no manifest came before them.
COMMON_ALGORITHMS: tuple[str, ...] = ("md5", "sha1", "sha256", "sha512")
#: Tag files that are parsed, and so always kept whole, when a tar is streamed.
_PARSED_TAG_RE = re.compile(r"(bagit|bag-info|fetch|(tag)?manifest-[^/]*)\.txt")


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
    stopped listing it (:meth:`TarMembers._check_end`)."""

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


class TarMembers(ArchiveReader):
    """Shared by both tar readers: a member admitted by its kind and name, and the end of the archive."""

    def _admit_tar(self, info: tarfile.TarInfo, seen: dict[str, Member]) -> bool:
        problem = tar_kind_problem(info)
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


class TarReader(TarMembers):
    """An uncompressed tar: headers read by seeking, members read in place by offset (like files)."""

    serialization = "application/x-tar"

    def scan(self, *, speculate: bool) -> Listing:
        seen: dict[str, Member] = {}
        try:
            with tarfile.open(self.target, "r:", tarinfo=_EndWatch) as tf:
                for info in tf:
                    self._admit_tar(info, seen)
                end, stop = tf.offset, _STOPS.get(tf)
            with open(self.target, "rb") as fh:
                fh.seek(end + (stop.read if stop else 0))
                self._check_end(stop, iter([fh.read(tarfile.BLOCKSIZE)]), end)
        except (tarfile.TarError, OSError, EOFError) as exc:
            self.listing.findings.append(
                finding("TAR-CORRUPT", None, f"cannot read the tar: {error_text(exc)}")
            )
            if not seen:
                self.listing.usable = False
                return self.listing
        self._place(seen)
        return self.listing

    @contextlib.contextmanager
    def _at_member(self, path: str) -> Iterator[tuple[io.FileIO, int, int]]:
        """The archive opened unbuffered at a member's data, where that starts, and the member's size."""
        member = self._member(path)
        info = member.ref
        assert isinstance(info, tarfile.TarInfo)
        with open(self.target, "rb", buffering=0) as fh:
            fh.seek(info.offset_data)
            yield fh, info.offset_data, member.size

    def _read_whole(self, path: str) -> bytes:
        with self._at_member(path) as (fh, _start, size):
            data = fh.read(size)
        if len(data) != size:
            raise EOFError(f"archive ended {size - len(data)} bytes before the end of the member")
        return data

    @contextlib.contextmanager
    def _open_reader(self, path: str) -> Iterator[Readinto]:
        with self._at_member(path) as (fh, _start, size):
            yield limited(fh.readinto, size)

    @contextlib.contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        with self._at_member(path) as (fh, start, size):
            yield cast(BinaryIO, io.BufferedReader(MemberWindow(fh, start, size), base.CHUNK))


class MemberWindow(SizedReader):
    """A tar member read in place: a seekable view of ``size`` bytes of the archive from ``start``."""

    def __init__(self, raw: IO[bytes], start: int, size: int) -> None:
        super().__init__(size)
        self._raw = raw
        self._start = start

    def _landing(self, target: int) -> int:
        """A seek before the start lands on it, as in ``tarfile``'s own member files."""
        return max(0, target)

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


class StreamTarReader(TarMembers):
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
                if expands_too_far(out, counter.consumed):
                    raise _Bomb(f"{out} bytes out of {counter.consumed} compressed bytes")

            with (
                inner,
                tarfile.open(
                    fileobj=cast(IO[bytes], inner), mode="r|", bufsize=base.CHUNK, tarinfo=_EndWatch
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
        seen: dict[str, Member] = {}
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
            self.listing.findings.append(finding("TAR-CORRUPT", None, f"cannot read on: {error_text(exc)}"))
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
        leaf = segments[-1] if segments else ""
        parsed = len(segments) <= 2 and _PARSED_TAG_RE.fullmatch(leaf) is not None
        if parsed and info.size <= base.TAG_FILE_LIMIT:
            data = fh.read()
            self.cache[info.name] = data
            if leaf.startswith(("manifest-", "tagmanifest-")):
                alg = leaf.split("-", 1)[1][:-4]
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
                    results.errors[path] = error_text(exc)

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
