"""``archiver validate`` on bags captured from the web, and on WACZ files.

Pages are captured from the project's local HTTP server (tests/webserver.py) into real bags. A captured bag
must validate with no finding at all. Each tampering is then done the way a careful forger (or a silent
bit-rot plus a well-meaning "fix the manifests" script) would do it: the file is changed and the manifests,
Payload-Oxum and tag manifests are recomputed, so the BagIt checks see nothing and only the package checks
can catch it, with the right ``PKG-`` code. Changes that need surgery inside the WARC are checked through
``check_own_package`` alone, since the WARC validator would (rightly) also see the broken digests.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver import own_profile
from archiver.config import Organization, Settings
from archiver.formats.bagit.writer import format_manifest, payload_oxum
from archiver.formats.warc.writer import build_record, gzip_member
from archiver.packaging import PackageOptions
from archiver.validation import run as run_module
from archiver.validation.findings import Finding, Report
from archiver.validation.own_package import CAPTURE_PATH, CODES, check_own_package, is_web_package
from archiver.validation.run import ValidateOptions, validate_target
from archiver.web.options import CaptureOptions
from archiver.web.package_url import package_url
from tests.test_validation_own_package import bag_view, dict_reader
from tests.webserver import serve

SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
META = own_profile.METADATA_PATH
#: One page per way the server can frame the entity: plain (with JSON-LD), chunked, gzip-encoded.
PAGES = {
    "jsonld": "/articles/jsonld.html",
    "chunked": "/articles/chunked.html",
    "gzip": "/articles/gzip.html",
}

Headers = list[tuple[str, str]]
Record = tuple[Headers, bytes]


@pytest.fixture(scope="module")
def bags(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Each page captured once into its own bag (fixed capture date, not fsynced)."""
    outdir = tmp_path_factory.mktemp("web-bags")
    made: dict[str, Path] = {}
    with serve() as server:
        for name, path in PAGES.items():
            options = PackageOptions(
                outdir=outdir / name,
                settings=SETTINGS,
                captured=WHEN,
                durable=False,
                capture=CaptureOptions(timeout=5.0),
            )
            result = package_url(server.url(path), options)
            assert result.bag is not None
            made[name] = result.bag
    yield made


@pytest.fixture(params=sorted(PAGES))
def bag(request: pytest.FixtureRequest, bags: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of one captured bag, free to tamper with."""
    source = bags[request.param]
    return Path(shutil.copytree(source, tmp_path / source.name))


# --------------------------------------------------------------------------------------------------------
# Helpers


def reseal(bag: Path) -> None:
    """Recompute every manifest, Payload-Oxum and every tag manifest after a change, so the bag is
    BagIt-valid again and only the checks beyond fixity can tell."""
    payload = sorted(p for p in (bag / "data").rglob("*") if p.is_file())
    for alg in own_profile.ALGORITHMS:
        entries = {
            p.relative_to(bag).as_posix(): hashlib.new(alg, p.read_bytes()).hexdigest() for p in payload
        }
        (bag / f"manifest-{alg}.txt").write_bytes(format_manifest(entries))
    info = bag / "bag-info.txt"
    oxum = payload_oxum(p.stat().st_size for p in payload)
    info.write_text(
        re.sub(r"(?m)^Payload-Oxum: .*$", f"Payload-Oxum: {oxum}", info.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    tags = ["bagit.txt", "bag-info.txt", *(f"manifest-{alg}.txt" for alg in own_profile.ALGORITHMS)]
    for alg in own_profile.ALGORITHMS:
        entries = {name: hashlib.new(alg, (bag / name).read_bytes()).hexdigest() for name in tags}
        (bag / f"tagmanifest-{alg}.txt").write_bytes(format_manifest(entries))


def validate(bag: Path) -> Report:
    return validate_target(bag, ValidateOptions())


def error_codes(report: Report) -> set[str]:
    return {f.code for f in report.errors}


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def only(bag: Path, folder: str, suffix: str) -> Path:
    found = sorted((bag / "data" / folder).glob(f"*{suffix}"))
    assert len(found) == 1, found
    return found[0]


def rel(bag: Path, path: Path) -> str:
    return path.relative_to(bag).as_posix()


def edit_json(path: Path, change: Callable[[dict[str, object]], None]) -> None:
    document = json.loads(path.read_bytes())
    change(document)
    path.write_bytes((json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def read_records(warc: bytes) -> list[Record]:
    """(headers without Content-Length, block) of every record: one gzip member each, as we write them."""
    records: list[Record] = []
    rest = warc
    while rest:
        member = zlib.decompressobj(wbits=31)
        raw = member.decompress(rest)
        rest = member.unused_data
        head, _, tail = raw.partition(b"\r\n\r\n")
        fields = [line.split(": ", 1) for line in head.decode("utf-8").split("\r\n")[1:]]
        length = int(next(value for name, value in fields if name == "Content-Length"))
        records.append(([(n, v) for n, v in fields if n != "Content-Length"], tail[:length]))
    return records


def write_records(records: list[Record]) -> bytes:
    return b"".join(gzip_member(build_record(headers, block)) for headers, block in records)


def header(record: Record, name: str) -> str:
    return next(value for key, value in record[0] if key == name)


def with_header(record: Record, name: str, value: str) -> Record:
    return ([(k, value if k == name else v) for k, v in record[0]], record[1])


def check_warc_edit(bag: Path, edit: Callable[[list[Record]], list[Record]]) -> list[Finding]:
    """The package checks alone, on the bag with its WARC's records edited (digests left as they are).

    The WACZ still holds the WARC as captured, which the checks must notice (PKG-WACZ-WARC); the findings
    returned are the others, those about the edit itself.
    """
    files = {rel(bag, p): p.read_bytes() for p in bag.rglob("*") if p.is_file()}
    warc = rel(bag, only(bag, "warc", ".warc.gz"))
    files[warc] = write_records(edit(read_records(files[warc])))
    found = check_own_package(bag_view(bag), dict_reader(files))
    assert "PKG-WACZ-WARC" in codes(found)
    return [f for f in found if f.code != "PKG-WACZ-WARC"]


def page_response(records: list[Record]) -> int:
    """Index of the response the metadata records refer to."""
    target = header(next(r for r in records if header(r, "WARC-Type") == "metadata"), "WARC-Refers-To")
    return next(i for i, r in enumerate(records) if header(r, "WARC-Record-ID") == target)


# --------------------------------------------------------------------------------------------------------
# Captured bags are valid


def test_captured_bag_has_no_finding(bag: Path) -> None:
    """Not even a warning: every check, including the package checks and the WACZ validator, passes."""
    report = validate(bag)
    assert is_web_package(bag_view(bag))
    assert report.findings == [], [f"{f.code} {f.path}: {f.message}" for f in report.findings]
    assert report.stats["wacz_files"] == 1


def test_the_pages_exercise_each_framing(bags: dict[str, Path]) -> None:
    """The chunked and gzip bags really hold framed and encoded responses, so decoding is what is tested."""
    pages = {name: json.loads((bag / CAPTURE_PATH).read_bytes())["page"] for name, bag in bags.items()}
    assert pages["chunked"]["transfer_encoding"] == "chunked"
    assert pages["gzip"]["content_encoding"] == "gzip"
    assert pages["jsonld"]["transfer_encoding"] is None and pages["jsonld"]["content_encoding"] is None


def test_every_web_code_is_registered() -> None:
    web = {
        "PKG-CAPTURE-JSON",
        "PKG-CAPTURE-MISMATCH",
        "PKG-WARC-CAPTURE-CONTENT",
        "PKG-WARC-METADATA-DUPLICATE",
        "PKG-WARC-REFERS-TO-RESPONSE",
        "PKG-WARC-RESPONSE-TARGET-URI",
        "PKG-WARC-RESPONSE-HTTP",
        "PKG-WARC-RESPONSE-CONTENT",
        "PKG-WACZ-COUNT",
        "PKG-WACZ-WARC",
    }
    assert web <= set(CODES)


# --------------------------------------------------------------------------------------------------------
# Tampering with manifests rewritten: only the package checks can see it


def test_original_byte_flipped(bag: Path) -> None:
    original = only(bag, "original", ".html")
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01
    original.write_bytes(bytes(data))
    reseal(bag)
    report = validate(bag)
    assert error_codes(report) == {"PKG-ORIGINAL-SHA256", "PKG-WARC-RESPONSE-CONTENT"}
    content = next(f for f in report.errors if f.code == "PKG-WARC-RESPONSE-CONTENT")
    assert rel(bag, original) in content.message and "Content-Encoding removed" in content.message


def test_metadata_title_changed(bag: Path) -> None:
    edit_json(bag / META, lambda meta: meta.update(title="An edited title"))
    reseal(bag)
    report = validate(bag)
    assert error_codes(report) == {"PKG-WARC-METADATA-CONTENT"}
    assert META in report.errors[0].message


def test_metadata_source_url_changed(bag: Path) -> None:
    """The URL is named three times (metadata, response record, capture.json): each disagreement shows."""
    edit_json(bag / META, lambda meta: meta.update(source_url="https://elsewhere.example.org/page"))
    reseal(bag)
    assert error_codes(validate(bag)) == {
        "PKG-WARC-METADATA-CONTENT",
        "PKG-WARC-RESPONSE-TARGET-URI",
        "PKG-CAPTURE-MISMATCH",
    }


def test_metadata_identifier_changed(bag: Path) -> None:
    edit_json(
        bag / META, lambda meta: meta.update(identifier="urn:uuid:00000000-0000-4000-8000-000000000000")
    )
    reseal(bag)
    assert error_codes(validate(bag)) == {"PKG-WARC-METADATA-CONTENT", "PKG-EXTERNAL-IDENTIFIER"}


def test_wacz_removed(bag: Path) -> None:
    only(bag, "wacz", ".wacz").unlink()
    reseal(bag)
    report = validate(bag)
    assert error_codes(report) == {"PKG-WACZ-COUNT"}
    assert report.errors[0].path == "data/wacz/"


def test_wacz_of_another_capture(bag: Path, bags: dict[str, Path]) -> None:
    """A WACZ valid on its own, but replaying another capture's WARC."""
    other = next(b for b in bags.values() if b.name != bag.name)
    wacz = only(bag, "wacz", ".wacz")
    wacz.write_bytes(only(other, "wacz", ".wacz").read_bytes())
    reseal(bag)
    report = validate(bag)
    assert error_codes(report) == {"PKG-WACZ-WARC"}
    assert report.errors[0].path == rel(bag, wacz)


def test_wacz_damaged_inside_the_bag(bag: Path) -> None:
    """A byte flipped in the WACZ's stored WARC: the WACZ validator's findings are filed under the WACZ."""
    wacz = only(bag, "wacz", ".wacz")
    warc = only(bag, "warc", ".warc.gz").read_bytes()
    data = bytearray(wacz.read_bytes())
    data[data.index(warc[:64]) + 40] ^= 0x01
    wacz.write_bytes(bytes(data))
    reseal(bag)
    report = validate(bag)
    inner = [f for f in report.errors if f.code.startswith("WACZ-")]
    assert inner and {f.path for f in inner} == {rel(bag, wacz)}
    assert {c for c in error_codes(report) if not c.startswith("WACZ-")} <= {"PKG-WACZ-WARC"}


def test_capture_json_edited(bag: Path) -> None:
    edit_json(bag / CAPTURE_PATH, lambda doc: doc.update(status=404))
    reseal(bag)
    assert error_codes(validate(bag)) == {"PKG-WARC-CAPTURE-CONTENT"}


def test_capture_json_lost_is_reported_as_lost_and_nothing_else(bag: Path) -> None:
    """Still checked as a web capture: not as a file package whose WARC has the wrong records."""
    (bag / CAPTURE_PATH).unlink()
    assert error_codes(validate(bag)) == {"BAG-PAYLOAD-MISSING", "BAG-OXUM-MISMATCH", "PKG-FILE-UNREADABLE"}


def test_capture_json_not_an_object(bag: Path) -> None:
    (bag / CAPTURE_PATH).write_bytes(b"[]\n")
    reseal(bag)
    assert error_codes(validate(bag)) == {"PKG-CAPTURE-JSON", "PKG-WARC-CAPTURE-CONTENT"}


def test_capture_json_naming_another_record(bag: Path) -> None:
    """capture.json edited consistently with its WARC record: it still disagrees with the other records."""

    def change(doc: dict[str, object]) -> None:
        doc["warc"] = {"file": "other.warc.gz", "page_response_record": "urn:uuid:0"}

    edit_json(bag / CAPTURE_PATH, change)
    new = (bag / CAPTURE_PATH).read_bytes()

    def edit(records: list[Record]) -> list[Record]:
        index = [i for i, r in enumerate(records) if header(r, "WARC-Type") == "metadata"][1]
        records[index] = (records[index][0], new)
        return records

    found = check_warc_edit(bag, edit)
    assert codes(found) == {"PKG-CAPTURE-MISMATCH"} and len(found) == 2
    assert {f.path for f in found} == {CAPTURE_PATH}


def test_wacz_in_another_tools_bag_is_validated_too(bag: Path) -> None:
    """No package checks for a bag that does not name our profile, but its WACZ is still validated."""
    info = bag / "bag-info.txt"
    text = info.read_text(encoding="utf-8")
    info.write_text(re.sub(r"(?m)^BagIt-Profile-Identifier: .*\n", "", text), encoding="utf-8")
    only(bag, "wacz", ".wacz").write_bytes(b"PK not a zip")
    reseal(bag)
    report = validate(bag)
    assert error_codes(report) == {"WACZ-NOT-ZIP"}
    assert report.errors[0].path == rel(bag, only(bag, "wacz", ".wacz"))


def test_embedded_wacz_over_the_limit_is_reported_not_read(
    bag: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a compressed tar a WACZ can only be streamed forward, and a zip needs random access: over the limit
    it is not read. (In a folder or a plain tar it is opened in place, whatever its size.)"""
    import tarfile

    archive = bag.parent / f"{bag.name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(bag, arcname=bag.name)
    monkeypatch.setattr(run_module, "MAX_EMBEDDED_WACZ", 1000)
    report = validate(archive)
    assert report.valid and codes(report.warnings) == {"WACZ-EMBEDDED-TOO-LARGE"}
    assert "wacz_files" not in report.stats


# --------------------------------------------------------------------------------------------------------
# Surgery inside the WARC, seen by the package checks alone


def test_response_filed_under_another_url(bag: Path) -> None:
    def edit(records: list[Record]) -> list[Record]:
        i = page_response(records)
        records[i] = with_header(records[i], "WARC-Target-URI", "https://elsewhere.example.org/")
        return records

    assert codes(check_warc_edit(bag, edit)) == {"PKG-WARC-RESPONSE-TARGET-URI"}


def test_response_entity_changed(bag: Path) -> None:
    """One byte of the page changed in the WARC (in the compressed stream for the gzip page)."""

    def edit(records: list[Record]) -> list[Record]:
        i = page_response(records)
        block = records[i][1]
        head, _, body = block.partition(b"\r\n\r\n")
        if b"gzip" in head.lower():
            body = zlib.compress(b"<html>another page</html>", wbits=31)
            head = re.sub(rb"(?i)content-length: \d+", b"Content-Length: %d" % len(body), head)
        else:
            body = body.replace(b"Harbour", b"Harb0ur", 1)
        records[i] = (records[i][0], head + b"\r\n\r\n" + body)
        return records

    assert codes(check_warc_edit(bag, edit)) == {"PKG-WARC-RESPONSE-CONTENT"}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda head, body: (head, b"not an HTTP message at all"), id="no-head"),
        pytest.param(lambda head, body: (head + b"\r\nContent-Encoding: br", body), id="unknown-coding"),
        pytest.param(
            lambda head, body: (head + b"\r\nContent-Encoding: gzip", b"\x1f\x8bbroken"), id="bad-gzip"
        ),
        pytest.param(
            lambda head, body: (head + b"\r\nTransfer-Encoding: chunked", b"zz\r\n"), id="bad-chunks"
        ),
    ],
)
def test_response_cannot_be_decoded(bag: Path, damage: Callable[[bytes, bytes], tuple[bytes, bytes]]) -> None:
    def edit(records: list[Record]) -> list[Record]:
        i = page_response(records)
        head, _, body = records[i][1].partition(b"\r\n\r\n")
        head = re.sub(rb"(?i)\r\n(content-encoding|transfer-encoding): [^\r]*", b"", head)
        head, body = damage(head, body)
        block = body if body.startswith(b"not an HTTP") else head + b"\r\n\r\n" + body
        records[i] = (records[i][0], block)
        return records

    found = check_warc_edit(bag, edit)
    assert codes(found) == {"PKG-WARC-RESPONSE-HTTP"}


def test_metadata_records_refer_to_a_request(bag: Path) -> None:
    def edit(records: list[Record]) -> list[Record]:
        request = next(r for r in records if header(r, "WARC-Type") == "request")
        return [
            with_header(r, "WARC-Refers-To", header(request, "WARC-Record-ID"))
            if header(r, "WARC-Type") == "metadata"
            else r
            for r in records
        ]

    found = check_warc_edit(bag, edit)
    assert codes(found) == {"PKG-WARC-REFERS-TO-RESPONSE"} and len(found) == 2


def test_metadata_records_refer_to_different_responses(bag: Path) -> None:
    def edit(records: list[Record]) -> list[Record]:
        i = page_response(records)
        twin = with_header(records[i], "WARC-Record-ID", "urn:uuid:11111111-1111-4111-8111-111111111111")
        last = len(records) - 1  # capture.json's record
        records[last] = with_header(records[last], "WARC-Refers-To", header(twin, "WARC-Record-ID"))
        return [*records[: i + 1], twin, *records[i + 1 :]]

    found = check_warc_edit(bag, edit)
    assert codes(found) == {"PKG-WARC-REFERS-TO-RESPONSE"}
    assert "different response records" in found[0].message


def test_metadata_record_duplicated(bag: Path) -> None:
    def edit(records: list[Record]) -> list[Record]:
        first = next(r for r in records if header(r, "WARC-Type") == "metadata")
        copy = with_header(first, "WARC-Record-ID", "urn:uuid:22222222-2222-4222-8222-222222222222")
        return [*records, copy]

    found = check_warc_edit(bag, edit)
    assert codes(found) == {"PKG-WARC-METADATA-DUPLICATE"}
    assert META in found[0].message


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    block=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda b: b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + b),
        st.binary(max_size=300).map(lambda b: b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b),
    ),
    capture=st.binary(max_size=200),
)
def test_random_response_and_capture_json_never_crash(
    bags: dict[str, Path], block: bytes, capture: bytes
) -> None:
    bag = bags["chunked"]
    files = {rel(bag, p): p.read_bytes() for p in bag.rglob("*") if p.is_file()}
    warc = rel(bag, only(bag, "warc", ".warc.gz"))
    records = read_records(files[warc])
    i = page_response(records)
    records[i] = (records[i][0], block)
    files[warc] = write_records(records)
    files[CAPTURE_PATH] = capture
    found = check_own_package(bag_view(bag), dict_reader(files))
    assert all(f.code in CODES for f in found)
    assert codes(found) & {"PKG-WARC-RESPONSE-HTTP", "PKG-WARC-RESPONSE-CONTENT"}


# --------------------------------------------------------------------------------------------------------
# A .wacz as a target of its own


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_wacz_target_valid(bags: dict[str, Path], tmp_path: Path) -> None:
    wacz = Path(shutil.copy(only(bags["gzip"], "wacz", ".wacz"), tmp_path / "capture.wacz"))
    got = run("validate", str(wacz))
    assert got.returncode == 0, got.stdout + got.stderr
    assert got.stdout.startswith("VALID wacz")
    report = json.loads(run("validate", "--json", str(wacz)).stdout)
    assert report["kind"] == "wacz" and report["valid"] is True


def test_wacz_target_corrupted(bags: dict[str, Path], tmp_path: Path) -> None:
    source = only(bags["jsonld"], "wacz", ".wacz").read_bytes()
    wacz = tmp_path / "capture.wacz"
    data = bytearray(source)
    data[len(data) // 2] ^= 0xFF
    wacz.write_bytes(bytes(data))
    got = run("validate", "--json", str(wacz))
    assert got.returncode == 1, got.stdout + got.stderr
    report = json.loads(got.stdout)
    assert report["kind"] == "wacz" and report["errors"] > 0
    assert all(f["code"].startswith(("WACZ-", "WARC-")) for f in report["findings"])
    assert "Traceback" not in got.stderr


def test_unknown_target_is_still_a_usage_error(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("not a target", encoding="utf-8")
    got = run("validate", str(note))
    assert got.returncode == 2 and "TARGET_UNKNOWN" in got.stderr
