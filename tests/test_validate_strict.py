"""``validate --strict``, ``--quiet`` and the summary line: what an archive that wants its own files exact,
and an archivist checking two thousand bags, see (issues 15 and 17)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.webserver import LocalServer, serve

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
ARTICLES = REPO / "tests" / "articles"

#: A WARC/0.17 record: readable, and departing from WARC 1.1 only as a warning (WARC-VERSION-OLD).
_OLD_WARC = (
    b"WARC/0.17\r\n"
    b"WARC-Type: resource\r\n"
    b"WARC-Record-ID: <urn:uuid:0bb5a3c5-2b2d-4ed9-9bc0-26e4c0f1f6d5>\r\n"
    b"WARC-Date: 2008-04-30T20:48:25Z\r\n"
    b"WARC-Target-URI: http://example.org/a.txt\r\n"
    b"Content-Type: text/plain\r\n"
    b"Content-Length: 5\r\n"
    b"\r\n"
    b"hello\r\n\r\n"
)


def archiver(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        XDG_CONFIG_HOME="/nonexistent-archiver-test",
        SOURCE_DATE_EPOCH="1710417600",
        ARCHIVER_ORGANIZATION="Strict Test Archive",
    )
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as srv:
        yield srv


def _bags(out: Path, *inputs: str) -> list[Path]:
    got = archiver("package", *inputs, "-o", str(out), "--json")
    assert got.returncode == 0, got.stderr
    return [Path(json.loads(line)["bag"]) for line in got.stdout.splitlines()]


def test_own_packages_pass_strict(tmp_path: Path, server: LocalServer) -> None:
    """Our own packages, of a text file, an HTML file and a captured URL, carry no warning at all."""
    inputs = [str(SAMPLE), str(ARTICLES / "article_jsonld.html"), server.url("/articles/jsonld.html")]
    bags = _bags(tmp_path / "bags", *inputs)
    got = archiver("validate", "--strict", "--json", *map(str, bags))
    assert got.returncode == 0, got.stdout + got.stderr
    reports = [json.loads(line) for line in got.stdout.splitlines()]
    assert [(r["valid"], r["strict"], r["warnings"]) for r in reports] == [(True, True, 0)] * len(bags)


def test_strict_makes_warnings_count(tmp_path: Path) -> None:
    warc = tmp_path / "old.warc"
    warc.write_bytes(_OLD_WARC)
    lenient = archiver("validate", str(warc))
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    assert lenient.stdout.startswith("VALID warc") and "WARC-VERSION-OLD" in lenient.stdout

    strict = archiver("validate", "--strict", str(warc))
    assert strict.returncode == 1
    assert strict.stdout.startswith("INVALID warc") and "--strict" in strict.stdout
    assert "WARC-VERSION-OLD" in strict.stdout

    report = json.loads(archiver("validate", "--strict", "--json", str(warc)).stdout)
    assert (report["valid"], report["strict"], report["errors"], report["warnings"]) == (False, True, 0, 1)
    assert report["findings"][0]["severity"] == "warning"  # the finding keeps its severity


def test_quiet_shows_only_failures_and_the_summary(tmp_path: Path) -> None:
    bags = _bags(tmp_path / "bags", str(SAMPLE))
    warc = tmp_path / "old.warc"
    warc.write_bytes(_OLD_WARC)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(_OLD_WARC.replace(b"WARC-Date: 2008-04-30T20:48:25Z\r\n", b""))
    targets = [str(bags[0]), str(warc), str(broken)]

    loud = archiver("validate", *targets)
    assert loud.returncode == 1
    assert [line.split()[0] for line in loud.stdout.splitlines() if not line.startswith(" ")] == [
        "VALID",
        "VALID",
        "INVALID",
    ]
    assert "3 targets: 2 valid (1 with warnings), 1 invalid" in loud.stderr

    quiet = archiver("validate", "--quiet", *targets)
    assert quiet.returncode == 1
    lines = quiet.stdout.splitlines()
    assert lines[0].startswith(f"INVALID warc {broken}")
    assert all(line.startswith("  error ") for line in lines[1:]), lines
    assert "3 targets: 2 valid (1 with warnings), 1 invalid" in quiet.stderr
    assert quiet.stderr.count("\n") == 1  # no stray progress-bar line when stderr is not a terminal


def test_one_target_has_no_summary(tmp_path: Path) -> None:
    bags = _bags(tmp_path / "bags", str(SAMPLE))
    got = archiver("validate", str(bags[0]))
    assert got.returncode == 0 and got.stderr == ""
