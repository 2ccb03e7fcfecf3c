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
here the WARC is only parsed (with warcio) to compare its record blocks and identifiers with the bag's files.

Layout checked (``archiver.profile``): ``data/metadata/article-metadata.json`` (JSON, valid against the
committed schema of the ``schema_version`` it names), exactly one file under ``data/original/`` (its SHA-256
and size those of ``metadata.original``), exactly one WARC under ``data/warc/`` whose single resource record
holds the original's bytes under ``WARC-Target-URI`` = the metadata's ``source_url`` (else its
``identifier``), and whose single metadata record holds the metadata file's bytes and refers to the resource
record. bag-info's ``External-Identifier`` is the metadata's ``identifier`` and its
``Archiver-Metadata-Schema`` the metadata's ``schema_id``. A bag-info tag that is absent is not reported
here: the profile check (run on the same bag) reports it as ``PROFILE-TAG-REQUIRED``.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from jsonschema.protocols import Validator
from warcio.archiveiterator import ArchiveIterator

from archiver.profile import (
    METADATA_PATH,
    METADATA_SCHEMA_TAG,
    ORIGINAL_DIR,
    PROFILE_ID,
    PROFILE_VERSION,
    WARC_DIR,
)
from archiver.schemas import default_schemas_dir
from archiver.validation.findings import CodeInfo, Finding, Severity, finding, register
from archiver.validation.model import BagReader, BagView
from archiver.warc import to_uri

__all__ = ["CODES", "DEFAULT_LIMIT", "KNOWN_PROFILE_IDS", "check_own_package", "is_own_package"]

#: Largest file (and largest decompressed WARC) read whole. Our packages hold one news article each, so
#: anything bigger is reported as not checked rather than allowed to exhaust memory.
DEFAULT_LIMIT: Final = 64 * 1024 * 1024
#: Profiles whose bags follow the layout checked here. Add an older identifier when the profile version moves
#: on and the layout checks stay valid for it.
KNOWN_PROFILE_IDS: Final = (PROFILE_ID,)
#: Schema violations reported one by one; the rest are counted in one last finding.
MAX_SCHEMA_ERRORS: Final = 20

_P = f"news-archiver BagIt profile {PROFILE_VERSION}"
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
)


def is_own_package(view: BagView) -> bool:
    """Whether the bag names one of our profiles, and so promises the layout checked here."""
    return any(v.strip() in KNOWN_PROFILE_IDS for v in view.info_values("BagIt-Profile-Identifier"))


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
    try:
        document = json.loads(
            raw.decode("utf-8"), parse_constant=_no_constant, object_pairs_hook=_unique_names
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        out.append(finding("PKG-METADATA-JSON", METADATA_PATH, f"{METADATA_PATH} is not UTF-8 JSON: {exc}"))
        return raw, None
    if not isinstance(document, dict):
        out.append(
            finding(
                "PKG-METADATA-JSON",
                METADATA_PATH,
                f"{METADATA_PATH} is a JSON {_json_kind(document)}, not an object",
            )
        )
        return raw, None
    return raw, document


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
def _validator(schemas_dir: str, version: str) -> Validator | None:
    """The validator of one committed schema version, or None when there is none (or it is broken)."""
    try:
        schema = json.loads((Path(schemas_dir) / _schema_relpath(version)).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except (OSError, UnicodeDecodeError, ValueError, SchemaError):
        return None
    return Draft202012Validator(schema)


def _shorten(text: str, limit: int = 300) -> str:
    """jsonschema messages repeat the offending value, which may be a whole object."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------------------
# The original


def _check_original(
    view: BagView, read: BagReader, limit: int, meta: dict[str, Any] | None, out: list[Finding]
) -> _Digest | None:
    """Exactly one file under data/original/, with the SHA-256, size and name its metadata records."""
    prefix = ORIGINAL_DIR + "/"
    files = sorted(p for p in view.payload_files if p.startswith(prefix))
    if len(files) != 1:
        out.append(
            finding(
                "PKG-ORIGINAL-COUNT",
                ORIGINAL_DIR + "/",
                f"{ORIGINAL_DIR}/ holds {len(files)} files{_listing(files)}; a package holds exactly one original",
            )
        )
        return None
    path = files[0]
    absent = finding("PKG-FILE-UNREADABLE", path, f"{path} is in the bag but could not be read")
    data = _read(read, path, limit, out, absent)
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
    if isinstance(name, str) and name != path[len(prefix) :]:
        out.append(
            finding(
                "PKG-ORIGINAL-NAME",
                path,
                f"the original is named {path[len(prefix) :]!r}, but {METADATA_PATH} original.filename is {name!r}",
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


@dataclass(frozen=True)
class _Warc:
    path: str
    records: list[_Record]


class _TooLarge(Exception):
    pass


def _load_warc(view: BagView, read: BagReader, limit: int, out: list[Finding]) -> _Warc | None:
    """Exactly one file under data/warc/, parsed into records (None, with a finding, if that fails)."""
    files = sorted(p for p in view.payload_files if p.startswith(WARC_DIR + "/"))
    if len(files) != 1:
        out.append(
            finding(
                "PKG-WARC-COUNT",
                WARC_DIR + "/",
                f"{WARC_DIR}/ holds {len(files)} files{_listing(files)}; a package holds exactly one WARC",
            )
        )
        return None
    path = files[0]
    absent = finding("PKG-FILE-UNREADABLE", path, f"{path} is in the bag but could not be read")
    data = _read(read, path, limit, out, absent)
    if data is None:
        return None
    try:
        records = _parse_warc(path, data, limit)
    except _TooLarge:
        out.append(
            finding(
                "PKG-FILE-TOO-LARGE",
                path,
                f"{path} decompresses to more than {limit} bytes; its records were not compared with the package",
            )
        )
        return None
    # warcio raises many kinds of exception on damaged input (ArchiveLoadFailed, ValueError, zlib.error,
    # EOFError, ...). Whatever the cause, the content could not be compared; the WARC validator says why.
    except Exception as exc:
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
    return _Warc(path, records)


def _parse_warc(path: str, data: bytes, limit: int) -> list[_Record]:
    plain = _gunzip_members(data, limit)
    del data
    records: list[_Record] = []
    for record in _QuietArchiveIterator(io.BytesIO(plain)):
        if record.format != "warc":  # warcio reads any line of text as an ARC record header
            raise ValueError(f"record {len(records) + 1} is not a WARC record")
        headers = record.rec_headers
        hasher = hashlib.sha256()
        size = 0
        while chunk := record.raw_stream.read(1 << 20):
            hasher.update(chunk)
            size += len(chunk)
        records.append(
            _Record(
                type=headers.get_header("WARC-Type"),
                record_id=_strip(headers.get_header("WARC-Record-ID")),
                refers_to=_strip(headers.get_header("WARC-Refers-To")),
                target_uri=_strip(headers.get_header("WARC-Target-URI")),
                block=_Digest(path, size, hasher.hexdigest()),
            )
        )
    return records


def _strip(value: str | None) -> str | None:
    return None if value is None else value.strip()


_GZIP_MAGIC: Final = b"\x1f\x8b"


def _gunzip_members(data: bytes, limit: int) -> bytes:
    """The WARC uncompressed, member after member, never more than ``limit`` bytes (a gzip bomb is refused).

    A file that does not start as gzip is returned as is (an uncompressed ``.warc``). Bytes after the last
    gzip member that are not another member are left out: garbage after the last record is the WARC
    validator's to report. A member cut short raises ValueError.
    """
    if not data.startswith(_GZIP_MAGIC):
        return data
    out = bytearray()
    rest = data
    while rest.startswith(_GZIP_MAGIC):
        member = zlib.decompressobj(wbits=31)
        out += member.decompress(rest, limit + 1 - len(out))
        if len(out) > limit:
            raise _TooLarge
        if not member.eof:
            raise ValueError("the file ends inside a gzip member")
        rest = member.unused_data
    return bytes(out)


class _QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]  # warcio is untyped
    """warcio's ArchiveIterator, minus its warning on stderr when a record is not followed by CRLF CRLF.

    A validator must not write stray lines into the terminal report; that damage is the WARC validator's
    to report as a finding. Same logic as warcio 1.7 to 1.8's ``_consume_blanklines``; were warcio to rename
    the method, this override would simply go unused and the warning would reappear.
    """

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first_line = True
        while True:
            line: bytes = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            stripped = line.rstrip()
            if len(stripped) == 0 or first_line:
                empty_size += len(line)
                if len(stripped) != 0:
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


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


def _json_kind(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    kinds = {
        list: "array",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }
    return kinds.get(type(value), type(value).__name__)
