"""``archiver metadata URL``: the page fetched as ``package`` fetches it, its metadata printed as ``package``
stores it, nothing written (issue 17)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.webserver import LocalServer, serve


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def archiver(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        XDG_CONFIG_HOME="/nonexistent-archiver-test",
        SOURCE_DATE_EPOCH="1710417600",
        ARCHIVER_ORGANIZATION="Metadata Test Archive",
        ARCHIVER_CONTACT_EMAIL="archive@example.org",
    )
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_metadata_of_a_url_is_what_package_stores(tmp_path: Path, server: LocalServer) -> None:
    url = server.url("/articles/jsonld.html")
    work = tmp_path / "work"
    work.mkdir()
    printed = archiver(work, "metadata", url)
    assert printed.returncode == 0, printed.stderr
    assert list(work.iterdir()) == []  # nothing written
    meta = json.loads(printed.stdout)
    assert meta["source_url"] == url and meta["title"]

    packaged = archiver(tmp_path, "package", url, "-o", str(tmp_path / "bags"), "--json")
    assert packaged.returncode == 0, packaged.stderr
    bag = Path(json.loads(packaged.stdout)["bag"])
    stored = (bag / "data" / "metadata" / "article-metadata.json").read_text(encoding="utf-8")
    assert printed.stdout == stored


def test_metadata_of_a_missing_page_says_so(tmp_path: Path, server: LocalServer) -> None:
    got = archiver(tmp_path, "metadata", server.url("/missing-page.html"))
    assert got.returncode == 1
    assert got.stderr.startswith("error[CAPTURE_HTTP_CLIENT_ERROR]") and "Traceback" not in got.stderr
    assert server.url("/missing-page.html") in got.stderr  # the URL as given, not turned into a path
    assert got.stdout == "" and list(tmp_path.iterdir()) == []


def test_url_option_with_a_url_is_a_usage_error(tmp_path: Path, server: LocalServer) -> None:
    got = archiver(
        tmp_path, "metadata", server.url("/articles/jsonld.html"), "--url", "https://example.org/x"
    )
    assert got.returncode == 2 and got.stderr.startswith("error[URL_GIVEN_TWICE]")


def test_metadata_of_a_file_reads_the_date_of_its_url(tmp_path: Path) -> None:
    """``metadata FILE --url URL`` reads the page as ``package FILE --url URL`` does: a day in the URL is the
    publication date of a page that states none (issue 16)."""
    page = tmp_path / "story.html"
    page.write_text(
        "<!doctype html><html lang='en'><head><title>Lead pipes replaced</title></head><body><article>"
        "<h1>Lead pipes replaced</h1><p>The water company replaced the last lead pipes this week.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    got = archiver(tmp_path, "metadata", str(page), "--url", "https://news.example/2024/03/05/lead-pipes")
    assert got.returncode == 0, got.stderr
    meta = json.loads(got.stdout)
    assert meta["dates"]["published"] == "2024-03-05T00:00:00Z"
    assert meta["source_url"] == "https://news.example/2024/03/05/lead-pipes"
