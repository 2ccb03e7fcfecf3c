"""The shape of the tree, kept by a test so that it does not erode (issue 11, docs/architecture.md).

Layers, lowest first: the formats (``archiver/formats``: BagIt, WARC, WACZ, OCFL, HTTP, and the safety rules
they share), then the checks and flows built on them (``validation``, ``packaging``, ``web``,
``repository``, ``deposit``), then the commands (``cli``). A layer imports only from layers below it or
beside it, never from above: a format never reaches for a command, a repository or the packaging flow, and
nothing but the entry points imports the commands. Imports inside functions count too: a lazy import is
still a dependency. Modules stay under 800 lines, one concept each.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "archiver"
MAX_LINES = 800

#: Top-level areas of ``archiver`` a module of the key's area must never import (directly or lazily).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "formats": ("cli", "repository", "packaging", "web", "deposit", "validation.run", "demo"),
    "validation": ("cli", "repository", "packaging", "web", "deposit", "demo"),
    "sources": ("cli", "repository", "packaging", "web", "deposit", "validation", "demo"),
    "packaging": ("cli", "repository", "deposit", "demo"),
    "web": ("cli", "repository", "deposit", "demo"),
    "repository": ("cli", "packaging", "web", "demo"),
    "deposit": ("cli", "packaging", "web", "demo"),
    "s3": ("cli", "repository", "packaging", "web", "deposit", "validation", "demo"),
}
#: Only these may import the commands: the entry points.
MAY_IMPORT_CLI = {"__main__", "cli"}


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _imported(path: Path, module: str) -> Iterator[str]:
    """Every ``archiver`` module ``path`` imports, anywhere in it, as a name relative to the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("archiver."):
                    yield alias.name.removeprefix("archiver.")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1] if node.level > 1 else package
                name = ".".join([*base, node.module] if node.module else base)
            elif node.module and (node.module == "archiver" or node.module.startswith("archiver.")):
                name = node.module.removeprefix("archiver").removeprefix(".")
            else:
                continue
            yield name
            for alias in node.names:  # "from archiver.formats import bagit" imports a module too
                yield f"{name}.{alias.name}" if name else alias.name


def _within(name: str, area: str) -> bool:
    return name == area or name.startswith(area + ".")


@pytest.mark.parametrize(("module", "path"), list(_modules()), ids=lambda v: str(v))
def test_module_is_under_800_lines(module: str, path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines: cut it by concept (docs/architecture.md)"


def test_layers_import_only_downwards() -> None:
    wrong: list[str] = []
    for module, path in _modules():
        area = module.split(".")[0] if module else ""
        banned = FORBIDDEN.get(area, ())
        for name in set(_imported(path, module)):
            if any(_within(name, b) for b in banned):
                wrong.append(f"{module} imports {name}")
            if _within(name, "cli") and area not in MAY_IMPORT_CLI:
                wrong.append(f"{module} imports the command layer ({name})")
    assert sorted(set(wrong)) == []


def test_the_check_sees_lazy_and_relative_imports(tmp_path: Path) -> None:
    """The walker finds imports inside functions and resolves relative ones, so the check cannot be dodged."""
    source = tmp_path / "mod.py"
    source.write_text(
        "def f():\n    from archiver.cli import common\n    from ..repository import ocfl\n", encoding="utf-8"
    )
    found = set(_imported(source, "formats.warc.mod"))
    assert {"cli.common", "formats.repository.ocfl"} <= found
