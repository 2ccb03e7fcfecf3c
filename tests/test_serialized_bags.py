"""Serialized bags: one file (tar, tar.gz, zip) per bag, the same bytes for the same bag, written atomically,
readable by tarfile, zipfile and bagit-python, and checked by the validator against a profile's rules."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import bagit
import pytest

from archiver.config import Organization, Settings
from archiver.errors import ArchiverError, UsageError
from archiver.formats.bagit import serialize
from archiver.formats.bagit.serialize import (
    FORMS,
    TarPlan,
    read_archive_member,
    serialize_to_file,
)
from archiver.formats.bagit.validator import BagOptions, validate_bag
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.packaging import PackageOptions, package_article
from archiver.profiles.plan import resolve_plan
from archiver.staging import STAGING_PREFIX
from archiver.validation.profile import check_profile, load_profile

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"
WHEN = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
SETTINGS = Settings(organization=Organization(name="Test Archive"))
ALL_FORMS = list(FORMS)

FILES = {
    "article.txt": b"An article.\n",
    "empty.bin": b"",
    "sub/deeper/odd.bin": bytes(range(256)) * 7,
    "sub/Zeitung-\u00fcber-Stra\u00dfe.txt": "gr\u00fc\u00dfe".encode(),
    "l" * 150 + ".txt": b"long name\n",
}


def make_bag(parent: Path, name: str = "news-bag", *, date: str | None = "2024-05-06") -> Path:
    root = parent / name
    root.mkdir(parents=True)
    info = [("External-Identifier", f"urn:example:{name}")]
    if date:
        info.insert(0, ("Bagging-Date", date))
    write_bag(root, [PayloadFile(p, d) for p, d in FILES.items()], info, durable=False)
    return root


def bag_files(bag: Path) -> dict[str, bytes]:
    return {p.relative_to(bag).as_posix(): p.read_bytes() for p in sorted(bag.rglob("*")) if p.is_file()}


def members(archive: Path, form: str) -> dict[str, bytes]:
    """Every file member of the archive, by name, with its bytes."""
    if form == "zip":
        with zipfile.ZipFile(archive) as zipped:
            return {i.filename: zipped.read(i) for i in zipped.infolist() if not i.is_dir()}
    with tarfile.open(archive) as tarred:
        out = {}
        for m in tarred.getmembers():
            if m.isfile():
                handle = tarred.extractfile(m)
                assert handle is not None
                out[m.name] = handle.read()
        return out


def extract(archive: Path, form: str, into: Path) -> None:
    if form == "zip":
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(into)
    else:
        with tarfile.open(archive) as tarred:
            tarred.extractall(into, filter="data")


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    return make_bag(tmp_path / "src")


# --- serialize_to_file ----------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ALL_FORMS)
def test_same_bag_same_bytes_wherever_and_whenever(bag: Path, tmp_path: Path, form: str) -> None:
    first = serialize_to_file(bag, tmp_path / "a" / f"bag{FORMS[form]}", form)
    # A copy elsewhere, with other timestamps and permissions, serializes to the same bytes.
    copy = tmp_path / "elsewhere" / bag.name
    shutil.copytree(bag, copy)
    for path in copy.rglob("*"):
        os.utime(path, (1, 1))
        path.chmod(0o700 if path.is_dir() else 0o600)
    second = serialize_to_file(copy, tmp_path / "b" / f"bag{FORMS[form]}", form)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("form", ALL_FORMS)
def test_the_file_holds_exactly_the_bag_under_one_folder(bag: Path, tmp_path: Path, form: str) -> None:
    made = serialize_to_file(bag, tmp_path / f"out{FORMS[form]}", form)
    assert members(made, form) == {f"{bag.name}/{p}": data for p, data in bag_files(bag).items()}
    extract(made, form, tmp_path / "x")
    assert [p.name for p in (tmp_path / "x").iterdir()] == [bag.name]
    bagit.Bag(str(tmp_path / "x" / bag.name)).validate()  # bagit-python: a second opinion
    report, _view, _read = validate_bag(made, BagOptions())
    assert report.valid and report.kind == "serialized-bag", [f.message for f in report.findings]


@pytest.mark.parametrize("form", ALL_FORMS)
def test_top_folder_can_be_named(bag: Path, tmp_path: Path, form: str) -> None:
    made = serialize_to_file(bag, tmp_path / f"example.edu.bag{FORMS[form]}", form, top="example.edu.bag")
    assert {name.split("/")[0] for name in members(made, form)} == {"example.edu.bag"}
    assert read_archive_member(made, "bag-info.txt") == (bag / "bag-info.txt").read_bytes()
    assert read_archive_member(made, "no-such-file.txt") is None


@pytest.mark.parametrize("top", ["", ".", "..", "a/b", "a\\b", "nul\0"])
def test_a_top_folder_that_is_not_one_name_is_refused(bag: Path, tmp_path: Path, top: str) -> None:
    with pytest.raises(UsageError) as caught:
        serialize_to_file(bag, tmp_path / "out.tar", "tar", top=top)
    assert caught.value.code == "SERIALIZE_TOP_INVALID"
    assert not (tmp_path / "out.tar").exists()


def test_unknown_form_is_refused(bag: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        serialize_to_file(bag, tmp_path / "out.7z", "7z")
    assert caught.value.code == "SERIALIZE_FORM_UNKNOWN" and "tar, tar.gz, zip" in (caught.value.hint or "")


def test_an_existing_file_is_never_overwritten(bag: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out.tar"
    dest.write_bytes(b"keep me")
    with pytest.raises(ArchiverError) as caught:
        serialize_to_file(bag, dest, "tar")
    assert caught.value.code == "SERIALIZE_DEST_EXISTS"
    assert dest.read_bytes() == b"keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(STAGING_PREFIX)] == []


def test_the_file_is_never_written_inside_the_bag(bag: Path) -> None:
    with pytest.raises(UsageError) as caught:
        serialize_to_file(bag, bag / "data" / "self.tar", "tar")
    assert caught.value.code == "SERIALIZE_DEST_IN_BAG"
    assert not (bag / "data" / "self.tar").exists()


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
@pytest.mark.parametrize("form", ALL_FORMS)
def test_a_failing_writer_leaves_no_file(
    bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str, failure: BaseException
) -> None:
    """Interrupted half way (disk full, Ctrl-C): no file under the final name, no staging left behind."""
    real_copy = serialize._copy_member
    real_iter = serialize.iter_tar

    def half_then_fail(*args: object, **kwargs: object) -> None:
        raise failure

    def failing_iter(plan: TarPlan, chunk_size: int = 1024) -> object:
        for n, chunk in enumerate(real_iter(plan, chunk_size=1024)):
            if n == 3:
                raise failure
            yield chunk

    calls = {"n": 0}

    def copy_then_fail(member: serialize.TarMember, entry: BinaryIO) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            half_then_fail()
        real_copy(member, entry)

    monkeypatch.setattr(serialize, "iter_tar", failing_iter)
    monkeypatch.setattr(serialize, "_copy_member", copy_then_fail)
    out = tmp_path / "out"
    with (
        pytest.raises(type(failure))
        if isinstance(failure, KeyboardInterrupt)
        else pytest.raises(ArchiverError)
    ):
        serialize_to_file(bag, out / f"bag{FORMS[form]}", form)
    assert list(out.iterdir()) == []


def test_a_file_changing_under_the_zip_writer_is_refused(
    bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = serialize.plan_bag_tar(bag)
    target = next(m for m in plan.members if m.source is not None and m.size > 100)
    assert target.source is not None
    monkeypatch.setattr(serialize, "plan_bag_tar", lambda *a, **k: plan)
    target.source.write_bytes(b"shorter now")
    with pytest.raises(ArchiverError) as caught:
        serialize_to_file(bag, tmp_path / "out" / "bag.zip", "zip")
    assert caught.value.code == "SERIALIZE_BAG_CHANGED"
    assert list((tmp_path / "out").iterdir()) == []


def test_gzip_header_says_nothing_of_the_moment_or_the_machine(bag: Path, tmp_path: Path) -> None:
    made = serialize_to_file(bag, tmp_path / "bag.tar.gz", "tar.gz")
    header = made.read_bytes()[:10]
    magic, method, flags, mtime, _xfl, os_byte = struct.unpack("<HBBIBB", header)
    assert (magic, method) == (0x8B1F, 8)
    assert flags == 0  # no FNAME, no FCOMMENT, no FEXTRA
    assert mtime == 0 and os_byte == 255
    assert (
        gzip.decompress(made.read_bytes()) == serialize_to_file(bag, tmp_path / "bag.tar", "tar").read_bytes()
    )


def test_zip_entries_have_fixed_times_and_attributes(bag: Path, tmp_path: Path) -> None:
    made = serialize_to_file(bag, tmp_path / "bag.zip", "zip")
    with zipfile.ZipFile(made) as zipped:
        infos = zipped.infolist()
    assert [i.filename for i in infos] == [m.name for m in serialize.plan_bag_tar(bag).members]
    for info in infos:
        assert info.date_time == (2024, 5, 6, 0, 0, 0)  # the Bagging-Date
        assert info.create_system == 3
        mode = info.external_attr >> 16
        assert mode == (0o40755 if info.is_dir() else 0o100644)
        assert info.comment == b"" and (info.is_dir() or info.compress_type == zipfile.ZIP_DEFLATED)
        assert bool(info.flag_bits & 0x800) == (not info.filename.isascii())


def test_zip_of_an_undated_bag_takes_the_earliest_zip_time(tmp_path: Path) -> None:
    undated = make_bag(tmp_path / "src", "undated", date=None)
    made = serialize_to_file(undated, tmp_path / "u.zip", "zip")
    with zipfile.ZipFile(made) as zipped:
        assert {i.date_time for i in zipped.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_system_tools_read_the_files(bag: Path, tmp_path: Path) -> None:
    """GNU tar and Info-ZIP, where installed, list the same members."""
    for form, command in (("tar", ["tar", "tf"]), ("tar.gz", ["tar", "tzf"]), ("zip", ["unzip", "-Z1"])):
        if shutil.which(command[0]) is None:
            continue
        made = serialize_to_file(bag, tmp_path / f"sys{FORMS[form]}", form)
        listed = subprocess.run([*command, str(made)], capture_output=True, text=True, check=True).stdout
        assert set(members(made, form)) <= set(listed.splitlines())


# --- package --serialize --------------------------------------------------------------------------------


def options(outdir: Path, **plan_options: object) -> PackageOptions:
    plan = resolve_plan(**plan_options)  # type: ignore[arg-type]
    return PackageOptions(outdir=outdir, settings=SETTINGS, captured=WHEN, durable=False, plan=plan)


@pytest.mark.parametrize("form", ALL_FORMS)
def test_package_serialized_holds_the_same_bag_as_the_folder(tmp_path: Path, form: str) -> None:
    folder = package_article(SAMPLE, options(tmp_path / "folder"))
    made = package_article(SAMPLE, options(tmp_path / "file", serialize=form))
    again = package_article(SAMPLE, options(tmp_path / "again", serialize=form))
    assert folder.bag is not None and made.bag is not None and again.bag is not None
    assert made.bag.name == folder.bag.name + FORMS[form]
    assert made.bag.read_bytes() == again.bag.read_bytes()  # deterministic, end to end
    assert members(made.bag, form) == {f"{folder.bag.name}/{p}": d for p, d in bag_files(folder.bag).items()}
    assert sorted(p.name for p in (tmp_path / "file").iterdir()) == [made.bag.name]  # no staging left


@pytest.mark.parametrize("form", ALL_FORMS)
def test_package_serialized_again_reports_exists_then_replaces(tmp_path: Path, form: str) -> None:
    out = tmp_path / "out"
    first = package_article(SAMPLE, options(out, serialize=form))
    assert first.status == "created" and first.bag is not None
    before = first.bag.read_bytes()
    assert package_article(SAMPLE, options(out, serialize=form)).status == "exists"
    assert first.bag.read_bytes() == before
    replaced = package_article(
        SAMPLE,
        PackageOptions(
            outdir=out,
            settings=SETTINGS,
            captured=datetime(2025, 1, 1, tzinfo=UTC),
            durable=False,
            plan=resolve_plan(serialize=form),
            if_exists="replace",
        ),
    )
    assert replaced.status == "replaced" and first.bag.read_bytes() != before
    assert sorted(p.name for p in out.iterdir()) == [first.bag.name]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    env.pop("ARCHIVER_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.slow
def test_cli_serialize_twice_gives_the_same_bytes_and_validates(tmp_path: Path) -> None:
    digests = []
    for out in ("one", "two"):
        got = run_cli(
            "package", str(SAMPLE), "-o", str(tmp_path / out), "--organization", "CLI Archive",
            "--date", "2024-03-14T12:00:00Z", "--serialize", "tar.gz", "--json",
        )  # fmt: skip
        assert got.returncode == 0, got.stderr
        made = Path(json.loads(got.stdout)["bag"])
        assert made.name.endswith(".tar.gz") and made.is_file()
        digests.append(hashlib.sha256(made.read_bytes()).hexdigest())
        checked = run_cli("validate", str(made))
        assert checked.returncode == 0 and "VALID" in checked.stdout, checked.stdout
    assert digests[0] == digests[1]


# --- a profile's serialization rules ----------------------------------------------------------------------


def write_profile(path: Path, **fields: object) -> Path:
    document: dict[str, object] = {
        "BagIt-Profile-Info": {"BagIt-Profile-Identifier": "https://profiles.example.org/ser.json"},
        **fields,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_serialization_the_profile_forbids_is_refused_before_writing(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "p.json", Serialization="forbidden")
    with pytest.raises(UsageError) as caught:
        resolve_plan(str(profile), serialize="tar")
    assert caught.value.code == "PROFILE_SERIALIZATION" and "forbids" in caught.value.message


def test_a_serialization_the_profile_does_not_accept_is_refused_with_the_accepted_ones(
    tmp_path: Path,
) -> None:
    profile = write_profile(tmp_path / "p.json", **{"Accept-Serialization": ["application/zip"]})
    with pytest.raises(UsageError) as caught:
        resolve_plan(str(profile), serialize="tar")
    assert caught.value.code == "PROFILE_SERIALIZATION"
    assert "application/zip" in caught.value.message and "--serialize zip" in (caught.value.hint or "")
    assert resolve_plan(str(profile), serialize="zip") is not None


def test_a_required_serialization_is_chosen_when_one_form_fits(tmp_path: Path) -> None:
    profile = write_profile(
        tmp_path / "p.json", Serialization="required", **{"Accept-Serialization": ["application/x-gzip"]}
    )
    plan = resolve_plan(str(profile))
    assert plan is not None and plan.serialize == "tar.gz"
    several = write_profile(tmp_path / "q.json", Serialization="required")
    with pytest.raises(UsageError) as caught:
        resolve_plan(str(several))
    assert caught.value.code == "PROFILE_SERIALIZATION" and "tar|tar.gz|zip" in (caught.value.hint or "")


@pytest.mark.slow
def test_cli_refused_serialization_writes_nothing(tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "p.json", Serialization="forbidden")
    out = tmp_path / "out"
    got = run_cli(
        "package", str(SAMPLE), "-o", str(out), "--organization", "X", "--profile", str(profile),
        "--serialize", "zip",
    )  # fmt: skip
    assert got.returncode == 2 and "PROFILE_SERIALIZATION" in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_validator_checks_the_folder_is_named_like_the_file(tmp_path: Path) -> None:
    """DART's tarDirMustMatchName (APTrust): a tar renamed after it was made no longer unpacks to its name."""
    bag = make_bag(tmp_path / "src", "example.edu.bag")
    good = serialize_to_file(bag, tmp_path / "example.edu.bag.tar", "tar")
    renamed = tmp_path / "example.edu.other.tar"
    shutil.copyfile(good, renamed)
    aptrust = load_profile("aptrust")

    def name_findings(target: Path) -> list[str]:
        _report, view, read = validate_bag(target, BagOptions())
        assert view is not None
        found = check_profile(view, aptrust, profile_name="aptrust", read=read, archive_name=str(target))
        return [f.message for f in found if f.code == "PROFILE-SERIALIZATION-NAME"]

    assert name_findings(good) == []
    (message,) = name_findings(renamed)
    assert "unpacks to example.edu.bag/, not example.edu.other/" in message
