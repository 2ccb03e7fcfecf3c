"""Checksums: every algorithm computed in one pass over each file, in constant memory.

Algorithm names follow RFC 8493 section 2.4 (lowercase, no punctuation: ``sha256``, ``sha3256``), mapped
here to hashlib's names. hashlib releases the GIL while hashing buffers over 2 KiB, so hashing several
algorithms or files from threads uses several cores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol

CHUNK = 1024 * 1024

#: RFC 8493 algorithm label -> hashlib constructor name.
BAGIT_TO_HASHLIB: Mapping[str, str] = {
    "md5": "md5",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
    "sha3224": "sha3_224",
    "sha3256": "sha3_256",
    "sha3384": "sha3_384",
    "sha3512": "sha3_512",
    "blake2b512": "blake2b",
    "blake2s256": "blake2s",
}


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...
    def digest(self) -> bytes: ...


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
    """Hex digests and length of a stream, read once in 1 MiB chunks."""
    hashers = new_hashers(algorithms)
    size = 0
    view = memoryview(bytearray(CHUNK))
    while True:
        n = stream.readinto(view)  # type: ignore[attr-defined]
        if not n:
            break
        size += n
        chunk = view[:n]
        for h in hashers.values():
            h.update(chunk)  # type: ignore[arg-type]
    return {name: h.hexdigest() for name, h in hashers.items()}, size


def digest_file(path: Path, algorithms: Iterable[str]) -> tuple[dict[str, str], int]:
    """Hex digests and size of a file, read once."""
    with path.open("rb", buffering=0) as fh:
        return digest_stream(fh, algorithms)
