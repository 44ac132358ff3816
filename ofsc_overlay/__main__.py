"""``python -m ofsc_overlay``: the ``ofsc`` command line."""

from __future__ import annotations

from ofsc_overlay.cli import main  # absolute: the module also runs by path

if __name__ == "__main__":
    raise SystemExit(main())
