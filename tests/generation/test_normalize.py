"""Normalization rules on small inline OpenAPI 3 documents."""

from __future__ import annotations

from typing import Any

from codegen.normalize import for_generator, normalize, plan_model_names
from codegen.notes import Notes


def _doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_names_responses_and_clean_model_names() -> None:
    paths = {
        "/rest/ofscCore/v1/activities/{activityId}": {
            "get": {
                "operationId": "get /rest/ofscCore/v1/activities/{activityId}",
                "tags": ["Core/Activities"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("getActivitySchema")}},
                    },
                    "default": {
                        "description": "e",
                        "content": {"application/json": {"schema": _ref("Error")}},
                    },
                },
            }
        }
    }
    schemas = {
        "getActivitySchema": {
            "type": "object",
            "title": "Activity Properties",
            "properties": {"activityId": {"type": "integer"}},
        },
        "Error": {"properties": {"title": {"type": "string"}}},
    }
    names = {("GET", "/rest/ofscCore/v1/activities/{activityId}"): ("core", "get_activity")}
    doc, warnings = normalize(_doc(schemas, paths), names, Notes())
    op = doc["paths"]["/rest/ofscCore/v1/activities/{activityId}"]["get"]
    assert (op["operationId"], op["tags"], op["x-ofsc-group"], op["x-ofsc-name"]) == (
        "get_activity",
        ["core"],
        "core",
        "get_activity",
    )
    assert list(op["responses"]) == ["200"]
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == _ref("Activity")
    assert "title" not in doc["components"]["schemas"]["Activity"]
    assert doc["components"]["schemas"]["Error"]["type"] == "object"
    assert warnings == []


def test_case_only_clashes_get_distinct_module_names() -> None:
    mapping, warnings = plan_model_names(["formDetails", "FormDetails", "v2-patch-quota", "fooSchema", "Foo"])
    assert mapping["FormDetails"] == "FormDetails"
    assert mapping["formDetails"] != "FormDetails"
    assert mapping["v2-patch-quota"] == "V2PatchQuota"
    assert mapping["Foo"] == "Foo"
    assert mapping["fooSchema"] == "FooSchema"
    assert len({name.lower() for name in mapping.values()}) == len(mapping)
    assert warnings == []


def test_schema_repairs() -> None:
    schemas = {
        "A": {
            "properties": {
                "d": {"type": "string", "format": "date"},
                "t": {"type": "string", "format": "time"},
                "list": {"type": "array"},
            },
            "required": ["d", "missing"],
        },
        "B": {"allOf": [_ref("A")], "properties": {"extra": {"type": "string"}}},
        "C": {"type": "array", "properties": {"x": {"type": "string"}}},
        "D": {"properties": {"a": {"type": "string", "$ref": "#/components/schemas/A", "nullable": True}}},
    }
    doc, _ = normalize(_doc(schemas), {}, Notes())
    out = doc["components"]["schemas"]
    assert out["A"]["type"] == "object"
    assert out["A"]["required"] == ["d"]
    assert out["A"]["properties"]["d"] == {"type": "string", "x-ofsc-format": "date"}
    assert out["A"]["properties"]["list"]["items"] == {}
    assert out["B"]["allOf"][1] == {"type": "object", "properties": {"extra": {"type": "string"}}}
    assert out["C"]["type"] == "object"
    assert out["D"]["properties"]["a"] == {"nullable": True, "allOf": [_ref("A")]}


def test_generator_view_is_lenient_but_the_contract_is_not() -> None:
    schemas = {
        "A": {
            "type": "object",
            "required": ["s"],
            "properties": {"s": {"type": "string", "enum": ["x", "y"], "description": "S."}},
        }
    }
    doc, _ = normalize(_doc(schemas), {}, Notes())
    gen = for_generator(doc, Notes())
    prop = gen["components"]["schemas"]["A"]["properties"]["s"]
    assert "enum" not in prop and prop["x-ofsc-enum"] == ["x", "y"]
    assert prop["nullable"] is True
    assert prop["description"] == "S. Allowed values: `x`, `y`."
    assert "required" not in gen["components"]["schemas"]["A"]
    assert doc["components"]["schemas"]["A"]["required"] == ["s"]
    assert doc["components"]["schemas"]["A"]["properties"]["s"]["enum"] == ["x", "y"]


def test_inline_and_undocumented_bodies_get_operation_names() -> None:
    paths = {
        "/t": {
            "post": {
                "operationId": "x",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object", "properties": {"g": {"type": "string"}}}
                        }
                    }
                },
            }
        }
    }
    doc, _ = normalize(_doc({}, paths), {("POST", "/t"): ("auth", "get_token")}, Notes())
    assert set(doc["components"]["schemas"]) == {"GetTokenForm", "GetTokenResponse"}


def test_fields_declared_always_answered_are_required_for_the_generator_only() -> None:
    schemas = {
        "A": {
            "type": "object",
            "required": ["s"],
            "x-ofsc-answered": ["id", "gone"],
            "properties": {"id": {"type": "integer"}, "s": {"type": "string"}},
        }
    }
    doc, _ = normalize(_doc(schemas), {}, Notes())
    notes = Notes()
    gen = for_generator(doc, notes)["components"]["schemas"]["A"]
    # Typed `int` (no None) and checked when parsing; the spec's own `required` stays lenient.
    assert gen["required"] == ["id"]
    assert "nullable" not in gen["properties"]["id"] and gen["properties"]["s"]["nullable"] is True
    assert "x-ofsc-answered" not in gen
    assert doc["components"]["schemas"]["A"]["required"] == ["s"]


def test_date_and_time_fields_say_how_they_are_written() -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "d": {"type": "string", "format": "date", "description": "Day."},
                "t": {"type": "string", "format": "time"},
                "n": {"type": "integer", "format": "int32"},
            },
        }
    }
    doc, _ = normalize(_doc(schemas), {}, Notes())
    props = for_generator(doc, Notes())["components"]["schemas"]["A"]["properties"]
    # The model template reads the format from here: the constructor takes date and time objects too.
    assert props["d"]["description"] == "Day. Format: `YYYY-MM-DD`."
    assert props["t"]["description"] == "Format: `HH:MM:SS`."
    assert "Format" not in props["n"].get("description", "")
