"""An embedded WARC of any size is streamed: a bag holding a 600 MiB WARC validates in constant memory.

The WARC is generated in the test's temporary folder (one 600 MiB resource record between two small
records, digests correct), and so are the bag's manifests; nothing large is committed. Memory is the peak
RSS of the validating process, which must stay far below the WARC's size. Smaller WARCs and WACZs check
the other forms a bag takes (compressed tar, zip) through the same streaming open.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from archiver.formats.bagit import validator as bagit
from archiver.formats.bagit.readers.choose import open_reader
from archiver.formats.bagit.view import BagView, opener_of
from archiver.validation import run
from archiver.validation.findings import Finding, Report

MIB = 1 << 20
BIG = 600 * MIB
_PATTERN = bytes(range(256)) * 4096  # 1 MiB that no compressor folds to nothing


def _record(fields: list[tuple[str, str]], length: int) -> bytes:
    head = ["WARC/1.1", *(f"{k}: {v}" for k, v in fields), f"Content-Length: {length}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode()


def _resource(n: int, size: int, digest: str) -> bytes:
    fields = [
        ("WARC-Type", "resource"),
        ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"),
        ("WARC-Date", "2024-01-02T03:04:05Z"),
        ("WARC-Target-URI", f"https://example.org/file{n}.bin"),
        ("Content-Type", "application/octet-stream"),
        ("WARC-Block-Digest", digest),
    ]
    return _record(fields, size)


def _sha1_label(h: hashlib._Hash) -> str:
    return "sha1:" + base64.b32encode(h.digest()).decode()


def write_warc(path: Path, size: int) -> str:
    """A WARC of a small record, a ``size``-byte one, and a small one, written in 1 MiB steps; its sha512."""
    whole = hashlib.sha512()
    big = hashlib.sha1()
    for i in range(0, size, MIB):
        big.update(_PATTERN[: min(MIB, size - i)])
    small = b"hello, world\n"
    with path.open("wb") as out:

        def put(data: bytes | memoryview) -> None:
            out.write(data)
            whole.update(data)

        for n, (block, length, digest) in enumerate(
            [
                (small, len(small), _sha1_label(hashlib.sha1(small))),
                (None, size, _sha1_label(big)),
                (small, len(small), _sha1_label(hashlib.sha1(small))),
            ],
            start=1,
        ):
            put(_resource(n, length, digest))
            if block is not None:
                put(block)
            else:
                view = memoryview(_PATTERN)
                for i in range(0, size, MIB):
                    put(view[: min(MIB, size - i)])
            put(b"\r\n\r\n")
    return whole.hexdigest()


def make_bag(root: Path, files: dict[str, Callable[[Path], str]]) -> Path:
    """A BagIt 1.0 bag at ``root``: each payload file written by its function, which returns its sha512."""
    (root / "data").mkdir(parents=True)
    (root / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    lines = [f"{write(root / 'data' / name)}  data/{name}\n" for name, write in files.items()]
    (root / "manifest-sha512.txt").write_text("".join(lines))
    tags = ["bagit.txt", "manifest-sha512.txt"]
    tag_lines = [f"{hashlib.sha512((root / t).read_bytes()).hexdigest()}  {t}\n" for t in tags]
    (root / "tagmanifest-sha512.txt").write_text("".join(tag_lines))
    return root


def serialize(bag: Path, archive: Path, mode: str) -> Path:
    if mode == "zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in sorted(bag.rglob("*")):
                zf.write(f, f"{bag.name}/{f.relative_to(bag)}")
        return archive
    with tarfile.open(archive, mode) as tf:  # type: ignore[call-overload]
        tf.add(bag, arcname=bag.name)
    return archive


_MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"rc": done.returncode, "out": done.stdout + done.stderr, "peak": peak}))
    """
)


def measured(*argv: str) -> tuple[int, str, int]:
    """Run a command in a fresh process and return its exit code, output and peak RSS in bytes (Linux)."""
    got = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True)
    result = json.loads(got.stdout)
    return result["rc"], result["out"], result["peak"]


#: The check run by ingest: RFC 8493 through the source, then check_beyond_bagit with the source's reader.
_INGEST_LIKE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from archiver.formats.bagit import validator as bagit
    from archiver.validation import run
    from archiver.validation.findings import Finding, Report
    from archiver.formats.bagit.readers.choose import open_reader
    source = open_reader(Path(sys.argv[1]))
    report = Report(target=sys.argv[1], kind=source.kind, fixity_checked=True)
    _listing, view = bagit.validate_with(source, report, bagit.BagOptions(jobs=1))
    run.check_beyond_bagit(report, view, source.read)
    print(report.stats.get("warc_records"), [(f.code, f.message) for f in report.findings])
    """
)


@pytest.fixture(scope="module")
def big_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "bigbag"
    return make_bag(root, {"big.warc": lambda p: write_warc(p, BIG)})


@pytest.fixture(scope="module")
def big_tar(big_bag: Path) -> Path:
    return serialize(big_bag, big_bag.parent / "bigbag.tar", "w")


@pytest.mark.slow
@pytest.mark.parametrize("form", ["folder", "tar"])
def test_600_mib_warc_in_a_bag_streams_in_constant_memory(form: str, big_bag: Path, big_tar: Path) -> None:
    target = big_bag if form == "folder" else big_tar
    rc, out, peak = measured(sys.executable, "-c", _INGEST_LIKE, str(target))
    assert rc == 0, out
    assert out.strip() == "3 []", out
    assert peak < BIG // 4, f"peak RSS {peak >> 20} MiB for a {BIG >> 20} MiB WARC"


@pytest.mark.slow
@pytest.mark.parametrize("form", ["folder", "tar"])
def test_600_mib_warc_in_a_bag_validates_through_the_cli(form: str, big_bag: Path, big_tar: Path) -> None:
    target = big_bag if form == "folder" else big_tar
    rc, out, peak = measured(sys.executable, "-m", "archiver", "validate", str(target))
    assert rc == 0 and "VALID" in out and "INVALID" not in out, out
    assert peak < BIG // 4, f"peak RSS {peak >> 20} MiB for a {BIG >> 20} MiB WARC"


_SUFFIX = {"w": ".tar", "w:gz": ".tar.gz", "zip": ".zip"}


def _target(bag: Path, form: str) -> Path:
    return bag if form == "folder" else serialize(bag, bag.parent / f"{bag.name}{_SUFFIX[form]}", form)


def _sha512_of(data: bytes) -> Callable[[Path], str]:
    def write(path: Path) -> str:
        path.write_bytes(data)
        return hashlib.sha512(data).hexdigest()

    return write


def _source_reader(target: Path) -> tuple[Report, BagView, Callable[[str, int], bytes]]:
    """The bag checked the way ingest checks it, with the source's own reader (which carries its open)."""
    source = open_reader(target)
    assert not isinstance(source, Finding)
    report = Report(target=str(target), kind=source.kind, fixity_checked=True)
    _listing, view = bagit.validate_with(source, report, bagit.BagOptions(jobs=1))
    assert view is not None
    return report, view, source.read


@pytest.mark.parametrize("form", ["folder", "w", "w:gz", "zip"])
def test_every_bag_form_streams_its_warcs_whole(tmp_path: Path, form: str) -> None:
    """A WARC of several reads, in each form a bag takes, is read to its end: 3 records, no finding."""
    bag = make_bag(tmp_path / "b", {"x.warc": lambda p: write_warc(p, 3 * MIB + 5)})
    report, view, read = _source_reader(_target(bag, form))
    assert opener_of(read) is not None
    run._check_embedded_warcs(report, view, read)
    assert report.stats["warc_records"] == 3 and not report.findings, report.findings


@pytest.mark.parametrize(
    ("form", "in_place"), [("folder", True), ("w", True), ("w:gz", False), ("zip", False)]
)
def test_embedded_wacz_is_read_in_place_where_the_bag_can_seek(
    tmp_path: Path, form: str, in_place: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WACZ over MAX_EMBEDDED_WACZ is still validated in a folder or a plain tar (opened seekably, in
    place); only a zip or a compressed tar, which stream forward only, leave it unread."""
    wacz = (
        Path(__file__).resolve().parents[2]
        / "shared"
        / "corpus"
        / "warc"
        / "py-wacz"
        / "valid_example_2.wacz"
    )
    if not wacz.is_file():
        pytest.skip("the shared corpus is not on this machine")
    data = wacz.read_bytes()
    bag = make_bag(tmp_path / "b", {"a.wacz": _sha512_of(data)})
    monkeypatch.setattr(run, "MAX_EMBEDDED_WACZ", len(data) // 2)
    report, view, read = _source_reader(_target(bag, form))
    run._check_embedded_waczs(report, view, read)
    if in_place:
        assert report.stats["wacz_files"] == 1
        assert not report.errors and "WACZ-EMBEDDED-TOO-LARGE" not in {f.code for f in report.findings}
    else:
        assert [f.code for f in report.findings] == ["WACZ-EMBEDDED-TOO-LARGE"]
        assert "wacz_files" not in report.stats


def test_stream_open_reads_members_whole_and_seeks_in_place(tmp_path: Path) -> None:
    data = _PATTERN * 3 + b"end"
    bag = make_bag(tmp_path / "b", {"f.bin": _sha512_of(data)})
    for form, seekable in (("folder", True), ("w", True), ("w:gz", False), ("zip", False)):
        source = open_reader(_target(bag, form))
        assert not isinstance(source, Finding)
        source.scan(speculate=False)
        with source.open("data/f.bin") as fh:
            assert fh.seekable() is seekable, form
            assert fh.read() == data
            if seekable:
                fh.seek(len(data) - 3)
                assert fh.read() == b"end"
        with pytest.raises(KeyError), source.open("data/none"):
            pass
        source.close()
