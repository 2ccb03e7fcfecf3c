"""The command line as a user meets it: exit codes, one-line errors, --json, --help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", **(env or {}))
    full_env.pop("ARCHIVER_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=full_env, timeout=120
    )


def test_version() -> None:
    got = run("--version")
    assert got.returncode == 0
    assert got.stdout.startswith("archiver ")


@pytest.mark.parametrize("command", [[], ["package"], ["metadata"], ["schema", "export"]])
def test_help_has_an_example(command: list[str]) -> None:
    got = run(*command, "--help")
    assert got.returncode == 0
    if command:
        assert "Example" in got.stdout


def test_package_json_then_exists(tmp_path: Path) -> None:
    out = tmp_path / "bags"
    args = (
        "package",
        str(SAMPLE),
        "-o",
        str(out),
        "--organization",
        "CLI Archive",
        "--json",
        "--date",
        "2024-03-14T12:00:00Z",
    )
    first = run(*args)
    assert first.returncode == 0, first.stderr
    record = json.loads(first.stdout)
    assert record["status"] == "created"
    assert Path(record["bag"]).is_dir()
    second = run(*args)
    assert json.loads(second.stdout)["status"] == "exists"


def test_missing_organization_one_line_usage_error(tmp_path: Path) -> None:
    got = run("package", str(SAMPLE), "-o", str(tmp_path / "o"))
    assert got.returncode == 2
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1 and "CONFIG_NO_ORGANIZATION" in lines[0]
    assert "Traceback" not in got.stderr


def test_unreadable_article_is_reported_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    got = run("package", str(bad), "-o", str(tmp_path / "o"), "--organization", "X")
    assert got.returncode == 1
    assert "empty.txt" in got.stderr and "Traceback" not in got.stderr
    assert not any((tmp_path / "o").iterdir())


def test_missing_input_file(tmp_path: Path) -> None:
    got = run("package", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o"), "--organization", "X")
    assert got.returncode == 1
    assert "nope.txt" in got.stderr and "Traceback" not in got.stderr


def test_bad_date_is_usage_error(tmp_path: Path) -> None:
    got = run("package", str(SAMPLE), "-o", str(tmp_path), "--organization", "X", "--date", "yesterday")
    assert got.returncode == 2
    assert "DATE_INVALID" in got.stderr


def test_unknown_option_is_usage_error() -> None:
    assert run("package", "--no-such-option").returncode == 2


def test_metadata_prints_json() -> None:
    got = run("metadata", str(SAMPLE), "--date", "2024-03-14T12:00:00Z")
    assert got.returncode == 0, got.stderr
    meta = json.loads(got.stdout)
    assert meta["publisher"] == "RIVERSIDE GAZETTE"
    assert meta["dates"]["captured"] == "2024-03-14T12:00:00Z"


def test_schema_export_check_passes_on_committed_files() -> None:
    got = run("schema", "export", "--check", "--dir", str(REPO / "schemas"))
    assert got.returncode == 0, got.stderr


def test_schema_export_check_fails_on_stale_file(tmp_path: Path) -> None:
    got = run("schema", "export", "--dir", str(tmp_path))
    assert got.returncode == 0
    target = next(tmp_path.rglob("article-metadata.schema.json"))
    target.write_text("{}\n", encoding="utf-8")
    stale = run("schema", "export", "--check", "--dir", str(tmp_path))
    assert stale.returncode == 1
    assert "stale" in stale.stderr
