"""Strict BagIt validation (RFC 8493, and BagIt 0.93 to 0.97 as far as those versions differ).

Every rule of the RFC that a bag can break has its own finding code (registered in :mod:`.codes`, each
with the RFC section it enforces); MUST rules give errors, SHOULD and MAY rules warnings. All findings
are reported, never only the first, and each names the file it concerns.

How the work is split: this module is the walk over one bag (:func:`validate_bag`, :class:`BagOptions`):
it reads each tag file once and hands it to the pure rules, split by the tag file they read
(:mod:`.declaration` for bagit.txt and tag-file text, :mod:`.manifests` for manifests, completeness and
fixity, :mod:`.baginfo` for bag-info.txt and fetch.txt; their codes are :mod:`.codes`). Those are pure
functions over bytes, strings and dicts, linear in the size of their input. All file and archive access
is in :mod:`archiver.formats.bagit.readers`, which never reads outside the bag and never extracts an
archive. The decisions and version rules below are each keyed where they are checked, in those modules.

Decisions (each explained where it is made):

* Unfetched fetch.txt entries are errors (``BAG-FETCH-UNFETCHED``): RFC 8493 section 3 calls a bag
  *complete* only when every file listed in every payload manifest is present, and *valid* only if
  complete; a bag with holes is neither until the files are fetched.
* Tag files that no tag manifest lists are warnings: section 2.2.1 says tag manifests SHOULD list them.
* Blank lines in manifests, bag-info.txt and fetch.txt are warnings: they hold no entry, so nothing can be
  misread, though the ABNF of section 7 has no place for them.
* An algorithm we cannot compute is a warning for its manifest (completeness is still checked against
  it); but a full validation with no payload manifest we can verify is an error
  (``BAG-NO-VERIFIABLE-MANIFEST``), since section 3 needs every checksum verified to call a bag valid.
* bag-info.txt continuation lines are joined keeping the line break and dropping the indentation, as the
  text of section 2.2.2 says ("except for linebreaks such padding does not form part of the value").
* A manifest name that differs from a file's name only in Unicode normalisation is matched to that file,
  with a warning, as section 6.1.1.3 recommends; names differing in case are not matched.

Bags that declare an older version are judged by what that version said, not by the RFC. The versions
are Internet-Drafts: 0.93 is draft-kunze-bagit-00, 0.94 is -01, 0.95 is -02, 0.96 is -03 to -05, 0.97 is
-06 to -14; -15 to -17 became RFC 8493 (1.0). Where the drafts of one version differ, the last one is
read. What differs, by version (each rule is keyed where it is checked):

* Paths (all drafts: "the pathname of a file relative to the base directory"): before 1.0 a path such as
  ``./data/a`` or ``data//a`` names its file, read with a warning; RFC 8493 §2.1.3 and the ABNF of §7
  start every payload path with ``data/``, so in 1.0 it stays an error.
* Percent-encoding of CR, LF and ``%`` is RFC 8493 §2.1.3 only: before 1.0 a path is literal, and
  ``%0A``, ``%0D``, ``%25`` are decoded only when no file has the literal name (bagit-python writes 0.97
  bags with ``%0A`` for LF).
* "Exactly once" per manifest is RFC 8493 §2.1.3 only: before 1.0 a path listed again with the same
  checksum loses nothing (a warning); with another checksum it is ambiguous (an error, as in 1.0).
* The metadata file is ``package-info.txt`` in 0.93 to 0.95 and ``bag-info.txt`` from 0.96
  (draft-kunze-bagit-07 appendix A.4); before 1.0 whitespace around its colon is allowed, and any
  element may be repeated (0.97 §2.2.2), so only conflicting Payload-Oxum values are reported.
* A ``*`` before a manifest path is allowed by 0.96 and 0.97 §2.1.3 (md5sum's binary mode); only 1.0 and
  0.93 to 0.95 bags get ``BAG-MANIFEST-MD5SUM-STYLE``.
* fetch.txt paths with a leading ``/`` are relative to the bag in 0.96 and 0.97 (§2.2.3).
* Completeness: 0.95 to 0.97 need each payload file in one payload manifest, not all (the "union" of
  draft-02 §6 and 0.97 §3), while 0.93 and 0.94 (drafts -00 and -01, §2.2 and §6) need every manifest to
  list every file. 0.93 and 0.94 had no tag manifests; their payload manifests may list top-level tag
  files, which are then verified. Before 1.0 a tag manifest need not list every payload manifest or tag
  file, and may list another tag manifest (only RFC 8493 §2.2.1 forbids it).
* Line endings (LF, CR, CRLF) are read the same way for every version; before 0.96 the drafts asked for
  LF or CRLF and told readers to accept CR too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from archiver.formats.bagit.baginfo import (
    FetchEntry,
    check_bag_info,
    check_fetch,
    check_oxum,
    is_present,
    lower_labels,
    parse_bag_info,
    parse_fetch,
    payload_oxum,
)
from archiver.formats.bagit.codes import sink
from archiver.formats.bagit.declaration import (
    V095,
    V096,
    V10,
    Declaration,
    decode_tag_file,
    parse_declaration,
)
from archiver.formats.bagit.manifests import (
    Manifest,
    Matched,
    check_payload,
    check_tag_manifests,
    compare_checksums,
    hash_requests,
    manifest_algorithm,
    name_clashes,
    parse_manifest,
)
from archiver.formats.bagit.readers.base import READ_ERRORS, TAG_FILE_LIMIT, BagFileReader, Listing, show
from archiver.formats.bagit.readers.choose import open_reader
from archiver.formats.bagit.view import BagReader, BagView
from archiver.validation.findings import Finding, Report, finding

__all__ = ["TAG_FILE_LIMIT", "BagOptions", "validate_bag", "validate_with"]


@dataclass(frozen=True)
class BagOptions:
    """``fast``: structure and Payload-Oxum only; ``completeness_only``: also every file against every
    manifest. Neither verifies a checksum. ``jobs``: threads for large files (0: one per core)."""

    fast: bool = False
    completeness_only: bool = False
    jobs: int = 0


def validate_bag(
    target: Path, options: BagOptions = BagOptions()
) -> tuple[Report, BagView | None, BagReader | None]:
    """Validate a bag folder or a serialized bag (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .zip) in place.

    Returns the report, the parsed view of the bag (None if no bag was found) and a reader over its
    files for the profile and own-package checks.
    """
    full = not (options.fast or options.completeness_only)
    opened = open_reader(Path(target))
    if isinstance(opened, Finding):
        report = Report(target=str(target), kind="bag", fixity_checked=full)
        report.findings.append(opened)
        return report, None, None
    reader = opened
    report = Report(target=str(target), kind=reader.kind, fixity_checked=full)
    try:
        _listing, view = validate_with(reader, report, options)
        if view is None:
            reader.close()
            return report, None, None
    except BaseException:
        reader.close()
        raise
    return report, view, reader.read  # the bound method: view.opener_of finds the reader's streaming open


def validate_with(
    reader: BagFileReader, report: Report, options: BagOptions = BagOptions()
) -> tuple[Listing, BagView | None]:
    """Validate the bag ``reader`` is open on, every finding going to ``report``: the bag's listing, and
    its parsed view (None when the listing is not usable, as for :func:`validate_bag`).

    :func:`validate_bag` chooses its reader; this is for a caller that brings its own. Ingest does
    (:mod:`archiver.repository.intake`): its reader's ``hash_files`` copies each file into the repository
    while computing the digests the manifests are compared with, so that each file is read once and what
    is stored is what was verified. The findings are those of :func:`validate_bag` for the same bag and
    options. The reader stays open: closing it is the caller's.
    """
    listing = reader.scan(speculate=not (options.fast or options.completeness_only))
    report.extend(listing.findings)
    if not listing.usable:
        return listing, None
    return listing, _Validation(reader, listing, options, report).run()


class _Validation:
    """One run over one listed bag: parse the tag files, cross-check, hash, compare."""

    def __init__(self, reader: BagFileReader, listing: Listing, options: BagOptions, report: Report) -> None:
        self.reader = reader
        self.listing = listing
        self.options = options
        self.report = report
        self.full = not (options.fast or options.completeness_only)
        self.version = V10  # the declared version, once bagit.txt is read
        files = listing.files
        self.tags = {p: s for p, s in files.items() if not p.startswith("data/")}
        self.payload = {p: s for p, s in files.items() if p not in self.tags} if self.tags else dict(files)

    def _read_tag(self, name: str) -> bytes | None:
        size = self.listing.files.get(name)
        if size is None:
            return None
        if size > TAG_FILE_LIMIT:
            self.report.findings.append(
                finding(
                    "BAG-TAGFILE-TOO-LARGE", show(name), f"{size} bytes; not read (limit {TAG_FILE_LIMIT})"
                )
            )
            return None
        try:
            data = self.reader.read(name, TAG_FILE_LIMIT + 1)
        except READ_ERRORS as exc:
            self.report.findings.append(
                finding("BAG-FILE-UNREADABLE", show(name), str(exc) or type(exc).__name__)
            )
            return None
        if len(data) > TAG_FILE_LIMIT:
            self.report.findings.append(
                finding("BAG-TAGFILE-TOO-LARGE", show(name), f"over {TAG_FILE_LIMIT} bytes; not read")
            )
            return None
        if size < 0:  # now known: lets hash_files hand a large manifest to a thread from the start
            self.listing.files[name] = len(data)
        return data

    def _lines(self, name: str, codec: str) -> list[str] | None:
        raw = self._read_tag(name)
        if raw is None:
            return None
        lines, found = decode_tag_file(raw, name, codec, self.version)
        self.report.extend(found)
        return lines

    def run(self) -> BagView:
        report, listing = self.report, self.listing
        # bagit.txt
        raw = self._read_tag("bagit.txt")
        if raw is None:
            if "bagit.txt" not in listing.files:
                report.findings.append(
                    finding("BAG-DECLARATION-MISSING", "bagit.txt", "the bag has no bagit.txt")
                )
            declaration = Declaration(None, None)
        else:
            declaration, found = parse_declaration(raw)
            report.extend(found)
        version, codec = declaration.version_info, declaration.codec
        self.version = version
        if "data" not in listing.dirs:
            report.findings.append(finding("BAG-PAYLOAD-DIR-MISSING", "data", "the bag has no data/ folder"))
        # manifests
        payload_manifests, tag_manifests = self._manifests(version, codec)
        # bag-info.txt (package-info.txt before 0.96) and fetch.txt
        info_name = self._info_name(version)
        bag_info: list[tuple[str, str]] = []
        info_lines = self._lines(info_name, codec)
        if info_lines is not None:
            bag_info, found = parse_bag_info(info_lines, version, info_name)
            report.extend(found)
            report.extend(check_bag_info(bag_info, info_name, version))
        fetch: list[FetchEntry] = []
        fetch_lines = self._lines("fetch.txt", codec)
        if fetch_lines is not None:
            fetch, found = parse_fetch(fetch_lines, "fetch.txt", version)
            report.extend(found)
        # names
        report.extend(name_clashes([*listing.files, *listing.dirs]))
        # completeness
        completeness = not self.options.fast
        payload_match = Matched()
        if completeness and payload_manifests:
            top_tags = {p: n for p, n in self.tags.items() if "/" not in p} if version < V095 else None
            payload_match, found = check_payload(
                payload_manifests, self.payload, listing.dirs, (e.path for e in fetch), version, top_tags
            )
            report.extend(found)
        tag_match, found = check_tag_manifests(
            tag_manifests,
            (m.name for m in payload_manifests),
            self.tags,
            listing.dirs,
            version,
            completeness=completeness,
        )
        report.extend(found)
        if completeness:
            report.extend(check_fetch(fetch, payload_manifests, self.payload))
        # checksums (in full mode the sizes come from these reads: the scan skipped stat)
        if self.full:
            self._fixity(payload_manifests, payload_match, tag_manifests, tag_match)
        self.reader.fill_sizes()
        self.payload = {p: listing.files[p] for p in self.payload}
        # Payload-Oxum: the shortcut in fast mode; in full mode checked as well, never instead
        # before 1.0 Payload-Oxum may be repeated with the same value (0.97 §2.2.2: any element MAY be)
        oxum = payload_oxum(bag_info if version >= V10 else list(dict.fromkeys(lower_labels(bag_info))))
        if oxum is not None:
            unfetched = [e for e in fetch if not is_present(e, self.payload)]
            report.extend(check_oxum(oxum, self.payload, unfetched, info_name))
        elif self.options.fast and not any(k.lower() == "payload-oxum" for k, _ in bag_info):
            report.findings.append(
                finding(
                    "BAG-FAST-UNCHECKED",
                    info_name,
                    "no Payload-Oxum: fast validation checked no payload; validate without --fast",
                )
            )
        report.stats.update(
            files=len(self.payload),
            bytes=sum(self.payload.values()),
            tag_files=len(self.tags),
            manifests=len(payload_manifests),
            tag_manifests=len(tag_manifests),
        )
        return BagView(
            name=listing.name,
            bagit_version=declaration.version,
            tag_encoding=declaration.encoding,
            bag_info=tuple(bag_info),
            manifest_algorithms=tuple(m.algorithm for m in payload_manifests),
            tagmanifest_algorithms=tuple(m.algorithm for m in tag_manifests),
            payload_files=tuple(sorted(self.payload)),
            tag_files=tuple(sorted(self.tags)),
            manifests={m.algorithm: m.entries for m in payload_manifests},
            has_fetch="fetch.txt" in listing.files,
            serialization=self.reader.serialization,
        )

    def _info_name(self, version: tuple[int, int]) -> str:
        """The metadata tag file: package-info.txt in 0.93 to 0.95 (drafts -00 §3, -01 and -02 §7),
        bag-info.txt from 0.96 (draft-03 §7, renamed as appendix A.4 of draft-07 records). A pre-0.96
        bag that has only a bag-info.txt is read from it, as its writer meant."""
        if version < V096 and "package-info.txt" in self.listing.files:
            return "package-info.txt"
        return "bag-info.txt"

    def _manifests(self, version: tuple[int, int], codec: str) -> tuple[list[Manifest], list[Manifest]]:
        payload: list[Manifest] = []
        tag: list[Manifest] = []
        for name in sorted(self.tags):
            if "/" in name:
                continue
            out = sink()
            parsed = manifest_algorithm(name, out)
            self.report.extend(out.close())
            if parsed is None:
                continue
            algorithm, hash_name, is_tag = parsed
            manifest = Manifest(name, algorithm, hash_name, is_tag)
            lines = self._lines(name, codec)
            if lines is not None:
                self.report.extend(parse_manifest(manifest, lines, version))
            (tag if is_tag else payload).append(manifest)
        if not payload:
            self.report.findings.append(
                finding("BAG-MANIFEST-MISSING", None, "no manifest-<algorithm>.txt in the bag's top folder")
            )
        elif self.full and all(m.hash_name is None for m in payload):
            self.report.findings.append(
                finding(
                    "BAG-NO-VERIFIABLE-MANIFEST", None, "no payload manifest uses an algorithm we can compute"
                )
            )
        return payload, tag

    def _fixity(
        self,
        payload_manifests: Sequence[Manifest],
        payload_match: Matched,
        tag_manifests: Sequence[Manifest],
        tag_match: Matched,
    ) -> None:
        """Hash every listed file once, with every algorithm any manifest wants for it, then compare."""
        wanted: list[tuple[str, Iterable[str]]] = []
        for manifests, matched in ((payload_manifests, payload_match), (tag_manifests, tag_match)):
            for manifest in manifests:
                if manifest.hash_name is not None:
                    wanted.append((manifest.hash_name, matched.files.get(manifest.name, {}).values()))
        jobs = self.options.jobs or os.cpu_count() or 1
        results = self.reader.hash_files(hash_requests(wanted), jobs)
        files = self.listing.files
        for path, size in results.sizes.items():
            files[path] = size
        self.report.extend(compare_checksums(payload_manifests, payload_match, results, tag=False))
        self.report.extend(compare_checksums(tag_manifests, tag_match, results, tag=True))
