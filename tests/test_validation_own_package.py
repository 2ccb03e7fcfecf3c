"""Checks of the tool's own packages: a real bag passes; each kind of tampering gives its own code.

The bag is made once by ``package_article``; each test copies its files into a dict, tampers with them and
checks through a dict-backed BagReader. Tampering is done *consistently* wherever the rule allows: when the
metadata changes, the WARC is rebuilt around the changed metadata, and the manifests are never consulted
here at all, so the only disagreement left is the one the test is about and exactly one code fires.
(Whether the manifests still match is the bag validator's business, tested elsewhere.)
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver import own_profile
from archiver.config import Organization, Settings
from archiver.formats.bagit.tagfiles import decode_manifest_path
from archiver.formats.bagit.view import BagReader, BagView
from archiver.formats.warc.writer import build_article_warc, build_record, gzip_member, record_id
from archiver.metadata import SCHEMA_ID, SCHEMA_VERSION
from archiver.packaging import PackageOptions, metadata_record_uri, package_article
from archiver.validation.findings import REGISTRY, Finding, Severity
from archiver.validation.own_package import CODES, check_own_package, is_own_package

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
META = own_profile.METADATA_PATH


# --------------------------------------------------------------------------------------------------------
# Helpers shared with test_validation_profile: a BagView and a BagReader for a bag folder, built by hand


def bag_view(root: Path) -> BagView:
    """A BagView of a bag folder, built the plain way (the bag validator builds the real ones)."""
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    version = encoding = None
    for line in (root / "bagit.txt").read_text(encoding="utf-8").splitlines():
        label, _, value = line.partition(":")
        if label.strip() == "BagIt-Version":
            version = value.strip()
        elif label.strip() == "Tag-File-Character-Encoding":
            encoding = value.strip()
    info: list[tuple[str, str]] = []
    if (root / "bag-info.txt").is_file():
        for line in (root / "bag-info.txt").read_text(encoding="utf-8").splitlines():
            if line[:1] in (" ", "\t") and info:
                info[-1] = (info[-1][0], info[-1][1] + " " + line.strip())
            else:
                label, _, value = line.partition(":")
                info.append((label.strip(), value.strip()))
    manifests: dict[str, dict[str, str]] = {}
    for name in files:
        if name.startswith("manifest-") and name.endswith(".txt"):
            alg = name[len("manifest-") : -len(".txt")]
            entries = {}
            for line in (root / name).read_text(encoding="utf-8").splitlines():
                digest, _, path = line.partition(" ")
                entries[decode_manifest_path(path.strip())] = digest
            manifests[alg] = entries
    return BagView(
        name=root.name,
        bagit_version=version,
        tag_encoding=encoding,
        bag_info=tuple(info),
        manifest_algorithms=tuple(sorted(manifests)),
        tagmanifest_algorithms=tuple(
            sorted(n[len("tagmanifest-") : -len(".txt")] for n in files if n.startswith("tagmanifest-"))
        ),
        payload_files=tuple(f for f in files if f.startswith("data/")),
        tag_files=tuple(f for f in files if not f.startswith("data/")),
        manifests=manifests,
        has_fetch="fetch.txt" in files,
    )


def folder_reader(root: Path) -> BagReader:
    def read(path: str, limit: int) -> bytes:
        target = root / path
        if not target.is_file():
            raise KeyError(path)
        with target.open("rb") as fh:
            return fh.read(limit)

    return read


def dict_reader(files: Mapping[str, bytes]) -> BagReader:
    def read(path: str, limit: int) -> bytes:
        return files[path][:limit]

    return read


def make_bag(outdir: Path, article: Path = SAMPLE, **kw: Any) -> Path:
    settings = Settings(organization=Organization(name="Test Archive"))
    options = PackageOptions(outdir=outdir, settings=settings, captured=WHEN, durable=False, **kw)
    result = package_article(article, options)
    assert result.bag is not None
    return result.bag


# --------------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def real_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bag(tmp_path_factory.mktemp("own-package"))


@dataclasses.dataclass
class Package:
    """A package as a dict of files plus its view, to tamper with."""

    view: BagView
    files: dict[str, bytes]

    @property
    def original_path(self) -> str:
        return next(p for p in self.files if p.startswith(own_profile.ORIGINAL_DIR + "/"))

    @property
    def warc_path(self) -> str:
        return next(p for p in self.files if p.startswith(own_profile.WARC_DIR + "/"))

    @property
    def meta(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.files[META])
        return loaded

    def check(self, **kw: Any) -> list[Finding]:
        view = dataclasses.replace(
            self.view, payload_files=tuple(sorted(p for p in self.files if p[:5] == "data/"))
        )
        return check_own_package(view, dict_reader(self.files), **kw)

    def set_info(self, label: str, value: str) -> None:
        self.view = dataclasses.replace(
            self.view, bag_info=tuple((k, value if k == label else v) for k, v in self.view.bag_info)
        )

    def rebuild_warc(
        self,
        *,
        article: bytes | None = None,
        metadata_json: bytes | None = None,
        target_uri: str | None = None,
    ) -> None:
        """The WARC as ``package`` writes it, around the given (default: the bag's current) files."""
        meta = json.loads(metadata_json if metadata_json is not None else self.files[META])
        self.files[self.warc_path] = build_article_warc(
            filename=self.warc_path.rsplit("/", 1)[1],
            article=article if article is not None else self.files[self.original_path],
            media_type="text/plain; charset=utf-8",
            target_uri=target_uri or meta.get("source_url") or meta["identifier"],
            metadata_json=metadata_json if metadata_json is not None else self.files[META],
            metadata_uri=metadata_record_uri(meta["identifier"]),
            captured=WHEN,
            operator=None,
            software="archiver-tests",
            seed="tampered",
        ).data

    def set_metadata(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Change a metadata field and rebuild the WARC around it, so only the field's own check sees it."""
        meta = self.meta
        change(meta)
        self.files[META] = (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        self.rebuild_warc()


@pytest.fixture
def pkg(real_bag: Path) -> Package:
    files = {p.relative_to(real_bag).as_posix(): p.read_bytes() for p in real_bag.rglob("*") if p.is_file()}
    return Package(bag_view(real_bag), files)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def custom_warc(records: list[tuple[str, list[tuple[str, str]], bytes]]) -> bytes:
    """A .warc.gz of hand-made records: (type, extra headers, block); IDs and dates filled in."""
    out = []
    for i, (kind, extra, block) in enumerate(records):
        headers = [
            ("WARC-Type", kind),
            ("WARC-Record-ID", record_id("custom", str(i))),
            ("WARC-Date", "2024-03-14T12:00:00Z"),
        ]
        out.append(gzip_member(build_record(headers + extra, block)))
    return b"".join(out)


# --------------------------------------------------------------------------------------------------------
# A real package passes; other bags are not ours to check


def test_real_package_has_no_findings(real_bag: Path) -> None:
    view = bag_view(real_bag)
    assert is_own_package(view)
    assert check_own_package(view, folder_reader(real_bag)) == []


def test_real_package_with_source_url_has_no_findings(tmp_path: Path) -> None:
    bag = make_bag(tmp_path, source_url="https://news.example.org/2024/03/café-reading-room")
    assert check_own_package(bag_view(bag), folder_reader(bag)) == []


def test_bag_not_naming_our_profile_is_not_checked(pkg: Package) -> None:
    pkg.set_info("BagIt-Profile-Identifier", "https://profiles.example.org/other.json")
    pkg.set_info("Archiver-Metadata-Schema", "https://schemas.example.org/other.json")  # not ours either
    pkg.files.clear()  # nothing at all: still no findings, because the bag promises nothing of ours
    assert pkg.check() == []


def test_untampered_dict_package_passes(pkg: Package) -> None:
    assert pkg.check() == []


def test_consistent_rebuild_alone_changes_nothing(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: None)
    assert pkg.check() == []


def test_every_code_is_registered_with_a_spec() -> None:
    for code, info in CODES.items():
        assert code.startswith("PKG-") and REGISTRY[code] == info and info.spec and info.summary


# --------------------------------------------------------------------------------------------------------
# The metadata file


def test_PKG_METADATA_MISSING(pkg: Package) -> None:
    del pkg.files[META]
    found = pkg.check()
    assert codes(found) == {"PKG-METADATA-MISSING"}
    assert found[0].path == META


@pytest.mark.parametrize(
    "data",
    [
        b"{not json",
        b"\xef\xbb\xbf{}",  # a BOM (RFC 8259 section 8.1)
        b'{"word_count": NaN}',
        b'{"identifier": "a", "identifier": "b"}',
        b"[1, 2]",
        "{}".encode("utf-16"),
    ],
    ids=["syntax", "bom", "nan", "repeated-name", "array", "utf-16"],
)
def test_PKG_METADATA_JSON(pkg: Package, data: bytes) -> None:
    pkg.files[META] = data
    found = pkg.check()
    # The WARC's metadata record still holds the old JSON, so its comparison fails too; nothing else runs
    # on metadata that could not be read.
    assert codes(found) == {"PKG-METADATA-JSON", "PKG-WARC-METADATA-CONTENT"}
    assert next(f for f in found if f.code == "PKG-METADATA-JSON").path == META


@pytest.mark.parametrize("version", ["9.9.9", "../../../etc/passwd", None, 1])
def test_PKG_SCHEMA_UNKNOWN(pkg: Package, version: object) -> None:
    pkg.set_metadata(lambda meta: meta.update(schema_version=version))
    found = pkg.check()
    assert codes(found) == {"PKG-SCHEMA-UNKNOWN"}
    assert found[0].path == META


def test_PKG_SCHEMA_UNKNOWN_names_the_missing_schema(pkg: Package, tmp_path: Path) -> None:
    found = pkg.check(schemas_dir=tmp_path)  # a schemas folder without the current schema
    assert codes(found) == {"PKG-SCHEMA-UNKNOWN"}
    assert f"article-metadata/{SCHEMA_VERSION}/article-metadata.schema.json" in found[0].message


def test_PKG_METADATA_SCHEMA(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta.update(word_count=-1, item_type="podcast"))
    found = pkg.check()
    assert codes(found) == {"PKG-METADATA-SCHEMA"}
    assert len(found) == 2
    assert "$.item_type" in found[0].message and "$.word_count" in found[1].message


def test_PKG_METADATA_SCHEMA_caps_the_list(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta.update({f"extra_{i:02}": i for i in range(30)}))
    found = pkg.check()
    assert codes(found) == {"PKG-METADATA-SCHEMA"}  # additionalProperties: one error for all 30 names
    pkg.set_metadata(lambda meta: meta.update(credit_lines=[i for i in range(30)]))
    found = pkg.check()
    assert len(found) == 21 and "more schema violations" in found[-1].message


# --------------------------------------------------------------------------------------------------------
# The original


def test_PKG_ORIGINAL_COUNT_two(pkg: Package) -> None:
    pkg.files["data/original/second.txt"] = b"another article"
    found = pkg.check()
    assert codes(found) == {"PKG-ORIGINAL-COUNT"}
    assert "second.txt" in found[0].message and "2 files" in found[0].message


def test_PKG_ORIGINAL_COUNT_none(pkg: Package) -> None:
    del pkg.files[pkg.original_path]
    assert codes(pkg.check()) == {"PKG-ORIGINAL-COUNT"}


def test_PKG_ORIGINAL_SHA256(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta["original"].update(sha256="0" * 64))
    found = pkg.check()
    assert codes(found) == {"PKG-ORIGINAL-SHA256"}
    actual = hashlib.sha256(pkg.files[pkg.original_path]).hexdigest()
    assert found[0].path == pkg.original_path
    assert actual in found[0].message and "0" * 64 in found[0].message


def test_PKG_ORIGINAL_SIZE(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta["original"].update(size=meta["original"]["size"] + 1))
    found = pkg.check()
    assert codes(found) == {"PKG-ORIGINAL-SIZE"}
    size = len(pkg.files[pkg.original_path])
    assert f"is {size} bytes" in found[0].message and f"original.size is {size + 1}" in found[0].message


def test_PKG_ORIGINAL_NAME(pkg: Package) -> None:
    pkg.files["data/original/renamed.txt"] = pkg.files.pop(pkg.original_path)
    found = pkg.check()
    assert codes(found) == {"PKG-ORIGINAL-NAME"}
    assert found[0].severity is Severity.WARNING


def test_swapped_original(pkg: Package) -> None:
    pkg.files[pkg.original_path] = b"A different article.\n"
    found = pkg.check()
    assert codes(found) == {"PKG-ORIGINAL-SHA256", "PKG-ORIGINAL-SIZE", "PKG-WARC-RESOURCE-CONTENT"}


# --------------------------------------------------------------------------------------------------------
# The WARC


def test_PKG_WARC_COUNT_removed(pkg: Package) -> None:
    del pkg.files[pkg.warc_path]
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-COUNT"}
    assert found[0].path == "data/warc/" and "0 files" in found[0].message


def test_PKG_WARC_COUNT_two(pkg: Package) -> None:
    pkg.files["data/warc/extra.warc.gz"] = pkg.files[pkg.warc_path]
    assert codes(pkg.check()) == {"PKG-WARC-COUNT"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"this is not a WARC file at all\r\n\r\n",
        lambda data: data[: len(data) - 20],  # cut inside the last gzip member
        lambda data: b"\x1f\x8b" + b"\x00" * 40,  # gzip magic, then garbage
        lambda data: b"",
    ],
    ids=["text", "truncated", "bad-gzip", "empty"],
)
def test_PKG_WARC_UNREADABLE(pkg: Package, damage: Callable[[bytes], bytes]) -> None:
    pkg.files[pkg.warc_path] = damage(pkg.files[pkg.warc_path])
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-UNREADABLE"}
    assert found[0].path == pkg.warc_path


def test_uncompressed_warc_is_read_too(pkg: Package) -> None:
    pkg.files[pkg.warc_path] = gzip.decompress(pkg.files[pkg.warc_path])
    assert pkg.check() == []


def test_garbage_after_last_member_is_left_to_the_warc_validator(pkg: Package) -> None:
    pkg.files[pkg.warc_path] += b"trailing junk"
    assert pkg.check() == []


def test_PKG_WARC_RESOURCE_CONTENT(pkg: Package) -> None:
    pkg.rebuild_warc(article=b"Some other article entirely.\n")
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-RESOURCE-CONTENT"}
    message = found[0].message
    assert (
        pkg.original_path in message
        and hashlib.sha256(b"Some other article entirely.\n").hexdigest() in message
    )


def test_PKG_WARC_METADATA_CONTENT(pkg: Package) -> None:
    compact = json.dumps(pkg.meta, separators=(",", ":")).encode()  # same data, different bytes
    pkg.rebuild_warc(metadata_json=compact)
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-METADATA-CONTENT"}
    assert META in found[0].message


def _three_records(pkg: Package, refers_to: str | None, target: str | None = None) -> list[Any]:
    meta = pkg.meta
    resource_headers = [("WARC-Target-URI", target or meta["identifier"]), ("Content-Type", "text/plain")]
    metadata_headers = [
        ("WARC-Target-URI", metadata_record_uri(meta["identifier"])),
        ("Content-Type", "application/json"),
    ]
    if refers_to is not None:
        metadata_headers.insert(1, ("WARC-Refers-To", refers_to))
    return [
        ("warcinfo", [("Content-Type", "application/warc-fields")], b"software: tests\r\n\r\n"),
        ("resource", resource_headers, pkg.files[pkg.original_path]),
        ("metadata", metadata_headers, pkg.files[META]),
    ]


def test_hand_made_warc_with_right_links_passes(pkg: Package) -> None:
    pkg.files[pkg.warc_path] = custom_warc(_three_records(pkg, refers_to=record_id("custom", "1")))
    assert pkg.check() == []


@pytest.mark.parametrize(
    "refers_to", [record_id("custom", "0"), "<urn:uuid:00000000-0000-0000-0000-000000000000>", None]
)
def test_PKG_WARC_REFERS_TO(pkg: Package, refers_to: str | None) -> None:
    pkg.files[pkg.warc_path] = custom_warc(_three_records(pkg, refers_to=refers_to))
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-REFERS-TO"}
    assert record_id("custom", "1") in found[0].message and (refers_to or "(none)") in found[0].message


def test_PKG_WARC_TARGET_URI(pkg: Package) -> None:
    pkg.rebuild_warc(target_uri="https://news.example.org/some-other-article")
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-TARGET-URI"}
    assert "some-other-article" in found[0].message and pkg.meta["identifier"] in found[0].message


def test_PKG_WARC_TARGET_URI_prefers_source_url(pkg: Package) -> None:
    # The metadata gains a source URL, but the WARC still files the article under its identifier.
    meta = pkg.meta
    meta["source_url"] = "https://news.example.org/2024/03/reading-room"
    pkg.files[META] = (json.dumps(meta, indent=2) + "\n").encode()
    pkg.rebuild_warc(target_uri=meta["identifier"])
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-TARGET-URI"}
    assert "source_url" in found[0].message


def test_target_uri_may_be_the_iri_mapped_to_a_uri(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta.update(source_url="https://news.example.org/café"))
    warc = pkg.files[pkg.warc_path]
    assert b"caf%C3%A9" in gzip.decompress(warc)  # package writes the URI form ...
    assert pkg.check() == []  # ... which matches the metadata's IRI


def test_PKG_WARC_RESOURCE_COUNT(pkg: Package) -> None:
    records = _three_records(pkg, refers_to=record_id("custom", "1"))
    pkg.files[pkg.warc_path] = custom_warc([records[0], records[2]])
    assert codes(pkg.check()) == {"PKG-WARC-RESOURCE-COUNT"}
    pkg.files[pkg.warc_path] = custom_warc([*records, records[1]])
    assert codes(pkg.check()) == {"PKG-WARC-RESOURCE-COUNT"}


def test_PKG_WARC_METADATA_COUNT(pkg: Package) -> None:
    records = _three_records(pkg, refers_to=record_id("custom", "1"))
    pkg.files[pkg.warc_path] = custom_warc(records[:2])
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-METADATA-COUNT"}
    assert "0 metadata records" in found[0].message


def test_damaged_record_length_is_compared_without_stderr_noise(
    pkg: Package, capsys: pytest.CaptureFixture[str]
) -> None:
    # Content-Length short by the last line of the article: warcio skips that line with a warning on
    # stderr (and reads on); we report only our finding.
    plain = gzip.decompress(pkg.files[pkg.warc_path])
    length = len(pkg.files[pkg.original_path])
    last_line = len(pkg.files[pkg.original_path].splitlines(keepends=True)[-1])
    plain = plain.replace(
        b"Content-Length: %d\r\n" % length, b"Content-Length: %d\r\n" % (length - last_line), 1
    )
    pkg.files[pkg.warc_path] = plain
    found = pkg.check()
    assert codes(found) == {"PKG-WARC-RESOURCE-CONTENT"}
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------------------------------------
# bag-info against the metadata


def test_PKG_EXTERNAL_IDENTIFIER(pkg: Package) -> None:
    pkg.set_info("External-Identifier", "urn:uuid:00000000-0000-5000-8000-000000000000")
    found = pkg.check()
    assert codes(found) == {"PKG-EXTERNAL-IDENTIFIER"}
    assert found[0].path == "bag-info.txt"
    assert "urn:uuid:00000000-0000-5000-8000-000000000000" in found[0].message
    assert pkg.meta["identifier"] in found[0].message


def test_metadata_identifier_changed_is_seen_against_bag_info_and_warc(pkg: Package) -> None:
    pkg.set_metadata(lambda meta: meta.update(identifier="urn:uuid:00000000-0000-5000-8000-000000000000"))
    # rebuild_warc filed the article under the new identifier, so bag-info is the one left disagreeing
    assert codes(pkg.check()) == {"PKG-EXTERNAL-IDENTIFIER"}


def test_PKG_SCHEMA_TAG(pkg: Package) -> None:
    other = SCHEMA_ID.replace(SCHEMA_VERSION, "0.9.0")
    pkg.set_info(own_profile.METADATA_SCHEMA_TAG, other)
    found = pkg.check()
    assert codes(found) == {"PKG-SCHEMA-TAG"}
    assert other in found[0].message and SCHEMA_ID in found[0].message


def test_absent_bag_info_tags_are_left_to_the_profile_check(pkg: Package) -> None:
    pkg.view = dataclasses.replace(
        pkg.view, bag_info=tuple((k, v) for k, v in pkg.view.bag_info if k != "External-Identifier")
    )
    assert pkg.check() == []


# --------------------------------------------------------------------------------------------------------
# Size limits and unreadable files


def test_PKG_FILE_TOO_LARGE(pkg: Package) -> None:
    found = pkg.check(limit=1000)  # every file of the sample package is bigger
    assert codes(found) == {"PKG-FILE-TOO-LARGE"}
    assert {f.path for f in found} == {META, pkg.original_path, pkg.warc_path}
    assert all(f.severity is Severity.WARNING for f in found)


def test_PKG_FILE_TOO_LARGE_gzip_bomb(pkg: Package) -> None:
    pkg.rebuild_warc(article=b"\0" * 2_000_000)  # compresses to a few KiB
    assert len(pkg.files[pkg.warc_path]) < 20_000
    found = pkg.check(limit=100_000)
    assert codes(found) == {"PKG-FILE-TOO-LARGE"}
    assert found[0].path == pkg.warc_path and "decompresses" in found[0].message


def test_PKG_FILE_UNREADABLE(pkg: Package) -> None:
    inner = dict_reader(pkg.files)

    def read(path: str, limit: int) -> bytes:
        if path.startswith("data/original/"):
            raise PermissionError(13, "Permission denied", path)
        return inner(path, limit)

    view = dataclasses.replace(
        pkg.view, payload_files=tuple(sorted(p for p in pkg.files if p[:5] == "data/"))
    )
    found = check_own_package(view, read)
    assert codes(found) == {"PKG-FILE-UNREADABLE"}
    assert "Permission denied" in found[0].message


def test_tampering_a_real_folder(real_bag: Path, tmp_path: Path) -> None:
    """The same check through a folder reader: the metadata's title edited in place on disk."""
    import shutil

    bag = Path(shutil.copytree(real_bag, tmp_path / real_bag.name))
    meta_file = bag / META
    meta_file.write_bytes(meta_file.read_bytes().replace(b'"title": "', b'"title": "EDITED ', 1))
    found = check_own_package(bag_view(bag), folder_reader(bag))
    assert codes(found) == {"PKG-WARC-METADATA-CONTENT"}


# --------------------------------------------------------------------------------------------------------
# Robustness: random bytes in place of the metadata or the WARC never give a traceback


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    metadata=st.one_of(st.binary(max_size=200), st.just(b'{"schema_version": "1.0.0"}')),
    warc=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda b: b"WARC/1.1\r\n" + b),
        st.binary(max_size=300).map(lambda b: gzip.compress(b"WARC/1.1\r\n" + b)),
    ),
)
def test_random_bytes_never_crash(pkg: Package, metadata: bytes, warc: bytes) -> None:
    files = dict(pkg.files)
    files[META] = metadata
    files[pkg.warc_path] = warc
    found = Package(pkg.view, files).check()
    assert all(f.code in CODES for f in found)
    # neither can be right by chance: each is reported, whatever the kind of damage
    assert codes(found) & {"PKG-METADATA-JSON", "PKG-SCHEMA-UNKNOWN", "PKG-METADATA-SCHEMA"}
    assert any(code.startswith("PKG-WARC-") for code in codes(found))


# --------------------------------------------------------------------------------------------------------
# The record splitter the cross-checks use, against warcio and on any bytes


def test_record_splitter_agrees_with_warcio(pkg: Package) -> None:
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator

    from archiver.validation.own_package.warc import parse_warc

    data = pkg.files[pkg.warc_path]
    ours = parse_warc(pkg.warc_path, data, 1 << 20)
    theirs = []
    for record in ArchiveIterator(BytesIO(data), no_record_parse=True):
        block = record.raw_stream.read()
        theirs.append(
            (
                record.rec_headers.get_header("WARC-Type"),
                record.rec_headers.get_header("WARC-Record-ID"),
                len(block),
                hashlib.sha256(block).hexdigest(),
            )
        )
    assert [(r.type, r.record_id, r.block.size, r.block.sha256) for r in ours] == theirs


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=400)
    | st.builds(
        lambda a, b: b"WARC/1.1\r\n" + a + b"\r\n\r\n" + b, st.binary(max_size=80), st.binary(max_size=80)
    )
)
def test_record_splitter_never_fails_other_than_valueerror(data: bytes) -> None:
    from archiver.validation.own_package.warc import parse_warc

    with contextlib.suppress(ValueError):
        parse_warc("data/warc/x.warc", data, 1 << 20)


def test_record_splitter_keeps_unicode_line_separators_inside_values() -> None:
    from archiver.formats.warc.records import read_head

    text = (
        "WARC/1.1\r\nWARC-Target-URI: http://example.org/a\u2028b\x85c\r\nWARC-Type: resource\r\n"
        "WARC-Type: other\r\nContent-Length: 0\r\n\r\n"
    )
    head = read_head(text.encode("utf-8"))
    assert head is not None
    assert head.first == {
        "warc-target-uri": "http://example.org/a\u2028b\x85c",
        "warc-type": "resource",
        "content-length": "0",
    }
