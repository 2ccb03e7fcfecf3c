"""Replay through pywb: the WACZ's WARC serves each captured page with status 200 and the same bytes.

pywb is a test dependency (``pip install pywb``). It is driven in a subprocess: importing its WSGI app
monkey-patches the standard library with gevent, which must not happen inside the test process (the
capture and its test server use real threads and sockets). The WACZ is added with ``wb-manager add
--unpack-wacz``, which keeps *our* CDXJ index (with file names rewritten), so replay goes through our
index; then ``wb-manager reindex`` replaces it with pywb's own index of every record, metadata included,
and replay must still give the page, not the JSON of the metadata record.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archiver.config import Organization, Settings
from archiver.packaging import PackageOptions
from archiver.web.options import CaptureOptions
from archiver.web.package_url import package_url
from tests.webserver import LocalServer, page_bytes, serve

pytest.importorskip("pywb", reason="pywb is a test dependency: pip install pywb")

BIN = Path(sys.executable).parent
SETTINGS = Settings(organization=Organization(name="Test Archive", contact_email="archive@example.org"))
WHEN = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)

#: Run inside the collection folder: replays each URL given and prints JSON results on the last line.
REPLAY = """
import hashlib, json, sys
from pywb.apps.frontendapp import FrontEndApp
from werkzeug.test import Client
client = Client(FrontEndApp())
out = {}
for url in sys.argv[2:]:
    r = client.get(f"/coll/{sys.argv[1]}id_/{url}")
    body = r.data
    cdx = client.get(f"/coll/cdx?url={url}&output=json")
    lines = [json.loads(x) for x in cdx.data.decode().splitlines() if x.strip()]
    out[url] = {"status": r.status_code, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body),

                "type": r.headers.get("Content-Type"), "index": [[x.get("mime"), x.get("status")] for x in lines]}
print(json.dumps(out))
"""

PAGES = {
    "/articles/jsonld.html": "jsonld.html",
    # Not /articles/chunked.html: its trailer field (RFC 9112 7.1.2) comes out of pywb 2.10 appended to the
    # page, a limitation of warcio's ChunkedDataReader; our WARC holds the exchange as sent either way.
    "/articles/chunked-plain.html": "jsonld.html",
    "/articles/gzip.html": "jsonld.html",
    "/articles/latin1.html": "latin1.html",
    "/articles/resources.html": "with-resources.html",
}


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, LocalServer]]:
    root = tmp_path_factory.mktemp("pywb")
    waczs = []
    with serve() as server:
        for path in PAGES:
            options = PackageOptions(
                outdir=root / "bags",
                settings=SETTINGS,
                durable=False,
                captured=WHEN,
                capture=CaptureOptions(with_resources=True),
            )
            result = package_url(server.url(path), options)
            assert result.bag is not None
            source = next((result.bag / "data/wacz").glob("*.wacz"))
            waczs.append(shutil.copy(source, root / f"{path.rsplit('/', 1)[1]}.wacz"))
        manager = str(BIN / "wb-manager")
        subprocess.run([manager, "init", "coll"], cwd=root, check=True, capture_output=True)
        subprocess.run(
            [manager, "add", "--unpack-wacz", "coll", *map(str, waczs)],
            cwd=root,
            check=True,
            capture_output=True,
        )
        yield root, server


def _replay(root: Path, server: LocalServer, urls: list[str]) -> dict[str, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", REPLAY, "20240501120000", *urls],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, dict[str, object]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _check(root: Path, server: LocalServer) -> None:
    urls = [server.url(p) for p in PAGES] + [server.url("/static/logo-copy.png")]
    results = _replay(root, server, urls)
    for path, page in PAGES.items():
        got = results[server.url(path)]
        assert got["status"] == 200, (path, got)
        assert got["sha256"] == hashlib.sha256(page_bytes(page)).hexdigest(), (path, got)
        assert got["index"] == [["text/html", "200"]], (path, got)  # one capture: the page, never the JSON
    logo = results[server.url("/static/logo-copy.png")]  # a revisit, resolved through its payload digest
    assert logo["status"] == 200 and logo["type"] == "image/png" and logo["size"] == 67


def test_pywb_replays_the_pages_through_our_index(collection: tuple[Path, LocalServer]) -> None:
    _check(*collection)


def test_pywb_replays_the_pages_through_its_own_index(collection: tuple[Path, LocalServer]) -> None:
    root, server = collection
    subprocess.run([str(BIN / "wb-manager"), "reindex", "coll"], cwd=root, check=True, capture_output=True)
    _check(root, server)
