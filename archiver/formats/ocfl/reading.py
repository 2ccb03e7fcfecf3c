"""Reading an OCFL object's head inventory safely enough to build on it or export from it.

:func:`read_head_inventory` is what every reader and writer of a live object goes through: the root
inventory parsed, its shape checked (:func:`_unusable`: only what readers rely on, far less than the
validator checks), its sidecar compared (§3.6) and its ID matched. The format says what is wrong
(:class:`DamagedObject`); the repository decides what error that is for its caller (``REPO_OBJECT_DAMAGED``).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from archiver.formats.ocfl.structure import (
    INVENTORY,
    INVENTORY_ALGORITHMS,
    sidecar_name,
    spec_of_type,
    version_number,
)
from archiver.formats.ocfl.versions import next_version_name

__all__ = ["DamagedObject", "parse_sidecar", "read_head_inventory", "read_json"]


class DamagedObject(ValueError):
    """An object root whose head inventory cannot be read or built on; the message says why."""


def read_json(path: Path) -> Any:
    """A JSON file, parsed (an inventory read without checks, e.g. to list objects)."""
    return json.loads(path.read_bytes())


def parse_sidecar(text: str) -> str | None:
    """The digest in a sidecar (§3.6: ``DIGEST`` whitespace ``inventory.json``), lower-cased; None if malformed."""
    parts = text.split()
    if len(parts) != 2 or parts[1] != INVENTORY or not re.fullmatch(r"[0-9a-fA-F]+", parts[0]):
        return None
    return parts[0].lower()


def read_head_inventory(live: Path, object_id: str) -> dict[str, Any] | None:
    """The root inventory, verified against its sidecar; None if the object does not exist yet.

    Any object a writer may build on or a reader may export from: OCFL 1.0 or 1.1, sha512 or sha256
    (§3.4), any version naming and content directory. Whatever is not usable raises :class:`DamagedObject`
    with one line saying why, never a traceback: ``archiver validate`` on the object says exactly what is
    wrong.
    """
    try:
        data = (live / INVENTORY).read_bytes()
    except FileNotFoundError:
        if live.exists():
            raise DamagedObject(f"object root without {INVENTORY}") from None
        return None
    except OSError as exc:
        raise DamagedObject(f"{INVENTORY} cannot be read: {exc.strerror}") from None
    try:
        inventory = json.loads(data)
    except ValueError:
        raise DamagedObject(f"{INVENTORY} is not JSON (OCFL 1.1 §3.5, E033)") from None
    problem = _unusable(inventory)
    if problem is not None:
        raise DamagedObject(f"{INVENTORY}: {problem}")
    algorithm = inventory["digestAlgorithm"]
    try:
        recorded = parse_sidecar((live / sidecar_name(algorithm)).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError):
        recorded = None
    if recorded != hashlib.new(algorithm, data).hexdigest():
        raise DamagedObject(f"{INVENTORY} does not match {sidecar_name(algorithm)} (OCFL 1.1 §3.6, E060)")
    if inventory["id"] != object_id:
        raise DamagedObject(f"the inventory names object {inventory['id']!r}, not {object_id!r}")
    try:
        following = next_version_name(inventory)
    except ValueError:
        following = None
    if following is not None and (live / following).exists():
        raise DamagedObject(f"a version directory {following} not in the inventory")
    return dict(inventory)


def _unusable(inventory: Any) -> str | None:
    """Why a parsed inventory cannot be read or built on, or None: the shape every reader here relies on
    (§3.5.1 to §3.5.3). The validator checks far more; this only keeps readers from failing on bad input."""
    if not isinstance(inventory, dict):
        return "not a JSON object"
    for key, kind in (
        ("id", str),
        ("head", str),
        ("digestAlgorithm", str),
        ("manifest", dict),
        ("versions", dict),
    ):
        if not isinstance(inventory.get(key), kind):
            return f"{key!r} is missing or of the wrong type"
    if inventory["digestAlgorithm"] not in INVENTORY_ALGORITHMS:
        return f"digestAlgorithm {inventory['digestAlgorithm']!r} is neither sha512 nor sha256 (§3.4, E025)"
    if spec_of_type(inventory.get("type")) is None:
        return f"type {inventory.get('type')!r} is not an OCFL 1.0 or 1.1 inventory"
    if not all(
        isinstance(p, list) and p and all(isinstance(x, str) for x in p)
        for p in inventory["manifest"].values()
    ):
        return "a manifest entry is not a list of content paths"
    for name, block in inventory["versions"].items():
        if (
            version_number(name) is None
            or not isinstance(block, dict)
            or not isinstance(block.get("state"), dict)
        ):
            return f"version {name!r} is not a version block with a state"
        for digest, paths in block["state"].items():
            if (
                digest not in inventory["manifest"]
                or not isinstance(paths, list)
                or not all(isinstance(x, str) for x in paths)
            ):
                return f"version {name} has a state entry the manifest does not resolve"
    if inventory["head"] not in inventory["versions"]:
        return f"head {inventory['head']!r} is not one of the versions"
    return None
