"""A read-only raw stream of a known size that can seek anywhere in it.

Cut here because a tar member read in place (:class:`archiver.formats.bagit.readers.tar.MemberWindow`) and
a tar made on the fly (:class:`archiver.formats.bagit.serialize.TarStream`) are both such a stream, and
where a seek lands is worked out the same way for both.
"""

from __future__ import annotations

import io

__all__ = ["SizedReader"]


class SizedReader(io.RawIOBase):
    """Readable and seekable over ``size`` bytes; subclasses fill :meth:`readinto` from ``_pos``."""

    def __init__(self, size: int) -> None:
        super().__init__()
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
        self._pos = self._landing(base + offset)
        return self._pos

    def _landing(self, target: int) -> int:
        """Where a seek to ``target`` leaves the stream: a file refuses a place before its start."""
        if target < 0:
            raise ValueError("negative seek position")
        return target
