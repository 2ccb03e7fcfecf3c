"""The public API is declared (issue 11): ``archiver/__init__.py`` exports what the README's Python section
lists, every public module says what it exports in ``__all__``, and the README's example runs."""

from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import archiver

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "archiver"
ARTICLES = Path(__file__).resolve().parent / "articles"


def _public_modules() -> list[str]:
    """Every module of the package whose name has no leading underscore (packages by their __init__)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(part.startswith("_") for part in parts):
            continue
        found.append(".".join(parts))
    return found


def _path_of(module: str) -> Path:
    path = REPO / Path(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _python_section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n## Python API\n")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end != -1 else len(readme)]


def _documented_names() -> set[str]:
    """The names in backquotes on the list lines of the README's Python section (before its example); the
    facade's methods are written ``.name``, and are not counted."""
    prose = _python_section().split("```", 1)[0]
    lines = [line for line in prose.splitlines() if line.startswith(("- ", "  "))]
    return set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", "\n".join(lines)))


def test_the_package_itself_and_all_its_public_modules_are_found() -> None:
    modules = _public_modules()
    assert "archiver" in modules and "archiver.validation.run" in modules
    assert not any(m.endswith(("__main__", "__about__")) for m in modules)


@pytest.mark.parametrize("module", _public_modules())
def test_every_public_module_declares_all(module: str) -> None:
    tree = ast.parse(_path_of(module).read_text(encoding="utf-8"))
    declared = [
        node
        for node in tree.body
        if (isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets))
        or (isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "__all__")
    ]
    assert declared, f"{module} has no __all__ at its top level"
    names = importlib.import_module(module).__all__
    assert isinstance(names, list) and all(isinstance(n, str) for n in names)
    assert len(names) == len(set(names)), f"{module}.__all__ lists a name twice"


@pytest.mark.parametrize("module", _public_modules())
def test_every_name_in_all_exists(module: str) -> None:
    loaded = importlib.import_module(module)
    missing = [name for name in loaded.__all__ if not hasattr(loaded, name)]
    assert missing == [], f"{module}.__all__ names what it does not have"


def test_star_import_gives_exactly_the_documented_names() -> None:
    namespace: dict[str, object] = {}
    exec("from archiver import *", namespace)
    exported = set(namespace) - {"__builtins__"}
    assert exported == set(archiver.__all__)
    assert exported == _documented_names()


def test_every_export_is_what_its_module_defines() -> None:
    """The lazy exports are the real objects (not wrappers), so isinstance and identity hold."""
    from archiver.repository import OcflRepository
    from archiver.validation.findings import Report
    from archiver.validation.run import validate

    assert archiver.OcflRepository is OcflRepository
    assert archiver.Report is Report
    assert archiver.validate_many is validate
    with pytest.raises(AttributeError):
        _ = archiver.no_such_name  # type: ignore[attr-defined]


def test_import_archiver_stays_light() -> None:
    """``import archiver`` loads none of the modules behind its names, nor pydantic."""
    code = "import sys, archiver; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert {m for m in loaded if m.startswith("archiver")} == {"archiver", "archiver.__about__"}
    assert "pydantic" not in loaded


@pytest.mark.slow
def test_the_readme_python_example_runs(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _python_section(), flags=re.DOTALL)
    assert blocks, "the README's Python section has no ```python block"
    work = tmp_path / "work"
    (work / "articles").mkdir(parents=True)
    shutil.copy(ARTICLES / "dateline_ap.txt", work / "story.txt")
    shutil.copy(ARTICLES / "crlf.txt", work / "articles" / "crlf.txt")
    shutil.copy(ARTICLES / "credits_stacked.txt", work / "articles" / "credits_stacked.txt")
    script = work / "example.py"
    script.write_text("\n\n".join(blocks), encoding="utf-8")
    env = {
        **os.environ,
        "ARCHIVER_ORGANIZATION": "Public API Test Archive",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SOURCE_DATE_EPOCH": "1710417600",
    }
    env.pop("ARCHIVER_CONFIG", None)
    done = subprocess.run(
        [sys.executable, str(script)], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    printed = done.stdout.splitlines()
    assert printed[-1] == "True"  # the audit found every stored file intact
    assert (work / "returned" / "bagit.txt").is_file()
    assert printed[4] == "True"  # every bag of the batch is valid
