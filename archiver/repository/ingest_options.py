"""What an ingest is told: :class:`IngestOptions`, their checks, and the defaults for the version's user.

One frozen value travels from the facade (:meth:`archiver.repository.OcflRepository.ingest` and
``ingest_many``) through the pipeline (:mod:`archiver.repository.ingest`) into worker processes
(:mod:`archiver.repository.ingest_workers`), so every step reads the same, typed options.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from dataclasses import dataclass

from archiver.errors import UsageError
from archiver.formats.ocfl.structure import is_uri

__all__ = [
    "IngestOptions",
    "check_object_id",
    "check_user_address",
    "default_user_address",
    "default_user_name",
]

DEFAULT_USER = "archiver"


@dataclass(frozen=True)
class IngestOptions:
    """How bags are ingested; the defaults are those of ``archiver ingest`` without options."""

    message: str | None = None  # the version's message (default: "Ingest of bag NAME")
    user_name: str | None = None  # the version's user (default: the login name)
    user_address: str | None = None  # a URI (default: the login account on this host, acct:)
    validate: bool = True  # validate the bag in full; without, its sha512 and sha256 are still checked
    lock_timeout: float | None = 600.0  # seconds to wait for another writer of the same object
    object_id: str | None = None  # names the object of a bag without External-Identifier (ingest --id)


def check_user_address(address: str | None) -> None:
    """Refuse a ``user.address`` that is not a URI (OCFL 1.1 §3.5.3.1, W009): ``INGEST_USER_ADDRESS``."""
    if address and not is_uri(address):
        raise UsageError(
            "INGEST_USER_ADDRESS",
            f"the user address {address!r} is not a URI (OCFL 1.1 §3.5.3.1)",
            hint="e.g. mailto:archivist@example.org",
        )


def check_object_id(object_id: str) -> None:
    """Refuse an ``--id`` that is not a URI (OCFL 1.1 §3.5.1: the id SHOULD be a URI, W005): ``INGEST_ID_NOT_URI``."""
    if not is_uri(object_id):
        raise UsageError(
            "INGEST_ID_NOT_URI",
            f"the object ID {object_id!r} is not a URI (OCFL 1.1 §3.5.1)",
            hint=f"e.g. --id urn:uuid:{uuid.uuid4()} or --id https://example.org/articles/42",
        )


def check_batch(options: IngestOptions, bags: int) -> None:
    """Refuse what a batch of ``bags`` cannot be given: an ``--id`` that is no URI, or one ``--id`` for
    several bags (``INGEST_ID_ONE_BAG``: they would all be versions of one object, in no stated order)."""
    if options.object_id is None:
        return
    check_object_id(options.object_id)
    if bags > 1:
        raise UsageError(
            "INGEST_ID_ONE_BAG",
            f"--id names one object, and {bags} bags were given",
            hint="ingest the bags one at a time, each with its own --id",
        )


def default_user_name() -> str:
    """The version's ``user.name`` when none is configured: the login name, else ``archiver``."""
    try:
        return getpass.getuser() or DEFAULT_USER
    except (KeyError, OSError):
        return DEFAULT_USER


def default_user_address() -> str:
    """The version's ``user.address`` when none is configured: the login account on this host as an
    ``acct:`` URI (RFC 7565), e.g. ``acct:archivist@scanner-2``.

    OCFL 1.1 §3.5.3.1 says the user SHOULD have an address that is a URI (W008, W009). A ``mailto:`` would
    claim a mailbox nobody configured; ``acct:`` names exactly what is known, which account on which
    machine made the version, and is replaced by ``user_address`` (config or ``--user-address``) once set.
    """
    from urllib.parse import quote

    login = default_user_name()
    host = socket.gethostname().split(".")[0] or "localhost"
    return f"acct:{quote(login, safe='')}@{quote(host, safe='-')}"
