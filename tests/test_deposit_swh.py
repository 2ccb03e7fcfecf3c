"""SWORD v2 deposit against a real server: Software Heritage's swh-deposit (tests/swhserver.py).

What only a real server shows: that it accepts the packages, headers and Atom entries the client builds (and
that its checker and loader take our entry all the way to ``done``), that its refusals (wrong Content-MD5,
wrong password, unknown collection, a completed deposit that cannot change) come out as our error codes
with its own words, and that what it stored is byte for byte the package the ledger names.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from archiver.deposit.errors import DepositError, DepositUsageError
from archiver.deposit.ledger import Ledger
from archiver.deposit.run import DepositOptions, Depositor, DepositResult
from archiver.deposit.targets import Credentials, Target, TargetConfig
from archiver.deposit.transport import HttpTransport, Request, Response
from archiver.formats.bagit.serialize import serialize_to_file
from tests.conftest import REPO_ROOT
from tests.swhserver import MAX_UPLOAD, SwhServer, swh_server  # noqa: F401  (the session fixture)
from tests.test_deposit_client import new_bag

pytestmark = pytest.mark.slow

SWH_NAMESPACES = {
    "codemeta": "https://doi.org/10.5063/SCHEMA/CODEMETA-2.0",
    "swh": "https://www.softwareheritage.org/schema/2018/deposit",
    "schema": "http://schema.org/",
}
#: What Software Heritage's checker requires beyond Dublin Core (README of the recipe, steps 30-43).
SWH_TEMPLATE = """
<codemeta:name>{title}</codemeta:name>
<codemeta:author><codemeta:name>{creator}</codemeta:name></codemeta:author>
<codemeta:dateCreated>{date}</codemeta:dateCreated>
<swh:deposit>
  <swh:create_origin><swh:origin url="https://example.org/news/{uuid|identifier}"/></swh:create_origin>
  <swh:metadata-provenance><schema:url>{source_url|identifier}</schema:url></swh:metadata-provenance>
</swh:deposit>
"""


# --- helpers --------------------------------------------------------------------------------------------


def swh_config(server: SwhServer, **changes: Any) -> TargetConfig:
    """The target settings Software Heritage's server needs (its quirks), with ``changes`` on top."""
    values: dict[str, Any] = {
        "collection": server.col_iri,
        "service_document": server.sd_iri,
        "user": server.user,
        "password_env": "SWH_TEST_PASSWORD",
        "packaging": ["SimpleZip"],
        "md5_encoding": "hex",
        "max_upload_size_unit": "bytes",
        "multipart_atom_filename": True,
        "multipart_md5_on_request": True,
        "state": "swh",
        "retries": 2,
        "backoff": 0.05,
        "poll_interval": 0.2,
        "namespaces": SWH_NAMESPACES,
        "atom_template": SWH_TEMPLATE,
    }
    values.update(changes)
    return TargetConfig.model_validate(values)


def swh_target(server: SwhServer, *, password: str | None = None, **changes: Any) -> Target:
    from pydantic import SecretStr

    credentials = Credentials(server.user, SecretStr(password or server.password), "test")
    return Target("swh", swh_config(server, **changes), credentials)


def changed_copy(bag: Path, tmp: Path) -> Path:
    """The same identifier with a different article: a corrected bag."""
    identifier = next(
        line.split(":", 1)[1].strip()
        for line in (bag / "bag-info.txt").read_text().splitlines()
        if line.startswith("External-Identifier")
    )
    return new_bag(tmp / "changed", "french.txt", identifier)


class Spy:
    """Passes requests to the real transport, remembering each; ``before``/``after`` may change or react."""

    def __init__(
        self,
        before: Callable[[Request], Request] | None = None,
        after: Callable[[Request, Response], None] | None = None,
    ) -> None:
        self.inner = HttpTransport(timeout=30)
        self.before, self.after = before, after
        self.sent: list[tuple[str, str, int]] = []

    def send(self, request: Request, credentials: Credentials | None) -> Response:
        if self.before is not None:
            request = self.before(request)
        response = self.inner.send(request, credentials)
        self.sent.append((request.method, request.url, response.status))
        if self.after is not None:
            self.after(request, response)
        return response


def depositor(target: Target, ledger: Path, sender: Spy | None = None, **options: Any) -> Depositor:
    return Depositor(target, Ledger(ledger), DepositOptions(**options), sender=sender)


def status_of(server: SwhServer, result: DepositResult) -> str:
    assert result.entry.state_iri
    match = re.search(rb"<sd:deposit_status>(\w+)<", server.get(result.entry.state_iri))
    assert match
    return match.group(1).decode()


def stored_sha256(server: SwhServer) -> str:
    return hashlib.sha256(server.stored_uploads()[-1].read_bytes()).hexdigest()


def run_cli(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archiver", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        cwd=REPO_ROOT,
    )


def write_config(path: Path, server: SwhServer, **changes: Any) -> Path:
    config = swh_config(server, **changes)
    lines = ["[deposit.targets.swh]"]
    for key, value in config.model_dump(
        exclude_defaults=True, exclude={"namespaces", "atom_template"}
    ).items():
        lines.append(f"{key} = {json.dumps(value)}")
    lines.append(f"atom_template = '''{SWH_TEMPLATE}'''")
    lines.append("[deposit.targets.swh.namespaces]")
    lines += [f'{prefix} = "{uri}"' for prefix, uri in SWH_NAMESPACES.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def server(swh_server: SwhServer) -> Iterator[SwhServer]:  # noqa: F811
    yield swh_server


# --- the service document ---------------------------------------------------------------------------------


def test_service_document_lists_the_collection_its_packaging_and_limit(
    server: SwhServer, tmp_path: Path
) -> None:
    client = depositor(swh_target(server), tmp_path / "ledger.json").client
    document = client.service_document(server.sd_iri)
    assert document.version == "2.0"
    collection = document.find(server.col_iri)
    assert collection is not None
    assert collection.accept_packaging == ("http://purl.org/net/sword/package/SimpleZip",)
    assert set(collection.accept) == {"application/zip", "application/x-tar"}
    assert document.max_upload_bytes("bytes", collection) == MAX_UPLOAD  # the server sends bytes, not kB

    config = write_config(tmp_path / "config.toml", server)
    run = run_cli(
        "deposit",
        "service-document",
        "--target",
        "swh",
        "--json",
        "--config",
        config,
        env={"SWH_TEST_PASSWORD": server.password},
    )
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout)
    assert shown["max_upload_bytes"] == MAX_UPLOAD
    assert shown["workspaces"][0]["collections"][0]["href"] == server.col_iri


# --- deposits ----------------------------------------------------------------------------------------------


def test_bag_deposited_as_zip_in_two_steps_with_in_progress(server: SwhServer, tmp_path: Path) -> None:
    """Package with In-Progress: true (the server says 'partial'), then the Atom entry completes it."""
    seen: list[str] = []

    def after(request: Request, response: Response) -> None:
        if request.method == "POST" and request.url == server.col_iri:
            seen.append(re.search(rb"<sd:deposit_status>(\w+)<", response.body).group(1).decode())  # type: ignore[union-attr]

    spy = Spy(after=after)
    bag = new_bag(tmp_path)
    result = depositor(swh_target(server), tmp_path / "ledger.json", spy).deposit(bag)

    assert result.status == "deposited"
    assert seen == ["partial"]
    methods = [(m, status) for m, url, status in spy.sent if "servicedocument" not in url]
    assert methods == [("POST", 201), ("POST", 201)]
    assert status_of(server, result) == "deposited"
    entry = result.entry
    assert entry.complete and entry.state == "deposited"
    assert entry.edit_iri and entry.edit_iri.endswith("/atom/")
    assert entry.em_iri and entry.em_iri.endswith("/media/")
    assert entry.se_iri and entry.se_iri.endswith("/metadata/")
    assert entry.state_iri and entry.state_iri.endswith("/status/")
    assert entry.package_name.endswith(".zip")
    assert stored_sha256(server) == entry.package_sha256  # the server holds exactly the package recorded


def test_bag_deposited_as_tar_and_a_serialized_tar_as_it_is(server: SwhServer, tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    result = depositor(swh_target(server, archive_format="tar"), tmp_path / "l.json").deposit(bag)
    assert result.status == "deposited" and result.entry.package_name.endswith(".tar")
    assert stored_sha256(server) == result.entry.package_sha256
    assert status_of(server, result) == "deposited"

    other = new_bag(tmp_path / "second")
    tar = serialize_to_file(other, tmp_path / "serialized.tar", "tar", durable=False)
    result = depositor(swh_target(server), tmp_path / "l.json").deposit(tar)
    assert result.status == "deposited"
    assert stored_sha256(server) == hashlib.sha256(tar.read_bytes()).hexdigest()


def test_multipart_deposit_needs_the_atom_filename_quirk(server: SwhServer, tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    spy = Spy()
    result = depositor(swh_target(server, sequence="multipart"), tmp_path / "l.json", spy).deposit(bag)
    assert result.status == "deposited" and result.entry.complete
    assert [m for m, url, _ in spy.sent if "servicedocument" not in url] == ["POST"]  # one request
    assert status_of(server, result) == "deposited"
    assert stored_sha256(server) == result.entry.package_sha256

    # As the profile lays it out (no filename on the Atom part), this server refuses it: a setting decides.
    plain = swh_target(server, sequence="multipart", multipart_atom_filename=False)
    with pytest.raises(DepositError) as refused:
        depositor(plain, tmp_path / "l2.json").deposit(new_bag(tmp_path / "b"))
    assert refused.value.code == "DEPOSIT_REFUSED"
    assert "415" in refused.value.message and "atom+xml" in refused.value.message
    assert Ledger(tmp_path / "l2.json").entries() == []


def test_wait_polls_until_deposited(server: SwhServer, tmp_path: Path) -> None:
    notes: list[str] = []
    target = swh_target(server, final_states=["deposited"])
    result = depositor(target, tmp_path / "l.json", wait=True, on_note=notes.append).deposit(
        new_bag(tmp_path)
    )
    assert result.entry.state == "deposited"
    assert any(n.endswith(": deposited") for n in notes)


def test_wait_follows_the_server_until_done(server: SwhServer, tmp_path: Path) -> None:
    """Software Heritage's checker and loader run while --wait polls: deposited, then done."""
    target = swh_target(server)  # final state for this server: done
    ledger = tmp_path / "l.json"
    result = depositor(target, ledger).deposit(new_bag(tmp_path))
    assert result.entry.state == "deposited"
    deposit_id = result.entry.edit_iri.rstrip("/").split("/")[-2]  # type: ignore[union-attr]
    origin = re.search(rb"<sd:deposit_origin_url>([^<]+)<", server.get(result.entry.state_iri))  # type: ignore[arg-type]
    assert origin

    states: list[str] = []
    worker = threading.Timer(0.5, server.process, (deposit_id, origin.group(1).decode()))
    worker.start()
    try:
        again = depositor(target, ledger, wait=True, wait_timeout=90, on_note=states.append).deposit(
            Path(result.bag)
        )
    finally:
        worker.join()
    assert again.status == "exists"  # nothing sent again: only the state was read
    assert again.entry.state == "done"
    assert states[0].endswith(": deposited") and states[-1].endswith(": done")
    assert Ledger(ledger).entries()[0].state == "done"


# --- refusals ----------------------------------------------------------------------------------------------


def test_wrong_content_md5_is_the_servers_412_as_our_error(server: SwhServer, tmp_path: Path) -> None:
    def corrupt(request: Request) -> Request:
        headers = tuple((k, "0" * 32 if k == "Content-MD5" else v) for k, v in request.headers)
        return replace(request, headers=headers)

    with pytest.raises(DepositError) as failed:
        depositor(swh_target(server), tmp_path / "l.json", Spy(before=corrupt)).deposit(new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_CHECKSUM_MISMATCH"
    assert "412" in failed.value.message and "Wrong md5 hash" in failed.value.message
    assert Ledger(tmp_path / "l.json").entries() == []  # nothing recorded as deposited


def test_base64_content_md5_is_what_this_server_cannot_take(server: SwhServer, tmp_path: Path) -> None:
    """RFC 1864's base64 form makes this server fail (500, retried, then reported): md5_encoding matters."""
    spy = Spy()
    target = swh_target(server, md5_encoding="base64", retries=1, backoff=0)
    with pytest.raises(DepositError) as failed:
        depositor(target, tmp_path / "l.json", spy).deposit(new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_SERVER_ERROR"
    assert [status for m, _, status in spy.sent if m == "POST"] == [500, 500]  # one retry, bounded


def test_wrong_password_fails_with_the_servers_words_and_no_secret(server: SwhServer, tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    config = write_config(tmp_path / "config.toml", server)
    wrong = "not-the-password-42"
    ledger = tmp_path / "ledger.json"
    run = run_cli(
        "deposit",
        bag,
        "--target",
        "swh",
        "--config",
        config,
        "--ledger",
        ledger,
        env={"SWH_TEST_PASSWORD": wrong},
    )
    assert run.returncode == 2, run.stderr
    assert "error[DEPOSIT_AUTH_FAILED]" in run.stderr
    assert "Invalid username/password." in run.stderr
    assert wrong not in run.stderr + run.stdout
    assert not ledger.exists() or wrong not in ledger.read_text()


def test_unknown_collection(server: SwhServer, tmp_path: Path) -> None:
    missing = server.col_iri.replace("/test/", "/no-such-collection/")
    before = len(server.settled_log())
    # With the service document: found missing before anything is sent.
    with pytest.raises(DepositUsageError) as local:
        depositor(swh_target(server, collection=missing), tmp_path / "l.json").deposit(new_bag(tmp_path))
    assert local.value.code == "DEPOSIT_COLLECTION_UNKNOWN"
    assert not [line for line in server.settled_log()[before:] if line.startswith("POST")]
    # Without it: the server's 404 and its own words.
    target = swh_target(server, collection=missing, service_document=None)
    with pytest.raises(DepositUsageError) as remote:
        depositor(target, tmp_path / "l.json").deposit(new_bag(tmp_path / "b"))
    assert remote.value.code == "DEPOSIT_COLLECTION_UNKNOWN"
    assert "Unknown collection name no-such-collection" in remote.value.message


def test_a_bag_over_the_upload_limit_is_not_sent(server: SwhServer, tmp_path: Path) -> None:
    from archiver.formats.bagit.writer import PayloadFile, write_bag

    big = tmp_path / "big"
    big.mkdir()
    noise = hashlib.shake_256(b"archiver").digest(MAX_UPLOAD + 1024)  # incompressible, over the limit
    info = [
        ("Source-Organization", "Riverside Public Library"),
        ("Bagging-Date", "2024-03-14"),
        ("External-Identifier", f"urn:uuid:{uuid.uuid4()}"),
        ("Title", "A bag larger than the server takes"),
    ]
    write_bag(big, [PayloadFile("noise.bin", noise)], info, durable=False)
    before = len(server.settled_log())
    with pytest.raises(DepositError) as failed:
        depositor(swh_target(server), tmp_path / "l.json").deposit(big)
    assert failed.value.code == "DEPOSIT_TOO_LARGE"
    assert not [line for line in server.settled_log()[before:] if line.startswith("POST")]


# --- safe to repeat ---------------------------------------------------------------------------------------


def test_repeated_deposit_sends_nothing(server: SwhServer, tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    config = write_config(tmp_path / "config.toml", server)
    ledger = tmp_path / "ledger.json"
    env = {"SWH_TEST_PASSWORD": server.password}
    first = run_cli(
        "deposit", bag, "--target", "swh", "--config", config, "--ledger", ledger, "--json", env=env
    )
    assert first.returncode == 0, first.stderr
    deposited = json.loads(first.stdout)
    assert deposited["status"] == "deposited"
    count = server.deposit_count()
    requests = len(server.settled_log())

    again = run_cli(
        "deposit", bag, "--target", "swh", "--config", config, "--ledger", ledger, "--json", env=env
    )
    assert again.returncode == 0, again.stderr
    exists = json.loads(again.stdout)
    assert exists["status"] == "exists"
    assert exists["edit_iri"] == deposited["edit_iri"] and exists["em_iri"] == deposited["em_iri"]
    assert len(server.settled_log()) == requests  # not one request, not even the service document
    assert server.deposit_count() == count
    text = ledger.read_text()
    assert server.password not in text and "Authorization" not in text


def test_server_stopped_mid_deposit_then_resumed(server: SwhServer, tmp_path: Path) -> None:
    """The server goes away after accepting the package: the metadata request fails after bounded retries,
    the ledger keeps the half-done deposit (never marked complete); once the server is back, the same
    command sends only what is missing."""

    def stop_after_package(request: Request, response: Response) -> None:
        if request.method == "POST" and request.url == server.col_iri and response.status == 201:
            server.stop()

    bag = new_bag(tmp_path)
    ledger = tmp_path / "ledger.json"
    spy = Spy(after=stop_after_package)
    try:
        with pytest.raises(DepositError) as failed:
            depositor(swh_target(server), ledger, spy).deposit(bag)
    finally:
        server.start()
    assert failed.value.code == "DEPOSIT_UNREACHABLE"
    assert "3 attempts" in failed.value.message
    (entry,) = Ledger(ledger).entries()
    assert not entry.complete and entry.state == "partial" and entry.se_iri

    before = len(server.settled_log())
    result = depositor(swh_target(server), ledger).deposit(bag)
    assert result.status == "resumed" and result.entry.complete
    assert result.entry.edit_iri == entry.edit_iri
    posted = [line for line in server.settled_log()[before:] if line.startswith(("POST", "PUT"))]
    assert posted == [f"POST {urlpath(entry.se_iri)} 201"]  # the metadata only, not the package again
    assert status_of(server, result) == "deposited"


def test_changed_bag_refused_then_replaced_while_the_deposit_is_open(
    server: SwhServer, tmp_path: Path
) -> None:
    """Software Heritage lets a deposit change only while it is partial: interrupted after the package, the
    bag is corrected; without --replace that is refused, with it the content and metadata are replaced."""

    def stop_after_package(request: Request, response: Response) -> None:
        if request.method == "POST" and request.url == server.col_iri and response.status == 201:
            server.stop()

    bag = new_bag(tmp_path)
    ledger = tmp_path / "ledger.json"
    try:
        with pytest.raises(DepositError):
            depositor(swh_target(server), ledger, Spy(after=stop_after_package)).deposit(bag)
    finally:
        server.start()
    corrected = changed_copy(bag, tmp_path)

    with pytest.raises(DepositError) as refused:
        depositor(swh_target(server), ledger).deposit(corrected)
    assert refused.value.code == "DEPOSIT_CHANGED"

    before = len(server.settled_log())
    result = depositor(swh_target(server), ledger, replace=True).deposit(corrected)
    assert result.status == "replaced" and result.entry.complete
    sent = [
        line.split()[0] + " " + line.split()[2]
        for line in server.settled_log()[before:]
        if line.startswith("PUT")
    ]
    assert sent == ["PUT 204", "PUT 204"]  # EM-IRI (content), then Edit-IRI (metadata)
    assert status_of(server, result) == "deposited"
    assert stored_sha256(server) == result.entry.package_sha256


def test_replacing_a_completed_deposit_is_the_servers_refusal(server: SwhServer, tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    ledger = tmp_path / "ledger.json"
    first = depositor(swh_target(server), ledger).deposit(bag)
    with pytest.raises(DepositError) as refused:
        depositor(swh_target(server), ledger, replace=True).deposit(changed_copy(bag, tmp_path))
    assert refused.value.code == "DEPOSIT_REFUSED"
    assert "You can only act on deposit with status 'partial'" in refused.value.message
    (entry,) = Ledger(ledger).entries()
    assert entry.payload_sha256 == first.entry.payload_sha256  # the record still describes what is there


def urlpath(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path
