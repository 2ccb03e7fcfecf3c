"""Turning command-line strings into the values our commands take, without loading pydantic.

typer (0.29.2, pinned in constraints.txt) coerces every parameter value that is not already a bool through a
pydantic ``TypeAdapter``, built on first use by ``_TyperParameter.get_runtime_param``. Importing pydantic
costs about as much as importing typer itself (~0.1 s), and every command would pay it: even a parameter
left at its default ``None`` (typer's ``--install-completion`` on the root group) builds its adapter before
finding out there is nothing to coerce.

Our commands' parameters are simple: ``str``, ``int`` and ``float`` (with ``min``/``max``), ``bool`` and
``pathlib.Path``, alone or as a list. :class:`QuickRuntimeParam` handles the common, unambiguous values of
those (``"3"`` for an int, ``"bags/x"`` for a Path) with plain Python, and hands anything else (``"abc"``
for an int, a number out of range, a string it cannot be sure about) to typer's own coercion, so a value is
accepted or refused, and an error worded, exactly as typer would: a hypothesis test
(tests/test_cli_coercion.py) checks this for every parameter of every command. Paths go through typer's own
``coerce_cli_path``, so its checks (``exists``, ``file_okay``, ``dir_okay``, ``readable``, ``writable``,
``resolve_path``) still apply.

:func:`install` puts one on a parameter by filling the cache ``get_runtime_param`` reads (its
``_runtime_param`` attribute), which is the one place typer looks for how to coerce; parameters of other
annotations (files, datetimes, choices, custom parsers) keep typer's own coercion. If typer changes how it
coerces, the hypothesis test fails before users see a difference.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
from typer._param_types import coerce_cli_path
from typer.core import _TyperParameter

__all__ = ["QuickRuntimeParam", "handles", "install"]

#: Returned by a quick coercion that is not sure it would do what typer does: typer's own then decides.
_UNSURE: Any = object()

#: Strings every reading of "an integer" agrees on (ASCII digits; short enough to stay clear of Python's
#: limit on int() of long strings). Signs, spaces, underscores and other scripts' digits go to typer.
_PLAIN_INT = re.compile(r"[0-9]{1,18}")
#: The same for floats: digits, optionally a point and more digits. Exponents, inf and nan go to typer.
_PLAIN_FLOAT = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?")

#: The leaf annotations :class:`QuickRuntimeParam` understands.
_LEAVES = (str, int, float, bool, Path)


def _plain_str(value: Any) -> bool:
    """A str typer's own coercion would return unchanged: exactly a str, without a NUL (which no command
    line can hold) and encodable as UTF-8 (a lone surrogate, from undecodable bytes in argv, goes to typer,
    whose pydantic has its own view of those)."""
    if type(value) is not str or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_list(annotation: Any) -> bool:
    origin: Any = get_origin(annotation)
    return origin is list


def _in_range(number: float, param: _TyperParameter) -> bool:
    info = param.type_descriptor.parameter_info
    low, high = info.min, info.max
    return not math.isnan(number) and (low is None or number >= low) and (high is None or number <= high)


@dataclass(frozen=True)
class QuickRuntimeParam(RuntimeParam):
    """typer's coercion contract for one parameter (``None`` and empty-list handling are inherited), with
    the values of simple annotations converted here and every other value handed to typer's own."""

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Any) -> Any:
        annotation: Any = self.annotation
        if _is_list(annotation):
            if not isinstance(value, (list, tuple)):
                return self._typers(value, param, ctx)
            (item_type,) = get_args(annotation)
            items = [self._leaf(item_type, item, param, ctx) for item in value]
            if any(item is _UNSURE for item in items):
                return self._typers(value, param, ctx)
            return items
        quick = self._leaf(annotation, value, param, ctx)
        return self._typers(value, param, ctx) if quick is _UNSURE else quick

    def _leaf(self, annotation: Any, value: Any, param: _TyperParameter, ctx: Any) -> Any:
        if annotation is str:
            return value if _plain_str(value) else _UNSURE
        if annotation is bool:
            return value if type(value) is bool else _UNSURE
        if annotation is int:
            if type(value) is str and _PLAIN_INT.fullmatch(value):
                value = int(value)
            return value if type(value) is int and _in_range(value, param) else _UNSURE
        if annotation is float:
            if type(value) is str and _PLAIN_FLOAT.fullmatch(value):
                value = float(value)
            return value if type(value) is float and _in_range(value, param) else _UNSURE
        if annotation is Path:
            if _plain_str(value):
                value = Path(value)
            elif not isinstance(value, Path) or not _plain_str(str(value)):
                return _UNSURE
            # typer's own checks and error messages; given a Path, it does not need pydantic.
            return coerce_cli_path(value, self.parameter_info, path_type=Path, param=param, ctx=ctx)
        return _UNSURE

    def _typers(self, value: Any, param: _TyperParameter, ctx: Any) -> Any:
        """typer's own coercion of ``value`` (pydantic is imported here, and only here)."""
        descriptor = resolve_type_descriptor(self.annotation, self.parameter_info)
        return build_runtime_param(descriptor)._coerce_value(value, param=param, ctx=ctx)


def handles(param: Any) -> bool:
    """Whether :class:`QuickRuntimeParam` can stand in for typer's coercion of ``param``: a typer parameter
    annotated with a leaf of :data:`_LEAVES` or a list of one, no custom parser, no files, no clamping
    (typer clamps out-of-range numbers instead of refusing them), and a Path that is exactly ``Path``."""
    if not isinstance(param, _TyperParameter):
        return False
    descriptor = param.type_descriptor
    info = descriptor.parameter_info
    if info.parser is not None or descriptor.file_annotation is not None or info.clamp:
        return False
    path_type: Any = info.path_type
    if path_type not in (None, Path):
        return False
    annotation: Any = descriptor.annotation
    if _is_list(annotation):
        (annotation,) = get_args(annotation)
    return annotation in _LEAVES


def install(params: list[Any]) -> None:
    """Give each typer parameter in ``params`` that :func:`handles` a :class:`QuickRuntimeParam`, unless
    its coercion is already decided."""
    for param in params:
        if handles(param) and param._runtime_param is None:
            descriptor = param.type_descriptor
            param._runtime_param = QuickRuntimeParam(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )
