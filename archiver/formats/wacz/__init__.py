"""WACZ 1.1.1 (Web Archive Collection Zipped): writing and checking side by side.

* :mod:`~archiver.formats.wacz.writer`: a WACZ from one WARC, with its CDXJ index, pages and datapackage.
* :mod:`~archiver.formats.wacz.validator`: every rule of the zip, datapackage, pages and indexes, and each
  WARC inside through :mod:`archiver.formats.warc.validator`.
* :mod:`~archiver.formats.wacz.codes`: the validation codes of the WACZ rules.
"""

__all__: list[str] = []
