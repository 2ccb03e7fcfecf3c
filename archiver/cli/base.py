"""The command and group classes every archiver command is built with (``cls=`` in typer's decorators).

They are typer's own, with two things changed, both for start-up time (issue 14):

- help is rendered by :mod:`archiver.cli.help` (plain text, standard library) instead of
  ``typer.rich_utils``, which imports rich's markdown, tables and tracebacks;
- before the parameters are processed, each simple one gets the quick coercion of
  :mod:`archiver.cli.coercion`, so that running a command does not import pydantic just to turn ``"2"``
  into 2 (the commands that need pydantic for their work import it then).

Errors are untouched: usage errors are still reported by typer (exit 2), with our usage line.
"""

from __future__ import annotations

from typing import Any

from typer import echo
from typer.core import TyperCommand, TyperGroup

from archiver.cli import coercion
from archiver.cli.help import render, usage

__all__ = ["ArchiverCommand", "ArchiverGroup"]


class _Archiver:
    """What :class:`ArchiverCommand` and :class:`ArchiverGroup` add to typer's classes."""

    no_args_is_help: bool

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Installed here rather than in __init__: typer appends the root's completion options after
        # building the group, and click makes the help option on demand; all are processed on every run.
        coercion.install(super().get_params(ctx))  # type: ignore[misc]
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            # typer's NoArgsIsHelpError relies on rich_utils printing the help as a side effect of
            # building it; ours builds a string, so print it here, as typer would: stdout, exit 2.
            echo(ctx.get_help())
            ctx.exit(2)
        parsed: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        return parsed

    def format_help(self, ctx: Any, formatter: Any) -> None:
        formatter.write(render(self, ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        formatter.write(usage(self, ctx) + "\n")


class ArchiverCommand(_Archiver, TyperCommand):
    """A command: typer's, with plain-text help and quick coercion."""


class ArchiverGroup(_Archiver, TyperGroup):
    """A group of commands: typer's, with plain-text help and quick coercion."""
