"""Entry point of the frozen app: the same ``outreach_desk.cli.main`` as the ``outreach-desk``
console script, so one binary runs the CLI sub-commands and, without one, the GUI."""

from __future__ import annotations

import multiprocessing
import sys

from outreach_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; required if a pool is ever started
    sys.exit(main())
