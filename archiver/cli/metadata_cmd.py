"""``archiver metadata``."""

from __future__ import annotations

from pathlib import Path

import typer

from archiver.cli import common

__all__ = ["metadata_command"]


def metadata_command(
    article: str = typer.Argument(..., help="An article file (.txt or .html), or an http(s) URL to fetch."),
    identifier: str | None = typer.Option(None, "--id", help="The article's URN, if it has one."),
    url: common.UrlOption = None,
    date: str | None = typer.Option(
        None,
        "--date",
        help="Capture time to record (ISO 8601). Default: SOURCE_DATE_EPOCH, else now (for a URL: the time "
        "the page was fetched).",
    ),
    trafilatura: common.TrafilaturaOption = False,
    timeout: common.TimeoutOption = 30.0,
    ignore_robots: common.IgnoreRobotsOption = False,
    config: common.ConfigOption = None,
) -> None:
    """Print the metadata extracted from an article as JSON, without packaging anything.

    A URL is fetched as `package` would fetch it (robots.txt, User-Agent, limits; the page only) and its
    metadata printed as `package` would store it. Nothing is written. Warnings about the fetch go to stderr.

    Example:

        archiver metadata story.txt --url https://example.org/story
        archiver metadata https://news.example.org/2024/03/14/story.html
    """
    # Imported when the command runs, so that `archiver metadata --help` loads none of them (issue 14).
    from archiver.packaging import capture_time, is_url

    if is_url(article):
        if url is not None:
            from archiver.errors import UsageError

            raise UsageError(
                "URL_GIVEN_TWICE", "--url is for files: a page fetched from a URL has that URL", where=url
            )
        meta_json = _fetched(article, identifier, date, trafilatura, timeout, ignore_robots, config)
    else:
        from archiver.extract import build_metadata
        from archiver.sources import read_path

        parsed = read_path(Path(article), use_trafilatura=trafilatura, url=url)
        meta = build_metadata(
            parsed, captured=capture_time(common.parse_date(date)), identifier=identifier, source_url=url
        )
        meta_json = meta.to_json_bytes()
    common.out.print(meta_json.decode("utf-8"), end="", markup=False)


def _fetched(
    url: str,
    identifier: str | None,
    date: str | None,
    trafilatura: bool,
    timeout: float,
    ignore_robots: bool,
    config: Path | None,
) -> bytes:
    """Fetch the page as ``package`` does and read it with the same code, so the two never disagree."""
    from archiver.config import load_settings
    from archiver.web.capture import capture_url
    from archiver.web.options import CaptureOptions
    from archiver.web.package_url import capture_date, page_metadata

    cap = capture_url(
        url, CaptureOptions(timeout=timeout, ignore_robots=ignore_robots), load_settings(config)
    )
    for warning in cap.warnings:
        common.err.print(f"warning {warning.code}: {warning.shown()}", markup=False, highlight=False)
    captured, _fixed = capture_date(common.parse_date(date), cap)
    _name, _article, meta = page_metadata(
        cap, url, captured, identifier=identifier, use_trafilatura=trafilatura
    )
    return meta.to_json_bytes()
