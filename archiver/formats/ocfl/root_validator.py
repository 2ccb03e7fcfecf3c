"""OCFL 1.0 / 1.1 validation of storage roots, reported with the spec's own codes.

:func:`validate_root` checks a storage root (§4): declaration, layout description, extensions, the
directory hierarchy, then each object (:func:`archiver.formats.ocfl.validator.validate_object`), side by
side, and where each object lies. :func:`validate_ocfl` takes either an object or a root, whichever a path
is. Kept apart from the object checks because a root adds its own rules (§4) and the work of spreading
many objects over worker processes, since their cost is Python's, which threads cannot share.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from archiver.formats.ocfl.codes import REGISTERED_LAYOUTS
from archiver.formats.ocfl.inventory import LATEST
from archiver.formats.ocfl.layouts import Layout, LayoutError, read_root_layout
from archiver.formats.ocfl.structure import INVENTORY
from archiver.formats.ocfl.validator import (
    DIR,
    EXTENSIONS,
    FILE,
    LINK,
    ROOT_NAMASTE,
    Checker,
    ObjectResult,
    parse_json,
    printable,
    read_small,
    validate_object,
)
from archiver.validation.findings import Finding, Report, Severity

__all__ = ["PROCESS_MIN", "RootResult", "detect", "validate_ocfl", "validate_root"]

LAYOUT_FILE: Final = "ocfl_layout.json"
#: Objects from which validate_root uses processes: below, starting them costs more than it saves.
PROCESS_MIN: Final = 200
Progress = Callable[[int, int, str], None]
#: Checks the objects at these paths (relative to the root) and gives their results in the same order.
RunChecks = Callable[[Path, list[str]], list[ObjectResult]]


@dataclass
class RootResult:
    """A storage root's validation: its own findings (paths relative to the root) and each object's."""

    path: str
    spec_version: str | None
    layout: str | None  # the extension ocfl_layout.json names
    findings: list[Finding]
    objects: list[ObjectResult]
    fixity_checked: bool = True

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings) and all(
            o.ok for o in self.objects
        )

    def report(self) -> Report:
        """Everything as one Report, object findings re-pathed as ``<object path>/<path>``."""
        report = Report(
            self.path, "ocfl-storage-root", list(self.findings), fixity_checked=self.fixity_checked
        )
        for obj in self.objects:
            for f in obj.findings:
                where = printable("/".join(p for p in (obj.path, f.path) if p)) or None
                report.findings.append(Finding(f.code, f.severity, where, f.message))
        report.stats = {
            "objects": len(self.objects),
            "files": sum(o.files for o in self.objects),
            "bytes": sum(o.bytes for o in self.objects),
        }
        return report


class _RootCheck(Checker):
    """The checks of a storage root around its objects (§4)."""

    def __init__(self, root: str, result: RootResult) -> None:
        super().__init__(root)
        self.findings = result.findings
        self.result = result
        self.layout: Layout | None = None

    def find_objects(self) -> list[str]:
        """§4.1, §4.2, §4.4 the root's own entries, then §4.3 the hierarchy: the object paths found."""
        entries = self.scan("")
        if entries is None:
            return []
        self.result.spec_version = self.declaration(entries, ROOT_NAMASTE)
        self._layout(entries)
        if entries.get(EXTENSIONS) == DIR:
            self._extensions()
        objects: list[str] = []
        for name, kind in sorted(entries.items()):
            if kind == DIR and name != EXTENSIONS:
                objects += self._hierarchy(name)
            elif kind == LINK and os.path.isdir(self.at(name)):
                self.add("E088", name, "a link to a directory, not followed: no directory of the hierarchy")
                self.link(name, kind)
        return sorted(objects)

    def _layout(self, entries: Mapping[str, str]) -> None:
        """§4.1 E070 ocfl_layout.json's form, E071 a registered layout; the Layout when archiver maps it."""
        kind = entries.get(LAYOUT_FILE)
        if kind is None:
            return
        if kind != FILE:
            self.add("E070", LAYOUT_FILE, f"ocfl_layout.json is a {kind}, not a JSON file")
            return
        try:
            document, why = parse_json(read_small(self.at(LAYOUT_FILE)))
        except OSError as exc:
            self.unreadable(LAYOUT_FILE, exc)
            return
        if why is not None or not isinstance(document, dict):
            self.add("E070", LAYOUT_FILE, f"ocfl_layout.json is no JSON object: {why or 'another value'}")
            return
        for key in ("extension", "description"):
            if not isinstance(document.get(key), str):
                self.add("E070", LAYOUT_FILE, f"ocfl_layout.json has no string {key}")
        extension = document.get("extension")
        if not isinstance(extension, str):
            return
        self.result.layout = extension
        if extension not in REGISTERED_LAYOUTS:
            self.add("E071", LAYOUT_FILE, f"{extension!r} is not a registered storage layout extension")
            return
        try:
            self.layout = read_root_layout(Path(self.root))
        except (LayoutError, OSError):
            self.layout = None  # a layout archiver cannot map: no spec code; placement is not checked

    def _extensions(self) -> None:
        """§4.4 E112 (1.0: E086) only directories in the root's extensions/, W016 (1.1) registered names,
        §4.1 E073 none empty."""
        spec = self.result.spec_version or LATEST
        for where in self.extensions("E086" if spec == "1.0" else "E112", "W016" if spec == "1.1" else None):
            if not self.scan(where):
                self.add("E073", where, "an empty directory under the storage root")

    def _hierarchy(self, top: str) -> list[str]:
        """§4.3 the storage hierarchy under one top-level directory: E073 no empty directories, E084 no
        files in intermediate directories, E072 none where a branch ends, E085 every branch ends in an
        object root, §4.1 E088 the directory leads to objects at all. Object roots end the walk."""
        objects: list[str] = []
        stack, seen = [top], 0
        while stack:
            folder = stack.pop()
            entries = self.scan(folder)
            if entries is None:
                continue
            seen += len(entries)
            if any(kind != DIR and n.startswith("0=ocfl_object_") for n, kind in entries.items()):
                objects.append(folder)
                continue
            subdirs = sorted((n for n, kind in entries.items() if kind == DIR), reverse=True)
            if not entries:
                self.add("E073", folder, "an empty directory under the storage root")
            elif not subdirs:
                self.add("E085", folder, "a branch of the storage hierarchy that ends without an object")
            for name, kind in sorted(entries.items()):
                if kind != DIR:
                    self.link(f"{folder}/{name}", kind)
                    code, where = ("E084", "an intermediate directory") if subdirs else ("E072", "a branch")
                    self.add(code, f"{folder}/{name}", f"a {kind} in {where} of the hierarchy, in no object")
            stack += [f"{folder}/{name}" for name in subdirs]
        if not objects and seen:
            self.add("E088", top, "a directory under the storage root that leads to no object")
        return objects

    def placement(self, objects: list[ObjectResult]) -> None:
        """§4.2 E081 object versions, §4.3 E083 paths per the layout, W014/W015 one layout pattern, §3.5.1 E037
        unique ids (ids unique "in the local context": the storage root)."""
        root_spec = self.result.spec_version
        owners: dict[str, list[str]] = {}
        for obj in objects:
            if root_spec is not None and obj.spec_version is not None and obj.spec_version > root_spec:
                where = f"{obj.path}/0=ocfl_object_{obj.spec_version}"
                self.add(
                    "E081", where, f"the object is OCFL {obj.spec_version}, its storage root {root_spec}"
                )
            if obj.object_id is not None:
                owners.setdefault(obj.object_id, []).append(obj.path)
                self._check_path(obj.object_id, obj.path)
        for object_id, paths in owners.items():
            for path in paths[1:] if len(paths) > 1 else []:
                self.add("E037", f"{path}/{INVENTORY}", f"the id {object_id!r} is also the id of {paths[0]}")
        depths = {obj.path.count("/") for obj in objects}
        if 0 in depths and len(depths) > 1:
            self.add("W015", None, "the storage root mixes top-level objects with objects in a hierarchy")
        elif self.layout is None and len(depths) > 1:
            self.add("W014", None, f"objects lie at {len(depths)} depths: more than one layout pattern")

    def _check_path(self, object_id: str, path: str) -> None:
        if self.layout is None:
            return
        try:
            expected = self.layout.object_path(object_id)
        except LayoutError as exc:
            self.add("E083", path, f"the layout {self.layout.name} cannot place the id {object_id!r}: {exc}")
            return
        if expected != path:
            self.add("E083", path, f"the layout {self.layout.name} places the id {object_id!r} at {expected}")


def _check_chunk(root: str, paths: list[str], fixity: bool) -> list[ObjectResult]:
    """Validate some objects of a root (in a worker process)."""
    results = []
    for path in paths:
        result = validate_object(Path(root, path), fixity=fixity)
        result.path = path
        results.append(result)
    return results


def _process_context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (Linux): workers start at once, with the modules already imported (archiver's
    imports take most of a second, which forkserver or spawn would pay in every worker)."""
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _check_objects(
    root: Path,
    paths: list[str],
    *,
    fixity: bool,
    jobs: int,
    check_object: Callable[[Path], ObjectResult] | None,
    on_progress: Progress | None,
) -> list[ObjectResult]:
    """Each object, side by side: processes for many objects (per-object work is mostly Python, which
    threads cannot share), threads when the caller wraps each check, one at a time for ``jobs=1``."""
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    done: dict[str, ObjectResult] = {}

    def record(path: str, result: ObjectResult) -> None:
        result.path = path
        done[path] = result
        if on_progress is not None:
            on_progress(len(done), len(paths), path)

    if workers == 1 or len(paths) < 2:
        check = check_object or (lambda p: validate_object(p, fixity=fixity))
        for path in paths:
            record(path, check(root / path))
    elif check_object is None and len(paths) >= PROCESS_MIN:
        size = max(1, min(64, len(paths) // (workers * 4)))
        with ProcessPoolExecutor(workers, mp_context=_process_context()) as processes:
            chunks = [
                processes.submit(_check_chunk, os.fspath(root), paths[i : i + size], fixity)
                for i in range(0, len(paths), size)
            ]
            for chunk in as_completed(chunks):
                for result in chunk.result():
                    record(result.path, result)
    else:
        check = check_object or (lambda p: validate_object(p, fixity=fixity))
        with ThreadPoolExecutor(workers) as threads:
            futures = {threads.submit(check, root / path): path for path in paths}
            for future in as_completed(futures):
                record(futures[future], future.result())
    return [done[path] for path in paths]


def validate_root(
    path: Path,
    *,
    fixity: bool = True,
    jobs: int = 0,
    check_object: Callable[[Path], ObjectResult] | None = None,
    on_progress: Progress | None = None,
    run_checks: RunChecks | None = None,
) -> RootResult:
    """Validate a storage root and every object in it.

    ``jobs`` workers (0: one per core) check objects side by side; ``check_object`` replaces
    :func:`validate_object` for each object (given its absolute path), e.g. to take a lock around it;
    ``on_progress(done, total, object_path)`` follows each object. ``run_checks`` replaces all of that
    (the objects checked elsewhere, on a cluster): the root's own rules and those across objects (§4.2,
    §4.3, unique ids) still run here, on the results it gives."""
    result = RootResult(os.fspath(path), None, None, [], [], fixity_checked=fixity)
    check = _RootCheck(os.fspath(path), result)
    objects = check.find_objects()
    if run_checks is not None:
        result.objects = run_checks(Path(path), objects)
        for rel, checked in zip(objects, result.objects, strict=True):
            checked.path = rel
    else:
        result.objects = _check_objects(
            Path(path), objects, fixity=fixity, jobs=jobs, check_object=check_object, on_progress=on_progress
        )
    check.placement(result.objects)
    return result


def detect(path: Path) -> Literal["object", "root"] | None:
    """What a directory is by its declaration (§3.2, §4.2): "object", "root", or None."""
    try:
        names = os.listdir(path)
    except OSError:
        return None
    if any(re.fullmatch(r"0=ocfl_object_1\.[0-9]+", name) for name in names):
        return "object"
    if any(re.fullmatch(r"0=ocfl_1\.[0-9]+", name) for name in names):
        return "root"
    return None


def validate_ocfl(path: Path, *, fixity: bool = True, jobs: int = 0) -> Report:
    """Validate an OCFL object or storage root, whichever ``path`` is; without a declaration, a directory
    with an inventory.json is taken for an object (E003 follows), anything else for a root (E069)."""
    kind = detect(path)
    if kind == "object" or (kind is None and os.path.lexists(os.path.join(path, INVENTORY))):
        return validate_object(path, fixity=fixity).report(fixity=fixity)
    return validate_root(path, fixity=fixity, jobs=jobs).report()
