"""Shared fixtures. Tests that need ../shared skip cleanly when it is absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.s3server import S3Server

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def ceph() -> Iterator[S3Server]:
    """One Ceph RGW for the whole run (tests/s3server.py), started when the first test that needs it runs
    (about 16 s) and stopped at the end; runs without S3 tests never start it. Each module keeps to its own
    buckets, so they share the server as users of one S3 service would."""
    from tests.s3server import ceph_rgw

    with ceph_rgw() as server:
        yield server
