"""``validate``: pick the right validator for each target and gather one Report per target.

A target is a bag folder, a serialized bag (``.tar``, ``.tar.gz``, ``.tgz``, ``.zip``), a WARC file
(``.warc``, ``.warc.gz``), a WACZ file (``.wacz``), or an OCFL 1.0/1.1 object or storage root (a folder
recognised by its declaration; checked against the version it declares, with the spec's own codes). For a bag the checks stack up: BagIt (RFC 8493), then
the BagIt profile (the one given with ``--profile``, and ours automatically when the bag names it), then, for
the tool's own packages, the cross-checks between article, metadata, WARC and WACZ, and finally the WARC
validator on every WARC and the WACZ validator on every WACZ in the payload, whoever made the bag: a web
archive inside a bag is only as good as its own structure, which the manifests cannot vouch for.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from archiver.errors import InternalError, UsageError
from archiver.formats import detect
from archiver.validation.findings import CodeInfo, Finding, Report, Severity, finding, register

if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec
    from archiver.formats.bagit.view import BagOpener, BagReader, BagView

__all__ = [
    "MAX_EMBEDDED_WACZ",
    "ValidateOptions",
    "check_beyond_bagit",
    "target_kind",
    "validate",
    "validate_target",
]

# The validators of each kind are imported where a target of that kind is met: `archiver validate` on a
# WARC or an OCFL root does not load the BagIt, profile and package checkers, and the other way round.

# A target is recognised by its content (archiver.formats.detect); the name endings decide only where
# the content says nothing, and pick out the WARCs and WACZs inside a bag's payload.
WARC_SUFFIXES = detect.WARC_SUFFIXES
ARC_SUFFIXES = detect.ARC_SUFFIXES
WACZ_SUFFIXES = detect.WACZ_SUFFIXES
ARCHIVE_SUFFIXES = detect.ARCHIVE_SUFFIXES
#: A WACZ inside a bag is a zip, read from its end, so it needs random access. A folder or a plain tar
#: opens it in place, seekably, whatever its size; a zip member or a compressed tar member streams forward
#: only, so such a WACZ is read into memory up to this size, and a larger one is reported as not validated
#: (WACZ-EMBEDDED-TOO-LARGE) rather than read in part, which would look like a broken zip. WARCs have no
#: such limit: they are always streamed.
MAX_EMBEDDED_WACZ = 256 * 1024 * 1024

CODES = register(
    CodeInfo(
        "WACZ-EMBEDDED-TOO-LARGE",
        Severity.WARNING,
        "WACZ 1.1.1",
        "a .wacz larger than 256 MiB in a zip or compressed-tar bag, which cannot be read in place, so the "
        "WACZ validator did not read it (in a folder or plain tar it is read whatever its size)",
    ),
    CodeInfo(
        "INTERNAL",
        Severity.ERROR,
        "archiver",
        "the validator met an unexpected error on this target (a bug in archiver: please report it, with "
        "the traceback --debug prints); the target was not judged, the other targets were",
    ),
)


@dataclass(frozen=True)
class ValidateOptions:
    fast: bool = False
    completeness_only: bool = False
    profile: Path | None = None
    jobs: int = 0
    strict: bool = False  # every warning counts as an error (Report.strict)


def target_kind(target: Path) -> str:
    """ "bag", "serialized-bag", "warc", "wacz", "ocfl-object" or "ocfl-storage-root"; raises a usage error
    for anything else. See :func:`detect_target`."""
    kind = detect_target(target).kind
    assert kind is not None
    return kind


def detect_target(target: Path) -> detect.Detection:
    """What a target is, by its content, never by its name alone (:mod:`archiver.formats.detect`).

    A folder is an OCFL object or storage root by its declaration (the ``0=ocfl_object_1.x`` or
    ``0=ocfl_1.x`` file, OCFL 1.1 §3.2, §4.2), else a bag. A file is what its first bytes say (WARC, ARC,
    gzip, bzip2, xz, tar, zip and what is inside); when they say nothing known, its name decides. Raises a
    usage error for a missing target and for one that neither its content nor its name makes a target.
    """
    if target.is_dir():
        return detect.detect_folder(target, _folder_kind(target))
    if not target.exists():
        raise UsageError("TARGET_MISSING", "no such file or folder", where=str(target))
    found = detect.detect_file(target)
    if found.kind is None:
        raise UsageError(
            "TARGET_UNKNOWN",
            "neither its content nor its name makes it a bag (folder, tar, tar.gz, tar.bz2, tar.xz or zip), "
            "a WARC (.warc, .warc.gz) or a WACZ",
            where=str(target),
        )
    return found


def _folder_kind(folder: Path) -> str:
    try:
        declared = [name for name in os.listdir(folder) if name.startswith("0=ocfl_")]
    except OSError:
        return "bag"  # unreadable: the bag validator reports why
    if any(name.startswith("0=ocfl_object_") for name in declared):
        return "ocfl-object"
    return "ocfl-storage-root" if declared else "bag"


def validate_target(target: Path, options: ValidateOptions, profile: dict[str, Any] | None = None) -> Report:
    """One target through the validator its content calls for; a name that says otherwise (or nothing)
    is reported first, as TARGET-NAME-MISMATCH."""
    found = detect_target(target)
    assert found.kind is not None
    report = _validate_as(found.kind, target, options, profile)
    mismatch = found.mismatch()
    if mismatch is not None:
        report.findings.insert(0, mismatch)
    return report


def _validate_as(
    kind: str, target: Path, options: ValidateOptions, profile: dict[str, Any] | None = None
) -> Report:
    if kind.startswith("ocfl-"):
        from archiver.formats.ocfl.root_validator import validate_ocfl  # only OCFL targets pay for the import

        fixity = not (options.fast or options.completeness_only)
        report = validate_ocfl(target, fixity=fixity, jobs=options.jobs)
        report.fixity_checked = fixity
        return report
    if kind == "warc":
        from archiver.formats.warc.validator import validate_warc_file

        return validate_warc_file(target)
    if kind == "wacz":
        from archiver.formats.wacz.validator import validate_wacz

        return validate_wacz(target)
    from archiver.formats.bagit.validator import BagOptions, validate_bag

    report, view, read = validate_bag(
        target, BagOptions(fast=options.fast, completeness_only=options.completeness_only, jobs=options.jobs)
    )
    if view is None or read is None:
        return report
    name = str(options.profile) if options.profile else "profile"
    archive = str(target) if kind == "serialized-bag" else None
    check_beyond_bagit(report, view, read, profile=profile, profile_name=name, archive_name=archive)
    return report


def check_beyond_bagit(
    report: Report,
    view: BagView,
    read: BagReader,
    *,
    profile: dict[str, Any] | None = None,
    profile_name: str = "profile",
    archive_name: str | None = None,
) -> None:
    """The checks that follow RFC 8493 on a bag, in order: the given profile, ours when the bag names it,
    the own-package cross-checks, profiles named but not checked, and every embedded WARC and WACZ.

    Shared by ``validate`` and by ingest (which runs the RFC 8493 part itself, while copying), so the two
    can never disagree on what makes a bag acceptable.
    """
    from archiver.validation.own_package import check_own_package, is_own_package
    from archiver.validation.profile import (
        builtin_profile_model_for,
        check_profile,
        profile_identifier,
        unfetched_profiles,
    )

    checked: list[str] = []
    if profile is not None:
        report.extend(
            check_profile(view, profile, profile_name=profile_name, read=read, archive_name=archive_name)
        )
        checked.append(profile_identifier(profile))
    ours = builtin_profile_model_for(view)
    if ours is not None and profile_identifier(ours) not in checked:
        checked.append(profile_identifier(ours))
        report.extend(check_profile(view, ours, profile_name="news-archiver profile", read=read))
    if (ours is not None or is_own_package(view)) and report.fixity_checked:
        report.extend(check_own_package(view, read))
    report.extend(unfetched_profiles(view, checked=checked))
    if report.fixity_checked:
        _check_embedded_warcs(report, view, read)
        _check_embedded_waczs(report, view, read)


def _stream_errors() -> tuple[type[BaseException], ...]:
    """What reading a payload file as a stream may raise once it is open (the member is damaged, or the
    archive breaks under it): the bag validator reports that file already, so the embedded check skips it.
    Anything else is a bug, and surfaces."""
    import lzma
    import tarfile
    import zipfile
    import zlib

    return (OSError, EOFError, zipfile.BadZipFile, zlib.error, lzma.LZMAError, tarfile.TarError)


def _open_payload(
    stack: contextlib.ExitStack, read: BagReader, open_file: BagOpener | None, path: str, limit: int
) -> BinaryIO | None:
    """A payload file as a binary stream: through the bag's opener (read as consumed), or, for a reader
    without one, from at most ``limit`` bytes read into memory. None if it cannot be opened (the bag
    validator's finding already)."""
    from archiver.formats.bagit.readers.base import READ_ERRORS

    try:
        if open_file is None:
            return BytesIO(read(path, limit))
        return stack.enter_context(open_file(path))
    except READ_ERRORS:
        return None


def _check_embedded_warcs(report: Report, view: BagView, read: BagReader) -> None:
    """Every WARC in the payload through the WARC validator, streamed through the bag's opener (constant
    memory whatever its size, whatever the bag's form), its findings filed under its bag path."""
    from archiver.formats.bagit.view import opener_of
    from archiver.formats.warc.validator import validate_warc_stream

    open_file = opener_of(read)
    for path in view.payload_files:
        if not path.lower().endswith(WARC_SUFFIXES):
            continue
        with contextlib.ExitStack() as stack:
            # A reader without an opener holds the file in memory already: read it whole, no cut.
            fh = _open_payload(stack, read, open_file, path, 1 << 62)
            if fh is None:
                continue
            try:
                findings, stats = validate_warc_stream(fh, name=path, path=path)
            except _stream_errors():
                continue
        report.extend(findings)
        report.stats["warc_records"] = report.stats.get("warc_records", 0) + stats.get("records", 0)


def _check_embedded_waczs(report: Report, view: BagView, read: BagReader) -> None:
    """Every ``.wacz`` in the payload through the WACZ validator, its findings filed under its bag path.

    Read in place where the bag can seek in it (a folder, a plain tar), else into memory up to
    MAX_EMBEDDED_WACZ (see there).
    """
    from archiver.formats.bagit.view import opener_of

    open_file = opener_of(read)
    for path in view.payload_files:
        if not path.lower().endswith(WACZ_SUFFIXES):
            continue
        from archiver.formats.wacz.validator import (  # only bags with one
            validate_wacz_bytes,
            validate_wacz_stream,
        )

        with contextlib.ExitStack() as stack:
            fh = _open_payload(stack, read, open_file, path, MAX_EMBEDDED_WACZ + 1)
            if fh is None:
                continue
            try:
                if open_file is not None and fh.seekable():
                    inner = validate_wacz_stream(fh, name=path)
                else:
                    data = fh.read(MAX_EMBEDDED_WACZ + 1)
                    if len(data) > MAX_EMBEDDED_WACZ:
                        message = (
                            f"{path} is larger than {MAX_EMBEDDED_WACZ} bytes and the bag's form (a zip or a "
                            "compressed tar) cannot be read in place; the WACZ validator did not read it"
                        )
                        report.findings.append(finding("WACZ-EMBEDDED-TOO-LARGE", path, message))
                        continue
                    inner = validate_wacz_bytes(data, name=path)
            except _stream_errors():
                continue
        report.extend(_within(path, f) for f in inner.findings)
        report.stats["wacz_files"] = report.stats.get("wacz_files", 0) + 1


def _within(path: str, found: Finding) -> Finding:
    """A finding about a WACZ member, re-filed under the WACZ's bag path (the file a reader can open), with
    the member named in the message instead."""
    message = found.message
    if found.path and not message.startswith(found.path):
        message = f"{found.path}: {message}"
    return Finding(found.code, found.severity, path, message)


def validate(
    targets: Sequence[Path],
    options: ValidateOptions = ValidateOptions(),
    *,
    on_report: Callable[[Report], None] | None = None,
    cluster: ClusterSpec | None = None,
) -> list[Report]:
    """Validate every target; a usage problem (missing target, unreadable profile, an unreachable cluster)
    raises before any work. With ``cluster`` the targets are validated as tasks on that Dask cluster
    (:mod:`archiver.cluster`), whose workers must see them at the same paths; reports come in input order."""
    profile = None
    if options.profile:
        from archiver.validation.profile import load_profile

        profile = load_profile(options.profile)
    for target in targets:
        target_kind(target)
    reports = []
    for report in _reports(targets, options, profile, cluster):
        report.strict = options.strict
        reports.append(report)
        if on_report is not None:
            on_report(report)
    return reports


def _reports(
    targets: Sequence[Path],
    options: ValidateOptions,
    profile: dict[str, Any] | None,
    cluster: ClusterSpec | None,
) -> Iterator[Report]:
    if cluster is None:
        for target in targets:
            yield _report_of(target, options, profile)
        return
    from archiver.cluster import CHUNK, connect, run_ordered_on_cluster

    # One target a task while there are few: a target may be a bag of gigabytes, and a chunk is validated
    # in turn on one worker. Many small bags go in chunks, as packaging's articles do, so that the cost of
    # a task (milliseconds) stays small beside the work.
    chunk = max(1, min(CHUNK, len(targets) // 64))
    work_on = [target.absolute() for target in targets]
    with connect(cluster) as client:
        arriving = run_ordered_on_cluster(work_on, _validate_stream, (options, profile), client, chunk=chunk)
        for target, report in zip(targets, arriving, strict=True):
            report.target = str(target)  # as given here, not as the workers were handed it
            yield report


def _validate_stream(
    feed: Iterator[tuple[int, Path]], emit: Callable[[list[tuple[int, Report]]], None], *args: Any
) -> None:
    """On a cluster's worker: validate the targets ``feed`` hands out, a report each
    (:data:`archiver.workers.Work`'s contract)."""
    options, profile = args
    for index, target in feed:
        emit([(index, _report_of(target, options, profile))])


def _report_of(target: Path, options: ValidateOptions, profile: dict[str, Any] | None) -> Report:
    try:
        return validate_target(target, options, profile)
    except Exception as exc:  # one target's bug must not stop the others (issue 19)
        return _internal_report(target, exc)


def _internal_report(target: Path, exc: Exception) -> Report:
    """The report of a target the validator failed on: one INTERNAL finding, so it counts as not valid."""
    error = InternalError.of(exc)
    kind = "unknown"
    with contextlib.suppress(Exception):
        kind = target_kind(target)
    return Report(str(target), kind, [finding("INTERNAL", None, f"{error.message} ({error.hint})")])
