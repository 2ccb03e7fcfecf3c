"""Serialized bags (tar, tar.gz/.tgz, tar.bz2, tar.xz, zip): validated in place, never extracted.

Every malicious archive here is also checked to have written nothing anywhere: the extraction methods
of tarfile and zipfile are made to fail, and the folders around the archive are compared before and after.
"""

from __future__ import annotations

import io
import os
import struct
import tarfile
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import archiver.formats.bagit.readers.base as readers_base
import archiver.formats.bagit.readers.codes as reader_codes
import archiver.formats.bagit.readers.tar as tar_reader
import archiver.formats.bagit.validator as bagit_validator
import archiver.formats.safety as safety
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.validation.findings import Report

INFO = [("Source-Organization", "Riverside Library"), ("Bagging-Date", "2024-05-01")]
FILES = {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)) * 50, "c": b""}
TAG_FIRST = ("bagit.txt", "bag-info.txt", "manifest-", "tagmanifest-")


def make_bag(parent: Path, name: str = "bag", algorithms: tuple[str, ...] = ("sha256", "sha512")) -> Path:
    root = parent / name
    root.mkdir(parents=True)
    write_bag(root, [PayloadFile(p, d) for p, d in FILES.items()], INFO, algorithms, durable=False)
    return root


def members(root: Path, *, tags_first: bool = False) -> list[tuple[Path, str]]:
    """(file, archive name) for every file and folder of a bag folder, as ``bag/...``."""
    items = sorted(root.rglob("*"))
    if tags_first:
        items.sort(key=lambda p: (p.relative_to(root).parts[0] == "data", str(p)))
    return [(root, root.name)] + [(p, f"{root.name}/{p.relative_to(root).as_posix()}") for p in items]


def to_tar(
    root: Path, target: Path, mode: str = "w", *, tags_first: bool = False, prefix: str | None = None
) -> Path:
    with tarfile.open(target, mode) as tf:  # type: ignore[call-overload]
        for path, name in members(root, tags_first=tags_first):
            if prefix is not None:
                name = name.replace(root.name, prefix, 1).lstrip("/")
                if not name:
                    continue
            tf.add(path, arcname=name, recursive=False)
    return target


def to_zip(root: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, name in members(root):
            if path.is_file():
                zf.write(path, name)
    return target


def codes(report: Report) -> set[str]:
    return {f.code for f in report.findings}


def has(report: Report, code: str, path: str | None) -> bool:
    return any(f.code == code and f.path == path for f in report.findings)


def snapshot(folder: Path, *around: Path) -> set[str]:
    """Every path under ``folder``, and the entries directly in each of ``around`` (where an escaping
    member would land: walking the test run's whole temporary folder made each test take 10 s and more)."""
    return {str(p) for p in folder.rglob("*")} | {str(p) for place in around for p in place.iterdir()}


@pytest.fixture
def no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an archive was extracted")

    for cls, names in (
        (tarfile.TarFile, ("extract", "extractall")),
        (zipfile.ZipFile, ("extract", "extractall")),
    ):
        for name in names:
            monkeypatch.setattr(cls, name, refuse)


# --- valid serialized bags ------------------------------------------------------------------------------

FORMATS: dict[str, tuple[str, Callable[[Path, Path], Path], str]] = {
    "tar": ("bag.tar", lambda r, t: to_tar(r, t, "w"), "application/x-tar"),
    "tar.gz": ("bag.tar.gz", lambda r, t: to_tar(r, t, "w:gz"), "application/gzip"),
    "tgz": ("bag.tgz", lambda r, t: to_tar(r, t, "w:gz"), "application/gzip"),
    "tar.bz2": ("bag.tar.bz2", lambda r, t: to_tar(r, t, "w:bz2"), "application/x-bzip2"),
    "tar.xz": ("bag.tar.xz", lambda r, t: to_tar(r, t, "w:xz"), "application/x-xz"),
    "zip": ("bag.zip", to_zip, "application/zip"),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_same_bag_validates_in_every_format(tmp_path: Path, fmt: str, no_extraction: None) -> None:
    name, build, media_type = FORMATS[fmt]
    archive = build(make_bag(tmp_path / "src"), tmp_path / name)
    before = snapshot(tmp_path)
    report, view, reader = bagit_validator.validate_bag(archive)
    assert report.findings == [], [(f.code, f.path, f.message) for f in report.findings]
    assert report.kind == "serialized-bag" and report.valid and report.fixity_checked
    assert view is not None and reader is not None
    assert view.name == "bag" and view.serialization == media_type
    assert set(view.payload_files) == {f"data/{p}" for p in FILES}
    assert reader("data/sub/b.bin", 1 << 20) == FILES["sub/b.bin"]
    assert reader("data/sub/b.bin", 10) == FILES["sub/b.bin"][:10]
    with pytest.raises(KeyError):
        reader("data/none", 10)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_damaged_payload_file_is_found_in_every_format(tmp_path: Path, fmt: str) -> None:
    name, build, _media_type = FORMATS[fmt]
    root = make_bag(tmp_path / "src")
    (root / "data" / "a.txt").write_bytes(b"alphA\n")
    report = bagit_validator.validate_bag(build(root, tmp_path / name))[0]
    assert codes(report) == {"BAG-MANIFEST-CHECKSUM"} and has(report, "BAG-MANIFEST-CHECKSUM", "data/a.txt")


@pytest.mark.parametrize("fmt", ["tar", "tar.gz", "zip"])
def test_fast_and_completeness_modes_on_archives(tmp_path: Path, fmt: str) -> None:
    name, build, _media_type = FORMATS[fmt]
    root = make_bag(tmp_path / "src")
    (root / "data" / "a.txt").write_bytes(b"alphA\n")
    (root / "data" / "c").unlink()
    archive = build(root, tmp_path / name)
    fast = bagit_validator.validate_bag(archive, bagit_validator.BagOptions(fast=True))[0]
    assert codes(fast) == {"BAG-OXUM-MISMATCH"} and not fast.fixity_checked
    complete = bagit_validator.validate_bag(archive, bagit_validator.BagOptions(completeness_only=True))[0]
    assert codes(complete) == {"BAG-OXUM-MISMATCH", "BAG-PAYLOAD-MISSING"}


# --- one streaming pass over a compressed tar ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tags_first", "algorithms", "second_pass"),
    [
        (True, ("sha256", "sha512"), False),  # manifests came first: hashed with what they declare
        (False, ("sha256", "sha512"), False),  # manifests came last: the common algorithms covered them
        (True, ("sha3256",), False),
        (False, ("sha3256", "md5"), True),  # sha3256 is not a common one: a second pass for it
    ],
)
def test_streamed_tar_hashes_in_one_pass_when_it_can(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tags_first: bool,
    algorithms: tuple[str, ...],
    second_pass: bool,
) -> None:
    monkeypatch.setattr(tar_reader, "STREAM_CACHE_FILE", 0)  # hash every member as it streams, cache nothing
    monkeypatch.setattr(readers_base, "PIPELINE_FILE", 1)  # and use the threaded pipeline for each
    passes: list[int] = []
    real = tar_reader.StreamTarReader._second_pass

    def spy(
        self: tar_reader.StreamTarReader,
        wanted: dict[str, tuple[str, ...]],
        results: readers_base.HashResults,
    ) -> None:
        passes.append(len(wanted))
        real(self, wanted, results)

    monkeypatch.setattr(tar_reader.StreamTarReader, "_second_pass", spy)
    root = make_bag(tmp_path / "src", algorithms=algorithms)
    archive = to_tar(root, tmp_path / "bag.tar.gz", "w:gz", tags_first=tags_first)
    report, _view, reader = bagit_validator.validate_bag(archive)
    assert report.findings == []
    assert bool(passes) is second_pass
    assert reader is not None and reader("data/sub/b.bin", 1 << 20) == FILES["sub/b.bin"]


# --- malicious and damaged archives --------------------------------------------------------------------


def _tar_with(tmp_path: Path, extra: Iterator[tuple[tarfile.TarInfo, bytes | None]], mode: str = "w") -> Path:
    root = make_bag(tmp_path / "src")
    archive = to_tar(root, tmp_path / ("bag.tar" if mode == "w" else "bag.tar.gz"), mode)
    if mode != "w":
        raise AssertionError("append works on plain tars only")
    with tarfile.open(archive, "a") as tf:
        for info, data in extra:
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return archive


def _member(
    name: str, kind: bytes = tarfile.REGTYPE, data: bytes = b"evil\n", link: str = ""
) -> tuple[tarfile.TarInfo, bytes | None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    if kind == tarfile.REGTYPE:
        info.size = len(data)
        return info, data
    return info, None


@pytest.mark.parametrize(
    ("member", "code"),
    [
        (_member("../evil"), "TAR-MEMBER-UNSAFE"),
        (_member("bag/data/../../../evil"), "TAR-MEMBER-UNSAFE"),
        (_member("/tmp/archiver-test-absolute-evil"), "TAR-MEMBER-UNSAFE"),
        (_member("C:/evil"), "TAR-MEMBER-UNSAFE"),
        (_member("bag\\..\\..\\evil"), "TAR-MEMBER-UNSAFE"),
        (_member("bag/data/link", tarfile.SYMTYPE, link="/etc/passwd"), "TAR-MEMBER-LINK"),
        (_member("bag/data/hard", tarfile.LNKTYPE, link="bag/data/a.txt"), "TAR-MEMBER-LINK"),
        (_member("bag/data/fifo", tarfile.FIFOTYPE), "TAR-MEMBER-SPECIAL"),
        (_member("bag/data/dev", tarfile.CHRTYPE), "TAR-MEMBER-SPECIAL"),
        (_member("bag/data/a.txt", data=b"alpha\n"), "TAR-MEMBER-DUPLICATE"),
    ],
    ids=[
        "dotdot",
        "deep-dotdot",
        "absolute",
        "drive",
        "backslash",
        "symlink",
        "hardlink",
        "fifo",
        "device",
        "duplicate",
    ],
)
def test_malicious_tar_members_are_refused(
    tmp_path: Path, member: tuple[tarfile.TarInfo, bytes | None], code: str, no_extraction: None
) -> None:
    archive = _tar_with(tmp_path, iter([member]))
    for compressed in (False, True):
        target = archive
        if compressed:
            target = tmp_path / "bag.tar.gz"
            target.write_bytes(_gzip(archive.read_bytes()))
        before = snapshot(tmp_path, tmp_path.parent)
        report = bagit_validator.validate_bag(target)[0]
        assert codes(report) == {code}, [(f.code, f.path, f.message) for f in report.findings]
        assert has(report, code, member[0].name) and not report.valid
        assert snapshot(tmp_path, tmp_path.parent) == before
    assert not Path("/tmp/archiver-test-absolute-evil").exists()
    assert not (tmp_path.parent / "evil").exists() and not (tmp_path / "evil").exists()


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data)


def _zip_with(
    tmp_path: Path, name: str, data: bytes = b"evil\n", *, mode: int | None = None, flags: int = 0
) -> Path:
    archive = to_zip(make_bag(tmp_path / "src"), tmp_path / "bag.zip")
    info = zipfile.ZipInfo(name)
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(archive, "a") as zf:
            zf.writestr(info, data)
    if flags:  # zipfile clears the flag bits it writes: set them in the last central directory entry
        raw = bytearray(archive.read_bytes())
        entry = raw.rindex(b"PK\x01\x02")
        struct.pack_into("<H", raw, entry + 8, struct.unpack_from("<H", raw, entry + 8)[0] | flags)
        archive.write_bytes(bytes(raw))
    return archive


@pytest.mark.parametrize(
    ("name", "mode", "flags", "code"),
    [
        ("../evil", None, 0, "ZIP-MEMBER-UNSAFE"),
        ("/tmp/archiver-test-absolute-evil", None, 0, "ZIP-MEMBER-UNSAFE"),
        ("bag/../../evil", None, 0, "ZIP-MEMBER-UNSAFE"),
        ("bag\\..\\evil", None, 0, "ZIP-MEMBER-UNSAFE"),
        ("bag/data/link", 0o120777, 0, "ZIP-MEMBER-LINK"),
        ("bag/data/fifo", 0o010644, 0, "ZIP-MEMBER-SPECIAL"),
        ("bag/data/secret", 0o100644, 0x1, "ZIP-ENCRYPTED"),
        ("bag/data/a.txt", None, 0, "ZIP-MEMBER-DUPLICATE"),
    ],
)
def test_malicious_zip_members_are_refused(
    tmp_path: Path, name: str, mode: int | None, flags: int, code: str, no_extraction: None
) -> None:
    archive = _zip_with(
        tmp_path, name, b"alpha\n" if code.endswith("DUPLICATE") else b"evil\n", mode=mode, flags=flags
    )
    before = snapshot(tmp_path, tmp_path.parent)
    report = bagit_validator.validate_bag(archive)[0]
    assert codes(report) == {code}, [(f.code, f.path, f.message) for f in report.findings]
    assert has(report, code, name)
    assert snapshot(tmp_path, tmp_path.parent) == before
    assert not Path("/tmp/archiver-test-absolute-evil").exists()


def test_zip_member_with_a_bad_crc_is_unreadable(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    archive = tmp_path / "bag.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for path, name in members(root):
            if path.is_file():
                zf.write(path, name)
    data = bytearray(archive.read_bytes())
    at = data.index(b"alpha\n")
    data[at] ^= 0x20  # 'A': the CRC in the headers no longer matches
    archive.write_bytes(bytes(data))
    report = bagit_validator.validate_bag(archive)[0]
    assert has(report, "BAG-FILE-UNREADABLE", "data/a.txt"), [(f.code, f.path) for f in report.findings]
    assert "CRC" in next(f.message for f in report.findings if f.code == "BAG-FILE-UNREADABLE")


def test_overlapping_zip_members_are_a_bomb(tmp_path: Path) -> None:
    archive = to_zip(make_bag(tmp_path / "src"), tmp_path / "bag.zip")
    data = bytearray(archive.read_bytes())
    central = [i for i in range(len(data)) if data[i : i + 4] == b"PK\x01\x02"]
    first_offset = struct.unpack_from("<I", data, central[0] + 42)[0]
    struct.pack_into(
        "<I", data, central[1] + 42, first_offset
    )  # the second entry now reuses the first's data
    archive.write_bytes(bytes(data))
    report = bagit_validator.validate_bag(archive)[0]
    assert "ZIP-BOMB" in codes(report) and not report.valid


def test_decompression_bombs_are_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_extraction: None
) -> None:
    monkeypatch.setattr(safety, "BOMB_MIN_BYTES", 1024 * 1024)
    monkeypatch.setattr(safety, "BOMB_RATIO", 100)
    root = tmp_path / "src" / "bag"
    root.mkdir(parents=True)
    write_bag(root, [PayloadFile("zeros.bin", bytes(8 * 1024 * 1024))], INFO, ("sha256",), durable=False)
    tgz = to_tar(root, tmp_path / "bag.tar.gz", "w:gz")
    report = bagit_validator.validate_bag(tgz)[0]
    assert "TAR-BOMB" in codes(report) and not report.valid
    archive = to_zip(root, tmp_path / "bag.zip")
    report = bagit_validator.validate_bag(archive)[0]
    assert has(report, "ZIP-BOMB", "bag/data/zeros.bin")
    assert has(report, "BAG-PAYLOAD-MISSING", "data/zeros.bin")  # refused, so never read


# --- the one top-level folder --------------------------------------------------------------------------


def test_two_top_level_folders(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    archive = tmp_path / "bag.tar"
    with tarfile.open(archive, "w") as tf:
        tf.add(root, arcname="bag")
        tf.add(root, arcname="other")
    report, view, reader = bagit_validator.validate_bag(archive)
    assert codes(report) == {"TAR-ROOT"} and view is None and reader is None


def test_zip_without_one_bag_folder(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    archive = tmp_path / "bag.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for top in ("bag", "other"):
            for path, name in members(root):
                if path.is_file():
                    zf.write(path, name.replace("bag", top, 1))
    report, view, _reader = bagit_validator.validate_bag(archive)
    assert codes(report) == {"ZIP-ROOT"} and view is None
    with zipfile.ZipFile(archive, "w"):
        pass  # an empty zip
    report, view, _reader = bagit_validator.validate_bag(archive)
    assert codes(report) == {"ZIP-ROOT"} and view is None


def test_bag_serialized_from_inside_its_folder(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    archive = to_tar(root, tmp_path / "bag.tar", prefix="")
    report, view, _reader = bagit_validator.validate_bag(archive)
    assert codes(report) == {"TAR-ROOT"} and view is not None and view.name == "bag"
    archive = to_tar(root, tmp_path / "dotted.tar", prefix=".")  # ./bagit.txt, ./data/a.txt
    assert codes(bagit_validator.validate_bag(archive)[0]) == {"TAR-ROOT"}


def test_files_beside_the_bag_folder(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    (tmp_path / "README").write_text("not part of the bag")
    archive = to_tar(root, tmp_path / "bag.tar")
    with tarfile.open(archive, "a") as tf:
        tf.add(tmp_path / "README", arcname="README")
    report = bagit_validator.validate_bag(archive)[0]
    assert codes(report) == {"TAR-ROOT"}


def test_folder_name_should_match_the_archive(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    report = bagit_validator.validate_bag(to_tar(root, tmp_path / "renamed.tar"))[0]
    assert codes(report) == {"TAR-ROOT-NAME"} and has(report, "TAR-ROOT-NAME", "bag") and report.valid
    report = bagit_validator.validate_bag(to_zip(root, tmp_path / "renamed.zip"))[0]
    assert codes(report) == {"ZIP-ROOT-NAME"} and report.valid


def test_dot_slash_member_names_are_fine(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    archive = to_tar(root, tmp_path / "bag.tar", prefix="./bag")
    assert bagit_validator.validate_bag(archive)[0].findings == []


# --- truncation and damage -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["tar", "tar.gz", "tar.bz2", "tar.xz"])
def test_truncated_tars_are_corrupt(tmp_path: Path, fmt: str) -> None:
    name, build, _media_type = FORMATS[fmt]
    root = tmp_path / "src" / "bag"
    root.mkdir(parents=True)
    payload = {**FILES, "zz.bin": os.urandom(20000)}  # incompressible
    write_bag(root, [PayloadFile(p, d) for p, d in payload.items()], INFO, durable=False)
    archive = build(root, tmp_path / name)
    data = archive.read_bytes()
    if fmt == "tar":
        with tarfile.open(archive) as tf:
            zz = tf.getmember("bag/data/zz.bin")
            last = tf.getmembers()[-1]
        # inside a member's data; then inside the last member's padding
        end = last.offset_data + tarfile.BLOCKSIZE * ((last.size + 511) // 512)
        cuts = [zz.offset_data + 10000, end - 3]
    else:
        cuts = [len(data) // 2, len(data) - 10]
    for cut in cuts:
        archive.write_bytes(data[:cut])
        report = bagit_validator.validate_bag(archive)[0]
        assert "TAR-CORRUPT" in codes(report), (cut, [(f.code, f.path) for f in report.findings])
        assert not report.valid
    if fmt == "tar":  # cut just before the end-of-archive marker: every member is whole (DART's tars end so)
        archive.write_bytes(data[:end])
        report = bagit_validator.validate_bag(archive)[0]
        assert codes(report) == {"TAR-END-MARKER-MISSING"} and report.valid


def test_damaged_tar_header_is_corrupt(tmp_path: Path) -> None:
    archive = to_tar(make_bag(tmp_path / "src"), tmp_path / "bag.tar")
    data = bytearray(archive.read_bytes())
    at = data.index(b"bag/data/a.txt")
    data[at : at + 3] = b"\xff\xfe\xfd"  # the header's checksum no longer matches
    archive.write_bytes(bytes(data))
    report = bagit_validator.validate_bag(archive)[0]
    assert "TAR-CORRUPT" in codes(report) and not report.valid


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    archive = to_zip(make_bag(tmp_path / "src"), tmp_path / "bag.zip")
    archive.write_bytes(archive.read_bytes()[:-30])
    report, view, _reader = bagit_validator.validate_bag(archive)
    assert codes(report) == {"ZIP-CORRUPT"} and view is None


def test_flipped_byte_in_a_compressed_stream(tmp_path: Path) -> None:
    archive = to_tar(make_bag(tmp_path / "src"), tmp_path / "bag.tar.gz", "w:gz")
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x55
    archive.write_bytes(bytes(data))
    report = bagit_validator.validate_bag(archive)[0]
    assert not report.valid


def test_every_archive_code_is_proven_here() -> None:
    text = Path(__file__).read_text(encoding="utf-8")
    archive_codes = [c for c in reader_codes.CODES if c.startswith(("TAR-", "ZIP-"))]
    assert len(archive_codes) == 18
    assert [c for c in archive_codes if f'"{c}"' not in text] == []
