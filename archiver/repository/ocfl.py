"""The repository facade: an OCFL 1.1 storage root on disk (:class:`OcflRepository`), opened or created.

Storage root (OCFL 1.1 §4)::

    ROOT/
      0=ocfl_1.1                       root conformance declaration (§4.2)
      ocfl_layout.json                 names the layout extension (§4.1)
      archiver-workspace.md            documents our local extension (§4.5: a plain text file in the root)
      extensions/
        0004-hashed-n-tuple-storage-layout/config.json
        archiver-workspace/            our local storage-root extension (§4.4), never part of any object:
          config.json                  describes it (and keeps the folder from ever being empty, §4.1 E073)
          locks/NNN.lock               flock files, one writer per object (see locking.py)
          .archiver-staging-*/         objects and versions being assembled (same filesystem: atomic renames)
          receipts/YYYY/MM/DD/*.json   one receipt per ingest
      3c0/ff4/240/3c0ff424...87d4/     an object root (0004: sha256 of the ID, three 3-digit tuples)
        0=ocfl_object_1.1, inventory.json, inventory.json.sha512, v1/, v2/, ...
        logs/events.jsonl              PREMIS-style events (§3.8 logs directory, not in the inventory)

Why the workspace lives under ``extensions/``: §4.1 (E088) forbids directories in a storage root other than
the object hierarchy and ``extensions``; ``extensions`` may hold only extension sub-directories (§4.4,
E112), which SHOULD carry a registered name (W016): ours is a documented local extension, so validators may
warn (ocfl-py says W901) but must not fail the root. Implementation Notes §3.7.1 asks for exactly this: a
workspace on the same filesystem where objects-in-flight are assembled, ignored by validators.

What is here: creating (:meth:`OcflRepository.init`, :meth:`~OcflRepository.for_ingest`) and opening a
storage root, mapping object IDs to object roots, and reading objects (inventory, list, show). The flows
that put bags in and get them back are modules of their own, which the facade's methods call:
:mod:`archiver.repository.ingest` (the pipeline; :mod:`~archiver.repository.intake` the bag side,
:mod:`~archiver.repository.commit` the object side, :mod:`~archiver.repository.ingest_workers` the
worker processes) and :mod:`archiver.repository.export`. What OCFL itself prescribes (names, inventories,
layouts) is :mod:`archiver.formats.ocfl`.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import staging
from archiver.errors import ArchiverError, UsageError
from archiver.formats.ocfl.layouts import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    Layout,
    LayoutError,
    layout_files,
    make_layout,
    read_root_layout,
)
from archiver.formats.ocfl.reading import read_json
from archiver.formats.ocfl.structure import (
    INVENTORY,
    OCFL_VERSION,
    ROOT_DECLARATION,
    find_root_spec,
    object_spec,
    root_declaration,
    walk_objects,
)
from archiver.formats.ocfl.versions import compact_json
from archiver.repository import events as ev
from archiver.repository.ingest_options import IngestOptions, check_batch, check_object_id, check_user_address
from archiver.repository.results import IngestResult, ObjectDetail, ObjectSummary

if TYPE_CHECKING:
    from archiver.cluster import ClusterSpec

__all__ = [
    "WORKSPACE_NAME",
    "OcflRepository",
    "default_repository_path",
    "resolve_repository",
    "write_root_files",
]

WORKSPACE_NAME = "archiver-workspace"
WORKSPACE_DOC = f"{WORKSPACE_NAME}.md"


def default_repository_path(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/archiver/repository``, else ``~/.local/share/archiver/repository``."""
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "archiver" / "repository"


def resolve_repository(explicit: str | Path | None, configured: str | None) -> Path:
    """The repository to use: the option, else the config's ``[repository] path``, else the default."""
    for value in (explicit, configured):
        if value:
            return Path(value).expanduser()
    return default_repository_path()


def workspace_doc(layout_name: str) -> str:
    return (
        f"# Local storage root extension: {WORKSPACE_NAME}\n\n"
        "This OCFL 1.1 storage root is written by archiver (news-archiver). The folder\n"
        f"`extensions/{WORKSPACE_NAME}/` is a local storage root extension (OCFL 1.1 sections 4.4 and 4.5)\n"
        "holding the writer's workspace; it is never part of an OCFL object:\n\n"
        "- `.archiver-staging-*/`: objects and versions being assembled; an interrupted one is removed by\n"
        "  the next writer (never needed for reading the repository).\n"
        "- `locks/`: advisory lock files, one writer per object at a time.\n"
        "- `receipts/YYYY/MM/DD/`: one JSON receipt per ingest (object ID, version, files, digests,\n"
        "  times, outcome).\n\n"
        f"Objects are laid out by extension {layout_name} (see ocfl_layout.json).\n"
        "Each object's `logs/events.jsonl` holds PREMIS-style events, one JSON object per line.\n"
    )


class OcflRepository:
    """An OCFL 1.0 or 1.1 storage root on disk, in any storage layout archiver can map, or none.

    New roots are OCFL 1.1 with extension 0004 (sha256, 3 x 3, full digest) unless ``init`` is told another
    layout. Roots made by other tools are read whatever they hold: objects are found by walking the
    hierarchy (§4.3 allows a root with no layout description), and ingest writes only where the root's
    declared layout puts an object: into a root without one, or with a layout archiver cannot map, it
    refuses before writing anything (:meth:`check_writable`).
    """

    def __init__(
        self,
        root: Path,
        *,
        layout: Layout | None,
        spec: str = OCFL_VERSION,
        layout_problem: str | None = None,
        durable: bool = True,
        pending: bool = False,
    ) -> None:
        self.root = root
        self.layout = layout
        self.spec = spec  # the root's declared OCFL version: new versions conform to it (§4.2, E081)
        self.layout_problem = layout_problem  # why there is no usable layout, when a declared one failed
        self.durable = durable
        self.created = False  # True when open(create=True) or init() made the storage root
        # for_ingest() on a path without a repository: the storage root is made by the first bag that passes
        self.pending = pending

    # --- creating and opening ---------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        root: Path,
        *,
        layout: str = DEFAULT_LAYOUT,
        layout_config: Mapping[str, Any] | None = None,
        durable: bool = True,
    ) -> OcflRepository:
        """Create an empty storage root, all at once: built in a staging folder beside it, then renamed.

        An existing OCFL storage root is simply opened; an existing folder holding anything else is refused
        (``REPO_NOT_EMPTY``) so that nothing of the user's is ever mixed into a repository. ``layout`` names
        the storage layout extension (``REPO_LAYOUT_UNSUPPORTED`` for one archiver cannot write).
        """
        root = root.expanduser().absolute()
        if find_root_spec(root) is not None:
            return cls.open(root, durable=durable)
        try:
            chosen = make_layout(layout, layout_config)
        except LayoutError as exc:
            raise UsageError(
                "REPO_LAYOUT_UNSUPPORTED", str(exc), hint=f"known layouts: {', '.join(LAYOUTS)}"
            ) from None
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            if find_root_spec(root) is not None:  # another process renamed its new root into place meanwhile
                return cls.open(root, durable=durable)
            raise UsageError(
                "REPO_NOT_EMPTY",
                "not an OCFL storage root, and not empty",
                where=str(root),
                hint="choose a new or empty folder",
            )
        root.parent.mkdir(parents=True, exist_ok=True)
        with staging.staging_dir(root.parent, "ocfl-root") as stage:
            write_root_files(stage, chosen, durable=durable)
            try:
                os.rename(stage, root)  # replaces an empty folder atomically; fails on a non-empty one
            except OSError:
                if find_root_spec(root) is not None:  # another process initialised it meanwhile
                    return cls.open(root, durable=durable)
                raise
            if durable:
                staging.fsync_dir(root.parent)
        repo = cls.open(root, durable=durable)
        repo.created = True
        return repo

    @classmethod
    def open(cls, root: Path, *, create: bool = False, durable: bool = True) -> OcflRepository:
        """Open an existing storage root (``REPO_NOT_FOUND``, ``REPO_NOT_OCFL``), or create it if asked.

        A root whose layout description is missing or names a layout archiver cannot map still opens, for
        reading; :meth:`check_writable` then refuses ingest.
        """
        root = root.expanduser().absolute()
        if not root.exists():
            if create:
                return cls.init(root, durable=durable)
            raise UsageError(
                "REPO_NOT_FOUND",
                "no repository here",
                where=str(root),
                hint="create one with `archiver repo init`",
            )
        spec = find_root_spec(root)
        if spec is None and create and root.is_dir() and not any(root.iterdir()):
            return cls.init(root, durable=durable)
        if spec is None:
            spec = find_root_spec(root)  # another process may have renamed a new root over the empty folder
        if spec is None:
            found = object_spec(root)
            raise UsageError(
                "REPO_NOT_OCFL",
                f"an OCFL {found} object, not a storage root"
                if found
                else f"not an OCFL storage root (no {root_declaration('1.0')} or {ROOT_DECLARATION})",
                where=str(root),
                hint="`archiver validate` checks a single object" if found else None,
            )
        try:
            layout, problem = read_root_layout(root), None
        except (LayoutError, OSError) as exc:
            layout, problem = None, str(exc)
        return cls(root, layout=layout, spec=spec, layout_problem=problem, durable=durable)

    @classmethod
    def for_ingest(cls, root: Path, *, durable: bool = True) -> OcflRepository:
        """The repository at ``root``, or, where there is none (a missing or empty folder), one that the first
        bag to pass validation creates (:meth:`ensure_root`): a refused ingest leaves no repository behind.

        Anything else at ``root`` is refused as :meth:`open` refuses it (``REPO_NOT_OCFL``).
        """
        root = root.expanduser().absolute()
        if not root.exists() or (root.is_dir() and find_root_spec(root) is None and not any(root.iterdir())):
            return cls(root, layout=make_layout(DEFAULT_LAYOUT, None), durable=durable, pending=True)
        return cls.open(root, durable=durable)

    def ensure_root(self) -> None:
        """Create the storage root of a :meth:`for_ingest` repository (staged and renamed into place, as
        :meth:`init` does); a root another process made meanwhile is adopted as it is, with its layout."""
        if not self.pending:
            return
        made = OcflRepository.init(self.root, durable=self.durable)
        self.layout, self.spec, self.layout_problem = made.layout, made.spec, made.layout_problem
        self.created = self.created or made.created
        self.pending = False

    def adopt_root(self) -> None:
        """After worker processes ran: whether one of them created the pending storage root."""
        if self.pending and find_root_spec(self.root) is not None:
            made = OcflRepository.open(self.root, durable=self.durable)
            self.layout, self.spec, self.layout_problem = made.layout, made.spec, made.layout_problem
            self.created, self.pending = True, False

    # --- paths ------------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Path:
        return self.root / "extensions" / WORKSPACE_NAME

    def check_writable(self) -> Layout:
        """The layout new objects are written in; ``REPO_LAYOUT_UNSUPPORTED`` when there is none to follow.

        Never guessed: an object written where the root's declared layout does not put it would be lost to
        every other tool reading the root (§4.3, E083).
        """
        if self.layout is not None:
            return self.layout
        why = self.layout_problem or "it declares no storage layout (no ocfl_layout.json)"
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED",
            f"will not add objects to this storage root: {why}; nothing was written",
            where=str(self.root),
            hint=f"archiver writes the layouts {', '.join(LAYOUTS)}; reading, export and audit still work",
        )

    def object_path(self, object_id: str) -> str:
        """The object's root relative to the storage root: where the layout maps it, else where it was found
        by walking the hierarchy (a root without a usable layout), else ``OBJECT_NOT_FOUND``."""
        if self.layout is not None:
            try:
                return self.layout.object_path(object_id)
            except LayoutError as exc:
                raise UsageError(
                    "REPO_ID_UNMAPPABLE",
                    f"object ID {object_id!r} cannot be stored in layout {self.layout.name}: {exc}",
                    where=str(self.root),
                ) from None
        for summary in self.list_objects():
            if summary.object_id == object_id:
                return summary.path
        raise self.not_found(object_id)

    def not_found(self, object_id: str) -> UsageError:
        """``OBJECT_NOT_FOUND``, with the ID that was probably meant when one exists: a bag's bare UUID (or
        its folder name) for the ``urn:uuid:`` ID it carries, or an ID differing only in case."""
        suggestion = self._likely_id(object_id)
        return UsageError(
            "OBJECT_NOT_FOUND",
            f"no object {object_id} in this repository",
            where=str(self.root),
            hint=f"did you mean {suggestion}?" if suggestion else "`archiver repo list` shows the object IDs",
        )

    def _likely_id(self, object_id: str) -> str | None:
        text = object_id.strip()
        candidates = [text, text.lower()]
        with contextlib.suppress(ValueError):
            candidates.insert(0, f"urn:uuid:{uuid.UUID(text)}")
        candidates = [c for c in dict.fromkeys(candidates) if c != object_id]
        if self.layout is not None:  # a layout maps each candidate to its folder: no walk of the repository
            return next((c for c in candidates if self._exists(c)), None)
        wanted = {c.lower() for c in candidates} | {text.lower()}
        for summary in self.list_objects():
            if summary.object_id != object_id and summary.object_id.lower() in wanted:
                return summary.object_id
        return None

    def _exists(self, object_id: str) -> bool:
        try:
            return (self.root / self.object_path(object_id) / INVENTORY).is_file()
        except ArchiverError:
            return False

    def object_root(self, object_id: str) -> Path:
        return self.root / self.object_path(object_id)

    # --- ingest -----------------------------------------------------------------------------------------

    def ingest(
        self,
        bag: Path,
        *,
        message: str | None = None,
        user_name: str | None = None,
        user_address: str | None = None,
        validate: bool = True,
        lock_timeout: float | None = 600.0,
        object_id: str | None = None,
    ) -> IngestResult:
        """Ingest one bag as the next version of the object named by its External-Identifier.

        Refuses an invalid bag (``INGEST_INVALID_BAG``, with the findings) before anything reaches the
        repository. Holds the object's lock from reading the head inventory to the end, so two ingests of
        one object never both write: the second waits (up to ``lock_timeout`` seconds, then ``REPO_LOCKED``)
        and then usually finds the object unchanged. ``object_id`` names the object of a bag without an
        External-Identifier (a bag from another tool); it must be a URI, and agree with the bag's if it has one.
        """
        bag = bag.absolute()
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(user_address)
        if object_id is not None:
            check_object_id(object_id)
        self.check_writable()
        from archiver.repository.ingest import ingest_bags

        options = IngestOptions(
            message=message,
            user_name=user_name,
            user_address=user_address,
            validate=validate,
            lock_timeout=lock_timeout,
            object_id=object_id,
        )
        result = ingest_bags(self, [bag], options)[0]
        if isinstance(result, ArchiverError):
            raise result
        return result

    def ingest_many(
        self,
        bags: Sequence[Path],
        *,
        jobs: int = 0,
        on_result: Callable[[Path, IngestResult], None] | None = None,
        cluster: ClusterSpec | None = None,
        **options: Any,
    ) -> list[IngestResult]:
        """Ingest several bags, side by side in worker processes (``jobs``: 0 = two per core); ``options``
        are the keyword arguments of :meth:`ingest` (:class:`~archiver.repository.ingest_options.IngestOptions`).

        Results come in input order; a bag that fails gives a result with its ``error`` (outcome ``refused``
        or ``failed``) in its place and never stops the others. Per-object locks keep concurrent writers
        apart; bags naming the same object are ingested one after the other, in the order given, so their
        versions are numbered in that order. Each worker runs one pipeline over the bags it takes: groups
        of up to :data:`~archiver.repository.ingest.GROUP_SIZE`, each flushed and committed together while
        the next is staged (:mod:`archiver.repository.ingest`). With ``cluster`` the workers are a Dask
        cluster's, which must see the bags and the repository at the same paths (a shared file system).
        """
        from archiver.repository.ingest_workers import ingest_in_workers

        chosen = IngestOptions(**options)
        self.check_writable()
        check_batch(chosen, len(bags))
        return ingest_in_workers(self, bags, chosen, jobs=jobs, on_result=on_result, cluster=cluster)

    # --- reading ----------------------------------------------------------------------------------------

    def inventory(self, object_id: str) -> dict[str, Any]:
        """The object's root inventory, checked against its sidecar (``OBJECT_NOT_FOUND``, ``REPO_OBJECT_DAMAGED``)."""
        from archiver.repository.commit import head_inventory

        live = self.object_root(object_id)
        inventory = head_inventory(live, object_id)
        if inventory is None:
            raise self.not_found(object_id)
        return inventory

    def export(self, object_id: str, dest: Path, *, version: str | None = None) -> Path:
        """Write a version's logical state to ``dest``, which must not exist: for an object archiver made, the
        bag as ingested; for any other object, its files as that version had them
        (:func:`archiver.repository.export.export_object`: every file checked while copied, all or nothing).
        """
        from archiver.repository.export import export_object

        return export_object(self, object_id, dest, version=version)

    def object_roots(self) -> Iterator[Path]:
        """Every object root under the storage root, in path order: the hierarchy walked down to the folders
        holding an object declaration (§4.3), whatever the layout, the root's ``extensions`` left out."""
        yield from walk_objects(self.root, top=True)

    def list_objects(self) -> Iterator[ObjectSummary]:
        """A summary of every object (reads each root inventory; no checksums: that is ``audit``)."""
        for root in self.object_roots():
            try:
                inventory = read_json(root / INVENTORY)
                head = inventory["head"]
                yield ObjectSummary(
                    object_id=inventory["id"],
                    path=root.relative_to(self.root).as_posix(),
                    head=head,
                    versions=len(inventory["versions"]),
                    updated=inventory["versions"][head]["created"],
                )
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue  # a damaged object: `archiver audit` reports it

    def show(self, object_id: str, version: str | None = None) -> ObjectDetail:
        """The object's versions, the files of ``version`` (default: the head; ``2`` or ``v2``) and its
        event log."""
        live = self.object_root(object_id)
        return ObjectDetail.of(
            self.inventory(object_id),
            version,
            object_id=object_id,
            path=live.relative_to(self.root).as_posix(),
            events=ev.read_events(live),
        )


def write_root_files(stage: Path, layout: Layout, *, durable: bool) -> None:
    """The storage root's fixed files: the declaration (§4.2), the layout's description and configuration
    (§4.1, the extension's config.json), our workspace's description (§4.4, §4.5)."""
    staging.write_file(stage / ROOT_DECLARATION, f"ocfl_{OCFL_VERSION}\n".encode(), durable=durable)
    for relative, data in layout_files(layout).items():
        (stage / relative).parent.mkdir(parents=True, exist_ok=True)
        staging.write_file(stage / relative, data, durable=durable)
    (stage / "extensions" / WORKSPACE_NAME).mkdir(parents=True)
    workspace_config = {
        "extensionName": WORKSPACE_NAME,
        "description": f"see {WORKSPACE_DOC} in the storage root",
    }
    staging.write_file(
        stage / "extensions" / WORKSPACE_NAME / "config.json", compact_json(workspace_config), durable=durable
    )
    staging.write_file(stage / WORKSPACE_DOC, workspace_doc(layout.name).encode("utf-8"), durable=durable)
    if durable:
        staging.fsync_tree(stage)
