"""The SWORD 2.0 operations a deposit uses, each as the profile words it, with the target's settings applied.

=========================  =============================  ================================================
operation                  request                        profile
=========================  =============================  ================================================
service document           GET SD-IRI                     §6.1
binary deposit             POST Col-IRI (package)         §6.3.1
multipart deposit          POST Col-IRI multipart/related §6.3.2 (AtomMultipart)
add metadata               POST SE-IRI (Atom entry)       §6.7.2
complete                   POST SE-IRI, empty body        §9.3
replace content            PUT EM-IRI (package)           §6.5.1
replace metadata           PUT Edit-IRI (Atom entry)      §6.5.2
replace both               PUT Edit-IRI multipart         §6.5.3
state                      GET statement / State-IRI      §6.9, §11 (or the target's ``state`` quirk)
=========================  =============================  ================================================

An answer other than success becomes a :class:`~archiver.deposit.errors.DepositError` whose code says what
to do and whose message quotes the server's own summary (its ``sword:error`` document, §12), scrubbed of
secrets. Which code: 401 is wrong credentials (``DEPOSIT_AUTH_FAILED``), 404 on the Col-IRI an unknown
collection, 412 a checksum mismatch (§12.1.2: ``sword:ErrorChecksumMismatch``, and SWORD's only other 412,
mediation, is never asked for), 413 too large, other 4xx a refusal, 5xx a server failure.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from urllib.parse import quote

from archiver.deposit.errordoc import describe_error
from archiver.deposit.errors import DepositError, DepositUsageError, Redactor, public_url, server_text
from archiver.deposit.receipt import Receipt, parse_receipt
from archiver.deposit.safexml import XmlError
from archiver.deposit.service import ServiceDocument, parse_service_document
from archiver.deposit.source import Package
from archiver.deposit.state import DepositState, parse_statement, parse_swh_status
from archiver.deposit.targets import Target
from archiver.deposit.transport import (
    BytesBody,
    FileBody,
    OutcomeUnknown,
    PiecesBody,
    Request,
    Response,
    RetriesExhausted,
    RetryPolicy,
    Sender,
    send_with_retries,
)

__all__ = ["Sent", "SwordClient", "state_iri"]

ATOM_ENTRY_TYPE = "application/atom+xml;type=entry"


@dataclass(frozen=True)
class Sent:
    """What one successful request returned: the receipt when the server sent one."""

    receipt: Receipt | None
    location: str | None


class SwordClient:
    def __init__(self, target: Target, sender: Sender, policy: RetryPolicy) -> None:
        self.target = target
        self.config = target.config
        self.sender = sender
        self.policy = policy
        self.redactor = Redactor()
        if target.credentials is not None:
            self.redactor.add_basic(target.credentials.user, target.credentials.password.get_secret_value())
        #: Every request that reached the server and was answered, as "METHOD URL STATUS" (for reports/tests).
        self.exchanges: list[str] = []

    # --- plumbing --------------------------------------------------------------------------------------

    def _send(self, request: Request, *, what: str) -> Response:
        try:
            response = send_with_retries(self.sender, request, self.target.credentials, self.policy)
        except RetriesExhausted as exc:
            raise DepositError(
                "DEPOSIT_UNREACHABLE",
                f"{what}: {exc.error.reason} ({exc.attempts} attempts)",
                where=public_url(request.url),
                hint="check the server and the network, then run the same command again",
            ) from None
        except OutcomeUnknown as exc:
            raise DepositError(
                "DEPOSIT_OUTCOME_UNKNOWN",
                f"{what}: {exc.error.reason} after the request was sent in full; the server may have made "
                "the deposit. Not repeated, so that no second deposit is made",
                where=public_url(request.url),
                hint="look in the collection before depositing this bag again",
            ) from None
        self.exchanges.append(f"{request.method} {public_url(request.url)} {response.status}")
        return response

    def _fail(
        self, response: Response, what: str, *, collection: bool = False
    ) -> DepositError | DepositUsageError:
        doc = describe_error(response.body, response.content_type)
        said = server_text(doc.summary or response.reason or "no reason given", self.redactor)
        if doc.verbose and doc.summary:
            said += f" - {server_text(doc.verbose, self.redactor, 200)}"
        name = f", sword:{doc.error_name}" if doc.error_name else ""
        message = f"{what}: the server answered {response.status} ({said}{name})"
        kind, code, hint = _classify(response.status, doc.error_name, collection=collection)
        return kind(code, message, where=public_url(response.url), hint=hint)

    def _bad_answer(self, response: Response, what: str, problem: str) -> DepositError:
        return DepositError(
            "DEPOSIT_BAD_RESPONSE",
            f"{what}: the server's answer cannot be used ({server_text(problem, self.redactor)})",
            where=public_url(response.url),
        )

    def _receipt(self, response: Response, what: str) -> Sent:
        location = response.header("Location")
        if response.truncated:
            raise self._bad_answer(response, what, "answer larger than the limit")
        if response.body.strip():
            try:
                return Sent(parse_receipt(response.body, response.url), location)
            except XmlError as exc:
                if response.status == 201:  # a new resource: without its receipt nothing can follow
                    raise self._bad_answer(response, what, f"deposit receipt: {exc}") from None
        return Sent(None, location)

    def _md5(self, package: Package) -> str:
        if self.config.md5_encoding == "hex":
            return package.md5.hex()
        return base64.b64encode(package.md5).decode("ascii")  # RFC 1864

    def _common(self, *, in_progress: bool | None, slug: str | None) -> list[tuple[str, str]]:
        headers: list[tuple[str, str]] = []
        if in_progress is not None:
            headers.append(("In-Progress", "true" if in_progress else "false"))
        if slug is not None and self.config.slug:
            headers.append(("Slug", quote(slug, safe=":/@!$&'()*+,;=-._~")))  # AtomPub §9.7: ASCII
        return headers

    def _package_headers(
        self, package: Package, packaging: str | None, *, part: str | None = None
    ) -> list[tuple[str, str]]:
        """The package's headers: of the request, or of the multipart body part named ``part`` (§6.3.2)."""
        name = f" name={part};" if part else ""
        headers = [
            ("Content-Type", package.media_type),
            ("Content-Disposition", f"attachment;{name} filename={package.filename}"),
            ("Content-MD5", self._md5(package)),
        ]
        if packaging:
            headers.append(("Packaging", packaging))
        return headers

    def _multipart(
        self, package: Package, packaging: str | None, atom: bytes
    ) -> tuple[PiecesBody, list[tuple[str, str]]]:
        boundary = "archiver-" + secrets.token_hex(16)
        atom_disposition = 'attachment; name="atom"'
        if self.config.multipart_atom_filename:
            atom_disposition += '; filename="atom.xml"'
        part_headers = [*self._package_headers(package, packaging, part="payload"), ("MIME-Version", "1.0")]
        head = (
            f"--{boundary}\r\n"
            'Content-Type: application/atom+xml; charset="utf-8"\r\n'
            f"Content-Disposition: {atom_disposition}\r\n"
            "MIME-Version: 1.0\r\n\r\n"
        ).encode("ascii")
        middle = (
            f"\r\n--{boundary}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in part_headers) + "\r\n"
        ).encode("ascii")
        tail = f"\r\n--{boundary}--\r\n".encode("ascii")
        body = PiecesBody(
            (head, atom, middle, package.path, tail),
            len(head) + len(atom) + len(middle) + package.size + len(tail),
        )
        headers = [
            ("Content-Type", f'multipart/related; boundary="{boundary}"; type="application/atom+xml"'),
            ("MIME-Version", "1.0"),
        ]
        if self.config.multipart_md5_on_request:
            headers.append(("Content-MD5", self._md5(package)))
        return body, headers

    # --- operations ------------------------------------------------------------------------------------

    def service_document(self, url: str) -> ServiceDocument:
        """GET SD-IRI (§6.1)."""
        response = self._send(
            Request("GET", url),
            what="service document",
        )
        if response.status != 200:
            raise self._fail(response, "service document")
        if response.truncated:
            raise self._bad_answer(response, "service document", "answer larger than the limit")
        try:
            return parse_service_document(response.body, response.url)
        except XmlError as exc:
            raise self._bad_answer(response, "service document", str(exc)) from None

    def create_binary(
        self, collection: str, package: Package, packaging: str | None, *, in_progress: bool, slug: str | None
    ) -> Sent:
        """POST the package to the Col-IRI (§6.3.1)."""
        headers = self._package_headers(package, packaging) + self._common(in_progress=in_progress, slug=slug)
        request = Request(
            "POST", collection, tuple(headers), FileBody(package.path, package.size), creates=True
        )
        response = self._send(request, what="deposit")
        if response.status not in (200, 201, 202):
            raise self._fail(response, "deposit", collection=True)
        return self._receipt(response, "deposit")

    def create_multipart(
        self,
        collection: str,
        package: Package,
        packaging: str | None,
        atom: bytes,
        *,
        in_progress: bool,
        slug: str | None,
    ) -> Sent:
        """POST package and Atom entry together to the Col-IRI (§6.3.2)."""
        body, headers = self._multipart(package, packaging, atom)
        headers += self._common(in_progress=in_progress, slug=slug)
        response = self._send(Request("POST", collection, tuple(headers), body, creates=True), what="deposit")
        if response.status not in (200, 201, 202):
            raise self._fail(response, "deposit", collection=True)
        return self._receipt(response, "deposit")

    def add_metadata(self, se_iri: str, atom: bytes, *, in_progress: bool) -> Sent:
        """POST the Atom entry to the SE-IRI (§6.7.2)."""
        headers = [("Content-Type", ATOM_ENTRY_TYPE), *self._common(in_progress=in_progress, slug=None)]
        response = self._send(Request("POST", se_iri, tuple(headers), BytesBody(atom)), what="metadata")
        if not 200 <= response.status < 300:
            raise self._fail(response, "metadata")
        return self._receipt(response, "metadata")

    def complete(self, se_iri: str) -> Sent:
        """Empty POST to the SE-IRI with In-Progress: false (§9.3)."""
        headers = self._common(in_progress=False, slug=None)
        response = self._send(
            Request("POST", se_iri, tuple(headers), BytesBody(b"")), what="completing the deposit"
        )
        if not 200 <= response.status < 300:
            raise self._fail(response, "completing the deposit")
        return self._receipt(response, "completing the deposit")

    def replace_content(
        self, em_iri: str, package: Package, packaging: str | None, *, in_progress: bool | None
    ) -> None:
        """PUT the package to the EM-IRI (§6.5.1)."""
        headers = self._package_headers(package, packaging) + self._common(in_progress=in_progress, slug=None)
        request = Request("PUT", em_iri, tuple(headers), FileBody(package.path, package.size))
        response = self._send(request, what="replacing the content")
        if not 200 <= response.status < 300:
            raise self._fail(response, "replacing the content")

    def replace_metadata(self, edit_iri: str, atom: bytes, *, in_progress: bool) -> None:
        """PUT the Atom entry to the Edit-IRI (§6.5.2)."""
        headers = [("Content-Type", ATOM_ENTRY_TYPE), *self._common(in_progress=in_progress, slug=None)]
        response = self._send(
            Request("PUT", edit_iri, tuple(headers), BytesBody(atom)), what="replacing the metadata"
        )
        if not 200 <= response.status < 300:
            raise self._fail(response, "replacing the metadata")

    def replace_multipart(self, edit_iri: str, package: Package, packaging: str | None, atom: bytes) -> None:
        """PUT package and Atom entry together to the Edit-IRI (§6.5.3)."""
        body, headers = self._multipart(package, packaging, atom)
        headers += self._common(in_progress=False, slug=None)
        response = self._send(Request("PUT", edit_iri, tuple(headers), body), what="replacing the deposit")
        if not 200 <= response.status < 300:
            raise self._fail(response, "replacing the deposit")

    def get_receipt(self, edit_iri: str) -> Receipt | None:
        """GET the Edit-IRI, where the receipt MUST be available (§6.3.1); None when it is not."""
        response = self._send(Request("GET", edit_iri), what="deposit receipt")
        if response.status != 200 or response.truncated:
            return None
        try:
            return parse_receipt(response.body, response.url)
        except XmlError:
            return None

    def fetch_state(self, state_iri: str) -> DepositState | None:
        """The deposit's state from its statement (§6.9, §11) or the target's state document; None when the
        server no longer knows the deposit (404)."""
        kind = self.config.state
        # No Accept header: servers negotiating strictly (Django REST framework) answer 406 to one they dislike,
        # and the statement link already names one serialisation (§6.9).
        response = self._send(Request("GET", state_iri), what="deposit state")
        if response.status == 404:
            return None
        if response.status != 200:
            raise self._fail(response, "deposit state")
        try:
            if kind == "swh":
                return parse_swh_status(response.body)
            return parse_statement(response.body)
        except XmlError as exc:
            raise self._bad_answer(response, "deposit state", str(exc)) from None


def _classify(
    status: int, error_name: str | None, *, collection: bool
) -> tuple[type[DepositError | DepositUsageError], str, str | None]:
    """The error class, code and hint for a failed answer, by what the user must do (the module docstring)."""
    if status == 401:
        return DepositUsageError, "DEPOSIT_AUTH_FAILED", "check the target's user and password_env"
    if status == 404 and collection:
        return (
            DepositUsageError,
            "DEPOSIT_COLLECTION_UNKNOWN",
            "`archiver deposit service-document URL` lists the collections",
        )
    if status == 412 or error_name == "ErrorChecksumMismatch":
        return (
            DepositError,
            "DEPOSIT_CHECKSUM_MISMATCH",
            "the package changed in transit or the target's md5_encoding is wrong; run again",
        )
    if status == 413 or error_name == "MaxUploadSizeExceeded":
        return DepositError, "DEPOSIT_TOO_LARGE", None
    if status == 403:
        return DepositError, "DEPOSIT_FORBIDDEN", None
    if status >= 500:
        return (
            DepositError,
            "DEPOSIT_SERVER_ERROR",
            "the server failed; if it keeps failing, check the target's settings (md5_encoding, packaging)",
        )
    return DepositError, "DEPOSIT_REFUSED", None


def state_iri(receipt: Receipt, target: Target) -> str | None:
    """Where the target's state is read: the statement link (Atom feed preferred, §6.9) or, for Software
    Heritage, the receipt's ``rel="alternate"`` link."""
    kind = target.config.state
    if kind == "swh":
        return receipt.alternate
    if kind == "none":
        return None
    feeds = [href for media, href in receipt.statements if "atom" in media]
    return feeds[0] if feeds else (receipt.statements[0][1] if receipt.statements else None)
