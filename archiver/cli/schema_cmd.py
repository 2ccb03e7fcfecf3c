"""``archiver schema``: publish and check the metadata JSON Schema and the BagIt profile."""

from __future__ import annotations

from pathlib import Path

import typer

from archiver.cli import common
from archiver.cli.base import ArchiverCommand, ArchiverGroup
from archiver.errors import ExitCode

__all__ = ["schema_app"]

schema_app = typer.Typer(
    cls=ArchiverGroup, help="Publish the metadata JSON Schema and the BagIt profile.", no_args_is_help=True
)


@schema_app.command("export", cls=ArchiverCommand)
def export_command(
    directory: Path | None = typer.Option(
        None, "--dir", help="The schemas/ folder (default: the one in this checkout)."
    ),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if a committed file differs."),
) -> None:
    """Write schemas/article-metadata/VERSION/ and schemas/bagit-profile/VERSION/ from the code.

    Example:

        archiver schema export --check
    """
    from archiver import schemas  # the metadata model (pydantic): loaded to run, not for --help

    root = directory or schemas.default_schemas_dir()
    if check:
        stale = schemas.check(root)
        for relative in stale:
            common.err.print(
                f"stale: {root / relative} differs from the model; run `archiver schema export`", markup=False
            )
        if stale:
            raise typer.Exit(int(ExitCode.FAILED))
        common.out.print(f"up to date: {root}", markup=False)
        return
    for path in schemas.export(root):
        common.out.print(f"wrote {path}", markup=False)
