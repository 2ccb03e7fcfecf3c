"""Errors of a web capture, each with a stable ``CAPTURE_...`` code naming what went wrong and where.

One class, so callers can catch every capture failure at once; the code says which failure it was, the
``where`` is always the URL concerned (credentials removed), and the message says why in plain words.
"""

from __future__ import annotations

from archiver.errors import ArchiverError, ExitCode

__all__ = ["CaptureError", "CaptureUsageError"]


class CaptureError(ArchiverError):
    """A URL could not be captured: the network, the server or the page itself said no."""

    exit_code = ExitCode.FAILED

    def __init__(self, code: str, message: str, *, url: str, hint: str | None = None) -> None:
        super().__init__(code, message, where=url, hint=hint)
        self.url = url


class CaptureUsageError(CaptureError):
    """The URL itself is unusable (malformed, or a scheme other than http and https): the user's to fix."""

    exit_code = ExitCode.USAGE
