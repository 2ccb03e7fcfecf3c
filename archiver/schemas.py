"""The published schema files: the metadata JSON Schema and the BagIt profile.

Both are generated from code (the Pydantic model, the profile constants) and committed under ``schemas/``.
``archiver schema export`` writes them; ``--check`` reports any difference, so a model change that is not
published (or a hand edit of a published file) fails the test suite. Files of older versions are never
touched: each version lives in its own folder.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["check", "default_schemas_dir", "export"]


def _dump(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def published_files() -> dict[str, bytes]:
    """Relative path under ``schemas/`` -> the exact bytes that must be committed there."""
    # Imported here: the model is pydantic, and finding the schemas folder (validators) does not need it.
    from archiver import metadata, own_profile

    return {
        f"article-metadata/{metadata.SCHEMA_VERSION}/article-metadata.schema.json": _dump(
            metadata.json_schema()
        ),
        f"bagit-profile/{own_profile.PROFILE_VERSION}/news-archiver-bagit-profile.json": _dump(
            own_profile.profile_document()
        ),
    }


def export(schemas_dir: Path) -> list[Path]:
    """Write the current version's files; return those that changed."""
    changed: list[Path] = []
    for relative, data in published_files().items():
        target = schemas_dir / relative
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        changed.append(target)
    return changed


def check(schemas_dir: Path) -> list[str]:
    """Relative paths whose committed file is missing or differs from the model's export."""
    stale: list[str] = []
    for relative, data in published_files().items():
        target = schemas_dir / relative
        if not target.is_file() or target.read_bytes() != data:
            stale.append(relative)
    return stale


def default_schemas_dir() -> Path:
    """``schemas/`` of the source checkout this package runs from (the working directory's otherwise)."""
    return _checkout_schemas_dir() or Path.cwd() / "schemas"


@functools.cache
def _checkout_schemas_dir() -> Path | None:
    """Looked up once: resolving the package's own path costs a system call per folder, and validating
    a bag asks twice (the metadata schema, the profile)."""
    candidate = Path(__file__).resolve().parent.parent / "schemas"
    return candidate if candidate.is_dir() else None
