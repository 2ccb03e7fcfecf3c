"""Version and identity of the tool, kept apart so every module can import it cheaply."""

__version__ = "0.1.0"
DISTRIBUTION = "news-archiver"
TOOL_NAME = "archiver"
