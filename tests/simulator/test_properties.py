"""Property-based: for every operation, hypothesis sends requests generated from the contract.

- Valid ones (path ids from the seeded data, query parameters and JSON bodies drawn from their schemas)
  pass the simulator's validator, never get a 5xx, and a 2xx answer matches the response schema and the
  format rules; a refusal is a business one (unknown reference, wrong status) in OFSC's error body.
- Invalid ones (one change the spec forbids: a dropped required field, a wrong type, a null where not
  nullable, an enum miss, a length, range, item count, uniqueness or format breach, a bad parameter) get
  400 with OFSC's error body, and nothing is stored.

The example counts are kept small so the whole run stays well under a minute."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ofsc_overlay.testing import Simulator, load_contract
from ofsc_overlay.testing.contract import JSON, OperationSpec
from ofsc_overlay.testing.errors import SimulatorHTTPError
from ofsc_overlay.testing.state import SimulatorState
from ofsc_overlay.testing.validation import check_value, implied_format, validate_request

from ._checks import format_problems
from ._requests import build_request, path_values
from ._strategies import Breach, apply, breaches, values

CONTRACT = load_contract()
OPERATIONS = {op.key: op for op in CONTRACT.operations}
SETTINGS = settings(
    max_examples=3,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
_SIMS: dict[str, Simulator] = {}


def _sim(key: str) -> Simulator:
    """One simulator per operation, shared by its examples."""
    if key not in _SIMS:
        _SIMS.clear()  # keep one alive at a time
        _SIMS[key] = Simulator(contract=CONTRACT, activities=8)
    return _SIMS[key]


def _json_body(op: OperationSpec) -> bool:
    return op.body_media == "application/json" and op.body_schema is not None


def _query_strategy(op: OperationSpec) -> st.SearchStrategy[dict[str, str]]:
    fields: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for param in op.params:
        if param.location != "query" or param.name in ("offset", "limit"):
            continue
        strategy = values(CONTRACT, _implied(param.name, param.schema)).map(_query_text)
        (fields if param.required else optional)[param.name] = strategy
    return st.fixed_dictionaries(fields, optional=optional)


def _implied(name: str, schema: JSON) -> JSON:
    """The date format OFSC requires of date parameters the spec leaves undeclared (see validation)."""
    schema = CONTRACT.resolve(schema)
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return {**schema, "items": implied_format(name, CONTRACT.resolve(schema["items"]))}
    return implied_format(name, schema)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_query_text(v) for v in value)
    return str(value)


def _snapshot(state: SimulatorState) -> str:
    return json.dumps(
        [
            state.activities,
            state.resources,
            state.users,
            state.inventories,
            state.metadata,
            {"|".join(k): v for k, v in state.children.items()},
            sorted(state.subscriptions),
            {"|".join(k): len(v.content) for k, v in state.files.items()},
            state.resource_work_skills,
            state.resource_work_zones,
            state.resource_locations,
            state.service_requests,
            state.chats,
            {"|".join(k): v for k, v in state.documents.items()},
        ],
        sort_keys=True,
        default=str,
    )


def _send(sim: Simulator, request: httpx.Request) -> httpx.Response:
    with httpx.Client(transport=sim.transport()) as client:
        return client.send(request)


def _validates(sim: Simulator, op: OperationSpec, request: httpx.Request) -> None:
    """The simulator's own validator accepts the generated request (generator and validator agree)."""
    try:
        validate_request(
            CONTRACT,
            op,
            path_values(sim, CONTRACT, op),
            list(request.url.params.multi_items()),
            request.content,
            request.headers.get("content-type"),
        )
    except SimulatorHTTPError as exc:
        raise AssertionError(f"a valid request was refused by validation: {exc.detail}") from None


def _assert_ofsc_error(response: httpx.Response, status: int | None = None) -> None:
    assert response.status_code < 500, response.text
    if status is not None:
        assert response.status_code == status, response.text
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body) and body["status"] == str(response.status_code)


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_valid_requests_are_answered_per_the_spec(key: str) -> None:
    op = OPERATIONS[key]
    body_strategy = values(CONTRACT, op.body_schema) if _json_body(op) and op.body_schema else st.none()

    @SETTINGS
    @given(query=_query_strategy(op), body=body_strategy)
    def check(query: dict[str, str], body: Any) -> None:
        sim = _sim(key)
        content = None if body is None else json.dumps(body).encode()
        request = build_request(sim, CONTRACT, op, query=query, body=content)
        _validates(sim, op, request)
        response = _send(sim, request)
        if response.status_code >= 300:
            _assert_ofsc_error(response)
            return
        assert response.status_code in (op.success_statuses or (op.success_status,)), response.status_code
        if response.content and not op.binary_response and op.response_schema is not None:
            answer = response.json()
            try:
                # A `fields=` projection answers only the fields asked for, required or not.
                check_value(CONTRACT, op.response_schema, answer, "answer", required="fields" not in query)
            except SimulatorHTTPError as exc:
                raise AssertionError(f"{key}: {exc.detail}") from None
            problems = format_problems(CONTRACT, op.response_schema, answer, "answer")
            if "fields" in query:  # asking for unknown fields gives {}: only formats count then
                problems = [p for p in problems if "is {}" not in p]
            assert not problems

    check()


def _invalid_cases(op: OperationSpec, sim: Simulator) -> list[tuple[str, Any]]:
    """Mutations the spec forbids, on a valid request: body breaches and parameter breaches."""
    cases: list[tuple[str, Any]] = []
    for param in op.params:
        schema = CONTRACT.resolve(param.schema)
        if param.location == "query":
            if param.required:
                cases.append(("query-drop", param.name))
            if schema.get("type") in ("integer", "number") and param.name not in ("offset", "limit"):
                cases.append(("query-set", (param.name, "not-a-number")))
            if schema.get("enum"):
                cases.append(("query-set", (param.name, "__not_in_the_enum__")))
            if isinstance(schema.get("maxLength"), int):
                cases.append(("query-set", (param.name, "x" * (schema["maxLength"] + 1))))
        elif param.location == "path" and isinstance(schema.get("maxLength"), int):
            cases.append(("path-long", (param.name, "x" * (schema["maxLength"] + 1))))
    return cases


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_forbidden_requests_are_refused_and_nothing_is_stored(key: str) -> None:
    op = OPERATIONS[key]
    sim = _sim(key)
    body_schema = op.body_schema if _json_body(op) else None
    param_cases = _invalid_cases(op, sim)
    if body_schema is None and not param_cases:
        pytest.skip("the spec constrains nothing a request could get wrong here")
    body_strategy = values(CONTRACT, body_schema) if body_schema is not None else st.none()

    @SETTINGS
    @given(body=body_strategy, data=st.data())
    def check(body: Any, data: st.DataObject) -> None:
        sim = _sim(key)
        base = build_request(sim, CONTRACT, op)
        options: list[Any] = list(param_cases)
        if body_schema is not None:
            options.extend(breaches(CONTRACT, body_schema, body))
        if not options:
            return
        choice = data.draw(st.sampled_from(options))
        query = dict(base.url.params)
        content = json.dumps(body).encode() if body_schema is not None else base.content
        path = base.url.path
        if isinstance(choice, Breach):
            content = json.dumps(apply(CONTRACT, body_schema or {}, body, choice)).encode()
        elif choice[0] == "query-drop":
            query.pop(choice[1], None)
        elif choice[0] == "query-set":
            query[choice[1][0]] = choice[1][1]
        elif choice[0] == "path-long":
            name, value = choice[1]
            original = path_values(sim, CONTRACT, op)[name]
            path = path.replace(f"/{original}", f"/{value}", 1) if f"/{original}" in path else path
            if path == base.url.path:
                return
        request = httpx.Request(op.method, base.url.copy_with(path=path, params=query), headers=base.headers,
                                content=content)  # fmt: skip
        before = _snapshot(sim.state)
        events = len(sim.state.events)
        response = _send(sim, request)
        _assert_ofsc_error(response, 400)
        assert _snapshot(sim.state) == before, f"{key}: a refused request changed the data"
        assert len(sim.state.events) == events

    check()


def test_breaches_cover_every_kind_of_rule() -> None:
    """The invalid requests above exercise each rule the validator enforces at least once."""
    kinds: set[str] = set()
    for op in CONTRACT.operations:
        if _json_body(op) and op.body_schema is not None:
            example = copy.deepcopy(_example(op))
            kinds.update(breach.how.split(":")[0] for breach in breaches(CONTRACT, op.body_schema, example))
    assert {"null", "wrong-type", "enum", "too-long", "too-short", "bad-format", "too-big", "too-small",
            "too-many", "duplicate", "drop"} <= kinds  # fmt: skip


def _example(op: OperationSpec) -> Any:
    from ofsc_overlay.testing.synthesis import synthesize

    return synthesize(CONTRACT, op.body_schema, op.key)
