"""Swagger 2.0 -> OpenAPI 3.0 conversion on small inline documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.convert import convert
from codegen.notes import Notes

ROOT = Path(__file__).resolve().parents[2]


def _swagger(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    doc.update(extra)
    return doc


def test_parameter_refs_are_inlined_and_arrays_get_a_style() -> None:
    doc = _swagger(
        {
            "/a/{id}": {
                "get": {
                    "parameters": [
                        {"$ref": "#/parameters/id"},
                        {
                            "name": "f",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                            "collectionFormat": "csv",
                        },
                    ],
                    "responses": {},
                }
            }
        },
        parameters={
            "id": {"name": "id", "in": "path", "type": "integer", "required": True, "description": "d"}
        },
    )
    notes = Notes()
    params = convert(doc, notes)["paths"]["/a/{id}"]["get"]["parameters"]
    assert params[0] == {
        "name": "id",
        "in": "path",
        "description": "d",
        "required": True,
        "schema": {"type": "integer", "description": "d"},
    }
    assert params[1]["style"] == "form" and params[1]["explode"] is False
    assert notes.counts()["param-ref"] == 1


def test_body_and_definitions_refs_are_rewritten() -> None:
    doc = _swagger(
        {
            "/a": {
                "post": {
                    "parameters": [
                        {
                            "name": "body",
                            "in": "body",
                            "required": True,
                            "schema": {"$ref": "#/definitions/Thing"},
                        }
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
                }
            }
        },
        definitions={"Thing": {"properties": {"x": {"type": "string", "x-nullable": True}}}},
        produces=["application/schema+json", "application/json"],
    )
    out = convert(doc)
    op = out["paths"]["/a"]["post"]
    assert op["requestBody"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
        "required": True,
    }
    assert list(op["responses"]["200"]["content"]) == ["application/json"]
    assert out["components"]["schemas"]["Thing"]["properties"]["x"] == {"type": "string", "nullable": True}


def test_form_fields_become_urlencoded_or_multipart() -> None:
    doc = _swagger(
        {
            "/token": {
                "post": {
                    "consumes": ["application/x-www-form-urlencoded"],
                    "parameters": [
                        {"name": "grant_type", "in": "formData", "type": "string", "required": True}
                    ],
                    "responses": {},
                }
            },
            "/upload": {
                "post": {
                    "consumes": ["multipart/form-data"],
                    "parameters": [{"name": "pluginFile", "in": "formData", "type": "file"}],
                    "responses": {},
                }
            },
        }
    )
    out = convert(doc)["paths"]
    token = out["/token"]["post"]["requestBody"]
    assert token["required"] is True
    assert token["content"]["application/x-www-form-urlencoded"]["schema"]["required"] == ["grant_type"]
    upload = out["/upload"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert upload["properties"]["pluginFile"] == {"type": "string", "format": "binary"}


def test_spurious_consumes_on_get_adds_no_body() -> None:
    doc = _swagger({"/a": {"get": {"consumes": ["application/x-www-form-urlencoded"], "responses": {}}}})
    notes = Notes()
    op = convert(doc, notes)["paths"]["/a"]["get"]
    assert "requestBody" not in op
    assert notes.counts()["spurious-consumes"] == 1


def test_binary_download_upload_and_204_with_schema() -> None:
    doc = _swagger(
        {
            "/f": {
                "get": {
                    "produces": ["application/octet-stream"],
                    "responses": {"200": {"description": "f", "schema": {"$ref": "#/definitions/file"}}},
                },
                "put": {
                    "consumes": ["application/octet-stream"],
                    "parameters": [{"name": "file", "in": "body", "schema": {"$ref": "#/definitions/file"}}],
                    "responses": {"204": {"description": "done", "schema": {"$ref": "#/definitions/file"}}},
                },
            }
        },
        definitions={"file": {"type": "string", "format": "binary"}},
    )
    op = convert(doc)["paths"]["/f"]
    assert op["get"]["responses"]["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert op["put"]["requestBody"]["required"] is True
    assert op["put"]["requestBody"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert "content" not in op["put"]["responses"]["204"]


def test_2xx_without_schema_is_kept_as_json() -> None:
    doc = _swagger(
        {"/a": {"post": {"produces": ["application/json"], "responses": {"200": {"description": "x"}}}}}
    )
    assert convert(doc)["paths"]["/a"]["post"]["responses"]["200"]["content"] == {
        "application/json": {"schema": {}}
    }


def test_conversion_is_deterministic_and_leaves_input_untouched() -> None:
    doc = _swagger(
        {
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/parameters/p"}, {"$ref": "#/parameters/q"}],
                    "responses": {"200": {"description": "x"}},
                },
                "post": {
                    "consumes": ["application/xml", "text/plain", "text/csv", "application/vnd.a+xml"],
                    "parameters": [{"name": "body", "in": "body", "schema": {"$ref": "#/definitions/B"}}],
                    "responses": {"201": {"description": "y", "schema": {"$ref": "#/definitions/B"}}},
                },
            }
        },
        parameters={
            "p": {"name": "p", "in": "query", "type": "string"},
            "q": {"name": "q", "in": "query", "type": "array", "items": {"type": "string"}},
        },
        definitions={
            "B": {"type": "object", "properties": {"z": {"type": "string"}, "a": {"type": "integer"}}}
        },
    )
    before = json.dumps(doc)
    here = json.dumps(convert(doc))
    assert json.dumps(doc) == before
    # The same conversion in other processes, under other hash seeds: set or dict order must not leak in.
    script = (
        "import json, sys; from codegen.convert import convert; "
        "print(json.dumps(convert(json.load(sys.stdin))))"
    )
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=before,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout == here + "\n"
