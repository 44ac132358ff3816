"""Design-handled spec problems are reported; anything lost before generation fails the coverage check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.audit import audit
from codegen.notes import Notes
from codegen.pipeline import resolve_operation_names
from codegen.report import CoverageError, Report, enforce, verify_against_spec


def _swagger() -> dict[str, Any]:
    ok = {"responses": {"200": {"schema": {"$ref": "#/definitions/thing"}}}}
    return {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/rest/ofscCore/v1/things/{id}": {"get": ok},
            "/rest/ofscCore/v1/things/{id}/{label}": {"get": ok},
            "/rest/ofscCore/v1/things/{id}/forms": {"get": ok},
        },
        "definitions": {
            "thing": {
                "properties": {"activityId": {"type": "integer"}, "x": {"$ref": "#/definitions/other"}}
            },
            "other": {"properties": {"activityId": {"type": "string"}}},
            "lonely": {"type": "object"},
        },
    }


def test_audit_notes_design_handled_problems() -> None:
    notes = Notes()
    audit(_swagger(), notes)
    assert notes.items["unused-definition"] == ["lonely"]
    assert notes.items["property-type-clash"] == ["activityId: integer in 1, string in 1"]
    assert notes.items["path-segment-clash"] == [
        "/rest/ofscCore/v1/things/{id}/forms vs /rest/ofscCore/v1/things/{id}/{label}"
    ]
    assert notes.items["no-host-auth"] == ["host", "basePath", "securityDefinitions"]


def test_operations_or_schemas_lost_before_generation_fail() -> None:
    swagger = _swagger()
    doc = {
        "paths": {"/rest/ofscCore/v1/things/{id}": {"get": {}}},
        "components": {"schemas": {"Thing": {}, "Other": {}}},
    }
    report = Report("t")
    verify_against_spec(swagger, doc, report)
    assert "operation GET /rest/ofscCore/v1/things/{id}/forms (lost before generation)" in report.missing
    assert any("1 schema(s) lost" in item for item in report.missing)
    with pytest.raises(CoverageError):
        enforce(report)


def test_nothing_lost_means_nothing_missing() -> None:
    swagger = _swagger()
    doc = {
        "paths": {path: {"get": {}} for path in swagger["paths"]},
        "components": {"schemas": {"Thing": {}, "Other": {}, "Lonely": {}}},
    }
    report = Report("t")
    verify_against_spec(swagger, doc, report)
    assert report.missing == []


def test_names_table_rows_missing_from_the_spec_are_warned(tmp_path: Path) -> None:
    table = tmp_path / "operations.tsv"
    table.write_text(
        "method\tpath\tgroup\tname\n"
        "GET\t/rest/ofscCore/v1/gone\tcore\tget_gone\n"
        "GET\t/rest/ofscCore/v1/things/{id}\tcore\tget_thing\n",
        encoding="utf-8",
    )
    report = Report("test")
    names = resolve_operation_names({"/rest/ofscCore/v1/things/{id}": {"get": {}}}, table, {}, report)
    assert names == {("GET", "/rest/ofscCore/v1/things/{id}"): ("core", "get_thing")}
    assert report.stale_rows == [
        "GET /rest/ofscCore/v1/gone (core.get_gone) is in the names table but not in the spec"
    ]
    assert report.stale_rows[0] in report.warnings
