"""The WARC inside one of our packages, split into records only to compare their blocks and identifiers
with the bag's files (a file package: one resource record holding the original, one metadata record
holding the metadata file, referring to it).

Cut here because the WARC's own structure (headers, digests, truncation) is the WARC validator's; what is
checked here is that the WARC holds this package's article and nothing else.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from dataclasses import field as _field
from typing import TYPE_CHECKING, Any

from archiver.formats.bagit.view import BagReader, BagView
from archiver.formats.warc.writer import to_uri
from archiver.own_profile import (
    METADATA_PATH,
    WARC_DIR,
)
from archiver.validation.findings import Collector, Finding, finding
from archiver.validation.own_package.reading import Digest, files_in, read_limited, report_count, shorten

__all__ = ["PackagedRecord", "PackagedWarc", "TooLarge", "as_uri", "compare_warc", "load_warc", "parse_warc"]

if TYPE_CHECKING:
    from archiver.formats.warc.records import Record


@dataclass(frozen=True)
class PackagedRecord:
    type: str | None
    record_id: str | None
    refers_to: str | None
    target_uri: str | None
    block: Digest
    data: bytes | None = _field(default=None, compare=False, repr=False)  # kept for response records only


@dataclass(frozen=True)
class PackagedWarc:
    path: str
    records: list[PackagedRecord]
    digest: Digest | None = None  # of the file as stored (compressed), to compare with the WACZ's copy


class TooLarge(Exception):
    pass


def load_warc(
    view: BagView, read: BagReader, limit: int, out: Collector, *, http: bool = False
) -> PackagedWarc | None:
    """Exactly one file under data/warc/, parsed into records (None, with a finding, if that fails).

    ``http`` keeps each response record's whole block (HTTP head and body as received), which a web
    capture's checks decode; a file bag's WARC has no response record, so nothing more is kept.
    """
    files = files_in(view, WARC_DIR)
    if len(files) != 1:
        report_count(out, "PKG-WARC-COUNT", WARC_DIR, files, "a package holds exactly one WARC")
        return None
    path = files[0]
    data = read_limited(read, path, limit, out)
    if data is None:
        return None
    digest = Digest.of(path, data)
    try:
        records = parse_warc(path, data, limit, http=http)
    except TooLarge:
        out.add(
            "PKG-FILE-TOO-LARGE",
            path,
            f"{path} decompresses to more than {limit} bytes; its records were not compared with the package",
        )
        return None
    # Damage (RecordError, a ValueError, from the reader): the content could not be compared; the WARC
    # validator, run on the same file, says why.
    except ValueError as exc:
        out.add(
            "PKG-WARC-UNREADABLE",
            path,
            f"{path} could not be read as WARC records ({type(exc).__name__}: {shorten(str(exc), 200)}); "
            "its content was not compared with the package",
        )
        return None
    if not records:
        out.add("PKG-WARC-UNREADABLE", path, f"{path} holds no WARC record")
        return None
    return PackagedWarc(path, records, digest)


def parse_warc(path: str, data: bytes, limit: int, *, http: bool = False) -> list[PackagedRecord]:
    """The records, each block hashed; with ``http``, each response record's block is kept whole too.

    Read with the one WARC reader (:func:`archiver.formats.warc.records.iter_records`): this check needs each
    record's type, identifiers and block, and the WARC validator (run on the same file) is the one that judges
    the structure. Anything the reader cannot follow raises RecordError (a ValueError), and the caller reports
    the WARC as unreadable for comparison; stray bytes between records are skipped to the next version line,
    as warcio does. Blocks are hashed as they stream, not copied.
    """
    from archiver.formats.warc.records import RecordsTooLarge, iter_records

    records: list[PackagedRecord] = []
    try:
        for record in iter_records(io.BytesIO(data), limit=limit):
            record_type = record.get("warc-type")
            keep = http and record_type == "response"
            digest, block = _read_block(record, keep=keep)
            records.append(
                PackagedRecord(
                    type=record_type,
                    record_id=_strip(record.get("warc-record-id")),
                    refers_to=_strip(record.get("warc-refers-to")),
                    target_uri=_strip(record.get("warc-target-uri")),
                    block=Digest(path, record.length, digest),
                    data=block,
                )
            )
    except RecordsTooLarge:
        raise TooLarge from None
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


def compare_warc(
    warc: PackagedWarc, original: Digest | None, meta_bytes: bytes | None, meta: dict[str, Any] | None
) -> list[Finding]:
    """The WARC's records against the original, the metadata file and each other."""
    out = Collector()
    path = warc.path
    resource = _the_one(warc, "resource", "PKG-WARC-RESOURCE-COUNT", out, " (the article)")
    if resource is not None:
        if original is not None and not resource.block.same(original):
            out.add(
                "PKG-WARC-RESOURCE-CONTENT",
                path,
                f"the resource record {resource.record_id} in {path} holds {resource.block.describe()}; "
                f"the original {original.path} has {original.describe()}",
            )
        if meta is not None:
            out.extend(_check_target_uri(path, resource, meta))
    record = _the_one(warc, "metadata", "PKG-WARC-METADATA-COUNT", out)
    if record is None:
        return out.close()
    if meta_bytes is not None:
        expected = Digest.of(METADATA_PATH, meta_bytes)
        if not record.block.same(expected):
            out.add(
                "PKG-WARC-METADATA-CONTENT",
                path,
                f"the metadata record {record.record_id} in {path} holds {record.block.describe()}; "
                f"{METADATA_PATH} has {expected.describe()}",
            )
    if resource is not None and record.refers_to != resource.record_id:
        out.add(
            "PKG-WARC-REFERS-TO",
            path,
            f"the metadata record {record.record_id} in {path} has WARC-Refers-To "
            f"{record.refers_to or '(none)'}, but the resource record's WARC-Record-ID is {resource.record_id}",
        )
    return out.close()


def _the_one(
    warc: PackagedWarc, kind: str, code: str, out: Collector, what: str = ""
) -> PackagedRecord | None:
    """The WARC's one record of type ``kind``; None, with a finding of ``code``, when it has another number."""
    records = [r for r in warc.records if r.type == kind]
    if len(records) == 1:
        return records[0]
    out.add(
        code,
        warc.path,
        f"{warc.path} holds {len(records)} {kind} records; a package's WARC holds exactly one{what}",
    )
    return None


def _check_target_uri(path: str, resource: PackagedRecord, meta: dict[str, Any]) -> list[Finding]:
    """WARC-Target-URI is the article's URL when known, else its identifier (as ``package`` writes it)."""
    source_url = meta.get("source_url")
    identifier = meta.get("identifier")
    expected = source_url if isinstance(source_url, str) and source_url else identifier
    if not isinstance(expected, str):
        return []  # the schema check reports the missing identifier
    # package writes the IRI mapped to a URI (archiver.formats.warc.writer.to_uri): accept either spelling.
    if resource.target_uri in {expected, as_uri(expected)}:
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


def as_uri(value: str) -> str | None:
    try:
        return to_uri(value)
    except ValueError:
        return None
