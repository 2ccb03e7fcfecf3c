"""What the commands share: global state, consoles, the options several commands take, output helpers.

An option two commands take with the same meaning is declared here once: as an ``Annotated`` alias when
its help is the same everywhere (``config: common.ConfigOption = None``), as a function of its help when
each command says what it does there (``--json`` prints one object per bag, or one array). This is the
module every command's ``--help`` already loads, so declaring options here costs no start-up.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from archiver.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from archiver.cluster import ClusterSpec
    from archiver.config import Settings

__all__ = [
    "CLUSTER_HELP",
    "CONFIG_HELP",
    "STATE",
    "ClusterOption",
    "ConfigOption",
    "EndpointUrlOption",
    "IgnoreRobotsOption",
    "RegionOption",
    "TimeoutOption",
    "TrafilaturaOption",
    "UrlOption",
    "advancing",
    "cluster_from",
    "count",
    "jobs_option",
    "json_option",
    "parse_date",
    "print_json",
    "print_line",
    "print_styled",
    "progress",
    "quiet_option",
    "s3_options",
    "settings_with",
    "summary_line",
    "with_warnings",
]

CONFIG_HELP = "Config file (default: $ARCHIVER_CONFIG or ~/.config/archiver/config.toml)."

ConfigOption = Annotated[Path | None, typer.Option("--config", help=CONFIG_HELP)]
CLUSTER_HELP = (
    "Run the work as tasks on a Dask cluster instead of this machine's worker processes: tcp://HOST:PORT "
    "names a running `dask scheduler` (its workers must see the inputs and -o at the same paths), local:N "
    "starts N workers here. The scheduler and every worker need `pip install 'news-archiver[cluster]'` "
    "(the same version). Default: $ARCHIVER_CLUSTER, else [cluster] address in the config, else none."
)
ClusterOption = Annotated[str | None, typer.Option("--cluster", metavar="ADDRESS", help=CLUSTER_HELP)]
EndpointUrlOption = Annotated[
    str | None,
    typer.Option("--endpoint-url", help="S3 only: the endpoint (default: AWS_ENDPOINT_URL, else AWS)."),
]
RegionOption = Annotated[
    str | None, typer.Option("--region", help="S3 only: the region (default: AWS_REGION).")
]
UrlOption = Annotated[str | None, typer.Option("--url", help="URL the article was published at, when known.")]
TrafilaturaOption = Annotated[
    bool,
    typer.Option(
        "--trafilatura", help="Extract HTML main text with trafilatura (pip install 'news-archiver[html]')."
    ),
]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0.1, help="URLs: seconds allowed for one request.")
]
IgnoreRobotsOption = Annotated[
    bool,
    typer.Option("--ignore-robots", help="URLs: fetch even what robots.txt disallows (your responsibility)."),
]


def json_option(help: str) -> Any:
    """``--json``, a flag; ``help`` says what it prints for this command."""
    return typer.Option(False, "--json", help=help)


def quiet_option(help: str) -> Any:
    """``--quiet``/``-q``, a flag; ``help`` says what is still printed."""
    return typer.Option(False, "--quiet", "-q", help=help)


def jobs_option(workers: str, zero: str = "one per core") -> Any:
    """``--jobs``/``-j``: how many ``workers`` run at once, ``zero`` saying what 0 (the default) means."""
    return typer.Option(0, "--jobs", "-j", min=0, help=f"{workers}; 0 means {zero}.")


class _State:
    debug: bool = False


STATE = _State()


def __getattr__(name: str) -> Console:
    """``out`` (human output and --json, stdout) and ``err`` (progress bars and errors, stderr), made on
    first use: rich's console is a fifth of the start-up of ``archiver --version``, which prints neither."""
    if name not in ("out", "err"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    console = Console(stderr=name == "err", highlight=False, soft_wrap=True, emoji=False)
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
    _console("out").print(line)


def _console(name: str) -> Console:
    """``out`` or ``err`` from inside this module, where the module's ``__getattr__`` is not consulted."""
    console: Console = globals().get(name) or __getattr__(name)
    return console


def print_line(text: str) -> None:
    """One line of data (a JSON report) on stdout, exactly as given."""
    print_styled((text, None))


def print_json(value: Any) -> None:
    """``value`` as one line of JSON on stdout, through ``out`` (rich)."""
    _console("out").print(json.dumps(value, ensure_ascii=False), markup=False)


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 bag``, ``3 bags``; ``many`` for a plural that is not ``one`` + s."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def with_warnings(warned: int) -> str:
    """`` (2 with warnings)`` after a count of which ``warned`` carry warnings; nothing when none do."""
    return f" ({warned} with warnings)" if warned else ""


def summary_line(total: int, noun: str, parts: Iterable[str], seconds: float) -> str:
    """The line a command run over several things ends with, on stderr: how many, their outcomes, the
    time (``3 bags: 2 uploaded, 1 already there, 0 failed (1.2 s)``)."""
    return f"{count(total, noun)}: {', '.join(parts)} ({seconds:.1f} s)"


def progress(label: str, total: int) -> Progress:
    """The progress bar of a long command, on stderr: shown only for two items or more and only when stderr
    is a terminal (piped or captured, it would leave a stray line in the log; the summary says it all)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = _console("err")
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=total < 2 or not console.is_terminal,
    )


@contextlib.contextmanager
def advancing(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A :func:`progress` bar with one task of ``total`` steps, and the call that marks one step done.

    On a Dask cluster the bar follows the scheduler instead (:func:`_following_cluster`): the items its
    tasks have done, in whatever order, while the results are still reported in input order."""
    with progress(label, total) as bar:
        task = bar.add_task(label, total=total)
        with _following_cluster(lambda done: bar.update(task, completed=done)) as followed:
            yield lambda: None if followed() else bar.advance(task)


@contextlib.contextmanager
def counting(label: str) -> Iterator[Callable[[int, int | None, str], None]]:
    """A :func:`progress` bar whose total may be learnt on the way (an audit's objects as a listing streams
    by), and the ``on_progress(done, total, item)`` call that moves it (on a cluster, the total only:
    the count is the scheduler's, as in :func:`advancing`)."""
    with progress(label, 2) as bar:
        task = bar.add_task(label, total=None)
        with _following_cluster(lambda done: bar.update(task, completed=done)) as followed:

            def on_progress(done: int, total: int | None, _item: str) -> None:
                bar.update(task, total=total, completed=None if followed() else done)

            yield on_progress


@contextlib.contextmanager
def _following_cluster(show: Callable[[int], None]) -> Iterator[Callable[[], bool]]:
    """Route the counts of a run on a Dask cluster (:data:`archiver.cluster.cluster_progress`) to ``show``
    while the block runs; yields whether any came, so the caller's own per-result count then stands back."""
    from archiver.cluster import cluster_progress

    heard = False

    def on_count(done: int) -> None:
        nonlocal heard
        heard = True
        show(done)

    token = cluster_progress.set(on_count)
    try:
        yield lambda: heard
    finally:
        cluster_progress.reset(token)


def cluster_from(option: str | None, settings: Settings) -> ClusterSpec | None:
    """The cluster to run on: ``--cluster``, else the settings' (``ARCHIVER_CLUSTER``, ``[cluster] address``);
    None for this machine. An address of neither form is a UsageError before anything is done."""
    address = option or settings.cluster.address
    if not address:
        return None
    from archiver.cluster import ClusterSpec

    return ClusterSpec.parse(address)


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


def s3_options(endpoint_url: str | None, region: str | None, *, verify: bool = False) -> Any:
    """S3 options the AWS tools' way, with those given on the command line on top (imported only here:
    boto3 is the optional ``s3`` extra)."""
    from archiver.s3.client import s3_options_from_env

    overrides: dict[str, Any] = {"endpoint_url": endpoint_url, "region": region, "verify": verify}
    return s3_options_from_env(**{k: v for k, v in overrides.items() if v})
