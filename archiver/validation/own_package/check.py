"""The entry of the own-package checks (:func:`check_own_package`) and the checks every package of ours
gets: the metadata against its schema, the original against the metadata, bag-info against the metadata.

Cut here because these are the checks common to file and web packages; the WARC of a file package is
:mod:`.warc`'s, a web capture's files are :mod:`.capture`'s.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.formats.bagit.view import BagReader, BagView
from archiver.own_profile import (
    METADATA_PATH,
    METADATA_SCHEMA_TAG,
    ORIGINAL_DIR,
)
from archiver.schema_ids import SCHEMA_BASE
from archiver.schemas import default_schemas_dir
from archiver.validation.findings import Collector, Finding, finding
from archiver.validation.own_package.capture import CheckedFiles, check_web_capture
from archiver.validation.own_package.codes import (
    CAPTURE_PATH,
    DEFAULT_LIMIT,
    KNOWN_PROFILE_IDS,
    MAX_SCHEMA_ERRORS,
)
from archiver.validation.own_package.reading import (
    Digest,
    files_in,
    json_object,
    read_limited,
    report_count,
    shorten,
)
from archiver.validation.own_package.warc import compare_warc, load_warc
from archiver.validation.schema_check import Check, compile_schema

__all__ = ["check_own_package", "is_own_package", "is_web_package"]

if TYPE_CHECKING:
    from jsonschema.protocols import Validator  # jsonschema itself is imported when a document needs it


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
    out = Collector()
    meta_bytes, meta = _load_metadata(read, limit, out)
    if meta is not None:
        out.extend(_check_schema(meta, schemas_dir or default_schemas_dir()))
    original = _check_original(view, read, limit, meta, out)
    if is_web_package(view):
        out.extend(check_web_capture(view, read, limit, CheckedFiles(original, meta_bytes, meta)))
    else:
        warc = load_warc(view, read, limit, out)
        if warc is not None:
            out.extend(compare_warc(warc, original, meta_bytes, meta))
    if meta is not None:
        out.extend(_check_bag_info(view, meta))
    return out.close()


def _load_metadata(read: BagReader, limit: int, out: Collector) -> tuple[bytes | None, dict[str, Any] | None]:
    """The metadata file's bytes and its JSON object (None for either when unavailable)."""
    missing = ("PKG-METADATA-MISSING", f"{METADATA_PATH} is absent; every package of our profile has it")
    raw = read_limited(read, METADATA_PATH, limit, out, missing)
    if raw is None:
        return None, None
    return raw, json_object(raw, METADATA_PATH, "PKG-METADATA-JSON", out)


def _check_original(
    view: BagView, read: BagReader, limit: int, meta: dict[str, Any] | None, out: Collector
) -> Digest | None:
    """Exactly one file under data/original/, with the SHA-256, size and name its metadata records."""
    files = files_in(view, ORIGINAL_DIR)
    if len(files) != 1:
        report_count(out, "PKG-ORIGINAL-COUNT", ORIGINAL_DIR, files, "a package holds exactly one original")
        return None
    path = files[0]
    name_as_stored = path[len(ORIGINAL_DIR) + 1 :]
    data = read_limited(read, path, limit, out)
    if data is None:
        return None
    digest = Digest.of(path, data)
    del data
    recorded = meta.get("original") if meta is not None else None
    if not isinstance(recorded, dict):
        return digest  # the schema check reports a missing or malformed "original"
    sha256 = recorded.get("sha256")
    if isinstance(sha256, str) and sha256.lower() != digest.sha256:
        out.add(
            "PKG-ORIGINAL-SHA256",
            path,
            f"{path} has SHA-256 {digest.sha256}, but {METADATA_PATH} original.sha256 is {sha256}",
        )
    size = recorded.get("size")
    if isinstance(size, int) and not isinstance(size, bool) and size != digest.size:
        out.add(
            "PKG-ORIGINAL-SIZE",
            path,
            f"{path} is {digest.size} bytes, but {METADATA_PATH} original.size is {size}",
        )
    name = recorded.get("filename")
    if isinstance(name, str) and name != name_as_stored:
        out.add(
            "PKG-ORIGINAL-NAME",
            path,
            f"the original is named {name_as_stored!r}, but {METADATA_PATH} original.filename is {name!r}",
        )
    return digest


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
    out = Collector(
        MAX_SCHEMA_ERRORS,
        more=f"{METADATA_PATH}: {{more}} more schema violations not listed",
        more_path=METADATA_PATH,
    )
    for e in errors:
        message = f"{METADATA_PATH} {e.json_path}: {shorten(e.message)} (article-metadata schema {version})"
        out.add("PKG-METADATA-SCHEMA", METADATA_PATH, message)
    return out.close()


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


def _check_bag_info(view: BagView, meta: dict[str, Any]) -> list[Finding]:
    """External-Identifier = metadata identifier; Archiver-Metadata-Schema = metadata schema_id."""
    out = Collector()
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
                out.add(
                    code,
                    "bag-info.txt",
                    f"bag-info.txt {label} is {value.strip()!r}, but {METADATA_PATH} {field} is {expected!r}",
                )
    return out.close()
