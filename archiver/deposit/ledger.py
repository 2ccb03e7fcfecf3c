"""The deposit ledger: a local JSON record of what was deposited where, which makes a deposit safe to repeat.

SWORD 2.0 has no way to ask a server "do you already hold this bag?", so the client remembers. One entry per
(collection, bag identifier): the payload digest, the package sent, the IRIs of the deposit (profile §10)
and how far it got. ``complete`` turns true only after the server accepted the request that finishes the
deposit; until then the entry says which IRIs to continue with, so a deposit interrupted between the package
and its metadata resumes instead of starting over. A deposit that failed before the server accepted anything
leaves no entry at all.

The file is replaced atomically (a staging file in the same folder, flushed, renamed over the old one, the
folder flushed), so a crash leaves the old ledger or the new one, never half of one. An exclusive lock on
``LEDGER.lock`` is held while a bag is deposited, so two runs cannot both send the same bag. The ledger holds
IRIs and digests only: credentials never reach it (IRIs are stored without any ``user:password@``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from archiver.deposit.errors import DepositError, DepositUsageError, public_url
from archiver.deposit.service import same_iri_key
from archiver.jsontext import pretty_json
from archiver.staging import fsync_dir

__all__ = ["Ledger", "LedgerEntry", "default_ledger_path"]

LEDGER_NAME = "deposit-ledger.json"
FORMAT = "archiver-deposit-ledger"
VERSION = 1


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class LedgerEntry(BaseModel):
    model_config = ConfigDict(extra="ignore")

    target: str | None = None
    collection: str
    identifier: str
    payload_sha256: str
    package_sha256: str
    package_name: str
    packaging: str | None = None
    edit_iri: str | None = None
    em_iri: str | None = None
    se_iri: str | None = None
    state_iri: str | None = None
    complete: bool = False
    state: str | None = None
    state_description: str | None = None
    created: str = Field(default_factory=now)
    updated: str = Field(default_factory=now)
    superseded: list[str] = Field(default_factory=list)  # Edit-IRIs of earlier deposits of this bag here

    def key(self) -> tuple[str, str]:
        return same_iri_key(self.collection), self.identifier

    def cleaned(self) -> LedgerEntry:
        """The entry with every IRI stripped of any ``user:password@``."""
        update: dict[str, object] = {
            name: public_url(value)
            for name in ("collection", "edit_iri", "em_iri", "se_iri", "state_iri")
            if isinstance(value := getattr(self, name), str)
        }
        update["superseded"] = [public_url(v) for v in self.superseded]
        return self.model_copy(update=update)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str
    version: int
    deposits: list[LedgerEntry]


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _invalid(self, problem: str) -> DepositUsageError:
        return DepositUsageError(
            "DEPOSIT_LEDGER_INVALID",
            f"the deposit ledger is unusable: {problem}; it was left as it is",
            where=str(self.path),
            hint="repair or move the file (--ledger FILE names another one)",
        )

    def entries(self) -> list[LedgerEntry]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise self._invalid(f"cannot be read ({exc.strerror})") from None
        try:
            data = _File.model_validate_json(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise self._invalid(f"{where or 'file'}: {first['msg']}") from None
        if data.format != FORMAT or data.version != VERSION:
            raise self._invalid(
                f"format {data.format!r} version {data.version}, expected {FORMAT!r} {VERSION}"
            )
        return data.deposits

    def find(self, collection: str, identifier: str) -> LedgerEntry | None:
        key = (same_iri_key(collection), identifier)
        return next((e for e in self.entries() if e.key() == key), None)

    def record(self, entry: LedgerEntry) -> LedgerEntry:
        """Add or replace the entry for the same (collection, identifier); the file is rewritten atomically."""
        entry = entry.cleaned().model_copy(update={"updated": now()})
        kept = [e for e in self.entries() if e.key() != entry.key()]
        kept.append(entry)
        document = {
            "format": FORMAT,
            "version": VERSION,
            "deposits": [e.model_dump(mode="json") for e in kept],
        }
        self._write(pretty_json(document))
        return entry

    def _write(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        staged = self.path.with_name(f".{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(staged, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                staged.unlink()
            raise
        fsync_dir(self.path.parent)

    @contextlib.contextmanager
    def locked(self, timeout: float = 600.0) -> Iterator[None]:
        """Hold the ledger's lock (``LEDGER.lock``, flock) for the block; waits up to ``timeout`` seconds."""
        # Here, not at the top: importing the repository package loads its OCFL facade, which reading the
        # ledger does not need.
        from archiver.repository.locking import flock_within

        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not flock_within(fd, timeout, poll=0.1):
                raise DepositError(
                    "DEPOSIT_LEDGER_LOCKED",
                    f"another deposit held the ledger's lock for {timeout:g} s",
                    where=str(lock_path),
                    hint="wait for the other deposit to finish, then run again",
                )
            yield
        finally:
            os.close(fd)  # closing releases the lock


def default_ledger_path(
    config_source: str | None, configured: str | None, env: dict[str, str] | None = None
) -> Path:
    """``[deposit] ledger`` from the config, else ``deposit-ledger.json`` beside the config file in use (or
    beside where the default config file would be)."""
    from archiver.config import default_config_path

    if configured:
        path = Path(configured).expanduser()
        if not path.is_absolute() and config_source:
            path = Path(config_source).expanduser().resolve().parent / path  # relative to the config file
        return path
    if config_source:
        return Path(config_source).expanduser().resolve().parent / LEDGER_NAME
    return default_config_path(env).parent / LEDGER_NAME
