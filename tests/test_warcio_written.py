"""WARCs as warcio's WARCWriter writes them validate, with exactly the warning its metadata records earn.

warcio 1.8 puts a WARC-Payload-Digest on every metadata record, which WARC 1.1 §5.9 does not allow on a
record without a well-defined payload (§4). Nothing is lost (the digest is verified against the block) and a
receiving archive cannot rewrite the file, so issue 15's policy makes it a warning, not an error.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from archiver.formats.warc.validator import validate_warc_file  # noqa: E402
from archiver.validation.findings import Severity  # noqa: E402

URI = "https://example.org/page.html"


def _write(path: Path, *, gzip: bool, chunked: bool = False) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        body = b"<html><body>hello</body></html>\n"
        headers = [("Content-Type", "text/html")]
        if chunked:
            headers.append(("Transfer-Encoding", "chunked"))
            body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
        else:
            headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        response = writer.create_warc_record(URI, "response", payload=BytesIO(body), http_headers=http)
        request_http = StatusAndHeaders(
            "GET /page.html HTTP/1.1", [("Host", "example.org")], is_http_request=True
        )
        request = writer.create_warc_record(URI, "request", payload=BytesIO(b""), http_headers=request_http)
        meta = writer.create_warc_record(
            URI,
            "metadata",
            payload=BytesIO(b"outlink: https://example.org/next\r\n"),
            warc_content_type="application/warc-fields",
        )
        info = writer.create_warcinfo_record(
            path.name, {"software": "warcio", "format": "WARC File Format 1.1"}
        )
        for record in (info, response, request, meta):
            writer.write_record(record)


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("chunked", [False, True])
def test_warcio_written_warc_is_valid_with_one_warning(tmp_path: Path, gzip: bool, chunked: bool) -> None:
    path = tmp_path / ("w.warc.gz" if gzip else "w.warc")
    _write(path, gzip=gzip, chunked=chunked)
    report = validate_warc_file(path)
    assert report.stats["records"] == 4
    assert [(f.code, f.severity) for f in report.findings] == [
        ("WARC-PAYLOAD-DIGEST-NOT-ALLOWED", Severity.WARNING)
    ], report.findings
    assert "metadata record" in report.findings[0].message
