"""WARC 1.0 / 1.1 (ISO 28500): reading, writing and checking records side by side.

Reading:

* :mod:`~archiver.formats.warc.headers`: the one header grammar (WARC 1.1 §4), and the value grammars the
  writer and the checks share.
* :mod:`~archiver.formats.warc.records`: records from any binary stream, plain or gzip member by member
  (Annex D), in constant memory; the byte-level reader the validator drives, and :func:`iter_records` for
  the readers that want fields and blocks.

Writing:

* :mod:`~archiver.formats.warc.writer`: records, gzip members, and the WARC of a file package.
* :mod:`~archiver.formats.warc.capture`: the records of an HTTP capture and the WARC of a web package.

Checking:

* :mod:`~archiver.formats.warc.fields`: the header rules, pure functions over fields.
* :mod:`~archiver.formats.warc.digests`: declared digests, and computing them as a block streams past.
* :mod:`~archiver.formats.warc.validator`: the record walk, :func:`validate_warc_file` and
  :func:`validate_warc_stream`.
* :mod:`~archiver.formats.warc.codes`: the validation codes of the WARC rules.

HTTP heads inside ``application/http`` blocks are read by :mod:`archiver.formats.http.head`.
"""

__all__: list[str] = []
