"""Checksums: every algorithm computed in one pass over each file, in constant memory.

Algorithm names follow RFC 8493 section 2.4 (lowercase, no punctuation: ``sha256``, ``sha3256``), mapped
here to hashlib's names. hashlib releases the GIL while hashing buffers over 2 KiB, so hashing several
algorithms or files from threads uses several cores.

:func:`hash_stream` is the one routine that hashes a large stream with several algorithms at once; the
BagIt validator (every kind of bag source) and the OCFL validator both use it, so that a speed-up or a fix
reaches every format.
"""

from __future__ import annotations

import functools
import hashlib
import queue
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol, cast

__all__ = [
    "BAGIT_TO_HASHLIB",
    "CHUNK",
    "HASHLIB_NAMES",
    "OCFL_HASHERS",
    "Hasher",
    "Readinto",
    "digest_bytes",
    "fold",
    "hash_stream",
    "new_hashers",
]

CHUNK = 1024 * 1024
#: Buffers in flight while a stream is hashed on threads: memory is RING x the block size per stream.
RING = 4

#: Every digest algorithm the tool computes, by its label folded (lower case, without "-", "_" and "/"),
#: with hashlib's name for it: one table, so that the formats agree on what each name means. RFC 8493
#: §2.4 labels are folded already; WARC's (IIPC recommendation #80) and OCFL's (§3.4) fold to these.
HASHLIB_NAMES: Mapping[str, str] = {
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
    "sha512224": "sha512_224",
    "sha512256": "sha512_256",
    "sha3224": "sha3_224",
    "sha3256": "sha3_256",
    "sha3384": "sha3_384",
    "sha3512": "sha3_512",
    "blake2b": "blake2b",
    "blake2s": "blake2s",
    "blake2b512": "blake2b",
    "blake2s256": "blake2s",
}

#: RFC 8493 algorithm label -> hashlib constructor name.
BAGIT_TO_HASHLIB: Mapping[str, str] = {
    label: HASHLIB_NAMES[label]
    for label in (
        *("md5", "sha1", "sha224", "sha256", "sha384", "sha512"),
        *("sha3224", "sha3256", "sha3384", "sha3512", "blake2b512", "blake2s256"),
    )
}


def fold(label: str) -> str:
    """An algorithm label as :data:`HASHLIB_NAMES` keys it."""
    return label.lower().replace("-", "").replace("_", "").replace("/", "")


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def hexdigest(self) -> str: ...
    def digest(self) -> bytes: ...


def _constructor(name: str) -> Callable[[], Hasher]:
    """hashlib's ``name``; md5 and sha1 only check fixity, which FIPS builds allow so."""
    return functools.partial(hashlib.new, name, usedforsecurity=False)


def _blake2b(bits: int) -> Callable[[], Hasher]:
    return functools.partial(hashlib.blake2b, digest_size=bits // 8)


#: OCFL fixity algorithms (§3.4's table, then extensions 0001 and 0009) this Python computes -> a
#: constructor: blake2b at sizes other than 512 bits has no hashlib name; sha512/256 depends on OpenSSL.
OCFL_HASHERS: dict[str, Callable[[], Hasher]] = {
    label: _constructor(HASHLIB_NAMES[fold(label)])
    for label in ("md5", "sha1", "sha256", "sha512", "blake2b-512")
} | {f"blake2b-{bits}": _blake2b(bits) for bits in (160, 256, 384)}
if "sha512_256" in hashlib.algorithms_available:
    OCFL_HASHERS["sha512/256"] = _constructor("sha512_256")


def new_hashers(algorithms: Iterable[str]) -> dict[str, Hasher]:
    """One fresh hash object per RFC 8493 algorithm label."""
    hashers: dict[str, Hasher] = {}
    for name in algorithms:
        try:
            hashers[name] = hashlib.new(BAGIT_TO_HASHLIB[name])
        except KeyError:
            raise ValueError(f"unsupported checksum algorithm {name!r}") from None
    return hashers


def digest_bytes(data: bytes, algorithms: Iterable[str]) -> dict[str, str]:
    """Hex digests of an in-memory buffer."""
    hashers = new_hashers(algorithms)
    for h in hashers.values():
        h.update(data)
    return {name: h.hexdigest() for name, h in hashers.items()}


def digest_stream(stream: BinaryIO, algorithms: Iterable[str]) -> tuple[dict[str, str], int]:
    """Hex digests and length of a stream, read once in 1 MiB chunks (by :func:`hash_stream`, in this
    thread: callers of this simple form hash many files side by side rather than one large one)."""
    hashers = new_hashers(algorithms)
    # hashlib's objects take any buffer; Hasher only promises bytes, for the callers that feed it bytes.
    feed = cast("list[StreamHasher]", list(hashers.values()))
    size = hash_stream(stream.readinto, feed)  # type: ignore[attr-defined]
    return {name: h.hexdigest() for name, h in hashers.items()}, size


def digest_file(path: Path, algorithms: Iterable[str]) -> tuple[dict[str, str], int]:
    """Hex digests and size of a file, read once."""
    with path.open("rb", buffering=0) as fh:
        return digest_stream(fh, algorithms)


# --------------------------------------------------------------------------------------------------------
# One stream, several algorithms, read once
# --------------------------------------------------------------------------------------------------------

#: What fills a buffer from a stream and says how many bytes it put there (0 or None at the end), like
#: ``io.RawIOBase.readinto``. Sources wrap it to add their checks (a tar member's length, a bomb guard).
Readinto = Callable[[memoryview], int | None]

#: Rough cost per byte by hashlib name (lower is cheaper; sha1 and sha256 use the CPU's SHA extensions
#: where it has them, sha512 does not); the reading thread hashes the cheapest algorithm itself.
_COST = {"sha1": 1, "sha256": 1, "sha224": 1, "md5": 2, "blake2b": 2, "blake2s": 3}
_local = threading.local()


class StreamHasher(Protocol):
    """What :func:`hash_stream` needs of a hasher: hashlib's objects, or anything fed the same way."""

    def update(self, data: bytes | memoryview, /) -> None: ...


def _cost(hasher: StreamHasher) -> int:
    return _COST.get(getattr(hasher, "name", ""), 5)


def _first_buffer(block: int) -> memoryview:
    """This thread's first read buffer, kept between calls: a fresh 1 MiB buffer per file costs page
    faults that show with many files of a few hundred KiB."""
    view: memoryview | None = getattr(_local, "buffer", None)
    if view is None or len(view) != block:
        view = _local.buffer = memoryview(bytearray(block))
    return view


def hash_stream(
    readinto: Readinto,
    hashers: Sequence[StreamHasher],
    *,
    block: int = CHUNK,
    threads_after: int | None = None,
) -> int:
    """Feed every byte ``readinto`` yields to every hasher, reading each byte once; return the byte count.

    Up to ``threads_after`` bytes (all of them when None, or with a single hasher) are hashed in this
    thread, one block at a time. From there on the stream is read into a ring of :data:`RING` reused
    buffers of ``block`` bytes: this thread reads and hashes the cheapest algorithm, and every other
    algorithm runs in a thread of its own, fed memoryviews of the same buffers. hashlib releases the GIL,
    so sha256 + sha512 cost about what sha512 alone costs instead of the sum, memory stays at RING blocks
    whatever the size, and a slow algorithm lags the reader by at most RING blocks (a semaphore per
    thread holds a buffer back until every thread is done with it).

    What ``readinto`` raises (a read error, a truncated archive, a bomb guard) propagates once the
    threads have stopped; no thread outlives the call.
    """
    order = sorted(hashers, key=_cost)
    updates = [h.update for h in order]
    if len(updates) < 2:
        threads_after = None
    first = _first_buffer(block)
    size = 0
    while threads_after is None or size < threads_after:
        n = readinto(first)
        if not n:
            return size
        size += n
        chunk = first if n == block else first[:n]
        for update in updates:
            update(chunk)
    ring = [first, *(memoryview(bytearray(block)) for _ in range(RING - 1))]
    return size + _hash_on_threads(readinto, updates, ring)


def _hash_on_threads(
    readinto: Readinto, updates: Sequence[Callable[[memoryview], None]], ring: Sequence[memoryview]
) -> int:
    """The threaded part of :func:`hash_stream`: ``updates[0]`` in this thread, each other one in its own."""
    own, others = updates[0], updates[1:]
    feeds: list[queue.SimpleQueue[memoryview | None]] = [queue.SimpleQueue() for _ in others]
    slots = [threading.Semaphore(len(ring)) for _ in others]
    failures: list[BaseException] = []

    def lane(
        update: Callable[[memoryview], None],
        feed: queue.SimpleQueue[memoryview | None],
        slot: threading.Semaphore,
    ) -> None:
        broken = False
        while (item := feed.get()) is not None:
            if not broken:
                try:
                    update(item)
                except BaseException as exc:  # pragma: no cover - hashlib does not fail on a buffer
                    failures.append(exc)
                    broken = True
            slot.release()  # also after a failure, so that the reader is never left waiting

    threads = [
        threading.Thread(target=lane, args=args, daemon=True)
        for args in zip(others, feeds, slots, strict=True)
    ]
    for thread in threads:
        thread.start()
    size = 0
    k = 0
    try:
        while True:
            for slot in slots:  # the buffer about to be refilled was handed out RING reads ago
                slot.acquire()
            view = ring[k % len(ring)]
            k += 1
            n = readinto(view)
            if not n:
                break
            chunk = view if n == len(view) else view[:n]
            for feed in feeds:
                feed.put(chunk)
            own(chunk)
            size += n
    finally:
        for feed in feeds:
            feed.put(None)
        for thread in threads:
            thread.join()
    if failures:  # pragma: no cover
        raise failures[0]
    return size
