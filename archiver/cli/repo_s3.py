"""The repository commands' S3 side: an ``s3://BUCKET/PREFIX`` is an OCFL storage root on S3 when it says so
(its ``0=ocfl_1.1`` key, OCFL 1.1 §4.2), else a bucket of serialized bags (APTrust-style receivers).

Cut from :mod:`archiver.cli.repo_cmd` because each command there reads a local repository and hands an
``s3://`` argument here; what an S3 prefix is, and the two kinds' output, are this module's. boto3 (the
optional ``s3`` extra) is imported only when one of these runs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from archiver.cli import common
from archiver.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from datetime import timedelta

    from archiver.cluster import ClusterSpec
    from archiver.repository.s3_ocfl import S3OcflRepository

__all__ = [
    "S3_SCHEME",
    "audit_s3",
    "export_s3",
    "ingest_s3",
    "init_s3",
    "is_s3",
    "list_s3",
    "show_s3",
]

S3_SCHEME = "s3://"


def is_s3(value: str | None) -> bool:
    return bool(value) and str(value).lower().startswith(S3_SCHEME)


def ocfl_root(url: str, options: Any) -> S3OcflRepository | None:
    """The OCFL storage root at ``url``, or None when the prefix holds none (a bucket of bags, or nothing)."""
    from archiver.errors import ArchiverError
    from archiver.repository.s3_ocfl import S3OcflRepository

    try:
        return S3OcflRepository.open(url, options=options)
    except ArchiverError as exc:
        if exc.code == "S3_NOT_OCFL_ROOT":
            return None
        raise


def _root(url: str, options: Any, command: str) -> S3OcflRepository:
    """The OCFL storage root a command that needs one was given; ``S3_NOT_OCFL_ROOT`` otherwise."""
    found = ocfl_root(url, options)
    if found is None:
        raise UsageError(
            "S3_NOT_OCFL_ROOT",
            f"`{command}` needs an OCFL storage root, and this prefix holds no 0=ocfl_1.1",
            where=url,
            hint="`archiver repo init s3://...` makes one; a bucket of bags is read by `repo list` and `audit`",
        )
    return found


# --- repo init ------------------------------------------------------------------------------------------


def init_s3(url: str, layout: str, layout_config: dict[str, Any] | None, options: Any) -> None:
    from archiver.repository.s3_ocfl import S3OcflRepository

    existed = ocfl_root(url, options) is not None
    repo = S3OcflRepository.init(url, options=options, layout=layout, layout_config=layout_config)
    state = "exists " if existed else "created"
    common.out.print(f"{state} OCFL repository at {repo.url}", markup=False)


# --- ingest ---------------------------------------------------------------------------------------------


def ingest_s3(
    bags: list[Path],
    url: str,
    *,
    as_json: bool,
    profile: str | None,
    quiet: bool,
    started: float,
    options: Any,
    ingest_options: dict[str, Any],
    cluster: ClusterSpec | None = None,
    jobs: int = 0,
) -> None:
    """``ingest --into s3://...``: new versions of objects in an OCFL root on S3 (``cluster``: as tasks on
    a Dask cluster), or tars in a bucket."""
    root = ocfl_root(url, options)
    if root is None:
        if cluster is not None:
            raise UsageError(
                "CLUSTER_S3_UNSUPPORTED",
                "--cluster does not send bags to a bucket of bags, only to an OCFL root on S3",
                where=url,
                hint="send them from this machine without --cluster; several bags go side by side",
            )
        if ingest_options.get("object_id") is not None:
            raise UsageError(
                "INGEST_ID_S3",
                "--id names an OCFL object; a bag sent to a bucket of bags is stored under its folder name",
                hint="add the External-Identifier to the bag's bag-info.txt (or ingest into an OCFL root)",
            )
        _send_bags(bags, url, as_json, profile, quiet, started, options)
        return
    if profile is not None:
        raise UsageError(
            "INGEST_PROFILE_S3_ONLY",
            "--profile applies to receiving buckets of bags, and this is an OCFL storage root",
            where=url,
            hint="validate against a profile with `archiver validate --profile`",
        )
    from archiver.cli.repo_cmd import ingest_summary, print_ingest

    with common.advancing("ingesting", len(bags)) as advance:

        def on_result(bag: Path, result: Any) -> None:
            if as_json or not (quiet and result.ok):
                print_ingest(bag, result, as_json)
            advance()

        if cluster is None:
            results = root.ingest_many(bags, jobs=jobs, on_result=on_result, **ingest_options)
        else:
            from archiver.repository.ingest_options import IngestOptions
            from archiver.repository.s3_ocfl_cluster import ingest_on_cluster

            chosen = IngestOptions(**ingest_options)
            results = ingest_on_cluster(url, options, bags, chosen, cluster, on_result=on_result)
    if len(bags) > 1:
        common.err.print(ingest_summary(results, time.monotonic() - started), markup=False, highlight=False)
    if not all(r.ok for r in results):
        raise typer.Exit(int(ExitCode.FAILED))


def _send_bags(
    bags: list[Path],
    url: str,
    as_json: bool,
    profile: str | None,
    quiet: bool,
    started: float,
    options: Any,
) -> None:
    """Each bag as one tar in a bucket of bags (:func:`archiver.repository.s3_ingest.ingest_to_s3`)."""
    from archiver.cli.repo_cmd import print_refused
    from archiver.repository.s3_ingest import ingest_to_s3

    results = ingest_to_s3(list(bags), url, options=options, profile=profile)
    for result in results:
        if as_json:
            common.print_json(result.to_dict())
        elif quiet and result.error is None:
            continue
        elif result.error is not None:
            print_refused(result.error.one_line(), result.findings)
        else:
            verified = " verified" if result.verified else ""
            common.out.print(
                f"{result.status:9} {result.url} etag {result.etag}{verified} <- {result.bag}", markup=False
            )
    if len(results) > 1:
        uploaded = sum(1 for r in results if r.status == "uploaded")
        exists = sum(1 for r in results if r.status == "exists")
        failed = len(results) - uploaded - exists
        parts = (f"{uploaded} uploaded", f"{exists} already there", f"{failed} failed")
        common.err.print(
            common.summary_line(len(results), "bag", parts, time.monotonic() - started),
            markup=False,
            highlight=False,
        )
    if not all(r.ok for r in results):
        raise typer.Exit(int(ExitCode.FAILED))


# --- export, show ---------------------------------------------------------------------------------------


def export_s3(url: str, object_id: str, output: Path, version: str | None, options: Any) -> Path:
    from archiver import identifiers

    repo = _root(url, options, "export")
    return repo.export(object_id, output / identifiers.bag_name(object_id), version=version)


def show_s3(url: str, object_id: str, version: str | None, options: Any) -> Any:
    return _root(url, options, "repo show").show(object_id, version)


# --- repo list ------------------------------------------------------------------------------------------


def list_s3(url: str, as_json: bool, title: str | None, since: str | None, options: Any) -> None:
    """``repo list s3://...``: an OCFL root's objects, or a bucket's bags from their listing and metadata."""
    from archiver.cli.repo_cmd import print_table

    root = ocfl_root(url, options)
    if root is not None:
        if title is not None:
            raise UsageError(
                "REPO_S3_NO_TITLES",
                "--title reads each object's metadata, which on S3 is one download per object",
                where=url,
                hint="list without --title, or filter the --json lines",
            )
        after = common.parse_date(since)
        objects = [o for o in root.list_objects() if after is None or _parse_time(o.updated) >= after]
        if as_json:
            for summary in objects:
                common.print_json(summary.to_dict())
            return
        if not objects:
            common.err.print("no objects" + (" match" if since else ""), markup=False)
            return
        print_table(
            ("HEAD", "VERSIONS", "UPDATED", "ID"),
            [(o.head, str(o.versions), o.updated, o.object_id) for o in objects],
        )
        return
    _list_bags(url, as_json, title, since, options)


def _parse_time(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def _list_bags(url: str, as_json: bool, title: str | None, since: str | None, options: Any) -> None:
    from archiver.cli.repo_cmd import print_table
    from archiver.repository.s3_browse import list_bags

    if title is not None:
        raise UsageError(
            "REPO_S3_NO_TITLES",
            "--title needs the stored metadata, which is inside each bag's tar in a bucket",
            where=url,
            hint="list without --title, or filter the --json lines by external_identifier",
        )
    found = list_bags(url, options, since=common.parse_date(since))
    if as_json:
        for stored in found:
            common.print_json(stored.to_dict())
        return
    rows: list[tuple[str, ...]] = [
        (str(b.size), b.modified, (b.sha256 or "-")[:16], b.external_identifier or "-", b.key) for b in found
    ]
    if not rows:
        common.err.print("no bags" + (" match" if since else ""), markup=False)
        return
    print_table(("SIZE", "UPLOADED", "SHA256", "ID", "KEY"), rows)


# --- audit ----------------------------------------------------------------------------------------------


def audit_s3(
    url: str,
    as_json: bool,
    quiet: bool,
    deep: bool,
    started: float,
    options: Any,
    cluster: ClusterSpec | None = None,
    since: timedelta | None = None,
    jobs: int = 0,
) -> None:
    """``audit s3://...``: an OCFL root's objects re-hashed and validated as a local audit does (``cluster``:
    as tasks on a Dask cluster; ``since``: those audited lately skipped), or every serialized bag's record
    checked (``--deep``: downloaded, re-hashed, validated)."""
    root = ocfl_root(url, options)
    if root is None:
        if cluster is not None or since is not None:
            option = "--cluster" if cluster is not None else "--since"
            raise UsageError(
                "AUDIT_OPTION_LOCAL_ONLY",
                f"{option} applies to an OCFL root on S3, not to a bucket of bags",
                where=url,
                hint=f"audit the bucket without {option}",
            )
        _audit_bags(url, as_json, quiet, deep, started, options)
        return
    if deep:
        raise UsageError(
            "AUDIT_DEEP_S3_ONLY",
            "--deep applies to buckets of bags; an OCFL root's audit already re-hashes every stored file",
            where=url,
        )
    from archiver.cli.repo_cmd import finish_audit

    with common.counting("auditing") as on_progress:
        if cluster is None:
            report = root.audit(since=since, jobs=jobs, on_progress=on_progress)
        else:
            from archiver.repository.s3_ocfl_cluster import audit_on_cluster

            report = audit_on_cluster(url, options, cluster, since=since, on_progress=on_progress)
    finish_audit(report, as_json=as_json, quiet=quiet, started=started)


def _audit_bags(url: str, as_json: bool, quiet: bool, deep: bool, started: float, options: Any) -> None:
    from archiver.repository.s3_browse import BagAudit, audit_bucket

    def on_result(audit: BagAudit) -> None:
        if as_json:
            common.print_json(audit.to_dict())
            return
        if quiet and audit.ok:
            return
        checked = "downloaded: sha256 matches, bag valid" if audit.validated else "recorded sha256, ETag"
        verdict = f"INTACT  {audit.bag.url} ({checked})" if audit.ok else f"DAMAGED {audit.bag.url}"
        common.out.print(verdict, markup=False, highlight=False)
        for problem in audit.problems:
            common.out.print(f"  error   {problem['code']}: {problem['message']}", markup=False)
        for f in audit.findings:
            if str(f.severity) == "error" or not quiet:
                common.out.print(f"  {f.severity:7} {f.code} {f.path or '-'}: {f.message}", markup=False)

    results = audit_bucket(url, options, deep=deep, on_result=on_result)
    intact = sum(1 for r in results if r.ok)
    parts = (f"{intact} intact", f"{len(results) - intact} damaged")
    common.err.print(
        common.summary_line(len(results), "bag", parts, time.monotonic() - started),
        markup=False,
        highlight=False,
    )
    if intact != len(results):
        raise typer.Exit(int(ExitCode.FAILED))
