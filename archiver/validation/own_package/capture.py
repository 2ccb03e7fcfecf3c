"""The cross-checks of a web capture (``package URL``): capture.json, the page's response record in the
WARC (its entity, decoded as the capture decoded it, is the original byte for byte), the two metadata
records, and the WACZ holding the bag's WARC byte for byte.

Cut here because a capture's WARC has another shape than a file package's (request/response pairs,
revisits, two metadata records) and only a capture has capture.json and a WACZ.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from archiver.formats.bagit.view import BagReader, BagView
from archiver.own_profile import (
    METADATA_PATH,
    WARC_DIR,
)
from archiver.validation.findings import Collector, Finding, finding
from archiver.validation.own_package.codes import CAPTURE_PATH, WACZ_DIR
from archiver.validation.own_package.reading import (
    Digest,
    files_in,
    json_object,
    read_limited,
    report_count,
    shorten,
)
from archiver.validation.own_package.warc import PackagedRecord, PackagedWarc, as_uri, load_warc

__all__ = ["CheckedFiles", "check_web_capture"]

# The HTTP readers are imported by the two functions that read captured HTTP responses: a bag of an article
# file has no response to read, and validating it stays light (issue 14).


@dataclass(frozen=True)
class CheckedFiles:
    """What a web capture's checks need of the files already read: the original and the metadata."""

    original: Digest | None
    meta_bytes: bytes | None
    meta: dict[str, Any] | None


def check_web_capture(view: BagView, read: BagReader, limit: int, files: CheckedFiles) -> list[Finding]:
    """A web capture's capture.json, WARC and WACZ against the metadata, the original and each other."""
    out = Collector()
    capture_bytes, capture = _load_capture(read, limit, out)
    warc = load_warc(view, read, limit, out, http=True)
    if warc is not None:
        response = _page_response(warc, files.meta_bytes, capture_bytes, out)
        if response is not None:
            out.extend(_check_response(warc.path, response, files, limit))
        if capture is not None:
            out.extend(_check_capture(capture, files.meta, warc, response))
    out.extend(_check_wacz(view, read, limit, warc))
    return out.close()


def _load_capture(read: BagReader, limit: int, out: Collector) -> tuple[bytes | None, dict[str, Any] | None]:
    """capture.json's bytes and its JSON object (None for either when unavailable)."""
    raw = read_limited(read, CAPTURE_PATH, limit, out)
    if raw is None:
        return None, None
    return raw, json_object(raw, CAPTURE_PATH, "PKG-CAPTURE-JSON", out)


def _page_response(
    warc: PackagedWarc, meta_bytes: bytes | None, capture_bytes: bytes | None, out: Collector
) -> PackagedRecord | None:
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
            out.add(
                "PKG-WARC-REFERS-TO-RESPONSE",
                warc.path,
                f"the metadata record {record.record_id} in {warc.path} has WARC-Refers-To "
                f"{record.refers_to or '(none)'}, which is no response record of the WARC",
            )
    referred = [responses[r.refers_to] for r in records if r.refers_to in responses]
    if len({r.record_id for r in referred}) > 1:
        out.add(
            "PKG-WARC-REFERS-TO-RESPONSE",
            warc.path,
            f"the metadata records of {METADATA_PATH} and {CAPTURE_PATH} in {warc.path} refer to different "
            f"response records ({referred[0].record_id} and {referred[1].record_id}); both describe one page",
        )
    return referred[0] if referred else None


def _metadata_holding(
    warc: PackagedWarc, source: str, data: bytes | None, missing: str, out: Collector
) -> PackagedRecord | None:
    """The one metadata record whose block is ``data`` (the bytes of ``source``); None, with a finding, if
    there is none or more than one (two would leave it ambiguous which one the capture stands by)."""
    if data is None:
        return None  # absent or unreadable: reported already
    expected = Digest.of(source, data)
    metadata = [r for r in warc.records if r.type == "metadata"]
    matches = [r for r in metadata if r.block.same(expected)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        out.add(
            missing,
            warc.path,
            f"none of the {len(metadata)} metadata records in {warc.path} holds the bytes of {source} "
            f"({expected.describe()})",
        )
    else:
        ids = ", ".join(str(r.record_id) for r in matches)
        out.add(
            "PKG-WARC-METADATA-DUPLICATE",
            warc.path,
            f"{len(matches)} metadata records in {warc.path} ({ids}) hold the bytes of {source}; "
            "a web capture's WARC holds exactly one",
        )
    return None


def _check_response(path: str, response: PackagedRecord, files: CheckedFiles, limit: int) -> list[Finding]:
    """The page's response: filed under the metadata's source_url, its entity the original's bytes."""
    out = Collector()
    if files.meta is not None:
        out.extend(_check_response_uri(path, response, files.meta))
    if files.original is not None:
        out.extend(_check_response_entity(path, response, files.original, limit))
    return out.close()


def _check_response_uri(path: str, response: PackagedRecord, meta: dict[str, Any]) -> list[Finding]:
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
    return isinstance(value, str) and bool(expected) and value in {expected, as_uri(expected)}


def _check_response_entity(
    path: str, response: PackagedRecord, original: Digest, limit: int
) -> list[Finding]:
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
    found = Digest.of(path, page)
    if found.same(original):
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
    parser, archiver.formats.http.head, and the body decoding of archiver.formats.http.body), so what is compared is what was
    stored. Raises HttpFormatError."""
    from archiver.formats.http.body import dechunk, decode_content
    from archiver.formats.http.head import HttpFormatError, head_end, is_chunked, parse_head

    end = head_end(block)
    if end < 0:
        raise HttpFormatError("the block holds no complete HTTP response head")
    head = parse_head(block[:end])
    body = block[end:]
    entity = dechunk(body) if is_chunked(head) else body
    return decode_content(entity, head.get("Content-Encoding"), limit)


def _check_capture(
    doc: dict[str, Any], meta: dict[str, Any] | None, warc: PackagedWarc, response: PackagedRecord | None
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
    out = Collector()
    for name, value, expected, what in pairs:
        if not isinstance(expected, str):
            continue  # unknown here: whatever hid it is reported already
        if value == expected or (name == "final_url" and _same_url(value, expected)):
            continue
        out.add(
            "PKG-CAPTURE-MISMATCH",
            CAPTURE_PATH,
            f"{CAPTURE_PATH} {name} is {shorten(repr(value), 200)}, but {what} is {expected!r}",
        )
    return out.close()


def _check_wacz(view: BagView, read: BagReader, limit: int, warc: PackagedWarc | None) -> list[Finding]:
    """Exactly one .wacz under data/wacz/, replaying the bag's own WARC (its structure: the WACZ validator's)."""
    out = Collector()
    files = files_in(view, WACZ_DIR)
    if len(files) != 1 or not files[0].lower().endswith(".wacz"):
        report_count(
            out, "PKG-WACZ-COUNT", WACZ_DIR, files, "a web capture holds exactly one, a .wacz of its WARC"
        )
    elif warc is not None and warc.digest is not None:
        data = read_limited(read, files[0], limit, out)
        if data is not None:
            out.extend(_compare_wacz_warc(files[0], data, warc.digest, limit))
    return out.close()


def _compare_wacz_warc(path: str, data: bytes, warc: Digest, limit: int) -> list[Finding]:
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
    if copy.same(warc):
        return []
    return [
        finding(
            "PKG-WACZ-WARC",
            path,
            f"{member} in {path} holds {copy.describe()}; the bag's WARC {warc.path} has {warc.describe()}",
        )
    ]


def _member_digest(zf: zipfile.ZipFile, member: str, limit: int) -> Digest:
    """SHA-256 and size of a zip member, reading no more than ``limit`` + 1 bytes (a bomb stops there)."""
    hasher = hashlib.sha256()
    size = 0
    with zf.open(member) as stream:
        while size <= limit and (chunk := stream.read(1 << 20)):
            hasher.update(chunk)
            size += len(chunk)
    return Digest(member, size, hasher.hexdigest())
