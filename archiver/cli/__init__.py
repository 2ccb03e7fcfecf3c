"""The ``archiver`` command line. Each command parses options and hands the work to the Python API.

Exit codes (every command): 0 success; 1 an integrity, validation or packaging failure; 2 a usage error.
An error the user can act on is printed as one line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
import traceback
from typing import Any, NamedTuple, NoReturn

import typer

from archiver.__about__ import DISTRIBUTION, __version__
from archiver.cli import common
from archiver.cli.base import ArchiverCommand, ArchiverGroup
from archiver.errors import ArchiverError, ExitCode, debug_enabled, raised_by_interrupt

__all__ = ["COMMANDS", "app", "load_command", "main"]


class LazyCommand(NamedTuple):
    """Where a command lives, and the line ``archiver --help`` shows for it (the first line of its help,
    kept equal to it by a test), so that listing the commands imports none of them."""

    module: str
    attribute: str  # a command function, or a typer.Typer of subcommands
    summary: str


#: The commands, in the order ``--help`` lists them. Each is imported only when it runs: a command's
#: start-up pays for its own modules (packaging, validation, repositories, deposit), not for all of them.
COMMANDS: dict[str, LazyCommand] = {
    "package": LazyCommand(
        "archiver.cli.package_cmd",
        "package_command",
        "Package articles as BagIt 1.0 bags, one bag per article, each with a WARC/1.1 inside.",
    ),
    "metadata": LazyCommand(
        "archiver.cli.metadata_cmd",
        "metadata_command",
        "Print the metadata extracted from an article as JSON, without packaging anything.",
    ),
    "validate": LazyCommand(
        "archiver.cli.validate_cmd",
        "validate_command",
        "Validate bags and WARC files strictly: every finding, with a stable code, the file and the rule.",
    ),
    "ingest": LazyCommand(
        "archiver.cli.repo_cmd",
        "ingest_command",
        "Ingest bags into an OCFL 1.1 repository: each bag becomes the next version of its object.",
    ),
    "export": LazyCommand(
        "archiver.cli.repo_cmd",
        "export_command",
        "Give a bag back: write a version of an object to OUTPUT/BAG-NAME, byte for byte as ingested.",
    ),
    "audit": LazyCommand(
        "archiver.cli.repo_cmd",
        "audit_command",
        "Re-verify a repository: the storage root and every object against the OCFL version each declares",
    ),
    "repo": LazyCommand("archiver.cli.repo_cmd", "repo_app", "Create, list and inspect OCFL repositories."),
    "schema": LazyCommand(
        "archiver.cli.schema_cmd", "schema_app", "Publish the metadata JSON Schema and the BagIt profile."
    ),
    "deposit": LazyCommand(
        "archiver.cli.deposit_cmd",
        "deposit_app",
        "Deposit bags into a repository over SWORD v2 (DSpace, Dataverse, EPrints, Software Heritage).",
    ),
}


def load_command(name: str) -> Any:
    """Import a command's module and build its (click) command, as typer would have at start-up."""
    lazy = COMMANDS[name]
    found: Any = getattr(importlib.import_module(lazy.module), lazy.attribute)
    command: Any
    if isinstance(found, typer.Typer):
        command = typer.main.get_group(found)
    else:
        # No completion options here: typer would add --install-completion to every command; the root has it.
        single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        single.command(name, cls=ArchiverCommand)(found)
        command = typer.main.get_command(single)
    command.name = name
    return command


class _LazyGroup(ArchiverGroup):
    """The root group: commands resolved by name on demand; ``--help`` lists them from :data:`COMMANDS`."""

    listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(name for name in COMMANDS if name not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        found = super().get_command(ctx, cmd_name)
        if found is not None or cmd_name not in COMMANDS:
            return found
        if self.listing:
            summary = COMMANDS[cmd_name].summary
            return ArchiverCommand(cmd_name, help=summary, short_help=summary)
        command = load_command(cmd_name)
        self.add_command(command, cmd_name)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False


app = typer.Typer(
    cls=_LazyGroup,
    name="archiver",
    help=(
        "Preserve news articles: package each one as a BagIt 1.0 bag holding the original file, its metadata "
        "and a WARC/1.1, ready for long-term preservation.\n\n"
        "Start with:\n\n    archiver package article.txt -o bags/ --organization 'My Archive'"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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
    if debug:
        os.environ["ARCHIVER_DEBUG"] = "1"  # read by worker processes too (archiver.errors.debug_enabled)
    common.STATE.debug = debug_enabled()


#: The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130


def _exit_interrupted() -> NoReturn:
    """End a run stopped by Ctrl-C: one line on stderr, exit status 130, nothing else.

    The command's own cleanup (staged bags removed, workers stopped, locks released) has run by now, in the
    frames the KeyboardInterrupt unwound. The process then ends with ``os._exit``: leaving through the
    interpreter's normal exit, a run interrupted at some moments ended killed by SIGINT (status -2, not
    130: 8 of 40 runs of an ingest in one sweep), and a second Ctrl-C during that exit printed a traceback.
    A second Ctrl-C is ignored from here on.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("interrupted: nothing half-made was left under a final name", file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(INTERRUPTED)


def main() -> None:
    """Console-script entry point: run the app and turn errors into one line and an exit code."""
    try:
        _main(_take_global_flags(sys.argv[1:]))
    finally:  # the work is over: a Ctrl-C now would only turn this exit into a death by SIGINT (status -2)
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _take_global_flags(argv: list[str]) -> list[str]:
    """``--debug`` anywhere on the command line (before a ``--``), not only before the command: users add
    it to the command that just failed, at its end. It is taken out here and set for every process."""
    if "--debug" not in argv:
        return argv
    end = argv.index("--") if "--" in argv else len(argv)
    if "--debug" not in argv[:end]:
        return argv
    os.environ["ARCHIVER_DEBUG"] = "1"
    common.STATE.debug = True
    return [arg for arg in argv[:end] if arg != "--debug"] + argv[end:]


def _main(argv: list[str]) -> None:
    try:
        # Not standalone: the option parser's errors come back here, to be printed as our one line
        # rather than typer's box; ``typer.Exit`` codes come back as the return value.
        code = app(args=argv, prog_name="archiver", standalone_mode=False)
    except KeyboardInterrupt:
        _exit_interrupted()
    except Exception as exc:
        if raised_by_interrupt(exc):  # a Ctrl-C sweep saw error[IO_ERROR] Bad file descriptor, exit 1
            if common.STATE.debug:
                traceback.print_exc()
            _exit_interrupted()
        if not isinstance(exc, (ArchiverError, OSError)):
            _usage_error(exc)
        if common.STATE.debug:
            traceback.print_exc()
        if isinstance(exc, ArchiverError):
            print(exc.one_line(), file=sys.stderr)
            sys.exit(int(exc.exit_code))
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error[IO_ERROR] {where}{exc.strerror or exc}", file=sys.stderr)
        sys.exit(int(ExitCode.FAILED))
    if code == INTERRUPTED:  # typer turns Ctrl-C into exit code 130 without a word
        _exit_interrupted()
    if isinstance(code, int) and code:
        sys.exit(code)


def _usage_error(exc: Exception) -> NoReturn:
    """The option parser's error (an unknown option, a missing argument, a value of the wrong kind) as
    ``error[USAGE] COMMAND: what (see 'COMMAND --help')``, exit 2; anything else is re-raised."""
    from typer._click.exceptions import ClickException
    from typer.exceptions import Abort

    if isinstance(exc, Abort):  # end of input at a prompt
        print("error[ABORTED] stopped at end of input", file=sys.stderr)
        sys.exit(int(ExitCode.FAILED))
    if not isinstance(exc, ClickException):
        raise exc
    if common.STATE.debug:
        traceback.print_exc()
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "archiver"
    message = " ".join(exc.format_message().split())
    print(f"error[USAGE] {command}: {message} (see '{command} --help')", file=sys.stderr)
    sys.exit(exc.exit_code)
