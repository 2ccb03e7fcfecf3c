"""A fast yes/no check of a JSON document against a JSON Schema (Draft 2020-12), for the common case.

``jsonschema`` takes about a millisecond to validate one article's metadata: most of an ingest's validation
time for a small bag. Most documents are valid, and proving that needs no error messages. So a schema is
compiled once into nested Python closures that answer only "valid or not", for the keywords our published
schemas use; when the answer is "not valid", the caller asks ``jsonschema`` for the findings, which stays
the authority on what is wrong (and on the verdict, should the two ever disagree).

The compiled check must never be more lenient than the standard: any keyword outside the supported set
makes :func:`compile_schema` return None, and the caller uses ``jsonschema`` alone. Semantics follow JSON
Schema Validation 2020-12 (section numbers below): ``integer`` includes floats with no fraction (6.1.1, and
the Core spec's data model), booleans are never numbers, keywords about one type ignore instances of other
types, ``format`` is an annotation (7.2.1: not asserted by default).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Check", "compile_schema"]

Check = Callable[[Any], bool]

#: Keywords that only annotate (Core 2020-12 section 8, Validation 2020-12 sections 7 and 9).
_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "format",
    }
)
_SUPPORTED = _ANNOTATIONS | {
    "$ref",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "anyOf",
    "const",
    "enum",
    "pattern",
    "minLength",
    "minimum",
    "items",
}


class Unsupported(Exception):
    """The schema uses something this compiler does not handle exactly; use jsonschema alone."""


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """A function telling whether a document is valid against ``schema``, or None when it cannot be exact."""
    try:
        return _Compiler(schema).compile(schema)
    except Unsupported:
        return None


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda _v: True
        if schema is False:
            return lambda _v: False
        if not isinstance(schema, Mapping):
            raise Unsupported("a schema must be an object or a boolean")
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        checks = [self._keyword(name, schema[name], schema) for name in schema if name not in _ANNOTATIONS]
        if not checks:
            return lambda _v: True
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(check(v) for check in checks)

    def _keyword(self, name: str, value: Any, schema: Mapping[str, Any]) -> Check:
        if name == "$ref":
            return self._ref(value)
        if name == "type":
            return _type_check(value)
        if name == "properties":
            return self._properties(value)
        if name == "required":
            return _required_check(value)
        if name == "additionalProperties":
            return self._additional(value, schema.get("properties", {}))
        if name == "anyOf":
            return self._any_of(value)
        if name == "const":
            return _enum_check([value])
        if name == "enum":
            return _enum_check(value)
        if name == "pattern":
            return _pattern_check(value)
        if name == "minLength":
            return _min_length_check(value)
        if name == "minimum":
            return _minimum_check(value)
        if name == "items":
            return self._items(value)
        raise Unsupported(name)

    def _ref(self, ref: Any) -> Check:
        """Local references only (``#/$defs/...``), compiled once; recursion works through the table."""
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise Unsupported(f"$ref {ref!r}")
        if ref not in self.refs:
            target: Any = self.root
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    raise Unsupported(f"unresolvable $ref {ref!r}")
                target = target[part]
            self.refs[ref] = lambda v: False  # placeholder while compiling (a cycle reads the table lazily)
            compiled = self.compile(target)
            self.refs[ref] = compiled
        refs = self.refs
        return lambda v: refs[ref](v)

    def _properties(self, value: Any) -> Check:
        if not isinstance(value, Mapping):
            raise Unsupported("properties must be an object")
        compiled = {key: self.compile(sub) for key, sub in value.items()}

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            return all(sub(v[key]) for key, sub in compiled.items() if key in v)

        return check

    def _additional(self, value: Any, properties: Any) -> Check:
        if not isinstance(properties, Mapping):
            raise Unsupported("properties must be an object")
        known = frozenset(properties)
        sub = self.compile(value)

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            return all(sub(v[key]) for key in v.keys() - known)

        return check

    def _any_of(self, value: Any) -> Check:
        if not isinstance(value, list) or not value:
            raise Unsupported("anyOf must be a non-empty array")
        options = [self.compile(sub) for sub in value]
        return lambda v: any(option(v) for option in options)

    def _items(self, value: Any) -> Check:
        sub = self.compile(value)  # 2020-12: one schema for every item (arrays of schemas are prefixItems)
        return lambda v: not isinstance(v, list) or all(sub(item) for item in v)


def _type_check(value: Any) -> Check:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or any(n not in _TYPES for n in names):
        raise Unsupported(f"type {value!r}")
    checks = [_TYPES[n] for n in names]
    if len(checks) == 1:
        return checks[0]
    return lambda v: any(check(v) for check in checks)


def _required_check(value: Any) -> Check:
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise Unsupported("required must be an array of strings")
    keys = tuple(value)
    return lambda v: not isinstance(v, dict) or all(k in v for k in keys)


def _enum_check(values: Any) -> Check:
    """String and null values only: JSON equality of numbers and booleans (1 == 1.0, true != 1) is left
    to jsonschema."""
    if not isinstance(values, list) or not all(v is None or isinstance(v, str) for v in values):
        raise Unsupported("enum or const other than strings and null")
    strings = frozenset(v for v in values if isinstance(v, str))
    allow_null = None in values
    return lambda v: (v is None and allow_null) or (isinstance(v, str) and v in strings)


def _pattern_check(value: Any) -> Check:
    """Matched anywhere in the string (6.3.3: patterns are not anchored), as jsonschema does with re.search."""
    if not isinstance(value, str):
        raise Unsupported("pattern must be a string")
    try:
        search = re.compile(value).search
    except re.error as exc:
        raise Unsupported(f"pattern {value!r}: {exc}") from None
    return lambda v: not isinstance(v, str) or search(v) is not None


def _min_length_check(value: Any) -> Check:
    if not _is_integer(value) or value < 0:
        raise Unsupported("minLength must be a non-negative integer")
    return lambda v: not isinstance(v, str) or len(v) >= value


def _minimum_check(value: Any) -> Check:
    if not _is_number(value):
        raise Unsupported("minimum must be a number")
    return lambda v: not _is_number(v) or v >= value
