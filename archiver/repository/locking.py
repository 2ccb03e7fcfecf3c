"""One writer per OCFL object: advisory ``flock`` locks kept in the repository's workspace.

OCFL 1.1 leaves locking to implementations (Implementation Notes §3.7). Two ingests of the same object
must never both write, so every change to an object (a new version, an audit event) happens while holding
its lock. The lock files live in ``extensions/archiver-workspace/locks/`` (a storage-root extension
directory, OCFL 1.1 §4.4) and are never deleted: removing a lock file while another process waits on it
would let two processes hold "the" lock at once.

Locks are striped: the file is chosen by the first three hex digits of the sha256 of the object ID, so
there are at most 4,096 lock files however large the repository grows. Two objects sharing a stripe only
wait for each other briefly; they never deadlock, because a process holds at most one object lock at a
time.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from archiver.errors import ArchiverError

#: Hex digits of sha256(object id) naming the lock file: 16**3 = 4,096 stripes.
STRIPE_DIGITS = 3
POLL_INTERVAL_S = 0.05


class RepositoryLockedError(ArchiverError):
    """Another process holds the object's lock for longer than we were willing to wait."""


def lock_path(locks_dir: Path, object_id: str) -> Path:
    """The lock file guarding ``object_id`` (pure: no I/O)."""
    digest = hashlib.sha256(object_id.encode("utf-8")).hexdigest()
    return locks_dir / f"{digest[:STRIPE_DIGITS]}.lock"


@contextlib.contextmanager
def object_lock(locks_dir: Path, object_id: str, *, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock of one object; wait at most ``timeout`` seconds (None: wait for ever).

    Raises :class:`RepositoryLockedError` (``REPO_LOCKED``) when the wait runs out. The lock is released
    when the block ends, and by the kernel if the process dies, so a killed ingest never leaves it held.
    """
    path = lock_path(locks_dir, object_id)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except FileNotFoundError:  # the first lock ever taken in this repository
        locks_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, object_id, timeout)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, object_id: str, timeout: float | None) -> None:
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise RepositoryLockedError(
                    "REPO_LOCKED",
                    f"another process is writing object {object_id} (waited {timeout:g} s)",
                    hint="try again later, or raise --lock-timeout",
                ) from None
            time.sleep(POLL_INTERVAL_S)
