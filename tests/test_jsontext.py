"""pretty_json writes exactly what json.dumps(indent=2, ensure_ascii=False) writes, for the values we write."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from archiver.jsontext import pretty_json

#: What capture.json and datapackage.json hold: text (any code point but lone surrogates, which UTF-8
#: cannot carry), integers, booleans, None, and timings rounded to three decimals.
_SCALARS = (
    st.text(st.characters(exclude_categories=("Cs",)))
    | st.integers(min_value=-(2**63), max_value=2**64)
    | st.booleans()
    | st.none()
    | st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: round(x, 3))
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _python(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@given(_VALUES)
def test_the_same_bytes_as_python_json(value: Any) -> None:
    assert pretty_json(value) == _python(value)


def test_the_edges_by_name() -> None:
    value = {
        "empty": [],
        "none": {},
        "control": "\x00\x1f\x7f\u2028",
        "quote": '"\\',
        "ms": [0.0, 0.001, 12.5],
    }
    assert pretty_json(value) == _python(value)
    assert pretty_json({"é": "ü"}) == '{\n  "é": "ü"\n}\n'.encode()
