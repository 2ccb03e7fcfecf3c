"""``--help`` as plain text: usage, what the command does, its arguments, options and subcommands.

typer renders help with rich (``typer.rich_utils``), whose import (rich's markdown, markdown-it, tracebacks,
pretty-printing, tables) took longer than the rest of ``archiver --help``. This module writes the same
information with the standard library only, and in the form the parser reads it:

- a flag shows as a flag (``--json``), never with a value placeholder: ``--json <bool>`` made users type
  ``--json true``, and ``true`` was then taken as a target (issue 17);
- an option that takes a value shows what kind (``--jobs INTEGER``, ``--output PATH``);
- option names are never cut: a name longer than the first column gets a line of its own;
- docstrings are written as paragraphs, with examples indented; paragraphs are re-wrapped to the terminal,
  indented lines are printed as they are (so an example command is never broken in the middle);
- options with a ``rich_help_panel`` are listed under a heading of that name, as typer would.

The width is the terminal's (``shutil.get_terminal_size``, which reads ``COLUMNS`` and falls back to 80
when the output is not a terminal), capped at :data:`MAX_WIDTH` so that lines stay readable.
"""

from __future__ import annotations

import inspect
import shutil
import textwrap
from datetime import datetime
from enum import Enum
from typing import Any, get_args, get_origin

__all__ = ["render", "usage"]

#: Help lines are wrapped at the terminal's width, but no wider than this.
MAX_WIDTH = 100
#: The first column (option names) is at most this wide; longer names put their help on the next line.
MAX_NAME_COLUMN = 30
#: Narrower than this, the help of an option goes under its name rather than beside it.
MIN_HELP_WIDTH = 30
#: Where each section's rows start.
INDENT = "  "
#: A space that textwrap does not break at, turned back into a plain space once lines are wrapped.
NBSP = "\u00a0"


def width() -> int:
    """The width to wrap help at: the terminal's, within sensible bounds."""
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH))


def usage(command: Any, ctx: Any) -> str:
    """``Usage: archiver validate [OPTIONS] TARGETS...``: optional parts in brackets, repeatable ones with
    ``...``, a group's subcommand as ``COMMAND [ARGS]...``."""
    pieces = [ctx.command_path]
    if command.options_metavar:
        pieces.append(command.options_metavar)
    for param in command.get_params(ctx):
        if param.param_type_name == "argument" and not param.hidden:
            name = _argument_name(param)
            pieces.append(name if param.required else f"[{name}]")
    subcommand = getattr(command, "subcommand_metavar", None)
    if subcommand:
        pieces.append(subcommand)
    line = " ".join(pieces)
    return textwrap.fill(
        line, width(), initial_indent="Usage: ", subsequent_indent=" " * 7, break_on_hyphens=False
    )


def render(command: Any, ctx: Any) -> str:
    """The whole help page of ``command``, ending with a newline."""
    wide = width()
    out = [usage(command, ctx)]
    text = _help_text(command.help)
    if text:
        out += ["", paragraphs(text, wide, INDENT)]
    sections: dict[str, list[tuple[str, str]]] = {}
    for param in command.get_params(ctx):
        if param.hidden:
            continue
        default_panel = "Arguments" if param.param_type_name == "argument" else "Options"
        panel = getattr(param, "rich_help_panel", None) or default_panel
        sections.setdefault(panel, []).append(_param_row(param, ctx))
    commands = _command_rows(command, ctx)
    for name, rows in sorted(sections.items(), key=lambda item: _PANEL_ORDER.get(item[0], 1)):
        out += ["", f"{name}:", _rows(rows, wide)]
    for name, rows in commands.items():
        out += ["", f"{name}:", _rows(rows, wide)]
    epilog = _help_text(command.epilog)
    if epilog:
        out += ["", paragraphs(epilog, wide, "")]
    return "\n".join(out) + "\n"


#: Arguments first, then options; panels of other names after both, in the order met.
_PANEL_ORDER = {"Arguments": -1, "Options": 0}


def _help_text(text: str | None) -> str:
    """A docstring as help: dedented, and cut at a form feed (click's marker for "the rest is not help")."""
    if not text:
        return ""
    return inspect.cleandoc(text).split("\f")[0].strip()


def paragraphs(text: str, wide: int, indent: str) -> str:
    """Re-wrap each paragraph of ``text`` to ``wide`` columns; keep indented lines (examples) as written.

    A paragraph is a run of lines between blank lines. Lines indented deeper than the text around them, and
    a paragraph opened by a ``\\b`` line (click's marker for "do not re-wrap"), are kept line for line."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = block.strip("\n").splitlines()
        if not lines:
            continue
        if lines[0].strip() == "\b":
            out.append("\n".join(indent + line for line in lines[1:]))
        elif all(line.startswith((" ", "\t")) for line in lines):
            out.append("\n".join(indent + line.rstrip() for line in lines))
        else:
            joined = " ".join(line.strip() for line in lines)
            out.append(
                textwrap.fill(
                    joined,
                    wide,
                    initial_indent=indent,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    return "\n\n".join(out)


def _rows(rows: list[tuple[str, str]], wide: int) -> str:
    """Two columns: names, then help wrapped beside them. A name wider than the column is never cut: its
    help starts on the next line instead. On a terminal too narrow for two columns, each help goes under
    its name."""
    column = min(max(len(name) for name, _ in rows), MAX_NAME_COLUMN) + len(INDENT) + 2
    if wide - column < MIN_HELP_WIDTH:
        column = 2 * len(INDENT) + 2
    help_width = wide - column
    out: list[str] = []
    for name, text in rows:
        wrapped = textwrap.wrap(text, help_width, break_long_words=False, break_on_hyphens=False)
        first = INDENT + name
        if len(first) + 2 <= column and wrapped:
            out.append(first.ljust(column) + wrapped.pop(0))
        else:
            out.append(first)
        out.extend(" " * column + line for line in wrapped)
    return "\n".join(out).replace(NBSP, " ")


def _argument_name(param: Any) -> str:
    name: str = param.metavar or param.name.upper()
    return f"{name}..." if param.nargs == -1 else name


def _param_row(param: Any, ctx: Any) -> tuple[str, str]:
    """An argument's or option's first column (``-j, --jobs INTEGER``; a flag has no value placeholder)
    and its help with what else there is to know: ``[env var: X; default: 0; at least 0; required]``."""
    if param.param_type_name == "argument":
        names = _argument_name(param)
    else:
        names = ", ".join(sorted(param.opts, key=lambda opt: (opt.startswith("--"), opt)))
        if param.secondary_opts:
            names += " / " + ", ".join(param.secondary_opts)
        if not param.is_flag and not param.count:
            names += " " + (param.metavar or _metavar(param, ctx))
    extra = []
    envvar = param.envvar if getattr(param, "show_envvar", False) else None
    if envvar:
        extra.append("env var: " + (envvar if isinstance(envvar, str) else ", ".join(envvar)))
    default = _default(param, ctx)
    if default:
        extra.append(f"default: {default}")
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None and high is not None:
        extra.append(f"{low} to {high}")
    elif low is not None and not getattr(param, "count", False):
        extra.append(f"at least {low}")
    elif high is not None:
        extra.append(f"at most {high}")
    if param.required:
        extra.append("required")
    text = " ".join(inspect.cleandoc(param.help or "").split())
    if extra:
        # No-break spaces inside the brackets keep "[default: 0; at least 0]" on one line when wrapped.
        bracket = "[" + "; ".join(extra).replace(" ", NBSP) + "]"
        text = f"{text}  {bracket}" if text else bracket
    return names, text


#: Placeholders for the value an option takes, by the annotation of its parameter.
_METAVARS: dict[Any, str] = {
    int: "INTEGER",
    float: "NUMBER",
    str: "TEXT",
    bool: "BOOLEAN",
    datetime: "DATETIME",
}


def _metavar(param: Any, ctx: Any) -> str:
    """What to type after an option: its choices, or the kind of value (``PATH``, ``FILE``, ``DIR``,
    ``INTEGER``, ``NUMBER``, ``TEXT``), taken from typer's reading of the annotation."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:  # a plain click option
        return str(param.make_metavar(ctx)) if hasattr(param, "make_metavar") else "VALUE"
    if descriptor.is_choice and param.show_choices:
        return "[" + "|".join(str(c.value if isinstance(c, Enum) else c) for c in descriptor.choices) + "]"
    if descriptor.is_path:
        return str(descriptor.path_type).upper()
    annotation = descriptor.annotation
    if get_origin(annotation) in (list, tuple):
        return " ".join(
            _METAVARS.get(arg, "VALUE") for arg in get_args(annotation)[: descriptor.tuple_arity or 1]
        )
    if descriptor.is_file:
        return "FILE"
    return _METAVARS.get(annotation, "VALUE")


def _default(param: Any, ctx: Any) -> str:
    """The default worth showing, as typer decides it: not for a flag that is off by default, nor for
    ``None`` or an empty list; a ``show_default`` string stands for the value."""
    if isinstance(param.show_default, str):
        return param.show_default
    if not (param.show_default or ctx.show_default):
        return ""
    value = param.default
    if callable(value):
        return "(dynamic)"
    if value is None or value in ([], ()) or (getattr(param, "is_flag", False) and value is False):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v.value if isinstance(v, Enum) else v) for v in value)
    if isinstance(value, Enum):
        return str(value.value)
    if getattr(param, "is_flag", False) and param.secondary_opts:
        return str((param.opts if value else param.secondary_opts)[0]).lstrip("-")
    return str(value)


def _command_rows(command: Any, ctx: Any) -> dict[str, list[tuple[str, str]]]:
    """A group's subcommands with the first paragraph of each one's help, under their panel's heading."""
    if not hasattr(command, "list_commands"):
        return {}
    panels: dict[str, list[tuple[str, str]]] = {}
    for name in command.list_commands(ctx):
        sub = command.get_command(ctx, name)
        if sub is None or sub.hidden:
            continue
        summary = sub.short_help or _help_text(sub.help).split("\n\n")[0]
        panel = getattr(sub, "rich_help_panel", None) or "Commands"
        panels.setdefault(panel, []).append((name, " ".join(summary.split())))
    return panels
