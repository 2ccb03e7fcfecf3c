"""The command line's quick coercion (archiver/cli/coercion.py) against typer's own: for every parameter of
every command, the same value, or the same error, for whatever a command line, an environment variable or
a default can hand it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer._click import Context
from typer._coercion import build_runtime_param

from archiver.cli import COMMANDS, app, load_command
from archiver.cli.coercion import QuickRuntimeParam, handles


def _params() -> list[tuple[str, Any, Any]]:
    """(label, command, parameter) for every parameter we coerce quickly, the root's included."""
    root = typer.main.get_command(app)
    found = [("archiver", root, p) for p in root.params]
    for name in COMMANDS:
        command = load_command(name)
        found += [(name, command, p) for p in command.params]
        for sub_name, sub in getattr(command, "commands", {}).items():
            found += [(f"{name} {sub_name}", sub, p) for p in sub.params]
    return [(f"{label} {p.name}", command, p) for label, command, p in found if handles(p)]


PARAMS = _params()

#: Strings that look like numbers, nearly (signs, spaces, exponents, underscores, other scripts' digits).
_NUMBERISH = st.from_regex(r"\A[ +-]?[0-9_٣]{0,20}(\.[0-9]{0,20})?([eE][+-]?[0-9]{1,3})?[ ]?\Z")
_SCALARS = st.one_of(
    st.none(),
    st.text(),
    _NUMBERISH,
    st.sampled_from(
        [
            "",
            "0",
            "-0",
            "1",
            "0.1",
            "0.0",
            "inf",
            "nan",
            "1e3",
            " 5",
            "007",
            "3.0",
            "true",
            "-",
            "\udcff.txt",
            "a\x00b",
        ]
    ),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.text().map(Path),
)
VALUES = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=4).map(tuple), st.lists(_SCALARS, max_size=4))


def _outcome(coerce: Any) -> tuple[str, str]:
    """What a coercion gave: the value's repr (so that 3 and 3.0, or a str and a Path, differ), or the
    error's class and message."""
    try:
        return "value", repr(coerce())
    except Exception as exc:  # whatever typer raises, ours must raise the same
        return type(exc).__name__, str(exc)


def test_every_simple_parameter_is_coerced_quickly() -> None:
    assert len(PARAMS) > 60  # str, int, float, bool, Path and lists of them: all our commands' parameters


@pytest.mark.parametrize(("label", "command", "param"), PARAMS, ids=[label for label, _, _ in PARAMS])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES)
def test_quick_coercion_agrees_with_typers(label: str, command: Any, param: Any, value: Any) -> None:
    ctx = Context(command)
    descriptor = param.type_descriptor
    quick = QuickRuntimeParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    typers = build_runtime_param(descriptor)
    assert _outcome(lambda: quick.coerce(value, param=param, ctx=ctx)) == _outcome(
        lambda: typers.coerce(value, param=param, ctx=ctx)
    )
