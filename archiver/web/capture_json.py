"""``data/capture/capture.json``: what the HTTP exchange was, for readers who do not parse WARCs.

The metadata schema (ArticleMetadata 1.0.0) has no fields for HTTP status, content type, redirects, IP
address or timings, and it is not changed here; until it grows them, they are recorded in this file and in
a WARC ``metadata`` record holding the same bytes. Everything here is also derivable from the WARC's
request and response records, which remain the evidence; this file is the readable summary.
"""

from __future__ import annotations

from datetime import UTC, datetime

from archiver.formats.warc.capture import WrittenRecord, payload_digest
from archiver.jsontext import pretty_json
from archiver.web.capture import Capture
from archiver.web.fetch import Exchange
from archiver.web.http import media_type

__all__ = ["capture_document", "capture_json"]

FORMAT = "news-archiver web capture 1.0"


def _when(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _exchange(ex: Exchange) -> dict[str, object]:
    return {
        "url": ex.target.url,
        "status": ex.status,
        "reason": ex.head.reason,
        "ip_address": ex.ip,
        "started": _when(ex.started),
        "content_type": ex.head.get("Content-Type"),
        "content_encoding": ex.head.get("Content-Encoding"),
        "transfer_encoding": ex.head.get("Transfer-Encoding"),
        "location": ex.head.get("Location"),
        "body_bytes": len(ex.body),
        "payload_bytes": len(ex.entity),
        "payload_digest": payload_digest(ex),
        "timings": ex.timings.to_dict(),
    }


def capture_document(
    capture: Capture, *, canonical_url: str | None, records: tuple[WrittenRecord, ...], warc_name: str
) -> dict[str, object]:
    page = capture.page
    mime, charset = media_type(page.head.get("Content-Type"))
    kinds = {r.record_id: r.rec_type for r in records}
    resources = []
    written = [r for r in records if r.rec_type in ("response", "revisit")]
    for ex, rec in zip(capture.resources, written[len(capture.hops) :], strict=True):
        item = _exchange(ex)
        item["record"] = kinds[rec.record_id]
        resources.append(item)
    return {
        "format": FORMAT,
        "requested_url": capture.requested_url,
        "final_url": page.target.url,
        "canonical_url": canonical_url,
        "status": page.status,
        "content_type": page.head.get("Content-Type"),
        "media_type": mime,
        "charset": charset,
        "ip_address": page.ip,
        "user_agent": capture.user_agent,
        "robots": (
            "ignored"
            if capture.robots_ignored
            else [{"url": r.url, "status": r.status, "mode": r.mode} for r in capture.robots]
        ),
        "redirects": [_exchange(ex) for ex in capture.hops[:-1]],
        "page": _exchange(page),
        "decoded_bytes": len(capture.html),
        "resources": resources,
        "skipped": [{"url": s.url, "code": s.code, "message": s.message} for s in capture.skipped],
        "warnings": [w.message for w in capture.warnings],
        "warc": {"file": warc_name, "page_response_record": written[len(capture.hops) - 1].record_id},
    }


def capture_json(document: dict[str, object]) -> bytes:
    return pretty_json(document)
