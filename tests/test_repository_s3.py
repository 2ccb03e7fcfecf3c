"""Ingest into S3, against a real server (Ceph RGW, started by tests/s3server.py).

What is shown here is what a mock could not show: the server itself rejects a wrong Content-MD5 and a second
conditional PUT, and reports the multipart ETag the tool predicted.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import re
import secrets
import tarfile
from pathlib import Path
from typing import Any

import bagit
import pytest

pytest.importorskip("boto3", reason="boto3 is not installed (the project's s3 extra)")

from botocore.exceptions import ClientError, EndpointConnectionError

from archiver.errors import ArchiverError
from archiver.formats.bagit.serialize import plan_bag_tar, write_tar
from archiver.formats.bagit.writer import PayloadFile, write_bag
from archiver.repository.s3_ingest import ingest_to_s3, upload_bag
from archiver.s3.client import (
    MiB,
    S3Error,
    S3Options,
    S3UsageError,
    make_client,
    parse_s3_url,
    s3_error,
    s3_options_from_env,
)
from archiver.s3.tar_object import (
    TarDigests,
    effective_part_size,
    find_resumable_upload,
    hash_tar,
    object_key,
    verify_object,
)
from tests.s3server import S3Server, parse_key_values

pytestmark = pytest.mark.slow

SMALL = 5 * MiB  # S3's smallest part (all but the last)
IDENTIFIER = "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"


class Interrupted(Exception):
    """Stands for a crash or Ctrl-C in the middle of an upload."""


# --- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s3(ceph: S3Server) -> S3Server:
    return ceph  # the run's one server (tests/conftest.py)


@pytest.fixture(scope="module")
def base_options(s3: S3Server) -> S3Options:
    return S3Options(
        endpoint_url=s3.endpoint_url, region=s3.region, access_key=s3.access_key, secret_key=s3.secret_key
    )


@pytest.fixture(scope="module")
def client(base_options: S3Options) -> Any:
    return make_client(base_options)


@pytest.fixture(scope="module")
def bucket(client: Any) -> str:
    name = f"archiver-test-{secrets.token_hex(4)}"
    client.create_bucket(Bucket=name)
    return name


@pytest.fixture
def prefix(request: pytest.FixtureRequest) -> str:
    """A fresh prefix per test, so tests never see each other's objects."""
    return "t/" + re.sub(r"[^A-Za-z0-9_-]", "-", request.node.name) + "-" + secrets.token_hex(3)


@pytest.fixture
def multipart(base_options: S3Options) -> S3Options:
    """Options that make a 12 MiB tar a three-part upload (5 + 5 + 2 MiB)."""
    return S3Options(**{**base_options.__dict__, "multipart_threshold": SMALL, "part_size": SMALL})


def make_bag(parent: Path, name: str, files: dict[str, bytes]) -> Path:
    root = parent / name
    root.mkdir(parents=True)
    info = [("Bagging-Date", "2024-05-06"), ("External-Identifier", IDENTIFIER)]
    write_bag(root, [PayloadFile(p, data) for p, data in files.items()], info, durable=False)
    return root


@pytest.fixture
def small_bag(tmp_path: Path) -> Path:
    return make_bag(
        tmp_path / "a", "small-bag", {"article.txt": b"A short article.\n", "meta/x.json": b"{}\n"}
    )


@pytest.fixture
def big_bag(tmp_path: Path) -> Path:
    payload = random.Random(42).randbytes(12 * MiB)
    return make_bag(tmp_path / "b", "big-bag", {"article.txt": b"Big.\n", "capture.bin": payload})


def tar_of(bag: Path) -> bytes:
    out = io.BytesIO()
    write_tar(plan_bag_tar(bag), out)
    return out.getvalue()


def get_bytes(client: Any, bucket: str, key: str) -> bytes:
    data: bytes = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    return data


def uploads_of(client: Any, bucket: str, key: str) -> list[dict[str, Any]]:
    uploads = client.list_multipart_uploads(Bucket=bucket, Prefix=key).get("Uploads", [])
    return [u for u in uploads if u["Key"] == key]


def assert_bag_in_tar_validates(data: bytes, name: str, tmp_path: Path) -> None:
    out = tmp_path / "extracted"
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        assert {m.name.split("/")[0] for m in tar.getmembers()} == {name}
        tar.extractall(out, filter="data")
    bagit.Bag(str(out / name)).validate()


# --- uploads ------------------------------------------------------------------------------------------


def test_small_bag_is_one_put_with_md5_etag_and_sha256_metadata(
    small_bag: Path, bucket: str, prefix: str, base_options: S3Options, client: Any, tmp_path: Path
) -> None:
    [result] = ingest_to_s3([small_bag], f"s3://{bucket}/{prefix}", options=base_options)
    assert result.error is None and result.status == "uploaded"
    assert result.key == f"{prefix}/small-bag.tar"
    assert (result.parts_total, result.parts_uploaded, result.resumed) == (1, 1, False)
    expected = tar_of(small_bag)
    stored = get_bytes(client, bucket, result.key)
    assert stored == expected
    head = client.head_object(Bucket=bucket, Key=result.key)
    assert head["ETag"].strip('"') == hashlib.md5(expected).hexdigest() == result.etag
    assert head["Metadata"]["sha256"] == hashlib.sha256(expected).hexdigest() == result.sha256
    assert head["Metadata"]["external-identifier"] == IDENTIFIER
    assert head["ContentType"] == "application/x-tar"
    assert_bag_in_tar_validates(stored, "small-bag", tmp_path)


def test_large_bag_is_multipart_with_the_predicted_etag(
    big_bag: Path, bucket: str, prefix: str, multipart: S3Options, client: Any, tmp_path: Path
) -> None:
    [result] = ingest_to_s3([big_bag], f"s3://{bucket}/{prefix}", options=multipart)
    assert result.error is None and result.status == "uploaded"
    assert (result.parts_total, result.parts_uploaded) == (3, 3)
    expected = tar_of(big_bag)
    parts = [expected[i : i + SMALL] for i in range(0, len(expected), SMALL)]
    multipart_etag = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts)).hexdigest() + "-3"
    head = client.head_object(Bucket=bucket, Key=result.key)
    assert head["ETag"].strip('"') == multipart_etag == result.etag
    assert head["Metadata"]["sha256"] == hashlib.sha256(expected).hexdigest()
    assert head["Metadata"]["md5"] == hashlib.md5(expected).hexdigest()
    assert head["Metadata"]["part-size"] == str(SMALL)
    stored = get_bytes(client, bucket, result.key)
    assert stored == expected
    assert_bag_in_tar_validates(stored, "big-bag", tmp_path)
    assert uploads_of(client, bucket, result.key) == []


def test_every_request_with_a_body_carries_content_md5(
    big_bag: Path, small_bag: Path, bucket: str, prefix: str, multipart: S3Options
) -> None:
    client = make_client(multipart)
    seen: list[tuple[str, bool]] = []

    def record(request: Any, event_name: str, **_: Any) -> None:
        if request.method in ("PUT", "POST"):
            seen.append((event_name.rsplit(".", 1)[-1], "Content-MD5" in request.headers))

    client.meta.events.register("before-send.s3", record)
    upload_bag(client, big_bag, bucket, f"{prefix}/big.tar", multipart)
    upload_bag(client, small_bag, bucket, f"{prefix}/small.tar", multipart)
    operations = [op for op, _ in seen]
    assert operations.count("UploadPart") == 3
    assert {"CompleteMultipartUpload", "PutObject"} <= set(operations)
    without = [op for op, has_md5 in seen if not has_md5 and op != "CreateMultipartUpload"]
    assert without == []  # CreateMultipartUpload has no body


def test_reupload_reports_exists_and_sends_nothing(
    small_bag: Path, bucket: str, prefix: str, base_options: S3Options
) -> None:
    url = f"s3://{bucket}/{prefix}"
    [first] = ingest_to_s3([small_bag], url, options=base_options)
    verifying = S3Options(**{**base_options.__dict__, "verify": True})
    [again] = ingest_to_s3([small_bag], url, options=verifying)
    assert again.status == "exists" and again.error is None
    assert again.parts_uploaded == 0
    assert again.sha256 == first.sha256 and again.etag == first.etag
    assert again.verified  # the existing object was read back and re-hashed


def test_different_bag_with_the_same_name_is_refused(
    small_bag: Path, tmp_path: Path, bucket: str, prefix: str, base_options: S3Options, client: Any
) -> None:
    url = f"s3://{bucket}/{prefix}"
    [first] = ingest_to_s3([small_bag], url, options=base_options)
    other = make_bag(tmp_path / "other", "small-bag", {"article.txt": b"A different article.\n"})
    [second] = ingest_to_s3([other], url, options=base_options)
    assert second.status == "failed" and second.error is not None
    assert second.error.code == "S3_OBJECT_EXISTS_DIFFERENT"
    assert "\n" not in second.error.one_line()
    assert client.head_object(Bucket=bucket, Key=first.key)["Metadata"]["sha256"] == first.sha256


def test_verify_reads_back_and_catches_a_replaced_object(
    small_bag: Path, bucket: str, prefix: str, base_options: S3Options, client: Any
) -> None:
    verifying = S3Options(**{**base_options.__dict__, "verify": True})
    url = f"s3://{bucket}/{prefix}"
    [result] = ingest_to_s3([small_bag], url, options=verifying)
    assert result.status == "uploaded" and result.verified
    # One byte changes behind our back, length and metadata kept: HEAD sees the same object, and only
    # reading it back can tell.
    head = client.head_object(Bucket=bucket, Key=result.key)
    damaged = bytearray(get_bytes(client, bucket, result.key))
    damaged[600] ^= 0x01
    client.put_object(Bucket=bucket, Key=result.key, Body=bytes(damaged), Metadata=head["Metadata"])
    [again] = ingest_to_s3([small_bag], url, options=base_options)
    assert again.status == "exists"  # without --verify the damage goes unseen
    [checked] = ingest_to_s3([small_bag], url, options=verifying)
    assert checked.status == "failed" and checked.error is not None
    assert checked.error.code == "S3_VERIFY_FAILED"
    with pytest.raises(S3Error) as err:
        verify_object(client, bucket, result.key, hash_tar(plan_bag_tar(small_bag), None))
    assert err.value.code == "S3_VERIFY_FAILED"


def test_interrupted_multipart_upload_resumes_with_only_the_missing_parts(
    big_bag: Path, bucket: str, prefix: str, multipart: S3Options, client: Any
) -> None:
    url = f"s3://{bucket}/{prefix}"
    key = object_key(prefix, big_bag)

    def crash_after_first_part(_key: str, done: int, total: int) -> None:
        if done < total:
            raise Interrupted

    with pytest.raises(Interrupted):
        ingest_to_s3([big_bag], url, options=multipart, progress=crash_after_first_part)
    [upload] = uploads_of(client, bucket, key)
    parts = client.list_parts(Bucket=bucket, Key=key, UploadId=upload["UploadId"])["Parts"]
    assert [p["PartNumber"] for p in parts] == [1]
    with pytest.raises(ClientError):
        client.head_object(Bucket=bucket, Key=key)  # nothing visible yet

    [result] = ingest_to_s3([big_bag], url, options=multipart)
    assert result.status == "uploaded" and result.error is None
    assert (result.resumed, result.parts_total, result.parts_uploaded) == (True, 3, 2)
    assert get_bytes(client, bucket, key) == tar_of(big_bag)
    assert uploads_of(client, bucket, key) == []


def test_unfinished_upload_with_a_different_part_is_not_reused(
    big_bag: Path, bucket: str, prefix: str, multipart: S3Options, client: Any
) -> None:
    key = object_key(prefix, big_bag)
    stale = client.create_multipart_upload(Bucket=bucket, Key=key, Metadata={"sha256": "0" * 64})
    junk = random.Random(1).randbytes(SMALL)
    client.upload_part(Bucket=bucket, Key=key, UploadId=stale["UploadId"], PartNumber=1, Body=junk)
    digests = hash_tar(plan_bag_tar(big_bag), effective_part_size(12 * MiB, multipart))
    assert find_resumable_upload(client, bucket, key, digests) == (None, set())

    [result] = ingest_to_s3([big_bag], f"s3://{bucket}/{prefix}", options=multipart)
    assert result.status == "uploaded" and not result.resumed and result.parts_uploaded == 3
    assert client.head_object(Bucket=bucket, Key=key)["Metadata"]["sha256"] == digests.sha256
    assert [u["UploadId"] for u in uploads_of(client, bucket, key)] == [stale["UploadId"]]  # left alone


# --- what the server checks ---------------------------------------------------------------------------


def test_server_rejects_a_wrong_content_md5(client: Any, bucket: str, prefix: str) -> None:
    wrong = base64.b64encode(hashlib.md5(b"other bytes").digest()).decode()
    with pytest.raises(ClientError) as err:
        client.put_object(Bucket=bucket, Key=f"{prefix}/x", Body=b"these bytes", ContentMD5=wrong)
    assert err.value.response["Error"]["Code"] == "BadDigest"


def test_bytes_damaged_in_transit_fail_the_upload(
    big_bag: Path, bucket: str, prefix: str, multipart: S3Options
) -> None:
    """Flip a byte of part 2 after its Content-MD5 was computed: the server refuses it, nothing is stored."""
    client = make_client(multipart)

    def damage(request: Any, **_: Any) -> None:
        if "partNumber=2" in request.url:
            body = request.body
            damaged = bytearray(body.read() if hasattr(body, "read") else body)
            damaged[100] ^= 0xFF
            request.data = bytes(damaged)

    client.meta.events.register("before-sign.s3.UploadPart", damage)
    key = f"{prefix}/big-bag.tar"
    with pytest.raises(S3Error) as err:
        upload_bag(client, big_bag, bucket, key, multipart)
    assert err.value.code == "S3_BAD_DIGEST"
    with pytest.raises(ClientError):
        client.head_object(Bucket=bucket, Key=key)


def test_a_writer_slipping_in_before_the_put_is_not_overwritten(
    small_bag: Path, bucket: str, prefix: str, base_options: S3Options, client: Any
) -> None:
    """Between our HEAD and our PUT another object lands: If-None-Match makes our PUT fail, not overwrite."""
    racing = make_client(base_options)
    key = f"{prefix}/small-bag.tar"

    def other_writer(**_: Any) -> None:
        client.put_object(Bucket=bucket, Key=key, Body=b"first come, first served")

    racing.meta.events.register("before-call.s3.PutObject", other_writer)
    with pytest.raises(S3Error) as err:
        upload_bag(racing, small_bag, bucket, key, base_options)
    assert err.value.code == "S3_OBJECT_EXISTS_DIFFERENT"
    assert get_bytes(client, bucket, key) == b"first come, first served"


def test_invalid_bag_is_refused_and_nothing_is_sent(
    big_bag: Path, bucket: str, prefix: str, multipart: S3Options, client: Any
) -> None:
    (big_bag / "data" / "article.txt").write_bytes(b"Tampered.\n")
    [result] = ingest_to_s3([big_bag], f"s3://{bucket}/{prefix}", options=multipart)
    assert result.status == "failed" and result.error is not None
    assert result.error.code == "S3_BAG_INVALID"
    assert any(f.code == "BAG-MANIFEST-CHECKSUM" for f in result.findings)
    assert client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("KeyCount") == 0
    assert uploads_of(client, bucket, result.key) == []


def test_missing_bucket_and_bad_credentials_stop_before_any_bag(
    small_bag: Path, base_options: S3Options, bucket: str
) -> None:
    with pytest.raises(S3Error) as err:
        ingest_to_s3([small_bag], "s3://no-such-bucket-here/x", options=base_options)
    assert err.value.code == "S3_NO_SUCH_BUCKET"
    wrong = S3Options(**{**base_options.__dict__, "secret_key": "wrong"})
    with pytest.raises(S3Error) as err:
        ingest_to_s3([small_bag], f"s3://{bucket}/x", options=wrong)
    assert err.value.code == "S3_ACCESS_DENIED"
    assert "Traceback" not in err.value.one_line()


# --- no server needed ---------------------------------------------------------------------------------


def test_urls_and_keys() -> None:
    assert parse_s3_url("s3://bucket/news/2024/") == ("bucket", "news/2024")
    assert parse_s3_url("s3://bucket") == ("bucket", "")
    assert object_key("", Path("x/my-bag/")) == "my-bag.tar"
    assert object_key("p/q", Path("my-bag")) == "p/q/my-bag.tar"
    for bad in ("http://bucket/x", "s3:/bucket", "s3://", "bucket/x"):
        with pytest.raises(S3UsageError) as err:
            parse_s3_url(bad)
        assert err.value.code == "S3_URL_INVALID"


def test_options_follow_the_aws_environment_then_overrides() -> None:
    env = {
        "AWS_ENDPOINT_URL": "http://general:1",
        "AWS_ENDPOINT_URL_S3": "http://s3-only:2",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "AK",
        "AWS_SECRET_ACCESS_KEY": "SK",
    }
    options = s3_options_from_env(environ=env, region=None, verify=True)
    assert (options.endpoint_url, options.region, options.access_key, options.secret_key) == (
        "http://s3-only:2",
        "eu-west-1",
        "AK",
        "SK",
    )
    assert options.verify
    assert s3_options_from_env(environ={"AWS_REGION": "a", "AWS_DEFAULT_REGION": "b"}).region == "a"
    assert s3_options_from_env(environ={}, part_size=8 * MiB).part_size == 8 * MiB
    with pytest.raises(TypeError):
        s3_options_from_env(environ={}, colour="blue")
    layered = s3_options_from_env(
        environ={"AWS_REGION": "from-env"}, defaults={"region": "from-config", "endpoint_url": "http://cfg"}
    )
    assert (layered.region, layered.endpoint_url) == ("from-env", "http://cfg")
    assert s3_options_from_env(environ=env, profile="archive").access_key is None


def test_ocfl_form_and_impossible_sizes_are_usage_errors(small_bag: Path) -> None:
    for options, code in (
        (S3Options(form="ocfl"), "S3_FORM_UNSUPPORTED"),
        (S3Options(part_size=MiB), "S3_OPTIONS_INVALID"),
        (S3Options(multipart_threshold=6 * 1024 * MiB), "S3_OPTIONS_INVALID"),
    ):
        with pytest.raises(S3UsageError) as err:
            ingest_to_s3([small_bag], "s3://bucket/x", options=options)
        assert err.value.code == code
        assert err.value.exit_code == 2


def test_part_size_grows_to_stay_within_ten_thousand_parts() -> None:
    options = S3Options()
    assert effective_part_size(options.multipart_threshold - 1, options) is None
    assert effective_part_size(options.multipart_threshold, options) == options.part_size
    huge = 400 * 1024 * MiB  # 400 GiB: 16 MiB parts would be 25,600
    part = effective_part_size(huge, options)
    assert part is not None and part % MiB == 0 and -(-huge // part) <= 10_000


def test_multipart_etag_rule() -> None:
    parts = [b"a" * 10, b"b" * 3]
    digests = TarDigests(
        size=13, sha256="", md5="", part_size=10, part_md5s=tuple(hashlib.md5(p).digest() for p in parts)
    )
    joined = hashlib.md5(hashlib.md5(parts[0]).digest() + hashlib.md5(parts[1]).digest()).hexdigest()
    assert digests.expected_etag == f"{joined}-2"
    assert digests.part_range(2) == (10, 3)


def test_unreachable_endpoint_is_one_clear_line() -> None:
    error = s3_error(
        EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), action="PutObject", where="s3://b/k"
    )
    assert error.code == "S3_ENDPOINT_UNREACHABLE"
    assert error.one_line().startswith("error[S3_ENDPOINT_UNREACHABLE] s3://b/k: cannot reach")


def test_start_script_output_is_parsed() -> None:
    text = "noise\nAWS_ENDPOINT_URL=http://127.0.0.1:1234\nAWS_SECRET_ACCESS_KEY=a=b\n"
    assert parse_key_values(text) == {
        "AWS_ENDPOINT_URL": "http://127.0.0.1:1234",
        "AWS_SECRET_ACCESS_KEY": "a=b",
    }


# --- receiving buckets (issue 13): a receiver's profile --------------------------------------------------


def test_aptrust_receiving_bucket_takes_only_bags_meeting_the_profile(
    tmp_path: Path, small_bag: Path, bucket: str, prefix: str, base_options: S3Options, client: Any
) -> None:
    """A bag made for APTrust (unpacked from the tar `package --profile aptrust` writes) is sent as
    ``institution.name.tar`` with a top folder of the same name; a bag of the project's own profile is
    refused with the profile's findings and nothing is sent."""
    from archiver.packaging import package_article
    from tests.test_receiver_profiles import SAMPLE, options, plan_for

    made = package_article(
        SAMPLE,
        options(
            tmp_path / "out",
            plan_for("aptrust", "aptrust-info.txt:Access=Institution", institution="example.edu"),
        ),
    )
    assert made.bag is not None and made.bag.name.endswith(".tar")
    with tarfile.open(made.bag) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    [folder] = (tmp_path / "unpacked").iterdir()
    assert folder.name == made.bag.name.removesuffix(".tar") and folder.name.startswith("example.edu.")

    url = f"s3://{bucket}/{prefix}"
    [sent] = ingest_to_s3([folder], url, options=base_options, profile="aptrust")
    assert sent.status == "uploaded", sent.error
    assert sent.key == f"{prefix}/{folder.name}.tar"
    data = get_bytes(client, bucket, sent.key)
    assert data == made.bag.read_bytes()  # the same deterministic tar the packager wrote

    [refused] = ingest_to_s3([small_bag], url, options=base_options, profile="aptrust")
    assert refused.status == "failed" and refused.error is not None
    assert refused.error.code == "S3_BAG_INVALID"
    assert any(f.code.startswith("PROFILE-") for f in refused.findings)
    assert uploads_of(client, bucket, refused.key) == [] and "small-bag" not in str(
        client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    )


def test_a_profile_that_refuses_tar_is_a_usage_error(tmp_path: Path, small_bag: Path) -> None:
    profile = tmp_path / "zip-only.json"
    profile.write_text(
        json.dumps(
            {
                "BagIt-Profile-Info": {
                    "BagIt-Profile-Identifier": "https://profiles.example.org/zip-only.json",
                    "Source-Organization": "Example",
                    "External-Description": "zip only",
                    "Version": "1.0",
                    "BagIt-Profile-Version": "1.3.0",
                },
                "Serialization": "required",
                "Accept-Serialization": ["application/zip"],
                "Accept-BagIt-Version": ["1.0"],
            }
        )
    )
    with pytest.raises(ArchiverError) as caught:
        ingest_to_s3([small_bag], "s3://bucket/prefix", options=S3Options(), profile=str(profile))
    assert caught.value.code == "PROFILE_SERIALIZATION"


# --- Ctrl-C and kill -9 at many moments of an ingest into S3 (issue 19) ---------------------------------


def test_ctrl_c_or_kill_at_any_moment_of_an_s3_ingest(
    tmp_path: Path, s3: S3Server, bucket: str, client: Any
) -> None:
    """32 runs of `archiver ingest BAGS --into s3://...`, each signalled at a seeded moment (SIGINT and
    SIGKILL in turn, to the process group): every object under a final key is a whole tar of its bag
    (its bytes equal the tar and its sha256 metadata), and a re-run completes with every bag there once."""
    import os
    import subprocess
    import sys

    from tests.test_reliability import _timed, signal_sweep

    bags = [
        make_bag(tmp_path / "bags", f"bag-{n:02d}", {"article.txt": f"Article {n}.\n".encode() * 4000})
        for n in range(12)
    ]
    tars = {object_key("", bag): tar_of(bag) for bag in bags}
    env = dict(
        os.environ,
        AWS_ENDPOINT_URL=s3.endpoint_url,
        AWS_ACCESS_KEY_ID=s3.access_key,
        AWS_SECRET_ACCESS_KEY=s3.secret_key,
        AWS_REGION=s3.region,
        XDG_CONFIG_HOME=str(tmp_path / "no-config"),
    )
    env.pop("ARCHIVER_CONFIG", None)

    def start(n: int, prefix: str | None = None) -> subprocess.Popen[str]:
        url = f"s3://{bucket}/{prefix or f'sweep-{n}'}"
        command = [sys.executable, "-m", "archiver", "ingest", *map(str, bags), "--into", url, "--json"]
        return subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    duration = _timed(start(0, "sweep-calibrate"))

    def stored(prefix: str) -> dict[str, bytes]:
        listed = client.list_objects_v2(Bucket=bucket, Prefix=prefix + "/").get("Contents", [])
        return {item["Key"][len(prefix) + 1 :]: get_bytes(client, bucket, item["Key"]) for item in listed}

    def check(n: int, sig: Any) -> None:
        for key, data in stored(f"sweep-{n}").items():
            assert data == tars[key], (n, sig.name, key)  # never a partial object under a final key
            head = client.head_object(Bucket=bucket, Key=f"sweep-{n}/{key}")
            assert head["Metadata"]["sha256"] == hashlib.sha256(data).hexdigest()
        again = start(n)
        out, err = again.communicate(timeout=300)
        assert again.returncode == 0, (n, err[-2000:])
        assert len(out.splitlines()) == len(bags)
        assert stored(f"sweep-{n}") == tars

    signal_sweep(start, check, moments=32, duration=duration, seed=3)
