"""``--cluster`` (issue 18, first slice: packaging): the same bags, lines and exit codes on a Dask cluster.

The cluster is real: a ``dask scheduler`` and two ``dask worker`` processes started on 127.0.0.1 by
:mod:`tests.daskcluster` (one for the module; the kill test damages its own). Skipped when the ``cluster``
extra is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from archiver.cluster import ClusterSpec, connect, run_ordered_on_cluster
from archiver.errors import UsageError
from archiver.validation.run import ValidateOptions, validate_target
from archiver.workers import WorkerFailed
from tests import daskcluster
from tests.daskcluster import DaskCluster

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def cluster() -> Iterator[DaskCluster]:
    with daskcluster.running(workers=2) as started:
        yield started


def archiver(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
    environ.pop("ARCHIVER_CLUSTER", None)
    cmd = [sys.executable, "-m", "archiver", "package", "--organization", "Cluster Archive", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=environ, cwd=cwd, timeout=timeout)


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` small articles, each its own title and text, numbered so that their order is the name's."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(count):
        path = folder / f"a{n:04d}.txt"
        path.write_text(
            f"Council meeting number {n}\n\nThe council met for the {n}th time and agreed on the budget "
            f"for the library, the parks and the harbour, item {n}.\n",
            encoding="utf-8",
        )
        made.append(path)
    return made


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its relative path, with its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def packaging_in_background(source: Path, out: Path, address: str) -> subprocess.Popen[str]:
    """``archiver package SOURCE -o OUT --json --cluster ADDRESS`` running, its lines to be read as they come."""
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", SOURCE_DATE_EPOCH="1710417600")
    cmd = [sys.executable, "-m", "archiver", "package", str(source), "-o", str(out), "--json"]
    cmd += ["--organization", "Cluster Archive", "--cluster", address]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ)


def closed_port() -> str:
    """The address of a port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


def staging_left(root: Path) -> list[str]:
    return [p.name for p in root.iterdir() if p.name.startswith(".")]


# The address -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tcp://127.0.0.1:8786", ClusterSpec(address="tcp://127.0.0.1:8786")),
        (" tcp://scheduler.example.org:8786/ ", ClusterSpec(address="tcp://scheduler.example.org:8786")),
        ("local:3", ClusterSpec(local_workers=3)),
    ],
)
def test_an_address_is_tcp_host_port_or_local_n(text: str, expected: ClusterSpec) -> None:
    assert ClusterSpec.parse(text) == expected
    assert str(expected) in ("local:3", text.strip().rstrip("/"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "127.0.0.1:8786",
        "tcp://127.0.0.1",
        "tcp://:8786",
        "tcp://h:port",
        "local:0",
        "local:x",
        "foo://h:1",
    ],
)
def test_anything_else_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError) as raised:
        ClusterSpec.parse(text)
    assert raised.value.code == "CLUSTER_ADDRESS_INVALID"


def test_a_port_that_never_answers_fails_at_the_deadline() -> None:
    """A port that accepts and never speaks Dask held Dask's own Client for minutes (dask-notes §5b)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(UsageError) as raised, connect(ClusterSpec(address=address), timeout=1.5):
            pass
    assert raised.value.code == "CLUSTER_UNREACHABLE" and raised.value.where == address
    assert time.monotonic() - started < 6


def test_a_scheduler_without_workers_is_refused() -> None:
    with daskcluster.running(workers=0) as empty:
        with pytest.raises(UsageError) as raised, connect(ClusterSpec(address=empty.address), timeout=1):
            pass
        assert raised.value.code == "CLUSTER_NO_WORKERS" and raised.value.where == empty.address


def test_another_archiver_on_the_workers_is_refused(
    cluster: DaskCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("archiver.__about__.__version__", "0.0.0-other")
    with pytest.raises(UsageError) as raised, connect(ClusterSpec(address=cluster.address)):
        pass
    assert raised.value.code == "CLUSTER_VERSION_MISMATCH"
    assert raised.value.message.startswith("archiver 0.0.0-other here, but ")
    assert "on the scheduler" in raised.value.message


# run_ordered_on_cluster --------------------------------------------------------------------------------


def test_results_come_in_input_order(cluster: DaskCluster) -> None:
    items = list(range(101))
    with cluster.client() as client:
        got = list(run_ordered_on_cluster(items, daskcluster.squares, (0.002,), client, chunk=3, window=3))
        assert got == [i * i for i in items]
        assert list(run_ordered_on_cluster([], daskcluster.squares, (0.0,), client)) == []
        # Identical items are each their own task (Dask merges identical pure tasks by default).
        assert (
            list(run_ordered_on_cluster([5] * 40, daskcluster.squares, (0.0,), client, chunk=1)) == [25] * 40
        )


def test_the_progress_is_the_schedulers_count_not_the_ordered_results(cluster: DaskCluster) -> None:
    """The count goes up as tasks finish, in any order, to the total, each item counted once; a weight
    counts a group's members (ingest's groups of bags). Results still come in input order."""
    from archiver.cluster import cluster_progress

    counts: list[int] = []
    yielded_when: list[int] = []
    token = cluster_progress.set(counts.append)
    try:
        with cluster.client() as client:
            items = list(range(60))
            for got in run_ordered_on_cluster(
                items, daskcluster.squares, (0.002,), client, chunk=4, window=4
            ):
                yielded_when.append(counts[-1])
                assert got == items[len(yielded_when) - 1] ** 2
            assert counts == sorted(counts) and counts[-1] == 60 and len(counts) == 15
            # the scheduler's count is never behind the results given out, and was ahead of them at times
            assert all(done >= n for n, done in enumerate(yielded_when, start=1))
            counts.clear()
            groups = [[1, 2, 3], [4], [5, 6]] * 5
            list(run_ordered_on_cluster(groups, daskcluster.identity, (), client, chunk=2, weight=len))
            assert counts[-1] == 30
    finally:
        cluster_progress.reset(token)


def test_an_error_in_the_work_is_raised_as_it_was(cluster: DaskCluster) -> None:
    with cluster.client() as client:
        run = run_ordered_on_cluster(list(range(50)), daskcluster.fail_on, (30,), client, chunk=4)
        with pytest.raises(ValueError, match="item 30 is bad"):
            for _ in run:
                pass


@pytest.mark.slow
def test_chunks_whose_workers_died_are_sent_again_then_given_up(tmp_path: Path) -> None:
    """With allowed-failures 0 the scheduler gives up on a task at its first dead worker (KilledWorker): the
    run sends the chunk again under a new key, and after ``max_resubmits`` raises WorkerFailed."""
    config = {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    with daskcluster.running(workers=2, config=config) as fragile, fragile.client() as client:
        got = run_ordered_on_cluster(
            list(range(30)), daskcluster.kill_once, (str(tmp_path), ()), client, chunk=2
        )
        assert list(got) == list(range(30))
        doomed = run_ordered_on_cluster(
            [1, 2, 5], daskcluster.kill_once, (str(tmp_path), (5,)), client, max_resubmits=1
        )
        with pytest.raises(WorkerFailed, match="kept dying"):
            list(doomed)


# archiver package --cluster ----------------------------------------------------------------------------


def test_the_cluster_makes_a_local_runs_bags_and_lines(tmp_path: Path, cluster: DaskCluster) -> None:
    """The same bags, byte for byte, and the same JSON lines in the same order; relative paths too (the
    workers run elsewhere: they are handed absolute ones, and the lines say what was given)."""
    write_articles(tmp_path / "in", 36)
    shutil.copy(ARTICLES / "dateline_ap.txt", tmp_path / "in" / "b-dateline.txt")
    shutil.copy(ARTICLES / "bom.txt", tmp_path / "in" / "b-bom.txt")
    (tmp_path / "in" / "c-empty.txt").write_bytes(b"")  # a failure is a result like any other
    shutil.copy(SAMPLE, tmp_path / "in" / "d-sample.txt")
    local = archiver("in", "-o", "bags", "--json", "-j", "2", cwd=tmp_path)
    assert local.returncode == 1, local.stderr  # the empty article
    (tmp_path / "bags").rename(tmp_path / "local-bags")
    started = time.monotonic()
    remote = archiver("in", "-o", "bags", "--json", "--cluster", cluster.address, cwd=tmp_path)
    took = time.monotonic() - started
    assert remote.returncode == 1, remote.stderr
    assert remote.stdout == local.stdout
    assert len(remote.stderr.splitlines()) == 1, remote.stderr  # the summary: no log of Dask's
    lines = [json.loads(line) for line in remote.stdout.splitlines()]
    assert len(lines) == 40 and [r["status"] for r in lines].count("failed") == 1
    assert tree(tmp_path / "bags") == tree(tmp_path / "local-bags")
    assert staging_left(tmp_path / "bags") == []
    assert took < 60
    # A re-run finds every bag there.
    again = archiver("in", "-o", "bags", "--json", "--cluster", cluster.address, cwd=tmp_path)
    assert [json.loads(line)["status"] for line in again.stdout.splitlines()].count("exists") == 39


def test_local_n_starts_its_own_workers(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "in", 8)
    local = archiver(*map(str, articles), "-o", str(tmp_path / "local"), "--json", cwd=tmp_path)
    remote = archiver(
        *map(str, articles), "-o", str(tmp_path / "bags"), "--json", "--cluster", "local:2", cwd=tmp_path
    )
    assert remote.returncode == 0, remote.stderr
    assert len(remote.stderr.splitlines()) == 1, remote.stderr  # the summary: no log of Dask's
    assert remote.stdout == local.stdout.replace(str(tmp_path / "local"), str(tmp_path / "bags"))
    assert tree(tmp_path / "bags") == tree(tmp_path / "local")


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    address = closed_port()
    started = time.monotonic()
    got = archiver(str(SAMPLE), "-o", "bags", "--cluster", address, cwd=tmp_path)
    assert time.monotonic() - started < 15
    assert got.returncode == 2
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error[CLUSTER_UNREACHABLE] {address}:"), got.stderr
    assert not (tmp_path / "bags").exists()


def test_a_malformed_address_is_exit_2_wherever_it_comes_from(tmp_path: Path) -> None:
    got = archiver(str(SAMPLE), "-o", "bags", "--cluster", "scheduler:8786", cwd=tmp_path)
    assert got.returncode == 2 and "error[CLUSTER_ADDRESS_INVALID]" in got.stderr
    config = tmp_path / "config.toml"
    config.write_text('[cluster]\naddress = "local:none"\n')
    got = archiver(str(SAMPLE), "-o", "bags", "--config", str(config), cwd=tmp_path)
    assert got.returncode == 2 and "'local:none'" in got.stderr
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", ARCHIVER_CLUSTER="tcp://x")
    cmd = [sys.executable, "-m", "archiver", "package", str(SAMPLE), "-o", "bags", "--organization", "X"]
    got = subprocess.run(cmd, capture_output=True, text=True, env=environ, cwd=tmp_path, timeout=60)
    assert got.returncode == 2 and "'tcp://x'" in got.stderr
    assert not (tmp_path / "bags").exists()


def test_urls_are_refused_on_a_cluster_for_now(tmp_path: Path) -> None:
    got = archiver("https://example.org/story.html", "-o", "bags", "--cluster", "local:1", cwd=tmp_path)
    assert got.returncode == 2 and "error[CLUSTER_URLS_UNSUPPORTED]" in got.stderr, got.stderr


# A worker killed mid-run -------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_article(tmp_path: Path) -> None:
    """SIGKILL one worker while 500 articles are packaged: its chunks run again elsewhere (a chunk may run
    twice, so what is checked is one bag and one line per article, not one execution), every bag valid,
    lines in input order, and whatever the dead worker had staged is gone after a re-run."""
    articles = write_articles(tmp_path / "in", 500)
    out = tmp_path / "bags"
    with daskcluster.running(workers=2) as damaged:
        victim = damaged.worker_pids()[0]
        with packaging_in_background(tmp_path / "in", out, damaged.address) as run:
            assert run.stdout is not None and run.stderr is not None
            lines = [run.stdout.readline() for _ in range(20)]  # well under way
            os.kill(victim, signal.SIGKILL)
            killed_while_running = run.poll() is None
            lines += run.stdout.readlines()
            stderr = run.stderr.read()
        assert run.returncode == 0, stderr
        assert killed_while_running
        records = [json.loads(line) for line in lines]
        assert [r["input"] for r in records] == [str(a) for a in articles]
        # A chunk the dead worker had partly committed says "exists" for those bags when it runs again: the
        # same bytes (one capture time for the run), made by this run's first attempt.
        assert {r["status"] for r in records} <= {"created", "exists"}
        bags = sorted(p for p in out.iterdir() if not p.name.startswith("."))
        assert len(bags) == 500 and sorted(r["bag"] for r in records) == [str(b) for b in bags]
        for bag in bags:
            report = validate_target(bag, ValidateOptions())
            assert report.valid, [f.to_dict() for f in report.findings]
        again = archiver(
            str(tmp_path / "in"), "-o", str(out), "--json", "--cluster", damaged.address, cwd=tmp_path
        )
        assert again.returncode == 0, again.stderr
        assert {json.loads(line)["status"] for line in again.stdout.splitlines()} == {"exists"}
        assert staging_left(out) == []


@pytest.mark.slow
def test_the_scheduler_lost_mid_run_stops_with_the_lines_so_far(tmp_path: Path) -> None:
    """The lines printed stand, in order; the run ends with one CLUSTER_LOST line, exit 1; a re-run (here
    on this machine) finishes the rest and finds the bags already made."""
    articles = write_articles(tmp_path / "in", 500)
    out = tmp_path / "bags"
    with (
        daskcluster.running(workers=2) as doomed,
        packaging_in_background(tmp_path / "in", out, doomed.address) as run,
    ):
        assert run.stdout is not None and run.stderr is not None
        lines = [run.stdout.readline() for _ in range(20)]
        doomed.kill_scheduler()
        lines += run.stdout.readlines()
        stderr = run.stderr.read()
    assert run.returncode == 1, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error[")]
    assert len(errors) == 1 and errors[0].startswith("error[CLUSTER_LOST]"), stderr
    records = [json.loads(line) for line in lines]
    assert 20 <= len(records) < 500
    assert [r["input"] for r in records] == [str(a) for a in articles[: len(records)]]
    again = archiver(str(tmp_path / "in"), "-o", str(out), "--json", cwd=tmp_path)
    statuses = [json.loads(line)["status"] for line in again.stdout.splitlines()]
    assert again.returncode == 0 and statuses[: len(records)] == ["exists"] * len(records)
    assert len(statuses) == 500 and staging_left(out) == []


# Validation through the cluster -------------------------------------------------------------------------


def validate_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ.pop("ARCHIVER_CLUSTER", None)
    cmd = [sys.executable, "-m", "archiver", "validate", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=environ, cwd=cwd, timeout=300)


def test_validate_on_the_cluster_gives_a_local_runs_reports(tmp_path: Path, cluster: DaskCluster) -> None:
    """Valid bags, a damaged one and a WARC: the same JSON reports in the same order, the same exit code,
    the targets named as they were given (relative here)."""
    write_articles(tmp_path / "in", 6)
    made = archiver("in", "-o", "bags", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    bags = sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "bags").iterdir())
    damaged = tmp_path / bags[2] / "data" / "original"
    original = next(damaged.iterdir())
    original.write_bytes(original.read_bytes() + b"changed")
    warc = next((tmp_path / bags[0] / "data").rglob("*.warc.gz"))
    targets = [*bags, str(warc.relative_to(tmp_path))]
    local = validate_cli(*targets, "--json", cwd=tmp_path)
    remote = validate_cli(*targets, "--json", "--cluster", cluster.address, cwd=tmp_path)
    assert (local.returncode, remote.returncode) == (1, 1), remote.stderr
    assert remote.stdout == local.stdout  # the spec sections too, though no validator ran in this process
    reports = [json.loads(line) for line in remote.stdout.splitlines()]
    assert [r["target"] for r in reports] == targets
    assert [r["valid"] for r in reports] == [True, True, False, True, True, True, True]


def test_validate_with_an_unreachable_cluster_is_exit_2(tmp_path: Path) -> None:
    got = validate_cli(str(SAMPLE.parent), "--cluster", closed_port(), cwd=tmp_path)
    assert got.returncode == 2 and "error[CLUSTER_UNREACHABLE]" in got.stderr, got.stderr
    malformed = validate_cli(str(SAMPLE.parent), "--cluster", "nonsense", cwd=tmp_path)
    assert malformed.returncode == 2 and "error[CLUSTER_ADDRESS_INVALID]" in malformed.stderr


# Ingest and audit through the cluster -------------------------------------------------------------------


def repo_cli(command: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    environ.pop("ARCHIVER_CLUSTER", None)
    cmd = [sys.executable, "-m", "archiver", command, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=environ, cwd=cwd, timeout=300)


def stored(root: Path) -> dict[str, bytes]:
    """The objects' content files and declarations: what two ingests of the same bags store alike (the
    inventories differ only in their times, the logs in their event ids)."""
    return {k: v for k, v in tree(root).items() if "/content/" in k or k.rsplit("/", 1)[-1].startswith("0=")}


def without_times(line: str) -> dict[str, object]:
    result = json.loads(line)
    for key in ("started", "finished", "created", "seconds", "receipt", "repository"):
        result.pop(key, None)
    return result


@pytest.fixture(scope="module")
def made_bags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 bags of distinct articles, packaged once for the module."""
    folder = tmp_path_factory.mktemp("cluster-bags")
    write_articles(folder / "in", 40)
    made = archiver("in", "-o", "bags", cwd=folder)
    assert made.returncode == 0, made.stderr
    return folder / "bags"


def test_ingest_on_the_cluster_stores_what_a_local_ingest_stores(
    tmp_path: Path, cluster: DaskCluster, made_bags: Path
) -> None:
    bags = sorted(str(p) for p in made_bags.iterdir())
    local = repo_cli("ingest", *bags, "--into", "local-repo", "--json", "-j", "2", cwd=tmp_path)
    assert local.returncode == 0, local.stderr
    remote = repo_cli("ingest", *bags, "--into", "repo", "--json", "--cluster", cluster.address, cwd=tmp_path)
    assert remote.returncode == 0, remote.stderr
    assert "created OCFL repository" in remote.stderr and "Traceback" not in remote.stderr
    assert [without_times(line) for line in remote.stdout.splitlines()] == [
        without_times(line) for line in local.stdout.splitlines()
    ]
    assert (
        stored(tmp_path / "repo") == stored(tmp_path / "local-repo") and len(stored(tmp_path / "repo")) > 40
    )
    checked = repo_cli("audit", "repo", "--json", cwd=tmp_path)
    assert checked.returncode == 0 and json.loads(checked.stdout)["objects"] == 40, checked.stdout
    again = repo_cli("ingest", *bags, "--into", "repo", "--json", "--cluster", cluster.address, cwd=tmp_path)
    assert {json.loads(line)["outcome"] for line in again.stdout.splitlines()} == {"unchanged"}


def test_bags_of_one_object_become_its_versions_in_the_order_given(
    tmp_path: Path, cluster: DaskCluster, made_bags: Path
) -> None:
    """Tasks run in any order; bags naming one object must still make v1, v2, v3 in the order given."""
    first = sorted(made_bags.iterdir())[0]
    versions = []
    for n in range(3):
        copy = tmp_path / f"edit{n}" / first.name
        shutil.copytree(first, copy)
        payload = next((copy / "data").rglob("*.txt"))
        payload.write_bytes(payload.read_bytes() + f"correction {n}\n".encode())
        subprocess.run([sys.executable, "-c", UPDATE_MANIFESTS, str(copy)], check=True)
        versions.append(str(copy))
    others = sorted(str(p) for p in made_bags.iterdir())[1:40]
    given = [versions[0], *others[:15], versions[1], *others[15:30], versions[2], *others[30:]]
    got = repo_cli(
        "ingest", *given, "--into", "repo", "--json", "--no-validate",
        "--cluster", cluster.address, cwd=tmp_path,
    )  # fmt: skip
    assert got.returncode == 0, got.stderr
    lines = [json.loads(line) for line in got.stdout.splitlines()]
    assert [Path(r["bag"]).parent.name for r in lines] == [Path(b).parent.name for b in given]  # input order
    ours = [r for r in lines if r["object_id"] == lines[0]["object_id"]]
    assert [r["version"] for r in ours] == ["v1", "v2", "v3"]
    assert len({r["object_id"] for r in lines}) == 40


#: Re-writes a bag's payload and tag manifests after an edit (bagit-python, an independent writer).
UPDATE_MANIFESTS = "import bagit, sys; bag = bagit.Bag(sys.argv[1]); bag.save(manifests=True)"


def test_audit_on_the_cluster_gives_a_local_audits_report(
    tmp_path: Path, cluster: DaskCluster, made_bags: Path
) -> None:
    bags = sorted(str(p) for p in made_bags.iterdir())[:12]
    made = repo_cli("ingest", *bags, "--into", "repo", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    victim = next((tmp_path / "repo").rglob("v1/content/data/original/*.txt"))
    victim.write_bytes(victim.read_bytes() + b"bit rot")
    local = repo_cli("audit", "repo", "--json", cwd=tmp_path)
    remote = repo_cli("audit", "repo", "--json", "--cluster", cluster.address, cwd=tmp_path)
    assert (local.returncode, remote.returncode) == (1, 1), remote.stderr
    assert without_times(remote.stdout) == without_times(local.stdout)
    report = json.loads(remote.stdout)
    assert report["objects"] == 12 and report["damaged_objects"] == 1
    # Every object was just checked: a cycle of 90 days finds only the damaged one due.
    cycle = repo_cli("audit", "repo", "--json", "--since", "90d", "--cluster", cluster.address, cwd=tmp_path)
    report = json.loads(cycle.stdout)
    assert cycle.returncode == 1 and report["skipped_objects"] == 11 and report["damaged_objects"] == 1


def test_ingest_and_audit_with_an_unreachable_cluster_are_exit_2(tmp_path: Path, made_bags: Path) -> None:
    bag = str(next(made_bags.iterdir()))
    address = closed_port()
    ingest = repo_cli("ingest", bag, "--into", "repo", "--cluster", address, cwd=tmp_path)
    assert ingest.returncode == 2 and "error[CLUSTER_UNREACHABLE]" in ingest.stderr, ingest.stderr
    assert not (tmp_path / "repo").exists()
    made = repo_cli("ingest", bag, "--into", "repo", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    audit = repo_cli("audit", "repo", "--cluster", address, cwd=tmp_path)
    assert audit.returncode == 2 and "error[CLUSTER_UNREACHABLE]" in audit.stderr, audit.stderr
    since = repo_cli("audit", "repo", "--since", "soon", cwd=tmp_path)
    assert since.returncode == 2 and "error[AUDIT_SINCE_INVALID]" in since.stderr, since.stderr
