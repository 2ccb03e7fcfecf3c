"""Reading a repository the way a person browses it: objects with their titles, what changed between two
versions of one, and its event log.

Everything here reads; nothing writes. Titles and metadata come from what the objects store: for the
tool's own bags, the article metadata JSON in the version's state (``data/metadata/article-metadata.json``);
for bags from other tools, bag-info.txt's ``Title`` or ``External-Description`` (RFC 8493 §2.2.2). Each is
one small file per object, found through the inventory (OCFL 1.1 §3.5.3.1: a version's state maps logical
paths to digests, §3.5.2: the manifest maps digests to content paths), so listing reads two small files per
object and hashes nothing: ``archiver audit`` is where stored files are checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from archiver.formats.bagit.tagfiles import parse_tag_fields
from archiver.formats.ocfl.reading import read_json
from archiver.formats.ocfl.structure import INVENTORY, version_number
from archiver.formats.ocfl.versions import find_version, state_map
from archiver.repository import events as ev
from archiver.repository.ocfl import OcflRepository
from archiver.repository.results import ObjectSummary

__all__ = ["ListedObject", "diff_versions", "event_line", "list_objects", "object_log"]

#: Where the tool's own bags keep the article metadata (logical path in the object's state).
METADATA_PATH = "data/metadata/article-metadata.json"
#: Small files read for a title or a diff are read up to this size; a larger one is not metadata.
READ_LIMIT = 4 * 1024 * 1024


@dataclass(frozen=True)
class ListedObject(ObjectSummary):
    """One line of ``repo list``: the object's summary and the title its head stores."""

    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "title": self.title}


def list_objects(
    repo: OcflRepository, *, since: datetime | None = None, title: str | None = None
) -> Iterator[ListedObject]:
    """Every object of the repository, in path order, with its head's title: those whose head was made at or
    after ``since``, and whose title holds ``title`` (any case), when given. An object whose inventory
    cannot be read is left out (``archiver audit`` reports it)."""
    wanted = title.casefold() if title else None
    for root in repo.object_roots():
        try:
            inventory = read_json(root / INVENTORY)
            head = inventory["head"]
            updated = inventory["versions"][head]["created"]
            if since is not None and _parse_time(updated) < since:
                continue
            found = version_title(root, inventory, head)
            if wanted is not None and (found is None or wanted not in found.casefold()):
                continue
            yield ListedObject(
                object_id=inventory["id"],
                path=root.relative_to(repo.root).as_posix(),
                head=head,
                versions=len(inventory["versions"]),
                updated=updated,
                title=found,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue


def _parse_time(value: str) -> datetime:
    """An inventory's ``created`` (RFC 3339, §3.5.3.1), as an aware datetime."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def version_title(object_root: Path, inventory: Mapping[str, Any], version: str) -> str | None:
    """The title a version stores: the article metadata's ``title``, else bag-info.txt's ``Title``, else its
    ``External-Description``; None when it has none of them."""
    metadata = version_metadata(object_root, inventory, version)
    if metadata is not None and isinstance(metadata.get("title"), str) and metadata["title"].strip():
        return str(metadata["title"]).strip()
    data = _read_logical(object_root, inventory, version, "bag-info.txt")
    if data is None:
        return None
    fields = parse_tag_fields(data.decode("utf-8-sig", errors="replace"))
    for label in ("title", "external-description"):
        for name, value in fields:
            if name.lower() == label and value.strip():
                return value.strip()
    return None


def version_metadata(object_root: Path, inventory: Mapping[str, Any], version: str) -> dict[str, Any] | None:
    """The article metadata JSON of a version, or None when it stores none (or none that parses)."""
    data = _read_logical(object_root, inventory, version, METADATA_PATH)
    if data is None:
        return None
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _read_logical(
    object_root: Path, inventory: Mapping[str, Any], version: str, logical: str
) -> bytes | None:
    """The bytes of one logical file of a version, through the manifest's first content path; None when the
    version has no such file, its content path is not a safe relative path (§3.5.2, E100), or it is large."""
    digest = state_map(inventory, version).get(logical)
    if digest is None:
        return None
    paths = inventory["manifest"].get(digest) or []
    if not paths or not _safe(paths[0]):
        return None
    try:
        with (object_root / paths[0]).open("rb") as handle:
            data = handle.read(READ_LIMIT + 1)
    except OSError:
        return None
    return data if len(data) <= READ_LIMIT else None


def _safe(path: str) -> bool:
    parts = path.split("/")
    return not path.startswith("/") and "\x00" not in path and all(p not in ("", ".", "..") for p in parts)


# --------------------------------------------------------------------------------------------------------
# diff
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionDiff:
    """What changed from one version of an object to another: files by logical path, metadata by field."""

    object_id: str
    old: str
    new: str
    added: list[str]
    removed: list[str]
    changed: list[str]
    metadata: list[dict[str, Any]]  # {"field": dotted name, "old": value, "new": value}; absent as None

    @property
    def same(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "from": self.old,
            "to": self.new,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "metadata": self.metadata,
        }


def diff_versions(repo: OcflRepository, object_id: str, old: str | None, new: str | None) -> VersionDiff:
    """Compare two versions (``v1``, ``1``; default: the one before the head, and the head).

    Files are compared by their digest in the inventory (§3.5.3.1 state), so nothing is read to tell which
    changed; only the two metadata JSON files are read, for the fields that changed.
    """
    inventory = repo.inventory(object_id)
    root = repo.object_root(object_id)
    new_name = find_version(inventory, new)
    if old is None:
        number = version_number(new_name) or 1
        earlier = [v for v in inventory["versions"] if (version_number(v) or 0) < number]
        old_name = max(earlier, key=lambda v: version_number(v) or 0) if earlier else new_name
    else:
        old_name = find_version(inventory, old)
    before = {p: d.lower() for p, d in state_map(inventory, old_name).items()}
    after = {p: d.lower() for p, d in state_map(inventory, new_name).items()}
    fields: list[dict[str, Any]] = []
    meta_before = version_metadata(root, inventory, old_name)
    meta_after = version_metadata(root, inventory, new_name)
    if meta_before is not None or meta_after is not None:
        flat_before, flat_after = _flatten(meta_before or {}), _flatten(meta_after or {})
        for name in sorted(flat_before.keys() | flat_after.keys()):
            if flat_before.get(name) != flat_after.get(name):
                fields.append({"field": name, "old": flat_before.get(name), "new": flat_after.get(name)})
    return VersionDiff(
        object_id=object_id,
        old=old_name,
        new=new_name,
        added=sorted(after.keys() - before.keys()),
        removed=sorted(before.keys() - after.keys()),
        changed=sorted(p for p in before.keys() & after.keys() if before[p] != after[p]),
        metadata=fields,
    )


def _flatten(value: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted field names (``dates.captured``); lists and scalars are values."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, Mapping) and item:
            flat.update(_flatten(item, name + "."))
        else:
            flat[name] = item
    return flat


# --------------------------------------------------------------------------------------------------------
# log
# --------------------------------------------------------------------------------------------------------


def object_log(repo: OcflRepository, object_id: str) -> list[dict[str, Any]]:
    """The object's PREMIS events (its ``logs/events.jsonl``, OCFL 1.1 §3.8), oldest first."""
    repo.inventory(object_id)  # OBJECT_NOT_FOUND (with what was meant) before an empty log
    return ev.read_events(repo.object_root(object_id))


def event_line(event: Mapping[str, Any]) -> str:
    """One event as one readable line: when, version, type, outcome, and what happened."""
    agent = event.get("linkingAgent") or {}
    who = f" [{agent.get('name')} {agent.get('version')}]" if isinstance(agent, Mapping) and agent else ""
    return (
        f"{event.get('eventDateTime', '-')}  {event.get('objectVersion') or '-':4} "
        f"{event.get('eventType', '-')}: {event.get('eventOutcome', '-')}, {event.get('eventDetail', '')}{who}"
    )
