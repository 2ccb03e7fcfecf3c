"""OCFL storage layout extensions: where in a storage root an object with a given ID lives.

OCFL 1.1 §4.3 (E083) asks for a deterministic mapping from object ID to a unique storage path, and §4.1 lets a
storage root name that mapping in ``ocfl_layout.json`` by the registered name of an extension (E071). Archiver
maps the five layout extensions registered in OCFL/extensions:

* ``0002-flat-direct-storage-layout``: the ID itself, directly in the storage root;
* ``0003-hash-and-id-n-tuple-storage-layout``: tuples of the ID's digest, then the percent-encoded ID;
* ``0004-hashed-n-tuple-storage-layout``: tuples of the ID's digest, then the digest (or its unused rest);
* ``0006-flat-omit-prefix-storage-layout``: the ID after its last delimiter, directly in the storage root;
* ``0007-n-tuple-omit-prefix-storage-layout``: tuples of the padded (maybe reversed) ID after its last
  delimiter, then that part of the ID.

A layout's parameters are its extension's, with the extension's defaults and constraints, and travel in
``extensions/<name>/config.json`` (Community Extensions 1.0, "Configuration Files": a config file MUST carry
``extensionName``; a parameter without a default is mandatory). Paths are relative POSIX paths, so one string
names an object both on a filesystem and as an object-store key prefix.

Besides each extension's own rules, every path is checked to be one that can be created and found again: no
element empty, ``.`` or ``..``, none holding ``/`` or NUL, none over 255 bytes (the "maximum allowed directory
name size" the flat extensions warn of; common filesystems count it in bytes), and a first element that cannot
be taken for the storage root's own entries (``extensions`` §4.4, ``ocfl_layout.json`` §4.1, ``0=`` NAMASTE
declarations §4.2). An ID that fails is refused with :class:`LayoutError` instead of being written somewhere
the layout would not look for it.
"""

from __future__ import annotations

import abc
import dataclasses
import json
import reprlib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar, Final

from archiver.fixity import OCFL_HASHERS

__all__ = [
    "DEFAULT_LAYOUT",
    "DIGEST_ALGORITHMS",
    "LAYOUTS",
    "LAYOUT_FILE",
    "FlatDirectLayout",
    "FlatOmitPrefixLayout",
    "HashAndIdNTupleLayout",
    "HashedNTupleLayout",
    "Layout",
    "LayoutError",
    "NTupleOmitPrefixLayout",
    "layout_files",
    "make_layout",
    "read_root_layout",
]

LAYOUT_FILE: Final = "ocfl_layout.json"


class LayoutError(ValueError):
    """A layout description or configuration that cannot be used; message is one plain line."""


# Digest algorithms a hashing layout may apply to IDs: 0003 and 0004 accept any algorithm of the OCFL fixity
# vocabulary, i.e. OCFL 1.1 §3.4 plus the tables of extensions 0001/0009, where hashlib can compute them
# (0009's "size" is no hash).
_DIGESTS: Final = OCFL_HASHERS
DIGEST_ALGORITHMS: Final = tuple(_DIGESTS)


def _hexdigest(algorithm: str, data: bytes) -> str:
    hasher = _DIGESTS[algorithm]()
    hasher.update(data)
    return hasher.hexdigest()


_SHORT = reprlib.Repr()  # error messages quote IDs and values, shortened to stay one readable line
_SHORT.maxstring = _SHORT.maxother = 60
_KEY = "json_key"  # dataclass field metadata: the parameter's name in config.json
_SAFE_0003: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_ENCODED_MAX_0003: Final = 100  # 0003 "Encapsulation Directory": longer encodings are cut and get the digest
_NAME_MAX: Final = 255
_ROOT_ENTRIES: Final = frozenset({"extensions", LAYOUT_FILE})


def _param(key: str, default: Any = dataclasses.MISSING) -> Any:
    """A layout parameter: ``key`` is its config.json name; no default makes it mandatory (Extensions 1.0)."""
    if default is dataclasses.MISSING:
        return field(metadata={_KEY: key})
    return field(default=default, metadata={_KEY: key})


_JSON_TYPES: Final[dict[type, str]] = {bool: "a boolean", int: "a number", float: "a non-integer number"}
_JSON_TYPES.update({str: "a string", list: "an array", dict: "an object", type(None): "null"})


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _typed(layout: str, key: str, kind: type, value: object) -> object:
    """``value`` as parameter ``key`` of type ``kind``, or LayoutError. JSON has no integer type, so a number
    with a zero fraction counts as an integer (as JSON Schema's "integer" does); a boolean never does."""
    if kind is int and isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    wanted = {int: "an integer", bool: "a boolean"}.get(kind, "a string")
    raise LayoutError(f"{layout}: {key} must be {wanted}, not {_json_type(value)} ({_SHORT.repr(value)})")


def _check_name(name: str) -> None:
    """Refuse a path element that POSIX cannot create as a new directory of exactly that name."""
    if name in ("", ".", ".."):
        raise LayoutError(f"the directory name {name!r} cannot be used: it is empty or refers to a directory")
    if "/" in name:
        raise LayoutError(
            f"the directory name {_SHORT.repr(name)} would contain '/', which separates directories"
        )
    if "\x00" in name:
        raise LayoutError(f"the directory name {_SHORT.repr(name)} would contain a NUL character")
    size = len(name.encode("utf-8"))
    if size > _NAME_MAX:
        raise LayoutError(
            f"the directory name {_SHORT.repr(name)} would be {size} bytes long; the limit is {_NAME_MAX}"
        )


def _omit_prefix(object_id: str, delimiter: str) -> str | None:
    """The ID after the right-most case-insensitive occurrence of ``delimiter``; None when there is none.

    0006/0007 "delimiter": case-insensitive, and its last occurrence ends the prefix. Slices are compared
    casefolded in place, so the cut falls in the original ID even where folding changes a string's length."""
    folded, size = delimiter.casefold(), len(delimiter)
    for start in range(len(object_id) - size, -1, -1):
        if object_id[start : start + size].casefold() == folded:
            return object_id[start + size :]
    return None


def _tuples(text: str, size: int, count: int) -> list[str]:
    return [text[i * size : (i + 1) * size] for i in range(count)]


def _tuple_phrase(source: str, size: int, count: int) -> str:
    return (
        f"{source}, split into {count} tuples of {size} characters," if count else f"{source} without tuples,"
    )


@dataclass(frozen=True)
class Layout(abc.ABC):
    """A storage layout extension with its parameters: maps object IDs to object root paths.

    Frozen dataclasses, so two layouts with the same parameters compare equal (a root read back equals the
    layout it was made with). Fields are the extension's parameters, in the order the extension lists them."""

    name: ClassVar[str]  # the registered extension name

    def __post_init__(self) -> None:
        """Check each parameter's JSON type whichever way the layout is built (config.json or Python)."""
        hints = typing.get_type_hints(type(self))
        for item in dataclasses.fields(self):
            value = _typed(self.name, item.metadata[_KEY], hints[item.name], getattr(self, item.name))
            object.__setattr__(self, item.name, value)

    def object_path(self, object_id: str) -> str:
        """The object root for ``object_id``, relative to the storage root, '/'-separated.

        Raises LayoutError, saying why, for an ID the layout cannot map to a directory that can be created."""
        if not isinstance(object_id, str) or not object_id:
            raise LayoutError("an object ID must be a non-empty string")
        try:
            object_id.encode("utf-8")
        except UnicodeEncodeError:
            raise LayoutError("the ID is not Unicode text: it holds a lone surrogate") from None
        parts = self._parts(object_id)
        for part in parts:
            _check_name(part)
        if parts[0] in _ROOT_ENTRIES or parts[0].startswith("0="):
            reserved = "is reserved at the top of a storage root (OCFL 1.1 §4.1, §4.2, §4.4)"
            raise LayoutError(f"the directory name {parts[0]!r} {reserved}")
        return "/".join(parts)

    @abc.abstractmethod
    def _parts(self, object_id: str) -> list[str]:
        """The path elements the extension's procedure gives for ``object_id`` (checked by the caller)."""

    def config(self) -> dict[str, Any]:
        """The config.json content: ``extensionName`` first, then every parameter in the extension's order."""
        content: dict[str, Any] = {"extensionName": self.name}
        for item in dataclasses.fields(self):
            content[item.metadata[_KEY]] = getattr(self, item.name)
        return content

    @abc.abstractmethod
    def description(self) -> str:
        """One line for ocfl_layout.json's "description" (§4.1): the arrangement in words, with parameters."""

    @property
    def spread(self) -> int:
        """How many top-level folders the layout spreads objects over evenly (0: none it can promise): a
        reader may list those folders side by side. Flat layouts make every object a top-level folder, and
        an ID-derived tree (0007) may put nearly all under one."""
        return 0


@dataclass(frozen=True)
class FlatDirectLayout(Layout):
    """0002: the object ID unchanged is the object root, a direct child of the storage root."""

    name: ClassVar[str] = "0002-flat-direct-storage-layout"

    def _parts(self, object_id: str) -> list[str]:
        return [object_id]  # 0002 "Procedure": the ID, without any changes

    def description(self) -> str:
        return (
            "Flat direct layout (extension 0002): each object root is named with its ID, in the storage root."
        )


def _check_hashed(layout: str, algorithm: str, size: int, count: int) -> None:
    """Check 0003/0004's digestAlgorithm, tupleSize and numberOfTuples rules."""
    if algorithm not in _DIGESTS:
        raise LayoutError(
            f"{layout}: digestAlgorithm {_SHORT.repr(algorithm)} is not one archiver can compute "
            f"(known: {', '.join(_DIGESTS)})"
        )
    for key, value in (("tupleSize", size), ("numberOfTuples", count)):
        if not 0 <= value <= 32:
            raise LayoutError(f"{layout}: {key} must be an integer from 0 to 32, not {value}")
    if (size == 0) != (count == 0):
        raise LayoutError(
            f"{layout}: tupleSize ({size}) and numberOfTuples ({count}) must both be 0 if either is"
        )
    digits = len(_hexdigest(algorithm, b""))
    if size * count > digits:
        product = f"tupleSize * numberOfTuples ({size * count})"
        raise LayoutError(f"{layout}: {product} exceeds the {digits} hex digits of {algorithm}")


@dataclass(frozen=True)
class _HashedLayout(Layout):
    """0003 and 0004: their first three parameters, with the same rules, and tuples of the ID's digest."""

    digest_algorithm: str = _param("digestAlgorithm", "sha256")
    tuple_size: int = _param("tupleSize", 3)
    number_of_tuples: int = _param("numberOfTuples", 3)

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_hashed(self.name, self.digest_algorithm, self.tuple_size, self.number_of_tuples)

    @property
    def spread(self) -> int:
        """The first tuple of a hex digest: 16 ** tupleSize folders, evenly filled (0 without tuples)."""
        return 16**self.tuple_size if self.tuple_size and self.number_of_tuples else 0

    def _digest(self, object_id: str) -> str:
        """The lower-case hex digest of the UTF-8 ID."""
        return _hexdigest(self.digest_algorithm, object_id.encode("utf-8"))


@dataclass(frozen=True)
class HashAndIdNTupleLayout(_HashedLayout):
    """0003: tuples of the hex digest of the ID, then the percent-encoded ID as the object root."""

    name: ClassVar[str] = "0003-hash-and-id-n-tuple-storage-layout"

    def _parts(self, object_id: str) -> list[str]:
        # 0003 "Procedure" 1-4: digest of the UTF-8 ID, lower-case hex, cut into tuples from the start.
        digest = self._digest(object_id)
        # "Encapsulation Directory": A-Z a-z 0-9 - _ stay; any other character becomes %xx per UTF-8 byte, in
        # lower-case hex; an encoding over 100 characters keeps its first 100 and gets "-<digest>" appended.
        encoded = "".join(
            char if char in _SAFE_0003 else "".join(f"%{byte:02x}" for byte in char.encode("utf-8"))
            for char in object_id
        )
        if len(encoded) > _ENCODED_MAX_0003:
            encoded = f"{encoded[:_ENCODED_MAX_0003]}-{digest}"
        return [*_tuples(digest, self.tuple_size, self.number_of_tuples), encoded]

    def description(self) -> str:
        tuples = _tuple_phrase(
            f"the {self.digest_algorithm} digest of the ID", self.tuple_size, self.number_of_tuples
        )
        return (
            f"Hashed n-tuple layout with ID directory (extension 0003): {tuples} then the percent-encoded ID."
        )


@dataclass(frozen=True)
class HashedNTupleLayout(_HashedLayout):
    """0004: tuples of the hex digest of the ID, then the whole digest (or its unused rest) as object root."""

    name: ClassVar[str] = "0004-hashed-n-tuple-storage-layout"
    short_object_root: bool = _param("shortObjectRoot", False)

    def __post_init__(self) -> None:
        super().__post_init__()
        digits = len(self._digest(""))
        # 0004 "shortObjectRoot": when the tuples use the whole digest nothing would be left to name the root.
        if self.short_object_root and self.tuple_size * self.number_of_tuples == digits:
            raise LayoutError(
                f"{self.name}: shortObjectRoot must be false when the tuples use all {digits} digest digits"
            )

    def _parts(self, object_id: str) -> list[str]:
        # 0004 "Procedure": tuples from the start of the lower-case hex digest of the UTF-8 ID, then either
        # the rest of the digest (shortObjectRoot) or all of it.
        digest = self._digest(object_id)
        used = self.tuple_size * self.number_of_tuples
        root = digest[used:] if self.short_object_root else digest
        return [*_tuples(digest, self.tuple_size, self.number_of_tuples), root]

    def description(self) -> str:
        tuples = _tuple_phrase(
            f"the {self.digest_algorithm} digest of the ID", self.tuple_size, self.number_of_tuples
        )
        root = "the rest of the digest" if self.short_object_root else "the whole digest"
        return f"Hashed n-tuple layout (extension 0004): {tuples} then {root}."


@dataclass(frozen=True)
class FlatOmitPrefixLayout(Layout):
    """0006: the ID after the last (case-insensitive) delimiter is the object root, in the storage root."""

    name: ClassVar[str] = "0006-flat-omit-prefix-storage-layout"
    delimiter: str = _param("delimiter")  # 0006 gives no default: the parameter is mandatory

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.delimiter:
            raise LayoutError(f"{self.name}: delimiter must not be empty")

    def _parts(self, object_id: str) -> list[str]:
        # 0006 "Overview": the prefix is everything up to and including the delimiter's last occurrence. The
        # text says nothing of IDs without the delimiter; they are expected to have a prefix, so one without
        # it is refused rather than mapped whole (0007 chose the other way, explicitly).
        rest = _omit_prefix(object_id, self.delimiter)
        if rest is None:
            raise LayoutError(
                f"the ID does not contain the delimiter {self.delimiter!r}, so it has no prefix to omit"
            )
        if not rest:
            raise LayoutError(
                f"the ID ends with the delimiter {self.delimiter!r}, which leaves no directory name"
            )
        return [rest]

    def description(self) -> str:
        return (
            f"Flat omit-prefix layout (extension 0006): each object root is named with the part of its ID "
            f"after the last {self.delimiter!r}, in the storage root."
        )


@dataclass(frozen=True)
class NTupleOmitPrefixLayout(Layout):
    """0007: tuples of the zero-padded, maybe reversed, prefix-less ID, then that ID as the object root."""

    name: ClassVar[str] = "0007-n-tuple-omit-prefix-storage-layout"
    delimiter: str = _param("delimiter", ":")
    tuple_size: int = _param("tupleSize", 3)
    number_of_tuples: int = _param("numberOfTuples", 3)
    zero_padding: str = _param("zeroPadding", "left")
    reverse_object_root: bool = _param("reverseObjectRoot", False)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.delimiter:
            raise LayoutError(f"{self.name}: delimiter must not be empty")
        # 0007 "Overview": defined over U+0020..U+007F only; a delimiter outside could never match an ID.
        if not all(" " <= char <= "\x7f" for char in self.delimiter):
            raise LayoutError(
                f"{self.name}: delimiter {self.delimiter!r} has characters outside U+0020 to U+007F"
            )
        for key, value in (("tupleSize", self.tuple_size), ("numberOfTuples", self.number_of_tuples)):
            if not 1 <= value <= 32:
                raise LayoutError(f"{self.name}: {key} must be an integer from 1 to 32, not {value}")
        if self.zero_padding not in ("left", "right"):
            raise LayoutError(
                f'{self.name}: zeroPadding must be "left" or "right", not {self.zero_padding!r}'
            )

    def _parts(self, object_id: str) -> list[str]:
        # 0007 "Overview": any character outside U+0020..U+007F in an identifier is an error.
        for char in object_id:
            if not " " <= char <= "\x7f":
                raise LayoutError(
                    f"the ID contains {char!r} (U+{ord(char):04X}); 0007 allows only U+0020 to U+007F"
                )
        # "Procedure" 1: drop the prefix through the last delimiter; no delimiter keeps the whole ID; a
        # delimiter at the very end is an error.
        rest = _omit_prefix(object_id, self.delimiter)
        if rest is None:
            rest = object_id
        elif not rest:
            raise LayoutError(
                f"the ID ends with the delimiter {self.delimiter!r}, which leaves no directory name"
            )
        # 2-3: pad with "0" up to tupleSize * numberOfTuples on the configured side, then maybe reverse;
        # 4-6: that many tuples from the left, then the prefix-less (unpadded) ID as the object root.
        width = self.tuple_size * self.number_of_tuples
        padded = rest.rjust(width, "0") if self.zero_padding == "left" else rest.ljust(width, "0")
        if self.reverse_object_root:
            padded = padded[::-1]
        return [*_tuples(padded, self.tuple_size, self.number_of_tuples), rest]

    def description(self) -> str:
        reverse = ", reversed" if self.reverse_object_root else ""
        tuples = _tuple_phrase(
            f"the ID after the last {self.delimiter!r}, zero-padded on the {self.zero_padding} to "
            f"{self.tuple_size * self.number_of_tuples} characters{reverse}",
            self.tuple_size,
            self.number_of_tuples,
        )
        return f"N-tuple omit-prefix layout (extension 0007): {tuples} then that part of the ID unpadded."


LAYOUTS: Final[Mapping[str, type[Layout]]] = MappingProxyType(
    {
        cls.name: cls
        for cls in (
            FlatDirectLayout,
            HashAndIdNTupleLayout,
            HashedNTupleLayout,
            FlatOmitPrefixLayout,
            NTupleOmitPrefixLayout,
        )
    }
)
DEFAULT_LAYOUT: Final = HashedNTupleLayout.name


def _build(name: str, config: Mapping[str, Any] | None, *, strict: bool) -> Layout:
    """The layout ``name`` with parameters from ``config``, defaults for the rest.

    ``strict`` refuses keys the extension does not define: a caller's own misspelt parameter must not turn
    silently into a default. Config files written by other tools are read leniently (the published 0004
    schema allows additional properties)."""
    cls = LAYOUTS.get(name)
    if cls is None:
        raise LayoutError(f"unknown storage layout {_SHORT.repr(name)}; archiver knows {', '.join(LAYOUTS)}")
    given = dict(config or {})
    if "extensionName" in given and given["extensionName"] != name:
        found = _SHORT.repr(given["extensionName"])
        raise LayoutError(f"the configuration's extensionName {found} does not match the layout {name}")
    fields = dataclasses.fields(cls)
    keys = [item.metadata[_KEY] for item in fields]
    if strict:
        unknown = sorted(str(key) for key in given if key != "extensionName" and key not in keys)
        if unknown:
            raise LayoutError(
                f"{name} has no parameter {unknown[0]!r} (its parameters: {', '.join(keys) or 'none'})"
            )
    values: dict[str, Any] = {}
    for item, key in zip(fields, keys, strict=True):
        if key in given:
            values[item.name] = given[key]
        elif item.default is dataclasses.MISSING:
            raise LayoutError(f"{name} needs the parameter {key}, which has no default")
    return cls(**values)


def make_layout(name: str, config: Mapping[str, Any] | None = None) -> Layout:
    """The layout extension ``name`` with ``config`` (config.json's keys; missing ones take their defaults).

    Raises LayoutError for an unknown name, an unknown key, a parameter of the wrong type or out of its range,
    a digest algorithm archiver cannot compute, or an ``extensionName`` other than ``name``."""
    return _build(name, config, strict=True)


def _json_object(raw: bytes, where: str) -> dict[str, Any]:
    """``raw`` parsed as a UTF-8 JSON document that must be an object (RFC 8259, as §4.1 E070 requires)."""

    def no_constant(token: str) -> object:
        raise LayoutError(f"{where} is not valid JSON: {token} is not a JSON value")

    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=no_constant)
    except UnicodeDecodeError as exc:
        raise LayoutError(f"{where} is not UTF-8 text (bad byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise LayoutError(
            f"{where} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise LayoutError(f"{where} is not usable JSON: it is nested too deeply") from None
    if not isinstance(document, dict):
        raise LayoutError(f"{where} must hold a JSON object, not {_json_type(document)}")
    return document


def _read_optional(path: Path, where: str) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise LayoutError(f"{where} is a directory, not a JSON file") from None


def read_root_layout(root: Path) -> Layout | None:
    """The layout a storage root declares, or None when it has no ``ocfl_layout.json``.

    OCFL 1.1 §4.1: the file is optional (without it the caller walks the hierarchy); when present it is a JSON
    object with the string keys "extension" (E071: a registered extension name) and "description". The
    extension's parameters come from ``extensions/<extension>/config.json`` when there is one (it MUST name
    the extension in ``extensionName``), else from the extension's defaults. Raises LayoutError when the
    description or configuration is unusable or names a layout archiver cannot map; other OSErrors pass."""
    raw = _read_optional(root / LAYOUT_FILE, LAYOUT_FILE)
    if raw is None:
        return None
    document = _json_object(raw, LAYOUT_FILE)
    for key in ("extension", "description"):
        if not isinstance(document.get(key), str):
            found = "missing" if key not in document else _json_type(document[key])
            raise LayoutError(f'{LAYOUT_FILE} must have a string "{key}" (OCFL 1.1 §4.1), but it is {found}')
    extension: str = document["extension"]
    if extension not in LAYOUTS:
        raise LayoutError(
            f"the storage root uses storage layout {_SHORT.repr(extension)}, which archiver cannot map "
            f"(it maps {', '.join(LAYOUTS)})"
        )
    where = f"extensions/{extension}/config.json"
    config_raw = _read_optional(root / "extensions" / extension / "config.json", where)
    config = None if config_raw is None else _json_object(config_raw, where)
    if config is not None and config.get("extensionName") != extension:
        found = "missing" if "extensionName" not in config else _SHORT.repr(config["extensionName"])
        raise LayoutError(f"{where} must have extensionName {extension!r}, but it is {found}")
    try:
        return _build(extension, config, strict=False)
    except LayoutError as exc:
        raise LayoutError(f"{exc} ({where} is absent)" if config is None else f"{where}: {exc}") from None


def _json_bytes(content: Mapping[str, Any]) -> bytes:
    return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def layout_files(layout: Layout) -> dict[str, bytes]:
    """The files that declare ``layout`` in a new storage root: relative path -> content.

    ``ocfl_layout.json`` (§4.1) and, for a layout with parameters, ``extensions/<name>/config.json`` with
    every parameter spelled out, so that no reader has to know the extension's defaults. A layout without
    parameters (0002) gets no config.json: the file is optional, an empty extension directory is not allowed
    (§4.1 E073), and ocfl-py 2.1.0 fails on a 0002 root that has one. UTF-8 JSON, two-space indent, keys in
    a fixed order, trailing newline."""
    files = {LAYOUT_FILE: _json_bytes({"extension": layout.name, "description": layout.description()})}
    if dataclasses.fields(layout):
        files[f"extensions/{layout.name}/config.json"] = _json_bytes(layout.config())
    return files
