"""Writing WACZ 1.1.1 (Web Archive Collection Zipped) files: a WARC, its CDXJ index and a page list, zipped.

Where the cut is: this module writes a WACZ from a WARC already built (:mod:`archiver.formats.warc.capture`
says where each record went), including the CDXJ index and its SURT keys; checking a WACZ, ours or anyone's,
is :mod:`archiver.formats.wacz.validator`. The two share no code on purpose: the validator reads what other
tools write too (ZipNum indexes, the 1.0.0 layout), and the validation path must not load the writer's JSON
serialiser (pydantic-core).

Layout (WACZ 1.1.1 "Directory Layout"), in this order inside the zip:

    archive/<name>.warc.gz   the WARC, STORED (already gzip per record: compressing again would stop
                              readers seeking straight to a record, which is the point of the format)
    indexes/index.cdx        CDXJ lines, sorted
    pages/pages.jsonl        a header line, then one line per page
    datapackage.json         Frictionless Data Package: every file above with its sha256 and size
    datapackage-digest.json  the sha256 of datapackage.json

Members after the WARC are DEFLATED from DEFLATE_FROM bytes on, STORED below: the zip module sets up a
full 32 KiB deflate window for each member (22 us, more than compressing a few hundred bytes), and a
single page's index, datapackage and digest are a few hundred bytes each. The spec leaves the method of
these members open; readers handle both.

Decisions:

* The index is named ``index.cdx`` although it holds CDXJ: the spec only requires CDXJ content, ReplayWeb.page
  (wabac.js) loads both ``.cdx`` and ``.cdxj``, but pywb's ``wb-manager add --unpack-wacz`` only picks up
  ``*.cdx`` and ``*.cdx.gz`` and silently adds nothing otherwise. py-wacz uses the same name.
* Only ``response``, ``revisit`` and ``resource`` records with an http(s) target are indexed: requests are
  not replayable, and a ``metadata`` record (our JSON, under its own URN) must never be found under a page's
  URL, or replay would serve the JSON instead of the page.
* CDXJ fields follow pywb and py-wacz: ``url``, ``mime``, ``status``, ``digest``, ``length``, ``offset``,
  ``filename``, numbers as strings. The key is a SURT (:func:`surt`) and a 14-digit timestamp.
* Reproducible: zip entries carry the capture time (not "now"), fixed permissions and a fixed creator
  system, compression level 6; JSON is written with a fixed key order. Same inputs, same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from archiver.jsontext import pretty_json

__all__ = ["DEFLATE_FROM", "IndexEntry", "Page", "build_cdxj", "build_wacz", "surt", "timestamp14"]

WACZ_VERSION = "1.1.1"
INDEX_PATH = "indexes/index.cdx"
PAGES_PATH = "pages/pages.jsonl"
DATAPACKAGE = "datapackage.json"
DATAPACKAGE_DIGEST = "datapackage-digest.json"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
INDEXED_TYPES = frozenset({"response", "revisit", "resource"})

_WWW_RE = re.compile(r"^www\d*\.")
_DEFAULT_PORTS = {"http": "80", "https": "443"}
# RFC 3986 unreserved characters: a %XX escape of one of these means the same as the character itself.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE_RE = re.compile(r"%([0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class IndexEntry:
    """One record as a CDXJ line describes it."""

    url: str
    date: datetime
    rec_type: str  # "response", "revisit", "resource"
    status: int | None
    mime: str | None
    digest: str | None  # WARC-Payload-Digest
    offset: int
    length: int
    filename: str


@dataclass(frozen=True)
class Page:
    """An entry of pages.jsonl: the page a viewer opens first."""

    id: str
    url: str
    date: datetime
    title: str | None = None
    text: str | None = None


def _unescape_unreserved(text: str) -> str:
    return _ESCAPE_RE.sub(
        lambda m: chr(int(m.group(1), 16)) if chr(int(m.group(1), 16)) in _UNRESERVED else m.group(0).upper(),
        text,
    )


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg == ".":
            if i == len(segments) - 1:
                out.append("")
            continue
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
            continue
        out.append(seg)
    return "/".join(out)


def surt(url: str) -> str:
    """The SURT key replay tools look a URL up by (the canonical form of pywb's ``surt`` package, for the
    URLs a capture produces): scheme, credentials and fragment dropped; host lower-cased, a leading
    ``www``/``wwwN`` removed, labels reversed and comma-joined; a non-default port kept; then ``)`` and the
    path and query lower-cased, dot segments resolved, escapes of unreserved characters decoded, query
    parameters sorted. ``http://www.Example.com/A?b=1&a=2`` gives ``com,example)/a?a=2&b=1``.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    host = _WWW_RE.sub("", host)
    key = ",".join(reversed(host.split("."))) if host else ""
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        key += f":{port}"
    path = _remove_dot_segments(_unescape_unreserved(parts.path or "/")) or "/"
    if not path.startswith("/"):
        path = "/" + path
    key += ")" + path.lower()
    if parts.query:
        params = sorted(_unescape_unreserved(parts.query).lower().split("&"))
        key += "?" + "&".join(params)
    return key


def timestamp14(date: datetime) -> str:
    u = date.astimezone(UTC)
    return f"{u.year:04d}{u.month:02d}{u.day:02d}{u.hour:02d}{u.minute:02d}{u.second:02d}"


def rfc3339(date: datetime) -> str:
    u = date.astimezone(UTC)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def cdxj_line(entry: IndexEntry) -> bytes:
    """``<surt> <timestamp> <json>`` (no newline). Revisits get mime ``warc/revisit`` as pywb expects."""
    fields: dict[str, str] = {"url": entry.url}
    fields["mime"] = "warc/revisit" if entry.rec_type == "revisit" else (entry.mime or "unk")
    if entry.status is not None:
        fields["status"] = str(entry.status)
    if entry.digest:
        fields["digest"] = entry.digest
    fields["length"] = str(entry.length)
    fields["offset"] = str(entry.offset)
    fields["filename"] = entry.filename
    text = f"{surt(entry.url)} {timestamp14(entry.date)} {json.dumps(fields, ensure_ascii=False)}"
    return text.encode("utf-8")


def build_cdxj(entries: Sequence[IndexEntry]) -> bytes:
    """The index: one line per replayable http(s) record, sorted bytewise (what binary search needs)."""
    lines = sorted(
        cdxj_line(e)
        for e in entries
        if e.rec_type in INDEXED_TYPES and urlsplit(e.url).scheme.lower() in ("http", "https")
    )
    return b"".join(line + b"\n" for line in lines)


def build_pages(pages: Sequence[Page]) -> bytes:
    lines = [json.dumps(PAGES_HEADER, ensure_ascii=False)]
    for page in pages:
        item: dict[str, str] = {"id": page.id, "url": page.url, "ts": rfc3339(page.date)}
        if page.title:
            item["title"] = page.title
        if page.text:
            item["text"] = page.text
        lines.append(json.dumps(item, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def sha256_label(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _zip_time(date: datetime) -> tuple[int, int, int, int, int, int]:
    u = date.astimezone(UTC)
    if u.year < 1980:  # the zip format cannot express earlier times
        return (1980, 1, 1, 0, 0, 0)
    return (u.year, u.month, u.day, u.hour, u.minute, u.second - u.second % 2)


#: Members after the WARC this large or larger are DEFLATED; smaller ones are STORED (see the docstring).
DEFLATE_FROM = 2048


def _member(name: str, date: datetime, stored: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_zip_time(date))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the permissions below mean the same everywhere
    info.external_attr = 0o644 << 16
    return info


@dataclass(frozen=True)
class WaczResult:
    data: bytes
    index: bytes
    pages: bytes
    datapackage: bytes


def build_wacz(
    *,
    warc_name: str,
    warc_data: bytes,
    entries: Sequence[IndexEntry],
    pages: Sequence[Page],
    title: str,
    created: datetime,
    software: str,
    description: str | None = None,
    main_page: Page | None = None,
) -> WaczResult:
    """The WACZ bytes for one WARC (see the module docstring for layout and decisions)."""
    if "/" in warc_name or not warc_name.endswith((".warc.gz", ".warc")):
        raise ValueError(f"WARC name must be a plain .warc or .warc.gz file name: {warc_name!r}")
    index = build_cdxj(entries)
    pages_data = build_pages(pages)
    files = [(f"archive/{warc_name}", warc_data), (INDEX_PATH, index), (PAGES_PATH, pages_data)]
    package: dict[str, object] = {
        "profile": "data-package",
        "resources": [
            {"name": path.rsplit("/", 1)[1], "path": path, "hash": sha256_label(data), "bytes": len(data)}
            for path, data in files
        ],
        "wacz_version": WACZ_VERSION,
        "title": title,
    }
    if description:
        package["description"] = description
    package["created"] = rfc3339(created)
    package["software"] = software
    if main_page is not None:
        package["mainPageUrl"] = main_page.url
        package["mainPageDate"] = rfc3339(main_page.date)
    datapackage = pretty_json(package)
    digest = {"path": DATAPACKAGE, "hash": sha256_label(datapackage)}
    digest_data = pretty_json(digest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compresslevel=6) as zf:
        for path, data in [*files, (DATAPACKAGE, datapackage), (DATAPACKAGE_DIGEST, digest_data)]:
            stored = path.startswith("archive/") or len(data) < DEFLATE_FROM
            zf.writestr(_member(path, created, stored), data)
    return WaczResult(buffer.getvalue(), index, pages_data, datapackage)
