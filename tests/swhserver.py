"""A real SWORD v2 server for the deposit tests: Software Heritage's swh-deposit, started by
``scripts/swh-deposit-start.sh`` on a free port of 127.0.0.1 and stopped at the end of the session.

Why a real server: what a deposit client must get right (Content-MD5 in the form the server checks, the
packaging it accepts, the multipart layout it parses, its error documents, In-Progress) is exactly what a
mock would agree with. swh-deposit runs in its own venv (``~/.cache/swh-deposit-venv``, built by the start
script on first use in about 50 s, reused after: a start then takes about 10 s) with a throw-away
PostgreSQL cluster from Debian's ``postgresql`` package.

Use from a test module::

    from tests.swhserver import SwhServer, swh_server  # noqa: F401  (the fixture)

Where PostgreSQL is missing the tests skip with the install line, except with ``CI=true``: then it is a
failure, since CI must run them (``.ci/run`` installs PostgreSQL).

Besides the server's addresses and credentials, :class:`SwhServer` gives the tests what only the server's
side can show: its access log (every request, to count what a repeated deposit sent), the files it stored,
stopping and restarting it (same port, same database), and running Software Heritage's checker and loader
once on a deposit, as its workers would (``deposited`` -> ``verified`` -> ``done``, or ``rejected``).
"""

from __future__ import annotations

import atexit
import base64
import glob
import os
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.s3server import in_ci, parse_key_values

REPO = Path(__file__).resolve().parent.parent
START = REPO / "scripts" / "swh-deposit-start.sh"
STOP = REPO / "scripts" / "swh-deposit-stop.sh"
INSTALL = "apt-get install postgresql"
START_TIMEOUT = 600  # seconds: a first start builds the venv from PyPI (about 50 s here)
VENV = Path(os.environ.get("SWH_VENV", Path.home() / ".cache" / "swh-deposit-venv"))
#: A small limit, so that the size check can be shown without a large file.
MAX_UPLOAD = 2 * 1024 * 1024

#: Run with the server's venv: Software Heritage's checker, then (if it passed) its loader, on one deposit.
PROCESS = """
import sys
from swh.deposit.loader.checker import DepositChecker
from swh.loader.package.deposit.loader import DepositLoader
deposit_id, origin = sys.argv[1], sys.argv[2]
result = DepositChecker().check(None, deposit_id)
if result.get("status") == "eventful":
    DepositLoader.from_configfile(url=origin, deposit_id=deposit_id).load()
"""


def postgres_missing() -> bool:
    if glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb"):
        return False
    return not os.environ.get("PG_BINDIR")


@dataclass
class SwhServer:
    base: Path
    port: int
    sd_iri: str
    col_iri: str
    user: str
    password: str
    provider_url: str
    started_in: float

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def access_log(self) -> list[str]:
        """Every request the server answered, as "METHOD PATH STATUS", oldest first."""
        path = self.base / "access.log"
        return path.read_text().splitlines() if path.exists() else []

    def settled_log(self, quiet: float = 0.5, limit: float = 10.0) -> list[str]:
        """The access log once no line has been added for ``quiet`` seconds (gunicorn writes a line just
        after it answers, so a test reading at once could miss the last request)."""
        lines, deadline = self.access_log(), time.monotonic() + limit
        while time.monotonic() < deadline:
            time.sleep(quiet)
            latest = self.access_log()
            if len(latest) == len(lines):
                break
            lines = latest
        return lines

    def stored_uploads(self) -> list[Path]:
        """The package files the server stored, oldest first."""
        return sorted(
            (p for p in (self.base / "uploads").rglob("*") if p.is_file()), key=lambda p: p.stat().st_mtime
        )

    def get(self, url: str) -> bytes:
        auth = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        request = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return bytes(answer.read())

    def deposit_count(self) -> int:
        """How many deposits the collection holds (the Col-IRI's ``sd:count``)."""
        match = re.search(rb"<sd:count>(\d+)</sd:count>", self.get(self.col_iri))
        return int(match.group(1)) if match else 0

    def stop(self) -> None:
        subprocess.run(["bash", str(STOP), str(self.base)], capture_output=True, timeout=60, check=False)

    def start(self) -> None:
        """Start again after :meth:`stop`: same port, same database."""
        run = _run_start({**os.environ, "SWH_DEPOSIT_BASE": str(self.base)})
        if run.returncode != 0:
            pytest.fail(f"restarting swh-deposit failed:\n{run.stderr[-3000:]}", pytrace=False)

    def process(self, deposit_id: str, origin: str) -> None:
        """Software Heritage's checker and loader, once, on ``deposit_id`` (what its workers would do)."""
        env = {**os.environ, "SWH_CONFIG_FILENAME": str(self.base / "worker.yml")}
        run = subprocess.run(
            [str(VENV / "bin" / "python"), "-c", PROCESS, deposit_id, origin],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=env,
        )
        if run.returncode != 0:
            raise AssertionError(f"checker/loader failed:\n{run.stderr[-3000:]}")


def _run_start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the start script in a session of its own: signals meant for the test run's process group
    (Ctrl-C, a test's killpg) do not reach the server, which the fixture stops itself."""
    return subprocess.run(
        ["bash", str(START)],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
        env=env,
        start_new_session=True,
    )


def start_server() -> SwhServer:
    if postgres_missing():
        reason = f"PostgreSQL server binaries not found: the SWORD deposit tests need `{INSTALL}`"
        if in_ci():
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    began = time.monotonic()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWH_DEPOSIT_")}
    env["SWH_DEPOSIT_MAX_UPLOAD"] = str(MAX_UPLOAD)
    try:
        run = _run_start(env)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{START.name} did not finish in {START_TIMEOUT}s: {exc.stderr!r}", pytrace=False)
    values = parse_key_values(run.stdout)
    if run.returncode != 0 or "SD_IRI" not in values:
        pytest.fail(f"{START.name} failed (exit {run.returncode}):\n{run.stderr[-3000:]}", pytrace=False)
    return SwhServer(
        base=Path(values["SWH_DEPOSIT_BASE"]),
        port=int(values["SWH_DEPOSIT_PORT"]),
        sd_iri=values["SD_IRI"],
        col_iri=values["COL_IRI"],
        user=values["DEPOSIT_USER"],
        password=values["DEPOSIT_PASS"],
        provider_url=values["PROVIDER_URL"],
        started_in=time.monotonic() - began,
    )


def stop_server(base: Path) -> None:
    """Stop the server of ``base`` and remove its files; harmless when done already."""
    if base.exists():
        subprocess.run(
            ["bash", str(STOP), str(base), "--clean"], capture_output=True, timeout=60, check=False
        )


@pytest.fixture(scope="session")
def swh_server() -> Iterator[SwhServer]:
    server = start_server()
    atexit.register(stop_server, server.base)  # also if the run ends without tearing fixtures down
    try:
        yield server
    finally:
        stop_server(server.base)
