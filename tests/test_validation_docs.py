"""docs/validation-codes.md lists exactly the registered validation codes."""

from __future__ import annotations

from pathlib import Path

from archiver.validation import docs

REPO = Path(__file__).resolve().parent.parent


def test_validation_codes_doc_is_current() -> None:
    committed = (REPO / "docs" / "validation-codes.md").read_text(encoding="utf-8")
    assert committed == docs.render(), "run: python -m archiver.validation.docs > docs/validation-codes.md"
