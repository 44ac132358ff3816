"""Contract: every operation of ``ofsc_overlay.operations()``, called once through the public client.

The simulator validates each request against the spec (400 on anything invalid), so a pass means the
generated client sends what the spec says; every operation must answer 2xx, and its parsed result must give
back exactly the JSON the simulator sent (``to_dict()``).
Operations run in one simulator, reads first and deletes last; the few that need state get it set up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _clients import connect
from _contract_calls import Context, arguments, ordered_operations
from ofsc_generated.catalog import Operation

from ofsc_overlay import operations
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.testing import Simulator, load_contract

ORDERED = ordered_operations()


@pytest.fixture(scope="module")
def context() -> Iterator[Context]:
    with Simulator(activities=300) as sim:
        with connect(sim) as client, connect(sim, auth="basic") as basic_client:
            yield Context(sim=sim, client=client, basic_client=basic_client, contract=load_contract())
    DEFAULT_REGISTRY.clear()


@pytest.fixture(autouse=True)
def _fresh_breakers() -> None:
    """Overrides the per-test reset: the contract calls share one simulator and one breaker."""


def test_every_operation_is_covered() -> None:
    assert sorted(f"{op.group}.{op.name}" for op in ORDERED) == sorted(op.key for op in operations())


@pytest.mark.parametrize("op", ORDERED, ids=[f"{op.group}.{op.name}" for op in ORDERED])
def test_operation(context: Context, op: Operation) -> None:
    context.use_basic = False
    args = arguments(context, op)
    client = context.basic_client if context.use_basic else context.client
    group: Any = getattr(client, op.group).with_raw_response
    raw = getattr(group, op.name)(**args)

    assert 200 <= raw.status_code < 300, raw.http_response.text
    body = raw.http_response.content
    if op.accept == "application/octet-stream":
        assert isinstance(raw.parsed, bytes) and raw.parsed == body and body
    elif raw.status_code == 204 or not body:
        assert raw.parsed is None
    else:
        # The parsed result carries exactly what the server sent: no field dropped, renamed or re-typed.
        assert _as_json(raw.parsed) == raw.http_response.json(), f"{op.group}.{op.name}: parsed != answer"


def _as_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_as_json(item) for item in parsed]
    assert hasattr(parsed, "to_dict"), f"parsed into {type(parsed).__name__}, not a model"
    return parsed.to_dict()
