# complete — fixtures for every testable code
"""OCFL objects and storage roots that each break one rule, for OCFL 1.0 and 1.1.

Nothing here is stored on disk ahead of time: every fixture is written at test time by the small writer
below (:class:`OcflObject`, :class:`StorageRoot`), which produces a valid object or root and then lets a
fixture break exactly one thing: edit the inventory before it is written (sidecars are then computed from
the edited text), edit one earlier version's inventory, transform the serialized bytes, or change files
after writing.

Registries:

* ``BAD``: each fixture must make a validator report ``fixture.code`` as an error, and no other error
  except those in ``fixture.also`` (kept rare; each one is explained where it is declared).
* ``WARN``: valid, and ``fixture.code`` must be among the warnings.
* ``GOOD``: valid; the only warnings allowed are those in ``fixture.also``.
* ``UNTESTABLE``: codes of the spec's lists that no fixture can exercise, with the reason.

A fixture's name begins with its code, so a failing parametrized test names the rule it is about.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

Json = dict[str, Any]
Edit = Callable[[Json], None]
Tweak = Callable[[Path], None]
BuildFn = Callable[[str, Path], Path]

SPECS: tuple[str, ...] = ("1.0", "1.1")


def _span(prefix: str, first: int, last: int) -> set[str]:
    return {f"{prefix}{n:03d}" for n in range(first, last + 1)}


#: The codes of each version's validation-codes list (E065, E109 and W006 are in neither; E068, E086
#: and E091 are only in 1.0; E103-E112 and W016 only in 1.1).
ERROR_CODES: dict[str, frozenset[str]] = {
    "1.0": frozenset(_span("E", 1, 64) | _span("E", 66, 102)),
    "1.1": frozenset(
        _span("E", 1, 64)
        | {"E066", "E067"}
        | _span("E", 69, 85)
        | _span("E", 87, 90)
        | _span("E", 92, 108)
        | _span("E", 110, 112)
    ),
}
WARNING_CODES: dict[str, frozenset[str]] = {
    "1.0": frozenset(_span("W", 1, 5) | _span("W", 7, 15)),
    "1.1": frozenset(_span("W", 1, 5) | _span("W", 7, 16)),
}

#: Codes no fixture exercises, and why. A code that is testable in one version only says so; the
#: coverage test accepts a code that is either covered by a fixture of that version or listed here.
UNTESTABLE: dict[str, str] = {
    "E002": "umbrella rule (the declaration follows NAMASTE); every concrete way to break it is one of the "
    "more specific E003-E007, which have fixtures",
    "E013": "1.0 words it as a rule for operations that add a version, not for an object at rest; 1.1's "
    "'consistent across all versions' cannot be broken without breaking E012, which has the fixture",
    "E022": "an instruction to validators (ignore other directories in a version directory); exercised by "
    "W002_extra_dir_in_version_dir, whose extra directory holds a file that must not raise an error",
    "E026": "a rule on which algorithm names implementers choose; at rest it is the same violation as an "
    "unknown fixity key, E056_unknown_fixity_algorithm (which also allows E026)",
    "E027": "a capability every client must have; exercised by GOOD objects carrying md5, sha1, sha256 and "
    "blake2b-512 fixity, which must be verified, and by E093_fixity_digest_mismatch",
    "E028": "an instruction to ignore unsupported optional algorithms; exercised by the GOOD full object, "
    "whose fixity also has blake2b-160 from the digest-algorithms extension (0001)",
    "E051": "an instruction on how to read a logical path, not a property a path can lack",
    "E062": "sidecar written last is about the order of writing; at rest a stale sidecar is E060",
    "E068": "1.0 only: where an extension is documented (the extensions repository, or a text file in the "
    "storage root) cannot be decided from the files; an unregistered name is warned as W013",
    "E074": "independence of storage roots from each other is not visible inside one root",
    "E075": "umbrella rule (the root declaration follows NAMASTE); the concrete breaks are E076-E080",
    "E076": "1.0 only (1.1 has E076_two_root_declarations): 1.0 words it as 'the declaration is a file in "
    "the base directory', and a root without one breaks E069 first; E069_no_root_declaration allows E076",
    "E081": "1.1 only: no specification later than 1.1 exists for an object to declare (tested in 1.0 by a "
    "1.1 object in a 1.0 root)",
    "E087": "an instruction to validators (ignore files in the storage root they do not understand); "
    "exercised by the GOOD roots, which hold a README.txt that must not raise anything",
    "E089": "about what to do when non-OCFL features must be kept; nothing at rest shows it was needed",
    "E091": "1.0 only: a property of the filesystem (case preservation), not of the files",
    "E098": "an instruction on how to read a content path, not a property a path can lack",
    "W012": "whether files under logs/ record actions on the object is not decidable from the files",
}

DEFAULT_USER: Json = {"name": "Ada Archivist", "address": "mailto:ada@example.org"}
DEFAULT_ID = "urn:example:fixture"
_DEFAULT = "\0default"  # stands for "Version N" as a message

LAYOUTS: dict[str, str] = {
    "0002": "0002-flat-direct-storage-layout",
    "0004": "0004-hashed-n-tuple-storage-layout",
}

_HASHES: dict[str, Callable[[], Any]] = {
    "md5": hashlib.md5,
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
    "blake2b-512": lambda: hashlib.blake2b(digest_size=64),
    "blake2b-384": lambda: hashlib.blake2b(digest_size=48),
    "blake2b-256": lambda: hashlib.blake2b(digest_size=32),
    "blake2b-160": lambda: hashlib.blake2b(digest_size=20),
}


def digest(data: bytes, algorithm: str) -> str:
    """Lower-case hex digest of ``data``."""
    h = _HASHES[algorithm]()
    h.update(data)
    return str(h.hexdigest())


def path_0004(object_id: str) -> str:
    """Object root path under extension 0004 with its defaults (sha256, 3 tuples of 3, full digest)."""
    h = digest(object_id.encode("utf-8"), "sha256")
    return f"{h[0:3]}/{h[3:6]}/{h[6:9]}/{h}"


def inventory_type(spec: str) -> str:
    return f"https://ocfl.io/{spec}/spec/#inventory"


def serialize(inventory: Any) -> bytes:
    return (json.dumps(inventory, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def write(root: Path, rel: str, data: bytes | str) -> Path:
    """Write a file at ``root/rel``, creating parents."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def remove(root: Path, rel: str) -> None:
    path = root / rel
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _sidecar_algorithm(raw: bytes, fallback: str) -> str:
    try:
        parsed = json.loads(raw)
    except ValueError:
        return fallback
    if isinstance(parsed, dict) and parsed.get("digestAlgorithm") in _HASHES:
        return str(parsed["digestAlgorithm"])
    return fallback


def write_inventory(directory: Path, raw: bytes, algorithm: str) -> None:
    """Write ``inventory.json`` and its sidecar ``inventory.json.ALGORITHM`` (``DIGEST inventory.json``)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "inventory.json").write_bytes(raw)
    (directory / f"inventory.json.{algorithm}").write_text(f"{digest(raw, algorithm)} inventory.json\n")


def rewrite_inventory(directory: Path, edit: Edit) -> None:
    """Load the inventory in ``directory``, edit it, write it back with a matching sidecar."""
    inventory = json.loads((directory / "inventory.json").read_text(encoding="utf-8"))
    edit(inventory)
    raw = serialize(inventory)
    write_inventory(directory, raw, _sidecar_algorithm(raw, "sha512"))


@dataclass
class Version:
    state: dict[str, bytes]  # logical path -> bytes
    message: str | None
    user: Json | None
    created: str | None


class OcflObject:
    """A tiny OCFL object writer: versions of logical files in, a valid object (unless edited) out.

    Each digest is stored once, at the first version and the first logical path (sorted) that has it, so
    identical content at several logical paths or across versions is deduplicated.
    """

    def __init__(
        self,
        spec: str,
        object_id: str = DEFAULT_ID,
        *,
        algorithm: str = "sha512",
        content_directory: str | None = None,
        padding: int = 0,
        names: Sequence[str] | None = None,
        fixity: Sequence[str] = (),
        declaration: bool = True,
        content_name: Callable[[str], str] | None = None,
    ) -> None:
        self.spec = spec
        self.object_id = object_id
        self.algorithm = algorithm
        self.content_directory = content_directory
        self.padding = padding
        self.names = list(names) if names is not None else None
        self.fixity = tuple(fixity)
        self.declaration = declaration
        self.content_name = content_name
        self.versions: list[Version] = []
        self.skip_version_inventory: set[int] = set()
        self._edits: list[Edit] = []
        self._version_edits: dict[int, list[Edit]] = {}
        self._raw: list[Callable[[bytes], bytes]] = []
        self._tweaks: list[Tweak] = []

    # -- describing the object -------------------------------------------------------------------------

    def version(
        self,
        state: Mapping[str, bytes],
        *,
        message: str | None = _DEFAULT,
        user: Json | None = DEFAULT_USER,
        created: str | None = None,
    ) -> OcflObject:
        self.versions.append(Version(dict(state), message, copy.deepcopy(user), created))
        return self

    def edit(self, fn: Edit) -> OcflObject:
        """Edit the current inventory (the root one and its identical copy in the head version)."""
        self._edits.append(fn)
        return self

    def edit_version(self, number: int, fn: Edit) -> OcflObject:
        """Edit the inventory kept in an earlier version directory (1-based version number)."""
        self._version_edits.setdefault(number, []).append(fn)
        return self

    def raw(self, fn: Callable[[bytes], bytes]) -> OcflObject:
        """Transform the serialized current inventory; sidecars are computed from the result."""
        self._raw.append(fn)
        return self

    def then(self, fn: Tweak) -> OcflObject:
        """Change files after the object is written (receives the object root)."""
        self._tweaks.append(fn)
        return self

    def without_version_inventory(self, number: int) -> OcflObject:
        self.skip_version_inventory.add(number)
        return self

    # -- derived values ---------------------------------------------------------------------------------

    def vname(self, number: int) -> str:
        if self.names is not None:
            return self.names[number - 1]
        return f"v{str(number).zfill(self.padding)}" if self.padding else f"v{number}"

    @property
    def cdir(self) -> str:
        return self.content_directory if self.content_directory is not None else "content"

    def _plan(self) -> tuple[dict[str, str], dict[str, bytes], list[list[str]]]:
        """(digest -> content path, content path -> bytes, digests first stored in each version)."""
        paths: dict[str, str] = {}
        data: dict[str, bytes] = {}
        introduced: list[list[str]] = []
        for number, version in enumerate(self.versions, 1):
            new: list[str] = []
            for logical in sorted(version.state):
                d = digest(version.state[logical], self.algorithm)
                if d not in paths:
                    stored = self.content_name(logical) if self.content_name else logical
                    path = f"{self.vname(number)}/{self.cdir}/{stored}"
                    paths[d] = path
                    data[path] = version.state[logical]
                    new.append(d)
            introduced.append(new)
        return paths, data, introduced

    def inventory(self, upto: int) -> Json:
        """The inventory as of version ``upto`` (0 gives an inventory with no versions)."""
        paths, data, introduced = self._plan()
        manifest = {d: [paths[d]] for new in introduced[:upto] for d in new}
        versions: Json = {}
        for number in range(1, upto + 1):
            version = self.versions[number - 1]
            state: dict[str, list[str]] = {}
            for logical, content in version.state.items():
                state.setdefault(digest(content, self.algorithm), []).append(logical)
            block: Json = {
                "created": version.created or f"2024-01-{number:02d}T10:00:00Z",
                "state": {d: sorted(p) for d, p in sorted(state.items())},
            }
            if version.message is not None:
                block["message"] = f"Version {number}" if version.message == _DEFAULT else version.message
            if version.user is not None:
                block["user"] = copy.deepcopy(version.user)
            versions[self.vname(number)] = block
        inventory: Json = {
            "id": self.object_id,
            "type": inventory_type(self.spec),
            "digestAlgorithm": self.algorithm,
            "head": self.vname(max(upto, 1)),
            "manifest": manifest,
            "versions": versions,
        }
        if self.content_directory is not None:
            inventory["contentDirectory"] = self.content_directory
        if self.fixity:
            inventory["fixity"] = {
                algorithm: {
                    digest(data[path], algorithm): [path]
                    for path_list in manifest.values()
                    for path in path_list
                }
                for algorithm in self.fixity
            }
        return inventory

    # -- writing ----------------------------------------------------------------------------------------

    def build(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=False)
        if self.declaration:
            write(root, f"0=ocfl_object_{self.spec}", f"ocfl_object_{self.spec}\n")
        _, data, _ = self._plan()
        for path, content in data.items():
            write(root, path, content)
        count = len(self.versions)
        for number in range(1, count + 1):
            (root / self.vname(number)).mkdir(exist_ok=True)
        for number in range(1, count):
            if number in self.skip_version_inventory:
                continue
            inventory = self.inventory(number)
            for fn in self._version_edits.get(number, []):
                fn(inventory)
            raw = serialize(inventory)
            write_inventory(root / self.vname(number), raw, _sidecar_algorithm(raw, self.algorithm))
        current = self.inventory(count)
        for fn in self._edits:
            fn(current)
        raw = serialize(current)
        for transform in self._raw:
            raw = transform(raw)
        algorithm = _sidecar_algorithm(raw, self.algorithm)
        write_inventory(root, raw, algorithm)
        if count and count not in self.skip_version_inventory:
            write_inventory(root / self.vname(count), raw, algorithm)
        for tweak in self._tweaks:
            tweak(root)
        return root


class StorageRoot:
    """A storage root writer: declaration, optional ``ocfl_layout.json`` and layout config, objects."""

    def __init__(
        self,
        spec: str,
        layout: str | None = "0004",
        *,
        declaration: bool = True,
        layout_file: bool = True,
        extension_config: bool = True,
    ) -> None:
        self.spec = spec
        self.layout = layout
        self.declaration = declaration
        self.layout_file = layout_file
        self.extension_config = extension_config
        self.objects: list[tuple[OcflObject, str | None]] = []
        self._tweaks: list[Tweak] = []

    def add(self, obj: OcflObject, path: str | None = None) -> StorageRoot:
        self.objects.append((obj, path))
        return self

    def then(self, fn: Tweak) -> StorageRoot:
        self._tweaks.append(fn)
        return self

    def path_for(self, object_id: str) -> str:
        if self.layout == "0004":
            return path_0004(object_id)
        if self.layout == "0002":
            return object_id
        raise ValueError("a root without a layout needs an explicit path for each object")

    def build(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=False)
        if self.declaration:
            write(root, f"0=ocfl_{self.spec}", f"ocfl_{self.spec}\n")
        if self.layout is not None:
            name = LAYOUTS[self.layout]
            if self.layout_file:
                write(
                    root, "ocfl_layout.json", serialize({"extension": name, "description": _DESCRIBE[name]})
                )
            if self.extension_config:
                config: Json = {"extensionName": name}
                if self.layout == "0004":
                    config.update(
                        digestAlgorithm="sha256", tupleSize=3, numberOfTuples=3, shortObjectRoot=False
                    )
                write(root, f"extensions/{name}/config.json", serialize(config))
        for obj, path in self.objects:
            obj.build(root / (path if path is not None else self.path_for(obj.object_id)))
        for tweak in self._tweaks:
            tweak(root)
        return root


_DESCRIBE = {
    LAYOUTS["0002"]: "Each object sits directly under the storage root, in a folder named by its identifier.",
    LAYOUTS["0004"]: "Object folders are named by the sha256 of the identifier, nested under three "
    "three-character slices of that digest.",
}

# ---------------------------------------------------------------------------------------------------------
# Registry plumbing
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fixture:
    name: str  # code first, then a few words: "E015_extra_file_in_version_dir"
    spec: str  # "1.0" or "1.1"
    code: str  # the code it must trigger ("" for GOOD fixtures)
    kind: str  # "object" or "root"
    build: Callable[[Path], Path]  # builds under the given empty folder, returns the path to validate
    also: frozenset[str] = frozenset()  # BAD: other errors allowed; GOOD/WARN: other warnings allowed


@dataclass(frozen=True)
class _Def:
    group: str
    name: str
    kind: str
    specs: tuple[str, ...]
    also: tuple[str, ...]
    fn: BuildFn


_DEFS: list[_Def] = []


def _register(
    group: str, name: str, kind: str, specs: Iterable[str], also: Iterable[str]
) -> Callable[[BuildFn], BuildFn]:
    def deco(fn: BuildFn) -> BuildFn:
        _DEFS.append(_Def(group, name, kind, tuple(specs), tuple(also), fn))
        return fn

    return deco


def bad(
    name: str, *, kind: str = "object", specs: Iterable[str] = SPECS, also: Iterable[str] = ()
) -> Callable[[BuildFn], BuildFn]:
    return _register("bad", name, kind, specs, also)


def warn(
    name: str, *, kind: str = "object", specs: Iterable[str] = SPECS, also: Iterable[str] = ()
) -> Callable[[BuildFn], BuildFn]:
    return _register("warn", name, kind, specs, also)


def good(
    name: str, *, kind: str = "object", specs: Iterable[str] = SPECS, warns: Iterable[str] = ()
) -> Callable[[BuildFn], BuildFn]:
    return _register("good", name, kind, specs, warns)


# ---------------------------------------------------------------------------------------------------------
# Shared content and base objects
# ---------------------------------------------------------------------------------------------------------

A = b"alpha\n"
B = b"bravo\n"
B2 = b"bravo, revised\n"
C = b"charlie\n"
D = b"delta\n"


def _one(spec: str, **kw: Any) -> OcflObject:
    """One version, two files (one in a sub-folder)."""
    return OcflObject(spec, **kw).version({"a.txt": A, "dir/b.txt": B})


def _two(spec: str, **kw: Any) -> OcflObject:
    """Two versions: v2 changes dir/b.txt and adds c.txt."""
    return _one(spec, **kw).version({"a.txt": A, "dir/b.txt": B2, "c.txt": C})


def _blank(spec: str, **kw: Any) -> OcflObject:
    """One version with no content at all (empty state, no content directory)."""
    return OcflObject(spec, **kw).version({})


def _obj(d: Path) -> Path:
    return d / "object"


def _state(inv: Json, version: str = "v1") -> dict[str, list[str]]:
    state: dict[str, list[str]] = inv["versions"][version]["state"]
    return state


def _rename_logical(old: str, new: str, version: str = "v1") -> Edit:
    def edit(inv: Json) -> None:
        for paths in _state(inv, version).values():
            paths[:] = [new if p == old else p for p in paths]

    return edit


def _rename_content(old: str, new: str) -> Edit:
    def edit(inv: Json) -> None:
        for paths in inv["manifest"].values():
            paths[:] = [new if p == old else p for p in paths]

    return edit


def _set(*keys: str, value: Any) -> Edit:
    """Set ``inv[k1][k2]...`` to ``value``."""

    def edit(inv: Json) -> None:
        target = inv
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return edit


def _pop(*keys: str) -> Edit:
    def edit(inv: Json) -> None:
        target = inv
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return edit


def _rename_key(old: str, new: str, *within: str) -> Edit:
    def edit(inv: Json) -> None:
        target = inv
        for key in within:
            target = target[key]
        target[new] = target.pop(old)

    return edit


def _add_file(rel: str, data: bytes | str) -> Tweak:
    def tweak(root: Path) -> None:
        write(root, rel, data)

    return tweak


def _remove(rel: str) -> Tweak:
    return lambda root: remove(root, rel)


def _mkdir(rel: str) -> Tweak:
    return lambda root: (root / rel).mkdir(parents=True, exist_ok=True)


# ---------------------------------------------------------------------------------------------------------
# BAD objects
# ---------------------------------------------------------------------------------------------------------


@bad("E001_extra_file_in_root")
def _e001_file(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("notes.txt", "not part of OCFL\n")).build(_obj(d))


@bad("E001_extra_dir_in_root")
def _e001_dir(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("scratch/tmp.txt", "left behind\n")).build(_obj(d))


@bad("E003_no_declaration")
def _e003_none(spec: str, d: Path) -> Path:
    return _one(spec, declaration=False).build(_obj(d))


# 1.1 asks for exactly one declaration file (1.0 only asks for one to exist). With two, which one the
# inventory's type must match (E038) is ambiguous; a validator that picks 1.0 reports E038 as well.
@bad("E003_two_declarations", specs=["1.1"], also=["E038"])
def _e003_two(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("0=ocfl_object_1.0", "ocfl_object_1.0\n")).build(_obj(d))


# E004-E006: a declaration whose name breaks the pattern is not a conforming declaration, so the object
# also has none (E003), and the misnamed file may be reported as an unexpected root file (E001).
_BAD_DECLARATION_ALSO = ("E003", "E001")


@bad("E004_declaration_name_without_tag", also=_BAD_DECLARATION_ALSO)
def _e004(spec: str, d: Path) -> Path:
    name = f"ocfl_object_{spec}"
    return _one(spec, declaration=False).then(_add_file(name, name + "\n")).build(_obj(d))


@bad("E005_declaration_tag_not_zero", also=_BAD_DECLARATION_ALSO)
def _e005(spec: str, d: Path) -> Path:
    value = f"ocfl_object_{spec}"
    return _one(spec, declaration=False).then(_add_file(f"1={value}", value + "\n")).build(_obj(d))


@bad("E006_declaration_wrong_dvalue", also=_BAD_DECLARATION_ALSO)
def _e006(spec: str, d: Path) -> Path:
    value = f"ocfl_obj_{spec}"
    return _one(spec, declaration=False).then(_add_file(f"0={value}", value + "\n")).build(_obj(d))


@bad("E007_declaration_without_newline")
def _e007_newline(spec: str, d: Path) -> Path:
    name = f"0=ocfl_object_{spec}"
    return _one(spec).then(_add_file(name, f"ocfl_object_{spec}")).build(_obj(d))


@bad("E007_declaration_wrong_text")
def _e007_text(spec: str, d: Path) -> Path:
    name = f"0=ocfl_object_{spec}"
    return _one(spec).then(_add_file(name, "this is an OCFL object\n")).build(_obj(d))


# With no version at all there is no version directory name for `head` to give, so E040 cannot be met.
@bad("E008_no_versions", also=["E040"])
def _e008(spec: str, d: Path) -> Path:
    return OcflObject(spec).build(_obj(d))


@bad("E009_first_version_is_v2")
def _e009(spec: str, d: Path) -> Path:
    return _one(spec, names=["v2"]).build(_obj(d))


@bad("E010_version_sequence_gap")
def _e010(spec: str, d: Path) -> Path:
    return _two(spec, names=["v1", "v3"]).build(_obj(d))


@bad("E011_padded_names_outgrow_width")
def _e011(spec: str, d: Path) -> Path:
    # Two-digit padding allows v01..v09 only; the tenth version "v10" does not start with "v0". Every name
    # has the same length, so E012 is not broken.
    names = [f"v{n:02d}" for n in range(1, 10)] + ["v10"]
    obj = OcflObject(spec, names=names)
    for _ in names:
        obj.version({"a.txt": A})
    return obj.build(_obj(d))


@bad("E012_mixed_padding")
def _e012(spec: str, d: Path) -> Path:
    return _two(spec, names=["v1", "v02"]).build(_obj(d))


# The manifest names the version folder "v1" while it is really "v01": the stored file is then not
# referenced (E023) and the referenced path does not exist (E092), unless the validator recovers.
@bad("E014_content_path_with_wrong_version_name", also=["E023", "E092"])
def _e014(spec: str, d: Path) -> Path:
    obj = _one(spec, padding=2)
    obj.edit(_rename_content("v01/content/a.txt", "v1/content/a.txt"))
    return obj.build(_obj(d))


@bad("E015_extra_file_in_version_dir")
def _e015(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("v1/notes.txt", "stray\n")).build(_obj(d))


# Files the version preserves are listed but the content directory is gone, so they are missing (E092).
@bad("E016_version_without_content_dir", also=["E092"])
def _e016(spec: str, d: Path) -> Path:
    return _one(spec).then(_remove("v1/content")).build(_obj(d))


# In 1.1 E108 (a direct child of the version directory) restates E017 and E018 in general terms.
@bad("E017_content_directory_with_slash", also=["E108"])
def _e017(spec: str, d: Path) -> Path:
    return _blank(spec, content_directory="my/content").build(_obj(d))


@bad("E018_content_directory_dot_dot", also=["E108"])
def _e018(spec: str, d: Path) -> Path:
    return _blank(spec, content_directory="..").build(_obj(d))


@bad("E019_content_directory_only_from_v2")
def _e019(spec: str, d: Path) -> Path:
    # The value stays "content" throughout (so nothing changes, no E020), but v1's inventory lacks it.
    return _two(spec).edit(_set("contentDirectory", value="content")).build(_obj(d))


@bad("E020_content_directory_changes")
def _e020(spec: str, d: Path) -> Path:
    obj = OcflObject(spec, content_directory="stuff").version({}).version({"a.txt": A})
    return obj.edit_version(1, _set("contentDirectory", value="data")).build(_obj(d))


@bad("E021_content_not_in_content_dir")
def _e021(spec: str, d: Path) -> Path:
    # Stored under v1/data/ while the inventory has no contentDirectory, so it must be v1/content/.
    return _one(spec, content_directory="data").edit(_pop("contentDirectory")).build(_obj(d))


@bad("E023_unreferenced_content_file")
def _e023(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("v1/content/extra.txt", "not in the manifest\n")).build(_obj(d))


@bad("E024_empty_dir_in_content")
def _e024(spec: str, d: Path) -> Path:
    return _one(spec).then(_mkdir("v1/content/empty")).build(_obj(d))


@bad("E025_md5_content_addressing")
def _e025(spec: str, d: Path) -> Path:
    return _one(spec, algorithm="md5").build(_obj(d))


def _fixity_base64(algorithm: str) -> Edit:
    """Re-encode one fixity block's digests (correct values) in base64 instead of hex."""

    def edit(inv: Json) -> None:
        block = inv["fixity"][algorithm]
        inv["fixity"][algorithm] = {base64.b64encode(bytes.fromhex(k)).decode(): v for k, v in block.items()}

    return edit


@bad("E029_sha1_fixity_not_hex")
def _e029(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["sha1"]).edit(_fixity_base64("sha1")).build(_obj(d))


@bad("E030_sha256_fixity_not_hex")
def _e030(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["sha256"]).edit(_fixity_base64("sha256")).build(_obj(d))


@bad("E031_sha512_fixity_not_hex")
def _e031(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["sha512"]).edit(_fixity_base64("sha512")).build(_obj(d))


@bad("E032_blake2b_fixity_not_hex")
def _e032(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["blake2b-512"]).edit(_fixity_base64("blake2b-512")).build(_obj(d))


@bad("E033_inventory_not_json")
def _e033_json(spec: str, d: Path) -> Path:
    return _one(spec).raw(lambda raw: b'{"id": "urn:example:fixture", "head": \n').build(_obj(d))


@bad("E033_inventory_not_utf8")
def _e033_utf8(spec: str, d: Path) -> Path:
    # The message "Version 1" becomes "Version 1 (café)" written in Latin-1.
    return _one(spec).raw(lambda raw: raw.replace(b'"Version 1"', b'"Version 1 (caf\xe9)"')).build(_obj(d))


def _misname_root_inventory(root: Path) -> None:
    (root / "inventory.json").rename(root / "inventory.jsn")
    sidecar = root / "inventory.json.sha512"
    write(root, "inventory.jsn.sha512", sidecar.read_text().replace("inventory.json", "inventory.jsn"))
    sidecar.unlink()


# The root inventory exists only under another name: there is then no inventory.json (E063) and the
# misnamed files may be reported as unexpected in the object root (E001).
@bad("E034_root_inventory_misnamed", also=["E063", "E001"])
def _e034(spec: str, d: Path) -> Path:
    return _one(spec).then(_misname_root_inventory).build(_obj(d))


# A Windows-style path: if the validator does not translate it, the stored file is unreferenced (E023)
# and the path names no file (E092).
@bad("E035_backslash_in_content_path", also=["E023", "E092"])
def _e035(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_content("v1/content/dir/b.txt", "v1\\content\\dir\\b.txt")).build(_obj(d))


@bad("E036_no_id")
def _e036_id(spec: str, d: Path) -> Path:
    return _one(spec).edit(_pop("id")).build(_obj(d))


# Without `type` the value E038 asks for (the URI matching the declaration) is absent too.
@bad("E036_no_type", also=["E038"])
def _e036_type(spec: str, d: Path) -> Path:
    return _one(spec).edit(_pop("type")).build(_obj(d))


@bad("E036_no_digest_algorithm")
def _e036_alg(spec: str, d: Path) -> Path:
    return _one(spec).edit(_pop("digestAlgorithm")).build(_obj(d))


@bad("E036_no_head")
def _e036_head(spec: str, d: Path) -> Path:
    return _one(spec).edit(_pop("head")).build(_obj(d))


@bad("E038_type_of_other_spec_version")
def _e038_other(spec: str, d: Path) -> Path:
    other = "1.0" if spec == "1.1" else "1.1"
    return _one(spec).edit(_set("type", value=inventory_type(other))).build(_obj(d))


@bad("E038_type_not_a_spec_uri")
def _e038_uri(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("type", value="OCFL inventory")).build(_obj(d))


# The manifest and state hold sha256 digests while digestAlgorithm says sha512; checked as sha512 the
# files also do not match their digests (E092).
@bad("E039_digests_not_of_declared_algorithm", also=["E092"])
def _e039(spec: str, d: Path) -> Path:
    return _one(spec, algorithm="sha256").edit(_set("digestAlgorithm", value="sha512")).build(_obj(d))


@bad("E040_head_not_latest_version")
def _e040(spec: str, d: Path) -> Path:
    return _two(spec).edit(_set("head", value="v1")).build(_obj(d))


@bad("E041_no_manifest")
def _e041(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_pop("manifest")).build(_obj(d))


# E041 (manifest and versions blocks), E043 (a versions block) and E044 (keyed `versions`) all state
# the same absence. In E043-E045 the folder v1 then matches no key of a versions object (E046).
# Written relative to the version directory ("content/a.txt"): read from the object root that names no
# file (E092) and leaves the stored v1/content/a.txt unreferenced (E023).
@bad("E042_content_path_relative_to_version_dir", also=["E023", "E092"])
def _e042(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_content("v1/content/a.txt", "content/a.txt")).build(_obj(d))


@bad("E043_no_versions_block", also=["E041", "E044", "E046"])
def _e043(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_pop("versions")).build(_obj(d))


# Misspelt key: the versions block is absent under its name (E041, E043) and the key is unknown (E102).
@bad("E044_versions_key_misspelt", also=["E041", "E043", "E046", "E102"])
def _e044(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_rename_key("versions", "version")).build(_obj(d))


@bad("E045_versions_is_array", also=["E046"])
def _e045(spec: str, d: Path) -> Path:
    return _blank(spec).edit(lambda inv: inv.update(versions=list(inv["versions"].values()))).build(_obj(d))


@bad("E046_version_dir_missing")
def _e046(spec: str, d: Path) -> Path:
    # v2 stores nothing new, so its absence loses no content file.
    obj = _one(spec).version({"a.txt": A, "dir/b.txt": B, "copy.txt": A})
    return obj.then(_remove("v2")).build(_obj(d))


@bad("E047_version_block_is_string")
def _e047(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_set("versions", "v1", value="the first version")).build(_obj(d))


@bad("E048_version_without_created")
def _e048_created(spec: str, d: Path) -> Path:
    return _one(spec).edit(_pop("versions", "v1", "created")).build(_obj(d))


@bad("E048_version_without_state")
def _e048_state(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_pop("versions", "v1", "state")).build(_obj(d))


@bad("E049_created_without_time")
def _e049_time(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("versions", "v1", "created", value="2024-01-01")).build(_obj(d))


@bad("E049_created_without_timezone")
def _e049_zone(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("versions", "v1", "created", value="2024-01-01T10:00:00")).build(_obj(d))


@bad("E050_state_digest_not_in_manifest")
def _e050(spec: str, d: Path) -> Path:
    ghost = digest(b"never stored\n", "sha512")
    return _one(spec).edit(lambda inv: _state(inv).update({ghost: ["ghost.txt"]})).build(_obj(d))


@bad("E052_logical_path_dot_dot")
def _e052_dots(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_logical("dir/b.txt", "dir/../b.txt")).build(_obj(d))


@bad("E052_logical_path_empty_element")
def _e052_empty(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_logical("dir/b.txt", "dir//b.txt")).build(_obj(d))


@bad("E053_logical_path_leading_slash")
def _e053_lead(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_logical("a.txt", "/a.txt")).build(_obj(d))


@bad("E053_logical_path_trailing_slash")
def _e053_trail(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_logical("dir/b.txt", "dir/b.txt/")).build(_obj(d))


@bad("E054_user_without_name")
def _e054(spec: str, d: Path) -> Path:
    obj = OcflObject(spec).version({"a.txt": A}, user={"address": "mailto:ada@example.org"})
    return obj.build(_obj(d))


# A fixity block under another key is also simply a key the spec does not define (E102).
@bad("E055_fixity_block_misnamed", also=["E102"])
def _e055(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["md5"]).edit(_rename_key("fixity", "Fixity")).build(_obj(d))


# E026 (implementers choose algorithms from the vocabulary) is the same rule seen from the writer's side.
@bad("E056_unknown_fixity_algorithm", also=["E026"])
def _e056(spec: str, d: Path) -> Path:
    return _one(spec, fixity=["md5"]).edit(_rename_key("md5", "md6", "fixity")).build(_obj(d))


@bad("E057_fixity_paths_not_array")
def _e057_paths(spec: str, d: Path) -> Path:
    def edit(inv: Json) -> None:
        block = inv["fixity"]["md5"]
        for key, paths in block.items():
            block[key] = paths[0]

    return _one(spec, fixity=["md5"]).edit(edit).build(_obj(d))


@bad("E057_fixity_algorithm_block_is_array")
def _e057_block(spec: str, d: Path) -> Path:
    def edit(inv: Json) -> None:
        inv["fixity"]["md5"] = sorted(inv["fixity"]["md5"])

    return _one(spec, fixity=["md5"]).edit(edit).build(_obj(d))


@bad("E058_no_root_sidecar")
def _e058_root(spec: str, d: Path) -> Path:
    return _one(spec).then(_remove("inventory.json.sha512")).build(_obj(d))


@bad("E058_no_version_sidecar")
def _e058_version(spec: str, d: Path) -> Path:
    return _two(spec).then(_remove("v1/inventory.json.sha512")).build(_obj(d))


def _sidecar_as_sha256(root: Path) -> None:
    raw = (root / "inventory.json").read_bytes()
    (root / "inventory.json.sha512").unlink()
    write(root, "inventory.json.sha256", f"{digest(raw, 'sha256')} inventory.json\n")


# The only sidecar is named for another algorithm, so the one named for digestAlgorithm is missing too.
@bad("E059_sidecar_algorithm_differs", also=["E058"])
def _e059(spec: str, d: Path) -> Path:
    return _one(spec).then(_sidecar_as_sha256).build(_obj(d))


def _stale_sidecar(directory: str) -> Tweak:
    return _add_file(f"{directory}inventory.json.sha512", f"{digest(b'other', 'sha512')} inventory.json\n")


@bad("E060_root_sidecar_wrong_digest")
def _e060_root(spec: str, d: Path) -> Path:
    return _one(spec).then(_stale_sidecar("")).build(_obj(d))


@bad("E060_version_sidecar_wrong_digest")
def _e060_version(spec: str, d: Path) -> Path:
    return _two(spec).then(_stale_sidecar("v1/")).build(_obj(d))


def _sidecar_text(make: Callable[[str], str]) -> Tweak:
    def tweak(root: Path) -> None:
        value = digest((root / "inventory.json").read_bytes(), "sha512")
        write(root, "inventory.json.sha512", make(value))
        write(root, "v1/inventory.json.sha512", make(value))

    return tweak


@bad("E061_sidecar_without_filename")
def _e061_bare(spec: str, d: Path) -> Path:
    return _one(spec).then(_sidecar_text(lambda value: value + "\n")).build(_obj(d))


@bad("E061_sidecar_names_other_file")
def _e061_other(spec: str, d: Path) -> Path:
    return _one(spec).then(_sidecar_text(lambda value: value + " inventory.txt\n")).build(_obj(d))


@bad("E063_no_root_inventory")
def _e063(spec: str, d: Path) -> Path:
    return _one(spec).then(_remove("inventory.json")).then(_remove("inventory.json.sha512")).build(_obj(d))


@bad("E064_root_inventory_differs_from_head_copy")
def _e064(spec: str, d: Path) -> Path:
    def tweak(root: Path) -> None:
        rewrite_inventory(root / "v1", _set("versions", "v1", "message", value="Another message"))

    return _one(spec).then(tweak).build(_obj(d))


@bad("E066_prior_inventory_state_differs")
def _e066(spec: str, d: Path) -> Path:
    return _two(spec).edit_version(1, _rename_logical("a.txt", "renamed.txt")).build(_obj(d))


@bad("E067_file_in_extensions_dir")
def _e067(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("extensions/notes.txt", "a file, not an extension\n")).build(_obj(d))


def _symlink_a(root: Path) -> None:
    target = write(root.parent, "outside/a.txt", A)
    link = root / "v1/content/a.txt"
    link.unlink()
    link.symlink_to(os.path.relpath(target, link.parent))


# A validator that (rightly) does not read through links finds no file at the listed path (E092).
@bad("E090_symlink_in_content", also=["E092"])
def _e090(spec: str, d: Path) -> Path:
    # The link leads to a file with the right bytes, so only the link itself is wrong.
    return _one(spec).then(_symlink_a).build(_obj(d))


@bad("E092_content_digest_mismatch")
def _e092_digest(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("v1/content/a.txt", "tampered\n")).build(_obj(d))


@bad("E092_content_file_missing")
def _e092_missing(spec: str, d: Path) -> Path:
    return _one(spec).then(_remove("v1/content/a.txt")).build(_obj(d))


# With the malformed entries unusable, the stored files may be reported as unreferenced (E023).
@bad("E092_manifest_value_not_array", also=["E023"])
def _e092_array(spec: str, d: Path) -> Path:
    def edit(inv: Json) -> None:
        manifest = inv["manifest"]
        for key, paths in manifest.items():
            manifest[key] = paths[0]

    return _one(spec).edit(edit).build(_obj(d))


@bad("E093_fixity_digest_mismatch")
def _e093(spec: str, d: Path) -> Path:
    def edit(inv: Json) -> None:
        block = inv["fixity"]["md5"]
        block[digest(b"something else\n", "md5")] = block.pop(digest(A, "md5"))

    return _one(spec, fixity=["md5"]).edit(edit).build(_obj(d))


@bad("E094_message_not_string")
def _e094(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("versions", "v1", "message", value=42)).build(_obj(d))


@bad("E095_logical_path_twice")
def _e095_twice(spec: str, d: Path) -> Path:
    def edit(inv: Json) -> None:
        _state(inv)[digest(B, "sha512")].append("a.txt")

    return _one(spec).edit(edit).build(_obj(d))


@bad("E095_logical_path_is_also_a_folder")
def _e095_prefix(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_logical("a.txt", "dir")).build(_obj(d))


@bad("E096_manifest_digest_repeated_in_upper_case")
def _e096(spec: str, d: Path) -> Path:
    upper = digest(A, "sha512").upper()

    def edit(inv: Json) -> None:
        inv["manifest"][upper] = ["v1/content/a-copy.txt"]
        _state(inv)[upper] = ["a-copy.txt"]

    return _one(spec).edit(edit).then(_add_file("v1/content/a-copy.txt", A)).build(_obj(d))


@bad("E097_fixity_digest_repeated_in_upper_case")
def _e097(spec: str, d: Path) -> Path:
    a_digest = digest(A, "sha512")

    def edit(inv: Json) -> None:
        inv["manifest"][a_digest].append("v1/content/a-copy.txt")
        _state(inv)[a_digest].append("a-copy.txt")
        inv["fixity"]["md5"][digest(A, "md5").upper()] = ["v1/content/a-copy.txt"]

    obj = _one(spec, fixity=["md5"]).edit(edit)
    return obj.then(_add_file("v1/content/a-copy.txt", A)).build(_obj(d))


# A path the validator rejects leaves the stored file unreferenced (E023) and, read literally, may name
# no file (E092); a validator that resolves the path finds the file and reports neither.
@bad("E099_content_path_dot_element", also=["E023", "E092"])
def _e099(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_content("v1/content/a.txt", "v1/content/./a.txt")).build(_obj(d))


@bad("E100_content_path_trailing_slash", also=["E023", "E092"])
def _e100(spec: str, d: Path) -> Path:
    return _one(spec).edit(_rename_content("v1/content/a.txt", "v1/content/a.txt/")).build(_obj(d))


@bad("E101_content_path_listed_twice")
def _e101(spec: str, d: Path) -> Path:
    return (
        _one(spec)
        .edit(lambda inv: inv["manifest"][digest(A, "sha512")].append("v1/content/a.txt"))
        .build(_obj(d))
    )


@bad("E102_unknown_inventory_key")
def _e102_top(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("note", value="not a key the spec defines")).build(_obj(d))


@bad("E102_unknown_version_key")
def _e102_version(spec: str, d: Path) -> Path:
    return (
        _one(spec).edit(_set("versions", "v1", "comment", value="not a key the spec defines")).build(_obj(d))
    )


@bad("E103_version_inventory_older_than_previous", specs=["1.1"])
def _e103(spec: str, d: Path) -> Path:
    obj = _two(spec).version({"a.txt": A, "dir/b.txt": B2, "c.txt": C, "d.txt": D})
    return obj.edit_version(2, _set("type", value=inventory_type("1.0"))).build(_obj(d))


# E104/E105: a version whose name breaks the rule is no version, so: the sequence has no v1 (E009); its
# folder is unexpected in the object root (E001) or matches no valid versions key (E046); and the content
# paths inside it lie in no version directory (E042).
_BAD_VERSION_NAME_ALSO = ("E009", "E001", "E046", "E042")


@bad("E104_version_dir_without_v", specs=["1.1"], also=_BAD_VERSION_NAME_ALSO)
def _e104(spec: str, d: Path) -> Path:
    return _one(spec, names=["1"]).build(_obj(d))


# Version 0 is not a positive integer.
@bad("E105_version_number_zero", specs=["1.1"], also=_BAD_VERSION_NAME_ALSO)
def _e105(spec: str, d: Path) -> Path:
    return _one(spec, names=["v0"]).build(_obj(d))


@bad("E106_manifest_is_array", specs=["1.1"])
def _e106(spec: str, d: Path) -> Path:
    return _blank(spec).edit(_set("manifest", value=[])).build(_obj(d))


@bad("E107_manifest_digest_in_no_state", specs=["1.1"])
def _e107(spec: str, d: Path) -> Path:
    orphan = digest(b"orphan\n", "sha512")
    obj = _one(spec).edit(_set("manifest", orphan, value=["v1/content/orphan.txt"]))
    return obj.then(_add_file("v1/content/orphan.txt", "orphan\n")).build(_obj(d))


@bad("E108_content_directory_empty_string", specs=["1.1"])
def _e108(spec: str, d: Path) -> Path:
    return _blank(spec, content_directory="").build(_obj(d))


@bad("E110_id_changes_between_versions", specs=["1.1"])
def _e110(spec: str, d: Path) -> Path:
    return _two(spec).edit_version(1, _set("id", value="urn:example:another-object")).build(_obj(d))


@bad("E111_fixity_is_array", specs=["1.1"])
def _e111(spec: str, d: Path) -> Path:
    return _one(spec).edit(_set("fixity", value=[])).build(_obj(d))


# ---------------------------------------------------------------------------------------------------------
# BAD storage roots
# ---------------------------------------------------------------------------------------------------------

STORED_ID = "urn:example:stored-1"


def _root_obj(spec: str, object_id: str = STORED_ID) -> OcflObject:
    return _one(spec, object_id=object_id)


def _root(spec: str, layout: str | None = "0004", **kw: Any) -> StorageRoot:
    return StorageRoot(spec, layout, **kw).add(_root_obj(spec))


def _root_dir(d: Path) -> Path:
    return d / "root"


# Two folders for one identifier also break the one-identifier-one-path mapping (E083).
@bad("E037_same_id_twice_in_root", kind="root", also=["E083"])
def _e037(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, None).add(_root_obj(spec), "first").add(_root_obj(spec), "second")
    return root.build(_root_dir(d))


# E069 (a root declaration) and E076 (exactly one declaration file / a declaration file) coincide here.
@bad("E069_no_root_declaration", kind="root", also=["E076"])
def _e069(spec: str, d: Path) -> Path:
    return _root(spec, declaration=False).build(_root_dir(d))


@bad("E070_layout_without_description", kind="root")
def _e070_keys(spec: str, d: Path) -> Path:
    layout = serialize({"extension": LAYOUTS["0004"]})
    return _root(spec).then(_add_file("ocfl_layout.json", layout)).build(_root_dir(d))


@bad("E070_layout_not_json", kind="root")
def _e070_json(spec: str, d: Path) -> Path:
    text = f"extension = {LAYOUTS['0004']}\n"
    return _root(spec).then(_add_file("ocfl_layout.json", text)).build(_root_dir(d))


@bad("E071_layout_extension_unregistered", kind="root")
def _e071(spec: str, d: Path) -> Path:
    layout = serialize({"extension": "local-sharded-layout", "description": "Our own arrangement."})
    root = _root(spec, extension_config=False).then(_add_file("ocfl_layout.json", layout))
    return root.build(_root_dir(d))


# E072, E073 (for a folder), E085 and E088 overlap: a folder under the root that leads to no object is at
# once a hierarchy branch not ending in an object root (E085) and a directory that is not a hierarchy used
# to store objects (E088); a file in it belongs to no object (E072). Each fixture below is shaped for its
# own code and allows the codes the same folder unavoidably breaks as well.
_DEAD_END_ALSO = ("E072", "E085", "E088")


# A file in a branch (of valid 0004 tuple names) that leads to no object.
@bad("E072_file_in_branch_without_object", kind="root", also=_DEAD_END_ALSO)
def _e072(spec: str, d: Path) -> Path:
    return _root(spec).then(_add_file("abc/def/notes.txt", "not part of any object\n")).build(_root_dir(d))


# An empty branch of the hierarchy: a dead end as above.
@bad("E073_empty_dir_in_hierarchy", kind="root", also=_DEAD_END_ALSO)
def _e073_tree(spec: str, d: Path) -> Path:
    return _root(spec).then(_mkdir("abc/def/012")).build(_root_dir(d))


@bad("E073_empty_extension_dir", kind="root")
def _e073_ext(spec: str, d: Path) -> Path:
    return (
        _root(spec, extension_config=False).then(_mkdir(f"extensions/{LAYOUTS['0004']}")).build(_root_dir(d))
    )


@bad("E076_two_root_declarations", kind="root", specs=["1.1"])
def _e076_two(spec: str, d: Path) -> Path:
    # The object inside is 1.0, so whichever declaration a validator believes, E081 is not broken.
    root = StorageRoot(spec).add(_root_obj("1.0")).then(_add_file("0=ocfl_1.0", "ocfl_1.0\n"))
    return root.build(_root_dir(d))


# E077-E079: a misnamed root declaration leaves the root without a declaration (E069, E076).
_BAD_ROOT_DECLARATION_ALSO = ("E069", "E076")


@bad("E077_root_declaration_without_tag", kind="root", also=_BAD_ROOT_DECLARATION_ALSO)
def _e077(spec: str, d: Path) -> Path:
    # "0ocfl_1.1": tag and value run together without "=". (A bare "ocfl_1.1" could pass for the optional
    # human-readable copy of the spec, which validators must ignore.)
    value = f"ocfl_{spec}"
    return _root(spec, declaration=False).then(_add_file("0" + value, value + "\n")).build(_root_dir(d))


@bad("E078_root_declaration_tag_not_zero", kind="root", also=_BAD_ROOT_DECLARATION_ALSO)
def _e078(spec: str, d: Path) -> Path:
    value = f"ocfl_{spec}"
    return _root(spec, declaration=False).then(_add_file(f"1={value}", value + "\n")).build(_root_dir(d))


@bad("E079_root_declaration_wrong_dvalue", kind="root", also=_BAD_ROOT_DECLARATION_ALSO)
def _e079(spec: str, d: Path) -> Path:
    value = f"ocfl-{spec}"
    return _root(spec, declaration=False).then(_add_file(f"0={value}", value + "\n")).build(_root_dir(d))


@bad("E080_root_declaration_without_newline", kind="root")
def _e080(spec: str, d: Path) -> Path:
    return _root(spec).then(_add_file(f"0=ocfl_{spec}", f"ocfl_{spec}")).build(_root_dir(d))


@bad("E081_object_newer_than_root", kind="root", specs=["1.0"])
def _e081(spec: str, d: Path) -> Path:
    return StorageRoot(spec).add(_root_obj("1.1")).build(_root_dir(d))


@bad("E082_object_inside_another_object", kind="root")
def _e082(spec: str, d: Path) -> Path:
    # The inner object sits in the outer object's logs/ folder, whose contents the object rules leave
    # free, so only the nesting is wrong. No layout is declared, so no mapping (E083) can be checked.
    root = StorageRoot(spec, None).add(_root_obj(spec), "outer")
    return root.add(_root_obj(spec, "urn:example:stored-inner"), "outer/logs/inner").build(_root_dir(d))


@bad("E083_object_at_wrong_0004_path", kind="root")
def _e083_0004(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, "0004").add(_root_obj(spec), path_0004("urn:example:someone-else"))
    return root.build(_root_dir(d))


@bad("E083_object_at_wrong_0002_path", kind="root")
def _e083_0002(spec: str, d: Path) -> Path:
    return StorageRoot(spec, "0002").add(_root_obj(spec), "urn:example:stored-2").build(_root_dir(d))


# The stray file is also a file in the hierarchy that belongs to no object (E072).
@bad("E084_file_in_intermediate_dir", kind="root", also=["E072"])
def _e084(spec: str, d: Path) -> Path:
    top = path_0004(STORED_ID).split("/")[0]
    return _root(spec).then(_add_file(f"{top}/notes.txt", "stray\n")).build(_root_dir(d))


# The branch has the full shape of a 0004 object path but ends in a folder holding a file and no object
# declaration: a dead end as above.
@bad("E085_branch_ends_without_object", kind="root", also=_DEAD_END_ALSO)
def _e085(spec: str, d: Path) -> Path:
    leaf = path_0004("urn:example:never-stored")
    return _root(spec).then(_add_file(f"{leaf}/data.bin", "no object here\n")).build(_root_dir(d))


@bad("E086_file_in_root_extensions_dir", kind="root", specs=["1.0"])
def _e086(spec: str, d: Path) -> Path:
    return _root(spec).then(_add_file("extensions/notes.txt", "not an extension\n")).build(_root_dir(d))


@bad("E088_unexpected_dir_in_root", kind="root", also=_DEAD_END_ALSO)
def _e088(spec: str, d: Path) -> Path:
    # "tmp" cannot be a 0004 tuple (three hex digits), so it is neither hierarchy nor extension; a
    # validator that reads it as a dead-end branch instead reports the other dead-end codes.
    return _root(spec).then(_add_file("tmp/notes.txt", "scratch\n")).build(_root_dir(d))


@bad("E112_file_in_root_extensions_dir", kind="root", specs=["1.1"])
def _e112(spec: str, d: Path) -> Path:
    return _root(spec).then(_add_file("extensions/notes.txt", "not an extension\n")).build(_root_dir(d))


# ---------------------------------------------------------------------------------------------------------
# WARN: valid, with one SHOULD broken
# ---------------------------------------------------------------------------------------------------------


@warn("W001_zero_padded_version_names")
def _w001(spec: str, d: Path) -> Path:
    return _two(spec, padding=3).build(_obj(d))


@warn("W002_extra_dir_in_version_dir")
def _w002(spec: str, d: Path) -> Path:
    # The file inside must be ignored (E022): it is neither content nor an extra file of the version dir.
    return _one(spec).then(_add_file("v1/notes/readme.txt", "kept beside the content\n")).build(_obj(d))


@warn("W003_empty_content_dir")
def _w003(spec: str, d: Path) -> Path:
    return _blank(spec).then(_mkdir("v1/content")).build(_obj(d))


@warn("W004_sha256_content_addressing")
def _w004(spec: str, d: Path) -> Path:
    return _one(spec, algorithm="sha256").build(_obj(d))


@warn("W005_id_not_uri")
def _w005(spec: str, d: Path) -> Path:
    return _one(spec, object_id="fixture-object-1").build(_obj(d))


@warn("W007_version_without_message")
def _w007_message(spec: str, d: Path) -> Path:
    return OcflObject(spec).version({"a.txt": A}, message=None).build(_obj(d))


@warn("W007_version_without_user")
def _w007_user(spec: str, d: Path) -> Path:
    return OcflObject(spec).version({"a.txt": A}, user=None).build(_obj(d))


@warn("W008_user_without_address")
def _w008(spec: str, d: Path) -> Path:
    return OcflObject(spec).version({"a.txt": A}, user={"name": "Ada Archivist"}).build(_obj(d))


@warn("W009_address_not_uri")
def _w009(spec: str, d: Path) -> Path:
    user = {"name": "Ada Archivist", "address": "ada@example.org"}
    return OcflObject(spec).version({"a.txt": A}, user=user).build(_obj(d))


@warn("W010_version_dir_without_inventory")
def _w010(spec: str, d: Path) -> Path:
    return _two(spec).without_version_inventory(1).build(_obj(d))


@warn("W011_prior_inventory_message_differs")
def _w011(spec: str, d: Path) -> Path:
    return _two(spec).edit_version(1, _set("versions", "v1", "message", value="Draft wording")).build(_obj(d))


@warn("W013_unregistered_object_extension")
def _w013(spec: str, d: Path) -> Path:
    return _one(spec).then(_add_file("extensions/local-notes/readme.txt", "ours\n")).build(_obj(d))


@warn("W014_two_hierarchy_patterns", kind="root")
def _w014(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, None).add(_root_obj(spec), "ab/cd/one")
    return root.add(_root_obj(spec, "urn:example:stored-2"), "abc/def/ghi/two").build(_root_dir(d))


@warn("W015_top_level_and_nested_objects", kind="root")
def _w015(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, None).add(_root_obj(spec), "one")
    return root.add(_root_obj(spec, "urn:example:stored-2"), "ab/cd/two").build(_root_dir(d))


@warn("W016_unregistered_root_extension", kind="root", specs=["1.1"])
def _w016(spec: str, d: Path) -> Path:
    return _root(spec).then(_add_file("extensions/local-notes/readme.txt", "ours\n")).build(_root_dir(d))


# ---------------------------------------------------------------------------------------------------------
# GOOD: valid objects and roots
# ---------------------------------------------------------------------------------------------------------


def _add_mutable_head(root: Path) -> None:
    """Add an active mutable HEAD (extension 0005) holding one further version with one new file."""
    ext_rel = "extensions/0005-mutable-head"
    inv = json.loads((root / "inventory.json").read_text(encoding="utf-8"))
    algorithm = inv["digestAlgorithm"]
    content_dir = inv.get("contentDirectory", "content")
    number = int(inv["head"][1:]) + 1
    stored = f"{ext_rel}/head/{content_dir}/r1/d.txt"
    write(root, stored, D)
    d_digest = digest(D, algorithm)
    inv["manifest"][d_digest] = [stored]
    state = copy.deepcopy(inv["versions"][inv["head"]]["state"])
    state[d_digest] = ["d.txt"]
    inv["versions"][f"v{number}"] = {
        "created": "2024-03-01T09:00:00Z",
        "message": "Work in progress, not yet committed",
        "state": state,
        "user": copy.deepcopy(DEFAULT_USER),
    }
    inv["head"] = f"v{number}"
    write_inventory(root / ext_rel / "head", serialize(inv), algorithm)
    write(root, f"{ext_rel}/revisions/r1", "r1")
    shutil.copyfile(root / f"inventory.json.{algorithm}", root / ext_rel / f"root-inventory.json.{algorithm}")


def _tab_in_sidecar(rel: str) -> Tweak:
    def tweak(root: Path) -> None:
        sidecar = root / rel
        sidecar.write_text(sidecar.read_text().replace(" ", "\t"))

    return tweak


@good("good_full_featured")
def _good_full(spec: str, d: Path) -> Path:
    """Every optional feature at once, and no warning.

    Custom contentDirectory; fixity with md5, sha1, sha256, blake2b-512 and blake2b-160 (the last from
    the digest-algorithms extension 0001); three versions; deduplication within a version (a.txt and
    same/a-again.txt), across versions (v2's old/b.txt is v1's dir/b.txt) and of unchanged files; v3 stores
    nothing new, so it has no content directory; a logs/ folder; an active mutable HEAD (extension 0005);
    a tab between digest and name in one sidecar.
    """
    obj = OcflObject(
        spec,
        "urn:example:full",
        content_directory="data",
        fixity=["md5", "sha1", "sha256", "blake2b-512", "blake2b-160"],
    )
    obj.version(
        {"a.txt": A, "dir/b.txt": B, "same/a-again.txt": A},
        message="Ingest three files",
        created="2024-01-01T10:00:00Z",
    )
    obj.version(
        {"a.txt": A, "dir/b.txt": B2, "c.txt": C, "old/b.txt": B},
        message="Revise b.txt, keep the old text under old/, add c.txt",
        user={"name": "Bo Curator", "address": "https://orcid.org/0000-0002-1825-0097"},
        created="2024-02-01T10:00:00.250+01:00",
    )
    obj.version(
        {"a.txt": A, "c.txt": C}, message="Remove b.txt and its old copy", created="2024-02-15T08:30:00Z"
    )
    obj.then(_add_file("logs/2024-02-15.log", "2024-02-15T08:30:00Z v3 written\n"))
    obj.then(_add_mutable_head)
    obj.then(_tab_in_sidecar("v1/inventory.json.sha512"))
    return obj.build(_obj(d))


@good("good_minimal")
def _good_minimal(spec: str, d: Path) -> Path:
    return OcflObject(spec).version({"file.txt": A}).build(_obj(d))


@good("good_sha256_inventory", warns=["W004"])
def _good_sha256(spec: str, d: Path) -> Path:
    return _two(spec, algorithm="sha256", fixity=["md5"]).build(_obj(d))


@good("good_zero_padded_versions", warns=["W001"])
def _good_padded(spec: str, d: Path) -> Path:
    obj = _two(spec, padding=3).version({"a.txt": A, "c.txt": C, "d.txt": D})
    return obj.build(_obj(d))


@good("good_no_content")
def _good_no_content(spec: str, d: Path) -> Path:
    return _blank(spec).build(_obj(d))


@good("good_upper_case_digests")
def _good_upper(spec: str, d: Path) -> Path:
    # Hex is case-insensitive; each digest appears once, in upper case, in manifest, state and fixity.
    def edit(inv: Json) -> None:
        inv["manifest"] = {k.upper(): v for k, v in inv["manifest"].items()}
        for block in inv["versions"].values():
            block["state"] = {k.upper(): v for k, v in block["state"].items()}
        inv["fixity"]["md5"] = {k.upper(): v for k, v in inv["fixity"]["md5"].items()}

    return _one(spec, fixity=["md5"]).edit(edit).build(_obj(d))


@good("good_content_paths_unlike_logical_paths")
def _good_paths(spec: str, d: Path) -> Path:
    # Content files are named by a short hash of the logical path; logical paths have spaces and accents.
    def name(logical: str) -> str:
        return digest(logical.encode("utf-8"), "sha1")[:16]

    obj = OcflObject(spec, content_name=name)
    return obj.version({"a file.txt": A, "café/ñandú notes.txt": B}).build(_obj(d))


@good("good_empty_logs_dir")
def _good_empty_logs(spec: str, d: Path) -> Path:
    # The logs directory may be empty (checked as an object; a storage root forbids empty folders).
    return _one(spec).then(_mkdir("logs")).build(_obj(d))


@good("good_prior_version_is_1_0", specs=["1.1"])
def _good_upgraded(spec: str, d: Path) -> Path:
    # v1 was written under 1.0 and keeps its 1.0 inventory; v2 is 1.1 (same or later is allowed, E103).
    return _two(spec).edit_version(1, _set("type", value=inventory_type("1.0"))).build(_obj(d))


_README = "This storage root holds test objects written by the archiver's test suite.\n"


@good("good_root_0002_flat_direct", kind="root")
def _good_root_0002(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, "0002").add(_one(spec, object_id="urn:example:flat-1"))
    root.add(_two(spec, object_id="urn:example:flat-2")).then(_add_file("README.txt", _README))
    return root.build(_root_dir(d))


@good("good_root_0004_hashed_n_tuple", kind="root")
def _good_root_0004(spec: str, d: Path) -> Path:
    root = StorageRoot(spec, "0004").add(_one(spec, object_id="urn:example:hashed-1"))
    root.add(_two(spec, object_id="urn:example:hashed-2"))
    if spec == "1.1":
        # A root declares the newest version its objects may use; older objects are fine (E081).
        root.add(_one("1.0", object_id="urn:example:hashed-older"))
    return root.then(_add_file("README.txt", _README)).build(_root_dir(d))


@good("good_root_without_objects", kind="root")
def _good_root_empty(spec: str, d: Path) -> Path:
    return StorageRoot(spec, None).build(_root_dir(d))


# ---------------------------------------------------------------------------------------------------------
# Registries
# ---------------------------------------------------------------------------------------------------------


def _fixtures(group: str) -> list[Fixture]:
    out: list[Fixture] = []
    for definition in _DEFS:
        if definition.group != group:
            continue
        for spec in definition.specs:
            allowed = ERROR_CODES[spec] if group == "bad" else WARNING_CODES[spec]
            code = "" if group == "good" else definition.name.split("_", 1)[0]
            also = frozenset(c for c in definition.also if c in allowed and c != code)
            out.append(
                Fixture(definition.name, spec, code, definition.kind, partial(definition.fn, spec), also)
            )
    return out


BAD: list[Fixture] = _fixtures("bad")
WARN: list[Fixture] = _fixtures("warn")
GOOD: list[Fixture] = _fixtures("good")
