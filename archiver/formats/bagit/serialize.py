"""A bag folder as a deterministic tar, streamed: the serialized form a bag takes in an object store.

The tar holds the bag folder as its single top-level directory (``<bag>/bagit.txt``, ``<bag>/data/...``),
the form APTrust-style receiving buckets take and what ``tar xf`` gives back as the bag. The bytes depend
only on the bag's files, names and Bagging-Date, never on the machine, the user, the clock or the Python
version, so serializing the same bag twice gives the same SHA-256. That is what lets an object store tell
"this bag is already there" from "a different bag has this name" (:mod:`archiver.repository.s3_ingest`).
It sits with the BagIt format because it is a form of the bag (BagIt 0.97 §4), read back by
:mod:`archiver.formats.bagit.readers`; where the file goes is its callers' business.

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
import gzip
import io
import os
import re
import stat
import tarfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from archiver.errors import ArchiverError, UsageError
from archiver.formats.bagit.tagfiles import parse_tag_fields
from archiver.formats.seekable import SizedReader
from archiver.staging import commit_dir, staging_dir

__all__ = [
    "BLOCK",
    "COMPRESS_LEVEL",
    "DIR_MODE",
    "FILE_MODE",
    "FORMS",
    "MEDIA_TYPES",
    "MEMBER_LIMIT",
    "RECORD",
    "SerializeError",
    "TarMember",
    "TarPlan",
    "TarStream",
    "bag_info_value",
    "bag_name",
    "bagging_mtime",
    "check_form",
    "check_top",
    "iter_tar",
    "member_header",
    "plan_bag_tar",
    "read_archive_member",
    "read_bag_info",
    "serialize_to_file",
    "write_gzip_tar",
    "write_tar",
    "write_zip",
]

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


def plan_bag_tar(bag: Path, *, mtime: int | None = None, top: str | None = None) -> TarPlan:
    """Plan the tar of ``bag``: member order, header bytes and every offset, from one walk of the folder.

    ``top`` names the single top-level directory when it must differ from the bag folder's own name (a
    receiver that wants the folder to match the file name, e.g. APTrust's ``institution.bagname``).
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
    top = root.name if top is None else check_top(top)
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


class TarStream(SizedReader):
    """The planned tar as a read-only, seekable binary file, read from the bag's files on demand.

    Seekable so that an HTTP client can rewind it to retry a request, and so that any part of a multipart
    upload can be read on its own. Holds at most one open file of the bag at a time.
    """

    def __init__(self, plan: TarPlan) -> None:
        super().__init__(plan.size)
        self.plan = plan
        self._starts = [m.offset for m in plan.members]
        self._file: io.BufferedReader | None = None
        self._file_member: TarMember | None = None

    # io.RawIOBase protocol
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


# --- one file: tar, tar.gz or zip, written atomically ------------------------------------------------

#: The forms :func:`serialize_to_file` writes, with the file-name extension each takes.
FORMS: dict[str, str] = {"tar": ".tar", "tar.gz": ".tar.gz", "zip": ".zip"}
#: The media type of each form, as BagIt profiles name serializations (Accept-Serialization) and as the
#: validator reports them.
MEDIA_TYPES: dict[str, str] = {
    "tar": "application/x-tar",
    "tar.gz": "application/gzip",
    "zip": "application/zip",
}
#: zlib's own default level, the one gzip(1) and zipfile use unless told otherwise: compressed bytes
#: depend on the level, so it is fixed here rather than left to a library default that could change.
COMPRESS_LEVEL = 6
_CHUNK = 1024 * 1024
#: The earliest time a zip (MS-DOS) timestamp can hold, and the latest.
_DOS_EPOCH = (1980, 1, 1, 0, 0, 0)
_DOS_LAST = (2107, 12, 31, 23, 59, 58)


def check_form(form: str) -> str:
    """``form`` if it is one archiver writes (:data:`FORMS`), else UsageError ``SERIALIZE_FORM_UNKNOWN``."""
    if form not in FORMS:
        raise UsageError(
            "SERIALIZE_FORM_UNKNOWN",
            f"unknown serialization {form!r}",
            hint=f"one of: {', '.join(FORMS)}",
        )
    return form


def check_top(top: str) -> str:
    """A top-level folder name is one path component: a name a tar or zip reader cannot turn into a path
    outside the folder it extracts into, nor into nothing."""
    if not top or top in (".", "..") or "/" in top or "\\" in top or "\0" in top:
        raise UsageError(
            "SERIALIZE_TOP_INVALID",
            f"{top!r} cannot be the top-level folder of a serialized bag: it must be one non-empty name",
            hint="a folder name without '/', '\\\\', NUL, '.' or '..'",
        )
    _check_name(top, Path(top))
    return top


def serialize_to_file(
    bag: Path, dest: Path, form: str, *, top: str | None = None, durable: bool = True
) -> Path:
    """Write ``bag`` as one file ``dest`` in ``form`` ("tar", "tar.gz" or "zip"); returns ``dest``.

    The file holds the bag folder as its single top-level directory, named ``top`` (default: the bag
    folder's own name). The bytes depend only on the bag's files, names and Bagging-Date (see the module
    notes, and :func:`write_gzip_tar` and :func:`write_zip` for the compressed forms), so the same bag gives
    the same file. Like a bag folder, the file is built under a staging folder beside ``dest`` (the same
    filesystem), flushed when ``durable``, then renamed to its final name, which is never overwritten: an
    interruption or a failure at any point leaves no file under ``dest``, at most a staging folder that
    :func:`archiver.staging.cleanup_stale` recognises.
    """
    check_form(form)
    plan = plan_bag_tar(bag, top=top)
    final = Path(os.path.abspath(dest))
    _refuse_destination(plan, final, where=str(dest))
    writer = {"tar": write_tar, "tar.gz": write_gzip_tar, "zip": write_zip}[form]
    try:
        with staging_dir(final.parent, "serialize") as staging:
            staged = staging / final.name
            with open(staged, "xb") as out:
                writer(plan, out)
                out.flush()
                if durable:
                    os.fsync(out.fileno())
            commit_dir(staged, final, durable=durable)
    except FileExistsError:
        raise _exists(str(dest)) from None
    except OSError as exc:
        raise SerializeError(
            "IO_ERROR", f"writing the serialized bag failed: {exc.strerror or exc}", where=str(dest)
        ) from None
    return dest


def _refuse_destination(plan: TarPlan, final: Path, *, where: str) -> None:
    """Never over an existing file, and never inside the bag (the file would be part of what it holds)."""
    if os.path.lexists(final):
        raise _exists(where)
    if final.parent == plan.bag or plan.bag in final.parents:
        raise UsageError(
            "SERIALIZE_DEST_IN_BAG",
            "the serialized bag would be written inside the bag it holds",
            where=where,
            hint="write it beside the bag folder or elsewhere",
        )


def _exists(where: str) -> SerializeError:
    return SerializeError(
        "SERIALIZE_DEST_EXISTS",
        "a file already stands under the serialized bag's name; it is never overwritten",
        where=where,
        hint="remove it or choose another output folder",
    )


def write_gzip_tar(plan: TarPlan, out: BinaryIO) -> int:
    """Write the tar gzip-compressed (RFC 1952) with a header that carries nothing of the moment or place:
    MTIME 0 and no FNAME (as ``gzip -n``), a fixed level (:data:`COMPRESS_LEVEL`), OS byte 255 ("unknown",
    which Python always writes). Returns the compressed length.

    The compressed bytes are those of the zlib library in use: the same bag gives the same file with any
    zlib 1.x build; a different deflate implementation (zlib-ng) may choose other, equally valid, bytes.
    """
    start = out.tell()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=COMPRESS_LEVEL, mtime=0) as gz:
        for chunk in iter_tar(plan):
            gz.write(chunk)
    return out.tell() - start


def _dos_time(mtime: int) -> tuple[int, int, int, int, int, int]:
    """A Unix time as the (local, zone-less) date and time a zip entry holds, clamped to what it can hold."""
    tm = time.gmtime(mtime)
    when = (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)
    return min(max(when, _DOS_EPOCH), _DOS_LAST)


def write_zip(plan: TarPlan, out: BinaryIO) -> int:
    """Write the bag as a zip (APPNOTE 6.3) with the same members, in the same order, as the tar.

    Fixed choices: every entry's time is the Bagging-Date at midnight (the tar's mtime; 1980-01-01, the
    earliest a zip holds, without a Bagging-Date); Unix attributes (version made by: Unix; files 0644,
    folders 0755), folders as entries of their own, stored; files deflated at :data:`COMPRESS_LEVEL`; UTF-8
    names flagged as such (general purpose bit 11) where they are not ASCII; ZIP64 records only for a file
    that needs them; no comment and no extra fields otherwise. ``out`` must be seekable, so that sizes and
    CRCs go into the local headers and no data descriptors are written. Returns the zip's length.
    """
    start = out.tell()
    date_time = _dos_time(plan.mtime)
    with zipfile.ZipFile(out, mode="w", allowZip64=True) as archive:
        for member in plan.members:
            info = zipfile.ZipInfo(member.name, date_time=date_time)
            info.create_system = 3  # Unix, whatever the machine: the attributes below are Unix modes
            if member.source is None:
                info.external_attr = (stat.S_IFDIR | DIR_MODE) << 16 | 0x10  # 0x10: MS-DOS directory bit
                info.compress_type = zipfile.ZIP_STORED
                archive.writestr(info, b"")
                continue
            info.external_attr = (stat.S_IFREG | FILE_MODE) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            info.file_size = member.size
            with archive.open(info, mode="w") as entry:
                _copy_member(member, entry)
    return out.tell() - start


def _copy_member(member: TarMember, entry: IO[bytes]) -> None:
    """Copy one planned file into an archive entry, refusing a file whose size is not the planned one."""
    assert member.source is not None
    copied = 0
    try:
        with open(member.source, "rb") as source:
            while chunk := source.read(_CHUNK):
                copied += len(chunk)
                if copied > member.size:
                    break
                entry.write(chunk)
    except OSError as exc:
        raise SerializeError(
            "SERIALIZE_UNREADABLE", f"cannot read: {exc.strerror}", where=str(member.source)
        ) from None
    if copied != member.size:
        raise _changed(member)


#: The most :func:`read_archive_member` reads of one member (tag files and manifests are small).
MEMBER_LIMIT = 64 * 1024 * 1024


def read_archive_member(archive: Path, name: str, *, limit: int = MEMBER_LIMIT) -> bytes | None:
    """The bytes of ``<top>/<name>`` in a serialized bag (tar, compressed tar or zip), where ``<top>`` is
    its top-level folder; None when the member is absent, larger than ``limit`` or the file unreadable.

    For a quick look at a bag already written (its manifest, to tell "the same article" from "another");
    ``archiver validate`` is what checks a serialized bag.
    """
    try:
        if zipfile.is_zipfile(archive):
            with zipfile.ZipFile(archive) as zipped:
                for info in zipped.infolist():
                    if not info.is_dir() and _is_top_member(info.filename, name):
                        return zipped.read(info) if info.file_size <= limit else None
            return None
        with tarfile.open(archive) as tarred:
            for member in tarred:
                if member.isfile() and _is_top_member(member.name, name):
                    handle = tarred.extractfile(member)
                    return handle.read() if handle is not None and member.size <= limit else None
    except (OSError, EOFError, tarfile.TarError, zipfile.BadZipFile, zlib.error):
        return None
    return None


def _is_top_member(member: str, name: str) -> bool:
    parts = member.removeprefix("./").split("/")
    return len(parts) == 2 and parts[1] == name
