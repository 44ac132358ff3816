"""The one spec location rule: SPEC, else the pinned swagger/swagger.json, else ../shared/swagger/."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.lock import SpecLock, write_lock
from codegen.speclocation import locate_spec

ROOT = Path(__file__).resolve().parents[2]
PINNED = b'{"swagger": "2.0", "info": {"version": "2030.01.01"}, "paths": {}}'


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """tmp/work/ (a checkout whose spec.lock pins PINNED) beside tmp/shared/."""
    root = tmp_path / "work"
    (root / "swagger").mkdir(parents=True)
    lock = SpecLock("2030.01.01", hashlib.sha256(PINNED).hexdigest(), 0, 0, "https://example.invalid/spec")
    write_lock(root / "swagger" / "spec.lock", lock)
    return root


def _shared(root: Path) -> Path:
    shared = root.parent / "shared" / "swagger" / "ofsc-2030.01.01.swagger.json"
    shared.parent.mkdir(parents=True)
    shared.write_bytes(PINNED)
    return shared


def test_spec_variable_wins(checkout: Path, tmp_path: Path) -> None:
    given = tmp_path / "mine.json"
    given.write_bytes(b"{}")
    _shared(checkout)
    assert locate_spec(checkout, {"SPEC": str(given)}).path == given
    missing = locate_spec(checkout, {"SPEC": str(tmp_path / "nope.json")})
    assert missing.path is None and "nope.json (no such file)" in missing.describe()


def test_local_copy_only_when_the_lock_pins_it(checkout: Path) -> None:
    local = checkout / "swagger" / "swagger.json"
    local.write_bytes(PINNED)
    assert locate_spec(checkout, {}).path == local
    local.write_bytes(PINNED + b" ")  # another spec: not the pinned one
    shared = _shared(checkout)
    found = locate_spec(checkout, {})
    assert found.path == shared
    assert "its sha256 is not the one in swagger/spec.lock" in found.describe()


def test_nothing_found_names_every_place_looked(checkout: Path) -> None:
    found = locate_spec(checkout, {"SPEC": ""})
    assert found.path is None
    assert "swagger/swagger.json (absent)" in found.describe()
    assert "shared/swagger/ofsc-2030.01.01.swagger.json (absent)" in found.describe()


def test_spec_path_command(tmp_path: Path) -> None:
    env = {**os.environ, "SPEC": str(tmp_path / "absent.json")}
    command = [sys.executable, "-m", "codegen", "spec-path"]
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "absent.json (no such file)" in proc.stderr
    env["SPEC"] = str(ROOT / "swagger" / "spec.lock")  # any existing file: SPEC is taken as given
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == str(ROOT / "swagger" / "spec.lock")
