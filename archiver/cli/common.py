"""What the commands share: global state, consoles, option helpers."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from archiver.config import Settings

__all__ = ["STATE", "parse_date", "print_line", "print_styled", "progress", "settings_with"]


class _State:
    debug: bool = False


STATE = _State()


def __getattr__(name: str) -> Console:
    """``out`` (human output and --json, stdout) and ``err`` (progress bars and errors, stderr), made on
    first use: rich's console is a fifth of the start-up of ``archiver --version``, which prints neither."""
    if name not in ("out", "err"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    console = Console(stderr=name == "err", highlight=False, soft_wrap=True)
    globals()[name] = console
    return console


def rich_would_style() -> bool:
    """Whether rich would colour what ``out`` prints: stdout is a terminal, or ``TTY_COMPATIBLE=1`` or
    ``FORCE_COLOR`` say to treat it as one (rich's own rules, Console.is_terminal). When it would not,
    what it prints is the bare text, which :func:`print_styled` writes without importing rich (rich's
    console and markup are a fifth of validating a one-article bag, issue 14)."""
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    try:
        return sys.stdout.isatty()
    except ValueError:  # a closed stdout
        return False


def print_styled(*segments: tuple[str, str | None]) -> None:
    """One line on stdout made of (text, rich style) segments: coloured through ``out`` on a terminal,
    plain text otherwise. The text is printed as it is (no markup, no emoji codes, no highlighting)."""
    if not rich_would_style():
        sys.stdout.write("".join(text for text, _ in segments) + "\n")
        return
    from rich.text import Text

    line = Text()
    for text, style in segments:
        line.append(text, style=style)
    console: Console = globals().get("out") or __getattr__("out")
    console.print(line)


def print_line(text: str) -> None:
    """One line of data (a JSON report) on stdout, exactly as given."""
    print_styled((text, None))


def progress(label: str, total: int) -> Progress:
    """The progress bar of a long command, on stderr: shown only for two items or more and only when stderr
    is a terminal (piped or captured, it would leave a stray line in the log; the summary says it all)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console: Console = globals().get("err") or __getattr__("err")
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=total < 2 or not console.is_terminal,
    )


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 date-time with a timezone (``Z`` allowed), or a bare date taken as midnight UTC."""
    if value is None:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            "DATE_INVALID", f"not an ISO 8601 date-time: {value!r}", hint="e.g. --date 2024-05-01T12:00:00Z"
        ) from None
    if parsed.tzinfo is None:
        if "T" in text or " " in text:
            raise UsageError(
                "DATE_INVALID", f"the date-time {value!r} has no timezone", hint="append Z for UTC"
            )
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def settings_with(config: Path | None, organization: str | None) -> Settings:
    """Settings from config and environment, with command-line options on top."""
    from archiver.config import load_settings  # imported by the commands that read settings, not at start-up

    settings = load_settings(config)
    if organization:
        org = settings.organization.model_copy(update={"name": organization})
        settings = settings.model_copy(update={"organization": org})
    return settings
