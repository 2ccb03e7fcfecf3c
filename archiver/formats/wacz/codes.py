"""The validation codes of WACZ 1.1.1 (Web Archive Collection Zipped), registered with the findings.

Every code :mod:`archiver.formats.wacz.validator` reports; the findings of the WARCs inside a WACZ keep the
WARC codes of :mod:`archiver.formats.warc.codes`. Kept apart from the validator, as for WARC and OCFL, so
that the registry (and ``docs/validation-codes.md``) can be filled without loading the checks.
"""

from __future__ import annotations

from typing import Final

from archiver.validation.findings import CodeInfo, Severity, register

__all__ = ["CODES"]

_E, _W = Severity.ERROR, Severity.WARNING
_SPEC = "WACZ 1.1.1"

#: Every WACZ code.
CODES: Final = register(
    CodeInfo("WACZ-UNREADABLE", _E, _SPEC, "The file could not be opened or read."),
    CodeInfo("WACZ-NOT-ZIP", _E, f"{_SPEC} Zip Format", "The file is not a ZIP archive."),
    CodeInfo(
        "WACZ-ZIP-CORRUPT",
        _E,
        f"{_SPEC} Zip Format; APPNOTE 6.3",
        "A member cannot be read: bad compressed data, CRC mismatch, or a damaged directory entry.",
    ),
    CodeInfo(
        "WACZ-ZIP-UNSAFE-PATH",
        _E,
        f"{_SPEC} Zip Format",
        "A member name is absolute, has '..', a backslash or a drive letter: unpacked, it would escape its folder.",
    ),
    CodeInfo("WACZ-ZIP-DUPLICATE", _E, f"{_SPEC} Zip Format", "Two members have the same name."),
    CodeInfo(
        "WACZ-ZIP-UNSUPPORTED",
        _E,
        f"{_SPEC} Zip Format",
        "A member is encrypted or uses a compression method other than STORE or DEFLATE.",
    ),
    CodeInfo(
        "WACZ-ZIP-BOMB",
        _E,
        f"{_SPEC} Zip Format",
        "Safety limit: a member declared over 4 GiB, or expanding over 1000-fold past 64 MiB; not read.",
    ),
    CodeInfo(
        "WACZ-ZIP-COMPRESSED-ARCHIVE",
        _W,
        f"{_SPEC} Zip Compression",
        "An archive/ WARC or a .cdx.gz index is DEFLATEd in the zip: it should be STOREd so readers can seek.",
    ),
    CodeInfo(
        "WACZ-FILE-MISSING",
        _E,
        f"{_SPEC} Directories and Files",
        "A required file is absent: datapackage.json, pages/pages.jsonl, a WARC in archive/, an index in indexes/.",
    ),
    CodeInfo(
        "WACZ-DATAPACKAGE-INVALID",
        _E,
        f"{_SPEC} datapackage.json",
        "datapackage.json is not a JSON object with profile 'data-package' and a resources list of path, hash, bytes.",
    ),
    CodeInfo(
        "WACZ-VERSION-OLD",
        _W,
        f"{_SPEC} datapackage.json",
        "wacz_version is absent or older than 1.1.1 (e.g. the 1.0.0 'stats'/'hashing' layout); read as such.",
    ),
    CodeInfo(
        "WACZ-RESOURCE-MISSING",
        _E,
        f"{_SPEC} datapackage.json",
        "A resource listed in datapackage.json is absent.",
    ),
    CodeInfo(
        "WACZ-RESOURCE-HASH",
        _E,
        f"{_SPEC} datapackage.json",
        "A member's digest differs from its resource's hash in datapackage.json.",
    ),
    CodeInfo(
        "WACZ-RESOURCE-SIZE",
        _E,
        f"{_SPEC} datapackage.json",
        "A member's size differs from its resource's bytes in datapackage.json.",
    ),
    CodeInfo(
        "WACZ-RESOURCE-UNLISTED",
        _E,
        f"{_SPEC} Other files and directories",
        "A member (other than datapackage.json and datapackage-digest.json) is not listed in resources.",
    ),
    CodeInfo(
        "WACZ-HASH-UNSUPPORTED",
        _W,
        f"{_SPEC} datapackage.json",
        "A hash names an algorithm this validator does not know, or is malformed: that member is not verified.",
    ),
    CodeInfo(
        "WACZ-DIGEST-MISSING",
        _W,
        f"{_SPEC} datapackage-digest.json",
        "No datapackage-digest.json (SHOULD be present): datapackage.json itself is not protected.",
    ),
    CodeInfo(
        "WACZ-DIGEST-INVALID",
        _E,
        f"{_SPEC} datapackage-digest.json",
        "datapackage-digest.json is not a JSON object with path 'datapackage.json' and a hash.",
    ),
    CodeInfo(
        "WACZ-DIGEST-MISMATCH",
        _E,
        f"{_SPEC} datapackage-digest.json",
        "The hash in datapackage-digest.json is not that of datapackage.json.",
    ),
    CodeInfo(
        "WACZ-SIGNATURE-UNVERIFIED",
        _W,
        "WACZ Signing and Verification 0.1.0",
        "datapackage-digest.json carries a signature, which was not verified (no trust chain is checked).",
    ),
    CodeInfo(
        "WACZ-PAGES-INVALID",
        _E,
        f"{_SPEC} pages.jsonl",
        "A pages.jsonl line is not a JSON object, or a page lacks url or an RFC 3339 ts.",
    ),
    CodeInfo(
        "WACZ-PAGES-HEADER",
        _W,
        f"{_SPEC} pages.jsonl",
        "pages.jsonl does not start with a header line ({'format': 'json-pages-1.0', ...}).",
    ),
    CodeInfo(
        "WACZ-INDEX-INVALID",
        _E,
        f"{_SPEC} indexes; CDXJ",
        "An index line is not '<key> <timestamp> <json>' with filename, offset and length, or a ZipNum block is broken.",
    ),
    CodeInfo(
        "WACZ-INDEX-UNSORTED",
        _E,
        f"{_SPEC} Processing Model",
        "Index lines are not sorted (lookups binary-search).",
    ),
    CodeInfo(
        "WACZ-INDEX-TARGET",
        _E,
        f"{_SPEC} indexes; CDXJ",
        "An index line points at no WARC record: unknown file, offset or length out of range, or no record there.",
    ),
    CodeInfo(
        "WACZ-INDEX-RECORD-MISMATCH",
        _E,
        f"{_SPEC} indexes; CDXJ",
        "The record an index line points at has another WARC-Target-URI or WARC-Date than the line says.",
    ),
    CodeInfo(
        "WACZ-INDEX-NOT-REPLAYABLE",
        _W,
        f"{_SPEC} indexes; WARC 1.1 §6.6",
        "An index line points at a metadata, request or warcinfo record: under a page URL it shadows the page.",
    ),
    CodeInfo(
        "WACZ-PAGE-NOT-INDEXED",
        _W,
        f"{_SPEC} pages.jsonl",
        "A page's url has no line in the index: it cannot replay.",
    ),
)
