"""The repository commands, run as a user runs them: ``python -m archiver ...`` in a subprocess.

Config and data folders point into tmp_path (XDG_CONFIG_HOME, XDG_DATA_HOME), so the default repository
location is exercised without touching the real home folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.repository import OcflRepository
from tests.conftest import ARTICLES, REPO_ROOT
from tests.test_repository_ocfl import assert_ocfl_valid, bag_bytes, flip_byte, make_bag

pytestmark = pytest.mark.slow

#: Runs the CLI; registers the repository commands first if archiver.cli does not (yet) do so itself.
LAUNCHER = """
import sys
from archiver import cli
from archiver.cli import repo_cmd
names = {c.name for c in cli.app.registered_commands}
if "ingest" not in names:
    cli.app.command("ingest")(repo_cmd.ingest_command)
    cli.app.command("export")(repo_cmd.export_command)
    cli.app.command("audit")(repo_cmd.audit_command)
    cli.app.add_typer(repo_cmd.repo_app, name="repo")
sys.argv[0] = "archiver"
cli.main()
"""


def cli_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-c", LAUNCHER, *(str(a) for a in args)]


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHIVER_")}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        PYTHONPATH=str(REPO_ROOT),
        COLUMNS="200",
        **extra,
    )
    return env


def run_cli(tmp_path: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args),
        env=cli_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def bags(tmp_path: Path) -> list[tuple[Path, str]]:
    return [make_bag(ARTICLES / name, tmp_path / "bags") for name in ("plain.txt", "french.txt")]


def test_ingest_creates_the_default_repository_and_reports_each_bag(
    tmp_path: Path, bags: list[tuple[Path, str]]
) -> None:
    result = run_cli(tmp_path, "ingest", *(b for b, _ in bags), "--json", "--receipt", tmp_path / "r.json")
    assert result.returncode == 0, result.stderr
    default = tmp_path / "xdg-data" / "archiver" / "repository"
    assert f"created OCFL repository at {default}" in result.stderr
    lines = json_lines(result.stdout)
    assert [(d["outcome"], d["version"], d["object_id"]) for d in lines] == [
        ("created", "v1", identifier) for _, identifier in bags
    ]
    repo = OcflRepository.open(default)
    for _, identifier in bags:
        assert_ocfl_valid(repo.object_root(identifier))
    receipts = json.loads((tmp_path / "r.json").read_text())
    assert [r["object_id"] for r in receipts] == [i for _, i in bags]

    again = run_cli(tmp_path, "ingest", bags[0][0])
    assert again.returncode == 0 and "unchanged" in again.stdout and "created OCFL" not in again.stderr


def test_config_names_the_repository_and_the_user(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    config = tmp_path / "xdg-config" / "archiver" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        '[repository]\npath = "{}"\nuser_name = "Ada"\nuser_address = "mailto:ada@example.org"\n'.format(
            (tmp_path / "configured").as_posix()
        )
    )
    result = run_cli(tmp_path, "ingest", bags[0][0], "-m", "first deposit")
    assert result.returncode == 0, result.stderr
    repo = OcflRepository.open(tmp_path / "configured")
    version = repo.inventory(bags[0][1])["versions"]["v1"]
    assert version["user"] == {"name": "Ada", "address": "mailto:ada@example.org"}
    assert version["message"] == "first deposit"


def test_an_invalid_bag_among_good_ones_exits_1_with_its_findings(
    tmp_path: Path, bags: list[tuple[Path, str]]
) -> None:
    flip_byte(next((bags[1][0] / "data" / "original").iterdir()))
    result = run_cli(tmp_path, "ingest", bags[0][0], bags[1][0], "--into", tmp_path / "repo", "--json")
    assert result.returncode == 1
    good, bad = json_lines(result.stdout)
    assert good["outcome"] == "created"
    assert bad["outcome"] == "refused"
    error = bad["error"]
    assert isinstance(error, dict) and error["code"] == "INGEST_INVALID_BAG" and error["findings"]
    repo = OcflRepository.open(tmp_path / "repo")
    assert not repo.object_root(bags[1][1]).exists()


def test_usage_errors_exit_2(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    missing = run_cli(tmp_path, "ingest", tmp_path / "nope", "--into", tmp_path / "repo")
    assert missing.returncode == 2 and "error[INGEST_NOT_A_BAG]" in missing.stderr
    address = run_cli(tmp_path, "ingest", bags[0][0], "--into", tmp_path / "repo", "--user-address", "ada")
    assert address.returncode == 2 and "error[INGEST_USER_ADDRESS]" in address.stderr
    assert not (tmp_path / "repo").exists()
    no_repo = run_cli(tmp_path, "repo", "list", tmp_path / "absent")
    assert no_repo.returncode == 2 and "error[REPO_NOT_FOUND]" in no_repo.stderr


def test_export_list_show_and_audit(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    repo_path = tmp_path / "repo"
    init = run_cli(tmp_path, "repo", "init", repo_path)
    assert init.returncode == 0 and "created OCFL repository" in init.stdout
    assert run_cli(tmp_path, "ingest", *(b for b, _ in bags), "--into", repo_path).returncode == 0
    bag, identifier = bags[0]

    export = run_cli(tmp_path, "export", identifier, "-o", tmp_path / "out", "--from", repo_path)
    assert export.returncode == 0, export.stderr
    exported = Path(export.stdout.strip())
    assert exported.parent == tmp_path / "out" and bag_bytes(exported) == bag_bytes(bag)

    listed = json_lines(run_cli(tmp_path, "repo", "list", repo_path, "--json").stdout)
    assert sorted(str(d["id"]) for d in listed) == sorted(i for _, i in bags)
    shown = json.loads(run_cli(tmp_path, "repo", "show", identifier, "--from", repo_path, "--json").stdout)
    assert shown["head"] == "v1" and len(shown["files"]) == 9

    clean = run_cli(tmp_path, "audit", repo_path, "--json")
    assert clean.returncode == 0 and json.loads(clean.stdout)["ok"] is True
    obj = OcflRepository.open(repo_path).object_root(identifier)
    flip_byte(obj / "v1" / "content" / "bag-info.txt", 2)
    damaged = run_cli(tmp_path, "audit", repo_path, "--json")
    assert damaged.returncode == 1
    issues = json.loads(damaged.stdout)["issues"]
    errors = [i for i in issues if i["severity"] == "error"]
    assert {(i["code"], i["object_id"], i["version"], i["logical_path"]) for i in errors} == {
        ("E092", identifier, "v1", "bag-info.txt"),  # the manifest's sha512 (OCFL 1.1 §3.5.2)
        ("E093", identifier, "v1", "bag-info.txt"),  # the fixity block's sha256 (§3.5.4)
    }
    human = run_cli(tmp_path, "audit", repo_path)
    assert human.returncode == 1 and "DAMAGED" in human.stdout and "bag-info.txt" in human.stdout


@pytest.mark.parametrize(
    "command", [("ingest",), ("export",), ("audit",), ("repo", "init"), ("repo", "list"), ("repo", "show")]
)
def test_every_command_has_an_example_in_its_help(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = run_cli(tmp_path, *command, "--help")
    assert result.returncode == 0 and "Example:" in result.stdout
