"""Valid raw HTTP requests for every operation of the contract, built from the simulator's seeded data
(path ids) and the contract (query parameters and bodies): shared by the fidelity and property tests."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx

from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.contract import OperationSpec
from ofsc_overlay.testing.routing import split_path
from ofsc_overlay.testing.synthesis import synthesize

_METHOD_ORDER = {"GET": 0, "HEAD": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4}


def ordered(contract: Contract) -> list[OperationSpec]:
    """Reads, then writes, then deletes (children before parents): no call removes what a later one needs."""

    def order(op: OperationSpec) -> tuple[int, int, str]:
        depth = -op.path.count("/") if op.method == "DELETE" else 0
        return (_METHOD_ORDER.get(op.method, 5), depth, op.key)

    return sorted(contract.operations, key=order)


def path_values(sim: Simulator, contract: Contract, op: OperationSpec) -> dict[str, str]:
    examples = sim.example_path_params()
    values: dict[str, str] = {}
    segments = split_path(op.path)
    for param in op.params:
        if param.location != "path":
            continue
        placeholder = "{" + param.name + "}"
        index = segments.index(placeholder) if placeholder in segments else -1
        collection = segments[index - 1] if index > 0 else ""
        kept = sim.state.metadata.get(collection) if segments[1] == "ofscMetadata" else None
        if kept:
            values[param.name] = next(iter(kept))
        elif param.name in examples:
            values[param.name] = examples[param.name]
        else:
            values[param.name] = str(synthesize(contract, param.schema, param.name))
    return values


def query_values(contract: Contract, op: OperationSpec, sim: Simulator) -> dict[str, str]:
    query: dict[str, str] = {}
    examples = sim.example_path_params()
    for param in op.params:
        if param.location != "query" or not param.required:
            continue
        if param.name in ("date", "dateFrom", "dateTo", "dates"):
            query[param.name] = examples["date"]
            continue
        if param.name in examples:
            query[param.name] = examples[param.name]
            continue
        value = synthesize(contract, param.schema, param.name)
        query[param.name] = ",".join(map(str, value)) if isinstance(value, list) else str(value)
    return query


def body_of(contract: Contract, op: OperationSpec) -> tuple[bytes, dict[str, str]]:
    if op.body_media == "application/json" and op.body_schema is not None:
        body = synthesize(contract, op.body_schema, op.key)
        return json.dumps(body).encode(), {"Content-Type": "application/json"}
    if op.body_media == "application/x-www-form-urlencoded":
        return b"grant_type=client_credentials", {"Content-Type": op.body_media}
    if op.body_media and op.body_media.startswith("multipart/"):
        boundary = "simboundary"
        content = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="pluginFile"; filename="p.xml"\r\n\r\n'
            f"<plugin/>\r\n--{boundary}--\r\n"
        ).encode()
        return content, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    if op.body_media:
        return b"binary", {"Content-Type": op.body_media}
    return b"", {}


def build_request(
    sim: Simulator,
    contract: Contract,
    op: OperationSpec,
    *,
    query: dict[str, Any] | None = None,
    body: bytes | None = None,
) -> httpx.Request:
    path = op.path
    for name, value in path_values(sim, contract, op).items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    headers = {"Authorization": sim.basic_auth}
    content, extra = body_of(contract, op)
    headers.update(extra)
    params = query_values(contract, op, sim) if query is None else query
    return httpx.Request(
        op.method,
        "http://ofsc.test" + path,
        params=params,
        headers=headers,
        content=content if body is None else body,
    )
