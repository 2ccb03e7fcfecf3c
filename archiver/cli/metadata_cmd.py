"""``archiver metadata``."""

from __future__ import annotations

from pathlib import Path

import typer

from archiver.cli import common


def metadata_command(
    article: Path = typer.Argument(..., help="An article file (.txt or .html)."),
    identifier: str | None = typer.Option(None, "--id", help="The article's URN, if it has one."),
    url: str | None = typer.Option(None, "--url", help="URL the article was published at, when known."),
    date: str | None = typer.Option(None, "--date", help="Capture time to record (ISO 8601). Default: now."),
    trafilatura: bool = typer.Option(
        False,
        "--trafilatura",
        help="Extract HTML main text with trafilatura (pip install 'news-archiver[html]').",
    ),
) -> None:
    """Print the metadata extracted from an article as JSON, without packaging anything.

    Example:

        archiver metadata story.txt --url https://example.org/story
    """
    # Imported when the command runs, so that `archiver metadata --help` loads none of them (issue 14).
    from archiver.extract import build_metadata
    from archiver.packaging import capture_time
    from archiver.sources import read_path

    parsed = read_path(article, use_trafilatura=trafilatura)
    meta = build_metadata(
        parsed, captured=capture_time(common.parse_date(date)), identifier=identifier, source_url=url
    )
    common.out.print(meta.to_json_bytes().decode("utf-8"), end="", markup=False)
