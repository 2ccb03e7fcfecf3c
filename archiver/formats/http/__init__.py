"""HTTP/1.1 messages as stored in web archives: the one reader of message heads (RFC 9112)."""

__all__: list[str] = []
