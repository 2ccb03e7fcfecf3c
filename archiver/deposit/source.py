"""A bag as something to deposit: what identifies it, what its payload is, and the file that is sent.

A deposit may start from a bag folder or from a serialized bag (``.zip``, ``.tar``, ``.tar.gz``/``.tgz``
holding the bag folder as its single top-level directory); serialized bags are read in place, never
extracted. Three things come out of a bag before any network traffic:

* its identifier: ``External-Identifier`` from ``bag-info.txt`` (the key of the deposit ledger, as it is the
  object ID of ingest); a bag without one is refused;
* the payload digest: SHA-256 over the sorted ``sha256 path`` lines of the payload (read from
  ``manifest-sha256.txt``, or computed from the files when a foreign bag has no SHA-256 manifest), so "the
  same bag" means the same payload whichever form it is deposited in;
* its metadata: ``data/metadata/article-metadata.json`` when the tool made the bag.

:func:`prepare_package` then gives the file to send: the serialized bag as given, or the folder serialized
by :func:`archiver.formats.bagit.serialize.serialize_to_file` (deterministic: the same bag gives the same bytes,
so the same Content-MD5 on every attempt).
"""

from __future__ import annotations

import hashlib
import os
import re
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from archiver.deposit.errors import DepositError, DepositUsageError
from archiver.formats.bagit.tagfiles import manifest_pairs, parse_tag_fields
from archiver.metadata import ArticleMetadata, read_metadata_json

__all__ = ["BagSource", "Package", "open_source", "prepare_package", "source_kind"]

SourceKind = Literal["folder", "zip", "tar", "tar.gz"]
METADATA_PATH = "data/metadata/article-metadata.json"
#: Tag files and the metadata are small; anything larger is not read into memory.
MAX_TAG_BYTES = 16 * 1024 * 1024
MEDIA_TYPES: dict[str, str] = {
    "zip": "application/zip",
    "tar": "application/x-tar",
    "tar.gz": "application/gzip",
}
EXTENSIONS: dict[str, str] = {"zip": ".zip", "tar": ".tar", "tar.gz": ".tar.gz"}
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BagSource:
    path: Path
    kind: SourceKind
    name: str  # the bag folder's name (the top-level directory of a serialized bag)
    identifier: str
    payload_sha256: str
    bag_info: tuple[tuple[str, str], ...]
    metadata: ArticleMetadata | None

    def info(self, label: str) -> str | None:
        wanted = label.casefold()
        return next((v for k, v in self.bag_info if k.casefold() == wanted), None)


@dataclass(frozen=True)
class Package:
    """The file a deposit sends, with the digests the protocol and the ledger need."""

    path: Path
    filename: str  # for Content-Disposition: ASCII (profile §6.3.1)
    media_type: str
    size: int
    md5: bytes
    sha256: str


def source_kind(path: Path) -> SourceKind:
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise DepositUsageError("DEPOSIT_NOT_A_BAG", "no such file or folder", where=str(path))
    if name.endswith(".zip"):
        return "zip"
    if name.endswith((".tar.gz", ".tgz")):
        return "tar.gz"
    if name.endswith(".tar"):
        return "tar"
    raise DepositUsageError(
        "DEPOSIT_NOT_A_BAG", "not a bag folder, nor a .zip, .tar, .tar.gz or .tgz bag", where=str(path)
    )


def payload_digest(lines: list[tuple[str, str]]) -> str:
    """SHA-256 over ``sha256hex  path`` lines sorted by path: the identity of a payload."""
    text = "".join(f"{digest.lower()}  {p}\n" for p, digest in sorted(lines))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_entries(text: str) -> list[tuple[str, str]]:
    """(path, digest) pairs of a BagIt manifest, as written: the validator judges the manifest."""
    return [(path, digest) for digest, path in manifest_pairs(text)]


class _Reader:
    """Read access to the files of a bag, whatever its form."""

    def __init__(self, path: Path, kind: SourceKind) -> None:
        self.path, self.kind = path, kind
        self.name = path.name
        self._members: dict[str, bytes] = {}
        self._payload: list[tuple[str, str]] | None = None

    def load(self) -> None:
        if self.kind == "zip":
            self._guarded(self._load_zip)
        elif self.kind != "folder":
            self._guarded(self._load_tar)

    def _guarded(self, load: Callable[[], None]) -> None:
        try:
            load()
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as exc:
            raise DepositError(
                "DEPOSIT_BAG_UNREADABLE", f"cannot read the serialized bag: {exc}", where=str(self.path)
            ) from None

    def _top(self, names: list[str]) -> str:
        tops = {n.lstrip("./").split("/", 1)[0] for n in names if n.strip("./")}
        if len(tops) != 1:
            raise DepositError(
                "DEPOSIT_BAG_UNREADABLE",
                f"a serialized bag holds one top-level folder, this one {len(tops)}",
                where=str(self.path),
            )
        return tops.pop()

    def _wanted(self, relative: str) -> bool:
        return relative in ("bag-info.txt", "manifest-sha256.txt", "bagit.txt", METADATA_PATH)

    def _load_zip(self, hash_payload: bool = False) -> None:
        with zipfile.ZipFile(self.path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            self.name = self._top([i.filename for i in infos])
            payload: list[tuple[str, str]] = []
            for info in infos:
                relative = info.filename.lstrip("./").split("/", 1)[-1]
                if self._wanted(relative) and info.file_size <= MAX_TAG_BYTES:
                    self._members[relative] = archive.read(info)
                elif hash_payload and relative.startswith("data/"):
                    with archive.open(info) as fh:
                        payload.append((relative, _sha256_stream(fh)))
            self._payload = payload if hash_payload else None

    def _load_tar(self, hash_payload: bool = False) -> None:
        names: list[str] = []
        payload: list[tuple[str, str]] = []
        with tarfile.open(self.path, "r:gz" if self.kind == "tar.gz" else "r:") as archive:
            for member in archive:
                names.append(member.name)
                if not member.isfile():
                    continue
                relative = member.name.lstrip("./").split("/", 1)[-1]
                wanted = self._wanted(relative) and member.size <= MAX_TAG_BYTES
                if not (wanted or (hash_payload and relative.startswith("data/"))):
                    continue
                fh = archive.extractfile(member)
                if fh is None:
                    continue
                if wanted:
                    self._members[relative] = fh.read()
                else:
                    payload.append((relative, _sha256_stream(fh)))
        self.name = self._top(names)
        self._payload = payload if hash_payload else None

    def read(self, relative: str) -> bytes | None:
        if self.kind != "folder":
            return self._members.get(relative)
        target = self.path / relative
        try:
            if target.stat().st_size > MAX_TAG_BYTES:
                return None
            return target.read_bytes()
        except OSError:
            return None

    def payload_files(self) -> list[tuple[str, str]]:
        """(path, sha256) of every payload file, hashed from the bytes (for bags without a SHA-256 manifest)."""
        if self.kind == "zip":
            self._guarded(lambda: self._load_zip(hash_payload=True))
        elif self.kind in ("tar", "tar.gz"):
            self._guarded(lambda: self._load_tar(hash_payload=True))
        if self._payload is not None:
            return self._payload
        found = []
        for folder, _dirs, files in os.walk(self.path / "data"):
            for file_name in files:
                full = Path(folder, file_name)
                with open(full, "rb") as fh:
                    found.append((full.relative_to(self.path).as_posix(), _sha256_stream(fh)))
        return found


def _sha256_stream(fh: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := fh.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def open_source(path: Path) -> BagSource:
    """Identify the bag at ``path`` (read only; nothing is written)."""
    kind = source_kind(path)
    reader = _Reader(path, kind)
    reader.load()
    if reader.read("bagit.txt") is None:
        raise DepositUsageError("DEPOSIT_NOT_A_BAG", "no bagit.txt: not a bag", where=str(path))
    info_bytes = reader.read("bag-info.txt") or b""
    bag_info = tuple(parse_tag_fields(info_bytes.decode("utf-8", errors="replace")))
    metadata = _metadata(reader.read(METADATA_PATH))
    identifier = next((v.strip() for k, v in bag_info if k.casefold() == "external-identifier"), None)
    if not identifier:
        raise DepositError(
            "DEPOSIT_NO_IDENTIFIER",
            "bag-info.txt has no External-Identifier: the ledger needs one to know this bag again",
            where=str(path),
        )
    manifest = reader.read("manifest-sha256.txt")
    lines = (
        manifest_entries(manifest.decode("utf-8", errors="replace")) if manifest else reader.payload_files()
    )
    return BagSource(
        path=path,
        kind=kind,
        name=reader.name,
        identifier=identifier,
        payload_sha256=payload_digest(lines),
        bag_info=bag_info,
        metadata=metadata,
    )


def _metadata(data: bytes | None) -> ArticleMetadata | None:
    if data is None:
        return None
    try:
        return read_metadata_json(data)
    except (ValueError, RecursionError):  # pydantic's ValidationError is a ValueError
        return None  # not ours, or another schema version: the entry is made from bag-info.txt then


_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


def ascii_filename(name: str) -> str:
    """A Content-Disposition filename: ASCII letters, digits, ``.``, ``_`` and ``-`` only."""
    cleaned = _UNSAFE_FILENAME.sub("_", name).strip("._") or "bag"
    return cleaned[:200]


def prepare_package(source: BagSource, form: str, workdir: Path) -> Package:
    """The file to send: a serialized bag as it is, a folder serialized as ``form`` into ``workdir``."""
    if source.kind == "folder":
        from archiver.formats.bagit.serialize import serialize_to_file  # the writers load only when needed

        dest = workdir / f"{ascii_filename(source.name)}{EXTENSIONS[form]}"
        path = serialize_to_file(source.path, dest, form, durable=False)
        media_type = MEDIA_TYPES[form]
    else:
        path = source.path
        media_type = MEDIA_TYPES[source.kind]
    md5, sha256, size = hashlib.md5(), hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            md5.update(chunk)
            sha256.update(chunk)
            size += len(chunk)
    return Package(
        path=path,
        filename=ascii_filename(path.name),
        media_type=media_type,
        size=size,
        md5=md5.digest(),
        sha256=sha256.hexdigest(),
    )
