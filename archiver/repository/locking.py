"""One writer per OCFL object: advisory ``flock`` locks kept in the repository's workspace.

OCFL 1.1 leaves locking to implementations (Implementation Notes §3.7). Two ingests of the same object
must never both write, so every change to an object (a new version, an audit event) happens while holding
its lock. The lock files live in ``extensions/archiver-workspace/locks/`` (a storage-root extension
directory, OCFL 1.1 §4.4) and are never deleted: removing a lock file while another process waits on it
would let two processes hold "the" lock at once.

Locks are striped: the file is chosen by the first three hex digits of the sha256 of the object ID, so
there are at most 4,096 lock files however large the repository grows. Two objects sharing a stripe only
wait for each other briefly. They never deadlock: a process that holds several locks at once (a group of
ingests committed together, :class:`LockSet`) takes each further one without waiting, and waits only when
it holds none, so no process ever waits while holding a lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from archiver.errors import ArchiverError

__all__ = ["LockSet", "RepositoryLockedError", "flock_within", "lock_path", "object_lock"]

#: Hex digits of sha256(object id) naming the lock file: 16**3 = 4,096 stripes.
STRIPE_DIGITS = 3
POLL_INTERVAL_S = 0.05


class RepositoryLockedError(ArchiverError):
    """Another process holds the object's lock for longer than we were willing to wait."""


def lock_path(locks_dir: Path, object_id: str) -> Path:
    """The lock file guarding ``object_id`` (pure: no I/O)."""
    digest = hashlib.sha256(object_id.encode("utf-8")).hexdigest()
    return locks_dir / f"{digest[:STRIPE_DIGITS]}.lock"


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except FileNotFoundError:  # the first lock ever taken in this repository
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)


@contextlib.contextmanager
def object_lock(locks_dir: Path, object_id: str, *, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock of one object; wait at most ``timeout`` seconds (None: wait for ever).

    Raises :class:`RepositoryLockedError` (``REPO_LOCKED``) when the wait runs out. The lock is released
    when the block ends, and by the kernel if the process dies, so a killed ingest never leaves it held.
    """
    fd = _open_lock(lock_path(locks_dir, object_id))
    try:
        _acquire(fd, object_id, timeout)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def flock_within(fd: int, timeout: float | None, poll: float = POLL_INTERVAL_S) -> bool:
    """Take an exclusive ``flock`` on ``fd``, waiting at most ``timeout`` seconds (None: for ever); False
    when the wait ran out. ``flock`` itself cannot time out, so a bounded wait polls every ``poll`` seconds."""
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return True
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(poll)


def _acquire(fd: int, object_id: str, timeout: float | None) -> None:
    if not flock_within(fd, timeout):
        raise RepositoryLockedError(
            "REPO_LOCKED",
            f"another process is writing object {object_id} (waited {timeout:g} s)",
            hint="try again later, or raise --lock-timeout",
        )


class LockSet:
    """The object locks one process holds: the groups of ingests it has staged, committed or is flushing.

    Deadlock-free by construction: :meth:`try_add` never waits, and :meth:`add`, which may wait, is only
    allowed while the set holds nothing. A lock file is opened once per set and counted per object taken
    under it, so two objects sharing a stripe share its lock (``flock`` would otherwise make the process
    wait for itself), and a stripe is let go only when the last object under it is released.
    """

    def __init__(self, locks_dir: Path) -> None:
        self.locks_dir = locks_dir
        self._held: dict[Path, int] = {}
        self._refs: dict[Path, int] = {}

    def __len__(self) -> int:
        return len(self._held)

    def holds(self, object_id: str) -> bool:
        return lock_path(self.locks_dir, object_id) in self._held

    def try_add(self, object_id: str) -> bool:
        """Take the object's lock if it is free (or already held by this set); never waits."""
        path = lock_path(self.locks_dir, object_id)
        if path in self._held:
            self._refs[path] += 1
            return True
        fd = _open_lock(path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._held[path] = fd
        self._refs[path] = 1
        return True

    def add(self, object_id: str, *, timeout: float | None) -> None:
        """Take the object's lock, waiting at most ``timeout`` seconds (``REPO_LOCKED`` after that).

        Only allowed while the set holds no lock: waiting while holding one could deadlock.
        """
        if self._held:
            raise RuntimeError("LockSet.add waits, so it needs an empty set: release() first")
        path = lock_path(self.locks_dir, object_id)
        fd = _open_lock(path)
        try:
            _acquire(fd, object_id, timeout)
        except BaseException:
            os.close(fd)
            raise
        self._held[path] = fd
        self._refs[path] = 1

    def release_objects(self, object_ids: Iterable[str]) -> None:
        """Release the objects once each (as many times as they were added); a stripe with none left is
        unlocked."""
        for object_id in object_ids:
            path = lock_path(self.locks_dir, object_id)
            if path not in self._held:
                continue
            self._refs[path] -= 1
            if self._refs[path] <= 0:
                del self._refs[path]
                os.close(self._held.pop(path))

    def release(self) -> None:
        """Release every lock of the set (closing the file releases its flock)."""
        held, self._held, self._refs = self._held, {}, {}
        for fd in held.values():
            os.close(fd)
