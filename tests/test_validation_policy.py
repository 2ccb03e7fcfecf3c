"""Every validation code has a basis under the severity policy, and its severity is the one the basis gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.validation import docs, policy
from archiver.validation.findings import REGISTRY, CodeInfo, Severity

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def _registry() -> None:
    docs.load()


def test_every_code_has_a_basis() -> None:
    assert [code for code in sorted(REGISTRY) if policy.basis_of(code) is None] == []


def test_every_basis_entry_is_a_registered_code() -> None:
    assert [str(m) for m in policy.mismatches(REGISTRY, stale=True) if m.registered is None] == []


def test_retired_codes_are_never_registered_again() -> None:
    """A retired code keeps its old meaning in old reports: it is listed in the docs, never reused."""
    assert sorted(policy.RETIRED.keys() & REGISTRY.keys()) == []
    text = (REPO / "docs" / "validation-codes.md").read_text(encoding="utf-8")
    for code, replacement in policy.RETIRED.items():
        assert f"`{code}`" in text and replacement.split(",")[0] in REGISTRY, code


def test_no_code_contradicts_the_policy() -> None:
    assert [str(m) for m in policy.mismatches(REGISTRY)] == []


def test_each_basis_gives_one_severity_and_says_why() -> None:
    for basis in policy.Basis:
        assert basis.explanation.endswith(".")
        if basis is policy.Basis.SPEC_CLASSED:
            assert basis.severity is None
        else:
            assert basis.severity in (Severity.ERROR, Severity.WARNING)


def test_ocfl_codes_keep_the_specifications_class() -> None:
    assert policy.basis_of("E001") is policy.Basis.SPEC_CLASSED
    assert policy.policy_severity("E001") is Severity.ERROR
    assert policy.policy_severity("W004") is Severity.WARNING


def test_the_policy_is_written_in_the_codes_document() -> None:
    text = (REPO / "docs" / "validation-codes.md").read_text(encoding="utf-8")
    for sentence in (policy.ERROR_MEANS, policy.WARNING_MEANS, policy.EXCEPTION_MEANS):
        assert sentence in text
    for basis in policy.Basis:
        assert f"| {basis} |" in text
        assert basis.explanation in text
    assert "| code | severity | why | spec | rule |" in text


def test_a_code_without_a_basis_is_rendered_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    info = CodeInfo("WARC-TEST-NO-BASIS", Severity.WARNING, "nowhere", "a code no one has given a basis")
    monkeypatch.setitem(REGISTRY, info.code, info)
    assert "| `WARC-TEST-NO-BASIS` | warning | **no basis** |" in docs.render()
    assert [m.code for m in policy.mismatches({info.code: info})] == [info.code]


def test_a_severity_against_the_basis_is_rendered_plainly() -> None:
    info = CodeInfo("WARC-TRUNCATED", Severity.WARNING, "WARC 1.1 §4", "made a warning")
    (mismatch,) = policy.mismatches({info.code: info})
    assert mismatch.expected is Severity.ERROR
    assert "makes it error" in str(mismatch)
