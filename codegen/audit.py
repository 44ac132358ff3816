"""Spec problems that need no rewrite, only a mention: found in the Swagger 2.0 document, then reported.

The converter and normalizer note what they repair. These problems are handled by design instead (every
definition becomes a model, models pass values of an unexpected type through, names come from the names
table, hosts and auth come from the client's settings), so they would otherwise go unreported.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from codegen.lock import HTTP_METHODS
from codegen.notes import Notes

_DEFINITION_REF = re.compile(r'"#/definitions/([^"]+)"')


def audit(swagger: dict[str, Any], notes: Notes) -> None:
    """Note the spec's design-handled problems in `notes` (the document is only read)."""
    _missing_host_and_auth(swagger, notes)
    _unused_definitions(swagger, notes)
    _property_type_clashes(swagger, notes)
    _competing_path_segments(swagger, notes)


def _missing_host_and_auth(swagger: dict[str, Any], notes: Notes) -> None:
    for key in ("host", "basePath", "securityDefinitions"):
        if key not in swagger:
            notes.add("no-host-auth", key)


def _unused_definitions(swagger: dict[str, Any], notes: Notes) -> None:
    referenced = set(_DEFINITION_REF.findall(json.dumps(swagger)))
    for name in swagger.get("definitions", {}):
        if name not in referenced:
            notes.add("unused-definition", name)


def _property_type_clashes(swagger: dict[str, Any], notes: Notes) -> None:
    """Property names typed differently in different schemas, inline ones included (`activityId`)."""
    types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for prop, schema in properties.items():
                    if isinstance(schema, dict) and isinstance(schema.get("type"), str):
                        types[prop][schema["type"]] += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(swagger)
    for prop in sorted(types):
        if len(types[prop]) > 1:
            seen = ", ".join(f"{kind} in {count}" for kind, count in sorted(types[prop].items()))
            notes.add("property-type-clash", f"{prop}: {seen}")


def _competing_path_segments(swagger: dict[str, Any], notes: Notes) -> None:
    """Paths whose fixed segment sits where a sibling path has a `{parameter}` (routing must prefer it)."""
    paths = [p for p, item in swagger.get("paths", {}).items() if any(m in HTTP_METHODS for m in item)]
    split = {p: p.strip("/").split("/") for p in paths}
    for path in paths:
        segments = split[path]
        for other in paths:
            rival = split[other]
            if other == path or len(rival) != len(segments):
                continue
            pairs = [(a, b) for a, b in zip(segments, rival, strict=True) if a != b]
            if pairs and all(_is_param(b) and not _is_param(a) for a, b in pairs):
                notes.add("path-segment-clash", f"{path} vs {other}")
                break


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
