"""All-or-nothing outputs: build in a staging folder beside the target, flush, then rename into place.

A crash or Ctrl-C at any moment leaves either no output or the complete one under its final name. Staging
folders are named ``.archiver-staging-<host>-<pid>-<label>-<random>`` so a later run can recognise the remains
of an interrupted one (``cleanup_stale`` removes those whose process is gone); being hidden, they are never
mistaken for a finished output.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import itertools
import os
import secrets
import shutil
import signal
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, cast

__all__ = [
    "STAGING_PREFIX",
    "cleanup_stale",
    "commit_dir",
    "deferred_interrupts",
    "exchange_dirs",
    "fsync_dir",
    "fsync_file",
    "fsync_tree",
    "make_durable",
    "new_run_tag",
    "new_staging_dir",
    "remove_own_staging",
    "replace_dir",
    "staging_dir",
    "sync_filesystem",
    "write_file",
]

STAGING_PREFIX = ".archiver-staging-"
#: This host's name, made safe for a file name and free of the "-" that separates the name's parts.
#: A file-system path as the os functions take it (plain strings skip pathlib's cost in hot loops).
StrPath = str | os.PathLike[str]
_HOST = "".join(c if c.isalnum() else "_" for c in socket.gethostname())[:40] or "host"


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: StrPath) -> None:
    """Flush a directory entry table, so that a rename or a new file in it survives a power cut."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder under root (files first, then their folders, bottom up)."""
    for dirpath, _dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            fsync_file(Path(dirpath, name))
        fsync_dir(Path(dirpath))


def _load_syncfs() -> Callable[[int], int] | None:
    """Linux's ``syncfs(2)``, when the C library has it."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.syncfs
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int]
    func.restype = ctypes.c_int
    return cast(Callable[[int], int], func)


_SYNCFS = _load_syncfs()


def sync_filesystem(path: StrPath) -> bool:
    """One ``syncfs`` on the filesystem holding ``path``; False where there is none or it failed."""
    if _SYNCFS is None:
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        return _SYNCFS(fd) == 0
    finally:
        os.close(fd)


def make_durable(
    top: Path,
    trees: Sequence[Path] = (),
    *,
    placed: Sequence[Path] = (),
    folders: Sequence[StrPath] = (),
) -> None:
    """Make what a writer wrote durable: staged trees before they are renamed into place, and the renames
    and new entries after. Every writer flushes through here, so there is one rule for what durable means.

    On Linux one ``syncfs`` on the filesystem holding ``top`` flushes a whole batch at once, an order of
    magnitude cheaper per bag than fsyncing each of a bag's files and folders in turn (docs/benchmarks.md,
    "Design measurements"). Elsewhere, or if syncfs fails, each is fsynced: every file and folder under
    each of ``trees``; each of ``placed`` (a tree or a file already under its final name) and every folder
    from the one holding it up to ``top``, since a rename or a new file changed those; then each of
    ``folders``, whose entries changed. Nothing given, nothing is flushed.
    """
    if not (trees or placed or folders) or sync_filesystem(top):
        return
    for tree in trees:
        fsync_tree(tree)
    for path in placed:
        if path.is_dir():
            fsync_tree(path)
        else:
            fsync_file(path)
        _fsync_up(path, top)
    for folder in folders:
        fsync_dir(folder)


def _fsync_up(path: Path, stop: Path) -> None:
    """fsync ``path``'s folder and every folder above it up to ``stop``."""
    folder = path.parent
    while True:
        fsync_dir(folder)
        if folder == stop or stop not in folder.parents:
            return
        folder = folder.parent


def write_file(path: StrPath, data: bytes, *, durable: bool = True) -> None:
    """Write bytes to a new file (never overwriting one) and optionally flush them to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


_staging_counter = itertools.count()


def new_staging_dir(parent: Path, label: str = "", *, run: str = "") -> Path:
    """A fresh, empty staging folder inside ``parent``: the same filesystem as the final place.

    Named by host, process, run, label and a per-process counter: unique without ``tempfile``'s random
    names (which cost as much as the mkdir itself here), and ``mkdir`` fails rather than reuse a name.
    ``run`` (:func:`new_run_tag`) marks the folders of one run, which :func:`remove_own_staging` may remove.
    Its mode is the umask's, as for any folder the user makes: it becomes the finished bag, object or
    repository once renamed, and other accounts of an archive team must be able to read those.
    """
    owner = f"{_HOST}-{os.getpid()}-{run}" if run else f"{_HOST}-{os.getpid()}"
    prefix = f"{STAGING_PREFIX}{owner}-{label}-"
    while True:
        path = os.path.join(parent, f"{prefix}{next(_staging_counter)}")
        try:
            os.mkdir(path)
        except FileExistsError:
            continue  # left by an earlier process with the same pid
        return Path(path)


@contextlib.contextmanager
def staging_dir(parent: Path, label: str = "") -> Iterator[Path]:
    """A fresh staging folder inside ``parent``, removed on failure and after use."""
    parent.mkdir(parents=True, exist_ok=True)
    path = new_staging_dir(parent, label)
    try:
        yield path
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    else:
        # The caller has normally renamed the folder away; clean up if it has not.
        if path.exists():
            shutil.rmtree(path, ignore_errors=True)


def commit_dir(staged: Path, final: Path, *, durable: bool = True) -> None:
    """Rename a complete, already flushed staged folder to its final name. Fails if the final name exists.

    The caller flushes what it wrote first (``make_durable``, or the bag writer with ``durable``), so that
    the rename never publishes data still in the page cache. On Linux ``renameat2(RENAME_NOREPLACE)`` makes
    the no-overwrite check and the rename one atomic step; elsewhere the name is checked first (POSIX
    ``rename`` would replace an empty folder and fails on a non-empty one).
    """
    if not _rename_noreplace(staged, final):
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, "File exists", str(final))
        os.rename(staged, final)
    if durable:
        fsync_dir(final.parent)


def _load_renameat2() -> Callable[[int, bytes, int, bytes, int], int] | None:
    """Linux's ``renameat2(2)``, when the C library has it."""
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return cast(Callable[[int, bytes, int, bytes, int], int], func)


_RENAMEAT2 = _load_renameat2()


_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
_UNSUPPORTED = (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP)


def _renameat2(a: Path, b: Path, flags: int) -> bool:
    """Linux ``renameat2`` with ``flags``; False where the C library or the filesystem lacks it."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(b))


def _rename_noreplace(staged: Path, final: Path) -> bool:
    """Rename unless ``final`` exists (FileExistsError then), atomically; False where unsupported."""
    return _renameat2(staged, final, _RENAME_NOREPLACE)


def exchange_dirs(a: Path, b: Path) -> bool:
    """Swap two directories atomically with Linux ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    return _renameat2(a, b, _RENAME_EXCHANGE)


def replace_dir(staged: Path, final: Path, *, durable: bool = True) -> None:
    """Swap a staged folder in for an existing one, then remove the old one.

    With ``renameat2(RENAME_EXCHANGE)`` the swap is one atomic step: the final name always holds a complete
    folder. Elsewhere the old folder is moved aside first, so the final name is briefly absent, never
    half-written. As for ``commit_dir``, the staged folder must already be flushed.
    """
    if exchange_dirs(staged, final):
        if durable:
            fsync_dir(final.parent)
        shutil.rmtree(staged, ignore_errors=True)  # now holds the old folder
        return
    # Not split by Ctrl-C: between the two renames the final name is empty and the old folder hidden aside
    # (named so that no cleanup ever removes it: after a crash there, it is the only copy).
    aside = final.parent / f"{STAGING_PREFIX}old-{secrets.token_hex(8)}"
    # The old copy is removed inside the block too: a Ctrl-C raised before that would leave it aside for good.
    with deferred_interrupts():
        os.rename(final, aside)
        os.rename(staged, final)
        if durable:
            fsync_dir(final.parent)
        shutil.rmtree(aside, ignore_errors=True)


@contextlib.contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Hold back Ctrl-C (and the interrupt a worker gets from its parent) until the block has run.

    Python's handlers for SIGINT (and a worker's SIGUSR1) raise KeyboardInterrupt wherever the main thread
    is; for the block they only note the signal, which is then handed to the handler it was meant for.
    Blocking the signals instead would not do: the kernel hands a process's signal to any thread that does
    not block it, and Python then runs the handler in the main thread all the same. Handlers that are not
    Python functions (ignored, default) are left as they are. Elsewhere than in the main thread, where
    Python runs no handler, the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    held: dict[int, Callable[[int, FrameType | None], Any]] = {}
    try:
        for signum in _INTERRUPTS:
            handler = signal.getsignal(signum)
            if callable(handler):
                held[signum] = handler
                signal.signal(signum, lambda number, _frame: noted.append(number))
        yield
    finally:
        for signum, handler in held.items():
            signal.signal(signum, handler)
        for signum in noted:
            held[signum](signum, None)


#: The signals that interrupt a run: Ctrl-C, and the one a parent sends its workers (archiver.workers).
_INTERRUPTS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGUSR1") if hasattr(signal, name))


def _owner_is_gone(name: str) -> bool:
    """True when a staging folder was made on this host by a process that no longer runs."""
    rest = name[len(STAGING_PREFIX) :]
    host, _, rest = rest.partition("-")
    pid_text, _, _ = rest.partition("-")
    if host != _HOST or not pid_text.isdigit():
        return False  # another host's, or not ours to judge
    return not _process_alive(int(pid_text))


def _process_alive(pid: int) -> bool:
    """Whether a process runs; a zombie (dead, not yet reaped by its parent) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def new_run_tag() -> str:
    """A tag for one run's staging folders: random, so that runs sharing a process (threads of a program
    using the API) or a pid (containers sharing OUTDIR and a host name) never share it."""
    return secrets.token_hex(6)


def remove_own_staging(parent: Path, run: str) -> list[Path]:
    """Remove the staging folders of run ``run`` of this process in ``parent``; return what was removed.

    For an interrupted run: Ctrl-C can land between a folder being made and its path being recorded by
    anyone (inside ``mkdir``'s return, or as a staged group is handed over), and then only its name says
    whose it is. Every staging folder of a run is work in progress, so none is kept.
    """
    if not run:
        raise ValueError("a run tag is needed: without one, other runs' folders would match")
    prefix = f"{STAGING_PREFIX}{_HOST}-{os.getpid()}-{run}-"
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
    return removed


def cleanup_stale(parent: Path) -> list[Path]:
    """Remove staging folders in ``parent`` left by interrupted runs on this host; return what was removed.

    A folder whose process still runs is someone's work in progress and is left alone.
    """
    removed: list[Path] = []
    if not parent.is_dir():
        return removed
    for entry in parent.iterdir():
        if (
            entry.name.startswith(STAGING_PREFIX)
            and entry.is_dir()
            and not entry.is_symlink()
            and _owner_is_gone(entry.name)
        ):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed
