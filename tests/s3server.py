"""A real S3 server for the tests: Ceph RGW started by ``scripts/ceph-rgw-start.sh``, stopped at the end.

Why a real server: the S3 checks the tool relies on (Content-MD5 rejected when wrong, ``If-None-Match: *``,
multipart ETags, ListParts) are exactly what mocks such as moto do not enforce.

The tests take it through the session fixture ``ceph`` of ``tests/conftest.py``: one server for the whole
run, started by the first test that asks for it, so runs without S3 tests never pay for it::

    @pytest.fixture(scope="module")
    def s3(ceph: S3Server) -> S3Server:
        return ceph

Where the Ceph binaries are missing the tests skip with the reason, except when ``CI=true``: then missing
binaries fail the tests, since CI must run them. ``ARCHIVER_TEST_S3_ENDPOINT`` (with ``AWS_ACCESS_KEY_ID``
and ``AWS_SECRET_ACCESS_KEY``) points the tests at a server already running instead, e.g. one ``.ci/run``
started with the same script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
START = REPO / "scripts" / "ceph-rgw-start.sh"
STOP = REPO / "scripts" / "ceph-rgw-stop.sh"
#: What the start script runs; all come with `apt-get install ceph-mon ceph-osd radosgw curl`.
REQUIRED = ("ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph", "monmaptool", "curl")
START_TIMEOUT = 180  # seconds; about 15 are typical


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str
    access_key: str
    secret_key: str
    region: str
    state: Path | None  # the start script's state folder; None for a server started elsewhere
    started_in: float  # seconds the start took (0 for a server started elsewhere)


def missing_binaries() -> list[str]:
    return [name for name in REQUIRED if shutil.which(name) is None]


def in_ci() -> bool:
    """Under CI a missing service fails the tests instead of skipping them."""
    return os.environ.get("CI", "").lower() == "true"


def parse_key_values(text: str) -> dict[str, str]:
    """The start script's ``KEY=VALUE`` lines (anything else is ignored)."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.isidentifier():
            values[name] = value.strip()
    return values


def _external() -> S3Server | None:
    endpoint = os.environ.get("ARCHIVER_TEST_S3_ENDPOINT")
    if not endpoint:
        return None
    return S3Server(
        endpoint_url=endpoint,
        access_key=os.environ.get("AWS_ACCESS_KEY_ID", ""),
        secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY", ""),
        region=os.environ.get("AWS_REGION", "us-east-1"),
        state=None,
        started_in=0.0,
    )


@contextmanager
def ceph_rgw() -> Iterator[S3Server]:
    """Start a throw-away Ceph RGW (or use ``ARCHIVER_TEST_S3_ENDPOINT``); stop it on exit."""
    external = _external()
    if external is not None:
        yield external
        return
    missing = missing_binaries()
    if missing:
        reason = (
            f"Ceph RGW binaries not found ({', '.join(missing)}): S3 tests need "
            "`apt-get install --no-install-recommends ceph-mon ceph-osd radosgw curl`"
        )
        if in_ci():
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    began = time.monotonic()
    try:
        # A fresh state folder every time (mktemp), even if the caller's shell names one for its own server.
        env = {k: v for k, v in os.environ.items() if k != "CEPH_RGW_STATE"}
        run = subprocess.run(
            ["bash", str(START)], capture_output=True, text=True, timeout=START_TIMEOUT, check=False, env=env
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{START.name} did not finish in {START_TIMEOUT}s: {exc.stderr!r}", pytrace=False)
    values = parse_key_values(run.stdout)
    if run.returncode != 0 or "AWS_ENDPOINT_URL" not in values:
        pytest.fail(f"{START.name} failed (exit {run.returncode}):\n{run.stderr[-3000:]}", pytrace=False)
    state = Path(values["CEPH_RGW_STATE"])
    server = S3Server(
        endpoint_url=values["AWS_ENDPOINT_URL"],
        access_key=values["AWS_ACCESS_KEY_ID"],
        secret_key=values["AWS_SECRET_ACCESS_KEY"],
        region=values.get("AWS_REGION", "us-east-1"),
        state=state,
        started_in=time.monotonic() - began,
    )
    try:
        yield server
    finally:
        subprocess.run(["bash", str(STOP), str(state)], capture_output=True, timeout=60, check=False)
