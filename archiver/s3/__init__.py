"""Talking to S3-compatible object stores: the client and its rules (:mod:`.client`), and a bag stored as
one tar object (:mod:`.tar_object`).

Cut out of the flows that use it (``ingest --into s3://`` and the bucket's listing and audit in
:mod:`archiver.repository`, ``package -o s3://`` in :mod:`archiver.packaging`, the OCFL storage root on
S3), so that each takes the same transport and none reaches into another's module. boto3 is the optional
``s3`` extra, imported only when a client is made.
"""

__all__: list[str] = []  # the modules are the interface: archiver.s3.client, archiver.s3.tar_object
