"""Findings: what a validator reports, with stable codes keyed to the spec.

A code is registered once, with its severity, the spec section it enforces and a one-line summary; the
registry is the source of ``docs/validation-codes.md`` (a test keeps the two equal). Codes never change
meaning once released: a rule that changes gets a new code.

Code shape: ``<AREA>-<NAME>`` in upper case, e.g. ``BAG-MANIFEST-CHECKSUM`` or ``WARC-TRUNCATED``. Areas:
``BAG`` (RFC 8493), ``TAR``/``ZIP`` (serialized bags), ``WARC`` (ISO 28500), ``PROFILE`` (BagIt Profiles),
``PKG`` (the tool's own packages), ``IO`` (the target could not be read), ``AUDIT`` (repository audits).
OCFL findings are the exception: they carry the OCFL specification's own codes (``E001`` ... ``E112``,
``W001`` ... ``W016``), which archivists already know from every other OCFL validator.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "REGISTRY",
    "CodeInfo",
    "Collector",
    "Finding",
    "Report",
    "Severity",
    "finding",
    "register",
    "spec_of",
]


class Severity(StrEnum):
    ERROR = "error"  # the target is invalid
    WARNING = "warning"  # doubtful, but allowed by the spec (or a SHOULD broken)


@dataclass(frozen=True)
class CodeInfo:
    code: str
    severity: Severity
    spec: str  # e.g. "RFC 8493 §2.1.3" or "WARC 1.1 §5.1"
    summary: str  # one line: what the rule is


#: Every registered code. Validator modules add theirs with :func:`register` at import time.
REGISTRY: dict[str, CodeInfo] = {}


def register(*infos: CodeInfo) -> dict[str, CodeInfo]:
    """Register codes (each exactly once) and return them keyed by code."""
    added: dict[str, CodeInfo] = {}
    for info in infos:
        if info.code in REGISTRY and REGISTRY[info.code] != info:
            raise ValueError(f"validation code {info.code} registered twice")
        REGISTRY[info.code] = info
        added[info.code] = info
    return added


@dataclass(frozen=True)
class Finding:
    """One thing found: a code, its severity, the file inside the target it concerns, and a plain message."""

    code: str
    severity: Severity
    path: str | None  # relative to the target (bag root, archive root); None for the target as a whole
    message: str  # which checksum, expected and found; which line; what to do

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "path": self.path,
            "message": self.message,
            "spec": spec_of(self.code),
        }


def spec_of(code: str) -> str | None:
    """The spec section a code enforces. A code is registered when its validator module is imported, which
    a process that only reports findings made elsewhere (on a cluster's worker) may never have done: the
    registry is then filled first."""
    if code not in REGISTRY:
        from archiver.validation.docs import load

        load()
    info = REGISTRY.get(code)
    return info.spec if info is not None else None


def finding(code: str, path: str | None, message: str) -> Finding:
    """A finding of a registered code, with the code's registered severity."""
    return Finding(code, REGISTRY[code].severity, path, message)


class Collector:
    """The findings of one check, each code's listed up to a cap and the rest counted in one last finding.

    Why caps: a manifest of a million lines naming missing files, or a WARC with a fault in every record,
    would otherwise give a million findings, a report that costs minutes and gigabytes of memory and of
    JSON, and that nobody reads past its first screen.

    ``per_code`` findings of one code are listed (None: all of them); the rest are counted in a finding of
    that code at ``more_path`` whose message is ``more`` formatted with ``code`` and ``more`` (how many
    were not listed). That finding is added by :meth:`close`, in code order or, without ``more_sorted``,
    in the order the codes were first found; with ``more_at_cap`` it is added as soon as the cap is passed
    instead, for a check that is never closed. ``per_line`` caps the line-level findings (:meth:`line`)
    of one file and code apart from the rest, since one broken tag file repeats the same fault per line.
    """

    def __init__(
        self,
        per_code: int | None = None,
        *,
        more: str = "... and {more} more like the above",
        more_path: str | None = None,
        more_sorted: bool = True,
        more_at_cap: bool = False,
        per_line: int | None = None,
    ) -> None:
        self.findings: list[Finding] = []
        self._per_code_cap = per_code
        self._per_line_cap = per_line
        self._more = more
        self._more_path = more_path
        self._more_sorted = more_sorted
        self._more_at_cap = more_at_cap
        self._per_code: dict[str, int] = {}
        self._per_line: dict[tuple[str | None, str], int] = {}

    def add(self, code: str, path: str | None, message: str) -> None:
        """A finding of a registered code, listed unless its code has reached the cap."""
        cap = self._per_code_cap
        if cap is None:
            self.findings.append(finding(code, path, message))
            return
        n = self._per_code[code] = self._per_code.get(code, 0) + 1
        if n <= cap:
            self.findings.append(finding(code, path, message))
        elif n == cap + 1 and self._more_at_cap:
            self.findings.append(finding(code, self._more_path, self._more.format(code=code, more=n - cap)))

    def line(self, code: str, path: str, message: str) -> None:
        """A finding about one line of a file, listed unless that file has reached the cap for its code."""
        key = (path, code)
        n = self._per_line[key] = self._per_line.get(key, 0) + 1
        if self._per_line_cap is None or n <= self._per_line_cap:
            self.findings.append(finding(code, path, message))

    def extend(self, findings: Iterable[Finding]) -> None:
        """Findings made elsewhere (another validator's, capped there), listed as they are."""
        self.findings.extend(findings)

    def close(self) -> list[Finding]:
        """All the findings, those that count the ones not listed last."""
        line_cap, code_cap = self._per_line_cap, self._per_code_cap
        if line_cap is not None:
            for (path, code), n in sorted(self._per_line.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
                if n > line_cap:
                    self.findings.append(
                        finding(code, path, f"... and {n - line_cap} more lines like the above")
                    )
        if code_cap is not None and not self._more_at_cap:
            counts = sorted(self._per_code.items()) if self._more_sorted else self._per_code.items()
            for code, n in counts:
                if n > code_cap:
                    more = self._more.format(code=code, more=n - code_cap)
                    self.findings.append(finding(code, self._more_path, more))
        self._per_line.clear()
        self._per_code.clear()
        return self.findings


@dataclass
class Report:
    """All findings for one target, and what was (and was not) verified."""

    target: str
    kind: str  # "bag", "serialized-bag", "warc", "wacz", "ocfl-object", "ocfl-storage-root"
    findings: list[Finding] = field(default_factory=list)
    fixity_checked: bool = True  # False for --fast and --completeness-only
    stats: dict[str, int] = field(default_factory=dict)  # e.g. files, bytes, records
    #: ``--strict``: every warning counts as an error, for an archive that writes its own files and wants
    #: them exact. The findings keep their registered severities; only the verdict changes.
    strict: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def valid(self) -> bool:
        return not self.errors and not (self.strict and self.warnings)

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def to_dict(self) -> dict[str, object]:
        return {
            "target": self.target,
            "kind": self.kind,
            "valid": self.valid,
            "strict": self.strict,
            "fixity_checked": self.fixity_checked,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "stats": self.stats,
            "findings": [f.to_dict() for f in self.findings],
        }
