"""An OCFL 1.1 storage root on S3 (issue 18), against a real server (Ceph RGW, started by tests/s3server.py).

What a mock could not show: the server itself refuses the second ``If-None-Match: *`` PUT of a lock and the
``If-Match`` compare-and-swap of a root inventory that changed, so two writers of one object really race.
Objects are downloaded byte for byte and checked by our validator and by ocfl-py's.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("boto3", reason="boto3 is not installed (the project's s3 extra)")
from archiver.errors import ArchiverError
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.formats.ocfl.validator import validate_object
from archiver.repository import OcflRepository, s3_ocfl, s3_ocfl_store
from archiver.repository.s3_ocfl import S3OcflRepository
from archiver.repository.s3_ocfl_store import (
    CONFLICT_RETRIES,
    LOCKS_DIR,
    ObjectLock,
    PreconditionFailed,
    S3Store,
    lock_key,
)
from archiver.s3.client import S3Options, make_client
from archiver.validation.findings import Severity
from tests.conftest import REPO_ROOT
from tests.s3server import S3Server

ocfl = pytest.importorskip("ocfl", reason="ocfl-py (the independent OCFL validator) is not installed")

pytestmark = pytest.mark.slow


# --- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s3(ceph: S3Server) -> S3Server:
    return ceph  # the run's one server (tests/conftest.py)


@pytest.fixture(scope="module")
def options(s3: S3Server) -> S3Options:
    return S3Options(
        endpoint_url=s3.endpoint_url, region=s3.region, access_key=s3.access_key, secret_key=s3.secret_key
    )


@pytest.fixture(scope="module")
def client(options: S3Options) -> Any:
    return make_client(options)


@pytest.fixture(scope="module")
def bucket(client: Any) -> str:
    name = f"archiver-ocfl-{secrets.token_hex(4)}"
    client.create_bucket(Bucket=name)
    return name


@pytest.fixture
def url(bucket: str, request: pytest.FixtureRequest) -> str:
    """A fresh storage root per test."""
    return f"s3://{bucket}/ocfl/{request.node.name[:40]}-{secrets.token_hex(3)}"


@pytest.fixture
def repo(url: str, options: S3Options) -> S3OcflRepository:
    return S3OcflRepository.init(url, options=options)


IDENTIFIER = "urn:uuid:6f1c2b4e-9d3a-4c8e-b1f2-0a9e8d7c6b5a"
ARTICLE = b"Flood closes the quay\n\nThe river rose two metres overnight.\n"
METADATA = b'{"title": "Flood closes the quay"}\n'


def make_bag(
    where: Path, article: bytes = ARTICLE, date: str = "2024-05-06", extra: dict[str, bytes] | None = None
) -> Path:
    """A valid BagIt 1.0 bag naming the object by its External-Identifier."""
    where.mkdir(parents=True)
    payload = [PayloadFile("original/story.txt", article), PayloadFile("metadata/article.json", METADATA)]
    payload += [PayloadFile(name, data) for name, data in (extra or {}).items()]
    write_bag(where, payload, [("Bagging-Date", date), ("External-Identifier", IDENTIFIER)], durable=False)
    return where


@pytest.fixture
def bag(tmp_path: Path) -> tuple[Path, str]:
    return make_bag(tmp_path / "bags" / "story"), IDENTIFIER


@pytest.fixture
def bag_v2(tmp_path: Path, bag: tuple[Path, str]) -> Path:
    """A correction of the same article: the same object ID, one changed payload file and its tag files."""
    return make_bag(
        tmp_path / "bags2" / "story", ARTICLE + b"\nCorrection: the quay is 200 m long.\n", "2024-05-07"
    )


def keys(repo: S3OcflRepository, rel: str = "") -> list[str]:
    return sorted(k.rel for k in repo.store.list(rel)[0])


def assert_valid_download(repo: S3OcflRepository, object_id: str, dest: Path, head: str) -> Path:
    """The object copied to disk passes our validator and ocfl-py's, at the expected head."""
    root = repo.download_object(object_id, dest)
    ours = validate_object(root, fixity=True)
    assert not ours.findings, [f.to_dict() for f in ours.findings]
    assert ours.head == head and ours.object_id == object_id
    validator = ocfl.validator.Validator(log_warnings=True, check_digests=True)
    assert validator.validate_object(str(root)), validator.status_str()
    return root


def bag_files(bag: Path) -> dict[str, bytes]:
    return {p.relative_to(bag).as_posix(): p.read_bytes() for p in sorted(bag.rglob("*")) if p.is_file()}


# --- the storage root ---------------------------------------------------------------------------------


def test_init_writes_the_local_root_files_and_open_recognises_it(
    url: str, options: S3Options, tmp_path: Path
) -> None:
    repo = S3OcflRepository.init(url, options=options)
    local = OcflRepository.init(tmp_path / "local", durable=False)
    expected = bag_files(local.root)
    assert keys(repo) == sorted(expected)
    for rel, data in expected.items():
        fetched = repo.store.get(rel)
        assert fetched is not None and fetched.data == data, rel
    assert repo.layout is not None and repo.layout.name == "0004-hashed-n-tuple-storage-layout"
    again = S3OcflRepository.init(url, options=options)  # an existing root is opened as it is
    assert again.layout == repo.layout
    assert S3OcflRepository.open(url, options=options).layout == repo.layout


def test_a_prefix_without_the_declaration_is_no_root_and_init_refuses_foreign_keys(
    url: str, options: S3Options, client: Any
) -> None:
    with pytest.raises(ArchiverError) as info:
        S3OcflRepository.open(url, options=options)
    assert info.value.code == "S3_NOT_OCFL_ROOT"
    bucket, prefix = url[5:].split("/", 1)
    client.put_object(Bucket=bucket, Key=f"{prefix}/notes.txt", Body=b"mine")
    with pytest.raises(ArchiverError) as info:
        S3OcflRepository.init(url, options=options)
    assert info.value.code == "S3_OCFL_NOT_EMPTY"
    with pytest.raises(ArchiverError) as info:
        S3OcflRepository.open(url, options=options)
    assert info.value.code == "S3_NOT_OCFL_ROOT"


def test_an_interrupted_init_is_finished_by_the_next(url: str, options: S3Options) -> None:
    repo = S3OcflRepository.init(url, options=options)
    repo.store.delete("0=ocfl_1.1")
    repo.store.delete("ocfl_layout.json")
    again = S3OcflRepository.init(url, options=options)
    assert "0=ocfl_1.1" in keys(again) and "ocfl_layout.json" in keys(again)


# --- ingest, list, show, download ---------------------------------------------------------------------


def test_ingest_list_show_and_both_validators(
    repo: S3OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, object_id = bag
    result = repo.ingest(path, user_address="mailto:archivist@example.org")
    assert (result.outcome, result.version, result.object_id) == ("created", "v1", object_id)
    assert result.error is None and result.stored == result.files == len(bag_files(path))
    [summary] = list(repo.list_objects())
    assert (summary.object_id, summary.head, summary.versions) == (object_id, "v1", 1)
    assert summary.path == result.object_path == repo.layout.object_path(object_id)  # type: ignore[union-attr]
    detail = repo.show(object_id)
    assert sorted(f["path"] for f in detail.files) == sorted(bag_files(path))
    assert [e["eventType"] for e in detail.events] == ["ingestion", "fixity check"]
    assert_valid_download(repo, object_id, tmp_path / "copy", "v1")


def test_requests_of_a_new_object_are_counted_exactly(repo: S3OcflRepository, bag: tuple[Path, str]) -> None:
    """A new object of n files: n content PUTs, the declaration, four inventory files, the log, the lock
    (PUT, its refresh right before the commit, DELETE); one GET for its absent head, two to read the root
    inventory back; one LIST."""
    result = repo.ingest(bag[0])
    n = result.stored
    record = repo.request_log[-1]
    assert record.requests == {"GetObject": 3, "PutObject": n + 8, "ListObjectsV2": 1, "DeleteObject": 1}
    # the layout's minimum is n + 6: the content, the declaration, four inventory files, the log
    assert record.total == n + 13
    assert record.total <= 2 * (n + 6)


def test_second_version_stores_only_what_changed_and_an_unchanged_bag_writes_nothing(
    repo: S3OcflRepository, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    path, object_id = bag
    repo.ingest(path)
    second = repo.ingest(bag_v2)
    assert (second.outcome, second.version) == ("updated", "v2")
    assert 0 < second.stored < second.files
    record = repo.request_log[-1]
    # reads: head inventory + sidecar, the log, the inventory read back (2); writes: k + 4 + log + the lock
    # and its refresh right before the commit
    assert record.requests == {
        "GetObject": 5,
        "PutObject": second.stored + 7,
        "ListObjectsV2": 1,
        "DeleteObject": 1,
    }
    before = repo.requests.totals.copy()
    again = repo.ingest(bag_v2)
    assert (again.outcome, again.version, again.stored) == ("unchanged", "v2", 0)
    assert repo.request_log[-1].requests == {"GetObject": 2}
    assert repo.request_log[-1].writes == 0
    assert repo.requests.totals - before == {"GetObject": 2}
    old = repo.ingest(path)  # the first bag again: it is v1, nothing new
    assert (old.outcome, old.version) == ("unchanged", "v1")
    root = assert_valid_download(repo, object_id, tmp_path / "copy", "v2")
    assert sorted(p.name for p in root.iterdir()) == [
        "0=ocfl_object_1.1",
        "inventory.json",
        "inventory.json.sha512",
        "logs",
        "v1",
        "v2",
    ]
    assert repo.show(object_id, "1").shown == "v1"


def test_export_gives_back_the_bag_byte_for_byte(
    repo: S3OcflRepository, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    path, object_id = bag
    repo.ingest(path)
    repo.ingest(bag_v2)
    assert bag_files(repo.export(object_id, tmp_path / "v2")) == bag_files(bag_v2)
    assert bag_files(repo.export(object_id, tmp_path / "v1", version="v1")) == bag_files(path)
    with pytest.raises(ArchiverError) as info:
        repo.export(object_id, tmp_path / "v1")
    assert info.value.code == "EXPORT_EXISTS"
    with pytest.raises(ArchiverError) as info:
        repo.export("urn:uuid:00000000-0000-0000-0000-000000000000", tmp_path / "none")
    assert info.value.code == "OBJECT_NOT_FOUND"


def test_audit_finds_a_damaged_file_and_records_events(
    repo: S3OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, object_id = bag
    result = repo.ingest(path)
    report = repo.audit()
    assert report.ok and len(report.objects) == 1 and report.objects[0].event_recorded
    assert report.objects[0].files == result.stored
    content = next(k for k in keys(repo, result.object_path) if "/v1/content/data/original/" in k)
    repo.store.put(content, b"not the article any more\n")
    report = repo.audit()
    assert not report.ok
    errors = [i for i in report.issues if i.finding.severity is Severity.ERROR]
    assert {i.finding.code for i in errors} == {"E092", "E093"}  # the sha512 manifest and the sha256 fixity
    assert {(i.version, i.logical_path) for i in errors} == {("v1", content.split("/v1/content/", 1)[1])}
    events = repo.show(object_id).events
    assert [e["eventOutcome"] for e in events if e["eventType"] == "fixity check"] == [
        "success",
        "success",
        "failure",
    ]
    with pytest.raises(ArchiverError) as info:
        repo.export(object_id, tmp_path / "out")
    assert info.value.code == "EXPORT_FIXITY" and not (tmp_path / "out").exists()


def test_audit_since_skips_objects_audited_lately_by_their_logs(
    repo: S3OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    """``--since`` on S3 reads each object's log as the local audit does: an object whose last audit
    succeeded within the age is skipped (its log, then its inventory: 2 GETs, nothing hashed, no event);
    one whose audit is older, failed, or dated in the future is audited and gets its event."""
    first = repo.ingest(bag[0])
    other_id = "urn:uuid:00000000-0000-4000-8000-000000000043"
    second = repo.ingest(other_bag(tmp_path / "other", other_id))
    never = repo.audit(since=timedelta(days=90))  # no audit yet: both due
    assert [o.skipped_since for o in never.objects] == [None, None] and never.ok
    again = repo.audit(since=timedelta(days=90))
    assert all(o.skipped_since and o.files == 0 and not o.event_recorded for o in again.objects)
    assert {o.object_id for o in again.objects} == {bag[1], other_id}
    assert {o.head for o in again.objects} == {"v1"}
    skips = [r for r in repo.request_log if r.operation == "audit"][-2:]
    assert [r.outcome for r in skips] == ["skipped", "skipped"]
    assert [r.requests for r in skips] == [{"GetObject": 2}, {"GetObject": 2}]

    def dated(path: str, when: datetime) -> None:
        """The object's last audit event moved to ``when``."""
        key = f"{path}/logs/events.jsonl"
        fetched = repo.store.get(key)
        assert fetched is not None
        lines = fetched.data.splitlines()
        last = json.loads(lines[-1])
        assert last["eventType"] == "fixity check"
        last["eventDateTime"] = when.isoformat()
        repo.store.put(key, b"\n".join([*lines[:-1], json.dumps(last).encode()]) + b"\n")

    now = datetime.now(UTC)
    dated(first.object_path, now - timedelta(days=100))
    dated(second.object_path, now + timedelta(days=3))  # a wrong clock: no evidence of a check
    due = repo.audit(since=timedelta(days=90))
    assert [o.skipped_since for o in due.objects] == [None, None]
    assert all(o.event_recorded and o.files for o in due.objects)
    # the future-dated event stays the latest, so that object stays due (the safe side), as on disk
    after = {o.object_path: o.skipped_since for o in repo.audit(since=timedelta(days=90)).objects}
    assert after[first.object_path] and after[second.object_path] is None


def other_bag(where: Path, identifier: str, text: bytes = b"Another story.\n") -> Path:
    """A valid bag of another object."""
    where.mkdir(parents=True)
    write_bag(
        where, [PayloadFile("original/story.txt", text)], [("External-Identifier", identifier)], durable=False
    )
    return where


def test_audit_reports_an_object_whose_root_inventory_does_not_parse(
    repo: S3OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    """The audit's targets are the object roots holding an inventory.json key, parseable or not: a root
    inventory cut in half is reported with the validator's codes and the report is not ok (the listing
    leaves that object out); a declaration without any inventory.json is an unfinished creation, left out."""
    damaged = repo.ingest(bag[0])
    other_id = "urn:uuid:00000000-0000-4000-8000-000000000042"
    intact = repo.ingest(other_bag(tmp_path / "other", other_id))
    key = f"{damaged.object_path}/inventory.json"
    fetched = repo.store.get(key)
    assert fetched is not None
    repo.store.put(key, fetched.data[: len(fetched.data) // 2])
    repo.store.put("unfinished/0=ocfl_object_1.1", b"ocfl_object_1.1\n")  # a creation that never committed
    assert [s.object_id for s in repo.list_objects()] == [other_id]
    assert list(repo.audit_targets()) == sorted([(damaged.object_path, None), (intact.object_path, None)])
    report = repo.audit()
    assert not report.ok
    by_path = {o.object_path: o for o in report.objects}
    assert sorted(by_path) == sorted([damaged.object_path, intact.object_path])
    assert by_path[intact.object_path].ok
    # the codes the validator gives the same object on disk
    copy = tmp_path / "damaged-copy"
    for listed in repo.store.list(f"{damaged.object_path}/")[0]:
        target = copy / listed.rel[len(damaged.object_path) + 1 :]
        target.parent.mkdir(parents=True, exist_ok=True)
        got = repo.store.get(listed.rel)
        assert got is not None
        target.write_bytes(got.data)
    expected = {f.code for f in validate_object(copy).findings if f.severity is Severity.ERROR}
    codes = {
        i.finding.code for i in by_path[damaged.object_path].issues if i.finding.severity is Severity.ERROR
    }
    assert codes and codes <= expected, (codes, expected)
    assert codes & {"E033", "E034"}, codes
    assert by_path[damaged.object_path].event_recorded
    fresh = repo.store.get(f"{damaged.object_path}/logs/events.jsonl")
    assert fresh is not None and b'"failure"' in fresh.data


def test_an_ingest_whose_conditional_put_answers_are_lost_commits_once(
    repo: S3OcflRepository,
    bag: tuple[Path, str],
    bag_v2: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every conditional PUT (content, vN/inventory.json, the root inventory's compare-and-swap, the lock and
    its refresh) succeeds, its answer is lost and botocore's retry meets 412: each is recognised as our own
    write (our bytes, our lock), the version is committed, its sidecar and events written, no lock left."""
    path, object_id = bag
    lost: list[str] = []
    real_put, real_put_file = S3Store.put, S3Store.put_file

    def put(self: S3Store, rel: str, data: bytes, **kwargs: Any) -> str:
        if kwargs.get("if_none_match") or kwargs.get("if_match"):
            real_put(self, rel, data, **kwargs)  # performed; its answer lost
            lost.append(rel)
        return real_put(self, rel, data, **kwargs)  # the retry: 412

    def put_file(self: S3Store, rel: str, local: Path, md5: bytes, size: int, **kwargs: Any) -> str:
        if kwargs.get("if_none_match") or kwargs.get("if_match"):
            real_put_file(self, rel, local, md5, size, **kwargs)
            lost.append(rel)
        return real_put_file(self, rel, local, md5, size, **kwargs)

    monkeypatch.setattr(S3Store, "put", put)
    monkeypatch.setattr(S3Store, "put_file", put_file)
    first = repo.ingest(path)
    second = repo.ingest(bag_v2)
    monkeypatch.undo()
    assert (first.outcome, first.version, second.outcome, second.version) == (
        "created",
        "v1",
        "updated",
        "v2",
    )
    op = first.object_path
    assert lost.count(f"{op}/inventory.json") == 2 and f"{op}/v2/inventory.json" in lost
    assert any("/v1/content/" in r for r in lost) and lost.count(lock_key(object_id)) >= 4
    assert keys(repo, LOCKS_DIR) == []
    events = repo.show(object_id).events
    assert [e["eventType"] for e in events] == ["ingestion", "fixity check"] * 2
    assert_valid_download(repo, object_id, tmp_path / "copy", "v2")


def test_a_lock_refresh_whose_answer_was_lost_keeps_the_lock(
    repo: S3OcflRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refresh (If-Match) succeeded but its answer was lost; the retry meets 412: the lock names our
    owner, so its ETag is taken and the holder carries on, and release() deletes it."""
    lock = ObjectLock(repo.store, IDENTIFIER, wait=0)
    lock.acquire()
    real_put = S3Store.put

    def put(self: S3Store, rel: str, data: bytes, **kwargs: Any) -> str:
        real_put(self, rel, data, **kwargs)
        return real_put(self, rel, data, **kwargs)

    monkeypatch.setattr(S3Store, "put", put)
    lock.refresh()
    monkeypatch.undo()
    held = repo.store.get(lock.rel)
    assert held is not None and lock.etag == held.etag
    lock.refresh()  # the ETag taken is the lock's: the next refresh wins its compare-and-swap
    lock.release()
    assert keys(repo, LOCKS_DIR) == []


def test_a_writer_refreshes_its_lock_right_before_the_commit(
    repo: S3OcflRepository, bag: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is taken over after the version's inventory is written and before the commit, long before a
    third of stale_after: the refresh right before the commit fails, and nothing is committed."""
    path, object_id = bag
    real_put = S3Store.put
    foreign = b'{"owner": "urn:uuid:other", "host": "elsewhere", "pid": 1}'

    def put(self: S3Store, rel: str, data: bytes, **kwargs: Any) -> str:
        etag = real_put(self, rel, data, **kwargs)
        if rel.endswith("/v1/inventory.json.sha512"):
            real_put(self, lock_key(object_id), foreign)  # another writer takes the lock over
        return etag

    monkeypatch.setattr(S3Store, "put", put)
    with pytest.raises(ArchiverError) as info:
        repo.ingest(path)
    monkeypatch.undo()
    assert info.value.code == "S3_OCFL_LOCK_LOST"
    assert list(repo.list_objects()) == []
    assert not any(k.endswith("/inventory.json") and "/v1/" not in k for k in keys(repo))
    held = repo.store.get(lock_key(object_id))
    assert held is not None and held.data == foreign  # the other writer's lock, untouched


def test_a_409_conditional_conflict_is_retried_then_a_precondition_failure(
    url: str, options: S3Options, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AWS answers a conditional write racing another with 409 ConditionalRequestConflict (Ceph: 412):
    the same write is sent again after a short pause; still 409 after a few tries, it is PreconditionFailed."""
    from botocore.exceptions import ClientError

    store = S3OcflRepository.connect(url, client=make_client(options))
    monkeypatch.setattr(s3_ocfl_store, "CONFLICT_BACKOFF_S", 0.01)
    real = store.client.put_object
    calls: list[int] = []
    conflicts = {"left": 2}

    def put_object(**kwargs: Any) -> Any:
        calls.append(1)
        if conflicts["left"] != 0:
            body = kwargs["Body"]
            if hasattr(body, "read"):
                body.read()  # a body consumed by the failed attempt must be rewound for the next
            conflicts["left"] -= 1
            error = {"Error": {"Code": "ConditionalRequestConflict", "Message": "conflict"}}
            raise ClientError({**error, "ResponseMetadata": {"HTTPStatusCode": 409}}, "PutObject")
        return real(**kwargs)

    monkeypatch.setattr(store.client, "put_object", put_object)
    local = tmp_path / "file"
    local.write_bytes(b"some bytes\n")
    md5 = hashlib.md5(b"some bytes\n").digest()
    assert store.put_file("a/file", local, md5, local.stat().st_size, if_none_match=True) == md5.hex()
    assert len(calls) == 3
    fetched = store.get("a/file")
    assert fetched is not None and fetched.data == b"some bytes\n"
    calls.clear()
    conflicts["left"] = -1  # for ever
    with pytest.raises(PreconditionFailed):
        store.put("a/other", b"x", if_none_match=True)
    assert len(calls) == CONFLICT_RETRIES + 1
    assert store.get("a/other") is None


# --- crashes and concurrent writers -------------------------------------------------------------------

CRASH = """
import os, sys
from pathlib import Path
from archiver.s3.client import S3Options
from archiver.repository import s3_ocfl
from archiver.repository.s3_ocfl import S3OcflRepository
from archiver.repository.s3_ocfl_store import S3Store

real_put = S3Store.put
def put(self, rel, data, **kwargs):
    if rel.endswith("/" + sys.argv[3] + "/inventory.json"):
        os._exit(3)  # the process dies: no lock released, nothing cleaned up
    return real_put(self, rel, data, **kwargs)
S3Store.put = put
options = S3Options(endpoint_url=os.environ["E"], region="us-east-1", access_key=os.environ["A"],
                    secret_key=os.environ["S"])
S3OcflRepository.open(sys.argv[1], options=options).ingest(Path(sys.argv[2]))
"""


def crash_ingest(s3: S3Server, url: str, bag: Path, version: str) -> None:
    """Ingest in another process that dies after the content of ``version`` and before its inventory."""
    env = {**os.environ, "E": s3.endpoint_url, "A": s3.access_key, "S": s3.secret_key}
    run = subprocess.run(
        [sys.executable, "-c", CRASH, url, str(bag), version],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 3, run.stderr


def test_a_crash_before_the_inventory_leaves_the_previous_version_and_a_rerun_completes(
    s3: S3Server, url: str, options: S3Options, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    path, object_id = bag
    repo = S3OcflRepository.init(url, options=options, stale_after=2.0)
    first = repo.ingest(path)
    # the writer that dies had a draft: other bytes at the same paths, and a file the re-run does not have
    draft = make_bag(tmp_path / "draft" / "story", ARTICLE + b"Draft.\n", "2024-05-07", {"notes.txt": b"n\n"})
    crash_ingest(s3, url, draft, "v2")
    # the object is still v1, valid; the v2 content the writer left is no part of it; its lock is left behind
    assert repo.inventory(object_id)["head"] == "v1"
    assert [s.head for s in repo.list_objects()] == ["v1"]
    assert any("/v2/content/" in k for k in keys(repo, first.object_path))
    assert lock_key(object_id) in keys(repo, LOCKS_DIR)
    assert_valid_download(repo, object_id, tmp_path / "after-crash", "v1")
    assert repo.audit(record_events=False).ok
    leftovers = keys(repo, f"{first.object_path}/v2/")
    assert f"{first.object_path}/v2/content/data/notes.txt" in leftovers
    raw = repo.download_object(object_id, tmp_path / "raw", committed_only=False)
    assert {f.code for f in validate_object(raw).findings} == {"E046"}  # v2/: a version no inventory lists
    # the re-run waits for the dead writer's lock to go stale, takes it over, and completes v2
    again = repo.ingest(bag_v2, lock_timeout=30)
    assert (again.outcome, again.version) == ("updated", "v2")
    assert lock_key(object_id) not in keys(repo, LOCKS_DIR)
    root = assert_valid_download(repo, object_id, tmp_path / "after-rerun", "v2")
    assert len([p for p in (root / "v2" / "content").rglob("*") if p.is_file()]) == again.stored
    assert f"{first.object_path}/v2/content/data/notes.txt" not in keys(repo, f"{first.object_path}/v2/")
    assert bag_files(repo.export(object_id, tmp_path / "out")) == bag_files(bag_v2)


def test_ingest_many_reports_each_bag_and_refuses_an_invalid_one_before_any_request(
    repo: S3OcflRepository, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    damaged = make_bag(tmp_path / "damaged" / "story")
    (damaged / "data" / "original" / "story.txt").write_bytes(b"changed after bagging\n")
    before = repo.requests.totals.copy()
    [refused] = repo.ingest_many([damaged])
    assert refused.outcome == "refused" and refused.error is not None
    assert refused.error.code == "INGEST_INVALID_BAG"
    assert repo.requests.totals == before  # nothing was sent for it
    seen: list[str] = []
    results = repo.ingest_many(
        [bag[0], bag_v2, tmp_path / "missing"], on_result=lambda _bag, r: seen.append(r.outcome)
    )
    assert [r.outcome for r in results] == seen == ["created", "updated", "failed"]
    assert results[2].error is not None and results[2].error.code == "INGEST_NOT_A_BAG"
    assert [(r.operation, r.outcome) for r in repo.request_log] == [
        ("ingest", "created"),
        ("ingest", "updated"),
    ]


def test_ingest_and_audit_in_threads_keep_input_order_versions_and_request_counts(
    repo: S3OcflRepository, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    """Twelve bags in six threads: results (and ``on_result``) in input order, the two versions of one object
    numbered in the order given though nine other bags lie between them, each ingest's requests counted
    apart from the others' (the exact count of a new object, every one), then the audit in threads."""
    others = [
        other_bag(tmp_path / "many" / f"b{n}", f"urn:uuid:00000000-0000-4000-8000-1{n:011d}")
        for n in range(10)
    ]
    bags = [*others[:2], bag[0], *others[2:], bag_v2]
    with pytest.raises(ArchiverError) as info:  # one --id for several bags: versions in no stated order
        repo.ingest_many(bags[:2], object_id=IDENTIFIER)
    assert info.value.code == "INGEST_ID_ONE_BAG"
    seen: list[Path] = []
    results = repo.ingest_many(bags, jobs=6, on_result=lambda b, _r: seen.append(b))
    assert seen == bags
    assert [r.outcome for r in results] == ["created"] * 11 + ["updated"]
    assert (results[2].version, results[-1].version) == ("v1", "v2")
    stored = {r.object_id: r.stored for r in results if r.outcome == "created"}
    created = {r.object_id: r.total for r in repo.request_log if r.outcome == "created"}
    assert created == {object_id: n + 13 for object_id, n in stored.items()}
    report = repo.audit(jobs=6)
    assert report.ok and len(report.objects) == 11 and all(o.event_recorded for o in report.objects)
    assert [o.object_path for o in report.objects] == [t for t, _ in repo.audit_targets()]
    # the listing side by side, by top-level folder, finds what one listing finds, in the same order,
    # leaving out the root's extensions and a declaration in the root itself
    repo.store.put("extensions/0=ocfl_object_1.1", b"ocfl_object_1.1\n")
    repo.store.put("extensions/x/0=ocfl_object_1.1", b"ocfl_object_1.1\n")
    repo.store.put("extensions/x/inventory.json", b"{}")
    one = list(repo.iter_object_roots())
    assert list(repo.iter_object_roots(threads=4)) == one and len(one) == 11
    assert [s.path for s in repo.list_objects()] == one


def test_a_new_object_whose_writer_crashed_is_invisible(
    s3: S3Server, url: str, options: S3Options, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, object_id = bag
    repo = S3OcflRepository.init(url, options=options, stale_after=2.0)
    crash_ingest(s3, url, path, "v1")
    assert list(repo.list_objects()) == []
    with pytest.raises(ArchiverError) as info:
        repo.show(object_id)
    assert info.value.code == "OBJECT_NOT_FOUND"
    assert repo.ingest(path, lock_timeout=30).outcome == "created"
    assert_valid_download(repo, object_id, tmp_path / "copy", "v1")


RACE = """
import json, os, sys
from pathlib import Path
from archiver.errors import ArchiverError
from archiver.s3.client import S3Options
from archiver.repository.s3_ocfl import S3OcflRepository

options = S3Options(endpoint_url=os.environ["E"], region="us-east-1", access_key=os.environ["A"],
                    secret_key=os.environ["S"])
repo = S3OcflRepository.open(sys.argv[1], options=options)
try:
    result = repo.ingest(Path(sys.argv[2]), lock_timeout=float(sys.argv[3]))
    print(json.dumps([result.outcome, result.version]))
except ArchiverError as exc:
    print(json.dumps(["error", exc.code]))
"""


def test_two_processes_ingesting_one_object_at_once(
    s3: S3Server, url: str, options: S3Options, bag: tuple[Path, str], bag_v2: Path, tmp_path: Path
) -> None:
    """Two processes, each its own client, started together on two versions of one object: whichever
    wins the lock makes v1, the other waits for it and makes v2; the object is valid."""
    path, object_id = bag
    repo = S3OcflRepository.init(url, options=options)
    env = {**os.environ, "E": s3.endpoint_url, "A": s3.access_key, "S": s3.secret_key}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, url, str(one), "60"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for one in (path, bag_v2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    results = sorted(tuple(json.loads(out.strip().splitlines()[-1])) for out, _err in outputs)
    assert results == [("created", "v1"), ("updated", "v2")], outputs
    assert keys(repo, LOCKS_DIR) == []
    assert_valid_download(repo, object_id, tmp_path / "copy", "v2")


def pause_thread(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, thread_name: str, go: threading.Event
) -> threading.Event:
    """Hold the thread named ``thread_name`` at its first call of ``owner.name`` until ``go`` is set."""
    reached = threading.Event()
    real = getattr(owner, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == thread_name and not go.is_set():
            reached.set()
            go.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, paused)
    return reached


def test_two_concurrent_ingests_of_one_object(
    url: str,
    options: S3Options,
    bag: tuple[Path, str],
    bag_v2: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two writers ("two machines": two clients) at once: the one that finds the lock held fails cleanly
    with S3_OCFL_LOCKED, or, told to wait, makes the next version once the first is done."""
    path, object_id = bag
    first = S3OcflRepository.init(url, options=options)
    second = S3OcflRepository.open(url, options=options)
    go = threading.Event()
    reached = pause_thread(monkeypatch, S3Store, "put_file", "writer-a", go)
    outcome: dict[str, Any] = {}
    writer_a = threading.Thread(
        target=lambda: outcome.setdefault("a", first.ingest(path)), name="writer-a", daemon=True
    )
    writer_a.start()
    assert reached.wait(60)  # writer A holds the lock, halfway through its upload
    with pytest.raises(ArchiverError) as info:
        second.ingest(bag_v2, lock_timeout=0)
    assert info.value.code == "S3_OCFL_LOCKED" and "being written by another ingest" in info.value.message
    writer_b = threading.Thread(
        target=lambda: outcome.setdefault("b", second.ingest(bag_v2, lock_timeout=60)), name="writer-b"
    )
    writer_b.start()
    time.sleep(1.0)  # B is waiting for the lock
    assert "b" not in outcome
    go.set()
    writer_a.join(60)
    writer_b.join(60)
    assert (outcome["a"].outcome, outcome["a"].version) == ("created", "v1")
    assert (outcome["b"].outcome, outcome["b"].version) == ("updated", "v2")
    assert keys(first, LOCKS_DIR) == []
    assert_valid_download(first, object_id, tmp_path / "copy", "v2")


def test_a_writer_whose_lock_was_taken_over_cannot_commit(
    url: str,
    options: S3Options,
    bag: tuple[Path, str],
    bag_v2: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A writer stalled past ``stale_after`` (alive, but presumed dead) loses its lock to another; when it
    wakes up, its refresh fails and it stops before its commit: one version, the other writer's."""
    path, object_id = bag
    slow = S3OcflRepository.init(url, options=options, stale_after=1.5)
    fast = S3OcflRepository.open(url, options=options, stale_after=1.5)
    go = threading.Event()
    reached = pause_thread(monkeypatch, s3_ocfl, "file_md5", "slow", go)  # before its first content PUT
    errors: list[ArchiverError] = []

    def run_slow() -> None:
        try:
            slow.ingest(path)
        except ArchiverError as exc:
            errors.append(exc)

    stalled = threading.Thread(target=run_slow, name="slow", daemon=True)
    stalled.start()
    assert reached.wait(60)
    taken = fast.ingest(bag_v2, lock_timeout=30)  # waits until the stalled writer's lock is stale
    assert (taken.outcome, taken.version) == ("created", "v1")
    go.set()
    stalled.join(60)
    assert [e.code for e in errors] == ["S3_OCFL_LOCK_LOST"]
    assert fast.inventory(object_id)["head"] == "v1"
    assert bag_files(fast.export(object_id, tmp_path / "out")) == bag_files(bag_v2)
    assert_valid_download(fast, object_id, tmp_path / "copy", "v1")


def test_a_stale_lock_is_taken_over_after_its_timeout(
    repo: S3OcflRepository, url: str, options: S3Options, bag: tuple[Path, str]
) -> None:
    path, object_id = bag
    key = lock_key(object_id)
    repo.store.put(key, b'{"owner": "urn:uuid:dead", "host": "elsewhere", "pid": 1}', if_none_match=True)
    patient = S3OcflRepository.open(url, options=options, stale_after=2.0)
    with pytest.raises(ArchiverError) as info:
        patient.ingest(path, lock_timeout=0)
    assert info.value.code == "S3_OCFL_LOCKED" and "elsewhere" in info.value.message
    time.sleep(3.5)  # the server's Date has whole seconds: a margin over stale_after
    result = patient.ingest(path, lock_timeout=0)
    assert result.outcome == "created"
    assert key not in keys(repo, LOCKS_DIR)


# --- the command line -----------------------------------------------------------------------------------


def cli(s3: S3Server, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    environ.pop("ARCHIVER_CLUSTER", None)
    environ.update(AWS_ACCESS_KEY_ID=s3.access_key, AWS_SECRET_ACCESS_KEY=s3.secret_key, AWS_REGION=s3.region)
    command = [sys.executable, "-m", "archiver", *args, "--endpoint-url", s3.endpoint_url]
    return subprocess.run(command, capture_output=True, text=True, env=environ, cwd=cwd, timeout=300)


def test_the_commands_take_an_ocfl_root_on_s3_by_its_url(
    tmp_path: Path, s3: S3Server, url: str, bag: tuple[Path, str], bag_v2: Path, client: Any, bucket: str
) -> None:
    """init, ingest, list, show, export and audit as a user runs them; a bucket of bags is told apart from
    an OCFL root by the root's declaration."""
    made = cli(s3, "repo", "init", url, cwd=tmp_path)
    assert made.returncode == 0 and made.stdout.startswith("created OCFL repository at s3://"), made.stderr
    again = cli(s3, "repo", "init", url, cwd=tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("exists "), again.stderr
    path, object_id = bag
    first = cli(
        s3,
        "ingest",
        str(path),
        "--into",
        url,
        "--json",
        "--user-address",
        "mailto:a@example.org",
        cwd=tmp_path,
    )
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["outcome"] == "created" and json.loads(first.stdout)["version"] == "v1"
    second = cli(s3, "ingest", str(bag_v2), "--into", url, "--json", cwd=tmp_path)
    assert json.loads(second.stdout)["version"] == "v2", second.stderr
    listed = cli(s3, "repo", "list", url, "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    (summary,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert summary["head"] == "v2" and summary["versions"] == 2
    shown = cli(s3, "repo", "show", object_id, "--from", url, "--json", "--version", "v1", cwd=tmp_path)
    assert shown.returncode == 0 and json.loads(shown.stdout)["version"] == "v1", shown.stderr
    exported = cli(s3, "export", object_id, "-o", "out", "--from", url, "--version", "v1", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    out = Path(exported.stdout.strip())
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == {
        p.relative_to(path): p.read_bytes() for p in path.rglob("*") if p.is_file()
    }
    audited = cli(s3, "audit", url, "--json", cwd=tmp_path)
    assert audited.returncode == 0 and json.loads(audited.stdout)["ok"], audited.stdout
    # Bit rot in a stored file: the audit says where, and exits 1.
    content = next(k for k in keys(S3OcflRepository.open(url, client=client)) if k.endswith("story.txt"))
    _, prefix = url.removeprefix("s3://").split("/", 1)
    client.put_object(Bucket=bucket, Key=f"{prefix}/{content}", Body=b"rotten")
    damaged = cli(s3, "audit", url, cwd=tmp_path)
    assert damaged.returncode == 1 and "DAMAGED" in damaged.stdout and "E092" in damaged.stdout, (
        damaged.stdout
    )
    # the audit above failed, so the object is due however recent its audit
    cycle = cli(s3, "audit", url, "--since", "90d", "--json", cwd=tmp_path)
    assert cycle.returncode == 1 and json.loads(cycle.stdout)["skipped_objects"] == 0, cycle.stdout


def test_commands_that_need_an_ocfl_root_say_when_a_prefix_is_none(
    tmp_path: Path, s3: S3Server, url: str
) -> None:
    bag = make_bag(tmp_path / "bag")
    into_bucket = cli(s3, "ingest", str(bag), "--into", url, "--id", IDENTIFIER, cwd=tmp_path)
    assert into_bucket.returncode == 2 and "error[INGEST_ID_S3]" in into_bucket.stderr, into_bucket.stderr
    got = cli(s3, "export", IDENTIFIER, "-o", "out", "--from", url, cwd=tmp_path)
    assert got.returncode == 2 and "error[S3_NOT_OCFL_ROOT]" in got.stderr, got.stderr
    since = cli(s3, "audit", url, "--since", "90d", cwd=tmp_path)  # bags keep no audit log
    assert since.returncode == 2 and "error[AUDIT_OPTION_LOCAL_ONLY]" in since.stderr, since.stderr
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    command = [sys.executable, "-m", "archiver", "repo", "diff", IDENTIFIER, "--from", url]
    diff = subprocess.run(command, capture_output=True, text=True, env=environ, cwd=tmp_path, timeout=60)
    assert diff.returncode == 2 and "error[REPO_S3_UNSUPPORTED]" in diff.stderr, diff.stderr


# --- on a Dask cluster ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_cluster(s3: S3Server) -> Iterator[Any]:
    """A real scheduler and two workers with credentials of their own (none travel with the tasks)."""
    pytest.importorskip("distributed")
    from tests import daskcluster

    creds = {
        "AWS_ACCESS_KEY_ID": s3.access_key,
        "AWS_SECRET_ACCESS_KEY": s3.secret_key,
        "AWS_REGION": s3.region,
    }
    with daskcluster.running(workers=2, config=creds) as started:
        yield started


def test_ingest_and_audit_on_a_cluster_give_a_local_runs_objects_and_report(
    tmp_path: Path,
    s3: S3Server,
    url: str,
    dask_cluster: Any,
    client: Any,
    bucket: str,
    options: S3Options,
) -> None:
    """Six bags, two of them versions of one object: v1 and v2 in the order given, whatever order the
    tasks run in; the audit through the cluster reports what a local audit reports."""
    bags = []
    for n in range(5):
        identifier = f"urn:uuid:00000000-0000-4000-8000-{n:012d}"
        where = tmp_path / "bags" / f"b{n}"
        where.mkdir(parents=True)
        payload = [PayloadFile("original/story.txt", ARTICLE + f"Item {n}.\n".encode())]
        write_bag(where, payload, [("External-Identifier", identifier)], durable=False)
        bags.append(str(where))
    bags.append(str(make_bag(tmp_path / "bags" / "b5")))
    bags.append(str(make_bag(tmp_path / "bags" / "b6", ARTICLE + b"Corrected.\n", "2024-05-07")))
    assert cli(s3, "repo", "init", url, cwd=tmp_path).returncode == 0
    got = cli(s3, "ingest", *bags, "--into", url, "--json", "--cluster", dask_cluster.address, cwd=tmp_path)
    assert got.returncode == 0, got.stderr
    lines = [json.loads(line) for line in got.stdout.splitlines()]
    assert [r["outcome"] for r in lines] == ["created"] * 6 + ["updated"]
    assert [r["version"] for r in lines[-2:]] == ["v1", "v2"]
    local = cli(s3, "audit", url, "--json", "--quiet", cwd=tmp_path)
    remote = cli(s3, "audit", url, "--json", "--cluster", dask_cluster.address, cwd=tmp_path)
    assert (local.returncode, remote.returncode) == (0, 0), remote.stderr

    def counts(report: str) -> dict[str, Any]:
        return {k: v for k, v in json.loads(report).items() if k not in ("started", "finished")}

    assert counts(remote.stdout) == counts(local.stdout) and counts(local.stdout)["objects"] == 6
    repo = S3OcflRepository.open(url, client=client)
    assert_valid_download(repo, IDENTIFIER, tmp_path / "download", "v2")
    # A copy of an object at a root its layout would not give it, and one whose root inventory is cut: the
    # cluster audits the local audit's targets, each by its root (not re-mapped from its ID on the worker).
    op = repo.object_path(IDENTIFIER)
    for listed in repo.store.list(f"{op}/")[0]:
        got = repo.store.get(listed.rel)
        assert got is not None
        rel = listed.rel[len(op) + 1 :]
        repo.store.put(f"misplaced/copy/{rel}", got.data)
        cut = got.data[: len(got.data) // 2] if rel == "inventory.json" else got.data
        repo.store.put(f"misplaced/cut/{rel}", cut)
    from archiver.cluster import ClusterSpec
    from archiver.repository.s3_ocfl_cluster import audit_on_cluster

    mine = repo.audit()
    theirs = audit_on_cluster(url, options, ClusterSpec.parse(dask_cluster.address))

    def audited(report: Any) -> list[tuple[str, str | None, bool, list[str]]]:
        return [
            (o.object_path, o.object_id, o.ok, sorted(i.finding.code for i in o.issues))
            for o in report.objects
        ]

    assert audited(theirs) == audited(mine)
    assert {"misplaced/copy", "misplaced/cut"} <= {o.object_path for o in theirs.objects}
    assert len(theirs.objects) == 8 and not theirs.ok
    # --since on the cluster: the workers read the logs; only the damaged objects (failed last) are due
    cycle = cli(s3, "audit", url, "--json", "--since", "90d", "--cluster", dask_cluster.address, cwd=tmp_path)
    assert cycle.returncode == 1, cycle.stderr
    report = json.loads(cycle.stdout)
    damaged = sum(1 for o in theirs.objects if not o.ok)
    assert (report["skipped_objects"], report["damaged_objects"]) == (8 - damaged, damaged), report
