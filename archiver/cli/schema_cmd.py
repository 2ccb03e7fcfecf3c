"""``archiver schema``: publish and check the metadata JSON Schema and the BagIt profile."""

from __future__ import annotations

from pathlib import Path

import typer

from archiver import schemas
from archiver.cli import common
from archiver.errors import ExitCode

schema_app = typer.Typer(help="Publish the metadata JSON Schema and the BagIt profile.", no_args_is_help=True)


@schema_app.command("export")
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
