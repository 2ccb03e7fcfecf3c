"""The readers of what a SWORD server sends back, on real documents and on random and hostile input.

A server is not trusted: whatever bytes it sends, a reader returns its result or raises XmlError (which the
client reports as ``DEPOSIT_BAD_RESPONSE``); :func:`describe_error` never raises at all. No traceback, no
entity expansion, no file read through an external entity, no recursion error.
"""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.deposit.errordoc import describe_error
from archiver.deposit.receipt import parse_receipt
from archiver.deposit.safexml import MAX_DEPTH, XmlError, parse_xml
from archiver.deposit.service import accepts_media_type, parse_service_document
from archiver.deposit.state import parse_statement, parse_swh_status, state_matches

BASE = "http://127.0.0.1:5080/1/servicedocument/"

# Documents as swh-deposit 3.0.1 sends them (../shared/recipes/swh-deposit/TRANSCRIPT.md, steps 1, 4, 5, 18).
SWH_SERVICE = b"""<?xml version="1.0" ?>
<service xmlns:dcterms="http://purl.org/dc/terms/" xmlns:sword="http://purl.org/net/sword/terms/"
    xmlns:atom="http://www.w3.org/2005/Atom" xmlns="http://www.w3.org/2007/app">
    <sword:version>2.0</sword:version>
    <sword:maxUploadSize>209715200</sword:maxUploadSize>
    <workspace>
        <atom:title>The Software Heritage (SWH) Archive</atom:title>
        <collection href="http://127.0.0.1:5080/1/test/">
            <atom:title>test Software Collection</atom:title>
            <accept>application/zip</accept>
            <accept>application/x-tar</accept>
            <sword:collectionPolicy>Collection Policy</sword:collectionPolicy>
            <dcterms:abstract>Software Heritage Archive</dcterms:abstract>
            <sword:treatment>Collect, Preserve, Share</sword:treatment>
            <sword:mediation>false</sword:mediation>
            <sword:acceptPackaging>http://purl.org/net/sword/package/SimpleZip</sword:acceptPackaging>
            <sword:service>http://127.0.0.1:5080/1/test/</sword:service>
        </collection>
    </workspace>
</service>"""
SWH_RECEIPT = b"""<entry xmlns="http://www.w3.org/2005/Atom" xmlns:sword="http://purl.org/net/sword/terms/"
       xmlns:dcterms="http://purl.org/dc/terms/" xmlns:sd="https://www.softwareheritage.org/schema/2018/deposit">
    <sd:deposit_id>1</sd:deposit_id>
    <sd:deposit_status>partial</sd:deposit_status>
    <deposit_status>partial</deposit_status>
    <link rel="edit" href="http://127.0.0.1:5080/1/test/1/atom/" />
    <link rel="edit-media" href="http://127.0.0.1:5080/1/test/1/media/"/>
    <link rel="http://purl.org/net/sword/terms/add" href="http://127.0.0.1:5080/1/test/1/metadata/" />
    <link rel="alternate" href="http://127.0.0.1:5080/1/test/1/status/" />
    <sword:packaging>http://purl.org/net/sword/package/SimpleZip</sword:packaging>
</entry>"""
SWH_STATUS = b"""<entry xmlns="http://www.w3.org/2005/Atom" xmlns:sd="https://www.softwareheritage.org/schema/2018/deposit">
    <sd:deposit_id>5</sd:deposit_id>
    <sd:deposit_status>rejected</sd:deposit_status>
    <sd:deposit_status_detail>- Mandatory fields are missing (atom:author or codemeta:author)</sd:deposit_status_detail>
</entry>"""
SWH_ERROR = b"""<?xml version="1.0" encoding="utf-8"?>
<sword:error xmlns="http://www.w3.org/2005/Atom" xmlns:sword="http://purl.org/net/sword/terms/">
    <summary>Wrong md5 hash</summary>
    <sword:treatment>processing failed</sword:treatment>
    <sword:verboseDescription>
        The checksum sent 00000000000000000000000000000000 and the actual checksum 9a8e does not match.
    </sword:verboseDescription>
</sword:error>"""
# SWORD 2.0 profile §11.3 and §11.2.
ATOM_STATEMENT = b"""<atom:feed xmlns:sword="http://purl.org/net/sword/terms/" xmlns:atom="http://www.w3.org/2005/Atom">
    <sword:state href="http://purl.org/net/sword/state/archived">
        <sword:stateDescription>The work has passed through review and is now in the archive</sword:stateDescription>
    </sword:state>
    <atom:entry><atom:category term="http://purl.org/net/sword/terms/originalDeposit"/></atom:entry>
</atom:feed>"""
ORE_STATEMENT = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns:ore="http://www.openarchives.org/ore/terms/" xmlns:sword="http://purl.org/net/sword/terms/">
    <rdf:Description rdf:about="http://localhost:8080/agg-IRI/43/my_deposit">
        <sword:state rdf:resource="http://dspace.org/state/inreview"/>
    </rdf:Description>
    <rdf:Description rdf:about="http://dspace.org/state/inreview">
        <sword:stateDescription>Awaiting review</sword:stateDescription>
    </rdf:Description>
</rdf:RDF>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<service xmlns="http://www.w3.org/2007/app">&lol3;</service>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE e [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<entry xmlns="http://www.w3.org/2005/Atom"><title>&secret;</title></entry>"""

READERS: list[tuple[str, Callable[[bytes], Any]]] = [
    ("service document", lambda b: parse_service_document(b, BASE)),
    ("receipt", lambda b: parse_receipt(b, BASE)),
    ("statement", parse_statement),
    ("swh status", parse_swh_status),
]

# Pieces that make XML parsers work hard or trip: markup, entities, DTDs, odd characters, namespaces.
FRAGMENTS = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "]]>",
    "<![CDATA[",
    "<!--",
    "-->",
    "<?xml version='1.0'?>",
    "<?xml version='1.0' encoding='utf-16'?>",
    "<!DOCTYPE x [",
    "<!ENTITY a 'aaaaaaaa'>",
    "<!ENTITY b SYSTEM 'file:///etc/passwd'>",
    "]>",
    "&a;",
    "&b;",
    "&#0;",
    "&#x10FFFF;",
    "<service xmlns='http://www.w3.org/2007/app'>",
    "</service>",
    "<workspace>",
    "</workspace>",
    "<collection href='",
    "<collection>",
    "</collection>",
    "<entry xmlns='http://www.w3.org/2005/Atom'>",
    "</entry>",
    "<link rel='edit' href='",
    "<link rel='http://purl.org/net/sword/terms/add' href='javascript:x'/>",
    "'/>",
    "<sword:maxUploadSize xmlns:sword='http://purl.org/net/sword/terms/'>",
    "</sword:maxUploadSize>",
    "99999999999999999999999",
    "-1",
    "<sword:state xmlns:sword='http://purl.org/net/sword/terms/' href='",
    "<x:y>",
    "xmlns:x='urn:x'",
    "\x00",
    "\ufeff",
    "\u202e",
    "é",
    "\U0001f600",
    " ",
    "\n",
]
hostile_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=60).map("".join)
hostile_bytes = st.one_of(
    st.binary(max_size=2000), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)

NAMESPACES = [
    "http://www.w3.org/2005/Atom",
    "http://www.w3.org/2007/app",
    "http://purl.org/net/sword/terms/",
    "http://purl.org/net/sword/",
    "https://www.softwareheritage.org/schema/2018/deposit",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "",
]
NAMES = [
    "service",
    "workspace",
    "collection",
    "accept",
    "acceptPackaging",
    "maxUploadSize",
    "entry",
    "feed",
    "link",
    "state",
    "stateDescription",
    "deposit_status",
    "RDF",
    "Description",
    "title",
    "error",
    "summary",
]
ATTRS = st.dictionaries(
    st.sampled_from(
        ["href", "rel", "type", "alternate", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource"]
    ),
    st.one_of(
        st.sampled_from(["edit", "edit-media", "http://x/", "/relative", "", "mailto:a@b", "http://[::1"]),
        st.text(max_size=20),
    ),
    max_size=3,
)


def _tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


leaf = st.builds(
    lambda ns, name, attrs, text: (ET.Element(_tag(ns, name), attrs), text),
    st.sampled_from(NAMESPACES),
    st.sampled_from(NAMES),
    ATTRS,
    st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["2.0", "123", "abc", "partial", "done"])),
)


trees = st.recursive(leaf, lambda inner: st.tuples(leaf, st.lists(inner, max_size=4)), max_leaves=25)


def _build(node: Any) -> ET.Element:
    if isinstance(node, tuple) and len(node) == 2 and isinstance(node[0], ET.Element):
        element, text = node
        element.text = text if isinstance(text, str) else None
        return element
    (element, text), children = node
    element = _build((element, text))
    for child in children:
        element.append(_build(child))
    return element


def _safe_text(value: str) -> bool:
    return all(
        c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff" for c in value
    )


# --- known documents ----------------------------------------------------------------------------------------


def test_swh_service_document() -> None:
    document = parse_service_document(SWH_SERVICE, BASE)
    assert document.version == "2.0" and document.max_upload_size == 209715200
    (collection,) = document.collections
    assert collection.href == "http://127.0.0.1:5080/1/test/"
    assert collection.accept == ("application/zip", "application/x-tar")
    assert collection.accept_packaging == ("http://purl.org/net/sword/package/SimpleZip",)
    assert collection.treatment == "Collect, Preserve, Share" and collection.mediation is False
    assert document.find("HTTP://127.0.0.1:5080/1/test") is collection  # case of scheme, final slash
    assert document.max_upload_bytes("kB") == 209715200 * 1024  # as the profile reads it (§6.1)
    assert document.max_upload_bytes("bytes") == 209715200  # as this server means it


def test_relative_hrefs_resolve_against_the_document_url() -> None:
    data = SWH_SERVICE.replace(b'href="http://127.0.0.1:5080/1/test/"', b'href="../test/"')
    (collection,) = parse_service_document(data, BASE).collections
    assert collection.href == "http://127.0.0.1:5080/1/test/"


def test_swh_receipt() -> None:
    receipt = parse_receipt(SWH_RECEIPT, "http://127.0.0.1:5080/1/test/")
    assert receipt.edit_iri == "http://127.0.0.1:5080/1/test/1/atom/"
    assert receipt.em_iri == "http://127.0.0.1:5080/1/test/1/media/"
    assert receipt.se_iri == "http://127.0.0.1:5080/1/test/1/metadata/"
    assert receipt.alternate == "http://127.0.0.1:5080/1/test/1/status/"
    assert receipt.statements == () and receipt.swh_status == "partial" and receipt.swh_deposit_id == "1"


def test_statements_and_swh_status() -> None:
    atom = parse_statement(ATOM_STATEMENT)
    assert atom.state == "http://purl.org/net/sword/state/archived"
    assert atom.description and atom.description.startswith("The work has passed")
    ore = parse_statement(ORE_STATEMENT)
    assert (ore.state, ore.description) == ("http://dspace.org/state/inreview", "Awaiting review")
    swh = parse_swh_status(SWH_STATUS)
    assert swh.state == "rejected" and swh.description and "codemeta:author" in swh.description
    assert state_matches(atom.state, ("archived",)) and not state_matches(atom.state, ("archive",))


def test_error_documents_in_every_form() -> None:
    sword = describe_error(SWH_ERROR, "application/xml")
    assert sword.is_sword and sword.summary == "Wrong md5 hash" and sword.verbose
    named = describe_error(
        b'<sword:error xmlns:sword="http://purl.org/net/sword/terms/" '
        b'href="http://purl.org/net/sword/error/ErrorChecksumMismatch"/>',
        "application/xml",
    )
    assert named.error_name == "ErrorChecksumMismatch" and named.summary is None
    drf = describe_error(
        b'{"detail":"Unsupported media type \\"application/octet-stream\\" in request."}', "application/json"
    )
    assert drf.summary == 'Unsupported media type "application/octet-stream" in request.'
    html = describe_error(
        b"<!doctype html><html><title>Server Error (500)</title><h1>Server Error (500)</h1>", "text/html"
    )
    assert html.summary == "Server Error (500)"
    assert describe_error(b"", None).summary is None


def test_accept_ranges() -> None:
    assert accepts_media_type(("application/zip",), "application/zip")
    assert accepts_media_type(("*/*",), "application/gzip")
    assert accepts_media_type(("application/*",), "application/x-tar")
    assert accepts_media_type((), "application/zip")  # none stated
    assert not accepts_media_type(("application/zip", "application/x-tar"), "application/gzip")


# --- hostile documents --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "reader"), READERS)
@pytest.mark.parametrize("document", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_dtds_are_refused(name: str, reader: Callable[[bytes], Any], document: bytes) -> None:
    with pytest.raises(XmlError, match="DTD"):
        reader(document)


def test_deep_nesting_and_size_are_bounded() -> None:
    deep = b"<a>" * (MAX_DEPTH + 5) + b"</a>" * (MAX_DEPTH + 5)
    with pytest.raises(XmlError, match="deeper"):
        parse_xml(deep)
    with pytest.raises(XmlError, match="larger"):
        parse_xml(b"<a>" + b" " * (9 * 1024 * 1024) + b"</a>")


@pytest.mark.parametrize("size", ["abc", "-5", "1e9", "99999999999999999999999"])
def test_an_unusable_upload_limit_is_an_error(size: str) -> None:
    data = SWH_SERVICE.replace(b"209715200", size.encode())
    with pytest.raises(XmlError, match="maxUploadSize"):
        parse_service_document(data, BASE)


def test_non_http_hrefs_are_not_iris_to_use() -> None:
    data = SWH_SERVICE.replace(b'href="http://127.0.0.1:5080/1/test/"', b'href="file:///etc/passwd"')
    with pytest.raises(XmlError, match="http"):
        parse_service_document(data, BASE)
    receipt = parse_receipt(
        SWH_RECEIPT.replace(b"http://127.0.0.1:5080/1/test/1/atom/", b"javascript:alert(1)"), BASE
    )
    assert receipt.edit_iri is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=hostile_bytes)
def test_random_bytes_never_escape_as_anything_but_xml_error(data: bytes) -> None:
    for _name, reader in READERS:
        with contextlib.suppress(XmlError):
            reader(data)
    error = describe_error(data, "application/xml")
    assert error.summary is None or isinstance(error.summary, str)
    describe_error(data, "text/html")
    describe_error(data, "application/json")
    describe_error(data, None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tree=trees)
def test_random_sword_shaped_trees_are_read_or_refused_cleanly(tree: Any) -> None:
    root = _build(tree)
    for element in root.iter():
        if element.text is not None and not _safe_text(element.text):
            element.text = None
        element.attrib = {k: v for k, v in element.attrib.items() if _safe_text(v)}
    data = ET.tostring(root, encoding="utf-8")
    for _name, reader in READERS:
        try:
            reader(data)
        except XmlError as exc:
            assert str(exc)
    describe_error(data, "application/xml")
