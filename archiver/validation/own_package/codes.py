"""The codes of the own-package checks (``PKG-...``), registered with the validation registry, and the
limits and paths they use.

Cut here because the code table is what docs/validation-codes.md and the severity policy read, and every
other module of the package files its findings under these codes.
"""

from __future__ import annotations

from typing import Final

from archiver.own_profile import (
    EARLIER_PROFILE_IDS,
    METADATA_PATH,
    METADATA_SCHEMA_TAG,
    ORIGINAL_DIR,
    PROFILE_ID,
    WARC_DIR,
)
from archiver.validation.findings import CodeInfo, Severity, register

__all__ = ["CAPTURE_PATH", "CODES", "DEFAULT_LIMIT", "KNOWN_PROFILE_IDS", "MAX_SCHEMA_ERRORS", "WACZ_DIR"]

#: Largest file (and largest decompressed WARC) read whole. Our packages hold one news article each, so
#: anything bigger is reported as not checked rather than allowed to exhaust memory.
DEFAULT_LIMIT: Final = 64 * 1024 * 1024
#: Profiles whose bags follow the layout checked here. Add an older identifier when the profile version moves
#: on and the layout checks stay valid for it.
KNOWN_PROFILE_IDS: Final = (PROFILE_ID, *EARLIER_PROFILE_IDS)
#: Schema violations reported one by one; the rest are counted in one last finding.
MAX_SCHEMA_ERRORS: Final = 20
#: The file that marks a web capture (:mod:`archiver.web.package_url`), and where its WACZ goes.
CAPTURE_PATH: Final = "data/capture/capture.json"
WACZ_DIR: Final = "data/wacz"

_P = "news-archiver BagIt profile 1.x"
_E, _W = Severity.ERROR, Severity.WARNING

CODES = register(
    CodeInfo("PKG-METADATA-MISSING", _E, f"{_P}: {METADATA_PATH}", f"{METADATA_PATH} is absent"),
    CodeInfo(
        "PKG-METADATA-JSON",
        _E,
        f"RFC 8259; {_P}: {METADATA_PATH}",
        "the metadata file is not a UTF-8 JSON object (no BOM, no NaN, no repeated names)",
    ),
    CodeInfo(
        "PKG-SCHEMA-UNKNOWN",
        _E,
        f"{_P}: {METADATA_PATH} schema_version",
        "the metadata names no schema_version, or one with no committed schema under schemas/article-metadata/",
    ),
    CodeInfo(
        "PKG-METADATA-SCHEMA",
        _E,
        "JSON Schema 2020-12; schemas/article-metadata/<version>/article-metadata.schema.json",
        "the metadata does not validate against the schema of the version it names",
    ),
    CodeInfo(
        "PKG-ORIGINAL-COUNT",
        _E,
        f"{_P}: {ORIGINAL_DIR}/",
        f"{ORIGINAL_DIR}/ does not hold exactly one file (the original article)",
    ),
    CodeInfo(
        "PKG-ORIGINAL-SHA256",
        _E,
        f"{_P}: {ORIGINAL_DIR}/ and metadata original.sha256",
        "the original file's SHA-256 differs from the metadata's original.sha256",
    ),
    CodeInfo(
        "PKG-ORIGINAL-SIZE",
        _E,
        f"{_P}: {ORIGINAL_DIR}/ and metadata original.size",
        "the original file's size differs from the metadata's original.size",
    ),
    CodeInfo(
        "PKG-ORIGINAL-NAME",
        _W,
        f"{_P}: {ORIGINAL_DIR}/ and metadata original.filename",
        "the original file's name differs from the metadata's original.filename",
    ),
    CodeInfo(
        "PKG-WARC-COUNT", _E, f"{_P}: {WARC_DIR}/", f"{WARC_DIR}/ does not hold exactly one file (the WARC)"
    ),
    CodeInfo(
        "PKG-WARC-UNREADABLE",
        _E,
        f"ISO 28500 (WARC 1.1); {_P}: {WARC_DIR}/",
        "the WARC's records could not be read, so its content could not be compared",
    ),
    CodeInfo(
        "PKG-WARC-RESOURCE-COUNT",
        _E,
        f"WARC 1.1 §6.4; {_P}: {WARC_DIR}/",
        "the WARC does not hold exactly one resource record",
    ),
    CodeInfo(
        "PKG-WARC-RESOURCE-CONTENT",
        _E,
        f"WARC 1.1 §6.4; {_P}: {WARC_DIR}/",
        "the resource record's block is not exactly the bytes of the original file",
    ),
    CodeInfo(
        "PKG-WARC-METADATA-COUNT",
        _E,
        f"WARC 1.1 §6.6; {_P}: {WARC_DIR}/",
        "the WARC does not hold exactly one metadata record",
    ),
    CodeInfo(
        "PKG-WARC-METADATA-CONTENT",
        _E,
        f"WARC 1.1 §6.6; {_P}: {WARC_DIR}/",
        "the metadata record's block is not exactly the bytes of the metadata file",
    ),
    CodeInfo(
        "PKG-WARC-REFERS-TO",
        _E,
        f"WARC 1.1 §5.11; {_P}: {WARC_DIR}/",
        "the metadata record's WARC-Refers-To is not the resource record's WARC-Record-ID",
    ),
    CodeInfo(
        "PKG-WARC-TARGET-URI",
        _E,
        f"WARC 1.1 §5.14; {_P}: {WARC_DIR}/",
        "the resource record's WARC-Target-URI is not the metadata's source_url (else identifier)",
    ),
    CodeInfo(
        "PKG-EXTERNAL-IDENTIFIER",
        _E,
        f"RFC 8493 §2.2.2; {_P}: bag-info External-Identifier",
        "bag-info's External-Identifier differs from the metadata's identifier",
    ),
    CodeInfo(
        "PKG-SCHEMA-TAG",
        _E,
        f"{_P}: bag-info {METADATA_SCHEMA_TAG}",
        f"bag-info's {METADATA_SCHEMA_TAG} differs from the metadata's schema_id",
    ),
    CodeInfo(
        "PKG-FILE-TOO-LARGE",
        _W,
        f"{_P}",
        "a package file (or the decompressed WARC) exceeds the size limit, so its content was not checked",
    ),
    CodeInfo("PKG-FILE-UNREADABLE", _E, f"{_P}", "a package file listed in the bag could not be read"),
    # Web captures (data/capture/capture.json present)
    CodeInfo(
        "PKG-CAPTURE-JSON",
        _E,
        f"RFC 8259; {_P}: {CAPTURE_PATH}",
        "a web capture's capture.json is not a UTF-8 JSON object (no BOM, no NaN, no repeated names)",
    ),
    CodeInfo(
        "PKG-CAPTURE-MISMATCH",
        _E,
        f"{_P}: {CAPTURE_PATH}",
        "capture.json's final_url, warc.file or warc.page_response_record disagrees with the metadata or WARC",
    ),
    CodeInfo(
        "PKG-WARC-CAPTURE-CONTENT",
        _E,
        f"WARC 1.1 §6.6; {_P}: {WARC_DIR}/",
        "no metadata record of a web capture's WARC holds exactly the bytes of capture.json",
    ),
    CodeInfo(
        "PKG-WARC-METADATA-DUPLICATE",
        _E,
        f"WARC 1.1 §6.6; {_P}: {WARC_DIR}/",
        "more than one metadata record of a web capture's WARC holds the bytes of the metadata file (or of "
        "capture.json), so which one describes the capture is ambiguous",
    ),
    CodeInfo(
        "PKG-WARC-REFERS-TO-RESPONSE",
        _E,
        f"WARC 1.1 §5.11, §6.3; {_P}: {WARC_DIR}/",
        "a web capture's metadata records do not both refer (WARC-Refers-To) to one response record of the WARC",
    ),
    CodeInfo(
        "PKG-WARC-RESPONSE-TARGET-URI",
        _E,
        f"WARC 1.1 §5.14; {_P}: {WARC_DIR}/",
        "the page's response record's WARC-Target-URI is not the metadata's source_url",
    ),
    CodeInfo(
        "PKG-WARC-RESPONSE-HTTP",
        _E,
        f"WARC 1.1 §6.3; RFC 9112 §4, §7.1; RFC 9110 §8.4; {_P}: {WARC_DIR}/",
        "the page's response record is not an HTTP response whose entity can be decoded "
        "(head, chunked framing, Content-Encoding)",
    ),
    CodeInfo(
        "PKG-WARC-RESPONSE-CONTENT",
        _E,
        f"WARC 1.1 §6.3; RFC 9110 §8.4; {_P}: {WARC_DIR}/ and {ORIGINAL_DIR}/",
        "the page's HTTP entity, chunked framing and Content-Encoding removed, is not exactly the original file",
    ),
    CodeInfo(
        "PKG-WACZ-COUNT",
        _E,
        f"WACZ 1.1.1; {_P}: {WACZ_DIR}/",
        f"a web capture's {WACZ_DIR}/ does not hold exactly one file, a .wacz",
    ),
    CodeInfo(
        "PKG-WACZ-WARC",
        _E,
        f"WACZ 1.1.1 archive/; {_P}: {WACZ_DIR}/ and {WARC_DIR}/",
        "the WACZ's archive/ does not hold the bag's WARC byte for byte",
    ),
)
