"""Spec-driven tests: completeness, determinism, `check`, and real OFSC bodies through the generated models.

They need Oracle's spec (env SPEC or ../shared/swagger/...) and skip without it. Full generations take a few
seconds each; the session shares one (`fresh_generation`) and only two more are made here.
"""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.check import compare_trees, run_check
from codegen.lock import load_spec
from codegen.notes import Notes
from codegen.pipeline import Paths, build, prepare
from codegen.report import Report, verify_coverage

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ROOT.parent / "shared" / "real-responses" / "pyofsc-test-payloads.jsonl"
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
    assert report.operations == report.operations_generated == 243


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
    added["operationId"] = "get /rest/ofscMetadata/v1/gadgets"
    doc["paths"]["/rest/ofscMetadata/v1/gadgets"] = {"get": added}
    newer = tmp_path / "newer.swagger.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")

    code, summary = run_check(newer, ROOT / "generated")

    assert code != 0
    assert "does not match swagger/spec.lock" in summary
    assert "+ GET /rest/ofscMetadata/v1/gadgets" in summary
    assert "not in the names table" in summary
    assert "added:" in summary  # it still regenerated and listed the new files


def _payloads() -> list[dict[str, Any]]:
    if not PAYLOADS.is_file():
        return []
    return [json.loads(line) for line in PAYLOADS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _success_payloads() -> list[Any]:
    cases = []
    for index, record in enumerate(_payloads()):
        status = record["status"]
        if status is None or 200 <= status < 300:
            cases.append(pytest.param(record, id=f"{index}-{record['method']}-{record['path']}"))
    return cases


@pytest.mark.parametrize("record", _success_payloads())
def test_real_bodies_parse_and_round_trip(record: dict[str, Any], document: dict[str, Any]) -> None:
    op = document["paths"].get(record["path"], {}).get(record["method"].lower())
    if op is None:
        pytest.skip(f"{record['method']} {record['path']} is not an operation of this spec")
    from ofsc_generated.client import Client

    module = importlib.import_module(f"ofsc_generated.api.{op['tags'][0]}.{op['operationId']}")
    documented = [int(status) for status in op["responses"]]
    status = record["status"] if record["status"] in documented else documented[0]
    response = httpx.Response(
        status, content=json.dumps(record["body"]).encode(), headers={"Content-Type": "application/json"}
    )

    parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)

    assert parsed is not None, "a documented JSON body must parse into a model"
    assert type(parsed).__name__ not in ("Error", "dict"), "2xx bodies parse into their own model"
    out = parsed.to_dict()
    # json.dumps compares types too (1 vs 1.0, True vs 1), not only values.
    assert json.dumps(out, sort_keys=True) == json.dumps(record["body"], sort_keys=True)
