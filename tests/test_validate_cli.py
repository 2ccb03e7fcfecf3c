"""``archiver validate`` as a user meets it: verdicts, exit codes, --json, --fast labelling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archiver.config import Organization, Settings
from archiver.packaging import PackageOptions, package_article

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "archiver" / "data" / "sample-article.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    options = PackageOptions(
        outdir=tmp_path / "bags",
        settings=Settings(organization=Organization(name="CLI Test Archive")),
        captured=datetime(2024, 3, 14, 12, 0, tzinfo=UTC),
        durable=False,
    )
    result = package_article(SAMPLE, options)
    assert result.bag is not None
    return result.bag


def test_valid_bag_exit_0(bag: Path) -> None:
    got = run("validate", str(bag))
    assert got.returncode == 0, got.stdout + got.stderr
    assert got.stdout.startswith("VALID bag")


def test_damaged_bag_exit_1_names_code_and_file(bag: Path) -> None:
    original = next((bag / "data" / "original").iterdir())
    data = bytearray(original.read_bytes())
    data[5] ^= 0x01
    original.write_bytes(bytes(data))
    got = run("validate", str(bag))
    assert got.returncode == 1
    assert "BAG-MANIFEST-CHECKSUM" in got.stdout
    assert f"data/original/{original.name}" in got.stdout


def test_json_report(bag: Path) -> None:
    got = run("validate", "--json", str(bag))
    assert got.returncode == 0
    report = json.loads(got.stdout)
    assert report["valid"] is True and report["kind"] == "bag" and report["fixity_checked"] is True


def test_fast_mode_says_checksums_were_not_verified(bag: Path) -> None:
    got = run("validate", "--fast", str(bag))
    assert got.returncode == 0
    assert "checksums NOT verified" in got.stdout
    report = json.loads(run("validate", "--fast", "--json", str(bag)).stdout)
    assert report["fixity_checked"] is False


def test_usage_errors_exit_2(tmp_path: Path, bag: Path) -> None:
    missing = run("validate", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "TARGET_MISSING" in missing.stderr
    bad_profile = tmp_path / "profile.json"
    bad_profile.write_text("not json", encoding="utf-8")
    unreadable = run("validate", "--profile", str(bad_profile), str(bag))
    assert unreadable.returncode == 2 and "PROFILE_UNREADABLE" in unreadable.stderr
    assert "Traceback" not in missing.stderr + unreadable.stderr


def test_embedded_warc_damage_is_found(bag: Path) -> None:
    """A WARC edited inside the bag, with the manifests recomputed so that only the WARC checks can see it."""
    import gzip

    warc = next((bag / "data" / "warc").iterdir())
    raw = gzip.decompress(warc.read_bytes()).replace(b"WARC-Date: ", b"WARC-Dote: ", 1)
    warc.write_bytes(gzip.compress(raw))
    got = run("validate", "--json", str(bag))
    codes = {f["code"] for f in json.loads(got.stdout)["findings"]}
    assert got.returncode == 1
    assert "BAG-MANIFEST-CHECKSUM" in codes
    assert "WARC-FIELD-MISSING" in codes


def test_arc_file_is_named_as_arc(tmp_path: Path) -> None:
    arc = tmp_path / "old.arc"
    arc.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20050614070144 text/plain 76\n1 0 Archive\nURL IP-address\n\n"
    )
    got = run("validate", str(arc))
    assert got.returncode == 1
    assert "WARC-NOT-WARC" in got.stdout and "ARC" in got.stdout
