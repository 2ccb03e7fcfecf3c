"""Depositing bags: what to send for each bag given the ledger, sending it, and waiting for the outcome.

For each bag, under the ledger's lock, before any network traffic:

* same collection, same identifier, same payload, deposit complete: ``exists``, nothing is sent (with
  ``--wait`` the state is read, nothing else);
* the same, but the deposit stopped half-way (the package is on the server, its metadata is not): ``resumed``,
  the rest is sent to the IRIs the ledger kept; if the server no longer knows the deposit, it starts over;
* same identifier, different payload: refused (``DEPOSIT_CHANGED``) unless ``--replace``, which replaces the
  content at the EM-IRI and the metadata at the Edit-IRI (profile §6.5): ``replaced``;
* otherwise a new deposit, in the target's ``sequence``: package with ``In-Progress: true`` then the Atom
  entry with ``In-Progress: false`` (§6.3.1, §6.7.2, §9), one multipart request (§6.3.2), or the package
  alone: ``deposited``.

Before a new deposit or a replacement the bag is validated (``--no-validate`` skips it), serialized, and
checked against the service document: the collection must be listed, a packaging format the target prefers
must be accepted, the media type too, and the request must fit ``sword:maxUploadSize``. Each accepted step
is recorded in the ledger at once, so an interruption anywhere leaves it telling the truth.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from archiver.deposit.atom import build_entry
from archiver.deposit.errors import DepositError, DepositUsageError, public_url
from archiver.deposit.ledger import Ledger, LedgerEntry
from archiver.deposit.names import PACKAGING, packaging_name
from archiver.deposit.receipt import Receipt
from archiver.deposit.service import Collection, ServiceDocument, accepts_media_type
from archiver.deposit.source import BagSource, Package, open_source, prepare_package
from archiver.deposit.state import DepositState, state_matches
from archiver.deposit.sword import Sent, SwordClient, state_iri
from archiver.deposit.targets import Target
from archiver.deposit.transport import HttpTransport, RetryPolicy, Sender
from archiver.errors import ArchiverError, ErrorInfo, UsageError
from archiver.results import ItemResult

__all__ = ["DepositOptions", "DepositResult", "Depositor"]

#: Room for the Atom entry and the MIME framing of a multipart request, counted against the upload limit.
MULTIPART_OVERHEAD = 4096
WAIT_INTERVAL_CAP = 60.0


@dataclass
class DepositOptions:
    wait: bool = False
    wait_timeout: float = 3600.0
    replace: bool = False
    validate: bool = True
    sleep: Callable[[float], None] = time.sleep
    on_note: Callable[[str], None] | None = None  # retries, waiting: lines for stderr


@dataclass(frozen=True)
class DepositResult(ItemResult):
    """What one deposit came to: ``deposited``, ``exists``, ``resumed`` or ``replaced``, with the ledger's
    entry; or ``failed``, with the error and nothing else but ``bag``."""

    bag: str
    identifier: str = ""
    status: str = "failed"
    target: str = ""
    entry: LedgerEntry | None = None
    notes: tuple[str, ...] = ()

    @classmethod
    def failure(cls, bag: Path, exc: ArchiverError, target: str = "") -> DepositResult:
        return cls(str(bag), target=target, error=ErrorInfo.of(exc))

    def to_dict(self) -> dict[str, object]:
        e = self.entry
        if self.error is not None or e is None:
            error = self.error.to_dict() if self.error is not None else None
            return {"bag": self.bag, "status": "failed", "error": error}
        return {
            "bag": self.bag,
            "identifier": self.identifier,
            "status": self.status,
            "target": self.target,
            "collection": e.collection,
            "packaging": e.packaging,
            "package": e.package_name,
            "payload_sha256": e.payload_sha256,
            "edit_iri": e.edit_iri,
            "em_iri": e.em_iri,
            "se_iri": e.se_iri,
            "state_iri": e.state_iri,
            "state": e.state,
            "state_description": e.state_description,
            "complete": e.complete,
            "notes": list(self.notes),
        }


@dataclass
class _Prepared:
    package: Package
    packaging: str | None
    atom: bytes | None


@dataclass
class _Plan:
    service: ServiceDocument | None = None
    collection: Collection | None = None
    fetched: bool = False
    notes: list[str] = field(default_factory=list)


class Depositor:
    """Deposits bags into one target, recording each in the ledger."""

    def __init__(
        self, target: Target, ledger: Ledger, options: DepositOptions, sender: Sender | None = None
    ) -> None:
        self.target = target
        self.config = target.config
        self.ledger = ledger
        self.options = options
        policy = RetryPolicy(
            retries=self.config.retries,
            backoff=self.config.backoff,
            sleep=options.sleep,
            on_retry=options.on_note,
        )
        self.client = SwordClient(target, sender or HttpTransport(self.config.timeout), policy)
        self._plan = _Plan()

    # --- the decision --------------------------------------------------------------------------------

    def deposit_each(self, paths: Iterable[Path]) -> Iterator[DepositResult]:
        """Deposit bags one after the other; a bag that fails gives a ``failed`` result in its place and the
        others go on. A usage error (the target, the options) is raised: it would stop every bag alike."""
        for path in paths:
            try:
                yield self.deposit(path)
            except UsageError:
                raise
            except ArchiverError as exc:
                yield DepositResult.failure(path, exc, self.target.label)

    def deposit(self, path: Path) -> DepositResult:
        """Deposit one bag; raises the :class:`~archiver.errors.ArchiverError` that stopped it."""
        source = open_source(path)
        with self.ledger.locked():
            entry = self.ledger.find(self.config.collection, source.identifier)
            if entry is not None and entry.payload_sha256 == source.payload_sha256:
                if entry.complete and not self._failed(entry.state):
                    return self._finish(source, entry, "exists")
                if not entry.complete:
                    return self._resume(source, entry)
                return self._new(source, previous=entry)  # rejected or failed there: deposit it afresh
            if entry is not None:
                if not self.options.replace:
                    raise DepositError(
                        "DEPOSIT_CHANGED",
                        f"{source.identifier} was deposited to {self.target.label} with another payload "
                        f"({entry.edit_iri or 'no Edit-IRI'})",
                        where=str(path),
                        hint="--replace sends this bag in its place",
                    )
                return self._replace(source, entry)
            return self._new(source)

    def _failed(self, state: str | None) -> bool:
        return state is not None and state_matches(state, self.target.failed_states)

    # --- new deposit -----------------------------------------------------------------------------------

    def _new(self, source: BagSource, previous: LedgerEntry | None = None) -> DepositResult:
        with tempfile.TemporaryDirectory(prefix="archiver-deposit-") as workdir:
            prep = self._prepare(source, Path(workdir))
            collection, package, sequence = self.config.collection, prep.package, self.config.sequence
            slug = source.identifier
            if sequence == "multipart":
                assert prep.atom is not None
                sent = self.client.create_multipart(
                    collection, package, prep.packaging, prep.atom, in_progress=False, slug=slug
                )
                entry = self._record_new(source, prep, self._receipt(sent, "deposit"), True, previous)
            elif sequence == "package-only":
                sent = self.client.create_binary(
                    collection, package, prep.packaging, in_progress=False, slug=slug
                )
                entry = self._record_new(source, prep, self._receipt(sent, "deposit"), True, previous)
            else:
                assert prep.atom is not None
                sent = self.client.create_binary(
                    collection, package, prep.packaging, in_progress=True, slug=slug
                )
                entry = self._record_new(source, prep, self._receipt(sent, "deposit"), False, previous)
                entry = self._send_metadata(entry, prep.atom)
        return self._finish(source, entry, "deposited")

    def _record_new(
        self,
        source: BagSource,
        prep: _Prepared,
        receipt: Receipt,
        complete: bool,
        previous: LedgerEntry | None,
    ) -> LedgerEntry:
        edit = receipt.edit_iri
        entry = LedgerEntry(
            target=self.target.name,
            collection=self.config.collection,
            identifier=source.identifier,
            payload_sha256=source.payload_sha256,
            package_sha256=prep.package.sha256,
            package_name=prep.package.filename,
            packaging=prep.packaging,
            edit_iri=edit,
            em_iri=receipt.em_iri,
            se_iri=receipt.se_iri or edit,  # §3: the SE-IRI MAY be the Edit-IRI
            state_iri=state_iri(receipt, self.target),
            complete=complete,
            state=receipt.swh_status if self.config.state == "swh" else None,
            superseded=[*previous.superseded, previous.edit_iri] if previous and previous.edit_iri else [],
        )
        return self.ledger.record(entry)

    def _send_metadata(self, entry: LedgerEntry, atom: bytes) -> LedgerEntry:
        if not entry.se_iri:
            raise DepositError(
                "DEPOSIT_BAD_RESPONSE",
                "the deposit receipt has no SE-IRI to send the metadata to (profile §10)",
                where=entry.edit_iri or self.config.collection,
            )
        sent = self.client.add_metadata(entry.se_iri, atom, in_progress=False)
        return self.ledger.record(self._after(entry, sent.receipt, complete=True))

    def _after(self, entry: LedgerEntry, receipt: Receipt | None, *, complete: bool) -> LedgerEntry:
        update: dict[str, object] = {"complete": complete}
        if receipt is not None:
            if receipt.edit_iri:
                update["edit_iri"] = receipt.edit_iri
            if receipt.em_iri:
                update["em_iri"] = receipt.em_iri
            if receipt.se_iri:
                update["se_iri"] = receipt.se_iri
            found = state_iri(receipt, self.target)
            if found:
                update["state_iri"] = found
            if self.config.state == "swh" and receipt.swh_status:
                update["state"] = receipt.swh_status
                update["state_description"] = None
        return entry.model_copy(update=update)

    def _receipt(self, sent: Sent, what: str) -> Receipt:
        """The deposit receipt: from the answer, else from the Edit-IRI in Location (§6.3.1)."""
        receipt = sent.receipt
        if receipt is None and sent.location:
            receipt = self.client.get_receipt(sent.location)
        if receipt is None or not (receipt.edit_iri or sent.location):
            raise DepositError(
                "DEPOSIT_BAD_RESPONSE",
                f"{what}: the server accepted it but sent no deposit receipt or Edit-IRI (profile §10); "
                "nothing more can be sent to it",
                where=public_url(self.config.collection),
            )
        if receipt.edit_iri is None and sent.location:
            receipt = replace(receipt, edit_iri=sent.location)
        return receipt

    # --- resume, replace ---------------------------------------------------------------------------------

    def _resume(self, source: BagSource, entry: LedgerEntry) -> DepositResult:
        notes = []
        open_on_server = True
        if entry.state_iri and self.config.state != "none":
            state = self.client.fetch_state(entry.state_iri)
            if state is None:
                self._note(
                    f"{source.identifier}: the server no longer knows the interrupted deposit; depositing afresh"
                )
                return self._new(source, previous=entry)
            entry = self.ledger.record(
                entry.model_copy(update={"state": state.state, "state_description": state.description})
            )
            in_progress = self.target.in_progress_states
            open_on_server = not in_progress or state_matches(state.state, in_progress)
        if not open_on_server:
            notes.append(f"the server reports {entry.state!r}: the deposit was already complete")
            entry = self.ledger.record(entry.model_copy(update={"complete": True}))
        elif self.config.sequence == "package-only":
            sent = self.client.complete(self._se_iri(entry))
            entry = self.ledger.record(self._after(entry, sent.receipt, complete=True))
        else:
            atom = build_entry(source, self.config, entry.package_name)
            entry = self._send_metadata(entry, atom)
        return self._finish(source, entry, "resumed", notes)

    def _se_iri(self, entry: LedgerEntry) -> str:
        if not entry.se_iri:
            raise DepositError(
                "DEPOSIT_BAD_RESPONSE",
                "the ledger has no SE-IRI for this deposit",
                where=str(self.ledger.path),
            )
        return entry.se_iri

    def _replace(self, source: BagSource, entry: LedgerEntry) -> DepositResult:
        edit_iri, em_iri = entry.edit_iri, entry.em_iri
        if not (edit_iri and em_iri):
            raise DepositError(
                "DEPOSIT_BAD_RESPONSE",
                "the earlier deposit has no Edit-IRI and EM-IRI to replace it at",
                where=str(self.ledger.path),
            )
        with tempfile.TemporaryDirectory(prefix="archiver-deposit-") as workdir:
            prep = self._prepare(source, Path(workdir))
            changed = {
                "payload_sha256": source.payload_sha256,
                "package_sha256": prep.package.sha256,
                "package_name": prep.package.filename,
                "packaging": prep.packaging,
            }
            if self.config.sequence == "multipart":
                assert prep.atom is not None
                self.client.replace_multipart(edit_iri, prep.package, prep.packaging, prep.atom)
                entry = self.ledger.record(entry.model_copy(update={**changed, "complete": True}))
            else:
                metadata_follows = self.config.sequence == "package-then-metadata" or not entry.complete
                self.client.replace_content(
                    em_iri, prep.package, prep.packaging, in_progress=True if metadata_follows else None
                )
                entry = self.ledger.record(
                    entry.model_copy(update={**changed, "complete": not metadata_follows})
                )
                if self.config.sequence == "package-then-metadata":
                    assert prep.atom is not None
                    self.client.replace_metadata(edit_iri, prep.atom, in_progress=False)
                elif metadata_follows:
                    self.client.complete(self._se_iri(entry))
                entry = self.ledger.record(entry.model_copy(update={"complete": True}))
        if entry.state_iri and self.config.state != "none" and not self.options.wait:
            entry = self._refresh(entry)
        return self._finish(source, entry, "replaced")

    # --- preparing -----------------------------------------------------------------------------------

    def _prepare(self, source: BagSource, workdir: Path) -> _Prepared:
        if self.options.validate:
            _validate(source.path)
        form = self.config.archive_format
        package = prepare_package(source, form, workdir)
        atom = (
            None
            if self.config.sequence == "package-only"
            else build_entry(source, self.config, package.filename)
        )
        packaging = self._check_plan(source, package, atom)
        return _Prepared(package, packaging, atom)

    def _service(self) -> _Plan:
        plan = self._plan
        if not plan.fetched:
            plan.fetched = True
            url = self.config.service_document
            if url:
                plan.service = self.client.service_document(url)
                plan.collection = plan.service.find(self.config.collection)
                if plan.collection is None:
                    listed = ", ".join(c.href for c in plan.service.collections) or "none"
                    raise DepositUsageError(
                        "DEPOSIT_COLLECTION_UNKNOWN",
                        f"the service document does not list the collection {public_url(self.config.collection)} "
                        f"for these credentials (it lists: {listed})",
                        where=public_url(url),
                    )
        return plan

    def _check_plan(self, source: BagSource, package: Package, atom: bytes | None) -> str | None:
        plan = self._service()
        collection = plan.collection
        packaging = self._choose_packaging(collection)
        if collection is not None and not accepts_media_type(collection.accept, package.media_type):
            raise DepositUsageError(
                "DEPOSIT_PACKAGING_UNSUPPORTED",
                f"the collection does not accept {package.media_type} (it accepts: {', '.join(collection.accept)})",
                where=public_url(self.config.collection),
                hint="set archive_format for this target (zip, tar or tar.gz)",
            )
        if plan.service is not None:
            limit = plan.service.max_upload_bytes(self.config.max_upload_size_unit, collection)
            size = package.size
            if self.config.sequence == "multipart":
                size += len(atom or b"") + MULTIPART_OVERHEAD
            if limit is not None and size > limit:
                raise DepositError(
                    "DEPOSIT_TOO_LARGE",
                    f"the package is {package.size} bytes; the server takes at most {limit} bytes in one request "
                    f"(sword:maxUploadSize, read in {self.config.max_upload_size_unit})",
                    where=str(source.path),
                    hint="SWORD 2.0 has no way to split a package: ask the repository for a larger limit",
                )
        return packaging

    def _choose_packaging(self, collection: Collection | None) -> str | None:
        preferred = self.target.packaging_iris
        if collection is None:
            # No service document to ask: SimpleZip is the format the profile recommends servers take (§6.3.2).
            return PACKAGING["SimpleZip"] if PACKAGING["SimpleZip"] in preferred else preferred[0]
        if not collection.accept_packaging:
            return PACKAGING["Binary"]  # §6.1: no acceptPackaging, no formal packaging support
        for iri in preferred:
            if iri in collection.accept_packaging:
                return iri
        raise DepositUsageError(
            "DEPOSIT_PACKAGING_UNSUPPORTED",
            f"the collection accepts none of the target's packaging ({', '.join(packaging_name(p) for p in preferred)}); "
            f"it accepts: {', '.join(packaging_name(p) for p in collection.accept_packaging)}",
            where=public_url(self.config.collection),
            hint="set packaging for this target to one it accepts",
        )

    # --- state ---------------------------------------------------------------------------------------

    def _refresh(self, entry: LedgerEntry) -> LedgerEntry:
        if not entry.state_iri:
            return entry
        state = self.client.fetch_state(entry.state_iri)
        if state is None:
            return entry
        return self.ledger.record(
            entry.model_copy(update={"state": state.state, "state_description": state.description})
        )

    def _finish(
        self, source: BagSource, entry: LedgerEntry, status: str, notes: list[str] | None = None
    ) -> DepositResult:
        if self.options.wait:
            entry = self._wait(source, entry)
        return DepositResult(
            bag=str(source.path),
            identifier=source.identifier,
            status=status,
            target=self.target.label,
            entry=entry,
            notes=tuple(notes or ()),
        )

    def _wait(self, source: BagSource, entry: LedgerEntry) -> LedgerEntry:
        """Poll the state until it is one of the target's final or failed states, or the time is up."""
        if not entry.state_iri or self.config.state == "none":
            self._note(f"{source.identifier}: the target reports no state to wait for")
            return entry
        deadline = time.monotonic() + self.options.wait_timeout
        interval = self.config.poll_interval
        last: str | None = None
        while True:
            state = self.client.fetch_state(entry.state_iri)
            if state is None:
                raise DepositError(
                    "DEPOSIT_REJECTED",
                    "the server no longer knows this deposit (404 on its state)",
                    where=entry.state_iri,
                )
            if state.state != entry.state or state.description != entry.state_description:
                entry = self.ledger.record(
                    entry.model_copy(update={"state": state.state, "state_description": state.description})
                )
            if state.state != last:
                self._note(f"{source.identifier}: {state.state}")
                last = state.state
            if state_matches(state.state, self.target.failed_states):
                raise _rejected(source, state)
            if state_matches(state.state, self.target.final_states):
                return entry
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DepositError(
                    "DEPOSIT_WAIT_TIMEOUT",
                    f"still {state.state!r} after {self.options.wait_timeout:g} s "
                    f"(waiting for {', '.join(self.target.final_states) or 'nothing'})",
                    where=source.identifier,
                    hint="the deposit goes on on the server; run again with --wait to keep waiting",
                )
            self.options.sleep(min(interval, remaining))
            interval = min(interval * 1.5, WAIT_INTERVAL_CAP)

    def _note(self, message: str) -> None:
        if self.options.on_note is not None:
            self.options.on_note(message)


def _rejected(source: BagSource, state: DepositState) -> DepositError:
    detail = f": {state.description}" if state.description else ""
    return DepositError(
        "DEPOSIT_REJECTED",
        f"the server reports {state.state!r}{detail}",
        where=source.identifier,
        hint="fix what the server names; depositing the bag again then makes a new deposit",
    )


def _validate(path: Path) -> None:
    from archiver.validation.run import ValidateOptions, validate_target  # only deposits that send pay for it

    report = validate_target(path, ValidateOptions())
    if report.valid:
        return
    errors = report.errors
    first = errors[0]
    raise DepositError(
        "DEPOSIT_BAG_INVALID",
        f"invalid bag, not sent: {len(errors)} error(s), first {first.code}"
        f"{' in ' + first.path if first.path else ''}: {first.message}",
        where=str(path),
        hint="`archiver validate` lists every finding; --no-validate sends it anyway",
    )
