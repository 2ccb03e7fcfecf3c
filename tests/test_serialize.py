"""The deterministic tar of a bag: same bag, same bytes; size known in advance; readable by every tar."""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
import subprocess
import tarfile
from pathlib import Path

import bagit
import pytest

from archiver.formats.bagit.serialize import (
    BLOCK,
    RECORD,
    SerializeError,
    TarStream,
    bagging_mtime,
    iter_tar,
    member_header,
    plan_bag_tar,
    write_tar,
)
from archiver.formats.bagit.writer import PayloadFile, write_bag

BAGGING_DATE = "2024-05-06"
MTIME = 1714953600  # 2024-05-06T00:00:00Z


def make_bag(parent: Path, name: str, files: dict[str, bytes], *, date: str | None = BAGGING_DATE) -> Path:
    root = parent / name
    root.mkdir(parents=True)
    info = [("External-Identifier", f"urn:example:{name}")]
    if date:
        info.insert(0, ("Bagging-Date", date))
    write_bag(root, [PayloadFile(p, data) for p, data in files.items()], info, durable=False)
    return root


def tar_bytes(bag: Path) -> bytes:
    out = io.BytesIO()
    write_tar(plan_bag_tar(bag), out)
    return out.getvalue()


@pytest.fixture
def mixed_bag(tmp_path: Path) -> Path:
    """Names that exercise every header path: nested, empty, long (pax), non-ASCII (pax), odd sizes."""
    rng = random.Random(7)
    files = {
        "article.txt": b"An article.\n",
        "empty.bin": b"",
        "exact-block.bin": rng.randbytes(BLOCK),
        "sub/deeper/odd.bin": rng.randbytes(3 * BLOCK + 17),
        "sub/Zeitung-\u00fcber-Stra\u00dfe.txt": "gr\u00fc\u00dfe".encode(),
        "l" * 150 + ".txt": b"long name\n",
        "\u65b0\u95fb/\u6587\u7ae0.txt": "\u65b0\u95fb".encode(),
    }
    return make_bag(tmp_path / "src", "news-bag", files)


def test_two_tars_of_the_same_bag_are_byte_identical(mixed_bag: Path, tmp_path: Path) -> None:
    first = tar_bytes(mixed_bag)
    # A copy elsewhere, with other timestamps and permissions, serializes to the same bytes.
    copy = tmp_path / "elsewhere" / mixed_bag.name
    shutil.copytree(mixed_bag, copy)
    for path in copy.rglob("*"):
        os.utime(path, (1, 1))
        path.chmod(0o700 if path.is_dir() else 0o600)
    assert tar_bytes(mixed_bag) == first
    assert tar_bytes(copy) == first


def test_computed_size_is_the_real_size(mixed_bag: Path) -> None:
    plan = plan_bag_tar(mixed_bag)
    data = tar_bytes(mixed_bag)
    assert plan.size == len(data)
    assert plan.size % RECORD == 0
    assert data[plan.payload_end :] == bytes(plan.size - plan.payload_end)
    assert sum(len(c) for c in iter_tar(plan, chunk_size=777)) == plan.size


def test_python_tarfile_reads_one_top_level_directory(mixed_bag: Path) -> None:
    with tarfile.open(fileobj=io.BytesIO(tar_bytes(mixed_bag))) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert {n.split("/")[0] for n in names} == {"news-bag"}
    assert names[0] == "news-bag" and members[0].isdir()
    assert "news-bag/data/" + "l" * 150 + ".txt" in names
    assert "news-bag/data/\u65b0\u95fb/\u6587\u7ae0.txt" in names
    for m in members:
        assert (m.uid, m.gid, m.uname, m.gname, m.mtime) == (0, 0, "", "", MTIME)
        assert m.mode == (0o755 if m.isdir() else 0o644)
        assert m.isdir() or m.isfile()
    # Depth-first, each folder sorted: a folder's contents follow it directly.
    assert names.index("news-bag/data/sub") < names.index("news-bag/data/sub/deeper/odd.bin")
    assert names == sorted(names, key=lambda n: n.split("/"))


def test_extracted_bag_validates_with_bagit_python(mixed_bag: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with tarfile.open(fileobj=io.BytesIO(tar_bytes(mixed_bag))) as tar:
        tar.extractall(out, filter="data")
    extracted = out / "news-bag"
    bagit.Bag(str(extracted)).validate()
    for path in mixed_bag.rglob("*"):
        twin = extracted / path.relative_to(mixed_bag)
        assert twin.is_dir() if path.is_dir() else twin.read_bytes() == path.read_bytes()


@pytest.mark.skipif(shutil.which("tar") is None, reason="no tar command")
def test_gnu_tar_lists_it_without_complaint(mixed_bag: Path, tmp_path: Path) -> None:
    archive = tmp_path / "bag.tar"
    archive.write_bytes(tar_bytes(mixed_bag))
    listing = subprocess.run(["tar", "-tf", str(archive)], capture_output=True, text=True, check=True)
    assert listing.stderr == ""
    assert "news-bag/bagit.txt" in listing.stdout.splitlines()


def test_bytes_equal_what_tarfile_writes_in_pax_format(mixed_bag: Path) -> None:
    """Cross-check the hand-written headers against the standard library's writer."""
    if tarfile.TarInfo("x").tobuf(tarfile.PAX_FORMAT)[329:345] != bytes(16):
        pytest.skip("this Python's tarfile writes device numbers for regular files (older releases)")
    plan = plan_bag_tar(mixed_bag)
    expected = io.BytesIO()
    with tarfile.open(fileobj=expected, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for m in plan.members:
            info = tarfile.TarInfo(m.name.rstrip("/"))
            info.mtime, info.uid, info.gid, info.uname, info.gname = MTIME, 0, 0, "", ""
            if m.source is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                info.size, info.mode = m.size, 0o644
                with m.source.open("rb") as fh:
                    tar.addfile(info, fh)
    assert tar_bytes(mixed_bag) == expected.getvalue()


#: Changes only when the serialization changes on purpose (and then old objects read as different).
GOLDEN_SHA256 = "269fd261797e23525361c5fc950b016c70b22e9ef0df196159bc340f87fed595"


def test_known_digest_never_changes(tmp_path: Path) -> None:
    """The bytes are part of the contract: an object store compares them across tool versions."""
    bag = tmp_path / "fixed"
    files = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": b"Bagging-Date: 2024-05-06\n",
        "data/a.txt": b"alpha\n",
        "data/" + "\u00e9" * 60 + "/c.txt": b"gamma\n",
    }
    for name, content in files.items():
        (bag / name).parent.mkdir(parents=True, exist_ok=True)
        (bag / name).write_bytes(content)
    data = tar_bytes(bag)
    assert hashlib.sha256(data).hexdigest() == GOLDEN_SHA256


def test_mtime_comes_from_bagging_date_or_zero(tmp_path: Path) -> None:
    assert bagging_mtime(make_bag(tmp_path, "dated", {"a": b"x"})) == MTIME
    undated = make_bag(tmp_path, "undated", {"a": b"x"}, date=None)
    assert bagging_mtime(undated) == 0
    assert plan_bag_tar(undated).mtime == 0


def test_stream_is_seekable_and_reads_any_range(mixed_bag: Path) -> None:
    plan = plan_bag_tar(mixed_bag)
    data = tar_bytes(mixed_bag)
    rng = random.Random(1)
    with TarStream(plan) as stream:
        for _ in range(200):
            start = rng.randrange(plan.size)
            length = rng.randrange(1, 5000)
            stream.seek(start)
            assert stream.read(length) == data[start : start + length]
        stream.seek(0, io.SEEK_END)
        assert stream.read(10) == b""


def test_symlink_is_refused(mixed_bag: Path) -> None:
    (mixed_bag / "data" / "link.txt").symlink_to(mixed_bag / "data" / "article.txt")
    with pytest.raises(SerializeError) as err:
        plan_bag_tar(mixed_bag)
    assert err.value.code == "SERIALIZE_SYMLINK"
    assert "link.txt" in err.value.one_line()


def test_fifo_is_refused(mixed_bag: Path) -> None:
    os.mkfifo(mixed_bag / "data" / "pipe")
    with pytest.raises(SerializeError) as err:
        plan_bag_tar(mixed_bag)
    assert err.value.code == "SERIALIZE_SPECIAL_FILE"


def test_file_changing_size_is_detected(mixed_bag: Path) -> None:
    plan = plan_bag_tar(mixed_bag)
    (mixed_bag / "data" / "article.txt").write_bytes(b"A longer article than before.\n")
    with pytest.raises(SerializeError) as err:
        write_tar(plan, io.BytesIO())
    assert err.value.code == "SERIALIZE_BAG_CHANGED"


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(SerializeError) as err:
        plan_bag_tar(tmp_path / "missing")
    assert err.value.code == "SERIALIZE_NOT_A_FOLDER"


def test_huge_sizes_go_into_a_pax_record() -> None:
    header = member_header("bag/data/huge.bin", size=9 * 1024**3, mtime=0, is_dir=False)
    assert len(header) == 3 * BLOCK  # pax header, its records, the ustar header
    assert b" size=9663676416\n" in header
    info = tarfile.TarInfo.frombuf(header[-BLOCK:], "utf-8", "strict")
    assert info.size == 0  # the pax record carries the real size
