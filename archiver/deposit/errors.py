"""Deposit errors, and the scrubbing that keeps secrets out of every message.

Two kinds, by what the user must do: :class:`DepositError` (exit 1) when one deposit failed and the others
may go on (an invalid bag, a checksum the server refused, a rejected deposit), :class:`DepositUsageError`
(exit 2) when the command, the target or its credentials are wrong and nothing can be sent anywhere.
A message may quote the server (its error summary): such text goes through :class:`Redactor` first, because a
server can echo what it was sent, and what it was sent includes the Authorization header.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import urlsplit, urlunsplit

from archiver.errors import ArchiverError, ExitCode, UsageError

__all__ = ["DepositError", "DepositUsageError", "Redactor", "public_url", "server_text"]


class DepositError(ArchiverError):
    """One deposit failed; nothing about it was recorded as done."""

    exit_code = ExitCode.FAILED


class DepositUsageError(UsageError):
    """The command line, the target settings or the credentials are wrong: no deposit can go anywhere."""


class Redactor:
    """Replaces secrets (a password, the Basic credentials built from it) with ``***`` in any text."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        self._secrets: list[str] = []
        for secret in secrets or []:
            self.add(secret)

    def add(self, secret: str) -> None:
        if len(secret) >= 3 and secret not in self._secrets:  # shorter strings would blank ordinary words
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)

    def add_basic(self, user: str, password: str) -> None:
        """The password and the token that Basic authentication makes of it (RFC 7617 §2)."""
        self.add(password)
        self.add(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))

    def clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SPACE = re.compile(r"\s+")


def server_text(text: str, redactor: Redactor, limit: int = 300) -> str:
    """Text from a server, fit for one line of our output: control characters out, whitespace folded,
    secrets scrubbed, cut at ``limit`` characters."""
    flat = _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()
    flat = redactor.clean(flat)
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def public_url(url: str) -> str:
    """A URL without any ``user:password@`` part, for messages, receipts and the ledger."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
