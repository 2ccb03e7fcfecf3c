"""The command error codes: registered once (archiver/error_codes.py), documented from the registry.

The registry is only worth having if it cannot drift from the code, so the package's source is walked for
every code it builds an error or a warning with: a new code raised the ordinary way fails here until it is
registered, a registered exit code that disagrees with the class the code is raised with fails, and so does a
registered code nothing builds any more. Validation codes (``BAG-...``, OCFL's ``E001``) have their own
registry and are left out.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

import pytest

from archiver import error_codes
from archiver.errors import ArchiverError, ExitCode

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "archiver"
DOC = REPO / "docs" / "error-codes.md"
REGISTRY_MODULE = PACKAGE / "error_codes.py"

#: An OCFL specification code (``E001``, ``W013``): a validation code, though it has no hyphen.
OCFL_CODE = re.compile(r"[EW][0-9]{3}")
#: A code printed directly rather than raised: ``error[USAGE] ...``.
PRINTED = re.compile(r"error\[([A-Z][A-Z0-9_]+)\]")
#: Callees that take a code although their name does not end in ``Error``, with the position of the code.
#: Helpers that build an error from a ``code`` parameter (``_fail(target, code, ...)``) are found by themselves.
CARRIERS = {
    "ErrorInfo": 0,
    "ReadWarning": 0,
    "ReadingWarning": 0,
    "PackageWarning": 0,
    "CaptureWarning": 0,
    "Skipped": 1,  # a resource not captured, and its reason
    "_SkipGroup": 1,  # the warning a kind of skipped resource gives
    "_problem": 0,  # a problem an S3 audit finds in a stored bag
}
#: Registered codes nothing in the package builds with a literal, each with the reason. Keep it small: a code
#: here is not checked against the code at all.
BUILT_DYNAMICALLY: dict[str, str] = {}


#: A helper: the position of its ``code`` argument (None: keyword only) and the class it builds (None: unknown).
Helper: TypeAlias = tuple[int | None, str | None]


@dataclass(frozen=True)
class Use:
    """Where a code appears: ``built`` when an error or warning is made with it (or it is printed), not
    when it is only compared with; ``raised_as`` names the error class when the call decides it."""

    code: str
    where: str
    built: bool
    raised_as: str | None = None


def _is_code(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        value = node.value
        if error_codes.CODE_PATTERN.fullmatch(value) and not OCFL_CODE.fullmatch(value):
            return value
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_code_ref(node: ast.expr) -> bool:
    """``code`` or ``anything.code``: the other side of a comparison with it is a code."""
    return _name(node) == "code" and isinstance(node, ast.Name | ast.Attribute)


def _constants(node: ast.expr) -> Iterator[str]:
    """Codes in an expression that yields one: a literal, a choice of literals, a tuple or set of them."""
    if isinstance(node, ast.IfExp):
        yield from _constants(node.body)
        yield from _constants(node.orelse)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from _constants(element)
    elif (code := _is_code(node)) is not None:
        yield code


def _is_code_name(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "code"


def _error_call(node: ast.AST, helpers: dict[str, Helper]) -> str | None:
    """The class a call builds from the name ``code``: ``XError(code, ...)``, ``XError(..., code=code)`` or a
    known helper given ``code``; None for any other node."""
    if not isinstance(node, ast.Call):
        return None
    name = _name(node.func)
    if name.endswith("Error"):
        index: int | None = 0
        built: str | None = name
    elif name in helpers:
        index, built = helpers[name]
    else:
        return None
    passed = index is not None and index < len(node.args) and _is_code_name(node.args[index])
    if passed or any(k.arg == "code" and _is_code_name(k.value) for k in node.keywords):
        return built or ""
    return None


def helpers_in(trees: list[ast.Module]) -> dict[str, Helper]:
    """Functions that build an error from a parameter named ``code`` (``_fail(target, code, message)``,
    ``refuse_invalid(bag, findings, code="INGEST_INVALID_BAG")``), by name across the package: the code's
    position among the positional arguments (None: keyword only) and the class built ("" when unknown).
    Helpers of helpers are followed until nothing new is found."""
    helpers: dict[str, Helper] = {}
    functions = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    changed = True
    while changed:
        changed = False
        for function in functions:
            positional = [a.arg for a in function.args.posonlyargs + function.args.args]
            positional = [a for a in positional if a not in ("self", "cls")]
            keywords = [a.arg for a in function.args.kwonlyargs]
            if function.name in helpers or "code" not in positional + keywords:
                continue
            for node in ast.walk(function):
                built = _error_call(node, helpers)
                if built is not None:
                    index = positional.index("code") if "code" in positional else None
                    helpers[function.name] = (index, built or None)
                    changed = True
                    break
    return helpers


def uses_in(path: Path, label: str, helpers: dict[str, Helper]) -> Iterator[Use]:
    """Every code ``path`` builds an error or warning with, prints, or compares an error's code with."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    classes: dict[int, str] = {}  # ``cls(...)`` inside an error class builds that class
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                classes.setdefault(id(inner), node.name)
    for node in ast.walk(tree):
        where = f"{label}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            name = _name(node.func)
            index: int | None = None
            raised_as: str | None = None
            if name.endswith(("Error", "error")):
                index, raised_as = 0, name if name.endswith("Error") else None
            elif name in helpers:
                index, raised_as = helpers[name]
            elif name in CARRIERS:
                index = CARRIERS[name]
            elif name == "cls" and classes.get(id(node), "").endswith("Error"):
                index, raised_as = 0, classes[id(node)]
            if index is not None and index < len(node.args) and (code := _is_code(node.args[index])):
                yield Use(code, where, True, raised_as)
            for keyword in node.keywords:
                if keyword.arg == "code" and (code := _is_code(keyword.value)):
                    yield Use(code, where, True, raised_as)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            positional = args.posonlyargs + args.args
            defaults = list(
                zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
            )
            defaults += [
                (a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None
            ]
            raised_as = helpers.get(node.name, (None, None))[1]
            for arg, default in defaults:
                if arg.arg == "code" and (code := _is_code(default)):
                    yield Use(code, where, True, raised_as)
        elif isinstance(node, ast.Tuple):
            # ``return DepositUsageError, "DEPOSIT_AUTH_FAILED", hint``: a class chosen with its code.
            kinds = [e.id for e in node.elts if isinstance(e, ast.Name) and e.id.endswith("Error")]
            for element in node.elts:
                if kinds and (code := _is_code(element)):
                    yield Use(code, where, True, kinds[0] if len(kinds) == 1 else None)
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_code_ref(t) for t in targets):
                for code in _constants(node.value):
                    yield Use(code, where, True)
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_code_ref(side) for side in sides):
                for side in sides:
                    for code in _constants(side):
                        yield Use(code, where, False)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            for code in PRINTED.findall(node.value):
                yield Use(code, where, True)


def uses(root: Path = PACKAGE) -> list[Use]:
    """Every use of a code in the ``.py`` files under ``root``, but the registry's own text."""
    paths = [p for p in sorted(root.rglob("*.py")) if p != REGISTRY_MODULE]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    helpers = helpers_in(trees)
    found: list[Use] = []
    for path in paths:
        found += uses_in(path, str(path.relative_to(root.parent)), helpers)
    return found


def error_classes() -> dict[str, ExitCode | None]:
    """Each error class of the package by name, with its exit code; None for a name two classes share
    with different exit codes (undecidable from the name alone)."""
    exits: dict[str, ExitCode | None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and n.name.endswith("Error")]
        if not names:
            continue
        parts = path.relative_to(REPO).with_suffix("").parts
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for name in names:
            cls = getattr(module, name)
            if isinstance(cls, type) and issubclass(cls, ArchiverError):
                exit_code = ExitCode(cls.exit_code)
                exits[name] = exit_code if exits.get(name, exit_code) == exit_code else None
    return exits


# --------------------------------------------------------------------------------------------------------


def test_the_committed_document_is_the_registry() -> None:
    committed = DOC.read_text(encoding="utf-8")
    assert committed == error_codes.render(), "run: python -m archiver.error_codes > docs/error-codes.md"


def test_every_code_the_package_uses_is_registered() -> None:
    found = uses()
    assert len({u.code for u in found}) > 100  # the walker still sees the package
    unregistered = sorted({f"{u.code} ({u.where})" for u in found if u.code not in error_codes.REGISTRY})
    assert unregistered == [], "register these in archiver/error_codes.py"


def test_the_registered_exit_code_is_that_of_the_class_raised() -> None:
    exits = error_classes()
    assert exits["UsageError"] == ExitCode.USAGE and exits["ArchiverError"] == ExitCode.FAILED
    wrong = []
    for use in uses():
        entry = error_codes.REGISTRY.get(use.code)
        if entry is None or use.raised_as is None or exits.get(use.raised_as) is None:
            continue  # unregistered (the test above says so), or not decidable here
        if entry.exit != exits[use.raised_as]:
            wrong.append(f"{use.code}: registered {entry.exit}, raised as {use.raised_as} at {use.where}")
    assert sorted(wrong) == []


def test_every_registered_code_is_still_used() -> None:
    built = {u.code for u in uses() if u.built}
    unused = sorted(set(error_codes.REGISTRY) - built - set(BUILT_DYNAMICALLY))
    assert unused == [], "no longer raised: drop them from archiver/error_codes.py (and say so)"
    assert set(BUILT_DYNAMICALLY) <= set(error_codes.REGISTRY)


def test_the_registry_holds_no_validation_code() -> None:
    for code, entry in error_codes.REGISTRY.items():
        assert "-" not in code and not OCFL_CODE.fullmatch(code)
        assert entry.exit in (None, ExitCode.FAILED, ExitCode.USAGE)
        assert entry.section in error_codes.SECTIONS
        assert entry.meaning.strip() == entry.meaning and entry.meaning


def test_the_walker_finds_a_new_code_however_it_is_built(tmp_path: Path) -> None:
    """A code raised the ordinary way, through a helper (in another module, or as its default), chosen with
    its class, printed, or given as ``code=`` is found, with the class it is raised with where the code says
    it; docstrings and validation codes are not."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "helpers.py").write_text(
        """
from archiver.errors import ArchiverError, UsageError
from archiver.web.errors import CaptureError


def _fail(target: str, code: str, message: str) -> CaptureError:
    return CaptureError(code, message, url=target)


def refuse(where: str, code: str = "DEFAULT_CODE") -> None:
    raise UsageError(code, "refused", where=where)


def classify(status: int) -> tuple[type[ArchiverError], str]:
    return (UsageError, "CHOSEN_CODE") if status == 401 else (ArchiverError, "OTHER_CHOSEN_CODE")
""",
        encoding="utf-8",
    )
    (package / "mod.py").write_text(
        '''
"""Says error[IN_A_DOCSTRING]."""
from archiver.errors import UsageError

from .helpers import _fail, refuse


def check(value: str) -> None:
    if not value:
        raise UsageError("BRAND_NEW_CODE", "no value", where="--value")
    if value == "x":
        raise _fail(value, "HELPER_CODE", "an x")
    if value == "y":
        raise make(code="KEYWORD_CODE")
    if value == "z":
        raise FindingError("BAG-NEW-CODE", "a validation code") from FindingError("E999", "an OCFL one")
    if value == "w":
        refuse(value, "PASSED_CODE")
    print(f"error[PRINTED_CODE] {value}: no")
''',
        encoding="utf-8",
    )
    found = {u.code: u for u in uses(package)}
    assert set(found) == {
        "BRAND_NEW_CODE",
        "HELPER_CODE",
        "KEYWORD_CODE",
        "PRINTED_CODE",
        "DEFAULT_CODE",
        "PASSED_CODE",
        "CHOSEN_CODE",
        "OTHER_CHOSEN_CODE",
    }
    raised = {code: use.raised_as for code, use in found.items()}
    assert raised["BRAND_NEW_CODE"] == raised["DEFAULT_CODE"] == raised["PASSED_CODE"] == "UsageError"
    assert raised["HELPER_CODE"] == "CaptureError"
    assert raised["CHOSEN_CODE"] == "UsageError" and raised["OTHER_CHOSEN_CODE"] == "ArchiverError"
    assert not set(found) & set(error_codes.REGISTRY)


@pytest.mark.parametrize("section", error_codes.SECTIONS, ids=lambda s: s.title)
def test_each_section_is_rendered(section: error_codes.Section) -> None:
    assert f"## {section.title}\n\n{section.text}\n" in error_codes.render()
