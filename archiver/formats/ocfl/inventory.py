"""OCFL inventories (1.0 and 1.1 §3.5): checks over parsed JSON, dicts in, findings out.

Nothing here touches the disk: :func:`check_inventory` takes whatever ``json.loads`` returned (any shape at
all, a broken inventory is findings, never an exception) and returns the findings with an :class:`Inventory`
that keeps only the parts that passed, so the validator can compare them with the files without checking
types again. :func:`compare_with_newer` and :func:`check_spec_sequence` relate the inventories kept in
version directories to the newer ones (§3.7, §3.7.1).

Which rules apply is the spec version the object declares (``spec``): 1.1 added codes for rules 1.0 left
to the general ones (E104/E105 for version names, E106 for the manifest's type, E108 for contentDirectory,
E110 for a changed id, E111 for the fixity block's type), and only 1.1 requires every manifest digest to
be used in a state (E107). Each finding's path is the inventory's own path in the object (``where``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise
from typing import Any, Final

import archiver.formats.ocfl.codes  # noqa: F401  (registers the codes this module emits)
from archiver.fixity import OCFL_HASHERS
from archiver.formats.ocfl.structure import OCFL_VERSION, SPEC_VERSIONS, spec_of_type
from archiver.validation.findings import Collector, Finding

__all__ = [
    "COMPUTABLE",
    "CONTENT_ALGORITHMS",
    "HASHERS",
    "LATEST",
    "VERSION_RE",
    "Inventory",
    "check_inventory",
    "check_spec_sequence",
    "compare_with_newer",
]

LATEST: Final = OCFL_VERSION
#: §3.4 (E025): the algorithms an object may use for content addressing.
CONTENT_ALGORITHMS: Final = frozenset({"sha512", "sha256"})
DEFAULT_CONTENT_DIRECTORY: Final = "content"
#: Fixity algorithms (E056): §3.4's table, then extension 0001 and its successor 0009 (which adds size).
#: Each with the number of hex digits of its digest; 0 marks size, a decimal number of bytes.
DIGEST_LENGTHS: Final[Mapping[str, int]] = {
    "md5": 32,
    "sha1": 40,
    "sha256": 64,
    "sha512": 128,
    "blake2b-512": 128,
    "blake2b-160": 40,
    "blake2b-256": 64,
    "blake2b-384": 96,
    "sha512/256": 64,
    "size": 0,
}
#: §3.4 (E029-E032): the algorithms whose table row demands hex; other non-hex digests are E057 in fixity.
HEX_CODES: Final[Mapping[str, str]] = {
    "sha1": "E029",
    "sha256": "E030",
    "sha512": "E031",
    "blake2b-512": "E032",
}


#: The algorithms of DIGEST_LENGTHS the validator computes (all, where OpenSSL has sha512/256; size is
#: counted); others would be ignored (E028).
HASHERS: Final = OCFL_HASHERS
COMPUTABLE: Final = frozenset(HASHERS) | {"size"}
#: §3.3: v and a version number; more than 64 digits is not taken for a number (Python caps int parsing).
VERSION_RE: Final = re.compile(r"v([0-9]{1,64})\Z")
TOP_KEYS: Final = frozenset(
    {"id", "type", "digestAlgorithm", "head", "contentDirectory", "manifest", "versions", "fixity"}
)
VERSION_KEYS: Final = frozenset({"created", "state", "message", "user"})
USER_KEYS: Final = frozenset({"name", "address"})
METADATA_KEYS: Final = ("created", "message", "user")  # §3.7 W011

_HEX = re.compile(r"[0-9a-fA-F]+\Z")
_SIZE = re.compile(r"(?:0|[1-9][0-9]*)\Z")
#: RFC 3339 §5.6 date-time: seconds required, fraction optional, Z or a numeric offset (E049).
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
    r"(?:[Zz]|[+-]([0-9]{2}):([0-9]{2}))\Z"
)
#: RFC 3986 §3.1: a URI starts with a scheme and a colon (W005, W009); no spaces anywhere.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+\Z")
_SHOWN = 5  # list at most this many items in one message


@dataclass
class Version:
    """The well-formed parts of one version block."""

    state: dict[str, str] = field(default_factory=dict)  # logical path -> digest, lower case
    meta: dict[str, Any] = field(default_factory=dict)  # created, message, user as found (§3.7 W011)


@dataclass
class Inventory:
    """What passed the checks: the validator relies on these types without checking again."""

    where: str  # the inventory's path in the object: "inventory.json", "v2/inventory.json"
    spec: str  # the rule set it was checked under
    type_spec: str | None = None  # the spec version its type names
    id: str | None = None
    digest_algorithm: str | None = None  # sha512 or sha256
    head: str | None = None
    content_directory: str | None = DEFAULT_CONTENT_DIRECTORY  # None: set, but unusable
    content_directory_set: bool = False
    manifest_usable: bool = False  # a JSON object: its absence of a path means something
    manifest: dict[str, str] = field(default_factory=dict)  # well-formed content path -> digest, lower case
    listed: set[str] = field(default_factory=set)  # every string the manifest gives as a content path
    versions_usable: bool = False
    versions: dict[str, Version] = field(default_factory=dict)  # well-formed version names only
    numbers: dict[str, int] = field(default_factory=dict)  # version name -> number
    fixity: dict[str, dict[str, str]] = field(default_factory=dict)  # algorithm -> content path -> digest

    @cached_property
    def version_names(self) -> list[str]:
        """Oldest first (read once the versions are checked)."""
        return sorted(self.numbers, key=self.numbers.__getitem__)


class _Out(Collector):
    """Findings about one inventory, all with its path."""

    def __init__(self, where: str, spec: str) -> None:
        super().__init__()
        self.where = where
        self.spec = spec

    def note(self, code: str, message: str) -> None:
        self.add(code, self.where, message)

    def by_spec(self, code_1_0: str, code_1_1: str, message: str) -> None:
        """One rule, coded differently by the two lists (1.1 gave some rules codes of their own)."""
        self.note(code_1_1 if self.spec == "1.1" else code_1_0, message)


def _kind(value: object) -> str:
    """The JSON name of a parsed value's type."""
    if isinstance(value, bool):
        return "boolean"
    return _JSON_KINDS.get(type(value), type(value).__name__)


_JSON_KINDS: Final = {dict: "object", list: "array", str: "string", int: "number", float: "number"}
_JSON_KINDS[type(None)] = "null"


def _json_object(
    out: _Out, data: Mapping[str, Any], key: str, code_1_0: str, code_1_1: str
) -> dict[str, Any] | None:
    """``data[key]`` when it is a JSON object; None when it is absent, or (reported) not an object."""
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, dict):
        out.by_spec(code_1_0, code_1_1, f"{key} is a JSON {_kind(value)}, not an object")
        return None
    return value


def _short(value: object, limit: int = 80) -> str:
    """A value for a message: scalars quoted and cut short, containers by kind (their repr could be huge)."""
    if isinstance(value, dict | list):
        return f"a JSON {_kind(value)}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _same(a: object, b: object) -> bool:
    """Equality of parsed JSON that cannot fail on values nested near the recursion limit."""
    try:
        return a == b
    except RecursionError:
        return False


def _some(items: Collection[str]) -> str:
    shown = sorted(items)[:_SHOWN]
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(_short(i, 60) for i in shown) + more


def check_inventory(
    data: Any, *, where: str, spec: str | None = None, declared: str | None = None
) -> tuple[Inventory, list[Finding]]:
    """Check one parsed inventory (§3.5) and keep its well-formed parts.

    ``spec`` is the rule set (the object's declared version; None: the version the type names, else 1.1).
    ``declared`` is given for the object root inventory only, whose type must match the declaration (E038).
    """
    if not isinstance(data, dict):
        out = _Out(where, spec or LATEST)
        out.note("E033", f"the inventory is a JSON {_kind(data)}, not an object")
        return Inventory(where=where, spec=out.spec), out.findings
    type_spec = spec_of_type(data.get("type"))
    inv = Inventory(where=where, spec=spec or type_spec or LATEST, type_spec=type_spec)
    out = _Out(where, inv.spec)
    _check_keys(out, data)
    _check_id(out, data, inv)
    _check_type(out, data, declared)
    _check_algorithm(out, data, inv)
    _check_content_directory(out, data, inv)
    _check_versions(out, data, inv)
    _check_manifest(out, data, inv)
    _check_states(out, data, inv)
    _check_fixity(out, data, inv)
    return inv, out.findings


# --------------------------------------------------------------------------------------------------------
# §3.5, §3.5.1 keys and basic structure
# --------------------------------------------------------------------------------------------------------


def _check_keys(out: _Out, data: Mapping[str, Any]) -> None:
    """§3.5.1 E036 required keys, E041 manifest, §3.5.3 E043 versions, §3.5 E102 no other keys; a key
    holding what looks like the versions or fixity block under another name is also §3.5.3 E044 / §3.5.4
    E055 (the block must have that key)."""
    for key in ("id", "type", "digestAlgorithm", "head"):
        if key not in data:
            out.note("E036", f"the inventory has no {key}")
    if "manifest" not in data:
        out.note("E041", "the inventory has no manifest block")
    if "versions" not in data:
        out.note("E043", "the inventory has no versions block (§3.5.1 asks for it too)")
    for key in data:
        if key in TOP_KEYS:
            continue
        out.note("E102", f"the inventory has the key {_short(key)}, which the spec does not define")
        if "versions" not in data and _block_like(key, data[key], "versions", VERSION_RE.match):
            out.note("E044", f"the versions block is under the key {_short(key)}, not versions")
        if "fixity" not in data and _block_like(key, data[key], "fixity", DIGEST_LENGTHS.__contains__):
            out.note("E055", f"the fixity block is under the key {_short(key)}, not fixity")


def _block_like(key: str, value: object, name: str, known: Callable[[str], object]) -> bool:
    """A block under a misspelt key: the name in other letter case, or an object keyed as the block is."""
    if key.casefold() == name:
        return True
    return isinstance(value, dict) and bool(value) and all(known(k) for k in value)


def _check_id(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.1 E037 id is a non-empty string; W005 it should be a URI."""
    if "id" not in data:
        return
    value = data["id"]
    if not isinstance(value, str) or not value:
        out.note("E037", f"id is {_short(value)}, not a non-empty string")
        return
    inv.id = value
    if not _URI.match(value):
        out.note("W005", f"id {_short(value)} is not a URI")


def _check_type(out: _Out, data: Mapping[str, Any], declared: str | None) -> None:
    """§3.5.1 E038: an inventory URI; in the root inventory, the one of the declared spec version."""
    if "type" not in data:
        return
    value = data["type"]
    named = spec_of_type(value)
    if named is None:
        out.note("E038", f"type is {_short(value)}, not an OCFL inventory type URI")
    elif declared is not None and named != declared:
        out.note("E038", f"type names OCFL {named}, the object declares {declared}")


def _check_algorithm(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.4 E025 sha512 or sha256; W004 sha512 preferred."""
    if "digestAlgorithm" not in data:
        return
    value = data["digestAlgorithm"]
    if not isinstance(value, str) or value not in CONTENT_ALGORITHMS:
        out.note("E025", f"digestAlgorithm is {_short(value)}, not sha512 or sha256")
        return
    inv.digest_algorithm = value
    if value != "sha512":
        out.note("W004", f"digestAlgorithm is {value}; sha512 is recommended")


def _check_content_directory(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.3.1 E017 no /, E018 not . or .., E108 (1.1) a direct child's name: a non-empty string."""
    if "contentDirectory" not in data:
        return
    inv.content_directory_set = True
    inv.content_directory = None
    value = data["contentDirectory"]
    if not isinstance(value, str) or not value:
        out.by_spec("E017", "E108", f"contentDirectory is {_short(value)}, not a directory name")
    elif "/" in value:
        out.note("E017", f"contentDirectory {_short(value)} contains /")
    elif value in (".", ".."):
        out.note("E018", f"contentDirectory is {value!r}")
    else:
        inv.content_directory = value


# --------------------------------------------------------------------------------------------------------
# §3.3, §3.5.3 versions
# --------------------------------------------------------------------------------------------------------


def _check_versions(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.3 the versions block: names (§3.3), sequence, head (§3.5.1 E040), each version (§3.5.3.1)."""
    versions = _json_object(out, data, "versions", "E045", "E045")
    if versions is None:
        return
    inv.versions_usable = True
    if not versions:
        out.note("E008", "versions is empty: an object has at least one version")
    for name in versions:
        number = _version_number(out, name)
        if number is not None:
            inv.numbers[name] = number
    _check_sequence(out, inv.numbers)
    _check_head(out, data, inv)
    for name in inv.version_names:
        block = versions[name]
        if isinstance(block, dict):
            inv.versions[name] = _check_version_block(out, name, block)
        else:
            out.note("E047", f"version {name} is a JSON {_kind(block)}, not an object")


def _version_number(out: _Out, name: str) -> int | None:
    """§3.3 E104 a v prefix, E105 a positive base-ten number (1.0: E046, E009)."""
    match = VERSION_RE.match(name)
    if match is None:
        if out.spec == "1.0":
            out.note("E046", f"{_short(name)} is not a version directory name (v and a number)")
        elif not name.startswith("v"):
            out.note("E104", f"version {_short(name)} does not start with v")
        else:
            out.note("E105", f"version {_short(name)} is not v and a positive base-ten number")
        return None
    number = int(match.group(1))
    if number == 0:
        out.by_spec("E009", "E105", f"version {name} has the number 0; versions start at 1")
        return None
    return number


def _check_sequence(out: _Out, numbers: Mapping[str, int]) -> None:
    """§3.3 E009 start at 1, E010 no gaps, E011/E012 one naming convention, W001 no padding."""
    if not numbers:
        return
    ordered = sorted(set(numbers.values()))
    if ordered[0] != 1:
        out.note("E009", f"the first version is {min(numbers, key=numbers.__getitem__)}, not version 1")
    gaps = [f"{a + 1}..{b - 1}" if b - a > 2 else str(a + 1) for a, b in pairwise(ordered) if b != a + 1]
    if gaps:
        out.note("E010", f"version numbers are missing: {_some(gaps)}")
    if len(ordered) < len(numbers):
        counts = Counter(numbers.values())
        twins = [name for name, number in numbers.items() if counts[number] > 1]
        out.note("E012", f"one version number is spelled in two ways: {_some(twins)}")
    padded = [name for name in numbers if len(name) > 2 and name[1] == "0"]
    if not padded:
        return
    out.note("W001", f"version names are zero-padded ({_some(padded)})")
    widths = {len(name) for name in numbers}
    if len(widths) > 1:
        out.note("E012", f"version names mix forms: {_some(numbers)}")
    elif len(padded) < len(numbers):
        unpadded = [name for name in numbers if name not in padded]
        out.note("E011", f"zero-padded versions have run out of padding: {_some(unpadded)}")


def _check_head(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.1 E040 head is the name of the highest version."""
    if "head" not in data:
        return
    head = data["head"]
    if not isinstance(head, str):
        out.note("E040", f"head is {_short(head)}, not a version name")
        return
    inv.head = head
    if inv.numbers:
        highest = max(inv.numbers, key=inv.numbers.__getitem__)
        if head != highest:
            out.note("E040", f"head is {_short(head)}, the highest version is {highest}")


def _check_version_block(out: _Out, name: str, block: Mapping[str, Any]) -> Version:
    """§3.5.3.1 E048 created and state, E049 created's form, E094 message, E054/W007-W009 user, E102."""
    version = Version(meta={key: block[key] for key in METADATA_KEYS if key in block})
    for key in block:
        if key not in VERSION_KEYS:
            out.note("E102", f"version {name} has the key {_short(key)}, which the spec does not define")
    for key in ("created", "state"):
        if key not in block:
            out.note("E048", f"version {name} has no {key}")
    if "state" in block and not isinstance(block["state"], dict):
        out.note("E048", f"the state of version {name} is a JSON {_kind(block['state'])}, not an object")
    if "created" in block and not is_rfc3339(block["created"]):
        out.note("E049", f"version {name} was created {_short(block['created'])}, not an RFC 3339 date-time")
    if "message" in block and not isinstance(block["message"], str):
        out.note("E094", f"the message of version {name} is {_short(block['message'])}, not a string")
    missing = [key for key in ("message", "user") if key not in block]
    if missing:
        out.note("W007", f"version {name} has no {' and no '.join(missing)}")
    if "user" in block:
        _check_user(out, name, block["user"])
    return version


def _check_user(out: _Out, name: str, user: object) -> None:
    if not isinstance(user, dict):
        out.note("E054", f"the user of version {name} is {_short(user)}, not an object")
        return
    for key in user:
        if key not in USER_KEYS:
            out.note(
                "E102",
                f"the user of version {name} has the key {_short(key)}, which the spec does not define",
            )
    if not isinstance(user.get("name"), str):
        out.note("E054", f"the user of version {name} has no string name")
    if "address" not in user:
        out.note("W008", f"the user of version {name} has no address")
    elif not isinstance(user["address"], str) or not _URI.match(user["address"]):
        out.note("W009", f"the user address of version {name}, {_short(user['address'])}, is not a URI")


def is_rfc3339(value: object) -> bool:
    """RFC 3339 §5.6 date-time, with real calendar dates and in-range times (a leap second allowed)."""
    if not isinstance(value, str):
        return False
    match = _RFC3339.match(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        date(year, month, day)
    except ValueError:
        return False
    offset_ok = match.group(7) is None or (int(match.group(7)) < 24 and int(match.group(8)) < 60)
    return hour < 24 and minute < 60 and second <= 60 and offset_ok


# --------------------------------------------------------------------------------------------------------
# §3.5.2 manifest, §3.5.3.1 state
# --------------------------------------------------------------------------------------------------------


def _check_manifest(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.2 E106 an object; per digest E039/E030/E031 its form, E096 once; E092 a list of content paths."""
    manifest = _json_object(out, data, "manifest", "E033", "E106")
    if manifest is None:
        return
    inv.manifest_usable = True
    seen: set[str] = set()
    for digest, paths in manifest.items():
        _check_digest_form(out, inv.digest_algorithm, digest, "manifest")
        lower = digest.lower()
        if lower in seen:
            out.note("E096", f"the manifest lists the digest {_short(digest, 40)} twice, ignoring case")
        seen.add(lower)
        if not isinstance(paths, list) or not paths:
            out.note("E092", f"the manifest value for {_short(digest, 40)} is not a list of content paths")
            continue
        for path in paths:
            _take_content_path(out, inv, path, lower)
    _check_conflicts(out, inv.manifest, "E101", "content path")


def _take_content_path(out: _Out, inv: Inventory, path: object, digest: str) -> None:
    if not isinstance(path, str):
        out.note("E092", f"the manifest lists {_short(path)} as a content path, not a string")
        return
    if path in inv.listed:
        out.note("E101", f"the content path {_short(path)} is listed twice")
        return
    inv.listed.add(path)
    if _content_path_ok(out, inv, path):
        inv.manifest[path] = digest


def _content_path_ok(out: _Out, inv: Inventory, path: str) -> bool:
    """§3.5 E035 / separator; §3.5.2 E098-E100 its elements, E042 inside a version's content directory;
    §3.3 E014 the version spelled as its directory; §3.3.1 E021 content/ when contentDirectory is unset."""
    shown = _short(path)
    if not path:
        out.note("E098", "the manifest lists an empty content path")
        return False
    if "\\" in path and "/" not in path:
        out.note("E035", f"the content path {shown} separates its elements with \\, not /")
        return False
    ok = True
    if path.startswith("/") or path.endswith("/"):
        out.note("E100", f"the content path {shown} begins or ends with /")
        ok = False
    parts = path.strip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        out.note("E099", f"the content path {shown} has an empty, . or .. element")
        ok = False
    if not ok:
        return False
    if len(parts) < 3:
        out.note("E042", f"the content path {shown} does not lie inside a version's content directory")
        return False
    return _content_path_placed(out, inv, parts, shown)


def _content_path_placed(out: _Out, inv: Inventory, parts: list[str], shown: str) -> bool:
    version, directory = parts[0], parts[1]
    if inv.numbers and version not in inv.numbers:
        match = VERSION_RE.match(version)
        if match and int(match.group(1)) in inv.numbers.values():
            out.note(
                "E014", f"the content path {shown} spells the version as {version}, not as its directory"
            )
        else:
            out.note("E042", f"the content path {shown} does not start with a version of this inventory")
        return False
    if inv.content_directory is not None and directory != inv.content_directory:
        if inv.content_directory_set:
            out.note(
                "E042", f"the content path {shown} is not in the content directory {inv.content_directory}"
            )
        else:
            out.note("E021", f"the content path {shown} is not in the version's content directory, content")
        return False
    return True


def _check_conflicts(out: _Out, paths: Collection[str], code: str, kind: str, scope: str = "") -> None:
    """E101 / E095: no path is a directory of another (a/b and a/b/c)."""
    for path in paths:
        cut = path.find("/")
        while cut != -1:
            if path[:cut] in paths:
                out.note(
                    code, f"{scope}the {kind} {_short(path[:cut])} is also a directory of {_short(path)}"
                )
                break
            cut = path.find("/", cut + 1)


def _check_digest_form(out: _Out, algorithm: str | None, digest: str, block: str) -> None:
    """§3.4 E030/E031 hex, §3.5.1 E039 the length of digestAlgorithm's digests."""
    if algorithm is None:
        return
    if not _HEX.match(digest):
        out.note(HEX_CODES[algorithm], f"the {block} digest {_short(digest, 40)} is not hex")
    elif len(digest) != DIGEST_LENGTHS[algorithm]:
        out.note(
            "E039",
            f"the {block} digest {_short(digest, 40)} is not a {algorithm} digest (length {len(digest)})",
        )


def _check_states(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.3.1 each state: E050 its digests in the manifest, E051-E053/E095 its logical paths;
    §3.5.2 E107 (1.1) every manifest digest in some state.

    Digests are matched ignoring case: §3.4 notes that hex digests are case-insensitive and asks for
    case-insensitive comparison, and OCFL's own fixtures (1.0 good-objects/minimal_mixed_digests) take a
    state digest that differs from its manifest key only in case for valid."""
    versions: dict[str, Any] = data["versions"] if inv.versions else {}
    manifest = data.get("manifest")
    digests = {d.lower() for d in manifest} if isinstance(manifest, dict) else None
    used: set[str] = set()
    for name, version in inv.versions.items():
        state = versions[name].get("state")
        if not isinstance(state, dict):
            continue
        for digest, paths in state.items():
            lower = digest.lower()
            used.add(lower)
            if digests is not None and lower not in digests:
                out.note(
                    "E050", f"version {name}: the state digest {_short(digest, 40)} is not in the manifest"
                )
            _take_logical_paths(out, name, version, lower, paths)
        _check_conflicts(out, version.state, "E095", "logical path", f"version {name}: ")
    if out.spec == "1.1" and digests is not None and inv.versions_usable and inv.versions:
        unused = digests - used
        if unused:
            out.note(
                "E107", f"manifest digests in no version's state: {_some([d[:16] + '...' for d in unused])}"
            )


def _take_logical_paths(out: _Out, name: str, version: Version, digest: str, paths: object) -> None:
    if not isinstance(paths, list) or not paths:
        out.note(
            "E051", f"version {name}: the state value for {_short(digest, 40)} is not a list of logical paths"
        )
        return
    for path in paths:
        if not isinstance(path, str) or not path:
            out.note("E051", f"version {name}: {_short(path)} is not a logical path")
            continue
        ok = True
        if path.startswith("/") or path.endswith("/"):
            out.note("E053", f"version {name}: the logical path {_short(path)} begins or ends with /")
            ok = False
        if any(part in ("", ".", "..") for part in path.strip("/").split("/")):
            out.note("E052", f"version {name}: the logical path {_short(path)} has an empty, . or .. element")
            ok = False
        if path in version.state:
            out.note("E095", f"version {name}: the logical path {_short(path)} is listed twice")
        elif ok:
            version.state[path] = digest


# --------------------------------------------------------------------------------------------------------
# §3.5.4 fixity
# --------------------------------------------------------------------------------------------------------


def _check_fixity(out: _Out, data: Mapping[str, Any], inv: Inventory) -> None:
    """§3.5.4 E111 (1.0: E055) an object; E056 known algorithms; E057 blocks like the manifest; E097."""
    fixity = _json_object(out, data, "fixity", "E055", "E111")
    if fixity is None:
        return
    for algorithm, block in fixity.items():
        if algorithm not in DIGEST_LENGTHS:
            out.note(
                "E056",
                f"fixity algorithm {_short(algorithm)} is neither in the spec's table nor an extension's",
            )
        elif not isinstance(block, dict):
            out.note("E057", f"the fixity block for {algorithm} is a JSON {_kind(block)}, not an object")
        else:
            inv.fixity[algorithm] = _fixity_block(out, inv, algorithm, block)


def _fixity_block(out: _Out, inv: Inventory, algorithm: str, block: Mapping[str, Any]) -> dict[str, str]:
    taken: dict[str, str] = {}
    seen: set[str] = set()
    for digest, paths in block.items():
        well_formed = _fixity_digest_ok(out, algorithm, digest)
        lower = digest.lower()
        if lower in seen:
            out.note("E097", f"the {algorithm} fixity block lists {_short(digest, 40)} twice, ignoring case")
        seen.add(lower)
        if not isinstance(paths, list) or not paths:
            out.note(
                "E057",
                f"the {algorithm} fixity value for {_short(digest, 40)} is not a list of content paths",
            )
            continue
        for path in paths:
            if not isinstance(path, str) or (inv.manifest_usable and path not in inv.listed):
                out.note(
                    "E057",
                    f"the {algorithm} fixity block lists {_short(path)}, not a content path of the manifest",
                )
            elif path in taken:
                out.note("E057", f"the {algorithm} fixity block lists the content path {_short(path)} twice")
            elif well_formed:
                taken[path] = lower
    return taken


def _fixity_digest_ok(out: _Out, algorithm: str, digest: str) -> bool:
    """§3.4 E029/E030/E031/E032 hex for the table's algorithms, else E057; size is decimal (ext. 0009)."""
    length = DIGEST_LENGTHS[algorithm]
    if length == 0:
        ok = bool(_SIZE.match(digest))
        if not ok:
            out.note("E057", f"the size fixity value {_short(digest, 40)} is not a decimal number")
        return ok
    if not _HEX.match(digest):
        out.note(
            HEX_CODES.get(algorithm, "E057"), f"the {algorithm} fixity digest {_short(digest, 40)} is not hex"
        )
        return False
    if len(digest) != length:
        out.note(
            "E057",
            f"the {algorithm} fixity digest {_short(digest, 40)} has {len(digest)} digits, not {length}",
        )
        return False
    return True


# --------------------------------------------------------------------------------------------------------
# §3.7 inventories of earlier versions
# --------------------------------------------------------------------------------------------------------


def compare_with_newer(
    prior: Inventory, newer: Inventory, *, first_version: str | None = None
) -> list[Finding]:
    """§3.7 a version directory's inventory (``prior``) against a newer one, usually the root's.

    E066 the same logical state for each version it has, W011 the same created/message/user; §3.5.1 E110
    (1.0: E037) the same id; §3.3.1 E019/E020 the same contentDirectory (``first_version``: the object's
    first version, where a contentDirectory must already be set); §3.3.1 E023 every content path it lists
    still in the newer manifest. The rule set is the newer inventory's.
    """
    out = _Out(prior.where, newer.spec)
    if prior.id is not None and newer.id is not None and prior.id != newer.id:
        out.by_spec("E037", "E110", f"id is {_short(prior.id)} here, {_short(newer.id)} in {newer.where}")
    _compare_content_directory(out, prior, newer, first_version)
    if prior.versions_usable and newer.versions_usable:
        for name in prior.versions:
            if name not in newer.versions:
                out.note("E066", f"version {name} is not in {newer.where}")
            else:
                _compare_version(out, name, prior, newer)
    if prior.manifest_usable and newer.manifest_usable:
        gone = [path for path in prior.manifest if path not in newer.listed]
        if gone:
            out.note("E023", f"content paths missing from the manifest of {newer.where}: {_some(gone)}")
    return out.findings


def _compare_content_directory(out: _Out, prior: Inventory, newer: Inventory, first: str | None) -> None:
    if not (prior.content_directory_set or newer.content_directory_set):
        return
    if prior.content_directory_set and newer.content_directory_set:
        if prior.content_directory != newer.content_directory:
            out.note("E020", f"contentDirectory differs from {newer.where}'s")
    elif not prior.content_directory_set and prior.head is not None and prior.head == first:
        out.note("E019", f"contentDirectory is set in {newer.where} but not in the first version's inventory")
    else:
        out.note("E020", f"contentDirectory is set in only one of this inventory and {newer.where}")


def _compare_version(out: _Out, name: str, prior: Inventory, newer: Inventory) -> None:
    before, after = prior.versions[name], newer.versions[name]
    differing = _state_differences(before, after, prior, newer)
    if differing:
        out.note(
            "E066", f"version {name} has another logical state than in {newer.where}: {_some(differing)}"
        )
    for key in METADATA_KEYS:
        if (key in before.meta) != (key in after.meta) or not _same(
            before.meta.get(key), after.meta.get(key)
        ):
            out.note("W011", f"version {name} has another {key} than in {newer.where}")


def _state_differences(before: Version, after: Version, prior: Inventory, newer: Inventory) -> list[str]:
    """Logical paths whose content differs: by digest when both use one algorithm, else by content path."""
    paths = before.state.keys() | after.state.keys()
    if prior.digest_algorithm == newer.digest_algorithm:
        return [p for p in paths if before.state.get(p) != after.state.get(p)]
    old, new = content_paths_by_digest(prior), content_paths_by_digest(newer)
    return [
        p
        for p in paths
        if p not in before.state
        or p not in after.state
        or not old.get(before.state[p], set()) & new.get(after.state[p], set())
    ]


def content_paths_by_digest(inv: Inventory) -> dict[str, set[str]]:
    """Lower-case digest -> the content paths the manifest gives it."""
    paths: dict[str, set[str]] = {}
    for path, digest in inv.manifest.items():
        paths.setdefault(digest, set()).add(path)
    return paths


def check_spec_sequence(inventories: list[Inventory]) -> list[Finding]:
    """§3.7.1 E103: each version directory's inventory declares the same or a later spec version than the
    preceding one's (``inventories`` oldest first; the head's is the root inventory)."""
    out = Collector()
    before: Inventory | None = None
    for inv in inventories:
        if inv.type_spec is None:
            continue
        if before is not None and _order(inv.type_spec) < _order(before.type_spec):
            message = f"declares OCFL {inv.type_spec}, after {before.where}'s {before.type_spec}"
            out.add("E103", inv.where, message)
        before = inv
    return out.close()


def _order(spec: str | None) -> int:
    return SPEC_VERSIONS.index(spec) if spec in SPEC_VERSIONS else -1
