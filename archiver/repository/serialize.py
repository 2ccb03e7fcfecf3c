"""A bag folder as a deterministic tar, streamed: the serialized form a bag takes in an object store.

The tar holds the bag folder as its single top-level directory (``<bag>/bagit.txt``, ``<bag>/data/...``),
the form APTrust-style receiving buckets take and what ``tar xf`` gives back as the bag. The bytes depend
only on the bag's files, names and Bagging-Date, never on the machine, the user, the clock or the Python
version, so serializing the same bag twice gives the same SHA-256. That is what lets an object store tell
"this bag is already there" from "a different bag has this name" (:mod:`archiver.repository.s3`).

Fixed choices, each for determinism or for readers:

* Members in depth-first order, each folder's entries sorted by name (as GNU ``tar --sort=name``); folders
  are members too (mode 0755), so the tar shows the bag's exact layout; files are mode 0644.
* Owner and group 0 with empty names; every mtime is the bag's Bagging-Date (midnight UTC), or 0 without
  one: a capture date is the one time that belongs to the bag rather than to the copy being serialized.
* POSIX ustar headers, with a pax extended header (``././@PaxHeader``) only where ustar cannot hold a value:
  a name longer than 100 bytes or not ASCII (pax names are UTF-8), a file of 8 GiB or more. The headers are
  written here, not by :mod:`tarfile`, whose byte output has changed between Python releases (device
  fields); they equal what ``tarfile`` writes in PAX format on current Pythons, and any POSIX tar reads them.
* Two zero blocks end the archive, padded to a whole 10240-byte record, as tar and ``tarfile`` do.
* Symbolic links, FIFOs, sockets and devices are refused: a bag holds files, and a link followed or stored
  would make the tar differ from the bag a validator saw.

The size of the tar is known from the file list alone (headers, contents padded to 512 bytes, the end), so an
upload can announce its length and split it into parts before reading a byte; :class:`TarStream` then reads
any range of the tar straight from the bag's files, in constant memory. If a file changes size under it,
reading fails with ``SERIALIZE_BAG_CHANGED`` rather than producing a tar that differs from the plan.
"""

from __future__ import annotations

import bisect
import calendar
import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archiver.bag import parse_tag_fields
from archiver.errors import ArchiverError

BLOCK = 512
RECORD = 20 * BLOCK
FILE_MODE = 0o644
DIR_MODE = 0o755
PAX_HEADER_NAME = "././@PaxHeader"
#: Largest value an 11-digit octal ustar number field holds; anything larger goes into a pax record.
_USTAR_MAX = 8**11 - 1
_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


class SerializeError(ArchiverError):
    """The bag cannot be serialized as it stands: a link, a special file, an unreadable or changing file."""


@dataclass(frozen=True)
class TarMember:
    """One member of the planned tar: its header bytes and, for a file, where its content comes from."""

    name: str  # path inside the tar, folders ending in "/"
    header: bytes  # pax extended header (if any) + ustar header
    source: Path | None  # the file to read; None for a folder
    size: int  # content length (0 for a folder)
    offset: int  # where the header starts in the tar

    @property
    def data_offset(self) -> int:
        return self.offset + len(self.header)

    @property
    def end(self) -> int:
        """Offset just past the content and its padding."""
        return self.data_offset + _padded(self.size)


@dataclass(frozen=True)
class TarPlan:
    """Everything needed to produce the tar of one bag, computed from the file list without reading files."""

    bag: Path
    top: str  # the single top-level directory: the bag folder's name
    mtime: int
    members: tuple[TarMember, ...]
    size: int  # total length of the tar in bytes

    @property
    def payload_end(self) -> int:
        """Offset of the two end-of-archive blocks."""
        return self.members[-1].end if self.members else 0


def _padded(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def read_bag_info(bag: Path) -> list[tuple[str, str]]:
    """bag-info.txt as (label, value) pairs in file order, continuation lines joined; [] when absent.

    Lenient on purpose: this only picks metadata for the tar and the object store; whether the file is
    well formed is the validator's business.
    """
    try:
        text = (bag / "bag-info.txt").read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return []
    return parse_tag_fields(text)


def bag_info_value(fields: list[tuple[str, str]], label: str) -> str | None:
    """The first value of ``label`` (compared case-insensitively), or None."""
    wanted = label.casefold()
    return next((value for name, value in fields if name.casefold() == wanted), None)


def bagging_mtime(bag: Path) -> int:
    """Midnight UTC of the bag's Bagging-Date (``YYYY-MM-DD``), as a Unix time; 0 without a usable date."""
    value = bag_info_value(read_bag_info(bag), "Bagging-Date")
    match = _DATE_RE.match(value or "")
    if not match:
        return 0
    year, month, day = (int(g) for g in match.groups())
    try:
        return max(0, calendar.timegm((year, month, day, 0, 0, 0, 0, 0, 0)))
    except (ValueError, OverflowError):
        return 0


# --- headers ------------------------------------------------------------------------------------------


def _octal(value: int, width: int) -> bytes:
    """A ustar number field: zero-padded octal digits and a NUL."""
    return b"%0*o\0" % (width - 1, value)


def _text(value: str, width: int) -> bytes:
    """A ustar text field, the way tarfile writes it: ASCII ("?" for anything else), cut, NUL-padded."""
    raw = value.encode("ascii", "replace")[:width]
    return raw + b"\0" * (width - len(raw))


def _ustar_header(name: str, *, size: int, mtime: int, mode: int, typeflag: bytes) -> bytes:
    fields = [
        _text(name, 100),
        _octal(mode, 8),
        _octal(0, 8),  # uid
        _octal(0, 8),  # gid
        _octal(size, 12),
        _octal(mtime, 12),
        b"        ",  # checksum, counted as spaces
        typeflag,
        b"\0" * 100,  # linkname
        b"ustar\x0000",
        b"\0" * 32,  # uname
        b"\0" * 32,  # gname
        b"\0" * 8,  # devmajor: empty, not a device
        b"\0" * 8,  # devminor
        b"\0" * 155,  # prefix: unused, long names go into pax records
    ]
    block = b"".join(fields).ljust(BLOCK, b"\0")
    checksum = sum(block)
    return block[:148] + b"%06o\0" % checksum + block[155:]


def _pax_record(keyword: str, value: str) -> bytes:
    """``"<length> <keyword>=<value>\\n"``, where the length counts its own digits."""
    body = f" {keyword}={value}\n".encode()
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length = len(str(length)) + len(body)
    return str(length).encode("ascii") + body


def member_header(name: str, *, size: int, mtime: int, is_dir: bool) -> bytes:
    """The header bytes of one member: a pax extended header where ustar falls short, then ustar."""
    records = b""
    if not name.isascii() or len(name) > 100:
        records += _pax_record("path", name)
    header_size = size
    if size > _USTAR_MAX:
        records += _pax_record("size", str(size))
        header_size = 0
    out = b""
    if records:
        out += _ustar_header(PAX_HEADER_NAME, size=len(records), mtime=0, mode=0, typeflag=b"x")
        out += records + b"\0" * (_padded(len(records)) - len(records))
    mode, typeflag = (DIR_MODE, b"5") if is_dir else (FILE_MODE, b"0")
    return out + _ustar_header(name, size=header_size, mtime=mtime, mode=mode, typeflag=typeflag)


# --- planning -----------------------------------------------------------------------------------------


def bag_name(bag: Path) -> str:
    """The bag folder's own name, also for ``.`` or a path with a trailing slash."""
    return Path(os.path.abspath(bag)).name


def plan_bag_tar(bag: Path, *, mtime: int | None = None) -> TarPlan:
    """Plan the tar of ``bag``: member order, header bytes and every offset, from one walk of the folder.

    Raises :class:`SerializeError` for a missing folder, a link, a special file, an unreadable folder or
    a name that is not valid Unicode.
    """
    root = Path(os.path.abspath(bag))
    where = str(bag)
    try:
        st = root.stat()  # the bag folder itself may be reached through a link; links inside it may not
    except OSError as exc:
        raise SerializeError(
            "SERIALIZE_NOT_A_FOLDER", f"cannot read the bag folder: {exc.strerror}", where=where
        ) from None
    if not stat.S_ISDIR(st.st_mode):
        raise SerializeError(
            "SERIALIZE_NOT_A_FOLDER", "not a folder (a bag to serialize is a folder)", where=where
        )
    top = root.name
    when = bagging_mtime(root) if mtime is None else mtime
    members: list[TarMember] = []
    offset = 0
    for name, source, size in _walk(root, top):
        header = member_header(name, size=size, mtime=when, is_dir=source is None)
        member = TarMember(name=name, header=header, source=source, size=size, offset=offset)
        members.append(member)
        offset = member.end
    total = -(-(offset + 2 * BLOCK) // RECORD) * RECORD
    return TarPlan(bag=root, top=top, mtime=when, members=tuple(members), size=total)


def _walk(root: Path, top: str) -> Iterator[tuple[str, Path | None, int]]:
    """(tar name, source file or None for a folder, size), depth-first, each folder's entries sorted.

    Iterative (a stack of listings), so a deeply nested bag cannot exhaust Python's recursion limit.
    """
    _check_name(top, root)
    yield f"{top}/", None, 0
    stack = [iter(_listing(root, top))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        name, path, is_dir, size = entry
        if is_dir:
            yield f"{name}/", None, 0
            stack.append(iter(_listing(path, name)))
        else:
            yield name, path, size


def _listing(folder: Path, prefix: str) -> list[tuple[str, Path, bool, int]]:
    """One folder's entries sorted by name (code point order, the same as UTF-8 byte order), each checked."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        raise SerializeError(
            "SERIALIZE_UNREADABLE", f"cannot list the folder: {exc.strerror}", where=str(folder)
        ) from None
    listing: list[tuple[str, Path, bool, int]] = []
    for entry in entries:
        path = Path(entry.path)
        _check_name(entry.name, path)
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            raise SerializeError(
                "SERIALIZE_UNREADABLE", f"cannot read: {exc.strerror}", where=str(path)
            ) from None
        if stat.S_ISLNK(st.st_mode):
            raise SerializeError(
                "SERIALIZE_SYMLINK",
                "symbolic link in the bag: a serialized bag holds files only",
                where=str(path),
                hint="replace the link by a copy of the file it points to",
            )
        if stat.S_ISDIR(st.st_mode):
            listing.append((f"{prefix}/{entry.name}", path, True, 0))
        elif stat.S_ISREG(st.st_mode):
            listing.append((f"{prefix}/{entry.name}", path, False, st.st_size))
        else:
            raise SerializeError(
                "SERIALIZE_SPECIAL_FILE", "a FIFO, socket or device in the bag, not a file", where=str(path)
            )
    return listing


def _check_name(name: str, path: Path) -> None:
    """Names must be valid Unicode: a tar of a bag carries UTF-8 names (pax), and so do manifests."""
    try:
        name.encode("utf-8", "strict")
    except UnicodeEncodeError:
        raise SerializeError(
            "SERIALIZE_NAME_INVALID", "a file or folder name that is not valid UTF-8", where=repr(str(path))
        ) from None


# --- reading ------------------------------------------------------------------------------------------


class TarStream(io.RawIOBase):
    """The planned tar as a read-only, seekable binary file, read from the bag's files on demand.

    Seekable so that an HTTP client can rewind it to retry a request, and so that any part of a multipart
    upload can be read on its own. Holds at most one open file of the bag at a time.
    """

    def __init__(self, plan: TarPlan) -> None:
        super().__init__()
        self.plan = plan
        self._starts = [m.offset for m in plan.members]
        self._pos = 0
        self._file: io.BufferedReader | None = None
        self._file_member: TarMember | None = None

    # io.RawIOBase protocol
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.plan.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view) and self._pos < self.plan.size:
            got = self._read_some(view[filled:])
            self._pos += got
            filled += got
        return filled

    def close(self) -> None:
        self._close_file()
        super().close()

    # internals
    def _read_some(self, out: memoryview) -> int:
        """Fill the start of ``out`` from the single region (header, content, padding, end) at the position."""
        pos = self._pos
        if pos >= self.plan.payload_end:
            n = min(len(out), self.plan.size - pos)
            out[:n] = bytes(n)
            return n
        member = self.plan.members[bisect.bisect_right(self._starts, pos) - 1]
        if pos < member.data_offset:
            start = pos - member.offset
            chunk = member.header[start : start + len(out)]
            out[: len(chunk)] = chunk
            return len(chunk)
        content_end = member.data_offset + member.size
        if pos < content_end:
            return self._read_content(member, pos - member.data_offset, out[: content_end - pos])
        n = min(len(out), member.end - pos)
        out[:n] = bytes(n)
        return n

    def _read_content(self, member: TarMember, at: int, out: memoryview) -> int:
        handle = self._open(member)
        if handle.tell() != at:
            handle.seek(at)
        try:
            got = handle.readinto(out)
        except OSError as exc:
            raise SerializeError(
                "SERIALIZE_UNREADABLE", f"cannot read: {exc.strerror}", where=str(member.source)
            ) from None
        if not got:
            raise _changed(member)
        return got

    def _open(self, member: TarMember) -> io.BufferedReader:
        if self._file is not None and self._file_member is member:
            return self._file
        self._close_file()
        assert member.source is not None
        try:
            handle = open(member.source, "rb")  # noqa: SIM115 - kept open across reads, closed in _close_file
        except OSError as exc:
            raise SerializeError(
                "SERIALIZE_UNREADABLE", f"cannot read: {exc.strerror}", where=str(member.source)
            ) from None
        if os.fstat(handle.fileno()).st_size != member.size:
            handle.close()
            raise _changed(member)
        self._file, self._file_member = handle, member
        return handle

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._file_member = None


def _changed(member: TarMember) -> SerializeError:
    return SerializeError(
        "SERIALIZE_BAG_CHANGED",
        f"the file changed size while the bag was being serialized (planned {member.size} bytes)",
        where=str(member.source),
        hint="serialize a bag nothing is writing to",
    )


def iter_tar(plan: TarPlan, chunk_size: int = 1024 * 1024) -> Iterator[bytes]:
    """The tar's bytes in chunks of ``chunk_size`` (the last one shorter), read as they are needed."""
    with TarStream(plan) as stream:
        while chunk := stream.read(chunk_size):
            yield chunk


def write_tar(plan: TarPlan, out: BinaryIO) -> int:
    """Write the whole tar to ``out``; returns the number of bytes written (always ``plan.size``)."""
    written = 0
    for chunk in iter_tar(plan):
        out.write(chunk)
        written += len(chunk)
    return written


def serialize_bag(bag: Path, out: BinaryIO) -> TarPlan:
    """Plan the tar of ``bag`` and write it to ``out``; returns the plan (names, size)."""
    plan = plan_bag_tar(bag)
    write_tar(plan, out)
    return plan
