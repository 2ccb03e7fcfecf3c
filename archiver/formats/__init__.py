"""File formats: each format's reading, writing and checking side by side."""

__all__: list[str] = []
