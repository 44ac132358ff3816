"""User code type-checks under ``mypy --strict`` against the public package, as a user would run it.

mypy runs in a subprocess from a scratch directory with an empty configuration, so the project's own mypy
settings (which quiet the generated package) do not apply: this is what a user's CI sees. A second file
with known mistakes proves the check sees the real types (a checker that saw ``Any`` would pass anything).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICE = ROOT / "tests" / "typing" / "service.py"

MISTAKES = """\
from ofsc_overlay.models import Activity
from ofsc_overlay.types import UNSET
from ofsc_overlay.errors import NotFoundError


def activity_status(activity: Activity) -> bytes:
    return activity.status


def status_code(error: NotFoundError) -> str:
    return error.status_code


unset: int = UNSET
missing = Activity().no_such_field
"""


def mypy_available() -> bool:
    return importlib.util.find_spec("mypy") is not None


@pytest.mark.skipif(not mypy_available(), reason="mypy is not installed (pip install -e '.[dev]')")
def test_user_code_checks_cleanly_and_mistakes_are_caught(tmp_path: Path) -> None:
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    (tmp_path / "service.py").write_text(SERVICE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "mypy.ini",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "user-code"),
            "--no-error-summary",
            "service.py",
            "mistakes.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in done.stdout.splitlines() if re.match(r"^\w+\.py:\d+: error", line)]
    assert done.returncode in (0, 1), done.stderr
    assert [line for line in errors if line.startswith("service.py")] == [], done.stdout
    caught = sorted(int(line.split(":")[1]) for line in errors if line.startswith("mistakes.py"))
    # status is text (never bytes), status_code an int, UNSET no int, and no such attribute.
    assert caught == [7, 11, 14, 15], done.stdout
