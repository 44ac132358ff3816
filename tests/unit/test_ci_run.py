""".ci/run runs every step, shows every step's output, and fails if any step failed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_with(tmp_path: Path, failing: set[str]) -> subprocess.CompletedProcess[str]:
    (tmp_path / ".ci").mkdir()
    shutil.copyfile(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    targets = ("test", "check-generated", "test-upgrade", "release-check", "test-py313")
    (tmp_path / "Makefile").write_text(
        "".join(f"{t}:\n\t@echo {t}-output; exit {1 if t in failing else 0}\n" for t in targets),
        encoding="utf-8",
    )
    return subprocess.run(
        ["bash", str(tmp_path / ".ci" / "run")], capture_output=True, text=True, check=False, cwd=tmp_path
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_a_failing_test_run_still_shows_check_generated(tmp_path: Path) -> None:
    proc = _run_with(tmp_path, {"test"})
    assert proc.returncode == 1
    assert [
        "test-output",
        "check-generated-output",
        "test-upgrade-output",
        "release-check-output",
        "test-py313-output",
    ] == [line for line in proc.stdout.splitlines() if line.endswith("-output")]
    assert "FAILED: make test" in proc.stdout and "FAILED: make check-generated" not in proc.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_every_step_green_passes(tmp_path: Path) -> None:
    proc = _run_with(tmp_path, set())
    assert proc.returncode == 0 and "FAILED" not in proc.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_a_failing_check_generated_fails_the_run(tmp_path: Path) -> None:
    proc = _run_with(tmp_path, {"check-generated"})
    assert proc.returncode == 1
    assert "test-upgrade-output" in proc.stdout and "FAILED: make check-generated" in proc.stdout
