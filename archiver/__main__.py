"""``python -m archiver`` and the ``archiver`` command (``run``, the console-script entry point).

The command line's modules are imported inside :func:`run`, so that a Ctrl-C while they load (the first
tenth of a second of every run) ends the run like any other interruption, exit status 130 and one line,
rather than with a traceback from the middle of an import. Nothing has been started then.
"""

from __future__ import annotations

import os
import signal
import sys


def run() -> None:
    """Import the command line and run it."""
    try:
        from archiver.cli import main
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("interrupted: nothing was started", file=sys.stderr)
        sys.stderr.flush()
        os._exit(130)
    main()


if __name__ == "__main__":
    run()
