"""Declared fixes (JSON pointer patches) and the spec lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.fixes import Fix, FixError, apply_fix, load_fixes
from codegen.lock import SpecError, load_lock, load_spec, lock_for, lock_mismatch, write_lock

ROOT = Path(__file__).resolve().parents[2]


def test_add_replace_remove_and_append() -> None:
    doc = {"paths": {"/a/b": {"put": {"parameters": []}}}, "definitions": {"x": {"type": "array"}}}
    apply_fix(doc, Fix("1", "r", "add", "/paths/~1a~1b/put/parameters/-", {"name": "file"}))
    apply_fix(doc, Fix("2", "r", "replace", "/definitions/x", {"type": "object"}))
    apply_fix(doc, Fix("3", "r", "remove", "/paths/~1a~1b/put/parameters/0"))
    assert doc == {"paths": {"/a/b": {"put": {"parameters": []}}}, "definitions": {"x": {"type": "object"}}}


def test_stale_fixes_fail_loudly() -> None:
    doc = {"definitions": {"x": {}}}
    with pytest.raises(FixError, match="not found"):
        apply_fix(doc, Fix("gone", "r", "replace", "/definitions/y", {}))
    with pytest.raises(FixError, match="already exists"):
        apply_fix(doc, Fix("done", "r", "add", "/definitions/x", {}))


def test_the_project_fixes_are_well_formed() -> None:
    fixes = load_fixes(ROOT / "swagger" / "fixes.json")
    assert fixes, "swagger/fixes.json declares no fixes"
    assert all(fix.reason and "\n" not in fix.reason for fix in fixes)


def test_lock_round_trip_and_mismatch(tmp_path: Path) -> None:
    spec_file = tmp_path / "s.json"
    spec_file.write_text(
        json.dumps({"swagger": "2.0", "info": {"version": "9"}, "paths": {"/a": {"get": {}}}})
    )
    spec = load_spec(spec_file)
    lock_file = tmp_path / "spec.lock"
    write_lock(lock_file, lock_for(spec, "https://example.invalid/swagger.json"))
    lock = load_lock(lock_file)
    assert (lock.version, lock.operations, lock.sha256) == ("9", 1, spec.sha256)
    assert lock_mismatch(spec, lock) is None
    spec_file.write_text(json.dumps({"swagger": "2.0", "info": {"version": "10"}, "paths": {}}))
    message = lock_mismatch(load_spec(spec_file), lock)
    assert message is not None and "does not match" in message


def test_openapi3_or_missing_specs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="not found"):
        load_spec(tmp_path / "nope.json")
    other = tmp_path / "o.json"
    other.write_text(json.dumps({"openapi": "3.0.0"}))
    with pytest.raises(SpecError, match="Swagger 2.0"):
        load_spec(other)
