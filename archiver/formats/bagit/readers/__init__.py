"""Readers of one bag's files, whatever its form: a folder, a tar (plain or compressed) or a zip, read in
place and never outside the bag.

The BagIt rules (:mod:`archiver.formats.bagit`) are pure functions over names, sizes and bytes; everything
that touches a disk or an archive is here:

* :mod:`.base`: what every reader shares: :class:`~.base.BagFileReader`, the listing, the hashing.
* :mod:`.folder`: a bag folder. :mod:`.tar`: a plain or compressed tar. :mod:`.zip`: a zip.
* :mod:`.archive`: what the tar and zip readers share (members, the one top-level folder).
* :mod:`.choose`: :func:`~.choose.open_reader`, the reader a target's content calls for.
* :mod:`.codes`: the codes the readers report (files, links, members, archives).

The safety rules they follow are :mod:`archiver.formats.safety`.
"""

__all__: list[str] = []
