"""PREMIS-style preservation events, kept in each OCFL object's ``logs/events.jsonl``.

OCFL 1.1 §3.8 gives every object root an optional ``logs`` directory for "a record of actions taken on the
object", outside the inventory and ignored by validators (Implementation Notes §3.5). We keep one JSON
object per line, append-only, so a reader needs nothing but a JSON parser, and an interrupted append can
damage at most the last line (which :func:`read_events` then skips).

Field names follow PREMIS 3 semantic units (eventType, eventDateTime, eventOutcome, eventDetail,
linkingAgent); eventType values come from the Library of Congress PREMIS event type vocabulary
("ingestion", "fixity check").
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from archiver.__about__ import TOOL_NAME, __version__
from archiver.formats.ocfl.versions import compact_json

__all__ = [
    "AUDIT_DETAIL_PREFIX",
    "CLOCK_SKEW",
    "LOGS_DIR",
    "append_events",
    "checked_since",
    "last_audit",
    "last_audit_in",
    "make_event",
    "parse_events",
    "read_events",
    "rfc3339",
    "utc_now",
]

LOGS_DIR = "logs"
EVENTS_FILE = "events.jsonl"

EventType = Literal["ingestion", "fixity check"]
#: How an audit's "fixity check" event's detail begins (an ingest's fixity check reads otherwise).
AUDIT_DETAIL_PREFIX = "audit: "
Outcome = Literal["success", "failure"]


def utc_now() -> datetime:
    """Now, in UTC, to the second: OCFL 1.1 §3.5.3.1 wants RFC 3339 times, and seconds are enough."""
    return datetime.now(UTC).replace(microsecond=0)


def rfc3339(moment: datetime) -> str:
    """``2024-05-01T12:00:00Z``: RFC 3339 with an explicit UTC designator."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_event(
    event_type: EventType,
    outcome: Outcome,
    detail: str,
    *,
    object_version: str | None,
    when: datetime | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One event as a dict (pure apart from the fresh identifier and, by default, the clock)."""
    event: dict[str, Any] = {
        "eventIdentifier": f"urn:uuid:{uuid.uuid4()}",
        "eventType": event_type,
        "eventDateTime": rfc3339(when or utc_now()),
        "eventOutcome": outcome,
        "eventDetail": detail,
        "linkingAgent": {"name": TOOL_NAME, "version": __version__},
        "objectVersion": object_version,
    }
    if extra:
        event["eventOutcomeDetail"] = extra
    return event


def encode_events(events: Iterable[dict[str, Any]]) -> bytes:
    """JSON Lines: one compact event per line, UTF-8."""
    return b"".join(map(compact_json, events))


def append_events(object_root: Path, events: Iterable[dict[str, Any]], *, durable: bool = True) -> None:
    """Append events to the object's log with one ``O_APPEND`` write, flushed when ``durable``."""
    data = encode_events(events)
    if not data:
        return
    logs = object_root / LOGS_DIR
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(logs / EVENTS_FILE, flags, 0o644)
    except FileNotFoundError:  # the object's first event: no logs folder yet
        logs.mkdir(exist_ok=True)
        fd = os.open(logs / EVENTS_FILE, flags, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def read_events(object_root: Path) -> list[dict[str, Any]]:
    """Every complete event in the object's log, oldest first; a torn or foreign line is skipped."""
    try:
        data = (object_root / LOGS_DIR / EVENTS_FILE).read_bytes()
    except FileNotFoundError:
        return []
    return parse_events(data)


def parse_events(data: bytes) -> list[dict[str, Any]]:
    """The events of a log's bytes (on disk or fetched from S3), oldest first; a torn or foreign line is
    skipped."""
    events: list[dict[str, Any]] = []
    for line in data.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            events.append(value)
    return events


def last_audit(object_root: Path) -> tuple[datetime, Outcome] | None:
    """When the object's log last records an audit (:func:`last_audit_in`); None when it has none, or its
    log cannot be read."""
    try:
        events = read_events(object_root)
    except (OSError, UnicodeDecodeError):
        return None
    return last_audit_in(events)


def last_audit_in(events: list[dict[str, Any]]) -> tuple[datetime, Outcome] | None:
    """When ``events`` last record an audit (a "fixity check" event of ``audit``), and its outcome; None
    when they record none.

    Read by ``audit --since`` for every object of a root, on disk or on S3. Only an audit counts: the
    fixity check an ingest records re-reads just the files of the version it made, so it says nothing of
    the older versions' files. An event whose time cannot be read counts as no audit: the object is then
    audited, which is the safe side.
    """
    latest: tuple[datetime, Outcome] | None = None
    for event in events:
        outcome = event.get("eventOutcome")
        detail = event.get("eventDetail")
        if event.get("eventType") != "fixity check" or outcome not in ("success", "failure"):
            continue
        if not isinstance(detail, str) or not detail.startswith(AUDIT_DETAIL_PREFIX):
            continue
        stamp = event.get("eventDateTime")
        try:
            when = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
        except ValueError:
            continue
        if when is not None and when.tzinfo is not None and (latest is None or when >= latest[0]):
            latest = (when, "success" if outcome == "success" else "failure")
    return latest


#: How far ahead of this machine's clock a recorded audit may be and still count (another host's clock).
CLOCK_SKEW = timedelta(minutes=10)


def checked_since(last: tuple[datetime, Outcome] | None, cutoff: datetime, now: datetime) -> datetime | None:
    """The time of the last audit when it succeeded at or after ``cutoff`` (so ``audit --since`` skips the
    object), else None (due). ``now`` (this machine's clock when the audit began) bounds it, give or take
    :data:`CLOCK_SKEW`: a time further in the future is no evidence of a check (a wrong clock, an edited
    log), so that object is due."""
    if last is not None and last[1] == "success" and cutoff <= last[0] <= now + CLOCK_SKEW:
        return last[0]
    return None
