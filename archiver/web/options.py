"""What a web capture may do: limits, politeness and the User-Agent, in one picklable value.

Defaults are sized for news articles: a page is tens to hundreds of kilobytes, so 20 MiB for one response
only stops something that is not an article (a video, an endless stream); 30 s per request is generous
for one HTML page yet bounds a server that trickles bytes.

``concurrency`` bounds the requests in flight at once over all sites (each site still gets one at a time,
see :mod:`archiver.web.politeness`): a list of URLs from many sites is then captured at the pace of its
busiest site instead of one round trip after another. 32 keeps a few dozen sites busy, far from what a
desktop's connection or a news site notices, while the packaging keeps up (docs/benchmarks.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.__about__ import DISTRIBUTION, TOOL_NAME, __version__
from archiver.config import Settings

__all__ = ["DEFAULT_CONCURRENCY", "MIB", "CaptureOptions", "default_user_agent"]

MIB = 1024 * 1024
#: Captures at once by default, over all sites and worker processes together.
DEFAULT_CONCURRENCY = 32


@dataclass(frozen=True)
class CaptureOptions:
    """Limits and politeness for capturing one URL (and, with ``with_resources``, what its page uses)."""

    with_resources: bool = False  # also capture same-site images, stylesheets and scripts the page uses
    max_resources: int = 50  # at most this many resources per page
    max_bytes: int = 20 * MIB  # largest body (as received) of any one response; beyond it: CAPTURE_TOO_LARGE
    max_total_bytes: int = 100 * MIB  # all resources of one page together; resources past it are skipped
    timeout: float = 30.0  # seconds for one request, from DNS to the last byte
    connect_timeout: float = 10.0  # seconds to open the TCP connection (within ``timeout``)
    resources_timeout: float = 60.0  # seconds for all resources of one page together
    max_redirects: int = 10
    ignore_robots: bool = False  # fetch even what robots.txt disallows (the user takes responsibility)
    user_agent: str | None = None  # None: :func:`default_user_agent` of the settings
    concurrency: int = DEFAULT_CONCURRENCY  # captures at once in one process, never two to one host at once
    host_delay: float = 0.0  # seconds at least between the starts of two requests to one host

    def __post_init__(self) -> None:
        for name in ("max_resources", "max_bytes", "max_total_bytes", "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if not self.host_delay >= 0:
            raise ValueError("host_delay must not be negative")
        for name in ("timeout", "connect_timeout", "resources_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")


def default_user_agent(settings: Settings) -> str:
    """``archiver/<version> (news-archiver; +mailto:<contact>)``: the tool, its version and whom to ask.

    The product token ``archiver`` is also what robots.txt groups are matched against (RFC 9309 2.2.1).
    Without a configured contact e-mail the comment names only the distribution; site owners then have
    no one to write to, which is why the capture records a warning.
    """
    contact = settings.organization.contact_email
    comment = f"{DISTRIBUTION}; +mailto:{contact}" if contact else DISTRIBUTION
    return f"{TOOL_NAME}/{__version__} ({comment})"
