"""User code type-checks under ``mypy --strict`` against the public package, as a user would run it.

The user code: tests/typing/service.py, every Python block of README.md and every file in examples/, with no
``# type: ignore`` and no ``Unset`` narrowing in them. mypy runs in a subprocess from a scratch directory with
an empty configuration, so the project's own mypy settings (which quiet the generated package) do not apply:
this is what a user's CI sees. A second file with known mistakes proves the check sees the real types (a
checker that saw ``Any`` would pass anything).
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
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"
_PYTHON_BLOCK = re.compile(r"^```python[^\n]*\n(?P<body>.*?)^```[ ]*$", re.M | re.S)
# What a user should never need: silencing the checker, or telling an absent field from None by hand.
_WORKAROUNDS = re.compile(r"type:\s*ignore|\bUnset\b|\bUNSET\b")

MISTAKES = """\
from ofsc_overlay.models import Activity
from ofsc_overlay.types import UNSET
from ofsc_overlay.errors import NotFoundError


def activity_status(activity: Activity) -> bytes:
    return activity.status


def status_code(error: NotFoundError) -> str:
    return error.status_code


unset: int = UNSET
missing = Activity(activity_id=1).no_such_field
status: str = Activity(activity_id=1).status
no_id = Activity()
from ofsc_overlay import OFSC  # noqa: E402
from ofsc_overlay.models import UpdateActivity  # noqa: E402
OFSC().core.get_activities(include_children="everyone")
wrong_status = UpdateActivity(status="done")
"""


def mypy_available() -> bool:
    return importlib.util.find_spec("mypy") is not None


def readme_blocks() -> list[str]:
    """README.md's Python blocks as modules; a block with top-level async code runs as a coroutine."""
    found = []
    for match in _PYTHON_BLOCK.finditer(README.read_text(encoding="utf-8")):
        code = match.group("body")
        if re.search(r"^(async |.*\bawait )", code, re.M):
            code = "async def main() -> None:\n" + "".join(f"    {line}\n" for line in code.splitlines())
        found.append(code)
    return found


def user_code() -> dict[str, str]:
    """File name -> source of every piece of user-facing code that must check cleanly."""
    files = {f"readme_{index}.py": code for index, code in enumerate(readme_blocks())}
    files.update({path.name: path.read_text(encoding="utf-8") for path in EXAMPLES.glob("*.py")})
    return files


def run_mypy(directory: Path, names: list[str]) -> subprocess.CompletedProcess[str]:
    (directory / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    return subprocess.run(
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
            *names,
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_readme_and_examples_need_no_workarounds() -> None:
    files = user_code()
    assert len(readme_blocks()) >= 2 and any(not name.startswith("readme_") for name in files)
    offending = {name: found.group(0) for name, code in files.items() if (found := _WORKAROUNDS.search(code))}
    assert offending == {}


@pytest.mark.skipif(not mypy_available(), reason="mypy is not installed (pip install -e '.[dev]')")
def test_readme_and_examples_check_cleanly(tmp_path: Path) -> None:
    files = user_code()
    for name, code in files.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    done = run_mypy(tmp_path, sorted(files))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not mypy_available(), reason="mypy is not installed (pip install -e '.[dev]')")
def test_user_code_checks_cleanly_and_mistakes_are_caught(tmp_path: Path) -> None:
    (tmp_path / "service.py").write_text(SERVICE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    done = run_mypy(tmp_path, ["service.py", "mistakes.py"])
    errors = [line for line in done.stdout.splitlines() if re.match(r"^\w+\.py:\d+: error", line)]
    assert done.returncode in (0, 1), done.stderr
    assert [line for line in errors if line.startswith("service.py")] == [], done.stdout
    caught = sorted(int(line.split(":")[1]) for line in errors if line.startswith("mistakes.py"))
    # status is text (never bytes), status_code an int, UNSET no int, no such attribute, a field the server
    # may leave out is `str | None` (not `str`), an always-answered field is required to build the model, and
    # a value outside a parameter's or a request field's allowed values is refused.
    assert caught == [7, 11, 14, 15, 16, 17, 20, 21], done.stdout
