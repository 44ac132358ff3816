"""Spec-driven tests: completeness, determinism and `check` against Oracle's spec.

They need Oracle's spec (env SPEC or ../shared/swagger/...) and skip without it. Full generations take a few
seconds each; the session shares one (`fresh_generation`) and only two more are made here.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.check import compare_trees, run_check
from codegen.lock import load_lock, load_spec
from codegen.notes import Notes
from codegen.pipeline import Paths, build, prepare
from codegen.report import Report, verify_coverage

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "ofsc_generated"


@pytest.fixture(scope="module")
def document(spec: Path) -> dict[str, Any]:
    loaded = load_spec(spec)
    notes = Notes()
    doc, _ = prepare(loaded, Paths(), notes, Report(loaded.version, notes=notes))
    return doc


def test_every_operation_and_model_is_in_the_committed_package(document: dict[str, Any]) -> None:
    if not COMMITTED.is_dir():
        pytest.fail("generated/ofsc_generated is missing: run `make generate`")
    report = Report("committed")
    verify_coverage(document, COMMITTED, report)
    assert report.missing == []
    assert (
        report.operations
        == report.operations_generated
        == load_lock(ROOT / "swagger" / "spec.lock").operations
    )


def test_committed_package_is_what_the_spec_produces(fresh_generation: Path) -> None:
    comparison = compare_trees(fresh_generation, COMMITTED)
    assert comparison.same, f"generated/ is stale (run `make generate`): {comparison}"


def test_two_generations_are_byte_identical(spec: Path, fresh_generation: Path, tmp_path: Path) -> None:
    build(spec, tmp_path)
    comparison = compare_trees(fresh_generation, tmp_path / "ofsc_generated")
    assert comparison.same, comparison


def test_check_names_an_added_operation_and_the_lock_mismatch(spec: Path, tmp_path: Path) -> None:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    added = copy.deepcopy(doc["paths"]["/rest/ofscMetadata/v1/workZones"]["get"])
    # A path no release has: this test must hold whatever the pinned spec is.
    new_path = next(
        f"/rest/ofscMetadata/v1/probe{n}"
        for n in range(1000)
        if f"/rest/ofscMetadata/v1/probe{n}" not in doc["paths"]
    )
    added["operationId"] = f"get {new_path}"
    doc["paths"][new_path] = {"get": added}
    newer = tmp_path / "newer.swagger.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")

    code, summary = run_check(newer, ROOT / "generated")

    assert code != 0
    assert "does not match swagger/spec.lock" in summary
    assert f"+ GET {new_path}" in summary
    assert "not in the names table" in summary
    assert "NAMES NOT REVIEWED: 1 operation(s)" in summary
    assert f"  GET\t{new_path}\tmetadata\tget_{new_path.rsplit('/', 1)[1]}" in summary.splitlines()
    assert "added:" in summary  # it still regenerated and listed the new files
