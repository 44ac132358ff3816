"""The catalog and facade tests' small package: a normalized document with one operation of each shape.

`generate_mini` runs the pinned generator on it; `load_module` imports a generated file by path.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen.generate import run_generator

ROOT = Path(__file__).resolve().parents[2]


def operation(group: str, name: str, summary: str, **rest: Any) -> dict[str, Any]:
    return {
        "operationId": name,
        "tags": [group],
        "x-ofsc-group": group,
        "x-ofsc-name": name,
        "summary": summary,
        "description": "Long prose the contract leaves out.",
        **rest,
    }


def _query(name: str, kind: str = "string", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": {"type": kind, **extra}}


def _path(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": kind}}


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def mini_document() -> dict[str, Any]:
    """A normalized OpenAPI 3 document with one operation of each shape the catalog and facade handle."""
    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "mini", "version": "1", "description": "gone"},
        "paths": {
            "/rest/ofscCore/v1/activities": {
                "get": operation(
                    "core",
                    "get_activities",
                    "Get activities",
                    parameters=[
                        _query("dateFrom"),
                        _query("fields", "array", items={"type": "string"}),
                        _query("includeChildren", enum=["none", "immediate", "all"]),
                        _query("offset", "integer"),
                        _query("limit", "integer"),
                    ],
                    responses={"200": {"description": "OK", "content": _json("ActivityList")}},
                ),
            },
            "/rest/ofscCore/v1/activities/{activityId}": {
                "get": operation(
                    "core",
                    "get_activity",
                    "Get an activity",
                    parameters=[_path("activityId", "integer")],
                    responses={"200": {"description": "OK", "content": _json("Activity")}},
                ),
                "patch": operation(
                    "core",
                    "update_activity",
                    "Update an activity",
                    parameters=[_path("activityId", "integer")],
                    requestBody={"required": True, "content": _json("Activity")},
                    responses={"200": {"description": "OK", "content": _json("Activity")}},
                ),
                "delete": operation(
                    "core",
                    "delete_activity",
                    "Delete an activity",
                    parameters=[_path("activityId", "integer")],
                    responses={"204": {"description": "Deleted"}},
                ),
            },
            "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}": {
                "get": operation(
                    "core",
                    "get_activity_file_property",
                    "Get a file property",
                    parameters=[_path("activityId", "integer"), _path("propertyLabel")],
                    responses={"200": {"description": "The file", "content": binary}},
                ),
                "put": operation(
                    "core",
                    "set_activity_file_property",
                    'Set a "file" property \\ upload',
                    parameters=[
                        _path("activityId", "integer"),
                        _path("propertyLabel"),
                        {
                            "name": "Content-Type",
                            "in": "header",
                            "required": False,
                            "schema": {"type": "string"},
                        },
                    ],
                    requestBody={"content": binary},
                    responses={"204": {"description": "Set"}},
                ),
            },
            "/rest/ofscCore/v1/events": {
                "get": operation(
                    "core",
                    "get_events",
                    "Get events",
                    parameters=[
                        {
                            "name": "subscriptionId",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        _query("page"),
                        _query("limit", "integer"),
                    ],
                    responses={"200": {"description": "OK", "content": _json("EventList")}},
                ),
            },
            "/rest/ofscMetadata/v1/plugins/custom-actions/import": {
                "post": operation(
                    "metadata",
                    "import_plugin",
                    "Import plugins",
                    requestBody={
                        "required": True,
                        "content": {
                            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/PluginForm"}}
                        },
                    },
                    responses={"200": {"description": "OK", "content": _json("Activity")}},
                ),
            },
            "/rest/oauthTokenService/v2/token": {
                "post": operation(
                    "auth",
                    "get_token",
                    "Get an access token",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"$ref": "#/components/schemas/TokenForm"}
                            }
                        },
                    },
                    responses={"200": {"description": "OK", "content": _json("Token")}},
                ),
            },
        },
        "components": {
            "schemas": {
                "Activity": {
                    "type": "object",
                    "description": "An activity.",
                    "example": {"activityId": 1},
                    "properties": {
                        "activityId": {"type": "integer", "description": "Its id"},
                        "description": {"type": "string"},
                        "summary": {"type": "string"},
                    },
                },
                "ActivityList": {
                    "type": "object",
                    "properties": {
                        "hasMore": {"type": "boolean"},
                        "totalResults": {"type": "integer"},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Activity"}},
                    },
                },
                "Event": {"type": "object", "properties": {"eventType": {"type": "string"}}},
                "EventList": {
                    "type": "object",
                    "properties": {
                        "nextPage": {"type": "string"},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                    },
                },
                "PluginForm": {
                    "type": "object",
                    "properties": {"pluginFile": {"type": "string", "format": "binary"}},
                },
                "TokenForm": {
                    "type": "object",
                    "required": ["grant_type"],
                    "properties": {"grant_type": {"type": "string"}},
                },
                "Token": {"type": "object", "properties": {"access_token": {"type": "string"}}},
            }
        },
    }


def generate_mini(work_dir: Path) -> tuple[dict[str, Any], Path]:
    """Run the pinned generator on the mini document; return (document, package_dir)."""
    doc = mini_document()
    run = run_generator(copy.deepcopy(doc), work_dir, ROOT / "templates")
    return doc, run.package_dir


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
