"""Errors a user can act on.

Every error the tool raises on purpose is an :class:`ArchiverError`: it carries a stable code (registered in
:mod:`archiver.error_codes`, which generates ``docs/error-codes.md``), the file or URL it concerns, and a
hint saying what to do. The CLI prints it as one line on stderr and exits with the error's exit code; the
Python API lets it propagate.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from archiver.validation.findings import Finding

__all__ = [
    "ArchiverError",
    "ArticleError",
    "ErrorInfo",
    "ExitCode",
    "InternalError",
    "PackageExistsError",
    "UsageError",
    "debug_enabled",
    "raised_by_interrupt",
]


class ExitCode(IntEnum):
    """Exit codes shared by every command."""

    OK = 0
    FAILED = 1  # an integrity, validation or packaging failure
    USAGE = 2  # the command line or the input named on it is wrong


class ArchiverError(Exception):
    """A failure the user can understand and act on."""

    exit_code: ExitCode = ExitCode.FAILED

    def __init__(self, code: str, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.where = where
        self.hint = hint

    def one_line(self) -> str:
        """The error as the single line the CLI prints: what, where, what to do."""
        parts = [f"error[{self.code}]"]
        if self.where:
            parts.append(f"{self.where}:")
        parts.append(self.message)
        line = " ".join(parts)
        if self.hint:
            line += f" ({self.hint})"
        return line

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "where": self.where, "hint": self.hint}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the class and its attributes, so every subclass crosses a process boundary as itself
        (its findings, its exit code) whatever its ``__init__`` takes: the one way errors travel between
        worker processes and the process that reports them."""
        return (_restored, (type(self), dict(self.__dict__)))


def _restored(cls: type[ArchiverError], state: dict[str, Any]) -> ArchiverError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class UsageError(ArchiverError):
    """The command line, a config file or an option value is wrong."""

    exit_code = ExitCode.USAGE


class ArticleError(ArchiverError):
    """An input article cannot be read: empty, binary, undecodable, or without a title."""

    exit_code = ExitCode.FAILED


class PackageExistsError(ArchiverError):
    """A different bag already stands under the name a new bag would take."""

    exit_code = ExitCode.FAILED


@dataclass(frozen=True)
class ErrorInfo:
    """What a result says of a failure: an ArchiverError as plain data (picklable, printable as JSON),
    rebuilt into the same one-line message, with the findings that refused the item when a validation did.

    Every per-item result of a run (packaging, ingest, deposit; :class:`archiver.results.ItemResult`)
    carries its failure this way, so a failure is reported the same way whichever operation met it."""

    code: str
    message: str
    where: str | None
    hint: str | None
    exit_code: int
    findings: tuple[Finding, ...] = ()

    @classmethod
    def of(cls, exc: ArchiverError) -> ErrorInfo:
        findings = tuple(getattr(exc, "findings", ()))
        return cls(exc.code, exc.message, exc.where, exc.hint, int(exc.exit_code), findings)

    def one_line(self) -> str:
        return ArchiverError(self.code, self.message, where=self.where, hint=self.hint).one_line()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; ``findings`` only when there are some (a refused bag's)."""
        data: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "where": self.where,
            "hint": self.hint,
            "exit_code": self.exit_code,
        }
        if self.findings:
            data["findings"] = [f.to_dict() for f in self.findings]
        return data


def debug_enabled() -> bool:
    """Whether tracebacks were asked for: ``--debug`` (which sets ``ARCHIVER_DEBUG`` for worker processes
    too) or ``ARCHIVER_DEBUG`` set by the user."""
    return bool(os.environ.get("ARCHIVER_DEBUG"))


def raised_by_interrupt(exc: BaseException) -> bool:
    """Whether ``exc`` was raised while a KeyboardInterrupt was being handled: an error of the cleanup a
    Ctrl-C set off (a pipe closed under a reader, a descriptor closed under a thread). Such a run was
    interrupted, not failed, and an input's error isolation must not swallow the interruption."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__context__ or current.__cause__
    return False


class InternalError(ArchiverError):
    """An unexpected error while working on one input: a bug in archiver, not in the input's owner.

    It ends that input only (one line, ``error[INTERNAL]``, exit 1 at the end); the other inputs of the run
    are done as if nothing happened. Made with :meth:`of` inside the ``except Exception`` that isolates each
    input, which also prints the traceback when ``--debug`` asked for it.
    """

    exit_code = ExitCode.FAILED

    @classmethod
    def of(cls, exc: BaseException, where: str | None = None) -> InternalError:
        """The error for ``exc``; raises KeyboardInterrupt instead when ``exc`` came of a Ctrl-C's cleanup,
        so that the ``except Exception`` isolating an input never turns an interruption into a bug report."""
        if raised_by_interrupt(exc):
            raise KeyboardInterrupt from exc
        if debug_enabled():
            traceback.print_exception(exc, file=sys.stderr)
        text = str(exc).splitlines()[0][:300] if str(exc) else ""
        return cls(
            "INTERNAL",
            f"unexpected {type(exc).__name__}{': ' + text if text else ''}",
            where=where,
            hint="please report it, with the traceback --debug prints",
        )
