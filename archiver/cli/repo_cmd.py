"""``archiver ingest``, ``export``, ``audit`` and ``repo init|list|show``: the repository commands.

Without ``--into``/``--from`` the repository is the config's ``[repository] path`` (or ``ARCHIVER_REPOSITORY``),
else ``$XDG_DATA_HOME/archiver/repository`` (``~/.local/share/archiver/repository``). ``ingest`` creates a
missing repository and says so on stderr; the other commands expect one to exist.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from archiver.cli import common, repo_s3
from archiver.cli.base import ArchiverCommand, ArchiverGroup
from archiver.errors import ExitCode, UsageError

# The repository, its audit, the settings (pydantic) and rich's progress bars are imported by the commands
# that use them, so that `archiver repo init --help` or `archiver audit --help` loads none of them.
if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec
    from archiver.config import Settings
    from archiver.repository import IngestResult, OcflRepository
    from archiver.repository.audit import AuditReport

__all__ = ["DEFAULT_LAYOUT", "LAYOUT_NAMES", "audit_command", "export_command", "ingest_command", "repo_app"]

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
_REPO_HELP = "OCFL storage root (default: config [repository] path, else ~/.local/share/archiver/repository)."

FromRepoOption = Annotated[str | None, typer.Option("--from", help=_REPO_HELP)]
ObjectIdArgument = Annotated[str, typer.Argument(help="The object ID (the bag's External-Identifier).")]

repo_app = typer.Typer(
    cls=ArchiverGroup, help="Create, list and inspect OCFL repositories.", no_args_is_help=True
)


def _refuse_s3(value: str | None, command: str) -> None:
    """An s3:// URL where only a local repository will do: said plainly (a Path would make it ``s3:/...``)."""
    if repo_s3.is_s3(value):
        raise UsageError(
            "REPO_S3_UNSUPPORTED",
            f"`{command}` reads local OCFL repositories only, for now",
            where=value,
            hint="`repo list`, `repo show`, `export` and `audit` read an OCFL root on S3 too",
        )


def _open(repo: str | None, config: Path | None) -> OcflRepository:
    from archiver.config import load_settings
    from archiver.repository import OcflRepository, resolve_repository

    settings = load_settings(config)
    return OcflRepository.open(resolve_repository(repo, settings.repository.path))


def _open_local(from_repo: str | None, config: Path | None, command: str) -> OcflRepository:
    """The repository of ``--from``, for a command that reads local OCFL repositories only."""
    _refuse_s3(from_repo, command)
    return _open(from_repo, config)


def print_refused(error_line: str, findings: Any) -> None:
    """A bag that was not stored: its error line, then one line per finding, on stderr."""
    common.err.print(error_line, markup=False)
    for f in findings:
        common.err.print(f"  {f.severity} {f.code} {f.path or '-'}: {f.message}", markup=False)


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
        help="A URI for the user, e.g. mailto:archivist@example.org (default: config, else the organization's "
        "contact e-mail, else acct:LOGIN@HOST, the account that ran the ingest).",
    ),
    no_validate: bool = typer.Option(
        False,
        "--no-validate",
        help="Skip bag validation (the bag's checksums are still verified while copying).",
    ),
    lock_timeout: float = typer.Option(
        600.0, "--lock-timeout", min=0, help="Seconds to wait for another ingest of the same object."
    ),
    jobs: int = common.jobs_option(
        "Worker processes (into an OCFL root on S3: threads, at most 64; with --cluster: unused)",
        zero="two per core (ingest waits on reads as much as it computes; 16 threads on S3)",
    ),
    cluster: common.ClusterOption = None,
    receipt: Path | None = typer.Option(
        None, "--receipt", help="Also write the receipts (a JSON array) to this file."
    ),
    object_id: str | None = typer.Option(
        None,
        "--id",
        help="The object ID (a URI, e.g. urn:uuid:...) of a bag without External-Identifier, such as a bag "
        "from another tool; one bag only. Recorded in the receipt and the object's events.",
    ),
    quiet: bool = common.quiet_option("Print only the bags that fail, with their errors, and the summary."),
    as_json: bool = common.json_option("Print one JSON object per bag on stdout."),
    config: common.ConfigOption = None,
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
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

    The object ID is the bag's External-Identifier (or --id URI for a bag that has none). A bag is validated
    first and refused, with its findings, if invalid; an identical bag again changes nothing ("unchanged"); a changed bag becomes a new version
    storing only the files whose content changed. Every stored file is re-read and checked before success is
    reported, and each ingest leaves a receipt and PREMIS events. A missing repository is created by the
    first bag that passes (none is made when every bag is refused). Several bags end with a summary line on
    stderr. Exit 0 all ingested, 1 any refused or failed, 2 usage error.

    With --into s3://BUCKET/PREFIX each bag is sent as a tar (the bag folder as its single top-level
    directory) with Content-MD5 on every request, its SHA-256 as object metadata, the ETag checked, and
    never over an existing object; credentials and endpoint follow the AWS tools' conventions. With
    --profile aptrust (or btr, or a profile file) the bucket is a receiver's receiving bucket: each bag
    must satisfy that profile before anything is sent.

    Example:

        archiver ingest bags/* --into ~/archive-repo --user-address mailto:archivist@example.org
        archiver ingest other-tool-bag/ --id urn:uuid:0b7e6c1e-4d0a-4c57-9d43-2b1f4c3f6a10
        archiver ingest outbox/example.edu.* --into s3://aptrust-receiving/ --profile aptrust
        archiver ingest /shared/bags/* --into /shared/archive-repo --cluster tcp://scheduler.example.org:8786
    """
    from archiver.config import load_settings
    from archiver.repository import OcflRepository, resolve_repository
    from archiver.repository.ingest_options import IngestOptions, check_batch, check_user_address

    started = time.monotonic()
    check_batch(IngestOptions(object_id=object_id), len(bags))  # before anything is made or sent
    if repo_s3.is_s3(into):
        settings = load_settings(config)
        repo_s3.ingest_s3(
            bags,
            str(into),
            as_json=as_json,
            profile=profile,
            quiet=quiet,
            started=started,
            options=common.s3_options(endpoint_url, region, verify=verify),
            cluster=common.cluster_from(cluster, settings),
            jobs=jobs,
            ingest_options={
                "message": message,
                "user_name": user_name or settings.repository.user_name,
                "user_address": user_address or settings.repository.user_address or _contact_uri(settings),
                "validate": not no_validate,
                "lock_timeout": lock_timeout,
                "object_id": object_id,
            },
        )
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
    on_cluster = common.cluster_from(cluster, settings)
    path = resolve_repository(into, settings.repository.path)
    repo = OcflRepository.for_ingest(path)
    options: dict[str, Any] = {
        "message": message,
        "user_name": user_name or settings.repository.user_name,
        "user_address": user_address,
        "validate": not no_validate,
        "lock_timeout": lock_timeout,
        "object_id": object_id,
    }
    results = _ingest_all(repo, bags, options, jobs, on_cluster, as_json, quiet)
    if repo.created:
        common.err.print(f"created OCFL repository at {repo.root}", markup=False)
    if receipt is not None:
        receipts = [r.receipt for r in results if r.ok]
        receipt.write_text(json.dumps(receipts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if len(bags) > 1:
        common.err.print(ingest_summary(results, time.monotonic() - started), markup=False, highlight=False)
    if not all(r.ok for r in results):
        raise typer.Exit(int(ExitCode.FAILED))


def ingest_summary(results: list[IngestResult], seconds: float) -> str:
    """One line for several bags: counts by outcome, and the time."""
    done = [r for r in results if r.ok]
    created = sum(1 for r in done if r.outcome == "created")
    updated = sum(1 for r in done if r.outcome == "updated")
    unchanged = len(done) - created - updated
    failed = len(results) - len(done)
    parts = (
        common.count(created, "new object"),
        common.count(updated, "new version"),
        f"{unchanged} unchanged",
        f"{failed} failed",
    )
    return common.summary_line(len(results), "bag", parts, seconds)


def _contact_uri(settings: Settings) -> str | None:
    """The organization's contact e-mail as a mailto: URI: who to ask about a version when no user address
    is given (OCFL 1.1 §3.5.3.1 says the user SHOULD have an address, W008)."""
    from archiver.formats.ocfl.structure import is_uri

    email = settings.organization.contact_email
    return f"mailto:{email}" if email and is_uri(f"mailto:{email}") else None


def _ingest_all(
    repo: OcflRepository,
    bags: list[Path],
    options: dict[str, Any],
    jobs: int,
    cluster: ClusterSpec | None,
    as_json: bool,
    quiet: bool,
) -> list[IngestResult]:
    with common.advancing("ingesting", len(bags)) as advance:

        def on_result(bag: Path, result: IngestResult) -> None:
            if as_json or not (quiet and result.ok):
                print_ingest(bag, result, as_json)
            advance()

        return repo.ingest_many(bags, jobs=jobs, on_result=on_result, cluster=cluster, **options)


def print_ingest(bag: Path, result: IngestResult, as_json: bool) -> None:
    if as_json:
        common.print_json(result.to_dict())
        return
    if result.error is None:
        note = (
            f"{result.files} files, {result.stored} stored"
            if result.outcome != "unchanged"
            else "no new version"
        )
        common.out.print(
            f"{result.outcome:9} {result.version:4} {result.object_id} ({note}) <- {bag}", markup=False
        )
        return
    print_refused(result.error.one_line(), result.error.findings)


# --------------------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------------------


def export_command(
    object_id: ObjectIdArgument,
    output: Path = typer.Option(
        ..., "--output", "-o", help="Folder to write the bag into (created if absent)."
    ),
    version: str | None = typer.Option(
        None, "--version", help="Version to export, e.g. v1 or 1 (default: the latest)."
    ),
    from_repo: FromRepoOption = None,
    config: common.ConfigOption = None,
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
) -> None:
    """Give a bag back: write a version of an object to OUTPUT/BAG-NAME, byte for byte as ingested.

    Every file is checked against its digest in the inventory while it is copied; the bag appears under its
    final name only when complete. Objects other tools made export the same way: the files of the version
    as its inventory states them. Exit 0 exported, 1 a stored file is damaged, 2 usage error.

    Example:

        archiver export urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 -o restored/ --version v1
        archiver export urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 -o restored/ --from s3://archive/ocfl
    """
    from archiver import identifiers

    if repo_s3.is_s3(from_repo):
        options = common.s3_options(endpoint_url, region)
        dest = repo_s3.export_s3(str(from_repo), object_id, output, version, options)
    else:
        repo = _open(from_repo, config)
        dest = repo.export(object_id, output / identifiers.bag_name(object_id), version=version)
    common.out.print(str(dest), markup=False)


# --------------------------------------------------------------------------------------------------------
# audit
# --------------------------------------------------------------------------------------------------------


def audit_command(
    repo: str | None = typer.Argument(None, help=f"{_REPO_HELP} Or a single OCFL object's folder."),
    jobs: int = common.jobs_option(
        "Objects checked at once", zero="one per core (on S3: 16 threads; at most 64 are used)"
    ),
    since: str | None = typer.Option(
        None,
        "--since",
        metavar="AGE",
        help="Audit only the objects whose last audit is older than AGE (90d, 12w, 36h or 1y), failed, or "
        "never happened; the others are reported as skipped. So a damaged object is audited every time.",
    ),
    cluster: common.ClusterOption = None,
    quiet: bool = common.quiet_option("Print only errors (no warnings) and the summary."),
    deep: bool = typer.Option(
        False,
        "--deep",
        help="S3 only: download each bag, re-hash it and validate it, as `archiver validate` would.",
    ),
    as_json: bool = common.json_option(
        "Print the audit report as JSON on stdout (S3: one JSON object per bag)."
    ),
    config: common.ConfigOption = None,
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
) -> None:
    """Re-verify a repository: the storage root and every object against the OCFL version each declares
    (1.0 or 1.1, whichever tool made it), every inventory, sidecar and stored file's digests.

    Damaged, missing or unexpected files are reported by object, version and path with the OCFL
    specification's own codes (E001 ... E112, W001 ... W016; docs/validation-codes.md); the audit is
    recorded as an event in each object's log. Several objects end with a summary line on stderr. Exit 0
    intact (warnings allowed), 1 any damage, 2 usage error.

    An OCFL root on S3 (s3://BUCKET/PREFIX holding 0=ocfl_1.1) is audited the same way, its stored files
    streamed and hashed, several objects at once (--jobs threads). For a bucket of serialized bags (what
    `ingest --into s3://` writes there), each bag's recorded SHA-256 and the server's ETag are checked
    without downloading; --deep downloads each bag, compares its SHA-256 with the one recorded when it was
    sent, and validates it as a bag.

    Example:

        archiver audit ~/archive-repo --json > audit.json
        archiver audit ~/archive-repo/3c0/ff4/240/3c0ff424...   # one object
        archiver audit ~/archive-repo --since 90d      # the quarterly cycle: what was not checked lately
        archiver audit /shared/archive-repo --cluster tcp://scheduler.example.org:8786
        archiver audit s3://archive/ocfl --since 90d --jobs 32
        archiver audit s3://archive/news --deep
    """
    from archiver.config import load_settings
    from archiver.formats.ocfl.structure import object_spec
    from archiver.repository.audit import audit, parse_age

    started = time.monotonic()
    age = parse_age(since) if since is not None else None
    if repo_s3.is_s3(repo):
        on = common.cluster_from(cluster, load_settings(config))
        repo_s3.audit_s3(
            str(repo), as_json, quiet, deep, started, common.s3_options(endpoint_url, region), on, age, jobs
        )
        return
    if deep:
        raise UsageError(
            "AUDIT_DEEP_S3_ONLY",
            "--deep applies to S3 buckets; a repository's audit already re-hashes every stored file",
        )
    settings = load_settings(config)
    on_cluster = common.cluster_from(cluster, settings)
    given = Path(repo).expanduser() if repo else None
    root = given if given is not None and object_spec(given) is not None else _open(repo, config).root
    with common.counting("auditing") as on_progress:
        report = audit(root, on_progress=on_progress, jobs=jobs, since=age, cluster=on_cluster)
    finish_audit(report, as_json=as_json, quiet=quiet, started=started)


def finish_audit(report: AuditReport, *, as_json: bool, quiet: bool, started: float) -> None:
    """Print an audit's report (JSON, or one line per finding), the summary for several objects, and exit
    1 on any damage: the same for a repository on disk and on S3."""
    if as_json:
        common.print_json(report.to_dict())
    else:
        render_audit(report, quiet=quiet)
    if len(report.objects) > 1:
        common.err.print(audit_summary(report, time.monotonic() - started), markup=False, highlight=False)
    if not report.ok:
        raise typer.Exit(int(ExitCode.FAILED))


def audit_summary(report: AuditReport, seconds: float) -> str:
    """One line for a repository of several objects: counts by verdict, and the time."""
    intact = [o for o in report.objects if o.ok]
    warned = common.with_warnings(sum(1 for o in intact if o.issues))
    skipped = sum(1 for o in intact if o.skipped_since is not None)
    parts: tuple[str, ...] = (
        f"{len(intact) - skipped} intact{warned}",
        f"{len(report.objects) - len(intact)} damaged",
    )
    if skipped:
        parts = (*parts, f"{skipped} skipped (checked recently)")
    return common.summary_line(len(report.objects), "object", parts, seconds)


def render_audit(report: AuditReport, *, quiet: bool = False) -> None:
    from rich.text import Text

    data = report.to_dict()
    verdict = "[green]INTACT[/green]" if report.ok else "[red]DAMAGED[/red]"
    if quiet and report.ok:  # nothing to report but the summary
        return
    common.out.print(
        f"{verdict} {report.root}: {common.count(data['objects'], 'object')}"
        + (f" ({data['skipped_objects']} skipped: checked recently)" if data["skipped_objects"] else "")
        + f", {common.count(data['files'], 'file')}, {data['damaged_objects']} damaged, "
        f"{common.count(data['errors'], 'error')}, {common.count(data['warnings'], 'warning')}"
    )
    if not report.issues:
        return
    for issue in report.issues:
        # One line per finding, as `validate` prints them: readable at any width, and easy to grep.
        severity = str(issue.finding.severity)
        if quiet and severity != "error":
            continue
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
    path: str = typer.Argument(
        ..., help="Folder for the new storage root (new or empty), or s3://BUCKET/PREFIX for one on S3."
    ),
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
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
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
        archiver repo init s3://archive/ocfl

    On S3 the root has the same layout and files as on disk. `ingest --into`, `repo list`, `repo show
    --from`, `export --from` and `audit` then take its s3:// URL: each new version's files are sent first,
    then its inventory, and the object's root inventory last, as a conditional write, so a version is
    there whole or not at all; one writer per object is held by a lock object taken with If-None-Match.
    """
    from archiver.repository import OcflRepository

    if repo_s3.is_s3(path):
        repo_s3.init_s3(path, layout, _layout_config(layout_params), common.s3_options(endpoint_url, region))
        return
    repo = OcflRepository.init(Path(path), layout=layout, layout_config=_layout_config(layout_params))
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
    repo: str | None = typer.Argument(None, help=f"{_REPO_HELP} Or s3://BUCKET/PREFIX."),
    since: str | None = typer.Option(
        None,
        "--since",
        help="Only objects updated at or after this date (2024-05-01, or a date-time with Z).",
    ),
    title: str | None = typer.Option(
        None, "--title", help="Only objects whose title contains this text (any case)."
    ),
    as_json: bool = common.json_option("Print one JSON object per object on stdout."),
    config: common.ConfigOption = None,
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
) -> None:
    """List the objects in a repository: latest version, number of versions, last change, ID and title.

    Titles come from each object's latest version (the article metadata, else bag-info.txt's Title or
    External-Description). For s3://BUCKET/PREFIX, the serialized bags `ingest --into s3://` wrote: name,
    size, upload time, External-Identifier and stored SHA-256.

    Example:

        archiver repo list ~/archive-repo --since 2024-05-01 --title harbour
        archiver repo list --json | jq -r .id
        archiver repo list s3://archive/news
    """
    if repo_s3.is_s3(repo):
        repo_s3.list_s3(str(repo), as_json, title, since, common.s3_options(endpoint_url, region))
        return
    from archiver.repository.browse import list_objects

    found = list_objects(_open(repo, config), since=common.parse_date(since), title=title)
    if as_json:
        for listed in found:
            common.print_json(listed.to_dict())
        return
    rows: list[tuple[str, ...]] = [
        (o.head, str(o.versions), o.updated, o.object_id, o.title or "-") for o in found
    ]
    if not rows:
        common.err.print("no objects" + (" match" if since or title else ""), markup=False)
        return
    print_table(("HEAD", "VERSIONS", "UPDATED", "ID", "TITLE"), rows)


def print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """Aligned columns under a header line; the last column is left as long as it is."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:-1])]
    for row in (headers, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        common.out.print("  ".join([*cells, row[-1]]), markup=False, highlight=False)


@repo_app.command("show", cls=ArchiverCommand)
def repo_show_command(
    object_id: ObjectIdArgument,
    version: str | None = typer.Option(
        None, "--version", help="Whose files to list, e.g. v1 or 1 (default: the latest)."
    ),
    from_repo: FromRepoOption = None,
    as_json: bool = common.json_option("Print the object's details as JSON on stdout."),
    config: common.ConfigOption = None,
    endpoint_url: common.EndpointUrlOption = None,
    region: common.RegionOption = None,
) -> None:
    """Show one object: its versions (time, user, message), one version's files, its events.

    Example:

        archiver repo show urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 --from ~/archive-repo
        archiver repo show urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 --version v1
    """
    if repo_s3.is_s3(from_repo):
        options = common.s3_options(endpoint_url, region)
        detail = repo_s3.show_s3(str(from_repo), object_id, version, options)
    else:
        detail = _open(from_repo, config).show(object_id, version)
    if as_json:
        common.print_json(detail.to_dict())
        return
    common.out.print(f"{detail.object_id}  ({detail.path})", markup=False)
    for v in detail.versions:
        user = (v.get("user") or {}).get("name", "-")
        common.out.print(
            f"  {v['version']:4} {v['created']}  {user}: {v['message']} ({v['files']} files)", markup=False
        )
    common.out.print(f"files of {detail.shown or detail.head}:", markup=False)
    for f in detail.files:
        digest = f.get("sha512") or f.get("sha256") or ""
        common.out.print(f"  {digest[:16]}  {f['path']}", markup=False)
    common.out.print(
        f"{len(detail.events)} events in logs/events.jsonl (`archiver repo log` lists them)", markup=False
    )


@repo_app.command("diff", cls=ArchiverCommand)
def repo_diff_command(
    object_id: ObjectIdArgument,
    old: str | None = typer.Argument(
        None, help="The earlier version, e.g. v1 (default: the one before NEW)."
    ),
    new: str | None = typer.Argument(None, help="The later version (default: the latest)."),
    from_repo: FromRepoOption = None,
    as_json: bool = common.json_option("Print the differences as JSON on stdout."),
    config: common.ConfigOption = None,
) -> None:
    """Show what changed between two versions of an object: files added, removed and changed, and the
    metadata fields that changed.

    Files are compared by their digests in the inventory (nothing is re-read); the metadata fields come
    from the article metadata JSON each version stores. Exit 0 whether or not they differ.

    Example:

        archiver repo diff urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 v1 v2
        archiver repo diff urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943     # the latest change
    """
    from archiver.repository.browse import diff_versions

    diff = diff_versions(_open_local(from_repo, config, "repo diff"), object_id, old, new)
    if as_json:
        common.print_json(diff.to_dict())
        return
    common.out.print(f"{diff.object_id} {diff.old} -> {diff.new}", markup=False)
    if diff.old == diff.new:
        common.out.print(f"  nothing to compare: both sides are {diff.new}", markup=False)
        return
    for mark, paths in (("added  ", diff.added), ("removed", diff.removed), ("changed", diff.changed)):
        for path in paths:
            common.out.print(f"  {mark} {path}", markup=False)
    if diff.same:
        common.out.print("  no file differs", markup=False)
    for change in diff.metadata:
        old_value = json.dumps(change["old"], ensure_ascii=False)
        new_value = json.dumps(change["new"], ensure_ascii=False)
        common.out.print(f"  metadata {change['field']}: {old_value} -> {new_value}", markup=False)


@repo_app.command("log", cls=ArchiverCommand)
def repo_log_command(
    object_id: ObjectIdArgument,
    from_repo: FromRepoOption = None,
    as_json: bool = common.json_option("Print one JSON event per line on stdout."),
    config: common.ConfigOption = None,
) -> None:
    """Show an object's preservation events (PREMIS: ingestion, fixity check), oldest first, one per line.

    Example:

        archiver repo log urn:uuid:9f7197bc-8759-5139-9cf0-dfeaf2fce943 --from ~/archive-repo
    """
    from archiver.repository.browse import event_line, object_log

    for event in object_log(_open_local(from_repo, config, "repo log"), object_id):
        if as_json:
            common.print_json(event)
        else:
            common.out.print(event_line(event), markup=False, highlight=False)
