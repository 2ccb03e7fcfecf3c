"""Validation of WACZ files (Web Archive Collection Zipped 1.1.1, and the 1.0.0 layout still in use).

What is checked, in order, each failure a finding and never an exception:

1. The zip: readable, no member that would land outside the folder it is unpacked into (absolute paths,
   ``..``, backslashes, drive letters), no duplicate names, no encryption, and a bomb guard (a member
   declared larger than 4 GiB, or expanding more than 1000-fold past 64 MiB, is not read).
2. The required files (WACZ 1.1.1 "Directories and Files"): ``datapackage.json``, ``pages/pages.jsonl``,
   at least one WARC under ``archive/`` and one index under ``indexes/``.
3. ``datapackage.json``: JSON, ``profile`` "data-package", ``resources`` each with a path, a hash and a size
   that match the member (sha256, and any other hashlib algorithm named); the 1.0.0 form (``stats`` and
   ``hashing``) is read too, with a warning; members not listed are reported.
4. ``datapackage-digest.json``: its hash of datapackage.json matches. A signature (``signedData``) is
   reported as present but not verified: verifying it needs the signer's certificate chain and a
   trusted time stamp, which this validator does not have.
5. ``pages/pages.jsonl``: each line a JSON object; the page lines have ``url`` and an RFC 3339 ``ts``.
6. Every index line: CDXJ (``<key> <timestamp> <json>``) whose ``filename``, ``offset`` and ``length``
   point at a WARC record in ``archive/`` whose WARC-Target-URI is the line's ``url`` and whose WARC-Date
   has the line's timestamp. Plain CDXJ (``.cdx``, ``.cdxj``) and the compressed ZipNum form (``.cdx.gz``
   with its ``.idx``) are read. Lines must be sorted (replay tools binary-search them). A ``metadata``,
   ``request`` or ``warcinfo`` record in the index is reported: under a page's URL it shadows the page.
7. Each WARC under ``archive/`` is run through the WARC validator
   (:func:`archiver.formats.warc.validator.validate_warc_stream`); its findings keep their ``WARC-...``
   codes, with the member's path.

Where the cut is: the codes are registered in :mod:`archiver.formats.wacz.codes`; writing WACZ files is
:mod:`archiver.formats.wacz.writer`. Records are read with the one WARC reader
(:mod:`archiver.formats.warc.records`).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from archiver.formats.safety import escape_problem, expands_too_far
from archiver.formats.wacz.codes import CODES
from archiver.formats.warc.records import read_head
from archiver.formats.warc.validator import validate_warc_stream
from archiver.validation.findings import Collector, Report

__all__ = ["CODES", "validate_wacz", "validate_wacz_bytes", "validate_wacz_stream"]

#: Members larger than this, or expanding too far (archiver.formats.safety.expands_too_far), are not read.
MAX_MEMBER = 4 << 30
#: JSON and JSONL members are read whole up to this size (they describe, they do not hold captures).
MAX_JSON = 64 << 20
#: Index lines checked against their records; beyond it, lines are parsed but not dereferenced.
MAX_DEREFERENCED = 100_000
_MAX_PER_CODE = 50
_CHUNK = 1 << 20
_TS_RE = re.compile(r"[0-9]{4,17}\Z")
_RFC3339_RE = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?\Z")
_INDEX_SUFFIXES = (".cdx", ".cdxj", ".cdx.gz", ".cdxj.gz", ".idx")
_REPLAYABLE = frozenset({"response", "revisit", "resource"})
#: What zipfile and zlib raise on damaged input (a negative seek from a corrupt header is a ValueError,
#: an unsupported feature a NotImplementedError or RuntimeError): all become findings, never a crash.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    struct.error,
)


def _collector() -> Collector:
    """A WACZ's findings: each code's first ``_MAX_PER_CODE``, then one saying the rest are not listed."""
    return Collector(_MAX_PER_CODE, more="further {code} findings are not listed", more_at_cap=True)


def _check_members(zf: zipfile.ZipFile, ctx: Collector) -> dict[str, zipfile.ZipInfo]:
    """The readable members by name; every unsafe, duplicate, encrypted or oversized one reported."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        why = escape_problem(name)
        if why:
            ctx.add("WACZ-ZIP-UNSAFE-PATH", name, f"member {name!r} {why}")
            continue
        if name in members:
            ctx.add("WACZ-ZIP-DUPLICATE", name, f"member {name!r} appears more than once")
            continue
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            ctx.add("WACZ-ZIP-UNSUPPORTED", name, f"{name} is encrypted")
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            ctx.add("WACZ-ZIP-UNSUPPORTED", name, f"{name} uses compression method {info.compress_type}")
            continue
        if info.file_size > MAX_MEMBER or expands_too_far(info.file_size, info.compress_size):
            ctx.add(
                "WACZ-ZIP-BOMB",
                name,
                f"{name} declares {info.file_size} bytes from {info.compress_size} compressed: not read",
            )
            continue
        if info.compress_type == zipfile.ZIP_DEFLATED and (
            name.startswith("archive/") or name.endswith((".cdx.gz", ".cdxj.gz"))
        ):
            ctx.add("WACZ-ZIP-COMPRESSED-ARCHIVE", name, f"{name} is DEFLATEd; it should be STOREd")
        members[name] = info
    return members


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, ctx: Collector) -> bytes | None:
    """A member's bytes (at most ``limit``), or None with a finding when it cannot be read."""
    try:
        with zf.open(info) as stream:
            data = stream.read(limit + 1)
    except _ZIP_ERRORS as exc:
        ctx.add("WACZ-ZIP-CORRUPT", info.filename, f"{info.filename} cannot be read: {exc}")
        return None
    if len(data) > limit:
        ctx.add("WACZ-ZIP-BOMB", info.filename, f"{info.filename} is larger than {limit} bytes: not read")
        return None
    return data


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, algorithm: str) -> tuple[str, int] | None:
    """(hex digest, size) of a member, streamed; None when unreadable (the caller reports it)."""
    hasher = hashlib.new(algorithm)
    size = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                hasher.update(chunk)
                size += len(chunk)
    except _ZIP_ERRORS:
        return None
    return hasher.hexdigest(), size


def _loads(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


@dataclass(frozen=True)
class _Resource:
    path: str
    algorithm: str | None
    digest: str | None
    size: int | None


def _parse_hash(value: object, default_alg: str | None) -> tuple[str | None, str | None]:
    if not isinstance(value, str):
        return None, None
    alg, sep, digest = value.partition(":")
    if not sep:
        return default_alg, value.lower()
    return alg.lower().replace("-", ""), digest.lower()


def _resources(package: dict[str, Any], ctx: Collector) -> list[_Resource]:
    out: list[_Resource] = []
    items = package.get("resources")
    if not isinstance(items, list):
        ctx.add("WACZ-DATAPACKAGE-INVALID", "datapackage.json", "datapackage.json has no 'resources' list")
        return out
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            ctx.add(
                "WACZ-DATAPACKAGE-INVALID", "datapackage.json", f"resource {n} is not an object with a path"
            )
            continue
        raw_stats = item.get("stats")
        stats: dict[str, Any] = raw_stats if isinstance(raw_stats, dict) else {}
        hashing = item.get("hashing") if isinstance(item.get("hashing"), str) else None
        alg, digest = _parse_hash(item.get("hash", stats.get("hash")), hashing)
        size = item.get("bytes", stats.get("bytes"))
        if digest is None or not isinstance(size, int):
            ctx.add(
                "WACZ-DATAPACKAGE-INVALID",
                "datapackage.json",
                f"resource {item['path']} lacks a hash or its bytes",
            )
        out.append(_Resource(item["path"], alg, digest, size if isinstance(size, int) else None))
    return out


def _check_datapackage(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], ctx: Collector
) -> bytes | None:
    info = members.get("datapackage.json")
    if info is None:
        ctx.add("WACZ-FILE-MISSING", None, "datapackage.json is absent")
        return None
    raw = _read_limited(zf, info, MAX_JSON, ctx)
    if raw is None:
        return None
    try:
        package = _loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        ctx.add("WACZ-DATAPACKAGE-INVALID", "datapackage.json", f"datapackage.json is not UTF-8 JSON: {exc}")
        return raw
    if not isinstance(package, dict):
        ctx.add("WACZ-DATAPACKAGE-INVALID", "datapackage.json", "datapackage.json is not a JSON object")
        return raw
    if package.get("profile") != "data-package":
        ctx.add(
            "WACZ-DATAPACKAGE-INVALID",
            "datapackage.json",
            f"profile is {package.get('profile')!r}, not 'data-package'",
        )
    version = package.get("wacz_version")
    if version != "1.1.1":
        ctx.add(
            "WACZ-VERSION-OLD", "datapackage.json", f"wacz_version is {version!r}: read with the older layout"
        )
    listed: set[str] = set()
    for res in _resources(package, ctx):
        listed.add(res.path)
        _check_resource(zf, members, res, ctx)
    for name in sorted(members):
        if name not in listed and name not in ("datapackage.json", "datapackage-digest.json"):
            ctx.add("WACZ-RESOURCE-UNLISTED", name, f"{name} is not listed in datapackage.json resources")
    return raw


def _check_resource(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], res: _Resource, ctx: Collector
) -> None:
    info = members.get(res.path)
    if info is None:
        ctx.add("WACZ-RESOURCE-MISSING", res.path, f"{res.path} is listed in datapackage.json but absent")
        return
    if res.size is not None and info.file_size != res.size:
        ctx.add(
            "WACZ-RESOURCE-SIZE",
            res.path,
            f"{res.path} has {info.file_size} bytes; datapackage.json says {res.size}",
        )
    if res.digest is None:
        return
    algorithm = res.algorithm or "sha256"
    if algorithm not in hashlib.algorithms_available:
        ctx.add(
            "WACZ-HASH-UNSUPPORTED",
            res.path,
            f"{res.path}: unknown hash algorithm {algorithm!r}, not verified",
        )
        return
    got = _hash_member(zf, info, algorithm)
    if got is None:
        ctx.add("WACZ-ZIP-CORRUPT", res.path, f"{res.path} cannot be read (bad data or CRC)")
    elif got[0] != res.digest:
        ctx.add(
            "WACZ-RESOURCE-HASH",
            res.path,
            f"{res.path}: {algorithm} is {got[0]}, datapackage.json says {res.digest}",
        )


def _check_digest(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], package_raw: bytes | None, ctx: Collector
) -> None:
    info = members.get("datapackage-digest.json")
    path = "datapackage-digest.json"
    if info is None:
        ctx.add(
            "WACZ-DIGEST-MISSING",
            None,
            "no datapackage-digest.json: datapackage.json is not protected by a hash",
        )
        return
    raw = _read_limited(zf, info, MAX_JSON, ctx)
    if raw is None:
        return
    try:
        doc = _loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        ctx.add("WACZ-DIGEST-INVALID", path, f"not UTF-8 JSON: {exc}")
        return
    if (
        not isinstance(doc, dict)
        or doc.get("path") != "datapackage.json"
        or not isinstance(doc.get("hash"), str)
    ):
        ctx.add("WACZ-DIGEST-INVALID", path, "needs path 'datapackage.json' and a hash")
        return
    alg, digest = _parse_hash(doc["hash"], "sha256")
    if package_raw is not None and alg is not None and digest is not None:
        if alg not in hashlib.algorithms_available:
            ctx.add("WACZ-HASH-UNSUPPORTED", path, f"unknown hash algorithm {alg!r}, not verified")
        elif hashlib.new(alg, package_raw).hexdigest() != digest:
            ctx.add("WACZ-DIGEST-MISMATCH", path, f"the {alg} of datapackage.json is not {digest}")
    if "signedData" in doc:
        ctx.add("WACZ-SIGNATURE-UNVERIFIED", path, "a signature is present (signedData) but was not verified")


def _check_pages(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], ctx: Collector) -> list[str]:
    """The page URLs; every malformed line reported."""
    info = members.get("pages/pages.jsonl")
    path = "pages/pages.jsonl"
    if info is None:
        ctx.add("WACZ-FILE-MISSING", None, "pages/pages.jsonl is absent (it MUST be present)")
        return []
    raw = _read_limited(zf, info, MAX_JSON, ctx)
    if raw is None:
        return []
    urls: list[str] = []
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        ctx.add("WACZ-PAGES-INVALID", path, "pages.jsonl is not UTF-8")
        return []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            ctx.add("WACZ-PAGES-INVALID", path, f"line {number} is not JSON: {exc}")
            continue
        if not isinstance(item, dict):
            ctx.add("WACZ-PAGES-INVALID", path, f"line {number} is not a JSON object")
            continue
        if number == 1 and "format" in item:
            continue
        if number == 1:
            ctx.add("WACZ-PAGES-HEADER", path, "line 1 is a page, not the json-pages-1.0 header")
        url, ts = item.get("url"), item.get("ts")
        if not isinstance(url, str) or not url:
            ctx.add("WACZ-PAGES-INVALID", path, f"line {number} has no url")
        elif not isinstance(ts, str) or not _RFC3339_RE.match(ts):
            ctx.add("WACZ-PAGES-INVALID", path, f"line {number} has no RFC 3339 ts: {ts!r}")
        else:
            urls.append(url)
    return urls


@dataclass(frozen=True)
class _Line:
    source: str
    number: int
    key: str
    timestamp: str
    fields: dict[str, Any]


def _parse_cdxj(data: bytes, source: str, ctx: Collector) -> list[_Line]:
    lines: list[_Line] = []
    previous: bytes | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.rstrip(b"\r")
        if not raw.strip() or raw.startswith(b"!"):
            continue
        if previous is not None and raw < previous:
            ctx.add("WACZ-INDEX-UNSORTED", source, f"line {number} sorts before the line above it")
        previous = raw
        key, _, rest = raw.partition(b" ")
        stamp, _, body = rest.partition(b" ")
        try:
            fields = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            fields = None
        ts = stamp.decode("ascii", "replace")
        if not key or not _TS_RE.match(ts) or not isinstance(fields, dict):
            ctx.add("WACZ-INDEX-INVALID", source, f"line {number} is not '<key> <timestamp> <json object>'")
            continue
        lines.append(_Line(source, number, key.decode("utf-8", "replace"), ts, fields))
    return lines


def _gunzip_all(data: bytes, limit: int) -> bytes:
    """Concatenated gzip members decompressed, at most ``limit`` bytes; raises ValueError when broken."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        decomp = zlib.decompressobj(31)
        try:
            out += decomp.decompress(data[pos:], limit + 1 - len(out))
        except zlib.error as exc:
            raise ValueError(f"broken gzip data: {exc}") from None
        if len(out) > limit:
            raise ValueError(f"expands beyond {limit} bytes")
        if not decomp.eof:
            raise ValueError("truncated gzip data")
        pos = len(data) - len(decomp.unused_data)
    return bytes(out)


def _index_lines(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], ctx: Collector) -> list[_Line]:
    names = [n for n in members if n.startswith("indexes/") and n.endswith(_INDEX_SUFFIXES)]
    if not [n for n in names if not n.endswith(".idx")]:
        ctx.add("WACZ-FILE-MISSING", None, "no index (.cdx, .cdxj or .cdx.gz) in indexes/")
        return []
    lines: list[_Line] = []
    for name in sorted(names):
        if name.endswith(".idx"):
            continue
        raw = _read_limited(zf, members[name], MAX_JSON * 4, ctx)
        if raw is None:
            continue
        if name.endswith(".gz"):
            try:
                raw = _gunzip_all(raw, MAX_JSON * 4)
            except ValueError as exc:
                ctx.add("WACZ-INDEX-INVALID", name, f"{name}: {exc}")
                continue
        lines += _parse_cdxj(raw, name, ctx)
    return lines


def _warc_record_head(stream: IO[bytes], offset: int, length: int) -> dict[str, str] | None:
    """The WARC header fields of the record at ``offset`` (a gzip member of ``length`` bytes, or plain), by
    lower-case name, read with the one WARC reader (:func:`archiver.formats.warc.records.read_head`)."""
    stream.seek(offset)
    head = read_head(stream.read(min(length, 1 << 20)))
    return None if head is None else head.first


def _date14(value: str) -> str:
    return re.sub(r"[^0-9]", "", value)[:14]


def _check_index_targets(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], lines: list[_Line], ctx: Collector
) -> None:
    warcs = {PurePosixPath(n).name: n for n in members if n.startswith("archive/")}
    streams: dict[str, IO[bytes]] = {}
    try:
        for line in lines[:MAX_DEREFERENCED]:
            _check_line(zf, members, warcs, streams, line, ctx)
    finally:
        for stream in streams.values():
            stream.close()


def _check_line(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    warcs: dict[str, str],
    streams: dict[str, IO[bytes]],
    line: _Line,
    ctx: Collector,
) -> None:
    where = f"{line.source} line {line.number}"
    f = line.fields
    filename, offset, length = f.get("filename"), f.get("offset"), f.get("length")
    try:
        offset_n, length_n = int(str(offset)), int(str(length))
    except ValueError:
        ctx.add(
            "WACZ-INDEX-INVALID",
            line.source,
            f"{where}: offset {offset!r} or length {length!r} is not a number",
        )
        return
    member = warcs.get(str(filename)) if filename is not None else None
    if member is None:
        ctx.add("WACZ-INDEX-TARGET", line.source, f"{where}: file {filename!r} is not in archive/")
        return
    if offset_n < 0 or length_n <= 0 or offset_n + length_n > members[member].file_size:
        ctx.add(
            "WACZ-INDEX-TARGET",
            line.source,
            f"{where}: bytes {offset_n}+{length_n} lie outside {member} ({members[member].file_size} bytes)",
        )
        return
    if member not in streams:
        streams[member] = zf.open(members[member])
    try:
        head = _warc_record_head(streams[member], offset_n, length_n)
    except _ZIP_ERRORS:
        head = None
    if head is None:
        ctx.add("WACZ-INDEX-TARGET", line.source, f"{where}: no WARC record at offset {offset_n} of {member}")
        return
    rtype = head.get("warc-type", "")
    if rtype not in _REPLAYABLE:
        ctx.add(
            "WACZ-INDEX-NOT-REPLAYABLE",
            line.source,
            f"{where}: points at a {rtype or 'typeless'} record ({head.get('warc-target-uri')})",
        )
    uri = head.get("warc-target-uri", "").strip("<>")
    url = f.get("url")
    if isinstance(url, str) and uri != url:
        ctx.add(
            "WACZ-INDEX-RECORD-MISMATCH",
            line.source,
            f"{where}: url is {url} but the record's WARC-Target-URI is {uri}",
        )
    date = _date14(head.get("warc-date", ""))
    if not date.startswith(line.timestamp[:14]) and not line.timestamp.startswith(date):
        ctx.add(
            "WACZ-INDEX-RECORD-MISMATCH",
            line.source,
            f"{where}: timestamp {line.timestamp} but the record's WARC-Date is {head.get('warc-date')}",
        )


def _validate_warcs(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], ctx: Collector) -> int:
    """Every WARC of archive/ validated, its findings added; the number of records read."""
    names = [n for n in members if n.startswith("archive/")]
    if not [n for n in names if n.endswith((".warc", ".warc.gz"))]:
        ctx.add("WACZ-FILE-MISSING", None, "no WARC file (.warc or .warc.gz) in archive/")
    records = 0
    for name in sorted(names):
        try:
            with zf.open(members[name]) as stream:
                found, stats = validate_warc_stream(stream, name=name, path=name)  # type: ignore[arg-type]
        except _ZIP_ERRORS as exc:
            ctx.add("WACZ-ZIP-CORRUPT", name, f"{name} cannot be read: {exc}")
            continue
        ctx.extend(found)
        records += stats.get("records", 0)
    return records


def _iter_page_misses(pages: list[str], lines: list[_Line]) -> Iterator[str]:
    indexed = {str(line.fields.get("url")) for line in lines}
    for url in pages:
        if url not in indexed:
            yield url


def validate_wacz(path: Path) -> Report:
    """Validate one WACZ file (see the module docstring). Never raises for a damaged file."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        ctx = _collector()
        ctx.add("WACZ-UNREADABLE", None, f"{path.name} could not be opened: {exc.strerror or exc}")
        return Report(target=str(path), kind="wacz", findings=ctx.findings)
    with handle:
        return _validate(handle, str(path), path.name)


def validate_wacz_bytes(data: bytes, name: str = "wacz") -> Report:
    """The same checks on a WACZ held in memory (for a WACZ inside a bag that cannot be read seekably)."""
    return validate_wacz_stream(io.BytesIO(data), name)


def validate_wacz_stream(stream: IO[bytes], name: str = "wacz") -> Report:
    """The same checks on a WACZ read from a seekable binary stream (a WACZ inside a bag folder or plain
    tar, read in place: a zip is read from its end, so it needs random access, not the whole file in memory).
    """
    return _validate(stream, name, name)


def _validate(stream: IO[bytes], target: str, name: str) -> Report:
    ctx = _collector()
    report = Report(target=target, kind="wacz", findings=ctx.findings)
    try:
        zf = zipfile.ZipFile(stream)
    except _ZIP_ERRORS as exc:
        ctx.add("WACZ-NOT-ZIP", None, f"{name} is not a readable ZIP archive: {exc}")
        return report
    with zf:
        _validate_zip(zf, ctx, report.stats)
    return report


def _validate_zip(zf: zipfile.ZipFile, ctx: Collector, stats: dict[str, int]) -> None:
    try:
        members = _check_members(zf, ctx)
        package_raw = _check_datapackage(zf, members, ctx)
        _check_digest(zf, members, package_raw, ctx)
        pages = _check_pages(zf, members, ctx)
        lines = _index_lines(zf, members, ctx)
        _check_index_targets(zf, members, lines, ctx)
        for url in _iter_page_misses(pages, lines):
            ctx.add("WACZ-PAGE-NOT-INDEXED", "pages/pages.jsonl", f"page {url} has no index line")
        stats["warc_records"] = _validate_warcs(zf, members, ctx)
        stats.update({"members": len(members), "index_lines": len(lines), "pages": len(pages)})
    except _ZIP_ERRORS as exc:
        ctx.add("WACZ-ZIP-CORRUPT", None, f"the archive broke while being read: {exc}")
