"""Taking a bag in for ingest: read once for its validation, its digests, its identity and its copy.

Each file of a bag is read once: the validator's checksum pass *is* the copy into the staging area, and
computes the sha512 and sha256 the inventory needs besides. :class:`IntakeSource` is the
validator's own folder source (:class:`archiver.formats.bagit.readers.folder.FolderReader`) whose ``hash_files``
reads each file once, computes every digest the manifests want plus sha512 and sha256, and writes the bytes
it hashed into the staging area. The validator then compares the manifests with those digests exactly as it
always does (same findings, ``BAG-MANIFEST-CHECKSUM`` and ``BAG-TAGMANIFEST-CHECKSUM`` included), so what is
stored is, byte for byte, what was verified. Tag files the validator parses and the files the package checks
read are served from the same bytes (small files are kept in memory while the bag is taken in), so no file
is opened twice.

Nothing here writes outside the staging folder it is given; the caller discards that folder when the bag
is refused, so an invalid bag leaves no trace in the repository. Here too are the bag-side rules of an
ingest (:func:`stage_bag`, :func:`object_id_of`): what refuses a bag (``INGEST_INVALID_BAG``, checksum
mismatches, links, names that are not UTF-8) and which object it names, everything decided before any
object is touched; :mod:`archiver.repository.ingest` orders these steps with those of
:mod:`archiver.repository.commit`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from archiver.fixity import BAGIT_TO_HASHLIB
from archiver.formats.bagit.tagfiles import decode_manifest_path, manifest_pairs, parse_tag_fields
from archiver.formats.ocfl.structure import DIGEST_ALGORITHM, FIXITY_ALGORITHM
from archiver.repository.results import InvalidBagError

if TYPE_CHECKING:
    from archiver.validation.findings import Finding

__all__ = [
    "Intake",
    "SourceUnreadable",
    "bag_identifier",
    "hash_and_copy",
    "manifest_digests",
    "object_id_of",
    "preload_validator",
    "refuse_invalid",
    "stage_bag",
    "validate_into",
    "write_new",
]

#: Files up to this size are read whole and kept in memory while their bag is taken in.
SMALL_FILE = 4 * 1024 * 1024
#: At most this many bytes of one bag are kept in memory; larger files are streamed in chunks.
CACHE_LIMIT = 64 * 1024 * 1024
CHUNK = 1024 * 1024
#: The digests every stored file needs: sha512 for the inventory, sha256 for its fixity block.
CORE = ("sha512", "sha256")

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


class SourceUnreadable(Exception):
    """A file of the bag could not be read (as opposed to the staging copy failing to be written)."""

    def __init__(self, path: str, why: str) -> None:
        super().__init__(f"{path}: {why}")
        self.path = path
        self.why = why


@dataclass(frozen=True)
class Taken:
    """One file of the bag as it was read: its digests (BagIt algorithm names) and size."""

    digests: dict[str, str]
    size: int


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _new_hasher(algorithm: str) -> _Hasher:
    hasher: _Hasher = hashlib.new(BAGIT_TO_HASHLIB[algorithm])
    return hasher


def _digests(data: bytes, algorithms: Iterable[str]) -> dict[str, str]:
    """sha512, sha256 and every other algorithm asked for, of bytes in memory."""
    out = {"sha512": hashlib.sha512(data).hexdigest(), "sha256": hashlib.sha256(data).hexdigest()}
    for alg in algorithms:
        if alg not in out:
            hasher = _new_hasher(alg)
            hasher.update(data)
            out[alg] = hasher.hexdigest()
    return out


def write_new(path: str, data: bytes) -> None:
    """Create ``path`` (never overwriting) holding ``data``; not flushed (the caller flushes the tree)."""
    fd = os.open(path, _WRITE_FLAGS, 0o644)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` may write less than it is given: write until all of ``data`` is written."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def hash_and_copy(chunks: Iterable[bytes], hashers: Iterable[_Hasher], out: int | None) -> int:
    """Feed every chunk to every hasher and, when ``out`` (a file descriptor) is given, write it there too;
    the number of bytes. What is stored is then exactly what was hashed: the one copy loop of taking a bag
    in (:class:`Intake`) and of getting it out (:func:`archiver.repository.export.copy_hashed`)."""
    hashers = list(hashers)
    size = 0
    for chunk in chunks:
        for hasher in hashers:
            hasher.update(chunk)
        if out is not None:
            _write_all(out, chunk)
        size += len(chunk)
    return size


def _open_source(full: str, path: str) -> int:
    """Open a file of the bag for reading, never through a link; failing to is the bag's
    (:class:`SourceUnreadable`)."""
    try:
        return os.open(full, _READ_FLAGS)
    except OSError as exc:
        raise SourceUnreadable(path, _why(exc)) from None


def _read_chunks(fd: int, path: str) -> Iterator[bytes]:
    """A file of the bag from where ``fd`` stands, chunk by chunk; a failed read is the bag's
    (:class:`SourceUnreadable`)."""
    while True:
        try:
            chunk = os.read(fd, CHUNK)
        except OSError as exc:
            raise SourceUnreadable(path, _why(exc)) from None
        if not chunk:
            return
        yield chunk


class Intake:
    """The files of one bag folder, each read once: digests, sizes and, with ``dest``, a copy under it.

    ``dest`` is a folder inside the staging area (``vN/content`` of the object being built); ``None`` only
    hashes (an update: which files need storing is known once the object's inventory has been read).
    Small files are kept in memory until :meth:`release`, so that a later :meth:`put` writes the very
    bytes that were hashed and a later ``read`` of a tag file needs no disk access.
    """

    def __init__(self, bag: Path, dest: Path | None) -> None:
        self.bag = bag
        self._root = os.fspath(bag) + os.sep
        self.dest = dest
        self.taken: dict[str, Taken] = {}
        self.copied: set[str] = set()  # logical paths written under dest
        self._cache: dict[str, bytes] = {}
        self._cached = 0
        self._made: set[tuple[str, str]] = set()  # (base, folder) pairs made by _target_in

    # --- reading --------------------------------------------------------------------------------------

    def remember(self, path: str, data: bytes) -> None:
        """Keep the whole content of a small file (read by someone else) for the next read of it."""
        if len(data) <= SMALL_FILE and self._cached + len(data) <= CACHE_LIMIT and path not in self._cache:
            self._cache[path] = data
            self._cached += len(data)

    def cached(self, path: str) -> bytes | None:
        return self._cache.get(path)

    def read_small(self, path: str) -> bytes:
        """The whole content of a file expected to be small (a tag file); kept for later reads."""
        data = self._cache.get(path)
        if data is not None:
            return data
        data = self._read_whole(self._root + path, path)
        self.remember(path, data)
        return data

    def _read_whole(self, full: str, path: str) -> bytes:
        fd = _open_source(full, path)
        try:
            parts = list(_read_chunks(fd, path))
        finally:
            os.close(fd)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    # --- taking in ------------------------------------------------------------------------------------

    def take(self, path: str, algorithms: Iterable[str] = (), *, source: str | None = None) -> Taken:
        """Read one file once: sha512, sha256 and ``algorithms`` (BagIt names), copied under ``dest``.

        ``source`` reads another file of the bag instead (the target of an in-bag symlink, which the
        validator follows); such a file is hashed but never copied. Raises :class:`SourceUnreadable` when
        the bag's file cannot be read; errors writing the copy propagate as ``OSError``.
        """
        full = self._root + (source or path)
        copy = self.dest is not None and source is None
        data = self._cache.get(source or path)
        if data is None:
            fd = _open_source(full, path)
            try:
                chunks = _read_chunks(fd, path)
                first = next(chunks, b"")
                more = next(chunks, b"") if first else b""
                if more:
                    taken = self._stream(path, itertools.chain((first, more), chunks), algorithms, copy)
                    self.taken[path] = taken
                    return taken
            finally:
                os.close(fd)
            data = first
            self.remember(path, data)
        if copy:
            write_new(self._target(path), data)
            self.copied.add(path)
        taken = Taken(_digests(data, algorithms), len(data))
        self.taken[path] = taken
        return taken

    def _stream(self, path: str, chunks: Iterable[bytes], algorithms: Iterable[str], copy: bool) -> Taken:
        """A file larger than one chunk: hashed and copied chunk by chunk, in constant memory."""
        names = list(dict.fromkeys([*CORE, *algorithms]))
        hashers = [_new_hasher(alg) for alg in names]
        out = os.open(self._target(path), _WRITE_FLAGS, 0o644) if copy else None
        try:
            size = hash_and_copy(chunks, hashers, out)
        finally:
            if out is not None:
                os.close(out)
        if copy:
            self.copied.add(path)
        return Taken({alg: h.hexdigest() for alg, h in zip(names, hashers, strict=True)}, size)

    def _target(self, path: str) -> str:
        assert self.dest is not None
        return self._target_in(os.fspath(self.dest), path)

    def _target_in(self, dest: str, path: str) -> str:
        """``dest/path``, making the folders between them (each once: the staging area starts empty)."""
        parent = path.rpartition("/")[0]
        if parent and (dest, parent) not in self._made:
            missing = []
            while parent and (dest, parent) not in self._made:
                missing.append(parent)
                parent = parent.rpartition("/")[0]
            for folder in reversed(missing):
                with contextlib.suppress(FileExistsError):
                    os.mkdir(os.path.join(dest, folder))
                self._made.add((dest, folder))
        return os.path.join(dest, path)

    # --- storing later (updates) ----------------------------------------------------------------------

    def put(self, path: str, base: str, sha512: str) -> None:
        """Put the file at ``base/path`` (folders made as needed): moved there if it was copied under
        ``dest``, else written from the bytes kept in memory, else read again from the bag and refused
        (:class:`SourceUnreadable`) if it no longer has the sha512 it was taken in with."""
        target = self._target_in(base, path)
        if path in self.copied:
            assert self.dest is not None
            os.rename(os.path.join(os.fspath(self.dest), path), target)
            self.copied.discard(path)
            return
        data = self._cache.get(path)
        if data is not None:
            write_new(target, data)
            return
        fd = _open_source(self._root + path, path)
        try:
            hasher = hashlib.sha512()
            out = os.open(target, _WRITE_FLAGS, 0o644)
            try:
                hash_and_copy(iter(functools.partial(os.read, fd, CHUNK), b""), [hasher], out)
            finally:
                os.close(out)
        finally:
            os.close(fd)
        if hasher.hexdigest() != sha512:
            raise SourceUnreadable(
                path, f"changed while it was being ingested (sha512 now {hasher.hexdigest()})"
            )

    def release(self) -> None:
        """Forget the bytes kept in memory (the bag is staged: only digests are needed from here on)."""
        self._cache.clear()
        self._cached = 0


# --------------------------------------------------------------------------------------------------------
# Validation through the intake
# --------------------------------------------------------------------------------------------------------


@dataclass
class Checked:
    """What validating a bag through the intake found: every finding, and what ingest cannot store."""

    findings: list[Finding]
    listed: list[str]  # every file of the bag, as the validator listed it
    unsupported: tuple[str, str] | None  # (path, reason): a symlink or a name that is not UTF-8


def validate_into(intake: Intake) -> Checked:
    """Validate the bag as ``archiver validate`` does, with the checksum pass copying through ``intake``.

    The steps are those of :func:`archiver.validation.run.validate_target` for a bag folder without
    ``--profile``: RFC 8493 with checksums, the tool's own profile when the bag names it, the own-package
    cross-checks, unfetched profiles, and every embedded WARC and WACZ. ``tests/test_repository_ocfl.py``
    checks that both give the same findings. The files the validator does not hash (the tag manifests,
    a tag file no tag manifest lists) are left to the caller, which takes in every file of ``listed``.
    """
    from archiver.formats.bagit.validator import BagOptions, validate_with
    from archiver.validation import run
    from archiver.validation.findings import Report

    source = _intake_source(intake)
    report = Report(target=str(intake.bag), kind=source.kind, fixity_checked=True)
    options = BagOptions(jobs=1)  # hash_files is ours and needs no thread pool
    listing, view = validate_with(source, report, options)
    listed = sorted(listing.files)
    if view is None:
        return Checked(report.findings, listed, None)
    run.check_beyond_bagit(report, view, source.read)
    return Checked(report.findings, listed, _unsupported(listing.findings, listed, source.links))


def _unsupported(
    findings: Iterable[Finding], listed: Iterable[str], links: Mapping[str, str]
) -> tuple[str, str] | None:
    """What an OCFL object cannot hold (§4.6: no links or special files; §3.5: UTF-8 names)."""
    for found in findings:
        if found.code in ("BAG-SYMLINK", "BAG-SYMLINK-OUTSIDE", "BAG-SPECIAL-FILE"):
            return found.path or "?", "symbolic links and special files cannot be preserved (OCFL 1.1 §4.6)"
    for path in links:
        return path, "symbolic links and special files cannot be preserved (OCFL 1.1 §4.6)"
    for path in listed:
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            return path, "file names must be valid UTF-8 to be recorded in an OCFL inventory (OCFL 1.1 §3.5)"
    return None


_SOURCE_CLASS: list[Any] = []


def _intake_source(intake: Intake) -> Any:
    """An ``IntakeSource`` over ``intake`` (the class is built on first use: the validator loads lazily)."""
    if not _SOURCE_CLASS:
        _SOURCE_CLASS.append(_make_source_class())
    return _SOURCE_CLASS[0](intake)


def _make_source_class() -> Any:
    from archiver.formats.bagit.readers.base import HashResults, Requests
    from archiver.formats.bagit.readers.folder import FolderReader

    class IntakeSource(FolderReader):
        """The validator's folder source, reading through an :class:`Intake`: the checksum pass copies."""

        def __init__(self, intake: Intake) -> None:
            super().__init__(intake.bag)
            self.intake = intake

        def read(self, path: str, limit: int) -> bytes:
            data = self.intake.cached(path)
            if data is not None:
                return data[:limit]
            data = super().read(path, limit)
            if len(data) < limit and path not in self.links:
                self.intake.remember(path, data)
            return data

        def hash_files(self, requests: Requests, jobs: int) -> HashResults:
            results = HashResults()
            take, links = self.intake.take, self.links
            for path, algorithms in requests.items():
                try:
                    if path in links:
                        taken = take(path, algorithms, source=links[path])
                    else:
                        taken = take(path, algorithms)
                except SourceUnreadable as exc:
                    results.errors[path] = exc.why
                    continue
                results.put(path, {alg: taken.digests[alg] for alg in algorithms}, taken.size)
            return results

    return IntakeSource


def preload_validator() -> None:
    """Import the validator and build ``IntakeSource`` now (before worker processes are forked)."""
    import archiver.validation.own_package
    import archiver.validation.profile
    import archiver.validation.run  # noqa: F401

    if not _SOURCE_CLASS:
        _SOURCE_CLASS.append(_make_source_class())


# --------------------------------------------------------------------------------------------------------
# The bag-side rules of an ingest
# --------------------------------------------------------------------------------------------------------


def manifest_digests(text: str) -> dict[str, str]:
    """Path -> lower-case digest from a (tag)manifest file (RFC 8493 §2.1.3); paths percent-decoded."""
    return {decode_manifest_path(path): digest.lower() for digest, path in manifest_pairs(text)}


def list_bag_files(bag: Path) -> list[str]:
    """Every regular file under the bag, as sorted POSIX paths relative to it; links and devices refused."""
    found: list[str] = []
    pending = [("", str(bag))]
    while pending:
        prefix, directory = pending.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                logical = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((logical + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found.append(_utf8_name(logical, entry.path))
                else:
                    raise InvalidBagError(
                        "INGEST_UNSUPPORTED_FILE",
                        "symbolic links and special files cannot be preserved (OCFL 1.1 §4.6)",
                        where=entry.path,
                    )
    return sorted(found)


def _utf8_name(logical: str, where: str) -> str:
    try:
        logical.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidBagError(
            "INGEST_UNSUPPORTED_FILE",
            "file names must be valid UTF-8 to be recorded in an OCFL inventory (OCFL 1.1 §3.5)",
            where=where,
        ) from None
    return logical


def bag_identifier(bag: Path) -> str:
    """The bag's External-Identifier (bag-info.txt): the OCFL object ID."""
    try:
        text = (bag / "bag-info.txt").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        text = ""
    return _identifier_in(text, bag)


def _identifier_in(text: str, bag: Path, given: str | None = None) -> str:
    """The object ID: the bag's one External-Identifier, else ``given`` (``ingest --id``), which must agree
    with the bag's when both exist (one object, one ID)."""
    values = [v for label, v in parse_tag_fields(text) if label.lower() == "external-identifier" and v]
    if given is not None:
        if values and given not in values:
            raise InvalidBagError(
                "INGEST_ID_CONFLICT",
                f"--id {given} differs from the bag's External-Identifier {values[0]}",
                where=str(bag),
                hint="leave out --id: the bag's own identifier names its object",
            )
        return given
    if len(values) != 1:
        new_id = f"urn:uuid:{uuid.uuid4()}"
        raise InvalidBagError(
            "INGEST_NO_IDENTIFIER",
            "the bag's bag-info.txt has no External-Identifier to name the OCFL object"
            if not values
            else f"the bag's bag-info.txt has {len(values)} External-Identifiers: which one names the "
            "OCFL object is not clear",
            where=str(bag),
            hint=f"give it one with --id URI, e.g. --id {new_id}, and the same --id for its later versions",
        )
    return values[0]


#: How an ingest into a repository words a refusal (:func:`refuse_invalid` fills in the fields).
INGEST_REFUSAL = "the bag is invalid ({count} errors, first: {code} {message})"


def refuse_invalid(
    bag: Path, findings: Sequence[Finding], code: str = "INGEST_INVALID_BAG", wording: str = INGEST_REFUSAL
) -> None:
    """Refuse the bag (:class:`InvalidBagError` carrying every finding) when any finding is an error.

    ``wording`` is filled with the number of errors (``count``) and the first one's ``code``, ``message``
    and ``in_path`` (`` in PATH``, or empty when it names no path): each destination keeps its own words.
    """
    errors = [f for f in findings if str(f.severity) == "error"]
    if errors:
        raise InvalidBagError(code, _worded(wording, errors), where=str(bag), findings=findings)


def _worded(wording: str, errors: Sequence[Finding]) -> str:
    first = errors[0]
    in_path = f" in {first.path}" if first.path else ""
    return wording.format(count=len(errors), code=first.code, message=first.message, in_path=in_path)


def object_id_of(intake: Intake, given: str | None = None) -> str:
    """The object ID (:func:`_identifier_in`), bag-info.txt read through the intake (so that the validator
    finds it read)."""
    try:
        text = intake.read_small("bag-info.txt").decode("utf-8-sig")
    except (SourceUnreadable, UnicodeDecodeError):
        text = ""
    return _identifier_in(text, intake.bag, given)


def _take(intake: Intake, path: str) -> Taken:
    try:
        return intake.take(path)
    except SourceUnreadable as exc:
        from archiver.validation.findings import finding

        found = finding("BAG-FILE-UNREADABLE", path, f"cannot read it: {exc.why}")
        raise InvalidBagError(
            "INGEST_INVALID_BAG", _worded(INGEST_REFUSAL, [found]), where=str(intake.bag), findings=[found]
        ) from None


def stage_bag(intake: Intake, *, validate: bool) -> None:
    """Take every file of the bag in, reading each once: hashed and, when ``intake.dest`` is set, copied.

    With ``validate`` the bag is validated as ``archiver validate`` would (every checksum of every manifest
    computed from the bytes being copied: :func:`validate_into`) and refused with
    the findings (``INGEST_INVALID_BAG``) if any is an error; then the files no manifest lists (the tag
    manifests, unlisted tag files) are copied too. Without it, the sha512 and sha256 the bag's own manifests
    give are still checked against the bytes read (``INGEST_CHECKSUM_MISMATCH``). Either way what is
    copied is what was checked; the caller discards the staging folder of a refused bag.
    """
    if validate:
        checked = validate_into(intake)
        refuse_invalid(intake.bag, checked.findings)
        if checked.unsupported is not None:
            path, reason = checked.unsupported
            raise InvalidBagError("INGEST_UNSUPPORTED_FILE", reason, where=str(intake.bag / path))
        for path in checked.listed:
            if path not in intake.taken:
                _take(intake, path)
        return
    listed = list_bag_files(intake.bag)
    expected = _bag_manifest_digests(intake, listed)
    for logical in listed:
        taken = intake.taken.get(logical) or _take(intake, logical)
        for algorithm in (DIGEST_ALGORITHM, FIXITY_ALGORITHM):
            wanted = expected[algorithm].get(logical)
            actual = taken.digests[algorithm]
            if wanted is not None and wanted != actual:
                raise InvalidBagError(
                    "INGEST_CHECKSUM_MISMATCH",
                    f"{algorithm} of {logical} is {actual}, the bag's manifest says {wanted}",
                    where=str(intake.bag / logical),
                )


def _bag_manifest_digests(intake: Intake, listed: Sequence[str]) -> dict[str, dict[str, str]]:
    """Algorithm -> path -> digest from the bag's sha512 and sha256 (tag)manifests, read through the intake
    (so that they are copied from the same bytes)."""
    present = set(listed)
    result: dict[str, dict[str, str]] = {}
    for algorithm in (DIGEST_ALGORITHM, FIXITY_ALGORITHM):
        entries: dict[str, str] = {}
        for prefix in ("manifest", "tagmanifest"):
            name = f"{prefix}-{algorithm}.txt"
            if name in present:
                _take(intake, name)  # copied now: read once, parsed from the same bytes
                raw = intake.read_small(name)
                entries.update(manifest_digests(raw.decode("utf-8-sig", errors="surrogateescape")))
        result[algorithm] = entries
    return result
