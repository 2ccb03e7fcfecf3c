"""The strict BagIt validator on bag folders: one fixture per rule, our own and bagit-python's bags,
tampering, safety, and hypothesis (random damage is always found; random tag files never raise).

Serialized bags (tar, zip) are in ``test_validation_serialized.py``.
"""

from __future__ import annotations

import filecmp
import json
import logging
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import bagit
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import archiver.formats.bagit.baginfo as bagit_baginfo
import archiver.formats.bagit.codes as bagit_codes
import archiver.formats.bagit.declaration as bagit_declaration
import archiver.formats.bagit.manifests as bagit_manifests
import archiver.formats.bagit.readers.base as readers_base
import archiver.formats.bagit.readers.folder as folder_reader
import archiver.formats.bagit.validator as bagit_validator
from archiver.formats.bagit.readers.codes import CODES as SOURCE_CODES
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.validation.findings import REGISTRY, Report, Severity

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bags"
INFO = [("Source-Organization", "Riverside Library"), ("Bagging-Date", "2024-05-01")]

#: code -> (path the finding names, other codes the fixture cannot avoid, options)
EXPECTED: dict[str, tuple[str | None, frozenset[str], bagit_validator.BagOptions]] = {}


def expect(
    code: str,
    path: str | None,
    *extra: str,
    options: bagit_validator.BagOptions = bagit_validator.BagOptions(),
) -> None:
    EXPECTED[code] = (path, frozenset(extra), options)


expect("BAG-DECLARATION-MISSING", "bagit.txt")
expect("BAG-DECLARATION-BOM", "bagit.txt")
expect("BAG-DECLARATION-NOT-UTF8", "bagit.txt", "BAG-DECLARATION-FORMAT")  # the bad byte makes a 3rd line
expect("BAG-DECLARATION-FORMAT", "bagit.txt")
expect("BAG-DECLARATION-LABEL-CASE", "bagit.txt")
expect("BAG-DECLARATION-WHITESPACE", "bagit.txt")
expect("BAG-VERSION-UNKNOWN", "bagit.txt")
expect("BAG-ENCODING-UNKNOWN", "bagit.txt")
expect("BAG-ENCODING-NOT-UTF8", "bagit.txt")
expect("BAG-PAYLOAD-DIR-MISSING", "data")
expect("BAG-TAGFILE-BOM", "bag-info.txt")
expect("BAG-TAGFILE-DECODE", "bag-info.txt")
expect("BAG-TAGFILE-NO-FINAL-NEWLINE", "bag-info.txt")
expect("BAG-TAGFILE-BLANK-LINE", "manifest-sha256.txt")
expect("BAG-MANIFEST-MISSING", None)
expect("BAG-ALGORITHM-NAME", "manifest-sha3_256.txt")
expect("BAG-ALGORITHM-UNKNOWN", "manifest-foo512.txt")
expect("BAG-NO-VERIFIABLE-MANIFEST", None, "BAG-ALGORITHM-UNKNOWN")
expect("BAG-MANIFEST-LINE", "manifest-sha256.txt")
expect("BAG-MANIFEST-CHECKSUM-FORMAT", "manifest-sha256.txt")
expect("BAG-MANIFEST-MD5SUM-STYLE", "manifest-sha256.txt")
expect("BAG-MANIFEST-DUPLICATE", "manifest-sha256.txt")
expect("BAG-MANIFEST-OUTSIDE-PAYLOAD", "manifest-sha256.txt")
expect("BAG-MANIFEST-DIRECTORY", "data/sub")
expect("BAG-PAYLOAD-MISSING", "data/gone.txt")
expect("BAG-PAYLOAD-UNLISTED", "data/extra.txt")
expect("BAG-PAYLOAD-UNLISTED-LEGACY", "data/extra.txt")
expect("BAG-MANIFEST-CHECKSUM", "data/hello.txt")
expect("BAG-PATH-UNSAFE", "manifest-sha256.txt")
expect("BAG-PATH-NONCANONICAL", "manifest-sha256.txt")
expect("BAG-PATH-PERCENT", "manifest-sha256.txt")
expect("BAG-TAGMANIFEST-MISSING-MANIFEST", "tagmanifest-sha256.txt", "BAG-TAG-FILE-UNLISTED")
expect("BAG-TAGMANIFEST-TAGMANIFEST-ENTRY", "tagmanifest-sha256.txt")
expect("BAG-TAGMANIFEST-PAYLOAD-ENTRY", "tagmanifest-sha256.txt")
expect("BAG-TAG-FILE-MISSING", "extra-info.txt")
expect("BAG-TAG-FILE-UNLISTED", "notes/readme.txt")
expect("BAG-TAGMANIFEST-CHECKSUM", "bag-info.txt")
expect("BAG-INFO-LINE", "bag-info.txt")
expect("BAG-INFO-WHITESPACE", "bag-info.txt")
expect("BAG-OXUM-FORMAT", "bag-info.txt")
expect("BAG-OXUM-REPEATED", "bag-info.txt")
expect("BAG-OXUM-MISMATCH", "bag-info.txt")
expect("BAG-INFO-BAGGING-DATE", "bag-info.txt")
expect("BAG-INFO-REPEATED", "bag-info.txt")
expect("BAG-FAST-UNCHECKED", "bag-info.txt", options=bagit_validator.BagOptions(fast=True))
expect("BAG-FETCH-LINE", "fetch.txt")
expect("BAG-FETCH-URL", "fetch.txt")
expect("BAG-FETCH-LENGTH", "fetch.txt")
expect("BAG-FETCH-OUTSIDE-PAYLOAD", "fetch.txt")
expect("BAG-FETCH-NOT-IN-MANIFEST", "data/more.txt", "BAG-FETCH-UNFETCHED")
expect("BAG-FETCH-UNFETCHED", "data/remote.txt")
expect("BAG-TARGET-UNREADABLE", None)

#: Codes proven by tests that build their bag (bytes git cannot hold, or that every checkout cannot).
BUILT_IN_TESTS = {
    "BAG-TAGFILE-LINE-TOO-LONG",
    "BAG-TAGFILE-TOO-LARGE",
    "BAG-NAME-CASE-CLASH",
    "BAG-NAME-NORMALIZATION-CLASH",
    "BAG-NAME-NORMALIZATION-MISMATCH",
    "BAG-SYMLINK",
    "BAG-SYMLINK-OUTSIDE",
    "BAG-SPECIAL-FILE",
    "BAG-FILE-UNREADABLE",  # test_validation_serialized (a zip member with a bad CRC)
    # test_bagit_versions: bags of 0.93 to 0.97, built per version
    "BAG-MANIFEST-DUPLICATE-SAME",
    "BAG-PATH-NONCANONICAL-LEGACY",
    "BAG-TAGFILE-BOM-LEGACY",
}


def codes(report: Report) -> set[str]:
    return {f.code for f in report.findings}


def has(report: Report, code: str, path: str | None) -> bool:
    return any(f.code == code and f.path == path for f in report.findings)


def validate(target: Path, **options: bool | int) -> Report:
    report, _view, _reader = bagit_validator.validate_bag(target, bagit_validator.BagOptions(**options))  # type: ignore[arg-type]
    return report


def our_bag(
    root: Path, files: dict[str, bytes] | None = None, algorithms: tuple[str, ...] = ("sha256", "sha512")
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    files = (
        files if files is not None else {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)) * 10, "c": b""}
    )
    write_bag(root, [PayloadFile(p, d) for p, d in files.items()], INFO, algorithms, durable=False)
    return root


def spy_on_open(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every path given to ``os.open`` (all file access in the sources goes through it)."""
    opened: list[str] = []
    real_open = os.open

    def spy(path: str, flags: int, *args: object, **kwargs: object) -> int:
        opened.append(os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    return opened


# --- fixtures, one per rule ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_fixture_gives_its_code_for_its_file(code: str) -> None:
    path, extra, options = EXPECTED[code]
    folder = FIXTURES / code
    target = folder / "not-a-bag.bin" if code == "BAG-TARGET-UNREADABLE" else folder
    report, _view, _reader = bagit_validator.validate_bag(target, options)
    assert has(report, code, path), [(f.code, f.path, f.message) for f in report.findings]
    assert codes(report) <= {code} | extra, [(f.code, f.path, f.message) for f in report.findings]
    if REGISTRY[code].severity is Severity.ERROR:
        assert not report.valid
    elif not extra:
        assert report.valid


def test_committed_fixtures_are_what_the_script_writes(tmp_path: Path) -> None:
    """The fixture folders are generated; a hand edit that the script does not make would show here."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_all(tmp_path)
    for folder in sorted(tmp_path.iterdir()):
        comparison = filecmp.dircmp(folder, FIXTURES / folder.name)
        _assert_same_tree(comparison)


def _assert_same_tree(comparison: filecmp.dircmp[str]) -> None:
    assert not comparison.left_only and not comparison.right_only, (comparison.left, comparison.right_only)
    _match, mismatch, errors = filecmp.cmpfiles(
        comparison.left, comparison.right, comparison.common_files, shallow=False
    )
    assert not mismatch and not errors, (comparison.right, mismatch, errors)
    for sub in comparison.subdirs.values():
        _assert_same_tree(sub)


def test_every_code_is_proven_somewhere() -> None:
    ours = set(bagit_codes.CODES) | {c for c in SOURCE_CODES if c.startswith("BAG-")}
    assert ours == set(EXPECTED) | BUILT_IN_TESTS


def test_codes_are_registered_with_a_spec_section() -> None:
    for code in [*bagit_codes.CODES, *SOURCE_CODES]:
        info = REGISTRY[code]
        assert info.spec.startswith(("RFC 8493 §", "BagIt 0.97 §", "POSIX.1-2017 ")), code
        assert info.summary.endswith("."), code


# --- bags that must pass -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"a.txt": b"alpha\n", "sub/dir/b.bin": bytes(range(256)) * 2000, "empty": b""},
        {"100%.txt": b"x", "a%0Ab": b"y", "new\nline": b"z", "carriage\rreturn": b"w", "tab\tname": b"v"},
        {
            "caf\u00e9/na\u00efve \u65e5\u672c.txt": b"unicode",
            " lead": b"space",
            "#hash": b"h",
            "*star": b"s",
        },
        {},
    ],
    ids=["plain", "percent-and-line-breaks", "unicode-and-odd-names", "empty-payload"],
)
def test_our_own_bags_have_no_findings(tmp_path: Path, files: dict[str, bytes]) -> None:
    root = our_bag(tmp_path / "bag", files)
    report, view, reader = bagit_validator.validate_bag(root)
    assert report.findings == []
    assert report.valid and report.fixity_checked and report.kind == "bag"
    assert view is not None and reader is not None
    assert set(view.payload_files) == {f"data/{p}" for p in files}
    for path, data in files.items():
        assert reader(f"data/{path}", 1 << 20) == data


@pytest.mark.parametrize(
    "algorithms", [("md5",), ("sha1", "sha3256"), ("blake2b512", "blake2s256", "sha384")]
)
def test_every_algorithm_we_write_verifies(tmp_path: Path, algorithms: tuple[str, ...]) -> None:
    root = our_bag(tmp_path / "bag", algorithms=algorithms)
    assert validate(root).findings == []
    (root / "data" / "a.txt").write_bytes(b"alphA\n")
    assert {f.code for f in validate(root).errors} == {"BAG-MANIFEST-CHECKSUM"}


def test_bagit_python_bags_are_valid(tmp_path: Path) -> None:
    """bagit-python 1.9.0 writes 0.97 bags ('hex  path' lines, sorted bag-info): valid here too."""
    logging.disable(logging.CRITICAL)
    try:
        root = tmp_path / "theirs"
        (root / "sub").mkdir(parents=True)
        (root / "sub" / "f.txt").write_text("hi")
        (root / "caf\u00e9.txt").write_text("unicode")
        (root / "g").write_bytes(bytes(300_000))
        bagit.make_bag(
            str(root), {"Contact-Name": "Me", "External-Description": "x"}, checksums=["sha256", "md5"]
        )
    finally:
        logging.disable(logging.NOTSET)
    report, view, _reader = bagit_validator.validate_bag(root)
    assert report.errors == [], [(f.code, f.path, f.message) for f in report.findings]
    assert view is not None and view.bagit_version == "0.97"
    assert set(view.manifest_algorithms) == {"sha256", "md5"}


def test_view_keeps_bag_info_order_and_reader_limits(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    report, view, reader = bagit_validator.validate_bag(root)
    assert report.valid and view is not None and reader is not None
    assert [k for k, _v in view.bag_info] == ["Source-Organization", "Bagging-Date", "Payload-Oxum"]
    assert view.info_values("payload-oxum") == ["2566.3"]
    assert view.tag_files == (
        "bag-info.txt",
        "bagit.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    )
    assert set(view.manifests) == {"sha256", "sha512"} and "data/a.txt" in view.manifests["sha256"]
    assert view.serialization is None and view.tag_encoding == "UTF-8" and not view.has_fetch
    assert reader("data/a.txt", 3) == b"alp"
    with pytest.raises(KeyError):
        reader("data/nope.txt", 10)
    with pytest.raises(KeyError):
        reader("../outside.txt", 10)


def test_legacy_encoding_is_decoded_as_declared() -> None:
    _report, view, _reader = bagit_validator.validate_bag(FIXTURES / "BAG-ENCODING-NOT-UTF8")
    assert view is not None and view.info_values("Source-Organization") == ["Biblioth\u00e8que"]


# --- tampering with our own bags ----------------------------------------------------------------------


def _flip(path: Path, at: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["data/a.txt", "data/sub/b.bin"])
def test_flipped_payload_byte(tmp_path: Path, name: str) -> None:
    root = our_bag(tmp_path / "bag")
    _flip(root / name, 3)
    report = validate(root)
    assert codes(report) == {"BAG-MANIFEST-CHECKSUM"}
    assert {f.path for f in report.findings} == {name}
    assert {f.message.split()[0] for f in report.findings} == {"sha256", "sha512"}
    message = next(f.message for f in report.findings if f.message.startswith("sha256"))
    assert "manifest-sha256.txt expects" in message and "the file has" in message


@pytest.mark.parametrize("name", ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"])
def test_flipped_tag_file_byte(tmp_path: Path, name: str) -> None:
    root = our_bag(tmp_path / "bag")
    size = (root / name).stat().st_size
    _flip(root / name, size // 2)
    report = validate(root)
    assert has(report, "BAG-TAGMANIFEST-CHECKSUM", name)
    assert not report.valid


@pytest.mark.parametrize("name", ["tagmanifest-sha256.txt", "tagmanifest-sha512.txt"])
def test_flipped_tag_manifest_digit(tmp_path: Path, name: str) -> None:
    root = our_bag(tmp_path / "bag")
    text = (root / name).read_text()
    first = "1" if text[0] != "1" else "2"
    (root / name).write_text(first + text[1:])
    report = validate(root)
    listed = text.split("\n")[0].split(" ", 1)[1]
    assert codes(report) == {"BAG-TAGMANIFEST-CHECKSUM"} and has(report, "BAG-TAGMANIFEST-CHECKSUM", listed)


def test_truncated_missing_and_extra_files(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    (root / "data" / "sub" / "b.bin").write_bytes(bytes(range(256)))
    (root / "data" / "a.txt").unlink()
    (root / "data" / "extra.txt").write_bytes(b"!")
    report = validate(root)
    assert has(report, "BAG-MANIFEST-CHECKSUM", "data/sub/b.bin")
    assert has(report, "BAG-PAYLOAD-MISSING", "data/a.txt")
    assert has(report, "BAG-PAYLOAD-UNLISTED", "data/extra.txt")
    assert has(report, "BAG-OXUM-MISMATCH", "bag-info.txt")
    assert codes(report) == {
        "BAG-MANIFEST-CHECKSUM",
        "BAG-PAYLOAD-MISSING",
        "BAG-PAYLOAD-UNLISTED",
        "BAG-OXUM-MISMATCH",
    }


def test_edited_manifest_line(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    manifest = root / "manifest-sha256.txt"
    lines = manifest.read_text().splitlines(keepends=True)
    line = next(i for i, text in enumerate(lines) if text.endswith("data/a.txt\n"))
    lines[line] = ("0" if lines[line][0] != "0" else "1") + lines[line][1:]
    manifest.write_text("".join(lines))
    report = validate(root)
    assert has(report, "BAG-MANIFEST-CHECKSUM", "data/a.txt")
    assert has(report, "BAG-TAGMANIFEST-CHECKSUM", "manifest-sha256.txt")


def test_edited_bag_info_value_and_wrong_oxum(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    info = root / "bag-info.txt"
    info.write_text(info.read_text().replace("Riverside", "Riverbank").replace("2566.3", "2566.4"))
    report = validate(root)
    assert has(report, "BAG-TAGMANIFEST-CHECKSUM", "bag-info.txt")
    assert has(report, "BAG-OXUM-MISMATCH", "bag-info.txt")
    assert "2566 bytes in 4 files" in next(
        f.message for f in report.findings if f.code == "BAG-OXUM-MISMATCH"
    )


def test_payload_oxum_is_never_a_substitute_for_checksums(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    _flip(root / "data" / "a.txt")  # same size and count: Payload-Oxum still matches
    assert codes(validate(root)) == {"BAG-MANIFEST-CHECKSUM"}
    fast = validate(root, fast=True)
    assert fast.valid and not fast.fixity_checked
    assert validate(root, completeness_only=True).valid
    (root / "data" / "a.txt").unlink()
    assert codes(validate(root, fast=True)) == {"BAG-OXUM-MISMATCH"}
    assert codes(validate(root, completeness_only=True)) == {"BAG-PAYLOAD-MISSING", "BAG-OXUM-MISMATCH"}


def test_large_files_use_the_threaded_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_base, "PIPELINE_FILE", 1)
    monkeypatch.setattr(readers_base, "SMALL_FILE", 1024)
    monkeypatch.setattr(readers_base, "SMALL_READ", 512)
    monkeypatch.setattr(readers_base, "CHUNK", 4096)
    files = {f"f{i}.bin": os.urandom(5000 + i) for i in range(5)} | {"small": b"s"}
    root = our_bag(tmp_path / "bag", files, algorithms=("md5", "sha256", "sha512", "sha3256"))
    assert validate(root, jobs=3).findings == []
    _flip(root / "data" / "f3.bin", 4500)
    report = validate(root, jobs=1)
    assert {(f.code, f.path) for f in report.findings} == {("BAG-MANIFEST-CHECKSUM", "data/f3.bin")}
    assert len(report.findings) == 4


# --- bags built by the tests (bytes git or some checkouts cannot hold) ---------------------------------


def test_line_too_long_stops_reading_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bagit_declaration, "MAX_LINE", 200)
    root = our_bag(tmp_path / "bag")
    with open(root / "bag-info.txt", "a") as fh:
        fh.write("Note: " + "x" * 300 + "\n")
    report = validate(root)
    assert has(report, "BAG-TAGFILE-LINE-TOO-LONG", "bag-info.txt")


def test_tag_file_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = our_bag(tmp_path / "bag")
    monkeypatch.setattr(bagit_validator, "TAG_FILE_LIMIT", 100)
    report = validate(root)
    assert has(report, "BAG-TAGFILE-TOO-LARGE", "manifest-sha512.txt")
    assert not report.valid


def test_case_only_clash_is_a_warning(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag", {"Readme.txt": b"1", "README.txt": b"2"})
    report = validate(root)
    assert codes(report) == {"BAG-NAME-CASE-CLASH"} and report.valid
    assert has(report, "BAG-NAME-CASE-CLASH", "data/Readme.txt")


def test_normalization_clash_and_mismatch(tmp_path: Path) -> None:
    nfc, nfd = "caf\u00e9.txt", unicodedata.normalize("NFD", "caf\u00e9.txt")
    root = our_bag(tmp_path / "bag", {nfc: b"composed"})
    os.rename(root / "data" / nfc, root / "data" / nfd)  # as a macOS copy would leave it
    report = validate(root)
    assert codes(report) == {"BAG-NAME-NORMALIZATION-MISMATCH"} and report.valid
    assert has(report, "BAG-NAME-NORMALIZATION-MISMATCH", f"data/{nfd}")
    (root / "data" / nfc).write_bytes(b"another")
    report = validate(root)
    assert "BAG-NAME-NORMALIZATION-CLASH" in codes(report)


def test_symlinks_inside_are_read_outside_never(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"outside the bag")
    root = our_bag(
        tmp_path / "bag", {"a.txt": b"alpha\n", "link.txt": b"alpha\n", "evil.txt": b"outside the bag"}
    )
    (root / "data" / "link.txt").unlink()
    (root / "data" / "link.txt").symlink_to("a.txt")
    (root / "data" / "evil.txt").unlink()
    (root / "data" / "evil.txt").symlink_to(secret)
    (root / "data" / "up").symlink_to("../../secret.txt")
    opened = spy_on_open(monkeypatch)
    report = validate(root)
    monkeypatch.undo()
    assert has(report, "BAG-SYMLINK", "data/link.txt")
    assert has(report, "BAG-SYMLINK-OUTSIDE", "data/evil.txt")
    assert has(report, "BAG-SYMLINK-OUTSIDE", "data/up")
    assert has(report, "BAG-PAYLOAD-MISSING", "data/evil.txt")
    assert not any("secret" in p for p in opened)
    assert all(os.path.abspath(p).startswith(str(root)) for p in opened)


def test_fifo_is_reported_and_never_opened(tmp_path: Path) -> None:
    root = our_bag(tmp_path / "bag")
    os.mkfifo(root / "data" / "pipe")  # opening it for reading would block forever
    report = validate(root)
    assert has(report, "BAG-SPECIAL-FILE", "data/pipe")


def test_unsafe_manifest_paths_are_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = our_bag(tmp_path / "bag")
    evil = [
        "data/../../secret",
        "/etc/passwd",
        "~root/.ssh/id_rsa",
        "C:/Windows/win.ini",
        "data\\..\\..\\secret",
        "\\\\server\\share\\x",
        "data/%2e%2e/x",
    ]
    with open(root / "manifest-sha256.txt", "a") as fh:
        for path in evil:
            fh.write(f"{'0' * 64}  {path}\n")
    opened = spy_on_open(monkeypatch)
    report = validate(root)
    monkeypatch.undo()
    unsafe = [f for f in report.findings if f.code == "BAG-PATH-UNSAFE"]
    assert len(unsafe) == 6, [(f.code, f.message) for f in report.findings]
    assert all(os.path.abspath(p).startswith(str(root)) for p in opened)
    assert has(report, "BAG-PAYLOAD-MISSING", "data/%2e%2e/x")  # only %25, %0D, %0A are decoded


def test_pre_1_0_bag_info_allows_extra_whitespace() -> None:
    pairs, found = bagit_baginfo.parse_bag_info(["Label  :   value  ", "Other:x"], (0, 97))
    assert pairs == [("Label", "value"), ("Other", "x")] and found == []
    pairs, found = bagit_baginfo.parse_bag_info(["Label  :   value", "Other:x"], (1, 0))
    assert [f.code for f in found] == ["BAG-INFO-WHITESPACE", "BAG-INFO-WHITESPACE"]  # read all the same
    assert pairs == [("Label", "value"), ("Other", "x")]


# --- pure functions ------------------------------------------------------------------------------------


def test_split_lines_knows_only_lf_cr_crlf() -> None:
    assert bagit_declaration.split_lines("a\nb\r\nc\rd\n") == (["a", "b", "c", "d"], True)
    assert bagit_declaration.split_lines("a\x0cb\x85c\u2028d") == (["a\x0cb\x85c\u2028d"], False)
    assert bagit_declaration.split_lines("") == ([], True)
    assert bagit_declaration.split_lines("a\n\n") == (["a", ""], True)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("data/a.txt", None),
        ("data/.hidden/x", None),
        ("data/a..b", None),
        ("data/~x", None),
        ("data/../x", "BAG-PATH-UNSAFE"),
        ("..", "BAG-PATH-UNSAFE"),
        ("/abs", "BAG-PATH-UNSAFE"),
        ("~/x", "BAG-PATH-UNSAFE"),
        ("c:x", "BAG-PATH-UNSAFE"),
        ("data\\x", "BAG-PATH-UNSAFE"),
        ("data/x\x00", "BAG-PATH-UNSAFE"),
        ("data//x", "BAG-PATH-NONCANONICAL"),
        ("data/./x", "BAG-PATH-NONCANONICAL"),
        ("data/x/", "BAG-PATH-NONCANONICAL"),
        ("", "BAG-PATH-NONCANONICAL"),
    ],
)
def test_path_problem(path: str, code: str | None) -> None:
    problem = bagit_manifests.path_problem(path)
    assert (problem[0] if problem else None) == code


def _manifest(
    lines: list[str], alg: str = "sha256", tag: bool = False
) -> tuple[bagit_manifests.Manifest, set[str]]:
    manifest = bagit_manifests.Manifest(f"manifest-{alg}.txt", alg, alg, tag)
    found = bagit_manifests.parse_manifest(manifest, lines, (1, 0))
    return manifest, {f.code for f in found}


def test_manifest_parsing_details() -> None:
    h = "A" * 64
    manifest, found = _manifest(
        [f"{h}\tdata/tab sep.txt", f"{h}  data/two%0aspaces%0D%25.txt", f"{h} data/100%.txt"]
    )
    assert manifest.entries == {
        "data/tab sep.txt": "a" * 64,
        "data/two\nspaces\r%.txt": "a" * 64,
        "data/100%.txt": "a" * 64,
    }
    assert found == {"BAG-PATH-PERCENT"}
    manifest, found = _manifest([f"{h} *data/x", f"{h} data/y", f"{h[:-1]} data/z", f"{h}"])
    assert set(manifest.entries) == {"data/x", "data/y"}
    assert found == {"BAG-MANIFEST-MD5SUM-STYLE", "BAG-MANIFEST-CHECKSUM-FORMAT", "BAG-MANIFEST-LINE"}
    fast, found = _manifest([f"{h} data/a", f"{h} data/b"])
    assert found == set() and fast.entries == {"data/a": "a" * 64, "data/b": "a" * 64}


def test_repetitive_line_findings_are_capped() -> None:
    _manifest_obj, found = _manifest(["nonsense"] * 500)
    manifest = bagit_manifests.Manifest("manifest-sha256.txt", "sha256", "sha256", False)
    findings = bagit_manifests.parse_manifest(manifest, ["nonsense"] * 500, (1, 0))
    assert found == {"BAG-MANIFEST-LINE"}
    assert len(findings) == bagit_codes.MAX_LINE_FINDINGS + 1 and "450 more" in findings[-1].message


def test_bag_info_continuations_and_order() -> None:
    pairs, found = bagit_baginfo.parse_bag_info(
        ["B: 1", "A: first", "  second", "\tthird", "B: 2", "Empty: "], (1, 0)
    )
    assert pairs == [("B", "1"), ("A", "first\nsecond\nthird"), ("B", "2"), ("Empty", "")] and found == []
    assert bagit_baginfo.payload_oxum([("payload-OXUM", "12.3")]) == (12, 3)
    assert bagit_baginfo.payload_oxum([("Payload-Oxum", "12.3"), ("Payload-Oxum", "12.3")]) is None


def test_fetch_parsing() -> None:
    lines = ["https://example.org/a%20b 12 data/a b", "urn:x:y - data/c%0Ad", "ftp://h/x 5"]
    entries, found = bagit_baginfo.parse_fetch(lines)
    assert [(e.url, e.length, e.path) for e in entries] == [
        ("https://example.org/a%20b", 12, "data/a b"),
        ("urn:x:y", None, "data/c\nd"),
    ]
    assert {f.code for f in found} == {"BAG-FETCH-LINE"}
    _entries, found = bagit_baginfo.parse_fetch(["https://e.org/x#frag 1 data/x", "http://x 1 ../x"])
    assert {f.code for f in found} == {"BAG-FETCH-URL", "BAG-PATH-UNSAFE"}


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", set()),
        (b"BagIt-Version: 1.0\r\nTag-File-Character-Encoding: UTF-8\r\n", set()),
        (b"BagIt-Version: 0.93\rTag-File-Character-Encoding: utf-8\r", set()),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8", {"BAG-TAGFILE-NO-FINAL-NEWLINE"}),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n\n", {"BAG-DECLARATION-FORMAT"}),
        (b"BagIt-Version:  1.0\nTag-File-Character-Encoding: UTF-8\n", {"BAG-DECLARATION-FORMAT"}),
        (b"BagIt-Version: 1\nTag-File-Character-Encoding: UTF-8\n", {"BAG-DECLARATION-FORMAT"}),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: base64\n", {"BAG-ENCODING-UNKNOWN"}),
        (b"BagIt-Version: 1.0\n", {"BAG-DECLARATION-FORMAT"}),
        (b"", {"BAG-DECLARATION-FORMAT"}),
    ],
)
def test_declaration(raw: bytes, found: set[str]) -> None:
    _declaration, findings = bagit_declaration.parse_declaration(raw)
    assert {f.code for f in findings} == found


# --- hypothesis ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)), "c": b"", "d e/f%g": b"percent"}
    return our_bag(tmp_path_factory.mktemp("pristine") / "bag", files)


@pytest.fixture
def fresh(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    def copy() -> Path:
        target = tmp_path_factory.mktemp("copy") / "bag"
        shutil.copytree(pristine, target)
        return target

    return copy


def _all_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _tag_manifest_meaning(root: Path, name: str) -> tuple[dict[str, str], frozenset[str]] | None:
    """What a tag manifest says (entries, findings) as our parser reads it; None if absent."""
    path = root / name
    if not path.exists():
        return None
    lines, decoding = bagit_declaration.decode_tag_file(path.read_bytes(), name, "utf-8")
    manifest = bagit_manifests.Manifest(name, name[12:-4], name[12:-4], True)
    found = bagit_manifests.parse_manifest(manifest, lines, (1, 0))
    return manifest.entries, frozenset(f.code for f in [*decoding, *found])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_damage_is_always_detected(fresh: Callable[[], Path], data: st.DataObject) -> None:
    """Any change of a file's bytes, a truncation or a deletion gives at least one error.

    The exceptions are changes no validator can see because nothing covers them and they mean the
    same: a tag manifest whose entries read back identically (a hex digit's case, LF for CR, a dropped
    final newline), or a deleted tag manifest while the other remains (tag manifests are optional).
    """
    root = fresh()
    files = _all_files(root)
    name = data.draw(st.sampled_from(files), label="file")
    path = root / name
    raw = path.read_bytes()
    kind = data.draw(st.sampled_from(["flip", "truncate", "delete"] if raw else ["delete", "append"]))
    event(f"{kind} {name.split('/')[0]}")
    before = _tag_manifest_meaning(root, name) if name.startswith("tagmanifest-") else None
    if kind == "flip":
        at = data.draw(st.integers(0, len(raw) - 1), label="offset")
        mask = data.draw(st.integers(1, 255), label="mask")
        path.write_bytes(raw[:at] + bytes([raw[at] ^ mask]) + raw[at + 1 :])
    elif kind == "truncate":
        path.write_bytes(raw[: data.draw(st.integers(0, len(raw) - 1), label="length")])
    elif kind == "append":
        path.write_bytes(raw + data.draw(st.binary(min_size=1, max_size=8), label="tail"))
    else:
        path.unlink()
    if name.startswith("tagmanifest-"):
        after = _tag_manifest_meaning(root, name)
        if after is None or (
            before is not None and after[0] == before[0] and not after[1] - {"BAG-TAGFILE-NO-FINAL-NEWLINE"}
        ):
            event("neutral change to a tag manifest")
            validate(root)  # must still not raise
            return
    report = validate(root)
    assert report.errors, (name, kind, [(f.code, f.path) for f in report.findings])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(
        ["bagit.txt", "manifest-sha256.txt", "bag-info.txt", "fetch.txt", "tagmanifest-sha512.txt"]
    ),
    content=st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
def test_random_tag_files_never_raise(fresh: Callable[[], Path], name: str, content: bytes) -> None:
    root = fresh()
    (root / name).write_bytes(content)
    for options in (bagit_validator.BagOptions(), bagit_validator.BagOptions(fast=True)):
        report, _view, _reader = bagit_validator.validate_bag(root, options)
        assert all(f.code in REGISTRY for f in report.findings)


_TAG_LINE = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_TAG_LINE, max_size=8).map("\n".join), raw=st.binary(max_size=200))
def test_pure_parsers_never_raise(text: str, raw: bytes) -> None:
    bagit_declaration.parse_declaration(raw)
    bagit_declaration.parse_declaration(text.encode())
    for codec in ("utf-8", "utf-16", "latin-1"):
        lines, _found = bagit_declaration.decode_tag_file(raw, "x.txt", codec)
    lines = bagit_declaration.split_lines(text)[0]
    for version in ((0, 97), (1, 0)):
        bagit_manifests.parse_manifest(
            bagit_manifests.Manifest("manifest-sha256.txt", "sha256", "sha256", False), lines, version
        )
        bagit_manifests.parse_manifest(
            bagit_manifests.Manifest("tagmanifest-x.txt", "x", None, True), lines, version
        )
        pairs, _found = bagit_baginfo.parse_bag_info(lines, version)
        bagit_baginfo.check_bag_info(pairs)
    bagit_baginfo.parse_fetch(lines)
    bagit_manifests.name_clashes(lines)


def _names() -> Iterator[str]:  # pragma: no cover - documentation of what the fixtures folder holds
    yield from sorted(EXPECTED)


# --------------------------------------------------------------------------------------------------------
# Many small files: half hashed in a forked helper process, with the same findings as without it


def _many_small_files(tmp_path: Path) -> Path:
    files = {f"d{i % 3}/f{i:03d}.bin": bytes([i % 256]) * (100 + i) for i in range(60)}
    bag = our_bag(tmp_path / "bag", files)
    (bag / "data" / "d1" / "f004.bin").write_bytes(b"changed")  # a checksum mismatch
    (bag / "data" / "d2" / "f059.bin").unlink()  # a missing file
    os.symlink("f000.bin", bag / "data" / "d0" / "link.bin")  # a file not in the manifests
    return bag


def _findings(report: Report) -> list[tuple[str, str | None, str]]:
    return sorted((f.code, f.path, f.message) for f in report.findings)


#: Run in a fresh interpreter: the helper forks only while no other thread runs, and a test session has
#: threads left by other tests (servers, pools).
_HELPER_SCRIPT = """
import json, sys
from pathlib import Path
import archiver.formats.bagit.readers.base as readers_base
import archiver.formats.bagit.validator as bagit_validator
readers_base.FORK_MIN_FILES = 10
forks = []
real_start = readers_base._ForkedHalf.start.__func__
readers_base._ForkedHalf.start = classmethod(lambda cls, s, items: forks.append(len(items)) or real_start(cls, s, items))
if sys.argv[2] == "broken":
    def broken_dumps(*args, **kwargs):
        raise RuntimeError("the child cannot send its results")
    readers_base.pickle.dumps = broken_dumps  # runs in the child, which then exits 1
report, _view, _reader = bagit_validator.validate_bag(Path(sys.argv[1]), bagit_validator.BagOptions(jobs=2))
found = sorted([f.code, f.path, f.message] for f in report.findings)
print(json.dumps({"forks": forks, "findings": found}))
"""


def _with_helper(bag: Path, mode: str) -> tuple[list[int], list[tuple[str, str | None, str]]]:
    run = subprocess.run(
        [sys.executable, "-c", _HELPER_SCRIPT, str(bag), mode], capture_output=True, text=True, check=True
    )
    out = json.loads(run.stdout)
    return out["forks"], [tuple(f) for f in out["findings"]]


def test_a_forked_helper_finds_what_one_process_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = _many_small_files(tmp_path)
    forks, found = _with_helper(bag, "working")
    assert len(forks) == 1 and forks[0] >= 30  # the helper took half of the files
    monkeypatch.setattr(folder_reader.FolderReader, "can_fork", False)
    alone = validate(bag, jobs=2)
    assert found == _findings(alone)
    assert {"BAG-MANIFEST-CHECKSUM", "BAG-PAYLOAD-MISSING"} <= codes(alone)


def test_a_failing_helper_is_replaced_by_this_process(tmp_path: Path) -> None:
    bag = _many_small_files(tmp_path)
    expected = _findings(validate(bag, jobs=1))
    forks, found = _with_helper(bag, "broken")
    assert len(forks) == 1
    assert found == expected
