"""What a run packages: its inputs (article files, folders of them, URLs), the folders walked once into a
packed :class:`InputList`, and what a folder holds besides articles, told as :class:`SkippedInput`.

Cut here because the inputs are settled before any packaging starts (the command line counts them, names
what it leaves out, refuses an empty run), and because holding 100,000 of them in little memory is a job
of its own (front-coded folder names, :class:`_Folder`).
"""

from __future__ import annotations

import array
import bisect
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from archiver import staging

__all__ = [
    "ARTICLE_SUFFIXES",
    "SKIP_FOLDER_LINK",
    "SKIP_HIDDEN",
    "SKIP_NOT_ARTICLE",
    "SORT_RUN",
    "Input",
    "InputList",
    "OnSkip",
    "SkippedInput",
    "expand_inputs",
    "is_s3",
    "is_url",
]

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")


#: An input: an article file or folder (a Path), or a URL to capture (a str starting with http:// or https://).
Input = Path | str


_URL_SHAPE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(item: Input | None) -> bool:
    """Anything shaped ``scheme://...`` is a URL; the capture refuses schemes other than http and https."""
    return isinstance(item, str) and bool(_URL_SHAPE.match(item))


def is_s3(item: Input | None) -> bool:
    """An article in an S3 bucket, or a prefix of them: ``s3://BUCKET/KEY`` (:mod:`.s3_io`)."""
    return isinstance(item, str) and item[:5].lower() == "s3://"


@dataclass(frozen=True)
class SkippedInput:
    """A file or folder met in an input folder and left out, and why in plain words."""

    path: str
    reason: str


#: Told of each file or folder left out of a folder's articles, as it is met.
OnSkip = Callable[[SkippedInput], None]

#: Why a file or folder met in an input folder is not packaged.
SKIP_NOT_ARTICLE = "not an article file (articles are .txt, .text, .html, .htm or .xhtml)"
SKIP_HIDDEN = "hidden (its name starts with a dot)"
SKIP_FOLDER_LINK = "a link to a folder (not followed)"


def expand_inputs(inputs: Iterable[Input], on_skip: OnSkip | None = None) -> list[Input]:
    """URLs as given; files named directly; article files found (recursively, sorted) in folders. What a
    folder holds besides articles (other files, hidden ones, links to folders, folders that cannot be read)
    is left out, each told to ``on_skip`` with why. A list of every input: for a long run,
    :class:`InputList` holds them in far less memory."""
    return list(InputList(inputs, on_skip=on_skip))


#: A folder's article file names are sorted this many at a time, then merged (:class:`InputList`).
SORT_RUN = 4096


class InputList(Sequence[Input]):
    """The inputs of a run (:func:`expand_inputs`'s items, in its order), held packed.

    Packaging 100,000 articles must need no more memory than packaging 10,000 (issue 14): a list of Path
    objects costs hundreds of bytes an input, in the command's process and in every worker it forks, and a
    plain ``sorted()`` of a large folder's names makes all their strings at once. Here a folder's article
    files are kept as their names, sorted in runs of SORT_RUN names, the runs merged into one buffer,
    front-coded (:class:`_Folder`: numbered names cost about a third of their length), and each Path is
    made when it is read (docs/benchmarks.md has the figures). Folders are walked once, here, before the
    run starts: bags made during the run into a folder under an input folder are not taken as inputs.
    Reading the items in order costs O(1) each; any other index O(log segments + _Folder.RESTART).
    """

    def __init__(self, inputs: Iterable[Input], *, on_skip: OnSkip | None = None) -> None:
        """``on_skip`` is told of each file or folder a folder's walk leaves out, as it is met (none are
        kept: a folder of a million images costs no memory); :attr:`skipped` counts them."""
        self._segments: list[Input | _Folder] = []
        self.skipped = 0
        for raw in inputs:
            if is_url(raw):
                self._segments.append(raw)
                continue
            item = Path(raw)
            if item.is_dir():
                self._walk(os.fspath(item), on_skip)
            else:
                self._segments.append(item)
        self._starts: list[int] = []  # the index of each segment's first item
        total = 0
        for segment in self._segments:
            self._starts.append(total)
            total += segment.count if isinstance(segment, _Folder) else 1
        self._len = total

    def _skip(self, path: str, reason: str, on_skip: OnSkip | None) -> None:
        self.skipped += 1
        if on_skip is not None:
            on_skip(SkippedInput(path, reason))

    def _walk(self, top: str, on_skip: OnSkip | None) -> None:
        """The order of ``os.walk(top)`` with sorted names (top-down, hidden folders and files skipped,
        folders in sorted order, symbolic links to folders not followed, unreadable folders skipped), without
        holding a folder's names as a list; each thing left out is counted and told to ``on_skip``."""
        folder = _Folder(top)
        dirs: list[str] = []
        try:
            with os.scandir(top) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    name = entry.name
                    if name.startswith("."):
                        if not name.startswith(staging.STAGING_PREFIX):  # a run's own work, not the user's
                            self._skip(entry.path, SKIP_HIDDEN, on_skip)
                    elif is_dir:
                        dirs.append(name)
                    elif name.lower().endswith(ARTICLE_SUFFIXES):
                        folder.add(name)
                    else:
                        self._skip(entry.path, SKIP_NOT_ARTICLE, on_skip)
        except OSError as exc:  # os.walk skips a folder it cannot list (its onerror is None)
            self._skip(top, f"the folder cannot be read: {exc.strerror or exc}", on_skip)
            return
        folder.close()
        if folder.count:
            self._segments.append(folder)
        for name in sorted(dirs):
            path = os.path.join(top, name)
            if os.path.islink(path):
                self._skip(path, SKIP_FOLDER_LINK, on_skip)
            else:
                self._walk(path, on_skip)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[Input]:
        for segment in self._segments:
            if isinstance(segment, _Folder):
                yield from segment.paths()
            else:
                yield segment

    @overload
    def __getitem__(self, index: int) -> Input: ...

    @overload
    def __getitem__(self, index: slice) -> list[Input]: ...

    def __getitem__(self, index: int | slice) -> Input | list[Input]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("InputList index out of range")
        at = bisect.bisect_right(self._starts, index) - 1
        segment = self._segments[at]
        return segment.path_at(index - self._starts[at]) if isinstance(segment, _Folder) else segment


class _Folder:
    """One folder's article file names, packed (see :class:`InputList`).

    The names are front-coded in sorted order: each is stored as the length of the prefix it shares with
    the name before it, the length of the rest, and the rest (file names are at most 255 bytes, so each
    length is one byte). Article files are usually numbered, so a name costs about a third of its length;
    every RESTART-th name is stored whole, with its offset in ``restarts``, for reads at any index.
    """

    RESTART = 16

    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        self.packed = bytearray()
        self.restarts = array.array("Q")  # where every RESTART-th name starts in ``packed``
        self._runs: list[bytearray] = []  # sorted runs of SORT_RUN names, front-coded, until close()
        self._pending: list[str] = []
        self._cursor: tuple[int, Iterator[str]] | None = None  # the next index and the names from there

    def add(self, name: str) -> None:
        self._pending.append(name)
        if len(self._pending) >= SORT_RUN:
            self._pack()

    def _pack(self) -> None:
        if self._pending:
            run = bytearray()
            _front_code(run, sorted(self._pending))  # str order, as sorted(filenames) gives
            self._runs.append(run)
            self._pending = []

    def close(self) -> None:
        """Merge the sorted runs, in str order, into ``packed``."""
        import heapq

        self._pack()
        runs = [_front_decoded(run) for run in self._runs]
        names = runs[0] if len(runs) == 1 else heapq.merge(*runs)
        self.count = _front_code(self.packed, names, self.restarts, self.RESTART)
        self._runs = []

    def path_at(self, k: int) -> Path:
        """The k-th path: O(1) when it follows the one read before (the worker pool reads in order)."""
        if self._cursor is not None and self._cursor[0] == k:
            names = self._cursor[1]
        else:
            first = k - k % self.RESTART
            names = _front_decoded(self.packed, self.restarts[first // self.RESTART])
            for _skipped in range(k - first):
                next(names)
        name = next(names)
        self._cursor = (k + 1, names)
        return Path(self.path, name)

    def paths(self) -> Iterator[Path]:
        for name in _front_decoded(self.packed):
            yield Path(self.path, name)


def _front_code(
    out: bytearray, names: Iterable[str], restarts: array.array[int] | None = None, every: int = 0
) -> int:
    """Append ``names`` front-coded to ``out`` (see :class:`_Folder`); returns how many there were. With
    ``restarts``, every ``every``-th name is stored whole and its offset recorded there."""
    previous = b""
    count = 0
    for name in names:
        raw = os.fsencode(name)
        shared = 0
        if restarts is not None and count % every == 0:
            restarts.append(len(out))
        else:
            limit = min(len(previous), len(raw), 255)
            while shared < limit and previous[shared] == raw[shared]:
                shared += 1
        rest = raw[shared:]
        if len(rest) > 255:
            raise OSError(36, "File name too long", name)  # ENAMETOOLONG: no file system stores it
        out += bytes((shared, len(rest)))
        out += rest
        previous = raw
        count += 1
    return count


def _front_decoded(packed: bytearray, start: int = 0, count: int = -1) -> Iterator[str]:
    """The names front-coded in ``packed`` from ``start`` (a whole name), ``count`` of them (-1: all)."""
    previous = b""
    while start < len(packed) and count != 0:
        shared, size = packed[start], packed[start + 1]
        previous = previous[:shared] + bytes(packed[start + 2 : start + 2 + size])
        start += 2 + size
        count -= 1
        yield os.fsdecode(previous)
