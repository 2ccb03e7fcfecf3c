"""A page file's bag (issue 16): its extracted text beside the original bytes, and its reading warnings reported.

A captured page's bag has always held ``data/text/article.txt``; a page packaged from a file now holds it too,
written by the same helper. The manifests list it, our own validator accepts the bag, and what a damaged page
costs (replacement characters, NULs left out) is said in the result's warnings and the metadata, never in the
original bytes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import bagit

from archiver.config import Organization, Settings
from archiver.packaging import PackageOptions, PackageResult, package_article
from archiver.packaging.phases import TEXT_PATH
from archiver.validation.run import validate

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "articles"
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="test@example.org"))

PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Café reopens on the quay</title>"
    "</head><body><header><nav>Home</nav></header><article><h1>Café reopens on the quay</h1>"
    "<p>The café by the old quay opened its doors again on Monday after a year of repairs.</p>"
    "<p>Its owner said the terrace will stay open until the end of October.</p></article>"
    "<footer><p>© Quay News</p></footer></body></html>"
).encode()


def package(path: Path, outdir: Path) -> PackageResult:
    options = PackageOptions(outdir=outdir, settings=SETTINGS, captured=WHEN, durable=False)
    result = package_article(path, options)
    assert result.status == "created" and result.bag is not None, result
    return result


def manifest_paths(bag: Path) -> set[str]:
    lines = (bag / "manifest-sha256.txt").read_text(encoding="utf-8").splitlines()
    return {line.split(" ", 1)[1].strip() for line in lines}


def assert_valid(bag: Path) -> None:
    bagit.Bag(str(bag)).validate()
    (report,) = validate([bag])
    assert report.valid and report.findings == [], report.findings


def test_a_page_file_bag_holds_its_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "cafe.html"
    page.write_bytes(PAGE)
    bag = package(page, tmp_path / "out").bag
    assert bag is not None
    text = (bag / "data" / TEXT_PATH).read_text(encoding="utf-8")
    assert text == (
        "The café by the old quay opened its doors again on Monday after a year of repairs.\n\n"
        "Its owner said the terrace will stay open until the end of October.\n"
    )
    assert (bag / "data/original/cafe.html").read_bytes() == PAGE
    assert manifest_paths(bag) == {
        "data/original/cafe.html",
        f"data/{TEXT_PATH}",
        "data/metadata/article-metadata.json",
        f"data/warc/{bag.name}.warc.gz",
    }
    meta = json.loads((bag / "data/metadata/article-metadata.json").read_bytes())
    assert meta["paragraph_count"] == 2 and meta["original"]["media_type"] == "text/html"
    assert_valid(bag)


def test_a_text_file_bag_has_no_text_copy(tmp_path: Path) -> None:
    """A plain-text original is its own text: a second copy would only add bytes to keep."""
    bag = package(SAMPLE, tmp_path / "out").bag
    assert bag is not None
    assert not (bag / "data" / "text").exists()
    assert not any(path.startswith("data/text/") for path in manifest_paths(bag))


def test_a_damaged_page_is_packaged_with_its_warnings_and_its_bytes_untouched(tmp_path: Path) -> None:
    data = PAGE.replace("café by".encode(), "café by".encode("latin-1")).replace(b"<p>Its", b"<p>\x00Its")
    page = tmp_path / "damaged.html"
    page.write_bytes(data)
    result = package(page, tmp_path / "out")
    assert result.bag is not None
    assert [w.code for w in result.warnings] == ["ENCODING_BYTES_REPLACED", "NUL_BYTES_IGNORED"]
    shown = json.loads(json.dumps(result.to_dict()))  # the --json line
    assert [w["code"] for w in shown["warnings"]] == ["ENCODING_BYTES_REPLACED", "NUL_BYTES_IGNORED"]
    assert (result.bag / "data/original/damaged.html").read_bytes() == data
    meta = json.loads((result.bag / "data/metadata/article-metadata.json").read_bytes())
    assert [w["code"] for w in meta["warnings"]] == ["ENCODING_BYTES_REPLACED", "NUL_BYTES_IGNORED"]
    text = (result.bag / "data" / TEXT_PATH).read_text(encoding="utf-8")
    assert "The caf\ufffd by the old quay" in text and "\x00" not in text
    assert_valid(result.bag)


def test_every_html_fixture_packages_into_a_valid_bag_with_its_text(tmp_path: Path) -> None:
    for page in sorted(ARTICLES.glob("*.html")):
        bag = package(page, tmp_path / page.stem).bag
        assert bag is not None
        assert (bag / "data" / TEXT_PATH).is_file()
        assert_valid(bag)
