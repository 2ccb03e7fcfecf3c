"""archiver: package news articles as BagIt 1.0 bags carrying a WARC/1.1, ready for long-term preservation.

The Python API mirrors the command line::

    from pathlib import Path
    import archiver

    meta = archiver.extract_metadata(Path("story.txt"))          # ArticleMetadata (pydantic)
    result = archiver.package(Path("story.txt"), Path("bags"), organization="Riverside Library")
    print(result.bag)                                             # bags/<uuid>
    report = archiver.validate(result.bag)                        # Report: .valid, .findings
    ingested = archiver.ingest(result.bag, Path("repo"))          # IngestResult: .outcome, .version
    print(archiver.audit(Path("repo")).ok)                        # True when every stored file is intact

Packaging many inputs (files and URLs) is :func:`package_many` with :class:`PackageOptions`; one URL is
:func:`package_url`; several targets are validated by :func:`validate_many`; a repository is also used
through its facade, :class:`OcflRepository` (``open``, ``ingest``, ``ingest_many``, ``export``, ``show``).
Errors the caller can act on are :class:`archiver.errors.ArchiverError` subclasses with a stable ``code``.
"""

from __future__ import annotations

import importlib
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.__about__ import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

    from archiver.article import Article, read_article
    from archiver.config import Settings, load_settings
    from archiver.deposit.run import DepositResult
    from archiver.errors import ArchiverError, ErrorInfo
    from archiver.metadata import ArticleMetadata
    from archiver.packaging import PackageOptions, PackageResult, package_iter, package_many
    from archiver.repository import (
        IngestResult,
        InvalidBagError,
        ObjectDetail,
        ObjectSummary,
        OcflRepository,
        RepositoryError,
    )
    from archiver.repository.audit import AuditReport
    from archiver.repository.browse import ListedObject
    from archiver.results import ItemResult
    from archiver.validation.findings import Finding, Report, Severity
    from archiver.validation.run import ValidateOptions
    from archiver.validation.run import validate as validate_many
    from archiver.web import CaptureOptions
    from archiver.web.package_url import package_url

#: Names this package exports from its modules, imported on first use (PEP 562): ``import archiver`` (and
#: every command's start-up) does not pay for packaging, pydantic models and validators it may not need.
#: A value is the module, or ``module:attribute`` where the exported name differs.
_EXPORTS = {
    "Article": "archiver.article",
    "read_article": "archiver.article",
    "Settings": "archiver.config",
    "load_settings": "archiver.config",
    "ArchiverError": "archiver.errors",
    "ErrorInfo": "archiver.errors",
    "ItemResult": "archiver.results",
    "ArticleMetadata": "archiver.metadata",
    "PackageOptions": "archiver.packaging",
    "PackageResult": "archiver.packaging",
    "package_iter": "archiver.packaging",
    "package_many": "archiver.packaging",
    "CaptureOptions": "archiver.web",
    "package_url": "archiver.web.package_url",
    "Finding": "archiver.validation.findings",
    "Report": "archiver.validation.findings",
    "Severity": "archiver.validation.findings",
    "ValidateOptions": "archiver.validation.run",
    "validate_many": "archiver.validation.run:validate",
    "DepositResult": "archiver.deposit.run",
    "IngestResult": "archiver.repository",
    "InvalidBagError": "archiver.repository",
    "ObjectDetail": "archiver.repository",
    "ObjectSummary": "archiver.repository",
    "OcflRepository": "archiver.repository",
    "RepositoryError": "archiver.repository",
    "AuditReport": "archiver.repository.audit",
    "ListedObject": "archiver.repository.browse",
}


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module 'archiver' has no attribute {name!r}")
    module, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value
    return value


__all__ = [
    "ArchiverError",
    "Article",
    "ArticleMetadata",
    "AuditReport",
    "CaptureOptions",
    "DepositResult",
    "ErrorInfo",
    "Finding",
    "IngestResult",
    "InvalidBagError",
    "ItemResult",
    "ListedObject",
    "ObjectDetail",
    "ObjectSummary",
    "OcflRepository",
    "PackageOptions",
    "PackageResult",
    "Report",
    "RepositoryError",
    "Settings",
    "Severity",
    "ValidateOptions",
    "__version__",
    "audit",
    "deposit_bag",
    "export",
    "extract_metadata",
    "ingest",
    "list_objects",
    "load_settings",
    "package",
    "package_iter",
    "package_many",
    "package_url",
    "read_article",
    "validate",
    "validate_many",
]


def extract_metadata(
    path: Path,
    *,
    identifier: str | None = None,
    source_url: str | None = None,
    captured: datetime | None = None,
) -> ArticleMetadata:
    """Read an article file and return its metadata, without writing anything."""
    from archiver.article import read_article
    from archiver.extract import build_metadata
    from archiver.packaging import capture_time

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
    from archiver.config import load_settings
    from archiver.packaging import PackageOptions, package_article

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


def validate(target: Path, *, profile: Path | None = None, fast: bool = False) -> Report:
    """Validate a bag (folder, tar or zip), a WARC or a WACZ; the Report lists every finding."""
    from archiver.validation.profile import load_profile
    from archiver.validation.run import ValidateOptions, validate_target

    options = ValidateOptions(fast=fast, profile=profile)
    return validate_target(target, options, load_profile(profile) if profile else None)


def ingest(bag: Path, repository: Path | None = None, *, message: str | None = None) -> IngestResult:
    """Ingest a bag into an OCFL repository (created when the bag is accepted; default: config, else the user's
    data folder)."""
    from archiver.config import load_settings
    from archiver.repository import OcflRepository, resolve_repository

    settings = load_settings()
    repo = OcflRepository.for_ingest(resolve_repository(repository, settings.repository.path))
    return repo.ingest(
        bag,
        message=message,
        user_name=settings.repository.user_name,
        user_address=settings.repository.user_address,
    )


def deposit_bag(
    bag: Path,
    *,
    target: str | None = None,
    to: str | None = None,
    wait: bool = False,
    replace: bool = False,
    validate: bool = True,
    ledger: Path | None = None,
) -> DepositResult:
    """Deposit one bag (a folder or a serialized bag) over SWORD v2, as ``archiver deposit`` does: into the
    configured ``[deposit.targets.NAME]`` named ``target``, or the collection IRI ``to``; recorded in the
    deposit ledger (default: beside the config file), so a repeat sends nothing and an interrupted deposit
    resumes. Raises ArchiverError when the bag is not deposited. (Not named ``deposit``: that is the
    package :mod:`archiver.deposit`, which would shadow it once imported.)"""
    import os

    from archiver.config import load_settings
    from archiver.deposit.ledger import Ledger, default_ledger_path
    from archiver.deposit.run import DepositOptions, Depositor
    from archiver.deposit.targets import resolve_target

    settings = load_settings()
    chosen = resolve_target(settings.deposit, name=target, to=to)
    path = ledger or default_ledger_path(settings.source, settings.deposit.ledger, dict(os.environ))
    options = DepositOptions(wait=wait, replace=replace, validate=validate)
    return Depositor(chosen, Ledger(path), options).deposit(bag)


def audit(
    repository: Path, *, since: str | timedelta | None = None, cluster: str | None = None
) -> AuditReport:
    """Re-verify every object of an OCFL repository (inventories, sidecars, every stored file's digests).

    ``since`` (``"90d"`` or a timedelta) audits only the objects not successfully checked within that time;
    ``cluster`` (``tcp://HOST:PORT`` or ``local:N``) checks the objects on a Dask cluster."""
    from archiver.repository.audit import audit as run_audit
    from archiver.repository.audit import parse_age

    age = parse_age(since) if isinstance(since, str) else since
    spec = None
    if cluster is not None:
        from archiver.cluster import ClusterSpec

        spec = ClusterSpec.parse(cluster)
    return run_audit(repository, since=age, cluster=spec)


def export(repository: Path, object_id: str, dest: Path, *, version: str | None = None) -> Path:
    """Give a bag back: write ``version`` (default: the head) of ``object_id`` to ``dest``, which must not
    exist, byte for byte as ingested (:meth:`OcflRepository.export`)."""
    from archiver.repository import OcflRepository

    return OcflRepository.open(repository).export(object_id, dest, version=version)


def list_objects(
    repository: Path, *, since: datetime | None = None, title: str | None = None
) -> Iterator[ListedObject]:
    """Every object of a repository with its head's title, as ``archiver repo list`` shows them: those made at
    or after ``since`` and whose title holds ``title`` (any case), when given."""
    from archiver.repository import OcflRepository
    from archiver.repository.browse import list_objects as list_repository

    return list_repository(OcflRepository.open(repository), since=since, title=title)
