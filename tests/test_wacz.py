"""WACZ 1.1.1: the writer's layout and determinism, and the validator on ours, the corpus and damaged files."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archiver.config import Organization, Settings
from archiver.formats.wacz import writer as wacz
from archiver.formats.wacz.validator import validate_wacz, validate_wacz_bytes
from archiver.formats.wacz.writer import IndexEntry, Page, build_cdxj, build_wacz, surt
from archiver.packaging import PackageOptions
from archiver.web.options import CaptureOptions
from archiver.web.package_url import package_url
from tests.webserver import LocalServer, serve

SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))
WHEN = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalServer, Path]]:
    """One bag of the resources page (with resources), captured once for the module."""
    out = tmp_path_factory.mktemp("wacz")
    with serve() as server:
        options = PackageOptions(
            outdir=out,
            settings=SETTINGS,
            durable=False,
            captured=WHEN,
            capture=CaptureOptions(with_resources=True),
        )
        result = package_url(server.url("/articles/resources.html"), options)
        assert result.bag is not None
        yield server, result.bag


def _wacz(bag: Path) -> bytes:
    return next((bag / "data/wacz").glob("*.wacz")).read_bytes()


def _codes(data: bytes) -> set[str]:
    return {f.code for f in validate_wacz_bytes(data).errors}


def _rezip(data: bytes, replace: dict[str, bytes | None], *, refresh: bool = False) -> bytes:
    """A copy of the WACZ with members replaced or (None) removed; ``refresh`` rewrites the hashes too, so
    that only the damage under test remains."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = {i.filename: src.read(i) for i in src.infolist()}
    infos = {i.filename: i for i in src.infolist()}
    for name, value in replace.items():
        if value is None:
            members.pop(name, None)
        else:
            members[name] = value
    if refresh:
        package = json.loads(members["datapackage.json"])
        package["resources"] = [
            {
                **r,
                "hash": "sha256:" + hashlib.sha256(members[r["path"]]).hexdigest(),
                "bytes": len(members[r["path"]]),
            }
            for r in package["resources"]
            if r["path"] in members
        ]
        members["datapackage.json"] = json.dumps(package).encode()
        digest = {
            "path": "datapackage.json",
            "hash": "sha256:" + hashlib.sha256(members["datapackage.json"]).hexdigest(),
        }
        members["datapackage-digest.json"] = json.dumps(digest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, value in members.items():
            info = infos.get(name) or zipfile.ZipInfo(name)
            zf.writestr(info, value)
    return out.getvalue()


# --- the writer ------------------------------------------------------------------------------------------


def test_surt_agrees_with_pywbs_canonicalizer() -> None:
    surt_package = pytest.importorskip("surt", reason="the surt package comes with pywb (test dependency)")
    urls = [
        "http://127.0.0.1:8080/page.html?b=2&a=1",
        "https://www.Example.com/Path/A?X=1#frag",
        "http://example.com",
        "https://example.com:443/x",
        "http://news.example.co.uk:8443/2024/05/01/story.html",
        "http://www2.example.com/a/./b/../c",
        "http://EXAMPLE.com/%7Efoo/%41",
    ]
    for url in urls:
        assert surt(url) == surt_package.surt(url), url


def test_wacz_layout_hashes_and_compression(captured: tuple[LocalServer, Path]) -> None:
    _server, bag = captured
    data = _wacz(bag)
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = zf.namelist()
    warc_name = next(n for n in names if n.startswith("archive/"))
    assert names == [
        warc_name,
        "indexes/index.cdx",
        "pages/pages.jsonl",
        "datapackage.json",
        "datapackage-digest.json",
    ]
    assert zf.getinfo(warc_name).compress_type == zipfile.ZIP_STORED
    for name in names[1:]:  # small members stored: setting up deflate costs more than it saves
        info = zf.getinfo(name)
        expected = zipfile.ZIP_DEFLATED if info.file_size >= wacz.DEFLATE_FROM else zipfile.ZIP_STORED
        assert info.compress_type == expected, name
    assert zf.getinfo("datapackage-digest.json").compress_type == zipfile.ZIP_STORED
    assert {zf.getinfo(n).date_time for n in names} == {(2024, 5, 1, 12, 0, 0)}
    assert zf.read(warc_name) == next((bag / "data/warc").glob("*.warc.gz")).read_bytes()
    package = json.loads(zf.read("datapackage.json"))
    assert package["profile"] == "data-package" and package["wacz_version"] == "1.1.1"
    assert package["created"] == "2024-05-01T12:00:00Z" and package["software"].startswith("archiver/")
    for res in package["resources"]:
        body = zf.read(res["path"])
        assert res["hash"] == "sha256:" + hashlib.sha256(body).hexdigest() and res["bytes"] == len(body)
    digest = json.loads(zf.read("datapackage-digest.json"))
    assert digest == {
        "path": "datapackage.json",
        "hash": "sha256:" + hashlib.sha256(zf.read("datapackage.json")).hexdigest(),
    }
    pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").decode().splitlines()]
    assert pages[0] == {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    assert len(pages) == 2 and pages[1]["ts"] == "2024-05-01T12:00:00Z"
    assert pages[1]["title"] == "Photo essay: the old lighthouse"


def test_index_holds_only_replayable_http_records_sorted(captured: tuple[LocalServer, Path]) -> None:
    server, bag = captured
    zf = zipfile.ZipFile(io.BytesIO(_wacz(bag)))
    lines = zf.read("indexes/index.cdx").decode().splitlines()
    assert lines == sorted(lines)
    parsed = [json.loads(line.split(" ", 2)[2]) for line in lines]
    assert all(p["url"].startswith(server.base) for p in parsed)  # no urn: (metadata) and no request lines
    page = [p for p in parsed if p["url"] == server.url("/articles/resources.html")]
    assert len(page) == 1 and page[0]["mime"] == "text/html" and page[0]["status"] == "200"
    assert {p["mime"] for p in parsed if p["url"].endswith("logo-copy.png")} == {"warc/revisit"}
    assert all(line.split(" ")[1] == "20240501120000" for line in lines)


def test_build_is_deterministic() -> None:
    entries = [
        IndexEntry(
            "http://example.org/b", WHEN, "response", 200, "text/html", "sha1:AAAA", 10, 5, "x.warc.gz"
        ),
        IndexEntry("urn:uuid:1", WHEN, "metadata", None, None, None, 15, 5, "x.warc.gz"),
        IndexEntry("http://example.org/a", WHEN, "request", None, None, None, 0, 10, "x.warc.gz"),
    ]
    page = Page("p", "http://example.org/b", WHEN, "Title")
    args = dict(
        warc_name="x.warc.gz",
        warc_data=b"warc",
        entries=entries,
        pages=[page],
        title="T",
        created=WHEN,
        software="s",
    )
    first = build_wacz(**args)  # type: ignore[arg-type]
    assert first.data == build_wacz(**args).data  # type: ignore[arg-type]
    assert build_cdxj(entries).count(b"\n") == 1  # only the response

    long_text = Page("p", "http://example.org/b", WHEN, "Title", text="A sentence of the article. " * 100)
    built = build_wacz(**{**args, "pages": [long_text]})  # type: ignore[arg-type]
    zf = zipfile.ZipFile(io.BytesIO(built.data))
    assert zf.getinfo("pages/pages.jsonl").compress_type == zipfile.ZIP_DEFLATED
    assert zf.getinfo("pages/pages.jsonl").compress_size < zf.getinfo("pages/pages.jsonl").file_size // 4
    assert zf.read("pages/pages.jsonl") == built.pages


# --- the validator -----------------------------------------------------------------------------------------


def test_our_wacz_validates_cleanly(captured: tuple[LocalServer, Path]) -> None:
    _server, bag = captured
    path = next((bag / "data/wacz").glob("*.wacz"))
    report = validate_wacz(path)
    assert report.kind == "wacz" and report.valid, [f.to_dict() for f in report.findings]
    assert report.findings == []
    assert report.stats["index_lines"] == 6 and report.stats["warc_records"] == 15


def test_corpus_verdicts_hold(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "warc" / "py-wacz"
    expected = {
        "valid_example_1.wacz": True,  # older 1.0.0 layout: warnings only
        "valid_example_2.wacz": True,
        "valid_signed_example_1.wacz": True,
        "invalid_example_1.wacz": False,  # no archive/, no pages, no index
    }
    for name, valid in expected.items():
        report = validate_wacz(folder / name)
        assert report.valid is valid, (name, [f.to_dict() for f in report.errors])
    old = {f.code for f in validate_wacz(folder / "valid_example_1.wacz").warnings}
    assert "WACZ-VERSION-OLD" in old
    signed = {f.code for f in validate_wacz(folder / "valid_signed_example_1.wacz").warnings}
    assert signed == {"WACZ-SIGNATURE-UNVERIFIED"}
    invalid = {f.code for f in validate_wacz(folder / "invalid_example_1.wacz").errors}
    assert {"WACZ-FILE-MISSING", "WACZ-RESOURCE-MISSING"} <= invalid


def _index_with(data: bytes, edit: str) -> bytes:
    zf = zipfile.ZipFile(io.BytesIO(data))
    lines = zf.read("indexes/index.cdx").decode().splitlines()
    key, ts, body = lines[0].split(" ", 2)
    fields = json.loads(body)
    if edit == "offset":
        fields["offset"] = str(int(fields["offset"]) + 7)
    elif edit == "url":
        fields["url"] = fields["url"] + "?other"
    elif edit == "file":
        fields["filename"] = "nowhere.warc.gz"
    elif edit == "unsorted":
        lines = list(reversed(lines))
    if edit != "unsorted":
        lines[0] = f"{key} {ts} {json.dumps(fields)}"
    return "".join(line + "\n" for line in lines).encode()


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        ("offset", "WACZ-INDEX-TARGET"),
        ("file", "WACZ-INDEX-TARGET"),
        ("url", "WACZ-INDEX-RECORD-MISMATCH"),
        ("unsorted", "WACZ-INDEX-UNSORTED"),
    ],
)
def test_index_damage_is_found(captured: tuple[LocalServer, Path], damage: str, code: str) -> None:
    data = _wacz(captured[1])
    damaged = _rezip(data, {"indexes/index.cdx": _index_with(data, damage)}, refresh=True)
    assert _codes(damaged) == {code}


def test_other_damage_is_found(captured: tuple[LocalServer, Path]) -> None:
    data = _wacz(captured[1])
    zf = zipfile.ZipFile(io.BytesIO(data))
    warc_name = next(n for n in zf.namelist() if n.startswith("archive/"))
    warc = bytearray(zf.read(warc_name))
    warc[len(warc) // 2] ^= 0x01
    flipped = _codes(_rezip(data, {warc_name: bytes(warc)}))
    assert "WACZ-RESOURCE-HASH" in flipped and any(c.startswith("WARC-") for c in flipped)
    package = zf.read("datapackage.json").replace(b"Photo essay", b"Photo esSay")
    assert _codes(_rezip(data, {"datapackage.json": package})) == {"WACZ-DIGEST-MISMATCH"}
    assert _codes(_rezip(data, {"pages/pages.jsonl": None})) == {"WACZ-FILE-MISSING", "WACZ-RESOURCE-MISSING"}
    bad_pages = b'{"format": "json-pages-1.0", "id": "pages"}\n{"url": "http://x/"}\nnot json\n'
    assert _codes(_rezip(data, {"pages/pages.jsonl": bad_pages}, refresh=True)) == {"WACZ-PAGES-INVALID"}
    assert _codes(_rezip(data, {"../evil.txt": b"x"}, refresh=True)) == {"WACZ-ZIP-UNSAFE-PATH"}
    assert _codes(_rezip(data, {"extra.txt": b"x"}, refresh=True)) == {"WACZ-RESOURCE-UNLISTED"}
    assert _codes(b"not a zip at all") == {"WACZ-NOT-ZIP"}
    assert _codes(data[: len(data) // 2]) == {"WACZ-NOT-ZIP"}


def test_zip_bomb_is_not_expanded(captured: tuple[LocalServer, Path]) -> None:
    data = _wacz(captured[1])
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr(zipfile.ZipInfo("bomb.bin"), b"\0" * (80 << 20), compress_type=zipfile.ZIP_DEFLATED)
    codes = _codes(out.getvalue())
    assert "WACZ-ZIP-BOMB" in codes


def test_random_damage_never_crashes(captured: tuple[LocalServer, Path]) -> None:
    data = _wacz(captured[1])
    rng = random.Random(5)
    for i in range(150):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 3, 10))):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        if i % 7 == 0:
            damaged = damaged[: rng.randrange(len(damaged))]
        report = validate_wacz_bytes(bytes(damaged))  # must not raise
        assert report.kind == "wacz"


def test_unreadable_path_is_a_finding(tmp_path: Path) -> None:
    report = validate_wacz(tmp_path / "absent.wacz")
    assert [f.code for f in report.findings] == ["WACZ-UNREADABLE"]
