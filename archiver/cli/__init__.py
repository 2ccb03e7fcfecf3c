"""The ``archiver`` command line. Each command parses options and hands the work to the Python API.

Exit codes (every command): 0 success; 1 an integrity, validation or packaging failure; 2 a usage error.
An error the user can act on is printed as one line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import os
import sys
import traceback

import typer

from archiver.__about__ import DISTRIBUTION, __version__
from archiver.cli import common
from archiver.cli.deposit_cmd import deposit_app
from archiver.cli.metadata_cmd import metadata_command
from archiver.cli.package_cmd import package_command
from archiver.cli.repo_cmd import audit_command, export_command, ingest_command, repo_app
from archiver.cli.schema_cmd import schema_app
from archiver.cli.validate_cmd import validate_command
from archiver.errors import ArchiverError, ExitCode

app = typer.Typer(
    name="archiver",
    help=(
        "Preserve news articles: package each one as a BagIt 1.0 bag holding the original file, its metadata "
        "and a WARC/1.1, ready for long-term preservation.\n\n"
        "Start with:  archiver package article.txt -o bags/ --organization 'My Archive'"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"archiver {__version__} ({DISTRIBUTION})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors (for bug reports)."),
) -> None:
    common.STATE.debug = debug or bool(os.environ.get("ARCHIVER_DEBUG"))


app.command("package")(package_command)
app.command("metadata")(metadata_command)
app.command("validate")(validate_command)
app.command("ingest")(ingest_command)
app.command("export")(export_command)
app.command("audit")(audit_command)
app.add_typer(repo_app, name="repo")
app.add_typer(schema_app, name="schema")
app.add_typer(deposit_app, name="deposit")


#: The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130


def _say_interrupted() -> None:
    print("interrupted: nothing half-made was left under a final name", file=sys.stderr)


def main() -> None:
    """Console-script entry point: run the app and turn errors into one line and an exit code."""
    try:
        app()
    except ArchiverError as exc:
        if common.STATE.debug:
            traceback.print_exc()
        print(exc.one_line(), file=sys.stderr)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        _say_interrupted()
        sys.exit(INTERRUPTED)
    except SystemExit as exc:
        if exc.code == INTERRUPTED:  # typer turns Ctrl-C into exit code 130 without a word
            _say_interrupted()
        raise
    except OSError as exc:
        if common.STATE.debug:
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error[IO_ERROR] {where}{exc.strerror or exc}", file=sys.stderr)
        sys.exit(int(ExitCode.FAILED))
