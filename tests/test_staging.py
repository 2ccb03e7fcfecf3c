"""Staging: a replacement is never split by Ctrl-C, and a process can find the staging folders it made."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from archiver import staging


def _folder(path: Path, content: str) -> Path:
    path.mkdir()
    (path / "file.txt").write_text(content, encoding="utf-8")
    return path


def test_ctrl_c_between_the_two_renames_of_a_replacement_waits_for_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where folders cannot be swapped in one step (no renameat2), the old one is moved aside, then the new
    one in: a Ctrl-C at the first rename is raised only once the new folder is in place."""
    final = _folder(tmp_path / "bag", "old")
    staged = staging.new_staging_dir(tmp_path, "bag")
    (staged / "file.txt").write_text("new", encoding="utf-8")
    monkeypatch.setattr(staging, "exchange_dirs", lambda a, b: False)
    real_rename = os.rename
    renames: list[str] = []

    def rename_with_ctrl_c(src: str, dst: str) -> None:
        if not renames:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C as the old folder goes aside
        renames.append(str(dst))
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename_with_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        staging.replace_dir(staged, final, durable=False)
    assert len(renames) == 2
    assert (final / "file.txt").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bag"]  # nothing aside, nothing staged


def test_deferred_interrupts_hand_the_signal_to_its_own_handler_afterwards() -> None:
    ran: list[str] = []
    with pytest.raises(KeyboardInterrupt), staging.deferred_interrupts():
        os.kill(os.getpid(), signal.SIGINT)
        ran.append("after the signal")
    assert ran == ["after the signal"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_run_removes_only_its_own_staging_folders(tmp_path: Path) -> None:
    """Runs that share a process (threads using the API) or a pid (containers) never touch each other's."""
    run, other_run = staging.new_run_tag(), staging.new_run_tag()
    mine = staging.new_staging_dir(tmp_path, "bag-1", run=run)
    kept = [
        staging.new_staging_dir(tmp_path, "bag-2", run=other_run),  # another run of this process
        staging.new_staging_dir(tmp_path, "bag-3"),  # made outside any run
        _folder(tmp_path / f"{staging.STAGING_PREFIX}otherhost-1-{run}-x-0", "another host"),
        _folder(tmp_path / "bag", "a finished bag"),
    ]
    assert run != other_run
    assert staging.remove_own_staging(tmp_path, run) == [mine]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in kept)
    with pytest.raises(ValueError):
        staging.remove_own_staging(tmp_path, "")


def test_a_staging_folder_gets_the_umask_s_mode_as_any_folder_does(tmp_path: Path) -> None:
    """It becomes the finished bag once renamed: a bag only its maker could open would be no use to a team."""
    before = os.umask(0o022)
    try:
        stage = staging.new_staging_dir(tmp_path, "bag")
    finally:
        os.umask(before)
    assert stage.stat().st_mode & 0o777 == 0o755
