"""``archiver package`` reading articles from S3 and sending bags to S3 (issue 18), against a real server.

The server is Ceph RGW (:mod:`tests.s3server`); the cluster test adds a real Dask scheduler and two
workers (:mod:`tests.daskcluster`) that share no folder with the command: the bucket is their only store.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("boto3", reason="boto3 is not installed (the project's s3 extra)")

from archiver.formats.bagit.serialize import plan_bag_tar, write_tar
from tests.s3server import S3Server
from tests.test_repository_s3 import base_options, client, s3  # noqa: F401  (the module's server)

pytestmark = pytest.mark.slow

DATE = "2024-03-14T12:00:00Z"
ARTICLES = {
    f"a{n}.txt": f"Harbour report {n}\n\nThe harbour board met on the {n}th and agreed the budget.\n".encode()
    for n in range(5)
}


@pytest.fixture(scope="module")
def bucket(client: Any) -> str:  # noqa: F811
    name = f"archiver-pkg-{secrets.token_hex(4)}"
    client.create_bucket(Bucket=name)
    return name


@pytest.fixture
def prefix(client: Any, bucket: str) -> str:  # noqa: F811
    """A fresh prefix holding the articles under ``incoming/``, with a file and a folder marker that are
    not articles."""
    root = f"run-{secrets.token_hex(4)}"
    for name, data in ARTICLES.items():
        client.put_object(Bucket=bucket, Key=f"{root}/incoming/{name}", Body=data)
    client.put_object(Bucket=bucket, Key=f"{root}/incoming/notes.csv", Body=b"a,b\n")
    client.put_object(Bucket=bucket, Key=f"{root}/incoming/sub/", Body=b"")
    return root


def env_for(server: S3Server) -> dict[str, str]:
    environ = dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test")
    environ.pop("ARCHIVER_CLUSTER", None)
    environ.update(
        AWS_ENDPOINT_URL=server.endpoint_url,
        AWS_ACCESS_KEY_ID=server.access_key,
        AWS_SECRET_ACCESS_KEY=server.secret_key,
        AWS_REGION=server.region,
    )
    return environ


def package(server: S3Server, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "archiver", "package", *args, "--date", DATE, "--organization", "S3 Archive"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env_for(server), cwd=cwd, timeout=300)


def local_tars(tmp_path: Path) -> dict[str, bytes]:
    """The articles packaged from local files into local bags, each as the tar the bucket should hold."""
    folder = tmp_path / "local-in"
    folder.mkdir()
    for name, data in ARTICLES.items():
        (folder / name).write_bytes(data)
    command = [sys.executable, "-m", "archiver", "package", str(folder), "-o", str(tmp_path / "local-bags")]
    made = subprocess.run(
        [*command, "--date", DATE, "--organization", "S3 Archive"],
        capture_output=True,
        text=True,
        env=dict(os.environ, XDG_CONFIG_HOME="/nonexistent-archiver-test"),
        check=True,
    )
    assert made.returncode == 0
    tars = {}
    for bag in sorted((tmp_path / "local-bags").iterdir()):
        out = io.BytesIO()
        write_tar(plan_bag_tar(bag), out)
        tars[f"{bag.name}.tar"] = out.getvalue()
    return tars


def objects(client: Any, bucket: str, prefix: str) -> dict[str, bytes]:  # noqa: F811
    listing = client.list_objects_v2(Bucket=bucket, Prefix=prefix + "/").get("Contents", [])
    return {
        o["Key"].removeprefix(prefix + "/"): client.get_object(Bucket=bucket, Key=o["Key"])["Body"].read()
        for o in listing
    }


def test_articles_in_a_bucket_become_bags_in_the_bucket(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    client: Any,  # noqa: F811
    bucket: str,
    prefix: str,
) -> None:
    """Each article fetched, packaged, sent as one tar: the same bytes a local run's bag makes as a tar."""
    got = package(
        s3, f"s3://{bucket}/{prefix}/incoming/", "-o", f"s3://{bucket}/{prefix}/bags", "--json", cwd=tmp_path
    )
    assert got.returncode == 0, got.stdout
    lines = [json.loads(line) for line in got.stdout.splitlines()]
    assert [r["input"] for r in lines] == [f"s3://{bucket}/{prefix}/incoming/{name}" for name in ARTICLES]
    assert {r["status"] for r in lines} == {"created"}
    assert all(
        r["bag"].startswith(f"s3://{bucket}/{prefix}/bags/") and r["bag"].endswith(".tar") for r in lines
    )
    stored = {
        k.removeprefix("bags/"): v
        for k, v in objects(client, bucket, prefix).items()
        if k.startswith("bags/")
    }
    assert stored == local_tars(tmp_path)
    for data in stored.values():  # each a bag folder as its single top-level member
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            assert len({m.name.split("/")[0] for m in tar.getmembers()}) == 1
    # A re-run finds every bag there and sends nothing.
    before = {
        o["Key"]: o["LastModified"] for o in client.list_objects_v2(Bucket=bucket, Prefix=prefix)["Contents"]
    }
    again = package(
        s3, f"s3://{bucket}/{prefix}/incoming/", "-o", f"s3://{bucket}/{prefix}/bags", "--json", cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert {json.loads(line)["status"] for line in again.stdout.splitlines()} == {"exists"}
    after = {
        o["Key"]: o["LastModified"] for o in client.list_objects_v2(Bucket=bucket, Prefix=prefix)["Contents"]
    }
    assert after == before


def test_local_files_to_a_bucket_and_a_bucket_to_a_folder(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    client: Any,  # noqa: F811
    bucket: str,
    prefix: str,
) -> None:
    expected = local_tars(tmp_path)
    up = package(s3, str(tmp_path / "local-in"), "-o", f"s3://{bucket}/{prefix}/up", cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    stored = objects(client, bucket, prefix)
    assert {k.removeprefix("up/"): v for k, v in stored.items() if k.startswith("up/")} == expected
    down = package(s3, f"s3://{bucket}/{prefix}/incoming/a1.txt", "-o", "down", "--json", cwd=tmp_path)
    assert down.returncode == 0, down.stderr
    (bag,) = (tmp_path / "down").iterdir()
    out = io.BytesIO()
    write_tar(plan_bag_tar(bag), out)
    assert out.getvalue() == expected[f"{bag.name}.tar"]
    assert json.loads(down.stdout)["input"] == f"s3://{bucket}/{prefix}/incoming/a1.txt"


def test_usage_mistakes_with_buckets_are_exit_2(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    bucket: str,
    prefix: str,
) -> None:
    missing_key = package(
        s3, f"s3://{bucket}/{prefix}/incoming/missing.txt", "-o", "out", "--json", cwd=tmp_path
    )
    assert missing_key.returncode == 1, missing_key.stderr  # an article that fails, as a missing file does
    assert json.loads(missing_key.stdout)["error"]["code"] == "ARTICLE_NOT_FOUND"
    cases = {
        "NO_ARTICLES": (f"s3://{bucket}/{prefix}/nothing/", "-o", "out"),
        "PACKAGE_S3_REPLACE": (f"s3://{bucket}/{prefix}/incoming/", "-o", f"s3://{bucket}/x", "--replace"),
        "S3_URL_INVALID": (f"s3://{bucket}/{prefix}/incoming/", "-o", "s3://"),
    }
    for code, args in cases.items():
        got = package(s3, *args, cwd=tmp_path)
        assert got.returncode == 2 and f"error[{code}]" in got.stderr, (code, got.stderr)
        assert len(got.stderr.strip().splitlines()) <= 2 and "Traceback" not in got.stderr
    assert not (tmp_path / "out").exists()  # a run that made no bag leaves no folder
    missing = package(
        s3, f"s3://{bucket}/{prefix}/incoming/", "-o", "s3://no-such-bucket-here/x", cwd=tmp_path
    )
    assert missing.returncode != 0 and "S3_NO_SUCH_BUCKET" in missing.stderr, missing.stderr


@pytest.fixture(scope="module")
def cluster(s3: S3Server) -> Iterator[Any]:  # noqa: F811
    pytest.importorskip("distributed")
    from tests import daskcluster

    # The workers' own credentials, as a deployed worker has them (none travel with the tasks).
    creds = {k: v for k, v in env_for(s3).items() if k.startswith("AWS_")}
    with daskcluster.running(workers=2, config=creds) as started:
        yield started


def test_a_cluster_packages_from_a_bucket_to_a_bucket_with_no_shared_folder(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    client: Any,  # noqa: F811
    bucket: str,
    prefix: str,
    cluster: Any,
) -> None:
    local = package(
        s3, f"s3://{bucket}/{prefix}/incoming/", "-o", f"s3://{bucket}/{prefix}/local", "--json", cwd=tmp_path
    )
    assert local.returncode == 0, local.stderr
    remote = package(
        s3, f"s3://{bucket}/{prefix}/incoming/", "-o", f"s3://{bucket}/{prefix}/remote", "--json",
        "--cluster", cluster.address, cwd=tmp_path,
    )  # fmt: skip
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout.replace(f"{prefix}/local/", f"{prefix}/remote/")
    stored = objects(client, bucket, prefix)
    ours = {k.split("/", 1)[1]: v for k, v in stored.items() if k.startswith("remote/")}
    theirs = {k.split("/", 1)[1]: v for k, v in stored.items() if k.startswith("local/")}
    assert ours == theirs and len(ours) == len(ARTICLES)


def test_another_article_under_an_identifier_already_in_the_bucket_fails_as_locally(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    bucket: str,
    prefix: str,
) -> None:
    """A corrected article given the same --id: locally BAG_EXISTS_DIFFERENT, never a silent `exists`."""
    identifier = "urn:uuid:0b7e6c1e-4d0a-4c57-9d43-2b1f4c3f6a10"
    story = tmp_path / "story.txt"
    story.write_bytes(ARTICLES["a0.txt"])
    out = f"s3://{bucket}/{prefix}/ids"
    first = package(s3, str(story), "-o", out, "--id", identifier, "--json", cwd=tmp_path)
    assert first.returncode == 0 and json.loads(first.stdout)["status"] == "created", first.stdout
    same = package(s3, str(story), "-o", out, "--id", identifier, "--json", cwd=tmp_path)
    assert json.loads(same.stdout)["status"] == "exists", same.stdout
    story.write_bytes(ARTICLES["a0.txt"] + b"Correction: the board met on the 1st.\n")
    changed = package(s3, str(story), "-o", out, "--id", identifier, "--json", cwd=tmp_path)
    assert changed.returncode == 1, changed.stdout
    line = json.loads(changed.stdout)
    assert line["status"] == "failed" and line["error"]["code"] == "BAG_EXISTS_DIFFERENT"
    assert line["error"]["where"].startswith(f"s3://{bucket}/")


def test_serialize_tar_sends_the_same_tar_and_other_forms_are_refused(
    tmp_path: Path,
    s3: S3Server,  # noqa: F811
    client: Any,  # noqa: F811
    bucket: str,
    prefix: str,
) -> None:
    """A bucket takes each bag as its tar: --serialize tar (or a profile that asks for it) sends that same
    tar; zip or tar.gz are refused before anything is made."""
    expected = local_tars(tmp_path)
    out = f"s3://{bucket}/{prefix}/tars"
    sent = package(s3, str(tmp_path / "local-in"), "-o", out, "--serialize", "tar", cwd=tmp_path)
    assert sent.returncode == 0, sent.stderr
    stored = objects(client, bucket, prefix)
    assert {k.removeprefix("tars/"): v for k, v in stored.items() if k.startswith("tars/")} == expected
    zipped = package(s3, str(tmp_path / "local-in"), "-o", out, "--serialize", "zip", cwd=tmp_path)
    assert zipped.returncode == 2 and "error[PACKAGE_S3_SERIALIZE]" in zipped.stderr, zipped.stderr
