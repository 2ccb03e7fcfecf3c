"""``archiver package URL``: URLs on the command line and in a --urls file, mixed with files, in parallel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.validation.run import ValidateOptions, validate_target
from tests.webserver import LocalServer, serve

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
    cmd = [sys.executable, "-m", "archiver", "package", "--organization", "URL Test Archive", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_url_file_and_list_together(tmp_path: Path, server: LocalServer) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# a comment\n{server.url('/articles/og.html')}\n", encoding="utf-8")
    out = tmp_path / "out"
    got = run(
        server.url("/articles/jsonld.html"), str(SAMPLE), "--urls", str(listing), "-o", str(out), "--json"
    )
    assert got.returncode == 0, got.stderr
    records = [json.loads(line) for line in got.stdout.splitlines()]
    assert [r["status"] for r in records] == ["created"] * 3
    for record in records:
        report = validate_target(Path(record["bag"]), ValidateOptions())
        assert report.valid, [f.to_dict() for f in report.errors]


def test_failing_url_is_reported_and_leaves_nothing(tmp_path: Path, server: LocalServer) -> None:
    out = tmp_path / "out"
    got = run(server.url("/missing-page.html"), "-o", str(out))
    assert got.returncode == 1
    assert "CAPTURE_HTTP_CLIENT_ERROR" in got.stderr and "Traceback" not in got.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_non_http_scheme_is_not_a_url(tmp_path: Path) -> None:
    got = run("ftp://example.org/story.html", "-o", str(tmp_path / "out"))
    assert got.returncode == 1
    assert "ftp://example.org/story.html" in got.stderr
