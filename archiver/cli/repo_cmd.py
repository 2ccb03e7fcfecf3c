"""``archiver ingest``, ``export``, ``audit`` and ``repo init|list|show``: the repository commands.

Without ``--into``/``--from`` the repository is the config's ``[repository] path`` (or ``ARCHIVER_REPOSITORY``),
else ``$XDG_DATA_HOME/archiver/repository`` (``~/.local/share/archiver/repository``). ``ingest`` creates a
missing repository and says so on stderr; the other commands expect one to exist.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from archiver.cli import common
from archiver.cli.base import ArchiverCommand, ArchiverGroup
from archiver.errors import ArchiverError, ExitCode, UsageError

# The repository, its audit, the settings (pydantic) and rich's progress bars are imported by the commands
# that use them, so that `archiver repo init --help` or `archiver audit --help` loads none of them.
if TYPE_CHECKING:
    from archiver.config import Settings
    from archiver.repository.audit import AuditReport
    from archiver.repository.ocfl import IngestResult, OcflRepository

#: The storage layouts ``repo init --layout`` offers and its default, as archiver.formats.ocfl.layouts names
#: them (LAYOUTS, DEFAULT_LAYOUT; a test keeps them equal). Written out here so that the repository
#: commands' --help does not load the layout code, its hashlib and json (a tenth of their start-up).
LAYOUT_NAMES = (
    "0002-flat-direct-storage-layout",
    "0003-hash-and-id-n-tuple-storage-layout",
    "0004-hashed-n-tuple-storage-layout",
    "0006-flat-omit-prefix-storage-layout",
    "0007-n-tuple-omit-prefix-storage-layout",
)
DEFAULT_LAYOUT = "0004-hashed-n-tuple-storage-layout"
S3_SCHEME = "s3://"
_CONFIG_HELP = "Config file (default: $ARCHIVER_CONFIG or ~/.config/archiver/config.toml)."
_REPO_HELP = "OCFL storage root (default: config [repository] path, else ~/.local/share/archiver/repository)."

repo_app = typer.Typer(
    cls=ArchiverGroup, help="Create, list and inspect OCFL repositories.", no_args_is_help=True
)


def _print_json(value: Any) -> None:
    common.out.print(json.dumps(value, ensure_ascii=False), markup=False)


def _open(repo: str | None, config: Path | None) -> OcflRepository:
    from archiver.config import load_settings
    from archiver.repository.ocfl import OcflRepository, resolve_repository

    settings = load_settings(config)
    return OcflRepository.open(resolve_repository(repo, settings.repository.path))


# --------------------------------------------------------------------------------------------------------
# ingest
# --------------------------------------------------------------------------------------------------------


def ingest_command(
    bags: list[Path] = typer.Argument(..., help="Bag folders to ingest (each must validate)."),
    into: str | None = typer.Option(None, "--into", help=f"{_REPO_HELP} Or s3://BUCKET/PREFIX."),
    message: str | None = typer.Option(
        None, "--message", "-m", help="Version message (default: 'Ingest of bag NAME')."
    ),
    user_name: str | None = typer.Option(
        None, "--user-name", help="Who ingests (default: config, else login name)."
    ),
    user_address: str | None = typer.Option(
        None,
        "--user-address",
        help="A URI for the user, e.g. mailto:archivist@example.org (default: config, else the organization's contact e-mail).",
    ),
    no_validate: bool = typer.Option(
        False,
        "--no-validate",
        help="Skip bag validation (the bag's checksums are still verified while copying).",
    ),
    lock_timeout: float = typer.Option(
        600.0, "--lock-timeout", min=0, help="Seconds to wait for another ingest of the same object."
    ),
    jobs: int = typer.Option(
        0,
        "--jobs",
        "-j",
        min=0,
        help="Worker processes; 0 means two per core (ingest waits on reads as much as it computes).",
    ),
    receipt: Path | None = typer.Option(
        None, "--receipt", help="Also write the receipts (a JSON array) to this file."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per bag on stdout."),
    config: Path | None = typer.Option(None, "--config", help=_CONFIG_HELP),
    endpoint_url: str | None = typer.Option(
        None, "--endpoint-url", help="S3 only: the endpoint (default: AWS_ENDPOINT_URL, else AWS)."
    ),
    region: str | None = typer.Option(None, "--region", help="S3 only: the region (default: AWS_REGION)."),
    verify: bool = typer.Option(
        False, "--verify", help="S3 only: read each object back and re-hash it after upload."
    ),
    profile: str | None = typer.Option(
        None,
        "--profile",
        help="S3 only: the receiving bucket's BagIt profile (aptrust, btr, or a profile file); each bag must "
        "satisfy it, and is sent as the tar it asks for.",
    ),
) -> None:
    """Ingest bags into an OCFL 1.1 repository: each bag becomes the next version of its object.

    The object ID is the bag's External-Identifier. A bag is validated first and refused, with its findings,
    if invalid; an identical bag again changes nothing ("unchanged"); a changed bag becomes a new version
    storing only the files whose content changed. Every stored file is re-read and checked before success is
    reported, and each ingest leaves a receipt and PREMIS events. Exit 0 all ingested, 1 any refused or
    failed, 2 usage error.

    With --into s3://BUCKET/PREFIX each bag is sent as a tar (the bag folder as its single top-level
    directory) with Content-MD5 on every request, its SHA-256 as object metadata, the ETag checked, and
    never over an existing object; credentials and endpoint follow the AWS tools' conventions. With
    --profile aptrust (or btr, or a profile file) the bucket is a receiver's receiving bucket: each bag
    must satisfy that profile before anything is sent.

    Example:

        archiver ingest bags/* --into ~/archive-repo --user-address mailto:archivist@example.org
        archiver ingest outbox/example.edu.* --into s3://aptrust-receiving/ --profile aptrust
    """
    from archiver.config import load_settings
    from archiver.repository.ocfl import IngestResult, OcflRepository, check_user_address, resolve_repository

    if into and into.startswith(S3_SCHEME):
        _ingest_s3(bags, into, as_json, profile, endpoint_url=endpoint_url, region=region, verify=verify)
        return
    if profile is not None:
        raise UsageError(
            "INGEST_PROFILE_S3_ONLY",
            "--profile applies to S3 receiving buckets (--into s3://...)",
            hint="validate against a profile with `archiver validate --profile`",
        )
    for bag in bags:
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
    settings = load_settings(config)
    user_address = user_address or settings.repository.user_address or _contact_uri(settings)
    check_user_address(user_address)
    path = resolve_repository(into, settings.repository.path)
    repo = OcflRepository.open(path, create=True)
    if repo.created:
        common.err.print(f"created OCFL repository at {repo.root}", markup=False)
    options: dict[str, Any] = {
        "message": message,
        "user_name": user_name or settings.repository.user_name,
        "user_address": user_address,
        "validate": not no_validate,
        "lock_timeout": lock_timeout,
    }
    results = _ingest_all(repo, bags, options, jobs, as_json)
    if receipt is not None:
        receipts = [r.receipt for r in results if isinstance(r, IngestResult)]
        receipt.write_text(json.dumps(receipts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not all(isinstance(r, IngestResult) for r in results):
        raise typer.Exit(int(ExitCode.FAILED))


def _contact_uri(settings: Settings) -> str | None:
    """The organization's contact e-mail as a mailto: URI: who to ask about a version when no user address
    is given (OCFL 1.1 §3.5.3.1 says the user SHOULD have an address, W008)."""
    from archiver.repository.ocfl import is_uri

    email = settings.organization.contact_email
    return f"mailto:{email}" if email and is_uri(f"mailto:{email}") else None


def _ingest_all(
    repo: OcflRepository, bags: list[Path], options: dict[str, Any], jobs: int, as_json: bool
) -> list[IngestResult | ArchiverError]:
    with common.progress("ingesting", len(bags)) as progress:
        task = progress.add_task("ingesting", total=len(bags))

        def on_result(bag: Path, result: IngestResult | ArchiverError) -> None:
            _print_ingest(bag, result, as_json)
            progress.advance(task)

        return repo.ingest_many(bags, jobs=jobs, on_result=on_result, **options)


def _print_ingest(bag: Path, result: IngestResult | ArchiverError, as_json: bool) -> None:
    from archiver.repository.ocfl import IngestResult, InvalidBagError

    if as_json:
        if isinstance(result, IngestResult):
            _print_json(result.to_dict())
        else:
            outcome = "refused" if isinstance(result, InvalidBagError) else "failed"
            _print_json({"bag": str(bag), "outcome": outcome, "error": result.to_dict()})
        return
    if isinstance(result, IngestResult):
        note = (
            f"{result.files} files, {result.stored} stored"
            if result.outcome != "unchanged"
            else "no new version"
        )
        common.out.print(
            f"{result.outcome:9} {result.version:4} {result.object_id} ({note}) <- {bag}", markup=False
        )
        return
    common.err.print(result.one_line(), markup=False)
    for f in getattr(result, "findings", []):
        common.err.print(f"  {f.severity} {f.code} {f.path or '-'}: {f.message}", markup=False)


def _ingest_s3(bags: list[Path], url: str, as_json: bool, profile: str | None, **overrides: Any) -> None:
    """Hand ``--into s3://...`` to the S3 backend (imported only here: boto3 is the optional ``s3`` extra)."""
    from archiver.repository import s3

    options = s3.s3_options_from_env(**{k: v for k, v in overrides.items() if v})
    results = s3.ingest_to_s3(list(bags), url, options=options, profile=profile)
    for result in results:
        if as_json:
            _print_json(result.to_dict())
        elif result.error is not None:
            common.err.print(result.error.one_line(), markup=False)
            for f in result.findings:
                common.err.print(f"  {f.severity} {f.code} {f.path or '-'}: {f.message}", markup=False)
        else:
            verified = " verified" if result.verified else ""
            common.out.print(
                f"{result.status:9} {result.url} etag {result.etag}{verified} <- {result.bag}", markup=False
            )
    if not all(r.ok for r in results):
        raise typer.Exit(int(ExitCode.FAILED))


# --------------------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------------------


def export_command(
    object_id: str = typer.Argument(..., help="The object ID (the bag's External-Identifier)."),
    output: Path = typer.Option(
        ..., "--output", "-o", help="Folder to write the bag into (created if absent)."
    ),
    version: str | None = typer.Option(
        None, "--version", help="Version to export, e.g. v1 (default: the latest)."
    ),
    from_repo: str | None = typer.Option(None, "--from", help=_REPO_HELP),
    config: Path | None = typer.Option(None, "--config", help=_CONFIG_HELP),
) -> None:
    """Give a bag back: write a version of an object to OUTPUT/BAG-NAME, byte for byte as ingested.

    Every file is checked against its digest in the inventory while it is copied; the bag appears under its
    final name only when complete. Objects other tools made export the same way: the files of the version
    as its inventory states them. Exit 0 exported, 1 a stored file is damaged, 2 usage error.

    Example:

        archiver export urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 -o restored/ --version v1
    """
    from archiver import identifiers

    repo = _open(from_repo, config)
    dest = repo.export(object_id, output / identifiers.bag_name(object_id), version=version)
    common.out.print(str(dest), markup=False)


# --------------------------------------------------------------------------------------------------------
# audit
# --------------------------------------------------------------------------------------------------------


def audit_command(
    repo: str | None = typer.Argument(None, help=f"{_REPO_HELP} Or a single OCFL object's folder."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Objects checked at once; 0 means one per core."),
    as_json: bool = typer.Option(False, "--json", help="Print the audit report as JSON on stdout."),
    config: Path | None = typer.Option(None, "--config", help=_CONFIG_HELP),
) -> None:
    """Re-verify a repository: the storage root and every object against the OCFL version each declares
    (1.0 or 1.1, whichever tool made it), every inventory, sidecar and stored file's digests.

    Damaged, missing or unexpected files are reported by object, version and path with the OCFL
    specification's own codes (E001 ... E112, W001 ... W016; docs/validation-codes.md); the audit is
    recorded as an event in each object's log. Exit 0 intact (warnings allowed), 1 any damage, 2 usage error.

    Example:

        archiver audit ~/archive-repo --json > audit.json
        archiver audit ~/archive-repo/3c0/ff4/240/3c0ff424...   # one object
    """
    from archiver.repository.audit import audit
    from archiver.repository.ocfl import object_spec

    given = Path(repo).expanduser() if repo else None
    root = given if given is not None and object_spec(given) is not None else _open(repo, config).root
    with common.progress("auditing", 2) as progress:
        task = progress.add_task("auditing", total=None)

        def on_progress(done: int, total: int, _path: str) -> None:
            progress.update(task, completed=done, total=total)

        report = audit(root, on_progress=on_progress, jobs=jobs)
    if as_json:
        _print_json(report.to_dict())
    else:
        _render_audit(report)
    if not report.ok:
        raise typer.Exit(int(ExitCode.FAILED))


def _render_audit(report: AuditReport) -> None:
    from rich.text import Text

    data = report.to_dict()
    verdict = "[green]INTACT[/green]" if report.ok else "[red]DAMAGED[/red]"
    common.out.print(
        f"{verdict} {report.root}: {data['objects']} objects, {data['files']} files, "
        f"{data['damaged_objects']} damaged, {data['errors']} errors, {data['warnings']} warnings"
    )
    if not report.issues:
        return
    for issue in report.issues:
        # One line per finding, as `validate` prints them: readable at any width, and easy to grep.
        severity = str(issue.finding.severity)
        where = issue.logical_path or issue.content_path or issue.finding.path or "-"
        line = Text("  ")
        line.append(f"{severity:7}", style="red" if severity == "error" else "yellow")
        # A storage-root finding has no object: its path alone says where.
        who = issue.object_id or (issue.object_path if issue.object_path != issue.finding.path else "") or "-"
        line.append(f" {issue.finding.code} {who} {issue.version or '-'}")
        line.append(f" {where}: {issue.finding.message}")
        common.out.print(line)


# --------------------------------------------------------------------------------------------------------
# repo init | list | show
# --------------------------------------------------------------------------------------------------------


@repo_app.command("init", cls=ArchiverCommand)
def repo_init_command(
    path: Path = typer.Argument(..., help="Folder for the new storage root (new or empty)."),
    layout: str = typer.Option(
        DEFAULT_LAYOUT,
        "--layout",
        help="Storage layout extension: " + ", ".join(LAYOUT_NAMES) + ".",
    ),
    layout_params: list[str] = typer.Option(
        [],
        "--layout-param",
        help="A parameter of the layout's config.json, KEY=VALUE (repeatable; numbers and true/false as "
        "JSON), e.g. delimiter=: for 0006 and 0007, which have no default delimiter.",
    ),
) -> None:
    """Create an empty OCFL 1.1 storage root, objects laid out by the layout extension chosen.

    The default, 0004-hashed-n-tuple-storage-layout, is the one Fedora 6 uses: object folders named by
    the sha256 of the ID, three levels deep. 0002 and 0006 put every object in the root's top folder
    (readable names; the IDs must be safe folder names); 0003 and 0007 keep IDs readable in a hashed or
    split tree. An existing OCFL storage root is left as it is; a folder holding anything else is refused.

    Example:

        archiver repo init ~/archive-repo
        archiver repo init ~/flat-repo --layout 0002-flat-direct-storage-layout
        archiver repo init ~/uuid-repo --layout 0006-flat-omit-prefix-storage-layout --layout-param delimiter=:
    """
    from archiver.repository.ocfl import OcflRepository

    repo = OcflRepository.init(path, layout=layout, layout_config=_layout_config(layout_params))
    state = "created" if repo.created else "exists "
    common.out.print(f"{state} OCFL repository at {repo.root}", markup=False)


def _layout_config(params: list[str]) -> dict[str, Any] | None:
    """``KEY=VALUE`` pairs as a layout configuration: a value that reads as JSON (``3``, ``true``) is taken
    as such, anything else as a string."""
    if not params:
        return None
    config: dict[str, Any] = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or not key:
            raise UsageError("REPO_LAYOUT_PARAM", f"--layout-param {param!r} is not KEY=VALUE")
        try:
            config[key] = json.loads(value)
        except ValueError:
            config[key] = value
    return config


@repo_app.command("list", cls=ArchiverCommand)
def repo_list_command(
    repo: str | None = typer.Argument(None, help=_REPO_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per object on stdout."),
    config: Path | None = typer.Option(None, "--config", help=_CONFIG_HELP),
) -> None:
    """List the objects in a repository: ID, latest version, number of versions, last change.

    Example:

        archiver repo list ~/archive-repo --json
    """
    for summary in _open(repo, config).list_objects():
        if as_json:
            _print_json(summary.to_dict())
        else:
            common.out.print(
                f"{summary.head:4} {summary.versions:3} {summary.updated}  {summary.object_id}", markup=False
            )


@repo_app.command("show", cls=ArchiverCommand)
def repo_show_command(
    object_id: str = typer.Argument(..., help="The object ID (the bag's External-Identifier)."),
    from_repo: str | None = typer.Option(None, "--from", help=_REPO_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the object's details as JSON on stdout."),
    config: Path | None = typer.Option(None, "--config", help=_CONFIG_HELP),
) -> None:
    """Show one object: its versions (time, user, message), the latest version's files, its events.

    Example:

        archiver repo show urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 --from ~/archive-repo
    """
    detail = _open(from_repo, config).show(object_id)
    if as_json:
        _print_json(detail.to_dict())
        return
    common.out.print(f"{detail.object_id}  ({detail.path})", markup=False)
    for v in detail.versions:
        user = (v.get("user") or {}).get("name", "-")
        common.out.print(
            f"  {v['version']:4} {v['created']}  {user}: {v['message']} ({v['files']} files)", markup=False
        )
    common.out.print(f"files of {detail.head}:", markup=False)
    for f in detail.files:
        digest = f.get("sha512") or f.get("sha256") or ""
        common.out.print(f"  {digest[:16]}  {f['path']}", markup=False)
    common.out.print(f"{len(detail.events)} events in logs/events.jsonl", markup=False)
