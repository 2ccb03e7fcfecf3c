"""Checks of the tool's own packages: what the BagIt and WARC rules cannot see.

A bag made by ``archiver package`` can be a perfectly valid bag, with a perfectly valid WARC inside, and still
be wrong: metadata that no longer validates, an original whose digest is not the one its metadata records,
a WARC that holds some other article, or identifiers that disagree between bag-info, metadata and WARC. The
manifests cannot catch any of this when whoever changed a file also rewrote the manifests. These checks run
on every bag that names our profile (``BagIt-Profile-Identifier``), and only there: another tool's bag owes
nothing to our layout.

They read the bag only through :class:`~archiver.validation.model.BagView` and a
:class:`~archiver.validation.model.BagReader`, so folders, tars and zips are all the same here, and each file
is read at most once, up to a size limit: a file over the limit is reported as not checked (a warning),
never read whole. Structural rules of the WARC (headers, digests, truncation) belong to the WARC validator;
here the WARC is only split into records to compare their blocks and identifiers with the bag's files.

Layout checked (``archiver.profile``): ``data/metadata/article-metadata.json`` (JSON, valid against the
committed schema of the ``schema_version`` it names), exactly one file under ``data/original/`` (its SHA-256
and size those of ``metadata.original``), exactly one WARC under ``data/warc/`` whose single resource record
holds the original's bytes under ``WARC-Target-URI`` = the metadata's ``source_url`` (else its
``identifier``), and whose single metadata record holds the metadata file's bytes and refers to the resource
record. bag-info's ``External-Identifier`` is the metadata's ``identifier`` and its
``Archiver-Metadata-Schema`` the metadata's ``schema_id``. A bag-info tag that is absent is not reported
here: the profile check (run on the same bag) reports it as ``PROFILE-TAG-REQUIRED``.

A bag captured from the web (``archiver package URL``, :mod:`archiver.web.package_url`) is recognised by its
``data/capture/capture.json`` and has another WARC: no resource record, but request/response pairs (one per
redirect hop and resource), revisits, and two metadata records (the metadata file, then capture.json), each
under its own URN and referring to the page's final response. There the rules are: capture.json is a JSON
object; exactly one metadata record holds the metadata file's bytes and exactly one capture.json's, both
referring to the same response record; that response is filed under the metadata's ``source_url``, and
its HTTP entity, with chunked framing and Content-Encoding undone exactly as the capture undid them
(:mod:`archiver.web.http`), is the original byte for byte; capture.json names that URL, that record and that
WARC; and ``data/wacz/`` holds exactly one WACZ, whose ``archive/`` holds the bag's WARC byte for byte. The
WACZ's own structure is the WACZ validator's (run on every ``.wacz`` of every bag).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from dataclasses import field as _field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from archiver.profile import (
    EARLIER_PROFILE_IDS,
    METADATA_PATH,
    METADATA_SCHEMA_TAG,
    ORIGINAL_DIR,
    PROFILE_ID,
    WARC_DIR,
)
from archiver.schema_ids import SCHEMA_BASE
from archiver.schemas import default_schemas_dir
from archiver.validation.findings import CodeInfo, Finding, Severity, finding, register
from archiver.validation.model import BagReader, BagView
from archiver.validation.profile import json_kind
from archiver.validation.schema_check import Check, compile_schema
from archiver.warc import to_uri

if TYPE_CHECKING:
    from jsonschema.protocols import Validator  # jsonschema itself is imported when a document needs it

    from archiver.formats.warc.records import Record

# archiver.web.http is imported by the two functions that read captured HTTP responses: importing it runs
# archiver.web's __init__, which loads the capture options and the settings (pydantic), and a bag of an
# article file has no response to read (issue 14).

__all__ = [
    "CAPTURE_PATH",
    "CODES",
    "DEFAULT_LIMIT",
    "KNOWN_PROFILE_IDS",
    "WACZ_DIR",
    "check_own_package",
    "is_own_package",
    "is_web_package",
]

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


def is_own_package(view: BagView) -> bool:
    """Whether the bag promises the layout checked here: it names one of our profiles, or (a bag made for a
    receiver's profile with ``package --profile``, naming that profile instead) it carries our metadata
    schema tag, which only archiver writes."""
    if any(v.strip() in KNOWN_PROFILE_IDS for v in view.info_values("BagIt-Profile-Identifier")):
        return True
    schemas = f"{SCHEMA_BASE}/article-metadata/"
    return any(v.strip().startswith(schemas) for v in view.info_values(METADATA_SCHEMA_TAG))


def is_web_package(view: BagView) -> bool:
    """Whether the bag is a web capture: capture.json is what only ``package URL`` writes.

    Present, or named in a manifest: a capture whose capture.json was lost is still a capture (checked as
    one, the loss reported once), not a file package with the wrong WARC records.
    """
    return CAPTURE_PATH in view.payload_files or any(
        CAPTURE_PATH in paths for paths in view.manifests.values()
    )


def check_own_package(
    view: BagView, read: BagReader, *, limit: int = DEFAULT_LIMIT, schemas_dir: Path | None = None
) -> list[Finding]:
    """Every disagreement between the files of one of our packages; empty for another tool's bag.

    ``limit`` caps the bytes read from any one file and the decompressed size of the WARC. ``schemas_dir``
    is where the committed metadata schemas are (``archiver.schemas.default_schemas_dir()`` by default).
    """
    if not is_own_package(view):
        return []
    out: list[Finding] = []
    meta_bytes, meta = _load_metadata(read, limit, out)
    if meta is not None:
        out += _check_schema(meta, schemas_dir or default_schemas_dir())
    original = _check_original(view, read, limit, meta, out)
    if is_web_package(view):
        out += _check_web_capture(view, read, limit, _Files(original, meta_bytes, meta))
    else:
        warc = _load_warc(view, read, limit, out)
        if warc is not None:
            out += _compare_warc(warc, original, meta_bytes, meta)
    if meta is not None:
        out += _check_bag_info(view, meta)
    return out


# --------------------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class _Digest:
    """What comparisons need of a file or record block: its path, size and SHA-256, not its bytes."""

    path: str
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str, data: bytes) -> _Digest:
        return cls(path, len(data), hashlib.sha256(data).hexdigest())

    def describe(self) -> str:
        return f"{self.size} bytes, SHA-256 {self.sha256}"


def _read(read: BagReader, path: str, limit: int, out: list[Finding], absent: Finding) -> bytes | None:
    """The file's bytes, or None after adding why not (``absent`` when the reader has no such file)."""
    try:
        data = read(path, limit + 1)
    except KeyError:
        out.append(absent)
        return None
    except OSError as exc:
        out.append(finding("PKG-FILE-UNREADABLE", path, f"{path} could not be read: {exc.strerror or exc}"))
        return None
    if len(data) > limit:
        out.append(
            finding(
                "PKG-FILE-TOO-LARGE",
                path,
                f"{path} is larger than {limit} bytes; its content was not compared with the rest of the package",
            )
        )
        return None
    return data


def _load_metadata(
    read: BagReader, limit: int, out: list[Finding]
) -> tuple[bytes | None, dict[str, Any] | None]:
    """The metadata file's bytes and its JSON object (None for either when unavailable)."""
    absent = finding(
        "PKG-METADATA-MISSING",
        METADATA_PATH,
        f"{METADATA_PATH} is absent; every package of our profile has it",
    )
    raw = _read(read, METADATA_PATH, limit, out, absent)
    if raw is None:
        return None, None
    return raw, _json_object(raw, METADATA_PATH, "PKG-METADATA-JSON", out)


def _json_object(raw: bytes, path: str, code: str, out: list[Finding]) -> dict[str, Any] | None:
    """The file's JSON object, strictly per RFC 8259; None after adding a finding of ``code`` if it is not."""
    try:
        document = json.loads(
            raw.decode("utf-8"), parse_constant=_no_constant, object_pairs_hook=_unique_names
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        out.append(finding(code, path, f"{path} is not UTF-8 JSON: {exc}"))
        return None
    if not isinstance(document, dict):
        out.append(finding(code, path, f"{path} is a JSON {json_kind(document)}, not an object"))
        return None
    return document


def _no_constant(name: str) -> Any:
    """RFC 8259 has no NaN or Infinity; Python's json would accept them."""
    raise ValueError(f"{name} is not JSON (RFC 8259 section 6)")


def _unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse repeated member names: a schema validator sees only the last, a human reading the file the first."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"member name {key!r} repeated in one object (RFC 8259 section 4)")
        result[key] = value
    return result


# --------------------------------------------------------------------------------------------------------
# Metadata schema


_VERSION_RE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\Z")


def _check_schema(meta: dict[str, Any], schemas_dir: Path) -> list[Finding]:
    """Validate against the committed schema of the version the metadata names (Draft 2020-12).

    The version, not the tool's current one, decides: a package made years ago under schema 1.0.0 stays
    valid under 1.0.0 however far the model has moved on. ``format`` keywords are annotations (the
    2020-12 default); the model that wrote the file enforced them.
    """
    version = meta.get("schema_version")
    if not isinstance(version, str) or not _VERSION_RE.match(version):
        return [
            finding(
                "PKG-SCHEMA-UNKNOWN",
                METADATA_PATH,
                f"{METADATA_PATH} schema_version is {version!r}, not a version such as '1.0.0'",
            )
        ]
    loaded = _schema(str(schemas_dir), version)
    if loaded is not None and loaded[1] is not None and loaded[1](meta):
        return []  # the common case, proved without jsonschema's cost (schema_check), nor its import
    validator = _validator(str(schemas_dir), version)
    if validator is None:
        return [
            finding(
                "PKG-SCHEMA-UNKNOWN",
                METADATA_PATH,
                f"{METADATA_PATH} names schema_version {version}, for which no schema is committed "
                f"(schemas/{_schema_relpath(version)}); it cannot be validated",
            )
        ]
    errors = sorted(validator.iter_errors(meta), key=lambda e: (e.json_path, e.message))
    out = [
        finding(
            "PKG-METADATA-SCHEMA",
            METADATA_PATH,
            f"{METADATA_PATH} {e.json_path}: {_shorten(e.message)} (article-metadata schema {version})",
        )
        for e in errors[:MAX_SCHEMA_ERRORS]
    ]
    if len(errors) > MAX_SCHEMA_ERRORS:
        out.append(
            finding(
                "PKG-METADATA-SCHEMA",
                METADATA_PATH,
                f"{METADATA_PATH}: {len(errors) - MAX_SCHEMA_ERRORS} more schema violations not listed",
            )
        )
    return out


def _schema_relpath(version: str) -> str:
    return f"article-metadata/{version}/article-metadata.schema.json"


@lru_cache(maxsize=16)
def _schema(schemas_dir: str, version: str) -> tuple[Any, Check | None] | None:
    """One committed schema version and its fast yes/no check (None where the schema is beyond
    :mod:`schema_check`, or malformed in a way it notices); None when no such file can be read as JSON.

    Importing jsonschema costs more than the rest of validating a one-article bag (issue 14), so a
    document the fast check accepts is not looked at by jsonschema at all; nor is the schema checked
    against the 2020-12 metaschema then (the committed schemas are, by the test suite). Any other
    document goes to :func:`_validator`, which does both."""
    try:
        schema = json.loads((Path(schemas_dir) / _schema_relpath(version)).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    try:
        return schema, compile_schema(schema)
    except (re.error, TypeError, ValueError):  # e.g. a pattern that is no regular expression
        return schema, None


@lru_cache(maxsize=16)
def _validator(schemas_dir: str, version: str) -> Validator | None:
    """jsonschema's validator of one committed schema version; None when no such schema is committed
    (or it is broken: not valid against the metaschema)."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    loaded = _schema(schemas_dir, version)
    if loaded is None:
        return None
    try:
        Draft202012Validator.check_schema(loaded[0])
    except SchemaError:
        return None
    return Draft202012Validator(loaded[0])


def _shorten(text: str, limit: int = 300) -> str:
    """jsonschema messages repeat the offending value, which may be a whole object."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------------------
# The original


def _files_in(view: BagView, folder: str) -> list[str]:
    """The payload files under ``folder`` (a bag-relative folder such as ``data/warc``), sorted."""
    prefix = folder + "/"
    return sorted(p for p in view.payload_files if p.startswith(prefix))


def _count_finding(code: str, folder: str, files: list[str], role: str) -> Finding:
    """A folder that should hold exactly one file holds another number of them."""
    return finding(code, folder + "/", f"{folder}/ holds {len(files)} files{_listing(files)}; {role}")


def _read_payload(read: BagReader, path: str, limit: int, out: list[Finding]) -> bytes | None:
    """A payload file's bytes, or None with a finding when it cannot be read or is too large."""
    absent = finding("PKG-FILE-UNREADABLE", path, f"{path} is in the bag but could not be read")
    return _read(read, path, limit, out, absent)


def _check_original(
    view: BagView, read: BagReader, limit: int, meta: dict[str, Any] | None, out: list[Finding]
) -> _Digest | None:
    """Exactly one file under data/original/, with the SHA-256, size and name its metadata records."""
    files = _files_in(view, ORIGINAL_DIR)
    if len(files) != 1:
        out.append(
            _count_finding("PKG-ORIGINAL-COUNT", ORIGINAL_DIR, files, "a package holds exactly one original")
        )
        return None
    path = files[0]
    name_as_stored = path[len(ORIGINAL_DIR) + 1 :]
    data = _read_payload(read, path, limit, out)
    if data is None:
        return None
    digest = _Digest.of(path, data)
    del data
    recorded = meta.get("original") if meta is not None else None
    if not isinstance(recorded, dict):
        return digest  # the schema check reports a missing or malformed "original"
    sha256 = recorded.get("sha256")
    if isinstance(sha256, str) and sha256.lower() != digest.sha256:
        out.append(
            finding(
                "PKG-ORIGINAL-SHA256",
                path,
                f"{path} has SHA-256 {digest.sha256}, but {METADATA_PATH} original.sha256 is {sha256}",
            )
        )
    size = recorded.get("size")
    if isinstance(size, int) and not isinstance(size, bool) and size != digest.size:
        out.append(
            finding(
                "PKG-ORIGINAL-SIZE",
                path,
                f"{path} is {digest.size} bytes, but {METADATA_PATH} original.size is {size}",
            )
        )
    name = recorded.get("filename")
    if isinstance(name, str) and name != name_as_stored:
        out.append(
            finding(
                "PKG-ORIGINAL-NAME",
                path,
                f"the original is named {name_as_stored!r}, but {METADATA_PATH} original.filename is {name!r}",
            )
        )
    return digest


def _listing(paths: list[str]) -> str:
    if not paths:
        return ""
    shown = ", ".join(paths[:5]) + (f", and {len(paths) - 5} more" if len(paths) > 5 else "")
    return f" ({shown})"


# --------------------------------------------------------------------------------------------------------
# The WARC


@dataclass(frozen=True)
class _Record:
    type: str | None
    record_id: str | None
    refers_to: str | None
    target_uri: str | None
    block: _Digest
    data: bytes | None = _field(default=None, compare=False, repr=False)  # kept for response records only


@dataclass(frozen=True)
class _Warc:
    path: str
    records: list[_Record]
    digest: _Digest | None = None  # of the file as stored (compressed), to compare with the WACZ's copy


class _TooLarge(Exception):
    pass


def _load_warc(
    view: BagView, read: BagReader, limit: int, out: list[Finding], *, http: bool = False
) -> _Warc | None:
    """Exactly one file under data/warc/, parsed into records (None, with a finding, if that fails).

    ``http`` keeps each response record's whole block (HTTP head and body as received), which a web
    capture's checks decode; a file bag's WARC has no response record and is read as before.
    """
    files = _files_in(view, WARC_DIR)
    if len(files) != 1:
        out.append(_count_finding("PKG-WARC-COUNT", WARC_DIR, files, "a package holds exactly one WARC"))
        return None
    path = files[0]
    data = _read_payload(read, path, limit, out)
    if data is None:
        return None
    digest = _Digest.of(path, data)
    try:
        records = _parse_warc(path, data, limit, http=http)
    except _TooLarge:
        out.append(
            finding(
                "PKG-FILE-TOO-LARGE",
                path,
                f"{path} decompresses to more than {limit} bytes; its records were not compared with the package",
            )
        )
        return None
    # Damage (RecordError, a ValueError, from the reader): the content could not be compared; the WARC
    # validator, run on the same file, says why.
    except ValueError as exc:
        out.append(
            finding(
                "PKG-WARC-UNREADABLE",
                path,
                f"{path} could not be read as WARC records ({type(exc).__name__}: {_shorten(str(exc), 200)}); "
                "its content was not compared with the package",
            )
        )
        return None
    if not records:
        out.append(finding("PKG-WARC-UNREADABLE", path, f"{path} holds no WARC record"))
        return None
    return _Warc(path, records, digest)


def _parse_warc(path: str, data: bytes, limit: int, *, http: bool = False) -> list[_Record]:
    """The records, each block hashed; with ``http``, each response record's block is kept whole too.

    Read with the one WARC reader (:func:`archiver.formats.warc.records.iter_records`): this check needs each
    record's type, identifiers and block, and the WARC validator (run on the same file) is the one that judges
    the structure. Anything the reader cannot follow raises RecordError (a ValueError), and the caller reports
    the WARC as unreadable for comparison; stray bytes between records are skipped to the next version line,
    as warcio does. Blocks are hashed as they stream, not copied.
    """
    from archiver.formats.warc.records import RecordsTooLarge, iter_records

    records: list[_Record] = []
    try:
        for record in iter_records(io.BytesIO(data), limit=limit):
            record_type = record.get("warc-type")
            keep = http and record_type == "response"
            digest, block = _read_block(record, keep=keep)
            records.append(
                _Record(
                    type=record_type,
                    record_id=_strip(record.get("warc-record-id")),
                    refers_to=_strip(record.get("warc-refers-to")),
                    target_uri=_strip(record.get("warc-target-uri")),
                    block=_Digest(path, record.length, digest),
                    data=block,
                )
            )
    except RecordsTooLarge:
        raise _TooLarge from None
    return records


def _read_block(record: Record, *, keep: bool) -> tuple[str, bytes | None]:
    """The block's sha256, and the block itself when ``keep``."""
    hasher = hashlib.sha256()
    parts: list[bytes] = []

    def sink(data: bytes | memoryview) -> None:
        hasher.update(data)
        if keep:
            parts.append(bytes(data))

    record.read_block(sink)
    return hasher.hexdigest(), b"".join(parts) if keep else None


def _strip(value: str | None) -> str | None:
    return None if value is None else value.strip()


def _compare_warc(
    warc: _Warc, original: _Digest | None, meta_bytes: bytes | None, meta: dict[str, Any] | None
) -> list[Finding]:
    """The WARC's records against the original, the metadata file and each other."""
    out: list[Finding] = []
    path = warc.path
    resources = [r for r in warc.records if r.type == "resource"]
    metadata = [r for r in warc.records if r.type == "metadata"]
    resource = resources[0] if len(resources) == 1 else None
    if resource is None:
        out.append(
            finding(
                "PKG-WARC-RESOURCE-COUNT",
                path,
                f"{path} holds {len(resources)} resource records; a package's WARC holds exactly one (the article)",
            )
        )
    else:
        if original is not None and (resource.block.sha256, resource.block.size) != (
            original.sha256,
            original.size,
        ):
            out.append(
                finding(
                    "PKG-WARC-RESOURCE-CONTENT",
                    path,
                    f"the resource record {resource.record_id} in {path} holds {resource.block.describe()}; "
                    f"the original {original.path} has {original.describe()}",
                )
            )
        if meta is not None:
            out += _check_target_uri(path, resource, meta)
    record = metadata[0] if len(metadata) == 1 else None
    if record is None:
        out.append(
            finding(
                "PKG-WARC-METADATA-COUNT",
                path,
                f"{path} holds {len(metadata)} metadata records; a package's WARC holds exactly one",
            )
        )
        return out
    if meta_bytes is not None:
        expected = _Digest.of(METADATA_PATH, meta_bytes)
        if (record.block.sha256, record.block.size) != (expected.sha256, expected.size):
            out.append(
                finding(
                    "PKG-WARC-METADATA-CONTENT",
                    path,
                    f"the metadata record {record.record_id} in {path} holds {record.block.describe()}; "
                    f"{METADATA_PATH} has {expected.describe()}",
                )
            )
    if resource is not None and record.refers_to != resource.record_id:
        out.append(
            finding(
                "PKG-WARC-REFERS-TO",
                path,
                f"the metadata record {record.record_id} in {path} has WARC-Refers-To "
                f"{record.refers_to or '(none)'}, but the resource record's WARC-Record-ID is {resource.record_id}",
            )
        )
    return out


def _check_target_uri(path: str, resource: _Record, meta: dict[str, Any]) -> list[Finding]:
    """WARC-Target-URI is the article's URL when known, else its identifier (as ``package`` writes it)."""
    source_url = meta.get("source_url")
    identifier = meta.get("identifier")
    expected = source_url if isinstance(source_url, str) and source_url else identifier
    if not isinstance(expected, str):
        return []  # the schema check reports the missing identifier
    # package writes the IRI mapped to a URI (archiver.warc.to_uri): accept either spelling.
    if resource.target_uri in {expected, _as_uri(expected)}:
        return []
    field = "source_url" if expected is source_url else "identifier"
    return [
        finding(
            "PKG-WARC-TARGET-URI",
            path,
            f"the resource record {resource.record_id} in {path} has WARC-Target-URI "
            f"{resource.target_uri or '(none)'}, but {METADATA_PATH} {field} is {expected}",
        )
    ]


def _as_uri(value: str) -> str | None:
    try:
        return to_uri(value)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------------
# Web captures


@dataclass(frozen=True)
class _Files:
    """What a web capture's checks need of the files already read: the original and the metadata."""

    original: _Digest | None
    meta_bytes: bytes | None
    meta: dict[str, Any] | None


def _check_web_capture(view: BagView, read: BagReader, limit: int, files: _Files) -> list[Finding]:
    """A web capture's capture.json, WARC and WACZ against the metadata, the original and each other."""
    out: list[Finding] = []
    capture_bytes, capture = _load_capture(read, limit, out)
    warc = _load_warc(view, read, limit, out, http=True)
    if warc is not None:
        response = _page_response(warc, files.meta_bytes, capture_bytes, out)
        if response is not None:
            out += _check_response(warc.path, response, files, limit)
        if capture is not None:
            out += _check_capture(capture, files.meta, warc, response)
    out += _check_wacz(view, read, limit, warc)
    return out


def _load_capture(
    read: BagReader, limit: int, out: list[Finding]
) -> tuple[bytes | None, dict[str, Any] | None]:
    """capture.json's bytes and its JSON object (None for either when unavailable)."""
    absent = finding(
        "PKG-FILE-UNREADABLE", CAPTURE_PATH, f"{CAPTURE_PATH} is in the bag but could not be read"
    )
    raw = _read(read, CAPTURE_PATH, limit, out, absent)
    if raw is None:
        return None, None
    return raw, _json_object(raw, CAPTURE_PATH, "PKG-CAPTURE-JSON", out)


def _page_response(
    warc: _Warc, meta_bytes: bytes | None, capture_bytes: bytes | None, out: list[Finding]
) -> _Record | None:
    """The response record both metadata records refer to: the page as fetched (None, with findings, if none).

    Either metadata record leads to it, so a changed metadata file (its record no longer found) still
    leaves the page's response to be compared with the original through capture.json's record.
    """
    holders = [
        _metadata_holding(warc, METADATA_PATH, meta_bytes, "PKG-WARC-METADATA-CONTENT", out),
        _metadata_holding(warc, CAPTURE_PATH, capture_bytes, "PKG-WARC-CAPTURE-CONTENT", out),
    ]
    records = [r for r in holders if r is not None]
    responses = {r.record_id: r for r in warc.records if r.type == "response" and r.record_id}
    for record in records:
        if record.refers_to not in responses:
            out.append(
                finding(
                    "PKG-WARC-REFERS-TO-RESPONSE",
                    warc.path,
                    f"the metadata record {record.record_id} in {warc.path} has WARC-Refers-To "
                    f"{record.refers_to or '(none)'}, which is no response record of the WARC",
                )
            )
    referred = [responses[r.refers_to] for r in records if r.refers_to in responses]
    if len({r.record_id for r in referred}) > 1:
        out.append(
            finding(
                "PKG-WARC-REFERS-TO-RESPONSE",
                warc.path,
                f"the metadata records of {METADATA_PATH} and {CAPTURE_PATH} in {warc.path} refer to different "
                f"response records ({referred[0].record_id} and {referred[1].record_id}); both describe one page",
            )
        )
    return referred[0] if referred else None


def _metadata_holding(
    warc: _Warc, source: str, data: bytes | None, missing: str, out: list[Finding]
) -> _Record | None:
    """The one metadata record whose block is ``data`` (the bytes of ``source``); None, with a finding, if
    there is none or more than one (two would leave it ambiguous which one the capture stands by)."""
    if data is None:
        return None  # absent or unreadable: reported already
    expected = _Digest.of(source, data)
    metadata = [r for r in warc.records if r.type == "metadata"]
    matches = [r for r in metadata if (r.block.sha256, r.block.size) == (expected.sha256, expected.size)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        out.append(
            finding(
                missing,
                warc.path,
                f"none of the {len(metadata)} metadata records in {warc.path} holds the bytes of {source} "
                f"({expected.describe()})",
            )
        )
    else:
        ids = ", ".join(str(r.record_id) for r in matches)
        out.append(
            finding(
                "PKG-WARC-METADATA-DUPLICATE",
                warc.path,
                f"{len(matches)} metadata records in {warc.path} ({ids}) hold the bytes of {source}; "
                "a web capture's WARC holds exactly one",
            )
        )
    return None


def _check_response(path: str, response: _Record, files: _Files, limit: int) -> list[Finding]:
    """The page's response: filed under the metadata's source_url, its entity the original's bytes."""
    out: list[Finding] = []
    if files.meta is not None:
        out += _check_response_uri(path, response, files.meta)
    if files.original is not None:
        out += _check_response_entity(path, response, files.original, limit)
    return out


def _check_response_uri(path: str, response: _Record, meta: dict[str, Any]) -> list[Finding]:
    """``source_url`` is the final URL fetched, the one the response is filed under (IRI or URI form)."""
    source_url = meta.get("source_url")
    if isinstance(source_url, str) and _same_url(response.target_uri, source_url):
        return []
    shown = source_url if isinstance(source_url, str) and source_url else "absent"
    return [
        finding(
            "PKG-WARC-RESPONSE-TARGET-URI",
            path,
            f"the page's response record {response.record_id} in {path} has WARC-Target-URI "
            f"{response.target_uri or '(none)'}, but {METADATA_PATH} source_url is {shown}",
        )
    ]


def _same_url(value: object, expected: str) -> bool:
    """``value`` is ``expected``, or ``expected`` mapped from IRI to URI as the WARC writer maps it."""
    return isinstance(value, str) and bool(expected) and value in {expected, _as_uri(expected)}


def _check_response_entity(path: str, response: _Record, original: _Digest, limit: int) -> list[Finding]:
    """The entity, decoded as the capture decoded it for data/original/, is the original byte for byte."""
    from archiver.formats.http.head import HttpFormatError

    try:
        page = _http_entity(response.data or b"", limit)
    except HttpFormatError as exc:
        return [
            finding(
                "PKG-WARC-RESPONSE-HTTP",
                path,
                f"the page's response record {response.record_id} in {path} cannot be decoded: {exc}",
            )
        ]
    found = _Digest.of(path, page)
    if (found.sha256, found.size) == (original.sha256, original.size):
        return []
    return [
        finding(
            "PKG-WARC-RESPONSE-CONTENT",
            path,
            f"the page's response record {response.record_id} in {path} holds an entity of {found.describe()} "
            f"(chunked framing and Content-Encoding removed); the original {original.path} has "
            f"{original.describe()}",
        )
    ]


def _http_entity(block: bytes, limit: int) -> bytes:
    """An HTTP response's entity as a browser sees it: the same functions the capture used (the one HTTP head
    parser, archiver.formats.http.head, and archiver.web.http's decoding), so what is compared is what was
    stored. Raises HttpFormatError."""
    from archiver.formats.http.head import HttpFormatError, head_end, is_chunked, parse_head
    from archiver.web.http import dechunk, decode_content

    end = head_end(block)
    if end < 0:
        raise HttpFormatError("the block holds no complete HTTP response head")
    head = parse_head(block[:end])
    body = block[end:]
    entity = dechunk(body) if is_chunked(head) else body
    return decode_content(entity, head.get("Content-Encoding"), limit)


def _check_capture(
    doc: dict[str, Any], meta: dict[str, Any] | None, warc: _Warc, response: _Record | None
) -> list[Finding]:
    """capture.json, the readable summary, names the URL, WARC and response record the package holds."""
    block = doc.get("warc")
    recorded = block if isinstance(block, dict) else {}
    source_url = meta.get("source_url") if meta is not None else None
    pairs: tuple[tuple[str, object, object, str], ...] = (
        ("final_url", doc.get("final_url"), source_url, f"{METADATA_PATH} source_url"),
        ("warc.file", recorded.get("file"), warc.path.rsplit("/", 1)[1], f"the WARC in {WARC_DIR}/"),
        (
            "warc.page_response_record",
            recorded.get("page_response_record"),
            response.record_id if response is not None else None,
            "the response record the WARC's metadata records refer to",
        ),
    )
    out: list[Finding] = []
    for name, value, expected, what in pairs:
        if not isinstance(expected, str):
            continue  # unknown here: whatever hid it is reported already
        if value == expected or (name == "final_url" and _same_url(value, expected)):
            continue
        out.append(
            finding(
                "PKG-CAPTURE-MISMATCH",
                CAPTURE_PATH,
                f"{CAPTURE_PATH} {name} is {_shorten(repr(value), 200)}, but {what} is {expected!r}",
            )
        )
    return out


def _check_wacz(view: BagView, read: BagReader, limit: int, warc: _Warc | None) -> list[Finding]:
    """Exactly one .wacz under data/wacz/, replaying the bag's own WARC (its structure: the WACZ validator's)."""
    files = _files_in(view, WACZ_DIR)
    if len(files) != 1 or not files[0].lower().endswith(".wacz"):
        role = "a web capture holds exactly one, a .wacz of its WARC"
        return [_count_finding("PKG-WACZ-COUNT", WACZ_DIR, files, role)]
    if warc is None or warc.digest is None:
        return []
    out: list[Finding] = []
    path = files[0]
    data = _read_payload(read, path, limit, out)
    if data is not None:
        out += _compare_wacz_warc(path, data, warc.digest, limit)
    return out


def _compare_wacz_warc(path: str, data: bytes, warc: _Digest, limit: int) -> list[Finding]:
    """The WACZ's ``archive/<WARC name>`` against the bag's WARC: a WACZ of another capture replays another
    page, however valid it is on its own."""
    member = "archive/" + warc.path.rsplit("/", 1)[1]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if member not in zf.namelist():
                message = f"{path} has no {member}, so it does not replay the bag's WARC {warc.path}"
                return [finding("PKG-WACZ-WARC", path, message)]
            copy = _member_digest(zf, member, limit)
    # A damaged zip raises BadZipFile, zlib.error, EOFError, OSError, ... The WACZ validator, run on every
    # .wacz of the bag, says what is wrong; here the copy simply cannot be compared.
    except Exception:
        return []
    if (copy.sha256, copy.size) == (warc.sha256, warc.size):
        return []
    return [
        finding(
            "PKG-WACZ-WARC",
            path,
            f"{member} in {path} holds {copy.describe()}; the bag's WARC {warc.path} has {warc.describe()}",
        )
    ]


def _member_digest(zf: zipfile.ZipFile, member: str, limit: int) -> _Digest:
    """SHA-256 and size of a zip member, reading no more than ``limit`` + 1 bytes (a bomb stops there)."""
    hasher = hashlib.sha256()
    size = 0
    with zf.open(member) as stream:
        while size <= limit and (chunk := stream.read(1 << 20)):
            hasher.update(chunk)
            size += len(chunk)
    return _Digest(member, size, hasher.hexdigest())


# --------------------------------------------------------------------------------------------------------
# bag-info against the metadata


def _check_bag_info(view: BagView, meta: dict[str, Any]) -> list[Finding]:
    """External-Identifier = metadata identifier; Archiver-Metadata-Schema = metadata schema_id."""
    out: list[Finding] = []
    pairs: tuple[tuple[str, str, str], ...] = (
        ("External-Identifier", "identifier", "PKG-EXTERNAL-IDENTIFIER"),
        (METADATA_SCHEMA_TAG, "schema_id", "PKG-SCHEMA-TAG"),
    )
    for label, field, code in pairs:
        expected = meta.get(field)
        if not isinstance(expected, str):
            continue  # the schema check reports it
        for value in view.info_values(label):
            if value.strip() != expected:
                out.append(
                    finding(
                        code,
                        "bag-info.txt",
                        f"bag-info.txt {label} is {value.strip()!r}, but {METADATA_PATH} {field} is {expected!r}",
                    )
                )
    return out
