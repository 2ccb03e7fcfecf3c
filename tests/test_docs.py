"""Every code the tool can emit is documented."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CODE_CALLS = ("ReadWarning", "ReadingWarning")


def _codes_in_source() -> set[str]:
    """First string argument (or ``code=``) of every ``...Error(...)``/``ReadWarning(...)`` call in archiver/."""
    codes: set[str] = set()
    for path in (REPO / "archiver").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if not (name.endswith("Error") or name in CODE_CALLS):
                continue
            args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "code")]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.isupper():
                    codes.add(arg.value)
    return codes


def test_every_error_and_warning_code_is_documented() -> None:
    documented = (REPO / "docs" / "error-codes.md").read_text(encoding="utf-8")
    codes = _codes_in_source()
    assert len(codes) > 20
    missing = sorted(c for c in codes if f"`{c}`" not in documented)
    assert missing == []
