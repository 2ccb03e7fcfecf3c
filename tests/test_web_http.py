"""Pure parts of the capture: URLs, HTTP framing and decoding, resource discovery."""

from __future__ import annotations

import gzip
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.formats.http.body import chunked_end, dechunk, decode_content
from archiver.formats.http.head import HttpFormatError, parse_head
from archiver.web.errors import CaptureError
from archiver.web.http import build_request, media_type
from archiver.web.resources import find_resources, same_site
from archiver.web.urls import parse_target, redact


def test_parse_target_strips_credentials_and_fragment_and_encodes() -> None:
    t = parse_target("HTTP://alice:pw@Example.ORG:8080/a b/é?q=1#frag")
    assert t.url == "http://example.org:8080/a%20b/%C3%A9?q=1"
    assert t.had_credentials and t.host_header == "example.org:8080"
    assert t.request_target == "/a%20b/%C3%A9?q=1"
    assert parse_target("https://bücher.example/").host == "xn--bcher-kva.example"
    assert parse_target("https://example.org").request_target == "/"
    assert redact("http://u:p@h/x") == "http://h/x"


@pytest.mark.parametrize(
    "url", ["mailto:a@b", "javascript:alert(1)", "http://", "http://h:99999/", "http://a\nb/"]
)
def test_parse_target_refuses(url: str) -> None:
    with pytest.raises(CaptureError):
        parse_target(url)


def test_parse_head_keeps_order_case_and_repeats() -> None:
    raw = b"HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nset-cookie: b\r\nX:  v  \r\n\r\n"
    head = parse_head(raw)
    assert head.status == 200 and head.reason == "OK" and head.raw == raw
    assert head.headers == (("Set-Cookie", "a"), ("set-cookie", "b"), ("X", "v"))
    assert head.get_all("SET-COOKIE") == ["a", "b"]
    with pytest.raises(HttpFormatError):
        parse_head(b"SSH-2.0-OpenSSH\r\n\r\n")


def test_build_request_refuses_header_injection() -> None:
    with pytest.raises(ValueError):
        build_request("GET", "/", "h", [("X", "a\r\nEvil: 1")])


@given(st.lists(st.binary(min_size=1, max_size=50), max_size=8), st.integers(min_value=1, max_value=40))
def test_chunked_end_found_incrementally_as_bytes_arrive(parts: list[bytes], step: int) -> None:
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    resume, end = 0, -1
    for cut in range(step, len(body) + step, step):
        end, resume = chunked_end(body[: min(cut, len(body))], resume)
        if end >= 0:
            break
    assert end == len(body)
    assert dechunk(body) == b"".join(parts)


def test_chunked_end_rejects_bad_framing() -> None:
    with pytest.raises(HttpFormatError):
        chunked_end(b"zz\r\nabc\r\n")


def test_decode_content_bounds_output() -> None:
    data = b"<html>" + b"a" * 100_000
    assert decode_content(gzip.compress(data), "gzip", 200_000) == data
    assert decode_content(zlib.compress(data), "deflate", 200_000) == data
    assert decode_content(data, None, 200_000) == data
    with pytest.raises(HttpFormatError, match="expands beyond"):
        decode_content(gzip.compress(data), "gzip", 1000)
    with pytest.raises(HttpFormatError, match="unsupported"):
        decode_content(data, "br", 200_000)
    with pytest.raises(HttpFormatError):
        decode_content(b"not gzip", "gzip", 1000)


def test_media_type() -> None:
    assert media_type('Text/HTML; charset="windows-1252"') == ("text/html", "windows-1252")
    assert media_type(None) == (None, None)


def test_find_resources_and_same_site() -> None:
    html = """<base href="/sub/"><img src="a.png" srcset="b.png 1x, c.png 2x"><link rel="stylesheet" href="s.css">
    <script src="//cdn.example.net/x.js"></script><img src="data:image/png;base64,AA"><img src="#x">
    <link rel="alternate" href="feed.xml"><img src="a.png">"""
    found = find_resources(html, "https://www.example.org/news/story.html")
    assert found == [
        "https://www.example.org/sub/a.png",
        "https://www.example.org/sub/b.png",
        "https://www.example.org/sub/c.png",
        "https://www.example.org/sub/s.css",
        "https://cdn.example.net/x.js",
    ]
    assert same_site("https://static.example.org/x", "https://www.example.org/")
    assert not same_site("https://cdn.example.net/x.js", "https://www.example.org/")
    assert not same_site("https://evil-example.org/x", "https://example.org/")
