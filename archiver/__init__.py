"""archiver: package news articles as BagIt 1.0 bags carrying a WARC/1.1, ready for long-term preservation.

The Python API mirrors the command line::

    from pathlib import Path
    import archiver

    meta = archiver.extract_metadata(Path("story.txt"))          # ArticleMetadata (pydantic)
    result = archiver.package(Path("story.txt"), Path("bags"), organization="Riverside Library")
    print(result.bag)                                             # bags/<uuid>

Errors the caller can act on are :class:`archiver.errors.ArchiverError` subclasses with a stable ``code``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from archiver.__about__ import __version__
from archiver.article import Article, read_article
from archiver.config import Settings, load_settings
from archiver.errors import ArchiverError
from archiver.extract import build_metadata
from archiver.metadata import ArticleMetadata
from archiver.packaging import PackageOptions, PackageResult, capture_time, package_article

__all__ = [
    "ArchiverError",
    "Article",
    "ArticleMetadata",
    "PackageResult",
    "Settings",
    "__version__",
    "extract_metadata",
    "load_settings",
    "package",
    "read_article",
]


def extract_metadata(
    path: Path,
    *,
    identifier: str | None = None,
    source_url: str | None = None,
    captured: datetime | None = None,
) -> ArticleMetadata:
    """Read an article file and return its metadata, without writing anything."""
    return build_metadata(
        read_article(path), captured=capture_time(captured), identifier=identifier, source_url=source_url
    )


def package(
    path: Path,
    outdir: Path,
    *,
    organization: str | None = None,
    settings: Settings | None = None,
    identifier: str | None = None,
    source_url: str | None = None,
    captured: datetime | None = None,
    replace: bool = False,
) -> PackageResult:
    """Package one article into ``outdir`` and return the result; raises ArchiverError on failure."""
    settings = settings or load_settings()
    if organization:
        settings = settings.model_copy(
            update={"organization": settings.organization.model_copy(update={"name": organization})}
        )
    options = PackageOptions(
        outdir=outdir,
        settings=settings,
        identifier=identifier,
        source_url=source_url,
        captured=captured,
        if_exists="replace" if replace else "keep",
    )
    outdir.mkdir(parents=True, exist_ok=True)
    return package_article(path, options)
