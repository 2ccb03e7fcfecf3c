"""BagIt (RFC 8493, and BagIt 0.93 to 0.97): writing, serializing, reading and checking bags, side by side.

* Writing: :mod:`.writer` (a bag folder from bytes in memory), :mod:`.tagfiles` (the text conventions the
  writer and every reader share: manifest path encoding, ``Label: value`` lines), :mod:`.serialize` (a bag
  folder as a deterministic tar, tar.gz or zip).
* Reading: :mod:`.readers` (a folder, tar or zip bag's files, in place, never outside the bag).
* Checking: :mod:`.validator` (:func:`~.validator.validate_bag`, the walk over one bag) over the pure rules
  of :mod:`.declaration` (bagit.txt and tag-file text), :mod:`.manifests` (manifests and completeness) and
  :mod:`.baginfo` (bag-info.txt and fetch.txt); :mod:`.codes` registers their codes. :mod:`.view` is what
  the validator learnt of a bag, for the profile and own-package checks.

Nothing is imported here, so that loading one part (the writer, the view) loads no other.
"""

__all__: list[str] = []
