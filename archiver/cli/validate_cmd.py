"""``archiver validate``."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from archiver.cli import common
from archiver.errors import ExitCode
from archiver.validation.findings import Report, Severity
from archiver.validation.run import ValidateOptions, validate  # light: each validator loads when needed

if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec

__all__ = ["validate_command"]


def validate_command(
    targets: list[Path] = typer.Argument(
        ...,
        help="Bag folders, serialized bags (.tar, .tar.gz, .tgz, .zip), WARC files (.warc, .warc.gz), WACZ files, "
        "OCFL objects or OCFL storage roots.",
    ),
    profile: Path | None = typer.Option(
        None,
        "--profile",
        help="Also check bags against this profile: aptrust, btr or default (shipped), or a profile file "
        "in BagIt Profiles 1.x or DART JSON form.",
    ),
    fast: bool = typer.Option(
        False, "--fast", help="Structure and Payload-Oxum only. Does NOT verify checksums (fixity)."
    ),
    completeness_only: bool = typer.Option(
        False,
        "--completeness-only",
        help="Every manifest entry present and every file listed. Does NOT verify checksums (fixity).",
    ),
    jobs: int = common.jobs_option("Threads for hashing"),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Every warning counts as an error (exit 1): for an archive that writes its own files and wants "
        "them exact. Findings keep their severities; only the verdict changes.",
    ),
    quiet: bool = common.quiet_option(
        "Print only the targets that fail, with their errors, and the summary."
    ),
    as_json: bool = common.json_option("Print one JSON report per target on stdout."),
    cluster: str | None = typer.Option(
        None,
        "--cluster",
        metavar="ADDRESS",
        help="Validate the targets as tasks on a Dask cluster: tcp://HOST:PORT (a running `dask scheduler` "
        "whose workers see the targets at the same paths) or local:N (N workers here). Default: "
        "$ARCHIVER_CLUSTER, else none (validate reads no config file).",
    ),
) -> None:
    """Validate bags and WARC files strictly: every finding, with a stable code, the file and the rule.

    Bags are checked against RFC 8493 (every checksum in every manifest, Payload-Oxum, fetch.txt, safety of
    every path); a bag naming a BagIt profile we know is checked against it; the tool's own packages are
    cross-checked (metadata schema, article bytes in the WARC, identifiers). WARCs are checked against
    WARC 1.0/1.1 (mandatory fields, digests, truncation, gzip members); WACZ files and the WACZ inside
    captured packages against WACZ 1.1.1 (every hash, the index pointing at real records). A folder holding
    0=ocfl_object_1.x or 0=ocfl_1.x is an OCFL object or storage root, checked against the OCFL version it
    declares with the specification's own codes (E001 ... E112, W001 ... W016), every stored file hashed.
    Exit 0 valid (warnings allowed), 1 invalid, 2 usage error. Several targets end with a summary line on
    stderr. Codes, their severities and why are listed in docs/validation-codes.md.

    Example:

        archiver validate bags/* archive.warc.gz --json
        archiver validate --strict --quiet bags/*
        archiver validate /srv/fedora/ocfl-root
        archiver validate /shared/bags/* --cluster tcp://scheduler.example.org:8786
    """
    options = ValidateOptions(
        fast=fast, completeness_only=completeness_only, profile=profile, jobs=jobs, strict=strict
    )
    on = _cluster(cluster)
    started = time.monotonic()
    reports = _run(targets, options, as_json, quiet, on)
    if len(reports) > 1:
        common.err.print(summary(reports, time.monotonic() - started), markup=False, highlight=False)
    if not all(r.valid for r in reports):
        raise typer.Exit(int(ExitCode.FAILED))


def _cluster(option: str | None) -> ClusterSpec | None:
    """``--cluster``, else ``$ARCHIVER_CLUSTER``: validate reads no config file, so that checking one bag
    does not pay for loading the settings."""
    address = option or os.environ.get("ARCHIVER_CLUSTER")
    if not address:
        return None
    from archiver.cluster import ClusterSpec

    return ClusterSpec.parse(address)


def _run(
    targets: list[Path], options: ValidateOptions, as_json: bool, quiet: bool, cluster: ClusterSpec | None
) -> list[Report]:
    def on_report(report: Report) -> None:
        if as_json:
            common.print_line(json.dumps(report.to_dict(), ensure_ascii=False))
        elif not (quiet and report.valid):
            render(report, errors_only=quiet)

    if len(targets) < 2:  # no progress bar for one target: rich.progress is not even imported
        return validate(targets, options, on_report=on_report, cluster=cluster)
    with common.advancing("validating", len(targets)) as advance:

        def advance_and_print(report: Report) -> None:
            advance()
            on_report(report)

        return validate(targets, options, on_report=advance_and_print, cluster=cluster)


def summary(reports: list[Report], seconds: float) -> str:
    """One line for several targets: counts by verdict, how many valid ones carry warnings, and the time."""
    valid = [r for r in reports if r.valid]
    warned = common.with_warnings(sum(1 for r in valid if r.warnings))
    parts = (f"{len(valid)} valid{warned}", f"{len(reports) - len(valid)} invalid")
    return common.summary_line(len(reports), "target", parts, seconds)


def render(report: Report, *, errors_only: bool = False) -> None:
    """A verdict line, then one line per finding: severity, code, file, message (easy to read and to grep).
    Under ``--strict`` the warnings that made a target invalid are shown as well with ``errors_only``."""
    verdict = ("VALID", "green") if report.valid else ("INVALID", "red")
    counts = f"{len(report.errors)} errors, {len(report.warnings)} warnings"
    note = ("", None) if report.fixity_checked else ("  (checksums NOT verified)", "yellow")
    strict = "  (--strict: warnings count as errors)" if report.strict and report.warnings else ""
    common.print_styled(verdict, (f" {report.kind} {report.target}: {counts}", None), note, (strict, None))
    shown = report.findings
    if errors_only and not report.strict:
        shown = report.errors
    for f in shown:
        severity = "red" if f.severity is Severity.ERROR else "yellow"
        common.print_styled(
            ("  ", None), (f"{f.severity:7}", severity), (f" {f.code} {f.path or '-'}: {f.message}", None)
        )
