"""``audit``: damage stored objects in the ways storage fails, and see each reported where it happened."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from archiver.formats.ocfl.versions import encode_inventory
from archiver.repository import OcflRepository
from archiver.repository.audit import CODES, audit
from archiver.repository.events import read_events
from archiver.validation.findings import REGISTRY, Severity
from tests.conftest import ARTICLES
from tests.test_repository_ocfl import edited_article, flip_byte, make_bag, ocfl

Damage = Callable[[Path], object]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A repository with two objects, one of them with a second version; built once, copied per test."""
    tmp = tmp_path_factory.mktemp("audit")
    repo = OcflRepository.init(tmp / "repo", durable=False)
    bag, plain_id = make_bag(ARTICLES / "plain.txt", tmp / "bags")
    address = "mailto:archivist@example.org"  # without one, every version is W008 (OCFL 1.1 §3.5.3.1)
    repo.ingest(bag, user_address=address)
    make_bag(edited_article(tmp), tmp / "bags", identifier=plain_id, replace=True)
    repo.ingest(bag, user_address=address)
    french, french_id = make_bag(ARTICLES / "french.txt", tmp / "bags")
    repo.ingest(french, user_address=address)
    return repo.root, {"plain": plain_id, "french": french_id}


@pytest.fixture
def copy(pristine: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[OcflRepository, dict[str, str]]:
    root, ids = pristine
    shutil.copytree(root, tmp_path / "repo")
    return OcflRepository.open(tmp_path / "repo", durable=False), ids


def test_an_intact_repository_audits_clean_and_records_events(
    copy: tuple[OcflRepository, dict[str, str]],
) -> None:
    repo, ids = copy
    seen: list[tuple[int, int]] = []
    report = audit(repo.root, on_progress=lambda done, total, _path: seen.append((done, total)))
    # The one warning: our workspace is a local storage-root extension, not a registered one (W016).
    assert report.ok and {(i.finding.code, i.finding.path) for i in report.issues} == {
        ("W016", "extensions/archiver-workspace")
    }
    assert [o.object_id for o in report.objects] == [
        o.object_id for o in sorted(report.objects, key=lambda o: o.object_path)
    ]
    assert {o.object_id for o in report.objects} == set(ids.values())
    assert seen[-1] == (2, 2)
    plain = next(o for o in report.objects if o.object_id == ids["plain"])
    assert plain.head == "v2" and plain.files > 9  # v1's nine plus v2's changed ones
    events = read_events(repo.object_root(ids["plain"]))
    assert events[-1]["eventType"] == "fixity check" and events[-1]["eventOutcome"] == "success"
    assert events[-1]["eventDetail"].startswith("audit:")
    assert report.report().valid


def _content(obj: Path, version: str, logical: str) -> Path:
    return obj / version / "content" / logical


def _rewrite_inventory(obj: Path, change: Callable[[dict[str, Any]], Any], *, fix_sidecar: bool) -> None:
    inventory = json.loads((obj / "inventory.json").read_bytes())
    change(inventory)
    data, sidecar = encode_inventory(inventory)
    (obj / "inventory.json").write_bytes(data)
    if fix_sidecar:
        (obj / "inventory.json.sha512").write_bytes(sidecar)


def _tamper_message(inventory: dict[str, Any]) -> None:
    inventory["versions"]["v1"]["message"] = "tampered"


DAMAGES: dict[str, tuple[Damage, set[str], str | None, str | None]] = {
    # name: (damage, codes expected, version, logical path)
    "flipped byte": (
        lambda o: flip_byte(_content(o, "v1", "bagit.txt"), 5),
        {"E092", "E093"},
        "v1",
        "bagit.txt",
    ),
    "truncated": (
        lambda o: _content(o, "v1", "data/original/plain.txt").write_bytes(
            _content(o, "v1", "data/original/plain.txt").read_bytes()[:20]
        ),
        {"E092", "E093"},
        "v1",
        "data/original/plain.txt",
    ),
    "deleted": (
        lambda o: _content(o, "v2", "bag-info.txt").unlink(),
        {"E092"},
        "v2",
        "bag-info.txt",
    ),
    "stray file in content": (
        lambda o: _content(o, "v1", "data/extra.txt").write_text("not ingested\n"),
        {"E023"},
        "v1",
        None,
    ),
    "inventory edited, sidecar stale": (
        lambda o: _rewrite_inventory(o, _tamper_message, fix_sidecar=False),
        {"E060", "E064"},
        None,
        None,
    ),
    "root sidecar deleted": (
        lambda o: (o / "inventory.json.sha512").unlink(),
        {"E058"},
        None,
        None,
    ),
    "version sidecar deleted": (
        lambda o: (o / "v1" / "inventory.json.sha512").unlink(),
        {"E058"},
        "v1",
        None,
    ),
    "version directory not in inventory": (
        lambda o: (o / "v3" / "content").mkdir(parents=True),
        {"E046"},
        "v3",
        None,
    ),
    "head key removed": (
        lambda o: _rewrite_inventory(o, lambda i: i.pop("head"), fix_sidecar=True),
        {"E036", "E064"},
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_each_kind_of_damage_is_reported_where_it_happened(
    copy: tuple[OcflRepository, dict[str, str]], name: str
) -> None:
    repo, ids = copy
    damage, codes, version, logical = DAMAGES[name]
    obj = repo.object_root(ids["plain"])
    damage(obj)
    report = audit(repo.root)
    assert not report.ok
    issues = [i for i in report.issues if i.finding.severity is Severity.ERROR]
    assert {i.finding.code for i in issues} <= codes and issues, [i.to_dict() for i in issues]
    assert {i.object_path for i in issues} == {repo.object_path(ids["plain"])}
    first = issues[0]
    assert first.version == version
    assert first.logical_path == logical
    intact = next(o for o in report.objects if o.object_id == ids["french"])
    assert intact.ok
    validator = ocfl.validator.Validator()
    assert not validator.validate_object(str(obj)), "ocfl-py agrees the object is damaged"
    events = read_events(obj)
    assert events[-1]["eventOutcome"] == "failure" or "head" in name or "stale" in name


def test_a_stray_folder_and_an_empty_folder_in_the_hierarchy_are_reported(
    copy: tuple[OcflRepository, dict[str, str]],
) -> None:
    repo, _ids = copy
    (repo.root / "abc" / "def" / "123" / "not-an-object").mkdir(parents=True)
    (repo.root / "abc" / "def" / "123" / "not-an-object" / "x.txt").write_text("x")
    (repo.root / "fff" / "eee").mkdir(parents=True)
    report = audit(repo.root)
    codes = {(i.finding.code, i.object_path) for i in report.root_issues}
    assert ("E072", "abc/def/123/not-an-object/x.txt") in codes, codes
    assert ("E073", "fff/eee") in codes, codes
    assert not report.ok


def test_audit_codes_are_registered_with_spec_sections() -> None:
    """Audits report the OCFL specification's own codes; AUDIT-LOCKED is the one code of audit's own."""
    assert set(CODES) == {"AUDIT-LOCKED"}
    for code, info in CODES.items():
        assert REGISTRY[code] is info and info.spec.startswith("OCFL 1.1")
    assert REGISTRY["E092"].severity is Severity.ERROR and REGISTRY["W004"].severity is Severity.WARNING


# audit --since: the preservation cycle -------------------------------------------------------------------


def _age_events(obj: Path, days: int) -> None:
    """Move every event of the object's log ``days`` into the past, as if it had been written then."""
    from datetime import datetime, timedelta

    log = obj / "logs" / "events.jsonl"
    lines = []
    for line in log.read_bytes().splitlines():
        event = json.loads(line)
        when = datetime.fromisoformat(event["eventDateTime"]) - timedelta(days=days)
        event["eventDateTime"] = when.isoformat().replace("+00:00", "Z")
        lines.append(json.dumps(event).encode())
    log.write_bytes(b"\n".join(lines) + b"\n")


def test_since_audits_only_the_objects_not_checked_within_that_time(
    copy: tuple[OcflRepository, dict[str, str]],
) -> None:
    """An ingest's own check does not count (it reads only its version's files), so a new repository is all
    due; once audited, only an object whose audit is 100 days old is due under --since 90d, and its new
    audit is recorded as today."""
    from datetime import timedelta

    repo, ids = copy
    first = audit(repo.root, since=timedelta(days=90))
    assert first.to_dict()["skipped_objects"] == 0
    old = repo.object_root(ids["plain"])
    _age_events(old, 100)
    report = audit(repo.root, since=timedelta(days=90))
    by_id = {o.object_id: o for o in report.objects}
    assert by_id[ids["plain"]].skipped_since is None and by_id[ids["plain"]].files > 9
    skipped = by_id[ids["french"]]
    assert skipped.skipped_since is not None and skipped.files == 0 and skipped.head == "v1"
    assert report.to_dict()["skipped_objects"] == 1 and report.ok
    audits = [
        e for e in read_events(repo.object_root(ids["french"])) if e["eventDetail"].startswith("audit:")
    ]
    assert len(audits) == 1  # skipped: nothing recorded
    last = read_events(old)[-1]
    assert last["eventType"] == "fixity check" and last["eventDateTime"] == report.started
    # Now both are recent: nothing is due.
    again = audit(repo.root, since=timedelta(days=90))
    assert again.to_dict()["skipped_objects"] == 2


def test_since_takes_no_future_audit_and_no_unreadable_log_for_a_check(
    copy: tuple[OcflRepository, dict[str, str]],
) -> None:
    from datetime import timedelta

    repo, ids = copy
    audit(repo.root)
    _age_events(repo.object_root(ids["plain"]), -36500)  # a century ahead: a wrong clock, an edited log
    log = repo.object_root(ids["french"]) / "logs" / "events.jsonl"
    log.unlink()
    log.mkdir()  # cannot be read as a file
    report = audit(repo.root, since=timedelta(days=90), record_events=False)
    assert report.to_dict()["skipped_objects"] == 0


def test_since_audits_a_damaged_object_every_time(copy: tuple[OcflRepository, dict[str, str]]) -> None:
    """A failed check does not restart the clock: the damage is reported again on the next cycle."""
    from datetime import timedelta

    repo, ids = copy
    obj = repo.object_root(ids["french"])
    audit(repo.root)
    _age_events(obj, 100)
    stored = next((obj / "v1" / "content").rglob("*.txt"))
    flip_byte(stored)
    for _ in range(2):
        report = audit(repo.root, since=timedelta(days=90))
        damaged = next(o for o in report.objects if o.object_id == ids["french"])
        assert damaged.skipped_since is None and not damaged.ok


def test_since_still_applies_the_roots_rules_to_skipped_objects(
    copy: tuple[OcflRepository, dict[str, str]],
) -> None:
    """A skipped object still has its id and path checked against the others (unique ids, §3.5.1 E037)."""
    from datetime import timedelta

    repo, ids = copy
    audit(repo.root)
    twin = repo.root / "twin"
    shutil.copytree(repo.object_root(ids["french"]), twin)
    report = audit(repo.root, since=timedelta(days=90))
    assert {o.skipped_since is not None for o in report.objects} == {True}
    assert "E037" in {i.finding.code for i in report.root_issues}


@pytest.mark.parametrize("text", ["90", "d", "-3d", "90 days", "1.5d", "90m", "3000y"])
def test_an_age_is_a_number_and_a_unit(text: str) -> None:
    from archiver.errors import UsageError
    from archiver.repository.audit import parse_age

    with pytest.raises(UsageError) as caught:
        parse_age(text)
    assert caught.value.code == "AUDIT_SINCE_INVALID"


def test_ages_in_hours_days_weeks_and_years() -> None:
    from datetime import timedelta

    from archiver.repository.audit import parse_age

    assert [parse_age(t) for t in ("36h", "90d", "12W", " 1y ")] == [
        timedelta(hours=36),
        timedelta(days=90),
        timedelta(weeks=12),
        timedelta(days=365),
    ]
