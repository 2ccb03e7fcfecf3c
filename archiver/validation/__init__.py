"""Validation of bags (folders and serialized), WARC files and the tool's own packages.

Every validator yields :class:`archiver.validation.findings.Finding` objects with stable codes; the
:class:`~archiver.validation.findings.Report` decides validity (no error-severity finding) and renders.
"""

__all__: list[str] = []
