"""What every operation that takes items one by one reports for each item: :class:`ItemResult`.

Packaging (an article), ingest (a bag into a repository, on disk or on S3) and deposit (a bag to a SWORD
server) each say more of a success in their own fields, but a failure is said the same way by all of them:
the result's ``status`` is ``failed`` and its ``error`` is an :class:`~archiver.errors.ErrorInfo` (code,
message, where, hint, exit code, and the findings when a validation refused the item). A batch therefore
never stops at one bad item, results cross process boundaries as plain data, and a caller handles
failures of any operation with one piece of code.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.errors import ArchiverError, ErrorInfo, ExitCode

__all__ = ["ItemResult"]


@dataclass(frozen=True, kw_only=True)
class ItemResult:
    """The part every per-item result shares: the failure, if the item failed."""

    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def raise_for_error(self) -> None:
        """Raise the failure as an :class:`~archiver.errors.ArchiverError` with the same code, message,
        place, hint and exit code: for a caller that wants one item's failure as an exception."""
        if self.error is not None:
            raise _Failure(self.error)


class _Failure(ArchiverError):
    """A failure rebuilt from its :class:`ErrorInfo`: the exit code and findings are the item's own."""

    def __init__(self, info: ErrorInfo) -> None:
        super().__init__(info.code, info.message, where=info.where, hint=info.hint)
        self.exit_code = ExitCode(info.exit_code)
        self.findings = list(info.findings)
