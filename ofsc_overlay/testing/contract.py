"""The API contract the simulator serves: operations and schemas read from the generated package's
stripped OpenAPI 3 document (`ofsc_generated/_contract.json`)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

JSON = dict[str, Any]

#: Environment variable naming a contract file to use instead of the packaged one.
CONTRACT_ENV = "OFSC_SIMULATOR_CONTRACT"

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True, slots=True)
class ParamSpec:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: JSON
    allow_empty: bool = False  # `allowEmptyValue`: `name=` is a valid (empty) value


@dataclass(frozen=True, slots=True)
class OperationSpec:
    group: str
    name: str
    method: str  # upper case
    path: str  # template, e.g. /rest/ofscCore/v1/activities/{activityId}
    params: tuple[ParamSpec, ...]
    body_media: str | None  # "application/json", form, multipart, octet-stream or None
    body_schema: JSON | None
    body_required: bool
    success_status: int
    response_media: str | None
    response_schema: JSON | None
    success_statuses: tuple[int, ...] = ()  # every 2xx status the operation documents

    def created_status(self, created: bool) -> int:
        """201 for a write that created its record, when the operation documents 201."""
        if created and 201 in self.success_statuses:
            return 201
        documented = [status for status in self.success_statuses if status != 201 or created]
        return documented[0] if documented else self.success_status

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"

    @property
    def binary_response(self) -> bool:
        return self.response_media == "application/octet-stream"


class Contract:
    """Operations plus a `$ref` resolver over `components.schemas`."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        components = document.get("components", {})
        self.schemas: dict[str, JSON] = components.get("schemas", {})
        self._parameters: dict[str, JSON] = components.get("parameters", {})
        self.operations: tuple[OperationSpec, ...] = tuple(self._read_operations())
        self.by_key: dict[str, OperationSpec] = {op.key: op for op in self.operations}

    def resolve(self, schema: JSON) -> JSON:
        """Follow `$ref`s (chains included) to the schema they name."""
        seen = 0
        while "$ref" in schema and seen < 20:
            ref = str(schema["$ref"])
            schema = self.schemas.get(ref.rsplit("/", 1)[-1], {})
            seen += 1
        return schema

    def properties(self, schema: JSON) -> dict[str, JSON]:
        """Properties of an object schema, including those merged in through `allOf`."""
        schema = self.resolve(schema)
        props: dict[str, JSON] = {}
        for part in schema.get("allOf", []):
            props.update(self.properties(part))
        props.update(schema.get("properties", {}))
        return props

    def required(self, schema: JSON) -> list[str]:
        schema = self.resolve(schema)
        names: list[str] = []
        for part in schema.get("allOf", []):
            names.extend(self.required(part))
        names.extend(schema.get("required", []))
        return names

    def find(self, method: str, path: str) -> OperationSpec:
        for op in self.operations:
            if op.method == method.upper() and op.path == path:
                return op
        raise KeyError(f"{method} {path}")

    def _read_operations(self) -> list[OperationSpec]:
        found: list[OperationSpec] = []
        for path, item in self.document.get("paths", {}).items():
            shared = [self._param(p) for p in item.get("parameters", [])]
            for method in _METHODS:
                if method in item:
                    found.append(self._operation(path, method, item[method], shared))
        found.sort(key=lambda op: (op.path, op.method))
        return found

    def _param(self, raw: JSON) -> ParamSpec:
        if "$ref" in raw:
            raw = self._parameters.get(str(raw["$ref"]).rsplit("/", 1)[-1], {})
        schema = raw.get("schema") or {k: v for k, v in raw.items() if k in ("type", "items", "enum")}
        return ParamSpec(
            name=str(raw.get("name", "")),
            location=str(raw.get("in", "query")),
            required=bool(raw.get("required", False)) or raw.get("in") == "path",
            schema=schema,
            allow_empty=bool(raw.get("allowEmptyValue", False)),
        )

    def _operation(self, path: str, method: str, raw: JSON, shared: list[ParamSpec]) -> OperationSpec:
        params = {(p.name, p.location): p for p in shared}
        for p in raw.get("parameters", []):
            spec = self._param(p)
            params[(spec.name, spec.location)] = spec
        body_media, body_schema, body_required = None, None, False
        if "requestBody" in raw:
            body = raw["requestBody"]
            content: JSON = body.get("content", {})
            if content:
                body_media = next(iter(content))
                body_schema = content[body_media].get("schema")
            body_required = bool(body.get("required", False))
        success, response_media, response_schema = _success_response(raw.get("responses", {}))
        name = str(raw.get("x-ofsc-name") or raw.get("operationId") or f"{method}_{path}")
        return OperationSpec(
            group=str(raw.get("x-ofsc-group", "core")),
            name=name,
            method=method.upper(),
            path=path,
            params=tuple(params.values()),
            body_media=body_media,
            body_schema=body_schema,
            body_required=body_required,
            success_status=success,
            response_media=response_media,
            response_schema=response_schema,
            success_statuses=tuple(
                sorted(int(code) for code in raw.get("responses", {}) if code.isdigit() and code[0] == "2")
            ),
        )


def _success_response(responses: JSON) -> tuple[int, str | None, JSON | None]:
    codes = sorted(int(code) for code in responses if code.isdigit() and code.startswith("2"))
    if not codes:
        # An operation documenting only its error response still succeeds with 200 and JSON.
        return 200, "application/json", None
    status = codes[0]
    content: JSON = responses[str(status)].get("content") or {}
    if status == 204 or not content:
        return status, None, None
    media = next(iter(content))
    return status, media, content[media].get("schema")


def _packaged_contract_text() -> str:
    return resources.files("ofsc_generated").joinpath("_contract.json").read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _load(path: str | None) -> Contract:
    text = Path(path).read_text(encoding="utf-8") if path else _packaged_contract_text()
    return Contract(json.loads(text))


def load_contract(path: str | os.PathLike[str] | None = None) -> Contract:
    """The contract from `path`, else from $OFSC_SIMULATOR_CONTRACT, else the one in `ofsc_generated`."""
    chosen = os.fspath(path) if path is not None else os.environ.get(CONTRACT_ENV)
    return _load(chosen)
