"""OCFL 1.0 / 1.1 validation of objects, reported with the spec's own codes.

:func:`validate_object` checks one object against the spec version it declares (§3): declaration, every
inventory and sidecar, the object root, each version directory and the inventory it keeps, every content
file against the manifest (and the fixity blocks, E093) of every inventory. Storage roots (§4) are
:mod:`archiver.formats.ocfl.root_validator`, which uses this module's :class:`Checker` (findings with
relative paths, links reported and never followed, the NAMASTE declaration rule) and checks each object
with :func:`validate_object`; the cut is the spec's own, objects (§3) and roots (§4). The checks of one
inventory's JSON are :mod:`archiver.formats.ocfl.inventory`. Every problem is a :class:`Finding`, all of
them reported; no input raises, however broken.

The disk is read as little as possible, because a root of ten thousand small objects is mostly per-object
overhead: one ``scandir`` per directory (links are reported, never followed), each inventory read and parsed
once (a head inventory byte-identical to the root one is not parsed again), and each content file read once
for every digest any inventory gives it: a small file in one read, a larger one in 1 MiB blocks by
:func:`archiver.fixity.hash_stream` (the routine the BagIt validator uses too): past the first block
this thread reads and hashes the cheapest digest while each other digest runs in a thread of its own, fed
from a small ring of reused buffers; hashlib releases the GIL, so a file costs about as long as its slowest
digest.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from archiver.fixity import hash_stream
from archiver.formats.ocfl.codes import REGISTERED_EXTENSIONS, UNREADABLE
from archiver.formats.ocfl.inventory import (
    COMPUTABLE,
    CONTENT_ALGORITHMS,
    HASHERS,
    LATEST,
    VERSION_RE,
    Inventory,
    check_inventory,
    check_spec_sequence,
    compare_with_newer,
)
from archiver.formats.ocfl.structure import INVENTORY, SPEC_VERSIONS, spec_of_type
from archiver.validation.findings import Collector, Finding, Report, Severity

__all__ = [
    "CHUNK",
    "DIR",
    "EXTENSIONS",
    "FILE",
    "LINK",
    "ROOT_NAMASTE",
    "Checker",
    "ObjectResult",
    "digest_file",
    "parse_json",
    "printable",
    "read_small",
    "validate_object",
]

SIDECAR_PREFIX: Final = "inventory.json."
EXTENSIONS: Final = "extensions"
LOGS: Final = "logs"
CHUNK: Final = 1 << 20
#: Largest declaration or sidecar read: both hold one short line.
SMALL_FILE: Final = 4096
#: First read of an inventory or small content file: below the allocator's mmap threshold.
SMALL_READ: Final = 1 << 16
FILE, DIR, LINK, OTHER = "file", "directory", "symbolic link", "special file"


# --------------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------------


@dataclass
class ObjectResult:
    """One object's validation."""

    path: str  # as given, or relative to the storage root when from validate_root
    object_id: str | None
    spec_version: str | None  # "1.0" / "1.1" as declared
    head: str | None
    files: int  # content files hashed
    bytes: int
    findings: list[Finding]  # paths relative to the object root ("v2/content/a.txt", "inventory.json")

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def report(self, *, fixity: bool = True) -> Report:
        stats = {"files": self.files, "bytes": self.bytes}
        return Report(self.path, "ocfl-object", list(self.findings), fixity_checked=fixity, stats=stats)


# --------------------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------------------


def _scan(path: str) -> dict[str, str]:
    """Name -> kind of each entry; one scandir, links not followed (OCFL forbids them, §4.6 E090)."""
    with os.scandir(path) as entries:
        return {
            e.name: DIR
            if e.is_dir(follow_symlinks=False)
            else FILE
            if e.is_file(follow_symlinks=False)
            else LINK
            if e.is_symlink()
            else OTHER
            for e in entries
        }


#: Reading neither follows a link put in a file's place nor waits on a FIFO.
_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def read_small(path: str, limit: int = 0) -> bytes:
    """A whole small file (or its first ``limit`` bytes) with the fewest calls: a regular file's short read
    is its end."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        want = limit or SMALL_READ
        data = os.read(fd, want)
        if len(data) < want or limit:
            return data
        parts = [data]
        while part := os.read(fd, CHUNK):
            parts.append(part)
        return b"".join(parts)
    finally:
        os.close(fd)


def parse_json(data: bytes) -> tuple[Any, str | None]:
    """(document, None), or (None, why it is no UTF-8 JSON) for §3.5 E033 / §4.1 E070."""

    def no_constant(token: str) -> object:
        raise ValueError(f"{token} is not a JSON value")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=no_constant), None
    except UnicodeDecodeError as exc:
        return None, f"it is not UTF-8 (bad byte at offset {exc.start})"
    except RecursionError:
        return None, "it is nested too deeply to read"
    except ValueError as exc:  # JSONDecodeError, a constant, an integer too long to convert
        return None, f"it is not JSON: {exc}"


def digest_file(path: str, algorithms: Iterable[str]) -> tuple[dict[str, str], int]:
    """Hex digests of a file in every algorithm of ``algorithms`` (names of :data:`COMPUTABLE`), and its size,
    reading it once: the first SMALL_READ bytes in one read (most content files end there), the rest by
    :func:`archiver.fixity.hash_stream`, on threads once the file proves larger than one more CHUNK."""
    hashers = {name: HASHERS[name]() for name in algorithms if name != "size"}
    fd = os.open(path, _OPEN_FLAGS)
    try:
        data = os.read(fd, SMALL_READ)
        for h in hashers.values():
            h.update(data)
        size = len(data)
        if size == SMALL_READ:
            rest = io.FileIO(fd, closefd=False)
            size += hash_stream(rest.readinto, list(hashers.values()), block=CHUNK, threads_after=CHUNK)
    finally:
        os.close(fd)
    digests = {name: h.hexdigest() for name, h in hashers.items()}
    digests["size"] = str(size)
    return digests, size


def printable(value: str) -> str:
    """A name for a report: undecodable bytes of a file name (kept as surrogates) shown as escapes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _join(*parts: str) -> str:
    return "/".join(p for p in parts if p)


# --------------------------------------------------------------------------------------------------------
# Objects
# --------------------------------------------------------------------------------------------------------


class Checker(Collector):
    """Findings with paths relative to the directory being checked (an object root or a storage root)."""

    def __init__(self, root: str) -> None:
        super().__init__()
        self.root = root

    def add(self, code: str, path: str | None, message: str) -> None:
        """A finding, its path and message made printable (names on disk may hold any bytes)."""
        super().add(code, None if path is None else printable(path), printable(message))

    def unreadable(self, path: str | None, exc: OSError) -> None:
        self.add(UNREADABLE, path, f"cannot read {printable(path or 'the directory')}: {exc.strerror or exc}")

    def link(self, path: str, kind: str) -> None:
        """§4.6 E090: no links anywhere in a storage hierarchy (reported where found, never followed)."""
        if kind == LINK:
            self.add("E090", path, "a symbolic link; OCFL allows none, and it was not followed")

    def at(self, *parts: str) -> str:
        """The absolute path of an entry (plain concatenation: this is the per-object hot path)."""
        return "/".join((self.root, *parts))

    def scan(self, path: str) -> dict[str, str] | None:
        try:
            return _scan(self.at(path) if path else self.root)
        except OSError as exc:
            self.unreadable(path or None, exc)
            return None

    def extensions(self, file_code: str, name_code: str | None) -> list[str]:
        """§3.9 / §4.4 an extensions/ directory holds only extension directories, with registered names;
        what each extension keeps inside is its own, and not looked into. Returns their paths."""
        found = []
        for name, kind in sorted((self.scan(EXTENSIONS) or {}).items()):
            where = f"{EXTENSIONS}/{name}"
            if kind != DIR:
                self.add(file_code, where, f"a {kind} in extensions/, which holds only extension directories")
                self.link(where, kind)
                continue
            if name_code is not None and name not in REGISTERED_EXTENSIONS:
                self.add(name_code, where, f"{name} is not a registered extension name")
            found.append(where)
        return found

    def declaration(self, entries: Mapping[str, str], rule: Namaste) -> str | None:
        """§3.2 (objects) and §4.2 (roots): one NAMASTE declaration ``0=<prefix><version>`` holding its own
        name after ``0=`` and a newline. Returns the spec version it declares, if known."""
        missing, several, pattern, not_zero, dvalue, content_code = rule.codes
        names = [name for name in entries if name.startswith("0=")]
        if len(names) > 1:
            self.add(several, None, f"{rule.what} has {len(names)} declarations: {', '.join(sorted(names))}")
            return None
        if not names:
            for name in entries:
                if re.fullmatch(rf"[0-9]+={rule.prefix}[0-9]+\.[0-9]+", name):
                    self.add(not_zero, name, "the declaration's name starts with a T other than 0")
                elif re.fullmatch(rf"[^=]*{rule.prefix}[0-9]+\.[0-9]+", name):
                    self.add(pattern, name, f"the declaration is not named 0={rule.prefix}<version>")
            self.add(missing, None, f"{rule.what} has no 0={rule.prefix}<version> declaration")
            return None
        name = names[0]
        match = re.fullmatch(rf"0={rule.prefix}([0-9]+\.[0-9]+)", name)
        if match is None or match.group(1) not in SPEC_VERSIONS:
            self.add(dvalue, name, f"the declaration names no OCFL version: 0={rule.prefix}1.0 or 1.1")
            return None
        if entries[name] != FILE:
            self.add(several, name, f"the declaration is a {entries[name]}, not a file")
            self.link(name, entries[name])
            return None
        try:
            content = read_small(self.at(name), SMALL_FILE)
        except OSError as exc:
            self.unreadable(name, exc)
        else:
            if content != f"{name[2:]}\n".encode():
                self.add(content_code, name, f"it holds {content[:40]!r}, not {name[2:]!r} and a newline")
        return match.group(1)


@dataclass(frozen=True)
class Namaste:
    """A conformance declaration: its dvalue prefix and codes (none, several, name, T, dvalue, content)."""

    what: str
    prefix: str
    codes: tuple[str, str, str, str, str, str]


#: §3.2 E003-E007 and §4.2 E069, E076-E080.
OBJECT_NAMASTE: Final = Namaste(
    "the object root", "ocfl_object_", ("E003", "E003", "E004", "E005", "E006", "E007")
)
ROOT_NAMASTE: Final = Namaste("the storage root", "ocfl_", ("E069", "E076", "E077", "E078", "E079", "E080"))


class _ObjectCheck(Checker):
    """The checks of one object, in the order they depend on each other."""

    def __init__(self, root: str, fixity: bool) -> None:
        super().__init__(root)
        self.fixity = fixity
        self.declared: str | None = None
        self.rules = LATEST
        self.object_id: str | None = None
        self.head: str | None = None
        self.files = 0
        self.bytes = 0

    def run(self) -> None:
        entries = self.scan("")
        if entries is None:
            return
        self.declared = self.declaration(entries, OBJECT_NAMASTE)
        root_bytes, inv, accounted = self._root_inventory(entries)
        self._object_root(entries, inv, accounted)
        if inv is None or not inv.versions_usable:
            return
        inventories, present = self._version_dirs(entries, inv, root_bytes)
        self.findings += check_spec_sequence([inventories[v] for v in inv.version_names if v in inventories])
        if inv.manifest_usable and inv.content_directory is not None:
            self._content(inv, inventories, present)

    # §3.5-§3.7 inventories and sidecars ------------------------------------------------------------------

    def _root_inventory(self, entries: Mapping[str, str]) -> tuple[bytes | None, Inventory | None, set[str]]:
        """§3.7 E063 the root inventory, §3.6 its sidecar; parsed and checked under the declared rules."""
        kind = entries.get(INVENTORY)
        if kind != FILE:
            what = "no inventory.json" if kind is None else f"an inventory.json that is a {kind}"
            self.add("E063", None, f"the object root has {what}")
            self._misnamed_inventories(entries)
            return None, None, {name for name in entries if name.startswith(SIDECAR_PREFIX)}
        try:
            data = read_small(self.at(INVENTORY))
        except OSError as exc:
            self.unreadable(INVENTORY, exc)
            return None, None, set()
        parsed, why = parse_json(data)
        accounted = self._sidecar("", entries, data, _algorithm_of(parsed))
        if isinstance(parsed, dict):
            self.object_id = parsed.get("id") if isinstance(parsed.get("id"), str) else None
            self.head = parsed.get("head") if isinstance(parsed.get("head"), str) else None
        if why is not None:
            self.add("E033", INVENTORY, f"the inventory cannot be read: {why}")
            return data, None, accounted
        type_spec = spec_of_type(parsed.get("type")) if isinstance(parsed, dict) else None
        self.rules = self.declared or type_spec or LATEST
        inv, found = check_inventory(parsed, where=INVENTORY, spec=self.rules, declared=self.declared)
        self.findings += found
        return data, inv, accounted

    def _misnamed_inventories(self, entries: Mapping[str, str]) -> None:
        """§3.5 E034: with no inventory.json, a file holding an inventory under another name."""
        for name, kind in sorted(entries.items()):
            if kind != FILE or name.startswith("0="):
                continue
            try:
                parsed, _ = parse_json(read_small(self.at(name), 1 << 24))
            except OSError:
                continue
            if isinstance(parsed, dict) and {"manifest", "versions"} & parsed.keys():
                self.add("E034", name, "an inventory must be named inventory.json")

    def _sidecar(
        self, folder: str, entries: Mapping[str, str], data: bytes, algorithm: str | None
    ) -> set[str]:
        """§3.6 E058 a sidecar, E059 named for digestAlgorithm; returns the names taken as sidecars."""
        candidates = [name for name in entries if name.startswith(SIDECAR_PREFIX)]
        if algorithm is not None:
            name = SIDECAR_PREFIX + algorithm
            if name in candidates:
                self._sidecar_digest(folder, name, entries[name], data, algorithm)
                return {name}
            for other in candidates:
                self.add("E059", _join(folder, other), f"a sidecar not named for the inventory's {algorithm}")
            if not candidates:
                self.add("E058", _join(folder, INVENTORY), f"the inventory has no sidecar {name}")
            return set(candidates)
        for name in candidates:  # the inventory does not say which algorithm: check what can be checked
            named = name[len(SIDECAR_PREFIX) :]
            if named in CONTENT_ALGORITHMS:
                self._sidecar_digest(folder, name, entries[name], data, named)
        if not candidates:
            self.add("E058", _join(folder, INVENTORY), "the inventory has no sidecar inventory.json.*")
        return set(candidates)

    def _sidecar_digest(self, folder: str, name: str, kind: str, data: bytes, algorithm: str) -> None:
        """§3.6 E061 the sidecar's form, E060 the digest it holds."""
        where = _join(folder, name)
        if kind != FILE:
            self.add("E058", where, f"the sidecar is a {kind}, not a file")
            return
        try:
            text = read_small(self.at(_join(folder, name)), SMALL_FILE).decode("utf-8")
        except OSError as exc:
            self.unreadable(where, exc)
            return
        except UnicodeDecodeError:
            text = ""
        match = re.fullmatch(r"([0-9a-fA-F]+)[ \t]+inventory\.json[ \t]*(?:\r?\n)?", text)
        if match is None:
            self.add("E061", where, f"the sidecar does not read 'DIGEST inventory.json': {text[:60]!r}")
            return
        actual = hashlib.new(algorithm, data).hexdigest()
        if match.group(1).lower() != actual:
            self.add("E060", where, f"it holds {match.group(1)[:16]}..., the inventory's is {actual[:16]}...")

    # §3.1, §3.9 the object root --------------------------------------------------------------------------

    def _object_root(self, entries: Mapping[str, str], inv: Inventory | None, accounted: set[str]) -> None:
        """§3.1 E001 nothing else in the object root, §3.5.3 E046 no version directory the inventory lacks,
        §4.3 E082 no object inside another, §3.9 extensions/."""
        versions = inv.numbers if inv is not None and inv.versions_usable else None
        for name, kind in sorted(entries.items()):
            if name.startswith("0=") or name in accounted or (name == INVENTORY and kind == FILE):
                continue
            if kind != DIR:
                if name != INVENTORY:
                    self.add("E001", name, f"a {kind} the object root may not hold")
                    self.link(name, kind)
            elif name == EXTENSIONS:
                self.extensions("E067", "W013")
            elif name == LOGS:
                self._logs()
            elif versions is not None and name in versions:
                continue
            elif VERSION_RE.match(name):
                if versions is not None:
                    self.add("E046", name, f"version directory {name} is not in the inventory")
            elif self._holds_object(name):
                self.add("E082", name, "an OCFL object inside this object's root")
            else:
                self.add("E001", name, "a directory the object root may not hold")

    def _logs(self) -> None:
        """§3.8 logs/ may hold anything but an OCFL object (§4.3 E082: object roots end a hierarchy)."""
        stack = [LOGS]
        while stack:
            folder = stack.pop()
            for name, kind in sorted((self.scan(folder) or {}).items()):
                if kind == DIR:
                    stack.append(f"{folder}/{name}")
                elif name.startswith("0=ocfl_object_"):
                    self.add("E082", folder, "an OCFL object inside this object's logs/")
                else:
                    self.link(f"{folder}/{name}", kind)

    def _holds_object(self, name: str) -> bool:
        try:
            return any(n.startswith("0=ocfl_object_") for n in os.listdir(self.at(name)))
        except OSError:
            return False

    # §3.3, §3.7 version directories ----------------------------------------------------------------------

    def _version_dirs(
        self, entries: Mapping[str, str], inv: Inventory, root_bytes: bytes | None
    ) -> tuple[dict[str, Inventory], dict[str, bool]]:
        """Each version's directory: §3.5.3 E046 present, §3.3 E015/W002 its entries, §3.7 its inventory.

        Returns each version's inventory (the root one for the head when identical) and, for each version
        directory present, whether it has the content directory."""
        inventories: dict[str, Inventory] = {}
        present: dict[str, bool] = {}
        for name in inv.version_names:
            if entries.get(name) != DIR:
                what = "no directory" if name not in entries else f"a {entries[name]}, not a directory"
                self.add("E046", name, f"version {name} of the inventory has {what}")
                continue
            ventries = self.scan(name)
            if ventries is None:
                continue
            accounted = {INVENTORY}
            if ventries.get(INVENTORY) == FILE:
                version_inv, sidecars = self._version_inventory(name, ventries, inv, root_bytes)
                accounted |= sidecars
                if version_inv is not None:
                    inventories[name] = version_inv
            else:
                self.add("W010", name, f"version {name} keeps no inventory.json")
                accounted = set()
            if name == inv.version_names[-1] and name not in inventories:
                inventories[name] = inv
            present[name] = self._version_entries(name, ventries, accounted, inv.content_directory)
        return inventories, present

    def _version_entries(
        self, name: str, entries: Mapping[str, str], accounted: set[str], content: str | None
    ) -> bool:
        """§3.3 E015 no other files, W002 no other directories (ignored, §3.3.1 E022)."""
        for entry, kind in sorted(entries.items()):
            if entry in accounted or (entry == content and kind == DIR):
                continue
            if kind == DIR:
                self.add("W002", f"{name}/{entry}", "a directory besides the content directory (not checked)")
            else:
                self.add("E015", f"{name}/{entry}", f"a {kind} the version directory may not hold")
                self.link(f"{name}/{entry}", kind)
        return content is not None and entries.get(content) == DIR

    def _version_inventory(
        self, name: str, entries: Mapping[str, str], inv: Inventory, root_bytes: bytes | None
    ) -> tuple[Inventory | None, set[str]]:
        """§3.6 the sidecar, §3.7 E064 the head's is the root one, E066/W011 earlier ones agree with it."""
        where = f"{name}/{INVENTORY}"
        try:
            data = read_small(self.at(name, INVENTORY))
        except OSError as exc:
            self.unreadable(where, exc)
            return None, set()
        parsed, why = parse_json(data)
        sidecars = self._sidecar(name, entries, data, _algorithm_of(parsed))
        if name == inv.version_names[-1]:  # the most recent version (§3.7), whatever head says
            if data == root_bytes:
                return inv, sidecars
            self.add("E064", where, "the head version's inventory differs from the root inventory")
        if why is not None:
            self.add("E033", where, f"the inventory cannot be read: {why}")
            return None, sidecars
        own = spec_of_type(parsed.get("type")) if isinstance(parsed, dict) else None
        version_inv, found = check_inventory(parsed, where=where, spec=own or self.rules)
        self.findings += found
        if version_inv.numbers and version_inv.head == version_inv.version_names[-1] != name:
            self.add("W010", where, f"{name} keeps the inventory of {version_inv.head}, not its own")
        first = inv.version_names[0] if inv.numbers else None
        self.findings += compare_with_newer(version_inv, inv, first_version=first)
        return version_inv, sidecars

    # §3.3.1, §3.5.2, §3.5.4 content ----------------------------------------------------------------------

    def _content(
        self, inv: Inventory, inventories: Mapping[str, Inventory], present: Mapping[str, bool]
    ) -> None:
        """§3.3.1 E016/W003 content directories, E024, E023; §3.5.2 E092; §3.5.4 E093."""
        content = inv.content_directory or ""
        on_disk: dict[str, str] = {}
        listed_versions = {path.split("/", 1)[0] for path in inv.manifest}
        for name, has_content in present.items():
            if has_content:
                self._walk(f"{name}/{content}", on_disk)
                if name not in listed_versions:
                    self.add("W003", f"{name}/{content}", "a content directory in a version without content")
            elif name in listed_versions:
                self.add("E016", name, f"version {name} adds content but has no {content}/ directory")
        for path, kind in sorted(on_disk.items()):
            self.link(path, kind)
            if path not in inv.listed:
                note = "" if kind == FILE else f" (a {kind})"
                self.add("E023", path, f"a file{note} in a content directory that the manifest does not list")
            elif kind != FILE:
                self.add("E092", path, f"the manifest lists a {kind}, not a file; links are not followed")
        self._version_manifests(inventories, on_disk)
        for path in inv.manifest:
            if path not in on_disk and present.get(path.split("/", 1)[0]):
                self.add("E092", path, "the manifest lists a file that does not exist")
        if self.fixity:
            self._hash(inv, inventories, on_disk)

    def _walk(self, top: str, found: dict[str, str]) -> None:
        """Every entry below a content directory into ``found`` (path -> kind); §3.3.1 E024 no empty dirs."""
        stack = [top]
        while stack:
            folder = stack.pop()
            entries = self.scan(folder)
            if entries is None:
                continue
            if not entries and folder != top:
                self.add("E024", folder, "an empty directory in a content directory")
            for name, kind in entries.items():
                path = f"{folder}/{name}"
                if kind == DIR:
                    stack.append(path)
                else:
                    found[path] = kind

    def _version_manifests(self, inventories: Mapping[str, Inventory], on_disk: Mapping[str, str]) -> None:
        """§3.3.1 E023 (1.1): a version's files are in the manifest of that version's own inventory."""
        if self.rules != "1.1":
            return
        by_version: dict[str, list[str]] = {}
        for path in sorted(on_disk):
            by_version.setdefault(path.split("/", 1)[0], []).append(path)
        for name, version_inv in inventories.items():
            if version_inv.where == INVENTORY or not version_inv.manifest_usable:
                continue
            for path in by_version.get(name, ()):
                if path not in version_inv.listed:
                    self.add("E023", path, f"a file of {name} that {version_inv.where} does not list")

    def _hash(self, inv: Inventory, inventories: Mapping[str, Inventory], on_disk: Mapping[str, str]) -> None:
        """Read each listed file once, for every digest any inventory gives it (§3.5.2 E092, §3.5.4 E093)."""
        wanted: dict[str, list[tuple[str, str, str, str]]] = {}
        _plan(wanted, inv, dedupe=False)
        for version_inv in inventories.values():
            if version_inv is not inv:
                _plan(wanted, version_inv, dedupe=True)
        for path in sorted(wanted):
            if on_disk.get(path) != FILE:
                continue
            checks = wanted[path]
            try:
                digests, size = digest_file(self.at(path), {c[0] for c in checks})
            except OSError as exc:
                self.unreadable(path, exc)
                continue
            self.files += 1
            self.bytes += size
            for algorithm, expected, code, where in checks:
                if digests[algorithm] != expected:
                    found = digests[algorithm][:16]
                    self.add(code, path, f"its {algorithm} is {found}..., {where} says {expected[:16]}...")


def _plan(wanted: dict[str, list[tuple[str, str, str, str]]], inv: Inventory, *, dedupe: bool) -> None:
    """Add an inventory's expectations: (algorithm, digest, code, inventory) per content path."""
    blocks: list[tuple[str, Mapping[str, str], str]] = []
    if inv.digest_algorithm is not None:
        blocks.append((inv.digest_algorithm, inv.manifest, "E092"))
    blocks += [(name, block, "E093") for name, block in inv.fixity.items() if name in COMPUTABLE]
    for algorithm, block, code in blocks:
        for path, digest in block.items():
            checks = wanted.setdefault(path, [])
            if not dedupe or not any(c[0] == algorithm and c[1] == digest for c in checks):
                checks.append((algorithm, digest, code, inv.where))


def _algorithm_of(parsed: Any) -> str | None:
    value = parsed.get("digestAlgorithm") if isinstance(parsed, dict) else None
    return value if isinstance(value, str) and value in CONTENT_ALGORITHMS else None


def validate_object(path: Path, *, fixity: bool = True) -> ObjectResult:
    """Validate one OCFL object against the spec version it declares; every problem is a finding.

    ``fixity=False`` skips reading content files (their presence is still checked)."""
    check = _ObjectCheck(os.fspath(path), fixity)
    check.run()
    return ObjectResult(
        str(path), check.object_id, check.declared, check.head, check.files, check.bytes, check.findings
    )
