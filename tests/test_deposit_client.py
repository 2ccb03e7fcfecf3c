"""The deposit client without a repository: a scripted SWORD server on 127.0.0.1 for what Software Heritage's
server cannot be made to do (drop a connection mid-upload, answer 503 then 201, offer BagIt, report a SWORD
statement), and the local parts (ledger, sources, Atom entry, targets, credentials, CLI).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import subprocess
import sys
import threading
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

import archiver
from archiver.config import Settings, load_settings
from archiver.deposit.atom import build_entry
from archiver.deposit.errors import DepositError, DepositUsageError, Redactor, public_url
from archiver.deposit.ledger import Ledger, LedgerEntry, default_ledger_path
from archiver.deposit.run import DepositOptions, Depositor
from archiver.deposit.source import open_source
from archiver.deposit.targets import Credentials, DepositSettings, Target, TargetConfig, resolve_target
from archiver.errors import UsageError
from archiver.formats.bagit.serialize import serialize_to_file
from tests.conftest import ARTICLES, REPO_ROOT

CAPTURED = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
SETTINGS = Settings.model_validate({"organization": {"name": "Riverside Public Library"}})
PASSWORD = "s3cret-Pa55word"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/terms/}"
BAGIT = "http://purl.org/net/sword/package/BagIt"
SIMPLEZIP = "http://purl.org/net/sword/package/SimpleZip"


# --- a scripted SWORD server ----------------------------------------------------------------------------


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Action = tuple[Any, ...]  # ("reply", status, body[, headers]) | ("hangup-mid-body",) | ("hangup-after-body",)


@dataclass
class FakeSword:
    """Answers each (method, path) with its scripted actions in turn (the last one repeats)."""

    port: int = 0
    routes: dict[tuple[str, str], list[Action]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def on(self, method: str, path: str, *actions: Action) -> None:
        self.routes[(method, path)] = list(actions)

    def requests(self, method: str | None = None) -> list[Seen]:
        return [s for s in self.seen if method is None or s.method == method]


def _handler(fake: FakeSword) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: Any) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            actions = fake.routes.get((self.command, self.path.split("?")[0])) or [("reply", 404, b"")]
            action = actions.pop(0) if len(actions) > 1 else actions[0]
            if action[0] == "hangup-mid-body":
                self.rfile.read(length // 2)
                fake.seen.append(Seen(self.command, self.path, dict(self.headers), b""))
                self.close_connection = True
                self.connection.shutdown(2)
                return
            body = self.rfile.read(length)
            fake.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            if action[0] == "hangup-after-body":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            _, status, payload, *rest = action
            payload = payload(self) if callable(payload) else payload
            self.send_response(status)
            for name, value in (rest[0] if rest else {"Content-Type": "application/xml"}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

    return Handler


@pytest.fixture
def fake() -> Iterator[FakeSword]:
    state = FakeSword()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def service_document(
    root: str, packaging: tuple[str, ...] = (SIMPLEZIP,), max_size: int | None = None
) -> bytes:
    limit = f"<sword:maxUploadSize>{max_size}</sword:maxUploadSize>" if max_size is not None else ""
    accept = "".join(f"<sword:acceptPackaging>{p}</sword:acceptPackaging>" for p in packaging)
    return f"""<service xmlns="http://www.w3.org/2007/app" xmlns:atom="http://www.w3.org/2005/Atom"
        xmlns:sword="http://purl.org/net/sword/terms/"><sword:version>2.0</sword:version>{limit}
        <workspace><atom:title>W</atom:title><collection href="{root}/col/"><atom:title>C</atom:title>
        <accept>*/*</accept><accept alternate="multipart-related">*/*</accept>{accept}</collection></workspace>
        </service>""".encode()


def receipt(root: str, userinfo: str = "") -> bytes:
    base = root.replace("http://", f"http://{userinfo}") if userinfo else root
    return f"""<entry xmlns="http://www.w3.org/2005/Atom" xmlns:sword="http://purl.org/net/sword/terms/">
        <link rel="edit" href="{base}/dep/1/edit"/><link rel="edit-media" href="{base}/dep/1/em"/>
        <link rel="http://purl.org/net/sword/terms/add" href="{base}/dep/1/se"/>
        <link rel="http://purl.org/net/sword/terms/statement" type="application/atom+xml;type=feed"
              href="{base}/dep/1/statement"/>
        <sword:treatment>stored</sword:treatment></entry>""".encode()


def statement(state: str, description: str = "") -> Action:
    body = f"""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:sword="http://purl.org/net/sword/terms/">
        <sword:state href="http://example.org/state/{state}"><sword:stateDescription>{description}
        </sword:stateDescription></sword:state></feed>""".encode()
    return ("reply", 200, body)


def sword_error(status: int, summary: str, href: str = "") -> Action:
    attribute = f' href="{href}"' if href else ""
    body = f"""<sword:error xmlns="http://www.w3.org/2005/Atom" xmlns:sword="http://purl.org/net/sword/terms/"
        {attribute}><summary>{summary}</summary></sword:error>""".encode()
    return ("reply", status, body)


def standard_routes(fake: FakeSword, **sd: Any) -> None:
    fake.on("GET", "/sd", ("reply", 200, service_document(fake.root, **sd)))
    fake.on("POST", "/col/", ("reply", 201, receipt(fake.root), {"Location": f"{fake.root}/dep/1/edit"}))
    fake.on("POST", "/dep/1/se", ("reply", 200, receipt(fake.root)))
    fake.on("PUT", "/dep/1/em", ("reply", 204, b""))
    fake.on("PUT", "/dep/1/edit", ("reply", 204, b""))
    fake.on("GET", "/dep/1/statement", statement("archived"))


def target(fake: FakeSword, **changes: Any) -> Target:
    values: dict[str, Any] = {
        "collection": f"{fake.root}/col/",
        "service_document": f"{fake.root}/sd",
        "user": "depositor",
        "password_env": "UNUSED",
        "retries": 2,
        "backoff": 0.5,
        "poll_interval": 1.0,
    }
    values.update(changes)
    config = TargetConfig.model_validate(values)
    return Target("fake", config, Credentials("depositor", SecretStr(PASSWORD), "test"))


def run(fake_target: Target, tmp: Path, bag: Path, **options: Any) -> tuple[Any, list[float]]:
    sleeps: list[float] = []
    depositor = Depositor(
        fake_target, Ledger(tmp / "ledger.json"), DepositOptions(sleep=sleeps.append, **options)
    )
    return depositor.deposit(bag), sleeps


def new_bag(tmp: Path, article: str = "plain.txt", identifier: str | None = None) -> Path:
    result = archiver.package(
        ARTICLES / article,
        tmp / "bags",
        settings=SETTINGS,
        identifier=identifier or f"urn:uuid:{uuid.uuid4()}",
        captured=CAPTURED,
    )
    assert result.bag is not None
    return result.bag


def big_bag(tmp: Path, size: int = 16 * 1024 * 1024) -> Path:
    """A bag larger than the socket buffers, so that a connection cut mid-body fails the client's send."""
    from archiver.formats.bagit.writer import PayloadFile, write_bag

    root = tmp / "big"
    root.mkdir()
    info = [
        ("Source-Organization", "Riverside Public Library"),
        ("External-Identifier", f"urn:uuid:{uuid.uuid4()}"),
        ("Title", "Large"),
    ]
    write_bag(root, [PayloadFile("noise.bin", hashlib.shake_256(b"x").digest(size))], info, durable=False)
    return root


# --- retries and failures ---------------------------------------------------------------------------------


def test_upload_cut_then_503_then_accepted(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    fake.on(
        "POST",
        "/col/",
        ("hangup-mid-body",),
        ("reply", 503, b"busy", {"Content-Type": "text/plain"}),
        ("reply", 201, receipt(fake.root)),
    )
    result, sleeps = run(target(fake, sequence="package-only"), tmp_path, big_bag(tmp_path))
    assert result.status == "deposited" and result.entry.complete
    assert len(fake.requests("POST")) == 3
    assert sleeps == [0.5, 1.0]  # bounded, exponential backoff


def test_a_creating_post_sent_in_full_without_answer_is_not_repeated(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    fake.on("POST", "/col/", ("hangup-after-body",))
    with pytest.raises(DepositError) as failed:
        run(target(fake), tmp_path, new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_OUTCOME_UNKNOWN"
    assert len(fake.requests("POST")) == 1  # a second POST could make a second deposit
    assert Ledger(tmp_path / "ledger.json").entries() == []


def test_persistent_5xx_is_reported_after_bounded_retries(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    fake.on("POST", "/col/", sword_error(500, "Database unavailable"))
    with pytest.raises(DepositError) as failed:
        run(target(fake), tmp_path, new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_SERVER_ERROR"
    assert "500" in failed.value.message and "Database unavailable" in failed.value.message
    assert len(fake.requests("POST")) == 3  # retries = 2
    assert Ledger(tmp_path / "ledger.json").entries() == []


def test_metadata_failure_leaves_the_deposit_open_in_the_ledger_and_a_rerun_resumes(
    fake: FakeSword, tmp_path: Path
) -> None:
    standard_routes(fake)
    fake.on("POST", "/dep/1/se", sword_error(400, "Bad entry"), ("reply", 200, receipt(fake.root)))
    bag = new_bag(tmp_path)
    with pytest.raises(DepositError) as failed:
        run(target(fake), tmp_path, bag)
    assert failed.value.code == "DEPOSIT_REFUSED" and "Bad entry" in failed.value.message
    (entry,) = Ledger(tmp_path / "ledger.json").entries()
    assert not entry.complete and entry.se_iri == f"{fake.root}/dep/1/se"
    result, _ = run(target(fake), tmp_path, bag)
    assert result.status == "resumed" and result.entry.complete
    assert [s.path for s in fake.requests("POST")] == ["/col/", "/dep/1/se", "/dep/1/se"]  # package sent once


def test_secrets_never_reach_messages_ledger_or_output(fake: FakeSword, tmp_path: Path) -> None:
    token = base64.b64encode(f"depositor:{PASSWORD}".encode()).decode()

    def echo(handler: BaseHTTPRequestHandler) -> bytes:
        said = f"bad credentials: {handler.headers.get('Authorization')} ({PASSWORD})"
        return sword_error(401, said)[2]

    standard_routes(fake)
    fake.on("POST", "/col/", ("reply", 401, echo))
    with pytest.raises(DepositUsageError) as failed:
        run(target(fake), tmp_path, new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_AUTH_FAILED" and failed.value.exit_code == 2
    line = failed.value.one_line()
    assert PASSWORD not in line and token not in line and "***" in line
    # A receipt whose IRIs carry user:password@: the ledger keeps them without it.
    fake.on("POST", "/col/", ("reply", 201, receipt(fake.root, userinfo=f"depositor:{PASSWORD}@")))
    fake.on("POST", "/dep/1/se", ("reply", 200, b""))
    result, _ = run(target(fake), tmp_path, new_bag(tmp_path / "b"))
    assert PASSWORD not in (tmp_path / "ledger.json").read_text()
    assert PASSWORD not in json.dumps(result.to_dict())
    assert PASSWORD not in repr(target(fake)) and PASSWORD not in str(target(fake).config)


def test_redactor_and_public_url() -> None:
    redactor = Redactor()
    redactor.add_basic("me", "hunter22")
    assert redactor.clean("x hunter22 bWU6aHVudGVyMjI= y") == "x *** *** y"
    assert public_url("https://me:pw@host.example:8443/p?q=1") == "https://host.example:8443/p?q=1"


# --- what is sent -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offered", "expected"),
    [
        ((BAGIT, SIMPLEZIP), BAGIT),
        ((SIMPLEZIP,), SIMPLEZIP),
        ((), "http://purl.org/net/sword/package/Binary"),
    ],
)
def test_packaging_is_chosen_from_what_the_collection_accepts(
    fake: FakeSword, tmp_path: Path, offered: tuple[str, ...], expected: str
) -> None:
    standard_routes(fake, packaging=offered)
    run(target(fake), tmp_path, new_bag(tmp_path))
    (post, *_) = fake.requests("POST")
    assert post.headers["Packaging"] == expected
    assert post.headers["Content-Type"] == "application/zip"
    assert post.headers["In-Progress"] == "true"
    assert post.headers["Content-Disposition"].startswith("attachment; filename=")


def test_no_accepted_packaging_is_a_usage_error_before_sending(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake, packaging=("http://purl.org/net/sword/package/METSDSpaceSIP",))
    with pytest.raises(DepositUsageError) as failed:
        run(target(fake), tmp_path, new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_PACKAGING_UNSUPPORTED" and "METSDSpaceSIP" in failed.value.message
    assert fake.requests("POST") == []


def test_upload_limit_is_read_in_kb_by_default(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake, max_size=1)  # 1 kB (profile §6.1): smaller than any bag
    with pytest.raises(DepositError) as failed:
        run(target(fake), tmp_path, new_bag(tmp_path))
    assert failed.value.code == "DEPOSIT_TOO_LARGE" and "at most 1024 bytes" in failed.value.message
    assert fake.requests("POST") == []


@pytest.mark.parametrize("encoding", ["hex", "base64"])
def test_content_md5_in_the_targets_encoding(fake: FakeSword, tmp_path: Path, encoding: str) -> None:
    standard_routes(fake)
    run(target(fake, md5_encoding=encoding, sequence="package-only"), tmp_path, new_bag(tmp_path))
    (post,) = fake.requests("POST")
    digest = hashlib.md5(post.body).digest()
    assert post.headers["Content-MD5"] == (
        digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()
    )


def test_multipart_body_as_the_profile_lays_it_out(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    result, _ = run(target(fake, sequence="multipart"), tmp_path, new_bag(tmp_path))
    (post,) = fake.requests("POST")
    assert "Content-MD5" not in post.headers  # on the Media Part only (§6.3.2), unless a target says so
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {post.headers['Content-Type']}\r\n\r\n".encode() + post.body
    )
    atom_part, media_part = list(message.iter_parts())  # type: ignore[attr-defined]
    assert atom_part["Content-Disposition"] == 'attachment; name="atom"'
    assert media_part["Packaging"] == SIMPLEZIP
    package = media_part.get_payload(decode=True)
    assert media_part["Content-MD5"] == hashlib.md5(package).hexdigest()
    assert hashlib.sha256(package).hexdigest() == result.entry.package_sha256
    ET.fromstring(atom_part.get_payload(decode=True))


def test_atom_entry_carries_dublin_core_and_the_filled_template(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    template = '<ex:origin url="https://example.org/{uuid}">{title}</ex:origin><ex:src>{source_url|identifier}</ex:src>'
    fake_target = target(fake, namespaces={"ex": "urn:example"}, atom_template=template)
    bag = new_bag(tmp_path, "french.txt")
    run(fake_target, tmp_path, bag)
    entry = ET.fromstring(fake.requests("POST")[1].body)
    source = open_source(bag)
    meta = source.metadata
    assert meta is not None
    assert entry.findtext(f"{ATOM}title") == meta.title == entry.findtext(f"{DC}title")
    assert entry.findtext(f"{ATOM}id") == source.identifier == entry.findtext(f"{DC}identifier")
    assert entry.findtext(f"{ATOM}updated") == "2024-03-14T12:00:00Z"
    assert entry.find(f"{ATOM}author/{ATOM}name") is not None
    assert entry.findtext(f"{DC}language") == meta.language.code
    assert entry.findtext(f"{DC}created") == "2024-03-14T12:00:00Z"
    assert entry.findtext(f"{DC}type") == "Text"
    origin = entry.find("{urn:example}origin")
    assert origin is not None and origin.get("url") == f"https://example.org/{source.identifier[9:]}"
    assert origin.text == meta.title
    assert entry.findtext("{urn:example}src") == source.identifier  # no source URL: the fallback


def test_template_values_are_escaped_and_missing_ones_named(tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    source = open_source(bag)
    hostile = source.__class__(**{**source.__dict__, "identifier": 'urn:x:"><evil/>&'})
    config = TargetConfig(
        collection="http://127.0.0.1:1/c/",
        namespaces={"ex": "urn:ex"},
        atom_template='<ex:id v="{identifier}">{identifier}</ex:id>',
    )
    entry = ET.fromstring(build_entry(hostile, config))
    found = entry.find("{urn:ex}id")
    assert found is not None and found.get("v") == found.text == 'urn:x:"><evil/>&'
    needs_url = config.model_copy(update={"atom_template": "<ex:u>{source_url}</ex:u>"})
    with pytest.raises(DepositError) as missing:
        build_entry(source, needs_url)
    assert missing.value.code == "DEPOSIT_TEMPLATE_VALUE" and "{source_url}" in missing.value.message


# --- waiting ------------------------------------------------------------------------------------------------


def test_wait_polls_the_statement_until_a_final_state(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    fake.on(
        "GET",
        "/dep/1/statement",
        statement("inprogress"),
        statement("inreview"),
        statement("archived", "Done."),
    )
    notes: list[str] = []
    result, sleeps = run(target(fake), tmp_path, new_bag(tmp_path), wait=True, on_note=notes.append)
    assert result.entry.state == "http://example.org/state/archived"
    assert result.entry.state_description == "Done."
    assert sleeps == [1.0, 1.5]
    assert [n.rsplit("/", 1)[-1] for n in notes] == ["inprogress", "inreview", "archived"]


def test_wait_reports_a_rejection_and_a_timeout(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    fake.on("GET", "/dep/1/statement", statement("rejected", "No licence given"))
    with pytest.raises(DepositError) as rejected:
        run(target(fake), tmp_path, new_bag(tmp_path), wait=True)
    assert rejected.value.code == "DEPOSIT_REJECTED" and "No licence given" in rejected.value.message
    fake.on("GET", "/dep/1/statement", statement("inreview"))
    with pytest.raises(DepositError) as waited:
        run(target(fake), tmp_path / "t", new_bag(tmp_path / "t"), wait=True, wait_timeout=0)
    assert waited.value.code == "DEPOSIT_WAIT_TIMEOUT"


def test_a_rejected_deposit_is_made_afresh(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    bag = new_bag(tmp_path)
    fake.on("GET", "/dep/1/statement", statement("rejected"))
    with pytest.raises(DepositError):
        run(target(fake), tmp_path, bag, wait=True)
    fake.on("GET", "/dep/1/statement", statement("archived"))
    result, _ = run(target(fake), tmp_path, bag)
    assert result.status == "deposited" and result.entry.superseded == [f"{fake.root}/dep/1/edit"]


def test_replace_puts_content_then_metadata(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    bag = new_bag(tmp_path)
    run(target(fake), tmp_path, bag)
    identifier = open_source(bag).identifier
    corrected = new_bag(tmp_path / "c", "french.txt", identifier)
    with pytest.raises(DepositError) as refused:
        run(target(fake), tmp_path, corrected)
    assert refused.value.code == "DEPOSIT_CHANGED"
    result, _ = run(target(fake), tmp_path, corrected, replace=True)
    assert result.status == "replaced"
    puts = fake.requests("PUT")
    assert [p.path for p in puts] == ["/dep/1/em", "/dep/1/edit"]
    assert puts[0].headers["In-Progress"] == "true" and puts[1].headers["In-Progress"] == "false"
    assert result.entry.payload_sha256 == open_source(corrected).payload_sha256


# --- sources, ledger, targets -------------------------------------------------------------------------------


def test_the_same_payload_in_any_form_is_the_same_bag(tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    forms = [bag] + [
        serialize_to_file(bag, tmp_path / f"b.{f}", f, durable=False) for f in ("zip", "tar", "tar.gz")
    ]
    sources = [open_source(p) for p in forms]
    assert len({s.payload_sha256 for s in sources}) == 1
    assert len({s.identifier for s in sources}) == 1
    assert {s.name for s in sources} == {bag.name}
    assert all(s.metadata is not None for s in sources)
    # A foreign bag without a SHA-256 manifest: the digest is computed from the files, and agrees.
    (bag / "manifest-sha256.txt").unlink()
    assert open_source(bag).payload_sha256 == sources[0].payload_sha256


def test_sources_that_cannot_be_deposited(tmp_path: Path) -> None:
    with pytest.raises(DepositUsageError) as missing:
        open_source(tmp_path / "nothing")
    assert missing.value.code == "DEPOSIT_NOT_A_BAG"
    (tmp_path / "folder").mkdir()
    with pytest.raises(DepositUsageError, match=r"bagit\.txt"):
        open_source(tmp_path / "folder")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DepositError) as unreadable:
        open_source(tmp_path / "broken.zip")
    assert unreadable.value.code == "DEPOSIT_BAG_UNREADABLE"
    bag = new_bag(tmp_path)
    info = bag / "bag-info.txt"
    info.write_text(
        "".join(line for line in info.read_text().splitlines(True) if "External-Identifier" not in line)
    )
    with pytest.raises(DepositError) as no_id:
        open_source(bag)
    assert no_id.value.code == "DEPOSIT_NO_IDENTIFIER"


def test_a_bag_the_tool_did_not_make_gets_its_entry_from_bag_info(tmp_path: Path) -> None:
    from archiver.formats.bagit.writer import PayloadFile, write_bag

    root = tmp_path / "foreign"
    root.mkdir()
    info = [("Bagging-Date", "2023-05-01"), ("External-Identifier", "ark:/12345/x1"), ("Title", "Minutes")]
    write_bag(root, [PayloadFile("minutes.txt", b"Minutes of the meeting.\n")], info, durable=False)
    entry = ET.fromstring(build_entry(open_source(root), TargetConfig(collection="http://127.0.0.1:1/c/")))
    assert entry.findtext(f"{ATOM}title") == "Minutes"
    assert entry.findtext(f"{ATOM}id") == "ark:/12345/x1"
    assert entry.findtext(f"{ATOM}updated") == "2023-05-01T00:00:00Z"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "unknown"


def test_an_invalid_bag_is_not_sent(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    bag = new_bag(tmp_path)
    original = next((bag / "data" / "original").iterdir())
    original.write_bytes(original.read_bytes() + b"tampered")
    with pytest.raises(DepositError) as invalid:
        run(target(fake), tmp_path, bag)
    assert invalid.value.code == "DEPOSIT_BAG_INVALID"
    assert fake.seen == []


def test_the_python_api_deposits_one_bag_as_the_command_does(
    fake: FakeSword, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    standard_routes(fake)
    config = tmp_path / "c.toml"
    config.write_text(
        f'[deposit.targets.fake]\ncollection = "{fake.root}/col/"\nservice_document = "{fake.root}/sd"\n'
        'user = "depositor"\npassword_env = "FAKE_PW"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("ARCHIVER_CONFIG", str(config))
    monkeypatch.setenv("FAKE_PW", PASSWORD)
    bag = new_bag(tmp_path)
    ledger = tmp_path / "ledger.json"
    result = archiver.deposit_bag(bag, target="fake", ledger=ledger)
    assert (result.ok, result.status, result.target) == (True, "deposited", "fake")
    assert result.entry is not None and result.entry.complete
    assert archiver.deposit_bag(bag, target="fake", ledger=ledger).status == "exists"  # the ledger remembers
    with pytest.raises(UsageError) as unknown:
        archiver.deposit_bag(bag, target="elsewhere", ledger=ledger)
    assert unknown.value.code == "DEPOSIT_TARGET_UNKNOWN"


def test_a_batch_of_deposits_reports_a_failure_in_place_and_goes_on(fake: FakeSword, tmp_path: Path) -> None:
    standard_routes(fake)
    broken, good = new_bag(tmp_path), new_bag(tmp_path, "french.txt")
    original = next((broken / "data" / "original").iterdir())
    original.write_bytes(original.read_bytes() + b"tampered")
    depositor = Depositor(target(fake), Ledger(tmp_path / "ledger.json"), DepositOptions())
    failed, deposited = depositor.deposit_each([broken, good])
    assert (failed.ok, failed.status) == (False, "failed")
    assert failed.error is not None and failed.error.code == "DEPOSIT_BAG_INVALID"
    assert failed.to_dict() == {"bag": str(broken), "status": "failed", "error": failed.error.to_dict()}
    assert (deposited.ok, deposited.status) == (True, "deposited")


def test_ledger_is_replaced_atomically_and_a_damaged_one_is_left_alone(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.json")
    entry = LedgerEntry(
        collection="http://x/c/",
        identifier="urn:x:1",
        payload_sha256="a",
        package_sha256="b",
        package_name="p.zip",
    )
    ledger.record(entry)
    ledger.record(entry.model_copy(update={"complete": True}))
    assert [e.complete for e in ledger.entries()] == [True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.json"]  # no staging file left
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(DepositUsageError) as damaged:
        Ledger(tmp_path / "bad.json").entries()
    assert damaged.value.code == "DEPOSIT_LEDGER_INVALID"
    assert (tmp_path / "bad.json").read_text() == "{not json"


def test_ledger_lock_excludes_a_second_deposit(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.json")
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with ledger.locked():
            held.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    try:
        with pytest.raises(DepositError) as locked, Ledger(tmp_path / "l.json").locked(timeout=0.3):
            pass
        assert locked.value.code == "DEPOSIT_LEDGER_LOCKED"
    finally:
        release.set()
        thread.join()


def test_ledger_lives_beside_the_config(tmp_path: Path) -> None:
    config = tmp_path / "conf" / "config.toml"
    assert default_ledger_path(str(config), None) == config.resolve().parent / "deposit-ledger.json"
    assert default_ledger_path(str(config), "d.json") == config.resolve().parent / "d.json"
    assert default_ledger_path(None, None, {"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "archiver" / "deposit-ledger.json"
    )


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_target_settings_are_checked_when_the_config_is_read(tmp_path: Path) -> None:
    bad = [
        '[deposit.targets.a]\ncollection = "http://u:p@host/c/"\n',
        '[deposit.targets.a]\ncollection = "ftp://host/c/"\n',
        '[deposit.targets.a]\ncollection = "http://host/c/"\natom_template = "<x>{titel}</x>"\n',
        '[deposit.targets.a]\ncollection = "http://host/c/"\natom_template = "<ex:x>{title}</ex:x>"\n',
        '[deposit.targets.a]\ncollection = "http://host/c/"\nmd5_encoding = "hexadecimal"\n',
    ]
    for number, text in enumerate(bad):
        with pytest.raises(UsageError) as invalid:
            load_settings(_write(tmp_path / f"{number}.toml", text), env={})
        assert invalid.value.code == "CONFIG_INVALID", text


def test_credentials_come_from_the_environment_or_the_config_file() -> None:
    settings = DepositSettings.model_validate(
        {
            "targets": {
                "env": {"collection": "http://h/c/", "user": "u", "password_env": "MY_PW"},
                "file": {"collection": "http://h/d/", "user": "u", "password": "from-file"},
            }
        }
    )
    with pytest.raises(DepositUsageError) as unset:
        resolve_target(settings, name="env", to=None, env={})
    assert unset.value.code == "DEPOSIT_NO_PASSWORD"
    resolved = resolve_target(settings, name="env", to=None, env={"MY_PW": "pw"})
    assert resolved.credentials and resolved.credentials.password.get_secret_value() == "pw"
    assert "pw" not in repr(resolved)
    from_file = resolve_target(settings, name="file", to=None, env={})
    assert from_file.credentials and from_file.credentials.source == "config file"
    # --to naming a configured collection uses that target; credentials in the URL are refused
    assert resolve_target(settings, name=None, to="http://H/c", env={"MY_PW": "pw"}).name == "env"
    with pytest.raises(DepositUsageError) as in_url:
        resolve_target(settings, name=None, to="http://u:pw@h/c/", env={})
    assert in_url.value.code == "DEPOSIT_URL_INVALID"
    with pytest.raises(DepositUsageError) as neither:
        resolve_target(settings, name=None, to=None)
    assert neither.value.code == "DEPOSIT_NO_TARGET"
    with pytest.raises(DepositUsageError) as unknown:
        resolve_target(settings, name="nope", to=None)
    assert unknown.value.code == "DEPOSIT_TARGET_UNKNOWN"


# --- the command line ---------------------------------------------------------------------------------------


def cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archiver", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=REPO_ROOT,
    )


@pytest.mark.slow
def test_cli_targets_never_show_a_password(tmp_path: Path) -> None:
    config = _write(
        tmp_path / "c.toml",
        '[deposit.targets.repo]\ncollection = "http://127.0.0.1:9/c/"\nuser = "me"\npassword = "hunter2-secret"\n'
        '[deposit.targets.other]\ncollection = "http://127.0.0.1:9/d/"\nuser = "me"\npassword_env = "OTHER_PW"\n',
    )
    for extra in ([], ["--json"]):
        run_ = cli("deposit", "targets", "--config", config, *extra, env={"OTHER_PW": "env-secret-77"})
        assert run_.returncode == 0, run_.stderr
        assert "hunter2-secret" not in run_.stdout + run_.stderr
        assert "env-secret-77" not in run_.stdout + run_.stderr
    shown = json.loads(run_.stdout)
    assert {t["name"]: t["password"] for t in shown} == {"other": "env OTHER_PW (set)", "repo": "config file"}


@pytest.mark.slow
def test_cli_usage_errors(tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    ledger = tmp_path / "l.json"
    no_target = cli("deposit", bag, "--config", _write(tmp_path / "c.toml", ""), "--ledger", ledger)
    assert no_target.returncode == 2 and "error[DEPOSIT_NO_TARGET]" in no_target.stderr
    not_a_bag = cli("deposit", tmp_path / "missing", "--to", "http://127.0.0.1:9/c/", "--ledger", ledger)
    assert not_a_bag.returncode == 2 and "error[DEPOSIT_NOT_A_BAG]" in not_a_bag.stderr
    refused = cli(
        "deposit",
        "send",
        bag,
        "--to",
        "http://127.0.0.1:9/c/",
        "--user",
        "me",
        "--ledger",
        ledger,
        env={"ARCHIVER_DEPOSIT_PASSWORD": ""},
    )
    assert refused.returncode == 2 and "error[DEPOSIT_NO_PASSWORD]" in refused.stderr
    with contextlib.suppress(FileNotFoundError):
        assert ledger.read_text() == ""  # nothing was recorded


@pytest.mark.slow
def test_cli_unreachable_server_is_exit_1(tmp_path: Path) -> None:
    bag = new_bag(tmp_path)
    config = _write(
        tmp_path / "c.toml",
        '[deposit.targets.down]\ncollection = "http://127.0.0.1:9/c/"\nretries = 1\nbackoff = 0\n',
    )
    run_ = cli(
        "deposit", bag, "--target", "down", "--config", config, "--ledger", tmp_path / "l.json", "--json"
    )
    assert run_.returncode == 1
    assert json.loads(run_.stdout)["error"]["code"] == "DEPOSIT_UNREACHABLE"
    assert "connection refused" in run_.stderr and "2 attempts" in run_.stderr
