"""What a target is comes from its content, never from its name alone; tars that end without their marker.

Every kind of target is written here under a name that lies about it (or says nothing), and must be
validated as what it is, with a TARGET-NAME-MISMATCH warning and the right kind in ``--json``; the same
files under their right names carry no such warning. Tars that end without the end-of-archive marker
(POSIX.1-2017 ustar: two 512-byte zero blocks), as DART writes them, are read with a warning, while a tar
cut inside a header or a member stays invalid.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

import archiver.formats.bagit.validator as bagit_validator
from archiver.errors import UsageError
from archiver.formats import detect
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.formats.wacz.writer import build_wacz
from archiver.formats.warc.writer import build_article_warc
from archiver.validation.findings import REGISTRY, Report, Severity
from archiver.validation.run import ValidateOptions, target_kind, validate, validate_target
from tests.ocfl_fixtures import OcflObject

MISMATCH = "TARGET-NAME-MISMATCH"
END_MISSING = "TAR-END-MARKER-MISSING"
INFO = [("Source-Organization", "Riverside Library"), ("Bagging-Date", "2024-05-01")]
FILES = {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)) * 50, "c": b""}
WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


def cli_json(target: Path) -> tuple[int, dict[str, object]]:
    got = cli("validate", "--json", str(target))
    assert got.returncode in (0, 1), got.stdout + got.stderr
    assert "Traceback" not in got.stderr
    return got.returncode, json.loads(got.stdout)


def codes(report: Report) -> set[str]:
    return {f.code for f in report.findings}


def json_codes(report: dict[str, object]) -> list[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return [f["code"] for f in findings]


# --- what is written under the wrong names --------------------------------------------------------------


def make_bag(parent: Path, name: str = "bag") -> Path:
    root = parent / name
    root.mkdir(parents=True)
    write_bag(root, [PayloadFile(p, d) for p, d in FILES.items()], INFO, ("sha256",), durable=False)
    return root


def tar_bytes(root: Path, mode: str = "w") -> bytes:
    """The bag folder as a tar (``mode``: tarfile's, for compression), its members under ``bag/``."""
    target = root.parent / f"built-{mode.replace(':', '-')}"
    with tarfile.open(target, mode) as tf:  # type: ignore[call-overload]
        tf.add(root, arcname=root.name)
    data = target.read_bytes()
    target.unlink()
    return data


def zip_bytes(root: Path) -> bytes:
    target = root.parent / "built.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                zf.write(path, f"{root.name}/{path.relative_to(root).as_posix()}")
    data = target.read_bytes()
    target.unlink()
    return data


def warc_gz() -> bytes:
    """Our writer's WARC for a fixed article: three records, one gzip member each."""
    return build_article_warc(
        filename="article.warc.gz",
        article=b"<!doctype html><html><body>" + b"<p>Text.</p>" * 50 + b"</body></html>",
        media_type="text/html; charset=utf-8",
        target_uri="https://example.org/news/story",
        metadata_json=b'{"title": "Story"}',
        metadata_uri="urn:x-archiver:metadata:story",
        captured=WHEN,
        operator="Archive team",
        software="archiver test",
        seed="detection-test",
    ).data


def warc_plain() -> bytes:
    return gzip.decompress(warc_gz())  # every member, one after the other


ARC = (
    b"filedesc://example.arc 0.0.0.0 20240102030405 text/plain 75\n"
    b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n\n"
)


def wacz_bytes() -> bytes:
    return build_wacz(
        warc_name="data.warc.gz",
        warc_data=warc_gz(),
        entries=[],
        pages=[],
        title="T",
        created=WHEN,
        software="archiver test",
    ).data


#: content form -> (bytes of that content, built from a bag folder)
CONTENT: dict[str, Callable[[Path], bytes]] = {
    "warc": lambda _root: warc_plain(),
    "warc.gz": lambda _root: warc_gz(),
    "arc": lambda _root: ARC,
    "arc.gz": lambda _root: gzip.compress(ARC),
    "tar": lambda root: tar_bytes(root),
    "tar.gz": lambda root: tar_bytes(root, "w:gz"),
    "tar.bz2": lambda root: tar_bytes(root, "w:bz2"),
    "tar.xz": lambda root: tar_bytes(root, "w:xz"),
    "zip": zip_bytes,
    "wacz": lambda _root: wacz_bytes(),
}
KIND = {form: detect.KIND_OF_FORM[form] for form in CONTENT}
#: The verdict each content gets whatever its name: ARC files are not WARCs (WARC-NOT-WARC).
VALID = {form: form not in ("arc", "arc.gz") for form in CONTENT}
RIGHT_NAME = {
    "warc": "x.warc",
    "warc.gz": "x.warc.gz",
    "arc": "x.arc",
    "arc.gz": "x.arc.gz",
    "tar": "bag.tar",
    "tar.gz": "bag.tar.gz",
    "tar.bz2": "bag.tar.bz2",
    "tar.xz": "bag.tar.xz",
    "zip": "bag.zip",
    "wacz": "x.wacz",
}
#: (content form, a name that lies about it or says nothing)
MISNAMED = [
    ("warc", "x.warc.gz"),
    ("warc", "x.dat"),
    ("warc.gz", "x.warc"),  # py-wacz's example-collection.warc is so
    ("warc.gz", "example-bad.warc.gz.bad"),  # warcio's test data
    ("arc", "x.warc"),
    ("arc.gz", "x.arc"),
    ("tar", "bag.warc"),
    ("tar", "bag"),
    ("tar.gz", "bag.tar"),
    ("tar.gz", "bag.zip"),
    ("tar.bz2", "bag.tar.gz"),
    ("tar.xz", "bag.bin"),
    ("zip", "bag.wacz"),
    ("zip", "bag.tar"),
    ("wacz", "x.zip"),
    ("wacz", "x.warc.gz"),
]


def write_content(tmp_path: Path, form: str, name: str) -> Path:
    data = CONTENT[form](make_bag(tmp_path / "src"))
    target = tmp_path / name
    target.write_bytes(data)
    return target


# --- detection itself -----------------------------------------------------------------------------------


@pytest.mark.parametrize("form", sorted(CONTENT))
def test_sniff_finds_every_form(tmp_path: Path, form: str) -> None:
    target = write_content(tmp_path, form, "unnamed")
    assert detect.sniff(target) == form
    assert target_kind(target) == KIND[form]


def test_the_code_is_registered() -> None:
    info = REGISTRY[MISMATCH]
    assert info.severity is Severity.WARNING and "RFC 1952" in info.spec
    assert REGISTRY[END_MISSING].severity is Severity.WARNING and "POSIX" in REGISTRY[END_MISSING].spec


def test_sniffing_reads_and_inflates_only_the_first_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a gzip bomb: 64 MiB of zeros behind a WARC line must not be inflated to decide what the file is
    bomb = tmp_path / "bomb"
    bomb.write_bytes(gzip.compress(b"WARC/1.1\r\n" + b"\0" * (64 * 1024 * 1024), 1))
    reads: list[int] = []
    real_open = open

    class Counting:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> Counting:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def read(self, n: int = -1) -> bytes:
            assert n > 0, "sniffing must never read a file to its end"
            data: bytes = self.fh.read(n)  # type: ignore[attr-defined]
            reads.append(len(data))
            return data

    monkeypatch.setattr(detect, "open", lambda p, mode: Counting(real_open(p, mode)), raising=False)
    assert detect.sniff(bomb) == "warc.gz"
    assert sum(reads) <= detect.SNIFF_BYTES


def test_a_bzip2_tar_is_found_within_its_budget(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    (root / "data" / "big.bin").write_bytes(os.urandom(2 * 1024 * 1024))  # the first bzip2 block is full
    target = tmp_path / "bag.unknown"
    target.write_bytes(tar_bytes(root, "w:bz2"))
    assert detect.sniff(target) == "tar.bz2"


def test_a_gzip_of_something_else_goes_by_its_name(tmp_path: Path) -> None:
    target = tmp_path / "bag.tar.gz"
    target.write_bytes(gzip.compress(b"just text, no tar header here\n" * 40))
    assert detect.sniff(target) is None and target_kind(target) == "serialized-bag"
    report = validate_target(target, ValidateOptions())
    assert MISMATCH not in codes(report) and "TAR-CORRUPT" in codes(report) and not report.valid


# --- misnamed files: validated by content, with the warning ---------------------------------------------


ROOT_NAME = {"TAR-ROOT-NAME", "ZIP-ROOT-NAME"}


@pytest.mark.parametrize(("form", "name"), MISNAMED, ids=[f"{f}-as-{n}" for f, n in MISNAMED])
def test_misnamed_file_is_validated_by_its_content(tmp_path: Path, form: str, name: str) -> None:
    target = write_content(tmp_path / "wrong", form, name)
    code, report = cli_json(target)
    assert report["kind"] == KIND[form], report
    found = json_codes(report)
    assert found[0] == MISMATCH and found.count(MISMATCH) == 1, found
    first = report["findings"][0]  # type: ignore[index]
    assert first["severity"] == "warning" and detect.describe(form) in first["message"]
    # the same findings as the same content under its right name, and the same verdict
    right = validate_target(write_content(tmp_path / "right", form, RIGHT_NAME[form]), ValidateOptions())
    assert [c for c in found[1:] if c not in ROOT_NAME] == [f.code for f in right.findings], found
    assert report["valid"] is right.valid is VALID[form]
    assert code == (0 if VALID[form] else 1)
    if form in ("arc", "arc.gz"):
        assert "WARC-NOT-WARC" in found


@pytest.mark.parametrize("form", sorted(CONTENT))
def test_rightly_named_file_has_no_warning(tmp_path: Path, form: str) -> None:
    target = write_content(tmp_path, form, RIGHT_NAME[form])
    report = validate_target(target, ValidateOptions())
    assert report.kind == KIND[form]
    assert MISMATCH not in codes(report), [f.message for f in report.findings]
    assert report.valid is VALID[form], [(f.code, f.message) for f in report.findings]
    if VALID[form]:
        assert report.findings == [], [(f.code, f.message) for f in report.findings]


def test_a_misnamed_bag_is_not_also_told_its_folder_name_differs(tmp_path: Path) -> None:
    target = write_content(tmp_path, "tar", "bag.warc")
    assert [f.code for f in validate_target(target, ValidateOptions()).findings] == [MISMATCH]


def test_tgz_and_other_short_names_are_right_names(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "src")
    for name, mode in (("bag.tgz", "w:gz"), ("bag.tbz2", "w:bz2"), ("bag.txz", "w:xz"), ("BAG.TAR", "w")):
        target = tmp_path / name
        target.write_bytes(tar_bytes(root, mode))
        report = validate_target(target, ValidateOptions())
        assert MISMATCH not in codes(report) and report.valid, name


def test_the_bag_reader_follows_the_content(tmp_path: Path) -> None:
    """A gzip-compressed tar named .zip is read as a compressed tar, a zip named .tar as a zip."""
    root = make_bag(tmp_path / "src")
    as_zip = tmp_path / "bag.zip"
    as_zip.write_bytes(tar_bytes(root, "w:xz"))
    report, view, _read = bagit_validator.validate_bag(as_zip)
    assert report.valid and view is not None and view.serialization == "application/x-xz"
    as_tar = tmp_path / "bag.tar"
    as_tar.write_bytes(zip_bytes(root))
    report, view, _read = bagit_validator.validate_bag(as_tar)
    assert report.valid and view is not None and view.serialization == "application/zip"


def test_misnamed_folder_bag(tmp_path: Path) -> None:
    root = make_bag(tmp_path, "bag.warc.gz")
    code, report = cli_json(root)
    assert code == 0 and report["kind"] == "bag" and report["valid"] is True
    assert json_codes(report) == [MISMATCH]
    assert "folder" in report["findings"][0]["message"]  # type: ignore[index]
    plain = make_bag(tmp_path, "plain-bag")
    assert validate_target(plain, ValidateOptions()).findings == []


def test_misnamed_ocfl_object(tmp_path: Path) -> None:
    root = OcflObject("1.1").version({"a.txt": b"alpha\n"}).build(tmp_path / "object.zip")
    code, report = cli_json(root)
    assert report["kind"] == "ocfl-object" and MISMATCH in json_codes(report)
    assert code == 0 and report["valid"] is True, report
    plain = OcflObject("1.1").version({"a.txt": b"alpha\n"}).build(tmp_path / "object")
    assert MISMATCH not in codes(validate_target(plain, ValidateOptions()))


def test_empty_warc_named_file_still_reaches_the_warc_validator(tmp_path: Path) -> None:
    target = tmp_path / "x.warc"
    target.write_bytes(b"")
    code, report = cli_json(target)
    assert code == 1 and report["kind"] == "warc"
    assert "WARC-NOT-WARC" in json_codes(report) and MISMATCH not in json_codes(report)


@pytest.mark.parametrize("data", [b"", b"just some text\n", b"\x1f\x8b\x08garbage", b"BZh9garbage"])
def test_unknown_content_and_unknown_name_is_a_usage_error(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "note.txt"
    target.write_bytes(data)
    got = cli("validate", "--json", str(target))
    assert got.returncode == 2 and "TARGET_UNKNOWN" in got.stderr, got.stdout + got.stderr
    with pytest.raises(UsageError) as raised:
        validate([target])
    assert raised.value.code == "TARGET_UNKNOWN"


def test_a_damaged_zip_is_a_damaged_zip(tmp_path: Path) -> None:
    """A zip signature whose central directory cannot be read: a WACZ or a bag only by its name; a
    serialized bag (ZIP-CORRUPT) when the name says neither."""
    data = zip_bytes(make_bag(tmp_path / "src"))[:-40]
    unnamed, as_wacz = tmp_path / "x.bin", tmp_path / "x.wacz"
    unnamed.write_bytes(data)
    as_wacz.write_bytes(data)
    report = validate_target(unnamed, ValidateOptions())
    assert report.kind == "serialized-bag" and [f.code for f in report.findings] == [MISMATCH, "ZIP-CORRUPT"]
    report = validate_target(as_wacz, ValidateOptions())
    assert report.kind == "wacz" and MISMATCH not in codes(report) and not report.valid


def test_a_wacz_without_its_datapackage_is_still_a_wacz(tmp_path: Path) -> None:
    """Neither datapackage.json nor bagit.txt: a zip named .wacz goes to the WACZ validator, which says
    what is missing."""
    source = zipfile.ZipFile(io.BytesIO(wacz_bytes()))
    target = tmp_path / "x.wacz"
    with zipfile.ZipFile(target, "w") as zf:
        for info in source.infolist():
            if info.filename != "datapackage.json":
                zf.writestr(info, source.read(info))
    assert detect.sniff(target) == "zip?"
    report = validate_target(target, ValidateOptions())
    assert report.kind == "wacz" and MISMATCH not in codes(report) and not report.valid


def test_python_api_reports_the_mismatch_first(tmp_path: Path) -> None:
    target = write_content(tmp_path, "tar.gz", "bag.warc")
    (report,) = validate([target])
    assert report.kind == "serialized-bag" and report.valid
    assert report.findings[0].code == MISMATCH and report.findings[0].path is None
    assert "gzip-compressed tar" in report.findings[0].message and ".warc" in report.findings[0].message


def test_warcio_example_bad_is_read_as_a_gzipped_warc(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "corpus" / "warc" / "warcio" / "example-bad.warc.gz.bad"
    if not source.is_file():
        pytest.skip("warcio's example-bad.warc.gz.bad is not in the shared corpus")
    code, report = cli_json(source)
    assert report["kind"] == "warc" and json_codes(report)[0] == MISMATCH
    renamed = tmp_path / "example-bad.warc.gz"
    shutil.copyfile(source, renamed)
    renamed_code, renamed_report = cli_json(renamed)
    assert MISMATCH not in json_codes(renamed_report)
    assert json_codes(report)[1:] == json_codes(renamed_report) and code == renamed_code


def test_py_wacz_gzipped_warc_named_warc(shared_dir: Path) -> None:
    source = shared_dir / "corpus" / "warc" / "py-wacz" / "example-collection.warc"
    if not source.is_file():
        pytest.skip("py-wacz's example-collection.warc is not in the shared corpus")
    assert detect.sniff(source) == "warc.gz"
    report = validate_target(source, ValidateOptions())
    assert report.kind == "warc" and report.findings[0].code == MISMATCH


# --- tars without the end-of-archive marker ----------------------------------------------------------------

BLOCK = tarfile.BLOCKSIZE
COMPRESS: dict[str, Callable[[bytes], bytes]] = {
    "tar": lambda data: data,
    "tar.gz": gzip.compress,
    "tar.bz2": bz2.compress,
    "tar.xz": lzma.compress,
}


def members_end(data: bytes) -> int:
    """Where the last member (header, data, padding) of a tar ends."""
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        last = tf.getmembers()[-1]
    return last.offset_data + BLOCK * ((last.size + BLOCK - 1) // BLOCK)


def cut_tar(tmp_path: Path, fmt: str, keep: Callable[[bytes, int], bytes]) -> Path:
    data = tar_bytes(make_bag(tmp_path / "src"))
    target = tmp_path / f"bag.{fmt}"
    target.write_bytes(COMPRESS[fmt](keep(data, members_end(data))))
    return target


ENDS: dict[str, tuple[Callable[[bytes, int], bytes], bool, str | None]] = {
    # name: (what is kept, valid?, the code)
    "marker": (lambda d, end: d[: end + 2 * BLOCK], True, None),
    "no-marker": (lambda d, end: d[:end], True, END_MISSING),
    "one-zero-block": (lambda d, end: d[: end + BLOCK], True, END_MISSING),
    "partial-member-data": (lambda d, end: d[: end - BLOCK - 100], False, "TAR-CORRUPT"),
    "partial-padding": (lambda d, end: d[: end - 3], False, "TAR-CORRUPT"),
    "partial-header": (lambda d, end: d[:end] + d[:100], False, "TAR-CORRUPT"),
    "damaged-header": (lambda d, end: d[:end] + b"x" * BLOCK, False, "TAR-CORRUPT"),
    "header-after-lone-zero-block": (
        lambda d, end: d[:end] + bytes(BLOCK) + d[:BLOCK] + bytes(2 * BLOCK),
        False,
        "TAR-CORRUPT",
    ),
}


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
@pytest.mark.parametrize("end", sorted(ENDS))
def test_how_a_tar_ends(tmp_path: Path, fmt: str, end: str) -> None:
    keep, valid, code = ENDS[end]
    target = cut_tar(tmp_path, fmt, keep)
    report = bagit_validator.validate_bag(target)[0]
    found = [(f.code, f.message) for f in report.findings]
    assert report.valid is valid, found
    if code is None:
        assert report.findings == [], found
    else:
        assert code in codes(report), found
    if valid:
        assert END_MISSING not in codes(report) or [f.code for f in report.findings] == [END_MISSING]
    else:
        assert END_MISSING not in codes(report), found


@pytest.mark.parametrize("fmt", ["tar", "tar.gz"])
def test_a_tar_without_marker_through_the_cli(tmp_path: Path, fmt: str) -> None:
    target = cut_tar(tmp_path, fmt, ENDS["no-marker"][0])
    code, report = cli_json(target)
    assert code == 0 and report["valid"] is True and json_codes(report) == [END_MISSING]
    cut = cut_tar(tmp_path / "cut", fmt, ENDS["partial-header"][0])
    code, report = cli_json(cut)
    assert code == 1 and "TAR-CORRUPT" in json_codes(report)


def test_zips_are_unaffected(tmp_path: Path) -> None:
    target = tmp_path / "bag.zip"
    target.write_bytes(zip_bytes(make_bag(tmp_path / "src")))
    assert bagit_validator.validate_bag(target)[0].findings == []


# --- a writer like Go's archive/tar and DART's ---------------------------------------------------------


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode() + b"\0"


def _header(name: str, size: int, typeflag: bytes = b"0", *, mtime: int = 1714564800) -> bytes:
    """A POSIX ustar header as Go's tar.Writer (and tar-stream) write one: uname and gname empty, mode
    0644, ``ustar\\0`` + ``00``; long names go to a PAX record (see :func:`go_like_tar`)."""
    block = bytearray(BLOCK)
    block[0:100] = name.encode()[:100].ljust(100, b"\0")
    block[100:108] = _octal(0o644, 8)
    block[108:116] = _octal(1000, 8)
    block[116:124] = _octal(1000, 8)
    block[124:136] = _octal(size, 12)
    block[136:148] = _octal(mtime, 12)
    block[148:156] = b" " * 8
    block[156:157] = typeflag
    block[257:263] = b"ustar\0"
    block[263:265] = b"00"
    block[148:156] = f"{sum(block):06o}".encode() + b"\0 "
    return bytes(block)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % BLOCK)


def _pax(name: str, records: dict[str, str], pax_name: str) -> bytes:
    body = b""
    for key, value in records.items():
        line = f" {key}={value}\n".encode()
        size = len(line) + 1
        while len(str(size).encode()) + len(line) != size:
            size += 1
        body += str(size).encode() + line
    return _header(pax_name, len(body), b"x") + _padded(body)


def go_like_tar(
    root: Path, *, pax_for_every_file: bool = False, close: bool = True, flush: bool = True
) -> bytes:
    """A tar written member by member the way Go's archive/tar does it (DART's Go writer), or, with
    ``pax_for_every_file`` and ``close=False``, the way DART's tar-stream writer does: a PAX header before
    every file (``size``), each member padded, and no end-of-archive marker (finalize is never called).
    No folder entries; ``flush=False``: the last member's padding is missing too (a Go writer neither
    flushed nor closed)."""
    out = b""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    for path in files:
        name = f"{root.name}/{path.relative_to(root).as_posix()}"
        data = path.read_bytes()
        if len(name) > 100 or pax_for_every_file:
            records = {"size": str(len(data))} if pax_for_every_file else {}
            if len(name) > 100:
                records["path"] = name
            head, base = name.rsplit("/", 1)
            out += _pax(name, records, f"{head}/PaxHeaders.0/{base}"[:100])
        out += _header(name, len(data)) + (data if path == files[-1] and not flush else _padded(data))
    if close:
        out += bytes(2 * BLOCK)
    return out


def go_bag(tmp_path: Path) -> Path:
    """A bag with a path longer than ustar's 100-byte name field (a PAX ``path`` record in Go's tars)."""
    root = tmp_path / "src" / "bag"
    root.mkdir(parents=True)
    deep = f"{'a-rather-long-folder-name-' * 3}/{'and-a-long-file-name-' * 3}.txt"
    payload = {**FILES, deep: b"deep\n"}
    write_bag(root, [PayloadFile(p, d) for p, d in payload.items()], INFO, ("sha256",), durable=False)
    return root


@pytest.mark.parametrize("fmt", ["tar", "tar.gz"])
def test_go_like_tar_closed_is_clean(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"bag.{fmt}"
    target.write_bytes(COMPRESS[fmt](go_like_tar(go_bag(tmp_path))))
    report = bagit_validator.validate_bag(target)[0]
    assert report.findings == [], [(f.code, f.message) for f in report.findings]


@pytest.mark.parametrize("fmt", ["tar", "tar.gz"])
def test_dart_like_tar_without_marker_is_valid_with_warning(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"bag.{fmt}"
    target.write_bytes(COMPRESS[fmt](go_like_tar(go_bag(tmp_path), pax_for_every_file=True, close=False)))
    report = bagit_validator.validate_bag(target)[0]
    assert report.valid and [f.code for f in report.findings] == [END_MISSING]
    code, cli_report = cli_json(target)
    assert code == 0 and json_codes(cli_report) == [END_MISSING]


def test_go_like_tar_neither_flushed_nor_closed_is_invalid(tmp_path: Path) -> None:
    target = tmp_path / "bag.tar"
    data = go_like_tar(go_bag(tmp_path), close=False, flush=False)
    assert len(data) % BLOCK  # the last member's padding is missing
    target.write_bytes(data)
    report = bagit_validator.validate_bag(target)[0]
    assert not report.valid and "TAR-CORRUPT" in codes(report)
