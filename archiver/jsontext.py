"""JSON files meant to be read by people: UTF-8, two-space indent, keys in the order given, final newline.

Python's ``json.dumps`` encodes in C only when there is no indent; with ``indent=2`` it falls back to its
pure-Python encoder, about ten times slower (capture.json: 31 us a page, here 3 us). pydantic-core, which
pydantic already brings, writes the same bytes in Rust: the same separators (``", "`` never appears: one
item a line, ``": "`` after a key), non-ASCII characters as UTF-8, control characters as ``\\u00XX``, and
``[]``/``{}`` for empty containers. Floats are where the two can differ (``1e-05`` against ``0.00001``), so
the values written here are strings, integers and floats rounded to three decimals; a test checks the bytes
against ``json.dumps`` over such values.
"""

from __future__ import annotations

from typing import Any

import pydantic_core

__all__ = ["pretty_json"]


def pretty_json(value: Any) -> bytes:
    """``value`` (dicts, lists, strings, numbers, booleans, None) as indented UTF-8 JSON with a final newline."""
    return pydantic_core.to_json(value, indent=2) + b"\n"
