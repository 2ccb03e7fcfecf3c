"""SWORD v2 deposit: send bags to the repositories archives already run (DSpace, Dataverse, EPrints, Software
Heritage), and know afterwards what was sent where.

The modules, one concept each:

* :mod:`~archiver.deposit.targets`: where to deposit and how that server differs from the SWORD 2.0 profile
  (``[deposit.targets.NAME]`` in the config); credentials only from the environment or the config file.
* :mod:`~archiver.deposit.source`: a bag folder or serialized bag as a deposit: identifier, payload
  digest, metadata, the package file sent.
* :mod:`~archiver.deposit.atom`: the Atom entry (Dublin Core terms plus the target's template).
* :mod:`~archiver.deposit.transport`: HTTP requests with bounded retries; :mod:`~archiver.deposit.sword`:
  the SWORD 2.0 operations on top of it.
* :mod:`~archiver.deposit.service`, :mod:`~archiver.deposit.receipt`, :mod:`~archiver.deposit.state`,
  :mod:`~archiver.deposit.errordoc`: readers of what a server sends back, never trusting it
  (:mod:`~archiver.deposit.safexml`).
* :mod:`~archiver.deposit.ledger`: the local record that makes a deposit safe to repeat;
  :mod:`~archiver.deposit.run`: the decisions (new, exists, resume, replace) and the waiting.

This package imports nothing heavy at import time: the config module imports the target model from it.
"""

__all__: list[str] = []
