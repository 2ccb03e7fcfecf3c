"""Kill ingests midway and run them side by side: every object stays valid (ocfl-py judges) and the next
ingest succeeds.

The production code has no test hooks. To stop an ingest at an exact step, the subprocess wraps one of the
repository module's step functions so that the process SIGKILLs itself right after that step returns (the
wrapping happens in the launcher below, not in the package). A second test kills a real
``python -m archiver ingest`` run at arbitrary moments instead.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from archiver.repository import OcflRepository
from archiver.repository.audit import audit
from archiver.repository.locking import object_lock
from archiver.staging import STAGING_PREFIX
from tests.conftest import ARTICLES
from tests.test_repository_cli import LAUNCHER, cli_command, cli_env, json_lines
from tests.test_repository_ocfl import assert_all_objects_valid, assert_ocfl_valid, edited_article, make_bag

pytestmark = pytest.mark.slow

#: Wraps the named step so that the process dies (SIGKILL: no cleanup, no finally) right after it.
CRASH_LAUNCHER = (
    """
import os, signal
from archiver.repository import ingest as m
point = os.environ["TEST_CRASH_AFTER"]

def die_after(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapper

if point == "aside":  # a filesystem without RENAME_EXCHANGE; die between moving aside and moving in
    from archiver import staging as st
    st._RENAMEAT2 = None
    real_rename = os.rename
    def rename(src, dst, *a, **k):
        real_rename(src, dst, *a, **k)
        if os.path.basename(str(dst)).startswith("aside-"):
            os.kill(os.getpid(), signal.SIGKILL)
    os.rename = rename
else:
    setattr(m, point, die_after(getattr(m, point)))
"""
    + LAUNCHER
)
POINTS = ["stage_bag", "build_object", "commit_object", "verify_version", "aside"]


def _staging_leftovers(repo: OcflRepository) -> list[Path]:
    return [p for p in repo.workspace.iterdir() if p.name.startswith((STAGING_PREFIX, "aside-"))]


@pytest.mark.parametrize("version", ["v1", "v2"])
@pytest.mark.parametrize("point", POINTS)
def test_an_ingest_killed_at_any_step_leaves_every_object_valid(
    tmp_path: Path, point: str, version: str
) -> None:
    if point == "aside" and version == "v1":
        pytest.skip("a new object is never moved aside")
    repo = OcflRepository.init(tmp_path / "repo", durable=False)
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    other, _ = make_bag(ARTICLES / "french.txt", tmp_path / "bags")
    repo.ingest(other)
    if version == "v2":
        repo.ingest(bag)
        make_bag(edited_article(tmp_path), tmp_path / "bags", identifier=identifier, replace=True)
    command = [*cli_command("ingest", bag, "--into", repo.root)]
    command[2] = CRASH_LAUNCHER
    crashed = subprocess.run(
        command, env=cli_env(tmp_path, TEST_CRASH_AFTER=point), capture_output=True, text=True, timeout=60
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr

    live = repo.object_root(identifier)
    if point != "aside":  # (moved aside: the object is absent until the next writer puts it back)
        assert_all_objects_valid(repo)
        heads: set[str | None] = {None, "v1"} if version == "v1" else {"v1", "v2"}
        head = json.loads((live / "inventory.json").read_bytes())["head"] if live.exists() else None
        assert head in heads

    result = repo.ingest(bag)
    assert result.version == version and result.outcome in ("created", "updated", "unchanged")
    assert_all_objects_valid(repo)
    assert _staging_leftovers(repo) == []
    report = audit(repo.root)
    errors = [i.to_dict() for i in report.issues if str(i.finding.severity) == "error"]
    assert report.ok and errors == [], errors


def test_ingests_killed_at_arbitrary_moments_leave_a_valid_repository(tmp_path: Path) -> None:
    bags = [
        make_bag(
            ARTICLES / "plain.txt", tmp_path / "bags", identifier=f"urn:uuid:00000000-0000-4000-8000-{n:012d}"
        )[0]
        for n in range(12)
    ]
    repo_path = tmp_path / "repo"
    OcflRepository.init(repo_path)
    for delay in (0.45, 0.6, 0.8):
        process = subprocess.Popen(cli_command("ingest", *bags, "--into", repo_path), env=cli_env(tmp_path))
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert_all_objects_valid(OcflRepository.open(repo_path))
    final = subprocess.run(
        cli_command("ingest", *bags, "--into", repo_path, "--json"),
        env=cli_env(tmp_path),
        capture_output=True,
    )
    assert final.returncode == 0, final.stderr
    repo = OcflRepository.open(repo_path)
    assert len(assert_all_objects_valid(repo)) == len(bags)
    assert _staging_leftovers(repo) == []
    assert audit(repo_path).ok


def test_two_processes_ingesting_the_same_bags_never_both_write(tmp_path: Path) -> None:
    bags = [
        make_bag(ARTICLES / name, tmp_path / "bags") for name in ("plain.txt", "french.txt", "chinese.txt")
    ]
    repo_path = tmp_path / "repo"
    OcflRepository.init(repo_path)
    command = cli_command("ingest", *(b for b, _ in bags), "--into", repo_path, "--json")
    processes = [
        subprocess.Popen(command, env=cli_env(tmp_path), stdout=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    outcomes: dict[str, list[str]] = {}
    for line in (entry for out in outputs for entry in json_lines(out)):
        outcomes.setdefault(str(line["object_id"]), []).append(str(line["outcome"]))
    assert {k: sorted(v) for k, v in outcomes.items()} == {i: ["created", "unchanged"] for _, i in bags}
    repo = OcflRepository.open(repo_path)
    assert_all_objects_valid(repo)
    assert {s.head for s in repo.list_objects()} == {"v1"}


def test_two_versions_of_one_object_ingested_at_once_become_v1_and_v2(tmp_path: Path) -> None:
    first, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "a")
    second, _ = make_bag(edited_article(tmp_path), tmp_path / "b", identifier=identifier)
    repo_path = tmp_path / "repo"
    OcflRepository.init(repo_path)
    processes = [
        subprocess.Popen(
            cli_command("ingest", bag, "--into", repo_path, "--json"),
            env=cli_env(tmp_path),
            stdout=subprocess.PIPE,
        )
        for bag in (first, second)
    ]
    outputs = [json_lines(p.communicate(timeout=60)[0].decode()) for p in processes]
    assert sorted(str(o[0]["outcome"]) for o in outputs) == ["created", "updated"]
    repo = OcflRepository.open(repo_path)
    assert_ocfl_valid(repo.object_root(identifier))
    assert repo.inventory(identifier)["head"] == "v2"


def test_a_locked_object_makes_the_cli_fail_cleanly_after_the_timeout(tmp_path: Path) -> None:
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    repo = OcflRepository.init(tmp_path / "repo")
    with object_lock(repo.workspace / "locks", identifier):
        result = subprocess.run(
            cli_command("ingest", bag, "--into", repo.root, "--lock-timeout", "0.3"),
            env=cli_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1 and "error[REPO_LOCKED]" in result.stderr
    assert not repo.object_root(identifier).exists()
