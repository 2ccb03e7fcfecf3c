"""WARC 1.0 / 1.1 (ISO 28500): the one reader of records, used by every part of archiver that reads WARCs.

* :mod:`~archiver.formats.warc.headers`: the one header grammar (WARC 1.1 §4).
* :mod:`~archiver.formats.warc.records`: records from any binary stream, plain or gzip member by member
  (Annex D), in constant memory; the byte-level reader the validator drives, and :func:`iter_records` for
  the readers that want fields and blocks.
* :mod:`~archiver.formats.warc.codes`: the validation codes of the WARC rules.

HTTP heads inside ``application/http`` blocks are read by :mod:`archiver.formats.http.head`. The rules
themselves are checked by :mod:`archiver.validation.warc`; WARCs are written by :mod:`archiver.warc`.
"""
