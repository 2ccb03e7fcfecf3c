"""What OCFL 1.0 and 1.1 objects and storage roots look like on disk: the names of their parts.

Conformance declarations (§3.2, §4.2), the inventory and its sidecar (§3.5, §3.6), version directory names
(§3.3), the inventory ``type`` of each spec version (§3.5.1), the content directory (§3.3.1), and the walk
that finds object roots in a storage hierarchy (§4.3). Every reader and writer of OCFL in archiver takes
these names from here, so the repository (:mod:`archiver.repository`) and the validator
(:mod:`archiver.formats.ocfl.validator`) agree on them; building inventories is
:mod:`archiver.formats.ocfl.versions`, reading them :mod:`archiver.formats.ocfl.reading`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "CONTENT_DIR",
    "DIGEST_ALGORITHM",
    "FIXITY_ALGORITHM",
    "INVENTORY",
    "INVENTORY_ALGORITHMS",
    "INVENTORY_TYPES",
    "OCFL_VERSION",
    "ROOT_DECLARATION",
    "SPEC_VERSIONS",
    "find_root_spec",
    "inventory_type",
    "is_uri",
    "object_declaration",
    "object_spec",
    "root_declaration",
    "sidecar_name",
    "spec_of_type",
    "version_number",
    "walk_objects",
]

OCFL_VERSION = "1.1"  # what new storage roots declare
SPEC_VERSIONS = ("1.0", "1.1")  # what archiver reads (a 1.1 root may hold 1.0 objects, §4.2 E081)
INVENTORY = "inventory.json"
DIGEST_ALGORITHM = "sha512"  # OCFL 1.1 §3.4: SHOULD use sha512 (W004); what new objects use
#: The content-addressing algorithms an inventory may use (§3.4, E025), hashlib's names for them.
INVENTORY_ALGORITHMS = ("sha512", "sha256")
FIXITY_ALGORITHM = "sha256"  # the bag's own manifest algorithm, kept in the fixity block (§3.5.4)
CONTENT_DIR = "content"  # §3.3.1 default, so no contentDirectory key
#: A version directory name (§3.3): ``v`` and a positive number, zero-padded (``v001``) or not (``v1``).
VERSION_RE = re.compile(r"^v([0-9]+)$")
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def root_declaration(spec: str) -> str:
    """The storage root's conformance declaration file name (§4.2, NAMASTE)."""
    return f"0=ocfl_{spec}"


def object_declaration(spec: str) -> str:
    """The object's conformance declaration file name (§3.2, NAMASTE)."""
    return f"0=ocfl_object_{spec}"


def inventory_type(spec: str) -> str:
    """The inventory ``type`` of a spec version (§3.5.1, E038)."""
    return f"https://ocfl.io/{spec}/spec/#inventory"


#: §3.5.1 ``type``: the URI of the inventory section of each spec version, to the version.
INVENTORY_TYPES: Mapping[str, str] = {inventory_type(spec): spec for spec in SPEC_VERSIONS}


def spec_of_type(value: object) -> str | None:
    """The spec version an inventory ``type`` names, if it is one archiver reads."""
    return INVENTORY_TYPES.get(value) if isinstance(value, str) else None


def sidecar_name(algorithm: str) -> str:
    """``inventory.json.<digestAlgorithm>`` (§3.6, E058)."""
    return f"{INVENTORY}.{algorithm}"


ROOT_DECLARATION = root_declaration(OCFL_VERSION)


def version_number(name: Any) -> int | None:
    """The number of a version directory name (``v3``, ``v003``); None for anything else."""
    match = VERSION_RE.match(name) if isinstance(name, str) else None
    if match is None or int(match.group(1)) == 0:
        return None
    return int(match.group(1))


def is_uri(value: str) -> bool:
    """Has a scheme and no spaces: what OCFL 1.1 §3.5.3.1 (W009) wants for ``user.address``."""
    return bool(URI_RE.match(value))


def find_root_spec(root: Path) -> str | None:
    """The OCFL version a storage root declares (``0=ocfl_1.1`` or ``0=ocfl_1.0``, §4.2), if any."""
    for spec in reversed(SPEC_VERSIONS):
        if (root / root_declaration(spec)).is_file():
            return spec
    return None


def object_spec(path: Path) -> str | None:
    """The OCFL version an object root declares (``0=ocfl_object_1.x``, §3.2), if any."""
    for spec in reversed(SPEC_VERSIONS):
        if (path / object_declaration(spec)).is_file():
            return spec
    return None


def walk_objects(directory: Path, *, top: bool = False) -> Iterator[Path]:
    """Object roots at or below ``directory``: folders holding a ``0=ocfl_object_*`` declaration (§4.3);
    links are never followed and an object's own folders are not searched."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False) or (top and entry.name == "extensions"):
            continue
        try:
            declared = any(name.startswith("0=ocfl_object_") for name in os.listdir(entry.path))
        except OSError:
            continue
        if declared:
            yield Path(entry.path)
        else:
            yield from walk_objects(Path(entry.path))
