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


# --------------------------------------------------------------------------------------------------------
# start-up: each command loads what it needs
# --------------------------------------------------------------------------------------------------------

_LOADED = """
import sys
from archiver import cli
sys.argv = ["archiver", *sys.argv[1:]]
try:
    cli.main()
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""
#: Modules that only some commands need: packaging, the bag validators, repositories, deposit, settings.
HEAVY = (
    "archiver.packaging",
    "archiver.validation.bagit",
    "archiver.validation.warc",
    "archiver.repository.ocfl",
    "archiver.deposit.sword",
    "archiver.config",
)


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *args], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    return set(done.stdout.split())


@pytest.mark.parametrize("args", [("--version",), ("--help",)])
def test_version_and_help_load_no_command(tmp_path: Path, args: tuple[str, ...]) -> None:
    loaded = _loaded(tmp_path, *args)
    assert "archiver.cli" in loaded
    assert not [m for m in (*HEAVY, "pydantic") if m in loaded]  # typer loads pydantic to run a command
    if args == ("--version",):
        assert "rich.console" not in loaded  # nothing is printed through rich
    assert not [m for m in loaded if m.startswith("archiver.cli.") and m != "archiver.cli.common"]


def test_validating_an_ocfl_root_loads_no_bag_or_packaging_code(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    loaded = _loaded(tmp_path, "validate", "root")
    assert "archiver.formats.ocfl.validator" in loaded
    assert not [m for m in HEAVY if m in loaded]


def test_the_help_listing_matches_each_commands_own_help() -> None:
    """``archiver --help`` lists the commands from a table (so that it imports none of them): each line
    must be the first line of that command's own help."""
    from archiver.cli import COMMANDS, load_command

    for name, lazy in COMMANDS.items():
        command = load_command(name)
        assert (command.help or "").strip().splitlines()[0] == lazy.summary, name
