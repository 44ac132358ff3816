"""``ofsc``: every OFSC operation from the shell, generated at run time from the operation catalog.

The command line is another view of the catalog and the typed facade: ``ofsc <group> <operation>`` calls
``client.<group>.<operation>(...)`` with options built from the catalog's parameters. It needs the ``cli``
extra (click, jmespath); without it ``ofsc`` prints one line saying so.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

MISSING_EXTRA = "ofsc: the command line needs the 'cli' extra: pip install 'ofsc-overlay[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``ofsc``; returns the exit code (see :mod:`ofsc_overlay.cli.errors`)."""
    try:
        import click  # noqa: F401
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return 4
    from .app import run

    return run(argv)
