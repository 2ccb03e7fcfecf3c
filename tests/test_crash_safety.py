"""Kill packaging midway (a real subprocess and a real signal) and find no partial bag under a final name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import bagit
import pytest

from archiver.staging import STAGING_PREFIX

pytestmark = pytest.mark.slow


def make_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    body = " ".join(f"word{i}" for i in range(400))
    for i in range(n):
        (folder / f"article-{i:04d}.txt").write_text(
            f"Headline number {i}\n\nTEST WIRE\n\ntext\n\n{body} {i}.\n\n(TEST WIRE)\n", encoding="utf-8"
        )


#: Enough that a run interrupted after its first bags cannot have finished them all: the first bags appear
#: only once a batch is committed, and an interrupted run still commits what it has staged.
ARTICLES = 1200


def start(src: Path, out: Path, jobs: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, ARCHIVER_ORGANIZATION="Crash Test Archive", SOURCE_DATE_EPOCH="1710417600")
    cmd = [sys.executable, "-m", "archiver", "package", str(src), "-o", str(out), "--jobs", str(jobs)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_bags(out: Path, proc: subprocess.Popen[bytes], at_least: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and sum(1 for p in out.iterdir() if not p.name.startswith(".")) >= at_least:
            return
        time.sleep(0.005)
    pytest.fail("packaging finished or stalled before it could be interrupted")


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (its workers), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def wait_gone(pids: set[int], timeout: float = 60) -> None:
    """Wait until none of ``pids`` runs any more (a zombie counts as gone)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return
        time.sleep(0.05)
    pytest.fail(f"workers {sorted(pids)} still run {timeout} s after their parent was stopped")


def assert_only_complete_bags(out: Path) -> int:
    final = [p for p in out.iterdir() if not p.name.startswith(STAGING_PREFIX)]
    for bag in final:
        bagit.Bag(str(bag)).validate()
    return len(final)


@pytest.mark.parametrize(
    ("sig", "jobs"), [(signal.SIGKILL, 2), (signal.SIGKILL, 1), (signal.SIGINT, 1), (signal.SIGINT, 2)]
)
def test_interrupted_packaging_leaves_no_partial_bag(tmp_path: Path, sig: signal.Signals, jobs: int) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    make_articles(src, ARTICLES)
    proc = start(src, out, jobs)
    wait_for_bags(out, proc, 5)
    workers = descendants(proc.pid)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    # The workers of a killed parent finish their current article and exit: wait for them (a fixed half
    # second was too short on a loaded machine, and a late worker's staging folder outlived the rerun).
    wait_gone(workers)
    made = assert_only_complete_bags(out)
    assert 5 <= made < ARTICLES
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert not [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]
    # Re-running is safe: finishes the job, keeps what was made, clears stale staging folders.
    rerun = start(src, out, jobs)
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr.decode()
    assert assert_only_complete_bags(out) == ARTICLES
    time.sleep(0.2)
    assert not [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]
