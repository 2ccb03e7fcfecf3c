"""Everyday use of the repository commands (issue 17), run as a user runs them: ``python -m archiver ...``.

What an archivist sees (a summary line after many bags, ``--quiet``), the errors that say what to do (a
bag's bare UUID, ``--version 2``, an export folder that exists, a bag without External-Identifier, no
repository left behind by a refused ingest), and what the commands accept (``ingest --id``, ``repo list``
with titles and filters, ``repo show --version``, ``repo diff``, ``repo log``, the version's user).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import bagit
import pytest

from archiver.repository import OcflRepository
from archiver.repository.events import read_events
from tests.conftest import ARTICLES, REPO_ROOT
from tests.s3server import S3Server
from tests.test_repository_ocfl import edited_article, flip_byte, make_bag

pytestmark = pytest.mark.slow

ocfl = pytest.importorskip("ocfl", reason="ocfl-py (the independent OCFL validator) is not installed")


def run_cli(tmp_path: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m archiver ARGS`` with config and data folders inside tmp_path (no real home folder)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ARCHIVER_", "AWS_"))}
    environment.update(
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        PYTHONPATH=str(REPO_ROOT),
        COLUMNS="200",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "archiver", *(str(a) for a in args)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def ocfl_py_findings(object_root: Path) -> str:
    """ocfl-py's verdict on one object: '' when valid without a single warning, else its messages."""
    validator = ocfl.validator.Validator(check_digests=False, lax_digests=True)
    valid = validator.validate_object(str(object_root))
    return "" if valid and not validator.log.codes else validator.status_str()


def foreign_bag(where: Path, text: str = "hello\n") -> Path:
    """A valid bag made by another tool (bagit-python): no External-Identifier, no profile of ours."""
    where.mkdir(parents=True)
    (where / "page.txt").write_text(text)
    bagit.make_bag(
        str(where),
        {"Source-Organization": "Elsewhere", "External-Description": "A bag from bagit-python"},
        checksums=["sha256", "sha512"],
    )
    return where


@pytest.fixture
def bags(tmp_path: Path) -> list[tuple[Path, str]]:
    return [make_bag(ARTICLES / name, tmp_path / "bags") for name in ("plain.txt", "french.txt")]


@pytest.fixture
def repo_with_two_versions(tmp_path: Path, bags: list[tuple[Path, str]]) -> tuple[Path, str]:
    """A repository holding both bags, the first with a corrected v2; returns (repository, its ID)."""
    repo = tmp_path / "repo"
    path, identifier = bags[0]
    first = run_cli(tmp_path, "ingest", *(b for b, _ in bags), "--into", repo)
    assert first.returncode == 0, first.stderr
    make_bag(edited_article(tmp_path), tmp_path / "bags", identifier=identifier, replace=True)
    second = run_cli(tmp_path, "ingest", path, "--into", repo, "-m", "Correction")
    assert second.returncode == 0 and " v2 " in second.stdout, second.stderr
    return repo, identifier


# --------------------------------------------------------------------------------------------------------
# summaries and quiet modes
# --------------------------------------------------------------------------------------------------------

SUMMARY = re.compile(
    r"^(\d+) bags: (\d+) new objects?, (\d+) new versions?, (\d+) unchanged, (\d+) failed \(\d+\.\d s\)$"
)


def summary_counts(stderr: str) -> tuple[int, ...]:
    match = SUMMARY.match(stderr.strip().splitlines()[-1])
    assert match, stderr
    return tuple(int(n) for n in match.groups())


def test_ingest_of_several_bags_ends_with_a_summary_and_quiet_shows_only_failures(
    tmp_path: Path, bags: list[tuple[Path, str]]
) -> None:
    bad, _ = make_bag(ARTICLES / "latin1.txt", tmp_path / "bad")
    flip_byte(next((bad / "data" / "original").iterdir()))
    repo = tmp_path / "repo"
    first = run_cli(tmp_path, "ingest", bags[0][0], bags[1][0], bad, "--into", repo)
    assert first.returncode == 1
    assert summary_counts(first.stderr) == (3, 2, 0, 0, 1)
    assert first.stdout.count("created ") == 2

    again = run_cli(tmp_path, "ingest", bags[0][0], bags[1][0], bad, "--into", repo, "--quiet")
    assert again.returncode == 1
    assert again.stdout == ""  # the unchanged bags are not listed
    assert "error[INGEST_INVALID_BAG]" in again.stderr and str(bad) in again.stderr
    assert summary_counts(again.stderr) == (3, 0, 0, 2, 1)

    one = run_cli(tmp_path, "ingest", bags[0][0], "--into", repo)
    assert one.returncode == 0 and "bags:" not in one.stderr  # one bag: its line says it all


def test_audit_of_several_objects_ends_with_a_summary(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    repo = tmp_path / "repo"
    assert run_cli(tmp_path, "ingest", *(b for b, _ in bags), "--into", repo).returncode == 0
    audited = run_cli(tmp_path, "audit", repo, "--quiet")
    assert audited.returncode == 0, audited.stderr
    assert re.search(r"^2 objects: 2 intact, 0 damaged \(\d+\.\d s\)$", audited.stderr, re.M), audited.stderr
    assert audited.stdout == ""  # --quiet: an intact repository prints only the summary


# --------------------------------------------------------------------------------------------------------
# errors that say what to do
# --------------------------------------------------------------------------------------------------------


def test_a_bare_uuid_is_answered_with_the_urn_that_exists(
    tmp_path: Path, bags: list[tuple[Path, str]]
) -> None:
    repo = tmp_path / "repo"
    assert run_cli(tmp_path, "ingest", bags[0][0], "--into", repo).returncode == 0
    identifier = bags[0][1]
    bare = identifier.removeprefix("urn:uuid:")
    for args in (
        ("export", bare, "--from", repo, "-o", tmp_path / "out"),
        ("repo", "show", bare, "--from", repo),
        ("repo", "log", bare.upper(), "--from", repo),
    ):
        result = run_cli(tmp_path, *args)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error[OBJECT_NOT_FOUND]")
        assert f"did you mean {identifier}?" in result.stderr
    unknown = run_cli(
        tmp_path, "repo", "show", "urn:uuid:00000000-0000-4000-8000-00000000dead", "--from", repo
    )
    assert "error[OBJECT_NOT_FOUND]" in unknown.stderr and "archiver repo list" in unknown.stderr


def test_export_takes_a_version_as_2_or_v2_and_says_what_to_do_with_an_existing_folder(
    tmp_path: Path, repo_with_two_versions: tuple[Path, str]
) -> None:
    repo, identifier = repo_with_two_versions
    for given, folder in (("1", "one"), ("v2", "two"), ("V1", "three")):
        result = run_cli(
            tmp_path, "export", identifier, "--from", repo, "-o", tmp_path / folder, "--version", given
        )
        assert result.returncode == 0, (given, result.stderr)
    exported = tmp_path / "one" / identifier.removeprefix("urn:uuid:")
    assert (exported / "bag-info.txt").is_file()

    missing = run_cli(tmp_path, "export", identifier, "--from", repo, "-o", tmp_path / "x", "--version", "7")
    assert missing.returncode == 2
    assert "error[EXPORT_NO_VERSION]" in missing.stderr and "v1, v2" in missing.stderr

    again = run_cli(tmp_path, "export", identifier, "--from", repo, "-o", tmp_path / "one", "--version", "1")
    assert again.returncode == 2
    assert "error[EXPORT_EXISTS]" in again.stderr and "-o/--output" in again.stderr
    assert "Traceback" not in again.stderr

    (tmp_path / "a-file").write_text("mine")
    into_file = run_cli(tmp_path, "export", identifier, "--from", repo, "-o", tmp_path / "a-file")
    assert into_file.returncode == 2 and "error[EXPORT_OUTPUT_NOT_FOLDER]" in into_file.stderr
    assert (tmp_path / "a-file").read_text() == "mine"


def test_a_refused_ingest_leaves_no_repository_behind(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    bad = bags[0][0]
    flip_byte(next((bad / "data" / "original").iterdir()))
    target = tmp_path / "new" / "repo"
    refused = run_cli(tmp_path, "ingest", bad, "--into", target)
    assert refused.returncode == 1 and "error[INGEST_INVALID_BAG]" in refused.stderr
    assert not target.exists() and "created OCFL repository" not in refused.stderr
    default = run_cli(tmp_path, "ingest", bad)
    assert default.returncode == 1 and not (tmp_path / "xdg-data" / "archiver").exists()
    (tmp_path / "empty").mkdir()
    assert run_cli(tmp_path, "ingest", bad, "--into", tmp_path / "empty").returncode == 1
    assert list((tmp_path / "empty").iterdir()) == []

    good = run_cli(tmp_path, "ingest", bags[1][0], bad, "--into", target)
    assert good.returncode == 1
    assert f"created OCFL repository at {target}" in good.stderr
    assert OcflRepository.open(target).inventory(bags[1][1])["head"] == "v1"


def test_a_bag_without_external_identifier_is_told_about_id_not_validate(tmp_path: Path) -> None:
    bag = foreign_bag(tmp_path / "foreign")
    assert run_cli(tmp_path, "validate", bag).returncode == 0
    result = run_cli(tmp_path, "ingest", bag, "--into", tmp_path / "repo")
    assert result.returncode == 1
    line = result.stderr.strip().splitlines()[0]
    assert line.startswith("error[INGEST_NO_IDENTIFIER]")
    assert "--id urn:uuid:" in line and "validate" not in line
    assert not (tmp_path / "repo").exists()


# --------------------------------------------------------------------------------------------------------
# what it accepts: ingest --id
# --------------------------------------------------------------------------------------------------------


def test_ingest_id_names_the_object_of_a_foreign_bag_and_is_recorded(tmp_path: Path) -> None:
    bag = foreign_bag(tmp_path / "foreign")
    repo = tmp_path / "repo"
    result = run_cli(tmp_path, "ingest", bag, "--into", repo, "--id", "urn:example:foreign-1", "--json")
    assert result.returncode == 0, result.stderr
    (line,) = json_lines(result.stdout)
    assert (line["object_id"], line["outcome"]) == ("urn:example:foreign-1", "created")
    receipt = json.loads(Path(str(line["receipt"])).read_text())
    assert receipt["object_id"] == "urn:example:foreign-1"
    assert receipt["object_id_source"] == "given at ingest (--id)"
    opened = OcflRepository.open(repo)
    root = opened.object_root("urn:example:foreign-1")
    (ingestion,) = [e for e in read_events(root) if e["eventType"] == "ingestion"]
    assert "given at ingest (--id)" in ingestion["eventDetail"]
    assert ocfl_py_findings(root) == ""

    # A later version of the same bag, with the same --id, is the object's v2.
    (bag / "page.txt").write_text("hello again\n")
    bagit.Bag(str(bag)).save(manifests=True)
    second = run_cli(tmp_path, "ingest", bag, "--into", repo, "--id", "urn:example:foreign-1")
    assert second.returncode == 0 and " v2 " in second.stdout, second.stderr


def test_ingest_id_is_checked_and_limited_to_one_bag(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    bag = foreign_bag(tmp_path / "foreign")
    repo = tmp_path / "repo"
    not_uri = run_cli(tmp_path, "ingest", bag, "--into", repo, "--id", "my article")
    assert not_uri.returncode == 2 and not_uri.stderr.startswith("error[INGEST_ID_NOT_URI]")
    several = run_cli(tmp_path, "ingest", bag, bags[0][0], "--into", repo, "--id", "urn:example:x")
    assert several.returncode == 2 and several.stderr.startswith("error[INGEST_ID_ONE_BAG]")
    conflict = run_cli(tmp_path, "ingest", bags[0][0], "--into", repo, "--id", "urn:example:other")
    assert conflict.returncode == 1 and "error[INGEST_ID_CONFLICT]" in conflict.stderr
    same = run_cli(tmp_path, "ingest", bags[0][0], "--into", repo, "--id", bags[0][1])
    assert same.returncode == 0, same.stderr
    # An s3:// URL is never a local folder (--id into a bucket is tested against a server: test_ocfl_s3).
    s3 = run_cli(tmp_path, "ingest", bag, "--into", "s3://bucket/x", "--id", "urn:example:x")
    assert s3.returncode == 2 and not (tmp_path / "s3:").exists()


# --------------------------------------------------------------------------------------------------------
# what it accepts: browsing
# --------------------------------------------------------------------------------------------------------


def test_repo_list_has_headers_titles_filters_and_json(
    tmp_path: Path, repo_with_two_versions: tuple[Path, str], bags: list[tuple[Path, str]]
) -> None:
    repo, identifier = repo_with_two_versions
    listed = run_cli(tmp_path, "repo", "list", repo)
    assert listed.returncode == 0, listed.stderr
    header, *rows = listed.stdout.splitlines()
    assert header.split() == ["HEAD", "VERSIONS", "UPDATED", "ID", "TITLE"]
    assert len(rows) == 2
    assert any("Harbour town opens floating solar farm" in r and identifier in r for r in rows)
    assert any(r.startswith("v2 ") for r in rows)

    found = run_cli(tmp_path, "repo", "list", repo, "--title", "HARBOUR", "--json")
    (only,) = json_lines(found.stdout)
    assert only["id"] == identifier and only["head"] == "v2" and only["versions"] == 2
    assert str(only["title"]).startswith("Harbour town")

    assert json_lines(run_cli(tmp_path, "repo", "list", repo, "--since", "2999-01-01", "--json").stdout) == []
    assert (
        len(json_lines(run_cli(tmp_path, "repo", "list", repo, "--since", "2000-01-01", "--json").stdout))
        == 2
    )
    bad_date = run_cli(tmp_path, "repo", "list", repo, "--since", "yesterday")
    assert bad_date.returncode == 2 and "error[DATE_INVALID]" in bad_date.stderr


def test_repo_show_version_diff_and_log(tmp_path: Path, repo_with_two_versions: tuple[Path, str]) -> None:
    repo, identifier = repo_with_two_versions
    v1 = json.loads(
        run_cli(tmp_path, "repo", "show", identifier, "--from", repo, "--version", "1", "--json").stdout
    )
    head = json.loads(run_cli(tmp_path, "repo", "show", identifier, "--from", repo, "--json").stdout)
    assert (v1["version"], head["version"], head["head"]) == ("v1", "v2", "v2")
    assert {f["path"] for f in v1["files"]} == {f["path"] for f in head["files"]}
    assert v1["files"] != head["files"]
    text = run_cli(tmp_path, "repo", "show", identifier, "--from", repo, "--version", "v1")
    assert "files of v1:" in text.stdout

    diff = run_cli(tmp_path, "repo", "diff", identifier, "v1", "v2", "--from", repo, "--json")
    assert diff.returncode == 0, diff.stderr
    changes = json.loads(diff.stdout)
    assert changes["added"] == [] and changes["removed"] == []
    assert "data/metadata/article-metadata.json" in changes["changed"]
    assert any(p.startswith("data/original/") for p in changes["changed"])
    fields = {c["field"]: c for c in changes["metadata"]}
    assert fields["word_count"]["new"] > fields["word_count"]["old"]
    assert "title" not in fields
    readable = run_cli(tmp_path, "repo", "diff", identifier, "--from", repo)  # default: the latest change
    assert readable.stdout.splitlines()[0] == f"{identifier} v1 -> v2"
    assert "  changed data/metadata/article-metadata.json" in readable.stdout
    assert re.search(r"^  metadata word_count: \d+ -> \d+$", readable.stdout, re.M)

    log = run_cli(tmp_path, "repo", "log", identifier, "--from", repo)
    lines = log.stdout.splitlines()
    assert len(lines) == 4  # ingestion and fixity check, for each version
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  v1   ingestion: success, ", lines[0])
    assert [
        e["eventType"]
        for e in json_lines(run_cli(tmp_path, "repo", "log", identifier, "--from", repo, "--json").stdout)
    ] == [
        "ingestion",
        "fixity check",
        "ingestion",
        "fixity check",
    ]


# --------------------------------------------------------------------------------------------------------
# the version's user
# --------------------------------------------------------------------------------------------------------


def test_the_version_user_always_has_an_address(tmp_path: Path, bags: list[tuple[Path, str]]) -> None:
    repo = tmp_path / "repo"
    assert run_cli(tmp_path, "ingest", bags[0][0], "--into", repo).returncode == 0
    opened = OcflRepository.open(repo)
    user = opened.inventory(bags[0][1])["versions"]["v1"]["user"]
    assert user["name"] and re.fullmatch(r"acct:[^@\s]+@\S+", user["address"]), user
    assert ocfl_py_findings(opened.object_root(bags[0][1])) == ""  # no W008, no W009

    config = tmp_path / "xdg-config" / "archiver" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[organization]\ncontact_email = "desk@example.org"\n')
    assert run_cli(tmp_path, "ingest", bags[1][0], "--into", repo).returncode == 0
    user = opened.inventory(bags[1][1])["versions"]["v1"]["user"]
    assert user["address"] == "mailto:desk@example.org"


# --------------------------------------------------------------------------------------------------------
# S3 URLs and help
# --------------------------------------------------------------------------------------------------------


def test_s3_urls_are_recognised_not_taken_for_folders(tmp_path: Path) -> None:
    for args in (
        ("repo", "diff", "urn:x:1", "--from", "s3://bucket/news"),
        ("repo", "log", "urn:x:1", "--from", "s3://bucket/news"),
    ):
        result = run_cli(tmp_path, *args)
        assert result.returncode == 2, result.stderr
        assert "REPO_NOT_FOUND" not in result.stderr and "s3:/bucket" not in result.stderr
        assert result.stderr.startswith("error[REPO_S3_UNSUPPORTED] s3://bucket/news:")
    # export and show read an OCFL root on S3 (test_ocfl_s3): here, with no credentials, that is said.
    for args in (
        ("export", "urn:x:1", "--from", "s3://bucket/news", "-o", tmp_path / "out"),
        ("repo", "show", "urn:x:1", "--from", "s3://bucket/news"),
    ):
        result = run_cli(tmp_path, *args)
        assert result.returncode == 2 and result.stderr.startswith(
            "error[S3_NO_CREDENTIALS] s3://bucket/news"
        )
        assert not (tmp_path / "s3:").exists()


@pytest.mark.parametrize("words", [("repo", "diff"), ("repo", "log"), ("repo", "list"), ("ingest",)])
def test_new_help_stays_light(tmp_path: Path, words: tuple[str, ...]) -> None:
    from tests.test_cli import _REPO_CMD, CLI_CORE, HEAVY, NEVER_FOR_HELP, _run_loaded, _trees

    printed, loaded = _run_loaded(tmp_path, *words, "--help")
    assert printed.startswith("Usage: archiver")
    assert not _trees(loaded, (*HEAVY, *NEVER_FOR_HELP))
    assert not {m for m in loaded if m.startswith("archiver")} - CLI_CORE - _REPO_CMD


# --------------------------------------------------------------------------------------------------------
# S3: a bucket of serialized bags, listed and audited (a real Ceph RGW, tests/s3server.py)
# --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s3_env(ceph: S3Server) -> dict[str, str]:
    pytest.importorskip("boto3", reason="boto3 is not installed (the project's s3 extra)")
    return {
        "AWS_ENDPOINT_URL": ceph.endpoint_url,
        "AWS_ACCESS_KEY_ID": ceph.access_key,
        "AWS_SECRET_ACCESS_KEY": ceph.secret_key,
        "AWS_REGION": ceph.region,
    }


def test_repo_list_and_audit_of_an_s3_bucket(
    tmp_path: Path, s3_env: dict[str, str], bags: list[tuple[Path, str]]
) -> None:
    from archiver.s3.client import make_client, s3_options_from_env

    client = make_client(s3_options_from_env(environ=s3_env))
    bucket = f"archiver-everyday-{secrets.token_hex(4)}"
    client.create_bucket(Bucket=bucket)
    url = f"s3://{bucket}/news"
    sent = run_cli(tmp_path, "ingest", *(b for b, _ in bags), "--into", url, **s3_env)
    assert sent.returncode == 0, sent.stderr
    assert re.search(r"^2 bags: 2 uploaded, 0 already there, 0 failed \(\d+\.\d s\)$", sent.stderr, re.M)

    listed = run_cli(tmp_path, "repo", "list", url, **s3_env)
    assert listed.returncode == 0, listed.stderr
    header, *rows = listed.stdout.splitlines()
    assert header.split() == ["SIZE", "UPLOADED", "SHA256", "ID", "KEY"]
    assert sorted(r.split()[-1] for r in rows) == sorted(f"news/{b.name}.tar" for b, _ in bags)
    as_json = json_lines(run_cli(tmp_path, "repo", "list", url, "--json", **s3_env).stdout)
    assert {d["external_identifier"] for d in as_json} == {i for _, i in bags}
    assert all(len(str(d["sha256"])) == 64 for d in as_json)
    assert (
        json_lines(run_cli(tmp_path, "repo", "list", url, "--json", "--since", "2999-01-01", **s3_env).stdout)
        == []
    )

    audited = run_cli(tmp_path, "audit", url, "--deep", **s3_env)
    assert audited.returncode == 0, audited.stdout + audited.stderr
    assert audited.stdout.count("INTACT  s3://") == 2 and "sha256 matches, bag valid" in audited.stdout
    assert re.search(r"^2 bags: 2 intact, 0 damaged \(\d+\.\d s\)$", audited.stderr, re.M)

    # One object replaced behind the tool's back, keeping its metadata: the audit finds it.
    key = f"news/{bags[0][0].name}.tar"
    head = client.head_object(Bucket=bucket, Key=key)
    client.put_object(Bucket=bucket, Key=key, Body=b"not the bag", Metadata=head["Metadata"])
    quick = run_cli(tmp_path, "audit", url, "--quiet", **s3_env)  # no download: the ETag tells
    assert quick.returncode == 1
    assert quick.stdout.splitlines()[0] == f"DAMAGED s3://{bucket}/{key}"
    assert "S3_ETAG_MISMATCH" in quick.stdout and "1 damaged" in quick.stderr
    damaged = run_cli(tmp_path, "audit", url, "--deep", "--json", **s3_env)
    assert damaged.returncode == 1
    (bad,) = [d for d in json_lines(damaged.stdout) if not d["ok"]]
    assert bad["key"] == key and bad["validated"] is False
    assert "S3_SHA256_MISMATCH" in {p["code"] for p in bad["problems"]}  # type: ignore[union-attr]


def test_python_api_ingest_refused_leaves_no_repository(tmp_path: Path) -> None:
    """``archiver.ingest`` creates the repository as the command does: only once a bag is accepted."""
    import archiver
    from archiver.errors import ArchiverError

    not_a_bag = tmp_path / "not-a-bag"
    not_a_bag.mkdir()
    (not_a_bag / "notes.txt").write_text("no bagit.txt here\n", encoding="utf-8")
    with pytest.raises(ArchiverError):
        archiver.ingest(not_a_bag, tmp_path / "repo")
    assert not (tmp_path / "repo").exists()
