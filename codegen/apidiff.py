"""What changed for users between two contracts (the `_contract.json` a generation writes), per facade method.

The old side is the committed `generated/ofsc_generated/_contract.json`, so no old spec file is needed; the
new side is the contract a new spec produces (`contract_for_spec`). Each change is classified by the rules in
`RULES` (after oasdiff's): what can make a caller's existing code fail is breaking, additions are not.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.catalog import contract_document
from codegen.lock import HTTP_METHODS, load_spec
from codegen.notes import Notes
from codegen.pipeline import Paths, prepare
from codegen.report import Report

__all__ = ["RULES", "Change", "ContractDiff", "contract_for_spec", "diff_contracts"]

# The classification, written into every changelog's header. Keep in step with the code below.
RULES: tuple[tuple[str, str], ...] = (
    ("breaking", "an operation removed (its method stays and raises OperationRemovedError)"),
    ("breaking", "a parameter removed, or added as required, or made required"),
    ("breaking", "a request body added as required, made required, or removed"),
    ("breaking", "a request field removed, or added as required, or made required"),
    ("breaking", "the type of a parameter, a request field or a response field changed"),
    ("breaking", "an allowed value removed from a parameter or a request field"),
    ("breaking", "a response field removed"),
    (
        "compatible",
        "an operation, an optional parameter, an optional request field or a response field added",
    ),
    ("compatible", "a parameter or request field no longer required"),
    ("compatible", "an allowed value added (parameters and fields), or removed from a response field"),
)

_MAX_DEPTH = 6  # nested objects followed into request and response bodies


@dataclass(frozen=True, slots=True)
class Change:
    method: str  # the facade method, "core.get_activities"
    route: str  # "GET /rest/ofscCore/v1/activities"
    text: str  # markdown, one line
    breaking: bool


@dataclass
class ContractDiff:
    old_version: str
    new_version: str
    added: list[tuple[str, str]]  # (facade method, route)
    removed: list[tuple[str, str]]
    changes: list[Change]  # every change, operations added/removed included, in method order

    @property
    def changed(self) -> list[str]:
        """Facade methods of operations present on both sides that changed."""
        gone_or_new = {m for m, _ in self.added + self.removed}
        return sorted({c.method for c in self.changes if c.method not in gone_or_new})

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]


# --- the new side -------------------------------------------------------------------------------------------


def contract_for_spec(spec_path: Path, paths: Paths | None = None) -> tuple[dict[str, Any], Report]:
    """The contract a spec would generate (names from the table, derived where it has none) and the report."""
    spec = load_spec(spec_path)
    notes = Notes()
    report = Report(spec_version=spec.version, notes=notes)
    document, _ = prepare(spec, paths or Paths(), notes, report)
    return contract_document(copy.deepcopy(document)), report


# --- reading a contract -------------------------------------------------------------------------------------


class _Doc:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
            target: Any = self.doc
            for token in node["$ref"].lstrip("#/").split("/"):
                target = target.get(token.replace("~1", "/").replace("~0", "~"), {})
            node, seen = target, seen + 1
        return node if isinstance(node, dict) else {}

    def operations(self) -> dict[tuple[str, str], dict[str, Any]]:
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for path, item in self.doc.get("paths", {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    merged = dict(op)
                    merged["parameters"] = [*item.get("parameters", []), *op.get("parameters", [])]
                    found[(method.upper(), path)] = merged
        return found

    def params(self, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in op.get("parameters", []):
            param = self.deref(raw)
            if "name" in param:
                out[(str(param.get("in")), str(param["name"]))] = param
        return out

    def type_of(self, schema: Any, depth: int = 0) -> str:
        s = self.deref(schema)
        if "allOf" in s or "properties" in s:
            return "object"
        kind = s.get("type")
        if kind == "array":
            return f"array of {self.type_of(s.get('items', {}), depth + 1)}" if depth < 4 else "array"
        if not isinstance(kind, str):
            return "any"
        fmt = s.get("format") or s.get("x-ofsc-format")
        return f"{kind} ({fmt})" if isinstance(fmt, str) and kind != "object" else kind

    def enum_of(self, schema: Any) -> tuple[str, ...]:
        s = self.deref(schema)
        if s.get("type") == "array":
            s = self.deref(s.get("items", {}))
        values = s.get("enum", s.get("x-ofsc-enum"))
        return tuple(str(v) for v in values if v is not None) if isinstance(values, list) else ()

    def properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names, allOf members merged."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for member in [schema, *(self.deref(m) for m in schema.get("allOf", []))]:
            if isinstance(member.get("properties"), dict):
                props.update(member["properties"])
            required.update(r for r in member.get("required", []) if isinstance(r, str))
        return props, required

    def fields(self, schema: Any) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
        """Every field reachable in a body: "a.b[].c" -> (type, required, allowed values)."""
        out: dict[str, tuple[str, bool, tuple[str, ...]]] = {}
        self._walk(schema, "", out, frozenset(), 0)
        return out

    def _walk(
        self,
        schema: Any,
        prefix: str,
        out: dict[str, tuple[str, bool, tuple[str, ...]]],
        seen: frozenset[str],
        depth: int,
    ) -> None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str):
            if ref in seen or depth > _MAX_DEPTH:
                return
            seen = seen | {ref}
        s = self.deref(schema)
        if s.get("type") == "array":
            self._walk(s.get("items", {}), f"{prefix}[]", out, seen, depth + 1)
            return
        props, required = self.properties(s)
        for name in sorted(props):
            path = f"{prefix}.{name}" if prefix else name
            out[path] = (self.type_of(props[name]), name in required, self.enum_of(props[name]))
            self._walk(props[name], path, out, seen, depth + 1)

    def request(self, op: dict[str, Any]) -> tuple[str | None, bool, Any]:
        """(media type, required, schema) of the request body; media None when there is none."""
        body = self.deref(op.get("requestBody"))
        content = body.get("content") or {}
        if not content:
            return None, False, {}
        media = "application/json" if "application/json" in content else sorted(content)[0]
        return media, bool(body.get("required", False)), (content[media] or {}).get("schema", {})

    def response(self, op: dict[str, Any]) -> Any:
        """The schema of the first 2xx answer with content, or None."""
        for status in sorted(op.get("responses", {})):
            if not str(status).startswith("2"):
                continue
            content = self.deref(op["responses"][status]).get("content") or {}
            for media in sorted(content, key=lambda m: m != "application/json"):
                return (content[media] or {}).get("schema", {})
        return None


def _method_name(op: dict[str, Any]) -> str:
    group = op.get("x-ofsc-group") or (op.get("tags") or ["?"])[0]
    return f"{group}.{op.get('x-ofsc-name') or op.get('operationId')}"


def _keyword(wire: str) -> str:
    """The facade's keyword argument for a parameter, when it is not the wire name itself."""
    from openapi_python_client.utils import PythonIdentifier  # the generator's own naming

    python = str(PythonIdentifier(wire, prefix="field_"))
    return f", keyword `{python}`" if python != wire else ""


def _values(values: list[str] | set[str]) -> str:
    return ", ".join(f"`{v}`" for v in sorted(values))


# --- comparing ----------------------------------------------------------------------------------------------


class _Collector:
    def __init__(self, method: str, route: str) -> None:
        self.method, self.route = method, route
        self.changes: list[Change] = []

    def add(self, text: str, breaking: bool) -> None:
        self.changes.append(Change(self.method, self.route, text, breaking))


def _compare_params(old: _Doc, new: _Doc, o: dict[str, Any], n: dict[str, Any], out: _Collector) -> None:
    before, after = old.params(o), new.params(n)
    for key in sorted(set(before) | set(after)):
        where, name = key
        label = f"parameter `{name}` ({where}{_keyword(name)})"
        if key not in before:
            required = bool(after[key].get("required", where == "path"))
            out.add(f"{label} added{', required' if required else ''}", required)
            continue
        if key not in after:
            out.add(f"{label} removed", True)
            continue
        was = bool(before[key].get("required", where == "path"))
        now = bool(after[key].get("required", where == "path"))
        if now and not was:
            out.add(f"{label} is now required", True)
        elif was and not now:
            out.add(f"{label} is no longer required", False)
        old_type, new_type = old.type_of(before[key].get("schema")), new.type_of(after[key].get("schema"))
        if old_type != new_type:
            out.add(f"{label} type changed: {old_type} -> {new_type}", True)
        old_enum, new_enum = old.enum_of(before[key].get("schema")), new.enum_of(after[key].get("schema"))
        _compare_enum(label, old_enum, new_enum, True, out)


def _compare_enum(
    label: str, was: tuple[str, ...], now: tuple[str, ...], request: bool, out: _Collector
) -> None:
    if not was and now:
        # Values that were free are now restricted: a request may send one that is no longer allowed.
        out.add(f"{label}: now restricted to {_values(set(now))}", request)
        return
    if was and not now:
        out.add(f"{label}: no longer restricted to a list of values", False)
        return
    added, removed = set(now) - set(was), set(was) - set(now)
    if added:
        out.add(f"{label}: allowed value{'s' if len(added) > 1 else ''} {_values(added)} added", False)
    if removed:
        out.add(
            f"{label}: allowed value{'s' if len(removed) > 1 else ''} {_values(removed)} removed", request
        )


def _compare_fields(
    side: str,
    before: dict[str, tuple[str, bool, tuple[str, ...]]],
    after: dict[str, tuple[str, bool, tuple[str, ...]]],
    out: _Collector,
) -> None:
    request = side == "request"
    for path in sorted(set(before) | set(after)):
        label = f"{side} field `{path}`"
        parent = path.rpartition(".")[0]
        if path not in before:
            if parent and parent not in before and parent in after:
                continue  # inside a field that is itself new: that one line says it
            required = after[path][1] and request
            out.add(f"{label} added{', required' if required else ''}", required)
            continue
        if path not in after:
            if parent and parent not in after and parent in before:
                continue
            out.add(f"{label} removed", True)
            continue
        (old_type, was, old_enum), (new_type, now, new_enum) = before[path], after[path]
        if request and now and not was:
            out.add(f"{label} is now required", True)
        elif request and was and not now:
            out.add(f"{label} is no longer required", False)
        if old_type != new_type:
            out.add(f"{label} type changed: {old_type} -> {new_type}", True)
        _compare_enum(label, old_enum, new_enum, request, out)


def _compare_operation(old: _Doc, new: _Doc, o: dict[str, Any], n: dict[str, Any], out: _Collector) -> None:
    _compare_params(old, new, o, n, out)
    (old_media, was, old_schema), (new_media, now, new_schema) = old.request(o), new.request(n)
    if old_media is None and new_media is not None:
        out.add(f"request body added{' (required)' if now else ''}", now)
    elif old_media is not None and new_media is None:
        out.add("request body removed", True)
    elif old_media is not None and new_media is not None:
        if old_media != new_media:
            out.add(f"request body media type changed: {old_media} -> {new_media}", True)
        if now and not was:
            out.add("request body is now required", True)
        old_type, new_type = old.type_of(old_schema), new.type_of(new_schema)
        if old_type != new_type:
            out.add(f"request body type changed: {old_type} -> {new_type}", True)
        _compare_fields("request", old.fields(old_schema), new.fields(new_schema), out)
    old_resp, new_resp = old.response(o), new.response(n)
    if old_resp is not None and new_resp is not None:
        old_type, new_type = old.type_of(old_resp), new.type_of(new_resp)
        if old_type != new_type:
            out.add(f"response type changed: {old_type} -> {new_type}", True)
        _compare_fields("response", old.fields(old_resp), new.fields(new_resp), out)
    elif old_resp is not None:
        out.add("response has no content any more", True)
    elif new_resp is not None:
        out.add("response now has content", False)


def diff_contracts(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> ContractDiff:
    old, new = _Doc(old_doc), _Doc(new_doc)
    before, after = old.operations(), new.operations()
    result = ContractDiff(
        old_version=str(old_doc.get("info", {}).get("version", "")),
        new_version=str(new_doc.get("info", {}).get("version", "")),
        added=[],
        removed=[],
        changes=[],
    )
    for key in sorted(set(before) | set(after), key=lambda k: (k[1], k[0])):
        route = f"{key[0]} {key[1]}"
        method = _method_name(after.get(key) or before[key])
        out = _Collector(method, route)
        if key not in before:
            result.added.append((method, route))
            out.add("operation added", False)
        elif key not in after:
            result.removed.append((method, route))
            out.add("operation removed; the method now raises OperationRemovedError", True)
        else:
            _compare_operation(old, new, before[key], after[key], out)
        result.changes.extend(out.changes)
    result.changes.sort(key=lambda c: (c.method, c.route))  # stable: within a method, the order found
    result.added.sort()
    result.removed.sort()
    return result
