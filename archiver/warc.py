"""Writing WARC/1.1 files (ISO 28500:2017) for an archived article.

CONTRACT (implemented by the WARC-writer work):

    @dataclass(frozen=True)
    class WarcResult:
        data: bytes              # the whole .warc.gz file
        warcinfo_id: str         # "<urn:uuid:...>"
        resource_id: str
        metadata_id: str

    def build_article_warc(*, filename: str, article: bytes, media_type: str, target_uri: str,
                           metadata_json: bytes, metadata_uri: str, captured: datetime,
                           operator: str | None, software: str, seed: str) -> WarcResult
"""
