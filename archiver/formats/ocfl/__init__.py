"""OCFL 1.0 / 1.1, the format: what objects and storage roots are, independent of any repository using them.

- :mod:`~archiver.formats.ocfl.structure`: the names on disk (declarations, inventory, sidecars, version
  directories) and the walk that finds objects in a storage hierarchy.
- :mod:`~archiver.formats.ocfl.versions`: building inventories (the next version, planned and encoded).
- :mod:`~archiver.formats.ocfl.reading`: reading an object's head inventory safely.
- :mod:`~archiver.formats.ocfl.layouts`: storage layout extensions (ID to object path).
- :mod:`~archiver.formats.ocfl.inventory`: the checks of one inventory's JSON;
  :mod:`~archiver.formats.ocfl.validator` objects (§3); :mod:`~archiver.formats.ocfl.root_validator`
  storage roots (§4); :mod:`~archiver.formats.ocfl.codes` the spec's codes.
"""

__all__: list[str] = []
