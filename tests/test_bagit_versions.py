"""BagIt 0.93 to 0.97 bags judged by what their own version said, and the same habits in 1.0 bags.

The versions are Internet-Drafts: 0.93 is draft-kunze-bagit-00, 0.94 -01, 0.95 -02, 0.96 -03 to -05 and
0.97 -06 to -14; RFC 8493 is 1.0. Each bag here is written the way its version allowed (with and without
one habit at a time), and the verdict is checked against that version's text; bagit-python 1.9.0, which
keys the same rules to the version, is asked for a second opinion where it reads the bag the same way.
The verdicts are checked through the CLI too (``archiver validate BAG --json``: exit 0 valid, 1 invalid).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import bagit
import pytest

import archiver.formats.bagit.codes as bagit_codes
import archiver.formats.bagit.manifests as bagit_manifests
import archiver.formats.bagit.validator as bagit_validator
from archiver.validation.findings import Severity

REPO = Path(__file__).resolve().parent.parent
PRE_1_0 = ("0.93", "0.95", "0.96", "0.97")
ALL = (*PRE_1_0, "1.0")
PAYLOAD = {"data/a.txt": b"alpha\n", "data/sub/b.txt": b"beta\n"}

Files = dict[str, bytes]


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def as_tuple(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)


def info_name(version: str) -> str:
    """package-info.txt in 0.93 to 0.95, bag-info.txt from 0.96 (draft-kunze-bagit-07 appendix A.4)."""
    return "package-info.txt" if as_tuple(version) < (0, 96) else "bag-info.txt"


def metadata(version: str, payload: Files = PAYLOAD) -> bytes:
    """The metadata file as each version described it: Delivery-Date (0.93, 0.94), Packing-Date (0.95),
    Bagging-Date and Payload-Oxum (0.96 on)."""
    if as_tuple(version) < (0, 95):
        return b"Source-Organization: Spengler University\nDelivery-Date: 2008-01-15\n"
    if as_tuple(version) < (0, 96):
        return b"Source-Organization: Spengler University\nPacking-Date: 2008-07-15\n"
    size = sum(len(d) for d in payload.values())
    oxum = f"Payload-Oxum: {size}.{len(payload)}\n"
    return b"Source-Organization: Spengler University\nBagging-Date: 2012-04-02\n" + oxum.encode()


def manifest(entries: Files, listed: Callable[[str], str] = lambda p: p) -> bytes:
    return "".join(f"{md5(data)}  {listed(path)}\n" for path, data in entries.items()).encode()


def make_bag(
    root: Path,
    version: str,
    *,
    payload: Files = PAYLOAD,
    listed: Callable[[str], str] = lambda p: p,
    extra_lines: bytes = b"",
    tags: Files | None = None,
    tagmanifest: bool = False,
) -> Path:
    """A bag of ``version`` with an md5 payload manifest (``listed`` rewrites each listed path, and
    ``extra_lines`` are appended to it), the version's metadata file, and ``tags`` added or replaced."""
    files: Files = {
        "bagit.txt": f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode(),
        info_name(version): metadata(version, payload),
        **payload,
        "manifest-md5.txt": manifest(payload, listed) + extra_lines,
    }
    files.update(tags or {})
    if tagmanifest:
        listed_tags = {p: d for p, d in files.items() if not p.startswith(("data/", "tagmanifest-"))}
        files["tagmanifest-md5.txt"] = manifest(listed_tags)
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def verdict(root: Path) -> tuple[bool, set[str]]:
    report, _view, _reader = bagit_validator.validate_bag(root)
    return report.valid, {f.code for f in report.findings}


@pytest.fixture(autouse=True)
def _quiet_bagit_python() -> Iterator[None]:
    logging.disable(logging.CRITICAL)
    yield
    logging.disable(logging.NOTSET)


def bagit_python_valid(root: Path) -> bool:
    try:
        bagit.Bag(str(root)).validate()
    except (bagit.BagError, bagit.BagValidationError):
        return False
    return True


def cli(root: Path) -> tuple[int, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "archiver", "validate", str(root), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    return done.returncode, json.loads(done.stdout)


# --- bags as each version wrote them -------------------------------------------------------------------


@pytest.mark.parametrize("version", ALL)
def test_plain_bag_of_each_version_is_valid(tmp_path: Path, version: str) -> None:
    root = make_bag(tmp_path / "bag", version)
    report, view, _reader = bagit_validator.validate_bag(root)
    assert report.findings == [], [(f.code, f.message) for f in report.findings]
    assert view is not None and view.bagit_version == version
    assert dict(view.bag_info)["Source-Organization"] == "Spengler University"
    assert bagit_python_valid(root)


@pytest.mark.parametrize("version", ["0.93", "0.94", "0.95"])
def test_package_info_is_the_metadata_file_before_0_96(tmp_path: Path, version: str) -> None:
    """0.93 to 0.95 name it package-info.txt; a wrong Payload-Oxum there is found there."""
    root = make_bag(tmp_path / "bag", version, tags={"package-info.txt": b"Payload-Oxum: 1.1\n"})
    valid, codes = verdict(root)
    assert not valid and codes == {"BAG-OXUM-MISMATCH"}
    report, view, _reader = bagit_validator.validate_bag(root)
    assert report.findings[0].path == "package-info.txt"
    assert view is not None and view.bag_info == (("Payload-Oxum", "1.1"),)
    assert bagit.Bag(str(root)).info == {"Payload-Oxum": "1.1"}  # bagit-python reads the same file


@pytest.mark.parametrize("version", ["0.96", "0.97", "1.0"])
def test_package_info_is_an_ordinary_tag_file_from_0_96(tmp_path: Path, version: str) -> None:
    root = make_bag(tmp_path / "bag", version, tags={"package-info.txt": b"Payload-Oxum: 1.1\n"})
    assert verdict(root) == (True, set())


def test_a_0_95_bag_with_only_bag_info_is_read_from_it(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "bag", "0.95")
    (root / "package-info.txt").rename(root / "bag-info.txt")
    report, view, _reader = bagit_validator.validate_bag(root)
    assert report.findings == [] and view is not None and dict(view.bag_info)["Packing-Date"] == "2008-07-15"


@pytest.mark.parametrize(("version", "ending"), [("0.93", b"\r\n"), ("0.95", b"\r"), ("0.97", b"\r\n")])
def test_line_endings_of_every_version(tmp_path: Path, version: str, ending: bytes) -> None:
    """LF or CRLF, and CR accepted (0.93 to 0.95 §2: "cautious programmers will also accept" it)."""
    root = make_bag(tmp_path / "bag", version)
    for name in ("bagit.txt", "manifest-md5.txt", info_name(version)):
        path = root / name
        path.write_bytes(path.read_bytes().replace(b"\n", ending))
    assert verdict(root) == (True, set())


@pytest.mark.parametrize(
    ("version", "valid", "found"),
    [
        ("0.93", True, {"BAG-TAGFILE-BOM-LEGACY"}),  # drafts -00 to -02 §2: "Unicode encoded as UTF-8"
        ("0.95", True, {"BAG-TAGFILE-BOM-LEGACY"}),
        ("0.96", False, {"BAG-DECLARATION-BOM", "BAG-TAGFILE-BOM"}),  # draft-05 §2.1.1, §2.3: no BOM
        ("0.97", False, {"BAG-DECLARATION-BOM", "BAG-TAGFILE-BOM"}),
        ("1.0", False, {"BAG-DECLARATION-BOM", "BAG-TAGFILE-BOM"}),
    ],
)
def test_byte_order_marks(tmp_path: Path, version: str, valid: bool, found: set[str]) -> None:
    root = make_bag(tmp_path / "bag", version)
    for name in ("bagit.txt", "manifest-md5.txt", info_name(version)):
        path = root / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    report, view, _reader = bagit_validator.validate_bag(root)
    assert (report.valid, {f.code for f in report.findings}) == (valid, found)
    assert view is not None and view.bagit_version == version
    if valid:
        assert len(report.findings) == 3
        # bagit-python refuses a BOM in bagit.txt whatever the version, but reads the other tag files
        (root / "bagit.txt").write_bytes((root / "bagit.txt").read_bytes()[3:])
        assert bagit_python_valid(root)


@pytest.mark.parametrize("kind", ["gztar", "zip"])
def test_serialized_pre_1_0_bags_get_the_same_verdict(tmp_path: Path, kind: str) -> None:
    root = make_bag(
        tmp_path / "bag", "0.95", listed="./{}".format, tags={"package-info.txt": b"Payload-Oxum: 1.1\n"}
    )
    expected = (False, {"BAG-PATH-NONCANONICAL-LEGACY", "BAG-OXUM-MISMATCH"})
    assert verdict(root) == expected
    archive = shutil.make_archive(str(tmp_path / "bag"), kind, tmp_path, "bag")
    assert verdict(Path(archive)) == expected


# --- path forms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", PRE_1_0)
@pytest.mark.parametrize("form", ["./{}", "././{}", "{}"])
def test_dot_slash_paths_before_1_0_are_read_with_a_warning(tmp_path: Path, version: str, form: str) -> None:
    root = make_bag(tmp_path / "bag", version, listed=form.format)
    valid, codes = verdict(root)
    assert valid and codes == ({"BAG-PATH-NONCANONICAL-LEGACY"} if form != "{}" else set())
    assert bagit_python_valid(root)


@pytest.mark.parametrize("version", PRE_1_0)
def test_doubled_slash_before_1_0_is_read_with_a_warning(tmp_path: Path, version: str) -> None:
    root = make_bag(tmp_path / "bag", version, listed=lambda p: p.replace("/", "//", 1))
    assert verdict(root) == (True, {"BAG-PATH-NONCANONICAL-LEGACY"})
    assert bagit_python_valid(root)


def test_dot_slash_paths_in_1_0_stay_errors(tmp_path: Path) -> None:
    """RFC 8493 §2.1.3 and §7: payload paths start with data/. (bagit-python reads them as 0.97.)"""
    root = make_bag(tmp_path / "bag", "1.0", listed="./{}".format)
    assert verdict(root) == (False, {"BAG-PATH-NONCANONICAL", "BAG-PAYLOAD-UNLISTED"})


@pytest.mark.parametrize(
    ("path", "entry", "code"),
    [
        ("./data/a", "data/a", "BAG-PATH-NONCANONICAL-LEGACY"),
        ("data/./sub//a", "data/sub/a", "BAG-PATH-NONCANONICAL-LEGACY"),
        ("./data/a/", None, "BAG-PATH-NONCANONICAL"),  # a folder, not a file
        ("./../a", None, "BAG-PATH-UNSAFE"),
        ("./data/../../a", None, "BAG-PATH-UNSAFE"),
        ("/data/a", None, "BAG-PATH-UNSAFE"),
        ("./", None, "BAG-PATH-NONCANONICAL"),
    ],
)
def test_pre_1_0_path_normalisation_never_reaches_outside(path: str, entry: str | None, code: str) -> None:
    manifest = bagit_manifests.Manifest("manifest-md5.txt", "md5", "md5", False)
    found = bagit_manifests.parse_manifest(manifest, [f"{'0' * 32}  {path}"], (0, 97))
    assert [f.code for f in found] == [code]
    assert list(manifest.entries) == ([entry] if entry else [])


# --- duplicate entries ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", PRE_1_0)
def test_same_checksum_duplicate_before_1_0_is_a_warning(tmp_path: Path, version: str) -> None:
    again = f"{md5(PAYLOAD['data/a.txt'])}  data/a.txt\n".encode()
    root = make_bag(tmp_path / "bag", version, extra_lines=again)
    assert verdict(root) == (True, {"BAG-MANIFEST-DUPLICATE-SAME"})
    assert bagit_python_valid(root)


@pytest.mark.parametrize("version", PRE_1_0)
def test_dot_slash_duplicate_before_1_0_is_the_same_entry(tmp_path: Path, version: str) -> None:
    again = f"{md5(PAYLOAD['data/a.txt'])}  ./data/a.txt\n".encode()
    root = make_bag(tmp_path / "bag", version, extra_lines=again)
    assert verdict(root) == (True, {"BAG-MANIFEST-DUPLICATE-SAME", "BAG-PATH-NONCANONICAL-LEGACY"})
    assert bagit_python_valid(root)


def test_same_checksum_duplicate_in_1_0_stays_an_error(tmp_path: Path) -> None:
    again = f"{md5(PAYLOAD['data/a.txt'])}  data/a.txt\n".encode()
    root = make_bag(tmp_path / "bag", "1.0", extra_lines=again)
    assert verdict(root) == (False, {"BAG-MANIFEST-DUPLICATE"})
    assert not bagit_python_valid(root)


@pytest.mark.parametrize("version", ALL)
def test_different_checksum_duplicate_is_an_error_in_every_version(tmp_path: Path, version: str) -> None:
    """Two checksums for one file: one of them is wrong, and nothing says which."""
    root = make_bag(tmp_path / "bag", version, extra_lines=f"{md5(b'other')}  data/a.txt\n".encode())
    assert verdict(root) == (False, {"BAG-MANIFEST-DUPLICATE"})
    assert not bagit_python_valid(root)


# --- percent-encoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", PRE_1_0)
def test_percent_is_literal_before_1_0(tmp_path: Path, version: str) -> None:
    """Only RFC 8493 §2.1.3 percent-encodes CR, LF and '%': a 0.97 name with '%25' means '%25'."""
    root = make_bag(tmp_path / "bag", version, payload={"data/100%25.txt": b"x", "data/50%.txt": b"y"})
    assert verdict(root) == (True, set())


def test_percent_is_decoded_in_1_0(tmp_path: Path) -> None:
    root = make_bag(tmp_path / "bag", "1.0", payload={"data/100%25.txt": b"x"})
    assert verdict(root) == (False, {"BAG-PAYLOAD-MISSING", "BAG-PAYLOAD-UNLISTED"})


def test_bagit_python_0_97_bag_with_a_line_feed_in_a_name_is_valid(tmp_path: Path) -> None:
    """bagit-python writes LF as %0A in 0.97 bags: no file has the literal name, so the decoded one counts."""
    root = tmp_path / "theirs"
    root.mkdir()
    (root / "new\nline.txt").write_bytes(b"z")
    (root / "100%25.txt").write_bytes(b"w")
    bagit.make_bag(str(root), checksums=["sha256"])
    assert b"data/new%0Aline.txt" in (root / "manifest-sha256.txt").read_bytes()
    assert verdict(root) == (True, set())
    assert bagit_python_valid(root)


# --- md5sum's '*' --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "found"),
    [
        ("0.93", {"BAG-MANIFEST-MD5SUM-STYLE"}),
        ("0.95", {"BAG-MANIFEST-MD5SUM-STYLE"}),
        ("0.96", set()),  # §2.1.3 of draft-05: "An asterisk ('*') MAY preceed FILENAME"
        ("0.97", set()),
        ("1.0", {"BAG-MANIFEST-MD5SUM-STYLE"}),
    ],
)
def test_md5sum_binary_mode_star(tmp_path: Path, version: str, found: set[str]) -> None:
    root = make_bag(tmp_path / "bag", version, listed="*{}".format)
    assert verdict(root) == (True, found)


# --- completeness --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "valid", "code"),
    [
        ("0.93", False, "BAG-PAYLOAD-UNLISTED"),  # -00 §2.2: "every manifest covers the same set of files"
        ("0.94", False, "BAG-PAYLOAD-UNLISTED"),  # -01 §6, the same words
        ("0.95", True, "BAG-PAYLOAD-UNLISTED-LEGACY"),  # -02 §6: the "union" of the manifests
        ("0.96", True, "BAG-PAYLOAD-UNLISTED-LEGACY"),
        ("0.97", True, "BAG-PAYLOAD-UNLISTED-LEGACY"),  # §3: "listed in at least one manifest"
        ("1.0", False, "BAG-PAYLOAD-UNLISTED"),
    ],
)
def test_payload_file_in_one_manifest_only(tmp_path: Path, version: str, valid: bool, code: str) -> None:
    partial = {p: d for p, d in PAYLOAD.items() if p != "data/sub/b.txt"}
    sha1 = "".join(f"{hashlib.sha1(d).hexdigest()}  {p}\n" for p, d in partial.items()).encode()
    root = make_bag(tmp_path / "bag", version, tags={"manifest-sha1.txt": sha1})
    assert verdict(root) == (valid, {code})


def test_0_93_payload_manifest_may_list_tag_files(tmp_path: Path) -> None:
    """draft-kunze-bagit-00 §2.1: "Any tag (top-level) FILENAME may optionally appear in a manifest"."""
    info = metadata("0.93")
    root = make_bag(tmp_path / "bag", "0.93", extra_lines=f"{md5(info)}  package-info.txt\n".encode())
    assert verdict(root) == (True, set())
    (root / "package-info.txt").write_bytes(info + b"Contact-Name: Edna\n")
    assert verdict(root) == (False, {"BAG-MANIFEST-CHECKSUM"})


def test_0_95_payload_manifest_may_not_list_tag_files(tmp_path: Path) -> None:
    info = metadata("0.95")
    root = make_bag(tmp_path / "bag", "0.95", extra_lines=f"{md5(info)}  package-info.txt\n".encode())
    assert verdict(root) == (False, {"BAG-MANIFEST-OUTSIDE-PAYLOAD"})


# --- tag manifests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("version", "found"), [("0.97", set()), ("1.0", {"BAG-TAG-FILE-UNLISTED"})])
def test_tag_file_missing_from_the_tag_manifest(tmp_path: Path, version: str, found: set[str]) -> None:
    """0.97 §3: "Tag files not listed in a tag manifest MAY be present"; RFC 8493 §2.2.1: SHOULD list."""
    root = make_bag(tmp_path / "bag", version, tagmanifest=True)
    (root / "notes.txt").write_bytes(b"added later\n")
    assert verdict(root) == (True, found)


@pytest.mark.parametrize(
    ("version", "found"), [("0.97", set()), ("1.0", {"BAG-TAGMANIFEST-TAGMANIFEST-ENTRY"})]
)
def test_tag_manifest_listing_a_tag_manifest(tmp_path: Path, version: str, found: set[str]) -> None:
    """Only RFC 8493 §2.2.1 says a tag manifest MUST NOT list tag manifests; before it, it is verified."""
    root = make_bag(tmp_path / "bag", version, tagmanifest=True)
    md5_manifest = (root / "tagmanifest-md5.txt").read_bytes()
    listed = {
        p.name: p.read_bytes() for p in root.iterdir() if p.is_file() and p.name != "tagmanifest-md5.txt"
    }
    sha1 = "".join(
        f"{hashlib.sha1(d).hexdigest()}  {p}\n"
        for p, d in {**listed, "tagmanifest-md5.txt": md5_manifest}.items()
    )
    (root / "tagmanifest-sha1.txt").write_text(sha1)
    valid, codes = verdict(root)
    assert codes == found and (valid or version == "1.0")
    if version == "0.97":
        (root / "tagmanifest-md5.txt").write_bytes(md5_manifest + b"\n")
        assert verdict(root) == (False, {"BAG-TAGMANIFEST-CHECKSUM", "BAG-TAGFILE-BLANK-LINE"})


# --- bag-info.txt repetition ---------------------------------------------------------------------------


@pytest.mark.parametrize(("version", "found"), [("0.97", set()), ("1.0", {"BAG-INFO-REPEATED"})])
def test_repeated_bagging_date(tmp_path: Path, version: str, found: set[str]) -> None:
    """0.97 §2.2.2: all metadata elements "MAY be repeated"; RFC 8493 §2.2.2: SHOULD NOT for some."""
    info = metadata(version) + b"Bagging-Date: 2012-04-03\n"
    root = make_bag(tmp_path / "bag", version, tags={"bag-info.txt": info})
    assert verdict(root) == (True, found)


@pytest.mark.parametrize(
    ("version", "second", "valid", "found"),
    [
        ("0.97", "11.2", True, set()),  # the same value again: nothing is ambiguous
        ("0.97", "12.2", False, {"BAG-OXUM-REPEATED"}),
        ("1.0", "11.2", False, {"BAG-OXUM-REPEATED"}),
    ],
)
def test_repeated_payload_oxum(
    tmp_path: Path, version: str, second: str, valid: bool, found: set[str]
) -> None:
    info = metadata(version) + f"Payload-Oxum: {second}\n".encode()
    root = make_bag(tmp_path / "bag", version, tags={"bag-info.txt": info})
    assert verdict(root) == (valid, found)


def test_repeated_payload_oxum_before_1_0_is_still_checked(tmp_path: Path) -> None:
    info = b"Payload-Oxum: 99.2\nPayload-Oxum: 99.2\n"
    root = make_bag(tmp_path / "bag", "0.97", tags={"bag-info.txt": info})
    assert verdict(root) == (False, {"BAG-OXUM-MISMATCH"})


# --- fetch.txt -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "found"),
    [
        ("0.95", {"BAG-PATH-UNSAFE", "BAG-PAYLOAD-MISSING"}),
        ("0.96", {"BAG-FETCH-UNFETCHED"}),  # draft-05 §2.2.3: a leading '/' is relative to the bag
        ("0.97", {"BAG-FETCH-UNFETCHED"}),
        ("1.0", {"BAG-PATH-UNSAFE", "BAG-PAYLOAD-MISSING"}),
    ],
)
def test_fetch_path_with_a_leading_slash(tmp_path: Path, version: str, found: set[str]) -> None:
    remote = {"data/remote.txt": b"far away\n"}
    root = make_bag(
        tmp_path / "bag",
        version,
        extra_lines=manifest(remote),
        tags={"fetch.txt": b"https://example.org/remote.txt 9 /data/remote.txt\n", info_name(version): b""},
    )
    assert verdict(root) == (False, found)
    if version in ("0.96", "0.97"):
        (root / "data" / "remote.txt").write_bytes(remote["data/remote.txt"])
        assert verdict(root) == (True, set())


# --- the CLI -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "code", "status"),
    [("0.97", "BAG-PATH-NONCANONICAL-LEGACY", 0), ("1.0", "BAG-PATH-NONCANONICAL", 1)],
)
def test_cli_verdict_on_dot_slash_paths(tmp_path: Path, version: str, code: str, status: int) -> None:
    root = make_bag(tmp_path / "bag", version, listed="./{}".format)
    returncode, report = cli(root)
    assert returncode == status and report["valid"] is (status == 0)
    findings = report["findings"]
    assert isinstance(findings, list) and code in {f["code"] for f in findings}


@pytest.mark.parametrize(("version", "status"), [("0.96", 0), ("1.0", 1)])
def test_cli_verdict_on_same_checksum_duplicates(tmp_path: Path, version: str, status: int) -> None:
    again = f"{md5(PAYLOAD['data/a.txt'])}  data/a.txt\n".encode()
    root = make_bag(tmp_path / "bag", version, extra_lines=again)
    returncode, report = cli(root)
    assert returncode == status and report["valid"] is (status == 0)
    findings = report["findings"]
    assert isinstance(findings, list)
    spec = {f["code"]: f["spec"] for f in findings}
    if status == 0:
        assert spec == {"BAG-MANIFEST-DUPLICATE-SAME": bagit_codes.CODES["BAG-MANIFEST-DUPLICATE-SAME"].spec}
    else:
        assert set(spec) == {"BAG-MANIFEST-DUPLICATE"}


def test_version_keyed_codes_name_the_versions_they_apply_to() -> None:
    """Each code that only some versions get says which, in its summary (docs/validation-codes.md)."""
    for code in (
        "BAG-MANIFEST-DUPLICATE-SAME",
        "BAG-PATH-NONCANONICAL-LEGACY",
        "BAG-PAYLOAD-UNLISTED-LEGACY",
        "BAG-TAGFILE-BOM-LEGACY",
    ):
        info = bagit_codes.CODES[code]
        assert info.severity is Severity.WARNING, code
        assert re.search(r"BagIt 0\.9[3-7] to 0\.9[3-7] bag", info.summary), code
        assert info.spec.startswith("BagIt 0.97 §") or info.spec.startswith("RFC 8493 §"), code
