"""Emit the operation catalog (package_dir/catalog.py) and the stripped contract (package_dir/_contract.json).

The catalog is what the overlay's runtime validates arguments against and what `ofsc_overlay.operations()`
lists; it is plain Python literals so importing it costs no JSON parsing. Parameter names are read from the
generated endpoint modules themselves (their `_get_kwargs`), so the catalog's Python names are exactly the
keyword arguments the generated code takes, whatever renaming the generator applied.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.lock import HTTP_METHODS
from codegen.names import RetiredName
from codegen.normalize import SCHEMA_PREFIX

__all__ = [
    "CatalogError",
    "OperationSpec",
    "ParamSpec",
    "all_name_for",
    "collect_operations",
    "contract_document",
    "emit_catalog",
]

BINARY = "application/octet-stream"
JSON = "application/json"
# Keys that only document; the contract keeps what validates and routes.
DOC_KEYS = frozenset({"description", "summary", "example", "examples"})
PARAM_TYPES = ("string", "integer", "number", "boolean", "array")

# Requests of one operation that OFSC serves at the same time, where its documentation says so (in the
# operation's prose, which no spec field carries). The overlay holds paged walks of the operation to it.
MAX_IN_FLIGHT: dict[tuple[str, str], int] = {
    # "The maximum number of 'Get activities' requests than can be sent simultaneously is three."
    ("get", "/rest/ofscCore/v1/activities"): 3,
}


class CatalogError(ValueError):
    """The document cannot be catalogued as it stands (a twin name clash, an unreadable endpoint module)."""


@dataclass(frozen=True, slots=True)
class ParamSpec:
    name: str
    wire: str
    location: str
    required: bool
    type: str
    enum: tuple[str, ...] | None
    format: str | None = None  # "date", "time" or "date-time": the facade accepts datetime objects too


@dataclass(frozen=True, slots=True)
class OperationSpec:
    group: str
    name: str
    method: str
    path: str
    module: str
    params: tuple[ParamSpec, ...]
    body: str | None
    body_required: bool
    body_schema: str | None
    accept: str
    paging: str | None
    items_key: str | None
    all_name: str | None
    summary: str
    body_statuses: tuple[int, ...] = (200,)
    empty_success: bool = False
    max_in_flight: int | None = None
    # Not emitted: what the facade needs to type results, and the spec's prose (raw, may be HTML) for its
    # docstrings.
    response_schema: str | None = None
    has_content: bool = True
    description: str = ""
    param_descriptions: tuple[tuple[str, str], ...] = ()  # (Python name, description)
    body_descriptions: tuple[str, ...] = ()  # the request body's, then its schema's

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"


def all_name_for(name: str) -> str:
    """The paging twin's name: the verb, then "all": get_activities -> get_all_activities."""
    verb, _, rest = name.partition("_")
    return f"{verb}_all_{rest}" if rest else f"{verb}_all"


# --- reading the document -----------------------------------------------------------------------------------


def _deref(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            return node
        target: Any = doc
        for token in ref[2:].split("/"):
            target = (
                target.get(token.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(target, dict)
                else {}
            )
        node, seen = target, seen + 1
    return node


def _ref_name(schema: Any) -> str | None:
    if (
        isinstance(schema, dict)
        and isinstance(schema.get("$ref"), str)
        and schema["$ref"].startswith(SCHEMA_PREFIX)
    ):
        return str(schema["$ref"][len(SCHEMA_PREFIX) :])
    return None


def _param_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    return kind if kind in PARAM_TYPES else "string"


def _param_enum(schema: dict[str, Any]) -> tuple[str, ...] | None:
    # The normalizer may move enums aside (x-ofsc-enum) for the generator; both mean "allowed values".
    source = schema.get("items", schema) if schema.get("type") == "array" else schema
    values = source.get("enum", source.get("x-ofsc-enum")) if isinstance(source, dict) else None
    if not isinstance(values, list) or not values:
        return None
    return tuple(str(v) for v in values if v is not None)


DATE_FORMATS = ("date", "time", "date-time")


def _param_format(schema: dict[str, Any]) -> str | None:
    """The date or time format of a string parameter (the normalizer may move it aside to x-ofsc-format)."""
    if schema.get("type") not in (None, "string"):
        return None
    found = schema.get("format", schema.get("x-ofsc-format"))
    return found if found in DATE_FORMATS else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _body_kind(media: str) -> str:
    if media == "multipart/form-data":
        return "multipart"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media == JSON or media.endswith("+json"):
        return "json"
    return "binary"


def _success_responses(op: dict[str, Any]) -> list[tuple[str, Any]]:
    responses = op.get("responses", {})
    return sorted((str(s), r) for s, r in responses.items() if str(s).startswith("2"))


def _response_info(doc: dict[str, Any], op: dict[str, Any]) -> tuple[str, str | None, dict[str, Any], bool]:
    """(accept, component name of the 2xx schema, the 2xx schema resolved, whether a 2xx has content)."""
    for _, response in _success_responses(op):
        content = _deref(doc, response).get("content") or {}
        if not content:
            continue
        if BINARY in content or any(
            isinstance(c, dict) and c.get("schema", {}).get("format") == "binary" for c in content.values()
        ):
            return BINARY, None, {}, True
        media = JSON if JSON in content else sorted(content)[0]
        schema = content[media].get("schema", {}) if isinstance(content[media], dict) else {}
        resolved = _deref(doc, schema)
        return JSON, _ref_name(schema), resolved if isinstance(resolved, dict) else {}, True
    return JSON, None, {}, False


def _success_statuses(doc: dict[str, Any], op: dict[str, Any]) -> tuple[tuple[int, ...], bool]:
    """(the declared 2xx statuses that carry a body, whether a 2xx without a body is declared)."""
    with_body: list[int] = []
    empty = False
    for status, response in _success_responses(op):
        if not status.isdigit():
            continue
        if _deref(doc, response).get("content"):
            with_body.append(int(status))
        else:
            empty = True
    return tuple(with_body), empty


def _items_key(doc: dict[str, Any], schema: dict[str, Any]) -> str | None:
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return None
    arrays = sorted(k for k, v in properties.items() if _deref(doc, v).get("type") == "array")
    if "items" in arrays:
        return "items"
    return arrays[0] if arrays else None


def _paging(method: str, params: list[ParamSpec], schema: dict[str, Any]) -> str | None:
    if method != "get":
        return None
    query = {p.wire for p in params if p.location == "query"}
    if {"offset", "limit"} <= query:
        return "offset"
    properties = schema.get("properties", {})
    if "page" in query and isinstance(properties, dict) and "nextPage" in properties:
        return "page"  # the events cursor: pass the previous answer's nextPage as page
    return None


# --- reading the generated endpoint module ------------------------------------------------------------------


def endpoint_path(package_dir: Path, group: str, name: str) -> Path:
    return package_dir / "api" / group / f"{name}.py"


def read_function(package_dir: Path, group: str, name: str, function: str) -> ast.FunctionDef | None:
    """The AST of `function` in the generated endpoint module, or None when the module is absent."""
    path = endpoint_path(package_dir, group, name)
    if not path.is_file():
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            return node
    raise CatalogError(f"{path}: no function {function}()")


def _wire_to_python(func: ast.FunctionDef, path: str) -> dict[tuple[str, str], str]:
    """(location, wire name) -> Python argument name, as the generated `_get_kwargs` maps them."""
    args = {a.arg for a in [*func.args.args, *func.args.kwonlyargs]}
    mapping: dict[tuple[str, str], str] = {}
    for node in ast.walk(func):
        # params["dateFrom"] = date_from / json_fields ; headers["Accept"] = accept
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id in ("params", "headers", "cookies")
                and isinstance(target.slice, ast.Constant)
                and isinstance(target.slice.value, str)
            ):
                location = {"params": "query", "headers": "header", "cookies": "cookie"}[target.value.id]
                python = _source_arg(node.value, args)
                if python:
                    mapping[
                        (location, target.slice.value.lower() if location == "header" else target.slice.value)
                    ] = python
        # "/rest/.../{activity_id}".format(...): placeholders line up with the spec's {activityId}
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            python_names = re.findall(r"\{([^}]+)\}", node.func.value.value)
            wire_names = re.findall(r"\{([^}]+)\}", path)
            if len(python_names) == len(wire_names):
                mapping.update({("path", w): p for w, p in zip(wire_names, python_names, strict=True)})
    return mapping


def _source_arg(value: ast.expr, args: set[str]) -> str | None:
    names = [n.id for n in ast.walk(value) if isinstance(n, ast.Name)]
    for candidate in names:
        if candidate in args:
            return candidate
        if candidate.startswith("json_") and candidate[5:] in args:
            return candidate[5:]
    return None


def _fallback_python_name(wire: str) -> str:
    # Only for documents without generated modules (unit tests); generation reads the real names.
    from openapi_python_client.utils import PythonIdentifier

    return str(PythonIdentifier(wire, prefix="field_"))


# --- building ---------------------------------------------------------------------------------------------


def _operation_names(path: str, method: str, op: dict[str, Any]) -> tuple[str, str]:
    group = op.get("x-ofsc-group") or (op.get("tags") or [None])[0]
    name = op.get("x-ofsc-name") or op.get("operationId")
    if not isinstance(group, str) or not isinstance(name, str):
        raise CatalogError(
            f"{method.upper()} {path}: operation has no group/name (apply the names table first)"
        )
    return group, name


def collect_operations(oas3: dict[str, Any], package_dir: Path) -> list[OperationSpec]:
    """Every operation of the normalized document, sorted by (group, name)."""
    package = package_dir.name
    found: list[OperationSpec] = []
    for path in sorted(oas3.get("paths", {})):
        item = oas3["paths"][path]
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            group, name = _operation_names(path, method, op)
            func = read_function(package_dir, group, name, "_get_kwargs")
            python_names = _wire_to_python(func, path) if func else {}
            params: list[ParamSpec] = []
            described: list[tuple[str, str]] = []
            raw_params = [*item.get("parameters", []), *op.get("parameters", [])]
            by_key: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in raw_params:
                param = _deref(oas3, raw)
                by_key[(param["in"], param["name"])] = param  # operation-level wins over path-level
            for (location, wire), param in by_key.items():
                schema = _deref(oas3, param.get("schema", {}))
                lookup = (location, wire.lower() if location == "header" else wire)
                python = python_names.get(lookup) or _fallback_python_name(wire)
                described.append((python, _text(param.get("description") or schema.get("description"))))
                params.append(
                    ParamSpec(
                        name=python,
                        wire=wire,
                        location=location,
                        required=bool(param.get("required", location == "path")),
                        type=_param_type(schema),
                        enum=_param_enum(schema),
                        format=_param_format(schema),
                    )
                )
            body_kind, body_required, body_schema = None, False, None
            body_descriptions: tuple[str, ...] = ()
            request = _deref(oas3, op.get("requestBody"))
            if isinstance(request, dict) and request.get("content"):
                media = JSON if JSON in request["content"] else sorted(request["content"])[0]
                body_kind = _body_kind(media)
                body_required = bool(request.get("required", False))
                body_schema = _ref_name(request["content"][media].get("schema"))
                resolved_body = _deref(oas3, request["content"][media].get("schema"))
                body_descriptions = (
                    _text(request.get("description")),
                    _text(resolved_body.get("description") if isinstance(resolved_body, dict) else None),
                )
            accept, response_schema, resolved, has_content = _response_info(oas3, op)
            body_statuses, empty_success = _success_statuses(oas3, op)
            paging = _paging(method, params, resolved)
            found.append(
                OperationSpec(
                    group=group,
                    name=name,
                    method=method,
                    path=path,
                    module=f"{package}.api.{group}.{name}",
                    params=tuple(params),
                    body=body_kind,
                    body_required=body_required,
                    body_schema=body_schema,
                    accept=accept,
                    paging=paging,
                    items_key=_items_key(oas3, resolved) if paging else None,
                    all_name=all_name_for(name) if paging else None,
                    summary=" ".join(str(op.get("summary") or "").split()),
                    body_statuses=body_statuses,
                    empty_success=empty_success,
                    max_in_flight=MAX_IN_FLIGHT.get((method, path)),
                    response_schema=response_schema,
                    has_content=has_content,
                    description=_text(op.get("description")),
                    param_descriptions=tuple(described),
                    body_descriptions=body_descriptions,
                )
            )
    found.sort(key=lambda o: (o.group, o.name))
    _check_unique(found)
    return found


def _check_unique(operations: list[OperationSpec]) -> None:
    taken: dict[str, str] = {}
    for op in operations:
        for name in filter(None, (op.name, op.all_name)):
            key = f"{op.group}.{name}"
            if key in taken:
                raise CatalogError(f"{key} is claimed by both {taken[key]} and {op.method.upper()} {op.path}")
            taken[key] = f"{op.method.upper()} {op.path}"


# --- emitting ---------------------------------------------------------------------------------------------

_CATALOG_HEADER = '''\
"""Every OFSC operation of this package: group, name, HTTP method, path, parameters, body and paging.

Generated by codegen/catalog.py from the normalized spec and the generated endpoint modules. Do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BY_KEY", "OPERATIONS", "RETIRED", "Operation", "Param", "Retired"]


@dataclass(frozen=True, slots=True)
class Param:
    name: str  # Python keyword argument, e.g. "activity_id"
    wire: str  # name on the wire, e.g. "activityId"
    location: str  # "path" | "query" | "header"
    required: bool
    type: str  # "string" | "integer" | "number" | "boolean" | "array"
    enum: tuple[str, ...] | None  # allowed values (the items' for arrays)
    format: str | None = None  # "date" | "time" | "date-time": how a datetime object is written


@dataclass(frozen=True, slots=True)
class Operation:
    group: str
    name: str
    method: str
    path: str
    module: str  # the generated endpoint module
    params: tuple[Param, ...]
    body: str | None  # "json" | "form" | "binary" | "multipart" | None
    body_required: bool
    body_schema: str | None  # component schema name in _contract.json
    accept: str
    paging: str | None  # "offset" (offset/limit) | "page" (events cursor) | None
    items_key: str | None  # the list envelope's array property
    all_name: str | None  # the get_all_* twin that walks every page
    summary: str
    body_statuses: tuple[int, ...] = (200,)  # 2xx statuses declared with a body (others parse as the first)
    empty_success: bool = False  # a 2xx without a body is declared: empty parses to None
    max_in_flight: int | None = None  # requests OFSC serves at once (its documentation)

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"


@dataclass(frozen=True, slots=True)
class Retired:
    """An operation Oracle removed: its name stays reserved and calling it raises without sending."""

    group: str
    name: str
    method: str
    path: str
    removed_in: str  # the spec version that no longer has it

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"

'''


def _render_param(p: ParamSpec) -> str:
    return (
        f"Param(name={p.name!r}, wire={p.wire!r}, location={p.location!r}, required={p.required!r}, "
        f"type={p.type!r}, enum={p.enum!r}" + (f", format={p.format!r})" if p.format else ")")
    )


def _render_operation(op: OperationSpec) -> str:
    params = "".join(f"            {_render_param(p)},\n" for p in op.params)
    fields = [
        f"group={op.group!r}",
        f"name={op.name!r}",
        f"method={op.method!r}",
        f"path={op.path!r}",
        f"module={op.module!r}",
        f"params=(\n{params}        )," if op.params else "params=(),",
        f"body={op.body!r}",
        f"body_required={op.body_required!r}",
        f"body_schema={op.body_schema!r}",
        f"accept={op.accept!r}",
        f"paging={op.paging!r}",
        f"items_key={op.items_key!r}",
        f"all_name={op.all_name!r}",
        f"summary={op.summary!r}",
    ]
    # Left out where they hold the default, so that most rows stay short.
    if op.body_statuses != (200,):
        fields.append(f"body_statuses={op.body_statuses!r}")
    if op.empty_success:
        fields.append("empty_success=True")
    if op.max_in_flight is not None:
        fields.append(f"max_in_flight={op.max_in_flight!r}")
    body = "".join(f"        {f}\n" if f.endswith(",") else f"        {f},\n" for f in fields)
    return f"    Operation(\n{body}    ),\n"


def render_catalog(operations: list[OperationSpec], retired: Sequence[RetiredName] = ()) -> str:
    rows = "".join(_render_operation(op) for op in operations)
    gone = "".join(
        f"    {r.key!r}: Retired({r.group!r}, {r.name!r}, {r.method!r}, {r.path!r}, {r.removed_in!r}),\n"
        for r in sorted(retired, key=lambda r: r.key)
    )
    return (
        _CATALOG_HEADER
        + f"\nOPERATIONS: tuple[Operation, ...] = (\n{rows})\n\n"
        + "BY_KEY: dict[str, Operation] = {op.key: op for op in OPERATIONS}\n\n"
        + "# Operations removed from Oracle's API (swagger/retired.tsv), by key.\n"
        + (f"RETIRED: dict[str, Retired] = {{\n{gone}}}\n" if gone else "RETIRED: dict[str, Retired] = {}\n")
    )


def _strip_docs(node: Any, in_properties: bool = False) -> Any:
    """Drop documentation keys, but never a property that happens to be called "description"."""
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    if not isinstance(node, dict):
        return node
    return {
        k: _strip_docs(v, in_properties=(k == "properties" and not in_properties))
        for k, v in node.items()
        if in_properties or k not in DOC_KEYS
    }


def contract_document(oas3: dict[str, Any]) -> dict[str, Any]:
    """Paths and component schemas without prose; operations keep x-ofsc-group / x-ofsc-name."""
    doc: dict[str, Any] = {
        "openapi": oas3.get("openapi", "3.0.3"),
        "info": {
            "title": oas3.get("info", {}).get("title", ""),
            "version": oas3.get("info", {}).get("version", ""),
        },
        "paths": _strip_docs(oas3.get("paths", {})),
        "components": {
            "schemas": _strip_docs(oas3.get("components", {}).get("schemas", {}), in_properties=True)
        },
    }
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                op["x-ofsc-group"], op["x-ofsc-name"] = _operation_names(path, method, op)
    return doc


def emit_catalog(
    oas3: dict[str, Any], package_dir: Path, retired: Sequence[RetiredName] = ()
) -> list[OperationSpec]:
    """Write package_dir/catalog.py and package_dir/_contract.json; return the operations catalogued."""
    operations = collect_operations(oas3, package_dir)
    (package_dir / "catalog.py").write_text(render_catalog(operations, retired), encoding="utf-8")
    contract = json.dumps(contract_document(oas3), indent=1, sort_keys=True, ensure_ascii=False)
    (package_dir / "_contract.json").write_text(contract + "\n", encoding="utf-8")
    return operations
