"""What the bag validator learnt of a bag, handed to the profile and own-package checks.

The bag validator (:mod:`archiver.formats.bagit.validator`) builds a :class:`BagView` from a folder or a
serialized bag; the profile checks (``archiver.validation.profile``) and the checks of the tool's own
packages (``archiver.validation.own_package``) work on the view and on :class:`BagReader` alone, so they
do not care whether the bag is a folder, a tar or a zip. A module of its own, with no import of the
validator or the readers, so that those checks (and the profile plans) load only these types.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import BinaryIO, cast

__all__ = ["BagOpener", "BagReader", "BagView", "opener_of"]


@dataclass(frozen=True)
class BagView:
    """The parsed structure of a bag. Paths are POSIX, relative to the bag root, decoded (no %-encoding)."""

    name: str  # the bag's folder name (for a serialized bag: its single top-level folder)
    bagit_version: str | None  # from bagit.txt; None if unreadable
    tag_encoding: str | None
    bag_info: tuple[tuple[str, str], ...] = ()  # in file order, repeats kept
    manifest_algorithms: tuple[str, ...] = ()  # from manifest-<alg>.txt names present
    tagmanifest_algorithms: tuple[str, ...] = ()
    payload_files: tuple[str, ...] = ()  # "data/..." files actually present
    tag_files: tuple[str, ...] = ()  # every file outside data/, e.g. "bagit.txt", "aptrust-info.txt"
    manifests: dict[str, dict[str, str]] = field(default_factory=dict)  # alg -> {path: hexdigest}
    has_fetch: bool = False
    serialization: str | None = None  # None for a folder, else "application/x-tar", "application/zip", ...

    def info_values(self, label: str) -> list[str]:
        """Values of a bag-info label (labels compare case-insensitively, RFC 8493 §2.2.2)."""
        wanted = label.lower()
        return [v for k, v in self.bag_info if k.lower() == wanted]


#: Reads one file of the bag by its decoded relative path, at most ``limit`` bytes; raises KeyError if absent.
BagReader = Callable[[str, int], bytes]

#: Opens one file of the bag by its decoded relative path as a readable binary stream, read as it is consumed
#: (constant memory whatever the file's size; seekable where the bag's form allows it: a folder, a plain tar);
#: raises KeyError if absent. Implemented by :meth:`archiver.formats.bagit.readers.base.BagFileReader.open`.
BagOpener = Callable[[str], AbstractContextManager[BinaryIO]]


def opener_of(read: BagReader) -> BagOpener | None:
    """The streaming open that goes with a reader: the reader's own ``open``, or, when the reader is the
    ``read`` method of a bag reader, that reader's ``open``. None when the reader offers none (a reader
    made of bytes in memory), and then a caller reads through ``read``.

    A reader stays a plain callable, so the checks that only need small files (tag files, metadata) take any
    function; the checks that stream large payload files (the WARC validator) ask for the opener.
    """
    own = getattr(read, "open", None)
    if callable(own):
        return cast(BagOpener, own)
    owner = getattr(read, "__self__", None)
    opener = getattr(owner, "open", None)
    return cast(BagOpener, opener) if callable(opener) else None
