"""Format generated code with the pinned ruff, independently of any project config around the output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LINE_LENGTH = "120"


class FormatError(Exception):
    """ruff failed on the generated code."""


def _ruff(args: list[str], target: Path) -> None:
    # --isolated: ignore every pyproject/ruff.toml, so output is the same wherever it is written.
    command = [sys.executable, "-m", "ruff", *args, "--isolated", "--line-length", LINE_LENGTH, str(target)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise FormatError(f"{' '.join(command)} failed:\n{proc.stdout}{proc.stderr}")


def format_package(package_dir: Path) -> None:
    # Sort imports and drop unused ones (templates import generously), then format.
    _ruff(["check", "--fix-only", "--select", "I,F401", "--target-version", "py311", "--quiet"], package_dir)
    _ruff(["format", "--target-version", "py311", "--quiet"], package_dir)
