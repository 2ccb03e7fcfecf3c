"""The validation codes as Markdown: ``docs/validation-codes.md`` is generated from the registry.

``python -m archiver.validation.docs > docs/validation-codes.md`` rewrites it; a test keeps the file equal to
the registry, so every code a validator can emit is documented with its severity, the reason for that severity
under the policy of :mod:`archiver.validation.policy`, and its spec section.
"""

from __future__ import annotations

import importlib
import re

from archiver.validation import policy
from archiver.validation.findings import REGISTRY

__all__ = ["load", "render"]

#: Modules that register codes; importing them fills the registry.
VALIDATOR_MODULES = (
    "archiver.formats.bagit.codes",
    "archiver.formats.bagit.readers.codes",
    "archiver.formats.warc.codes",
    "archiver.validation.profile",
    "archiver.validation.own_package",
    "archiver.formats.wacz.codes",
    "archiver.validation.run",
    "archiver.formats.detect",
    "archiver.formats.ocfl.codes",
    "archiver.repository.audit",
)

AREAS = {
    "BAG": "BagIt (RFC 8493)",
    "TAR": "Serialized bags: tar",
    "ZIP": "Serialized bags: zip",
    "SER": "Serialized bags",
    "WARC": "WARC (ISO 28500, WARC 1.0 and 1.1)",
    "PROFILE": "BagIt Profiles",
    "PKG": "The tool's own packages",
    "IO": "Reading the target",
    "AUDIT": "OCFL repository audits",
    "OCFL": "OCFL 1.0 and 1.1 objects and storage roots (the specification's own codes)",
    "WACZ": "WACZ 1.1.1 (Web Archive Collection Zipped)",
    "TARGET": "What a target is",
    "INTERNAL": "Failures of this tool",
}


def area_of(code: str) -> str:
    """The section a code is listed in: its prefix, or ``OCFL`` for the OCFL specification's own ``E001``,
    ``W001``, ... codes, which have none."""
    if re.fullmatch(r"[EW][0-9]{3}", code):
        return "OCFL"
    return code.split("-", 1)[0]


def load() -> None:
    """Import every validator module, so the registry holds every code."""
    for module in VALIDATOR_MODULES:
        importlib.import_module(module)


def why(code: str) -> str:
    """The basis of ``code`` for its table row; said plainly when it is missing or disagrees with the severity."""
    basis = policy.basis_of(code)
    if basis is None:
        return "**no basis**"
    expected = policy.policy_severity(code)
    if expected is not None and expected != REGISTRY[code].severity:
        return f"{basis} (the policy says {expected})"
    return str(basis)


def policy_lines() -> list[str]:
    """The severity policy: what each severity means, and each basis with the severity it gives."""
    lines = [
        "## Severity policy",
        "",
        policy.ERROR_MEANS,
        "",
        policy.WARNING_MEANS,
        "",
        policy.EXCEPTION_MEANS,
        "",
        "Each code's **why** names its basis, the reason it has its severity:",
        "",
        "| why | severity | meaning |",
        "|---|---|---|",
    ]
    for basis in policy.Basis:
        severity = basis.severity or "as the specification says"
        lines.append(f"| {basis} | {severity} | {basis.explanation} |")
    lines.append("")
    return lines


def render() -> str:
    load()
    lines = [
        "# Validation codes",
        "",
        "Every finding `archiver validate` reports carries one of these codes. A code keeps its meaning for good;",
        "a rule that changes gets a new code. **error** makes the target invalid (exit 1); **warning** does not.",
        "Generated from the code by `python -m archiver.validation.docs`; a test keeps this file current.",
        "",
        *policy_lines(),
    ]
    by_area: dict[str, list[str]] = {}
    for code in sorted(REGISTRY):
        by_area.setdefault(area_of(code), []).append(code)
    for area, codes in sorted(by_area.items()):
        lines += [
            f"## {AREAS.get(area, area)}",
            "",
            "| code | severity | why | spec | rule |",
            "|---|---|---|---|---|",
        ]
        for code in codes:
            info = REGISTRY[code]
            summary = info.summary.replace("|", "\\|")
            lines.append(f"| `{code}` | {info.severity} | {why(code)} | {info.spec} | {summary} |")
        lines.append("")
    lines += [
        "## Retired codes",
        "",
        "No longer reported: the policy changed the severity of their rule, so the rule got a new code.",
        "",
        "| code | replaced by |",
        "|---|---|",
    ]
    lines += [f"| `{code}` | {replaced} |" for code, replaced in sorted(policy.RETIRED.items())]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
