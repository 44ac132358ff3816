"""Every operation answers a valid request with a 2xx, and 2xx JSON bodies of reads match their schema.

The valid requests (arguments and state set-up per operation) are the client contract test's call plan
(tests/integration/_contract_calls.py), sent in process through ``OFSC`` on the simulator's transport.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ofsc_overlay import OFSC
from ofsc_overlay.testing import Contract, ManualClock, Simulator, load_contract
from ofsc_overlay.testing.synthesis import synthesize
from ofsc_overlay.testing.validation import check_value


def _plan() -> Any:
    """The call plan of the client's contract test: valid arguments and state set-up for every operation."""
    integration = str(Path(__file__).resolve().parents[1] / "integration")
    if integration not in sys.path:
        sys.path.insert(0, integration)
    import _contract_calls

    return _contract_calls


PLAN = _plan()
ORDERED = PLAN.ordered_operations()

#: Operations the simulator cannot answer correctly yet, with the reason, in one place. Each is expected to
#: fail (strict: once the simulator answers it correctly the test fails until its entry is removed).
KNOWN_WRONG: dict[str, str] = {}


@pytest.fixture(scope="module")
def plan_context() -> Iterator[Any]:
    """One in-process simulator (manual clock) and clients on it, shared by the calls in catalog order."""
    contract = load_contract()
    clock = ManualClock()
    sim = Simulator(contract=contract, clock=clock, sleep=clock.sleep)
    settings = {
        "instance": sim.credentials.instance,
        "client_id": sim.credentials.client_id,
        "client_secret": sim.credentials.client_secret,
        "base_url": "http://127.0.0.1",
        "max_retries": 0,
        "breaker_failure_threshold": 0,
    }
    with (
        OFSC(**settings, auth="oauth2", transport=sim.transport()) as client,
        OFSC(**settings, auth="basic", transport=sim.transport()) as basic_client,
    ):
        yield PLAN.Context(sim=sim, client=client, basic_client=basic_client, contract=contract)


def _marks(key: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_WRONG.get(key)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def test_known_wrong_operations_exist() -> None:
    assert set(KNOWN_WRONG) <= {f"{op.group}.{op.name}" for op in ORDERED}


@pytest.mark.parametrize(
    "op",
    [pytest.param(op, id=f"{op.group}.{op.name}", marks=_marks(f"{op.group}.{op.name}")) for op in ORDERED],
)
def test_every_operation_answers_a_valid_request(plan_context: Any, op: Any) -> None:
    ctx = plan_context
    ctx.use_basic = False
    args = PLAN.arguments(ctx, op)
    client = ctx.basic_client if ctx.use_basic else ctx.client
    response = getattr(getattr(client, op.group).with_raw_response, op.name)(**args).http_response

    assert 200 <= response.status_code < 300, (op.key, response.status_code, response.text)
    spec = ctx.contract.find(op.method.upper(), op.path)
    if spec.binary_response:
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.content
    elif response.status_code == 204:
        assert response.content == b""
    elif spec.response_schema is not None and op.method == "get":
        # Writes echo what was sent, which need not carry the read schema's required fields.
        check_value(ctx.contract, spec.response_schema, response.json(), op.key)


def test_an_invalid_request_gets_a_problem_body(http: httpx.Client) -> None:
    response = http.get("/rest/ofscCore/v1/activities/not-a-number")

    assert response.status_code == 400
    assert set(response.json()) >= {"type", "title", "status", "detail"}


def test_synthesized_bodies_are_deterministic_across_processes(contract: Contract) -> None:
    # Two runs with different hash seeds: set or dict iteration order leaking into the output shows here.
    script = (
        "import json; from ofsc_overlay.testing import load_contract; "
        "from ofsc_overlay.testing.synthesis import synthesize; c = load_contract(); "
        "op = c.find('GET', '/rest/ofscCapacity/v1/capacity'); "
        "print(json.dumps(synthesize(c, op.response_schema, op.path)))"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    op = contract.find("GET", "/rest/ofscCapacity/v1/capacity")
    assert outputs[0] == outputs[1] == json.dumps(synthesize(contract, op.response_schema, op.path)) + "\n"


def test_seeded_records_match_their_schemas(sim: Simulator, contract: Contract, http: httpx.Client) -> None:
    for path in (
        "/rest/ofscCore/v1/activities",
        "/rest/ofscCore/v1/resources",
        "/rest/ofscCore/v1/users",
        "/rest/ofscMetadata/v1/workZones",
        "/rest/ofscMetadata/v1/workSkills",
        "/rest/ofscMetadata/v1/properties",
        "/rest/ofscMetadata/v1/activityTypes",
        "/rest/ofscMetadata/v1/capacityAreas",
        "/rest/ofscMetadata/v1/inventoryTypes",
        "/rest/ofscMetadata/v1/timeSlots",
    ):
        response = http.get(path)
        assert response.status_code == 200, response.text
        op = contract.find("GET", path)
        assert op.response_schema is not None
        check_value(contract, op.response_schema, response.json(), path)
        assert response.json()["items"]
