"""The command line as a user meets it: exit codes, one-line errors, --json, --help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

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
    assert not (tmp_path / "o").exists()  # no bag made: no output folder left behind


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
# start-up: each command loads what it needs (issue 14)
# --------------------------------------------------------------------------------------------------------

_LOADED = """
import sys
from archiver import cli
sys.argv = ["archiver", *sys.argv[1:]]
try:
    cli.main()
except SystemExit:
    pass
sys.stdout.flush()
print("\\n" + " ".join(sorted(sys.modules)))
"""
#: Modules that only some commands need: packaging, the bag validators, repositories, deposit, settings.
HEAVY = (
    "archiver.packaging",
    "archiver.formats.bagit.validator",
    "archiver.formats.warc.validator",
    "archiver.repository.ocfl",
    "archiver.deposit.sword",
    "archiver.config",
)
#: What no help page and no --version loads: pydantic (typer's coercion), rich (typer's help renderer,
#: its markdown and our consoles) and typer's rich help module.
NEVER_FOR_HELP = ("pydantic", "typer._adapters", "typer.rich_utils", "rich", "markdown_it")
#: The archiver modules any --help may load: the command line's own, and what they import.
CLI_CORE = {
    "archiver",
    "archiver.__about__",
    "archiver.errors",
    "archiver.cli",
    "archiver.cli.base",
    "archiver.cli.coercion",
    "archiver.cli.common",
    "archiver.cli.help",
}
_REPO_CMD = {
    "archiver.cli.repo_cmd",
    "archiver.cli.repo_s3",  # light: typer and the CLI helpers only
    "archiver.formats",
    "archiver.formats.ocfl",
    "archiver.formats.ocfl.layouts",
}
#: Per command, the archiver modules its --help may load besides CLI_CORE: its own module, and what its
#: options' declarations need (the --profile names). Nothing else may creep in.
HELP_MAY_LOAD: dict[tuple[str, ...], set[str]] = {
    (): set(),
    ("package",): {"archiver.cli.package_cmd", "archiver.profiles", "archiver.profiles.catalog"},
    ("metadata",): {"archiver.cli.metadata_cmd"},
    ("validate",): {
        "archiver.cli.validate_cmd",
        "archiver.validation",
        "archiver.validation.findings",
        "archiver.formats",
        "archiver.formats.detect",  # its suffix tables; what it reads with loads when a file needs it
    }
    | {"archiver.validation.run"},
    ("ingest",): _REPO_CMD,
    ("export",): _REPO_CMD,
    ("audit",): _REPO_CMD,
    ("repo",): _REPO_CMD,
    ("repo", "init"): _REPO_CMD,
    ("repo", "list"): _REPO_CMD,
    ("repo", "show"): _REPO_CMD,
    ("schema",): {"archiver.cli.schema_cmd"},
    ("schema", "export"): {"archiver.cli.schema_cmd"},
    ("deposit",): {"archiver.cli.deposit_cmd"},
    ("deposit", "send"): {"archiver.cli.deposit_cmd"},
    ("deposit", "targets"): {"archiver.cli.deposit_cmd"},
    ("deposit", "service-document"): {"archiver.cli.deposit_cmd"},
}


def _run_loaded(tmp_path: Path, *args: str) -> tuple[str, set[str]]:
    """Run the command line in a fresh process: what it printed, and every module it had loaded."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *args], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    printed, _, modules = done.stdout.rstrip("\n").rpartition("\n")
    return printed, set(modules.split())


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    return _run_loaded(tmp_path, *args)[1]


def _trees(loaded: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == r or m.startswith(r + ".") for r in roots))


def test_version_loads_no_command(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, "--version")
    assert "archiver.cli" in loaded
    assert not _trees(loaded, (*HEAVY, *NEVER_FOR_HELP))
    assert not {m for m in loaded if m.startswith("archiver")} - CLI_CORE


@pytest.mark.parametrize("words", list(HELP_MAY_LOAD), ids=lambda w: " ".join(w) or "archiver")
def test_help_loads_only_what_the_command_declares(tmp_path: Path, words: tuple[str, ...]) -> None:
    """``archiver [COMMAND] --help`` loads typer, the command's module and the light modules its options
    name: no pydantic, no rich, no packaging or validation code (start-up, issue 14)."""
    printed, loaded = _run_loaded(tmp_path, *words, "--help")
    assert printed.startswith("Usage: archiver"), printed[:200]
    assert not _trees(loaded, (*HEAVY, *NEVER_FOR_HELP))
    extra = {m for m in loaded if m.startswith("archiver")} - CLI_CORE - HELP_MAY_LOAD[words]
    assert not extra, f"{' '.join(words)} --help loads {sorted(extra)}"


def test_validating_an_ocfl_root_loads_no_bag_or_packaging_code(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    loaded = _loaded(tmp_path, "validate", "root")
    assert "archiver.formats.ocfl.root_validator" in loaded
    assert not [m for m in HEAVY if m in loaded]


def test_validating_a_bag_loads_no_packaging_repository_deposit_or_web_code(tmp_path: Path) -> None:
    """Validating one of our bags loads the validators, not the code that makes bags, stores or sends
    them, nor pydantic (the model), jsonschema (only for metadata the fast check refuses) or progress
    bars (one target)."""
    made = run("package", str(SAMPLE), "-o", str(tmp_path / "bags"), "--organization", "X", "--json")
    bag = json.loads(made.stdout)["bag"]
    printed, loaded = _run_loaded(tmp_path, "validate", bag)
    assert printed.startswith("VALID bag"), printed
    assert "archiver.validation.own_package" in loaded and "archiver.formats.bagit.validator" in loaded
    unwanted = (
        "archiver.packaging",
        "archiver.repository",
        "archiver.deposit",
        "archiver.web",
        "archiver.config",
        "archiver.metadata",
        "pydantic",
        "jsonschema",
        "typer._adapters",
        "typer.rich_utils",
        "rich.progress",
    )
    assert not _trees(loaded, unwanted)


# --------------------------------------------------------------------------------------------------------
# help: plain text, every option, flags shown as flags (issues 14 and 17)
# --------------------------------------------------------------------------------------------------------


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    """Every command and subcommand, as (words, click command)."""
    from archiver.cli import COMMANDS, load_command

    found: list[tuple[tuple[str, ...], Any]] = []
    for name in COMMANDS:
        command = load_command(name)
        found.append(((name,), command))
        for sub_name, sub in getattr(command, "commands", {}).items():
            found.append(((name, sub_name), sub))
    return found


def test_every_command_is_built_with_our_classes() -> None:
    """Our classes render help without rich and coerce without pydantic: a command made with typer's own
    would bring both back."""
    from archiver.cli.base import ArchiverCommand, ArchiverGroup

    for words, command in _commands():
        assert isinstance(command, (ArchiverCommand, ArchiverGroup)), words


@pytest.mark.parametrize("columns", ["80", "200", "50"])
def test_every_help_shows_every_option_and_flags_as_flags(columns: str) -> None:
    for words, command in _commands():
        got = run(*words, "--help", env={"COLUMNS": columns})
        assert got.returncode == 0, (words, got.stderr)
        text = got.stdout
        assert text.startswith("Usage: ") and f"archiver {' '.join(words)} [OPTIONS]" in " ".join(
            text.split()
        )
        assert "<bool>" not in text and "╭" not in text, words
        for param in command.params:
            if param.hidden:
                continue
            for opt in (*param.opts, *param.secondary_opts):
                if param.param_type_name == "option":
                    assert opt in text, (words, opt)
            if getattr(param, "is_flag", False):
                names = sorted(param.opts, key=len)  # "-q, --quiet": the line starts with the short name
                line = next(line for line in text.splitlines() if line.lstrip().startswith(names[0]))
                after = line.split(names[-1], 1)[1]
                # A flag's names are followed by its help (two spaces or more), never by a placeholder.
                assert after in ("", ",") or after.startswith(("  ", ", ")), (words, line)
        for line in text.splitlines():
            # Wrapped to the terminal, except the examples, which are shown as written (indented).
            assert len(line) <= max(int(columns), 40) or line.startswith("      "), (words, line)


def test_help_of_a_group_with_no_command_is_printed_with_exit_2() -> None:
    got = run("repo")
    assert got.returncode == 2
    assert got.stdout.startswith("Usage: ") and "archiver repo [OPTIONS] COMMAND" in got.stdout
    assert "Commands:" in got.stdout and "  init " in got.stdout


def test_repo_init_offers_the_layouts_the_layout_code_has() -> None:
    """``repo init --layout``'s names are written out in repo_cmd (its --help does not load the layouts)."""
    from archiver.cli import repo_cmd
    from archiver.formats.ocfl.layouts import DEFAULT_LAYOUT, LAYOUTS

    assert tuple(LAYOUTS) == repo_cmd.LAYOUT_NAMES
    assert DEFAULT_LAYOUT == repo_cmd.DEFAULT_LAYOUT


def test_the_help_listing_matches_each_commands_own_help() -> None:
    """``archiver --help`` lists the commands from a table (so that it imports none of them): each line
    must be the first line of that command's own help."""
    from archiver.cli import COMMANDS, load_command

    for name, lazy in COMMANDS.items():
        command = load_command(name)
        assert (command.help or "").strip().splitlines()[0] == lazy.summary, name


# --------------------------------------------------------------------------------------------------------
# usage errors in our one-line form; --debug anywhere (issue 17)
# --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "command", "says"),
    [
        (["validate", "--jobs", "-2", "x"], "archiver validate", "Invalid value for '--jobs'"),
        (["validate", "--nope", "x"], "archiver validate", "No such option: --nope"),
        (["bogus"], "archiver", "No such command 'bogus'"),
        (["package", "x.txt"], "archiver package", "Missing option '--output'"),
        (["repo", "init", "--layout-param", "x"], "archiver repo init", ""),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: list[str], command: str, says: str) -> None:
    got = run(*args)
    assert got.returncode == 2, got.stderr
    [line] = got.stderr.strip().splitlines()
    assert line.startswith("error[") and says in line, line
    assert "╭" not in got.stderr and "Traceback" not in got.stderr
    if line.startswith("error[USAGE]"):
        assert line.startswith(f"error[USAGE] {command}: ") and line.endswith(f"(see '{command} --help')")


def test_debug_works_after_the_command_too(tmp_path: Path) -> None:
    missing = str(tmp_path / "nothing-here")
    for args in (["--debug", "validate", missing], ["validate", missing, "--debug"]):
        got = run(*args)
        assert got.returncode == 2
        assert "Traceback" in got.stderr and "error[TARGET_MISSING]" in got.stderr
    plain = run("validate", missing)
    assert "Traceback" not in plain.stderr
    after_separator = run("validate", "--", "--debug")  # after --, --debug is a target's name
    assert after_separator.returncode == 2 and "Traceback" not in after_separator.stderr
