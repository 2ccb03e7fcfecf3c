"""``archiver package URL``: URLs on the command line and in a --urls file, mixed with files, in parallel."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.staging import STAGING_PREFIX
from archiver.validation.run import ValidateOptions, validate_target
from tests import webserver
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


#: ``python -m archiver``, with Ctrl-C handled even when this test runs where SIGINT is ignored (a background
#: job of a shell without job control): Python installs its handler only if SIGINT was not ignored.
_WITH_CTRL_C = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'archiver'; runpy.run_module('archiver', run_name='__main__')"
)


def _slow_pages(path: str) -> webserver.Reply:
    reply = webserver._route(path)
    if path.startswith("/bench/"):
        reply.delay = 0.25
    return reply


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_a_url_run_at_once_and_leaves_only_whole_bags(tmp_path: Path, jobs: str) -> None:
    """Workers hold a dozen URLs; on Ctrl-C they stop where they are instead of capturing them all."""
    out = tmp_path / "out"
    with serve(_slow_pages) as slow:
        listing = tmp_path / "urls.txt"
        listing.write_text("".join(f"{slow.url(f'/bench/{n}.html')}\n" for n in range(60)), encoding="utf-8")
        env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
        cmd = [sys.executable, "-c", _WITH_CTRL_C, "package", "--organization", "URL Test Archive"]
        cmd += ["--urls", str(listing), "-o", str(out), "--jobs", jobs]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(slow.recorder.received) < 8 and time.monotonic() < deadline:  # some pages under way
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        interrupted = time.monotonic()
        _, stderr = proc.communicate(timeout=60)
        stopped_after = time.monotonic() - interrupted
        asked = sum(len(requests) for requests in slow.recorder.received.values())
    assert proc.returncode == 130, stderr
    assert "interrupted: nothing half-made" in stderr and "Traceback" not in stderr
    assert stopped_after < 3  # not the seconds the URLs in hand would take
    assert asked < 40  # robots.txt and the pages: far from all 60
    bags = list(out.iterdir()) if out.exists() else []
    assert not [b for b in bags if b.name.startswith(STAGING_PREFIX)]
    for bag in bags:
        assert validate_target(bag, ValidateOptions()).valid, bag


def _resources_of(bag: Path) -> tuple[list[str], dict[str, str]]:
    capture = json.loads((bag / "data/capture/capture.json").read_text(encoding="utf-8"))
    return [r["url"] for r in capture["resources"]], {s["url"]: s["code"] for s in capture["skipped"]}


def _slow_stylesheet(path: str) -> webserver.Reply:
    reply = webserver._route(path)
    if path == "/static/style.css":
        reply.delay = 1.0
    return reply


def test_resource_byte_and_time_limits_from_the_command_line(tmp_path: Path, server: LocalServer) -> None:
    """--max-resources-bytes and --resources-timeout bound all of a page's resources together."""
    page = server.url("/articles/resources.html")
    budget = len(webserver.page_bytes("style.css"))  # the first resource exactly: nothing after it fits
    got = run(page, "-o", str(tmp_path / "bytes"), "--with-resources", "--max-resources-bytes", str(budget))
    assert got.returncode == 0, got.stderr
    fetched, skipped = _resources_of(next((tmp_path / "bytes").iterdir()))
    assert fetched == [server.url("/static/style.css")]
    assert skipped[server.url("/static/app.js")] == skipped[server.url("/static/logo.png")] == "LIMIT_BYTES"
    with serve(_slow_stylesheet) as slow:
        page = slow.url("/articles/resources.html")
        got = run(page, "-o", str(tmp_path / "time"), "--with-resources", "--resources-timeout", "0.3")
    assert got.returncode == 0, got.stderr
    fetched, skipped = _resources_of(next((tmp_path / "time").iterdir()))
    assert fetched == [] and skipped[slow.url("/static/style.css")] == "CAPTURE_TIMEOUT"
    assert skipped[slow.url("/static/app.js")] == skipped[slow.url("/static/logo.png")] == "LIMIT_TIME"
