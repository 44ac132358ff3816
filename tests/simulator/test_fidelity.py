"""Fidelity: every operation, sent a valid request, answers what a real OFSC could answer.

Each 2xx JSON answer is checked against the contract (types, nulls, enums, lengths, ranges, patterns,
declared formats, item counts, required properties), against OFSC's formats for fields the spec leaves
undeclared (dates, times, date-times), for `{}` where the schema has required properties, and each
paged listing is followed page by page until it ends. Run with `-s` to see the per-operation table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.contract import OperationSpec
from ofsc_overlay.testing.errors import SimulatorHTTPError
from ofsc_overlay.testing.validation import check_value

from ._checks import format_problems
from ._requests import build_request, ordered, query_values

_NAMED_FORMATS = ("date", "time", "date-time")
_MAX_PAGES = 200


@dataclass
class Row:
    op: OperationSpec
    status: int = 0
    problems: list[str] = field(default_factory=list)
    pages: int | None = None

    def line(self) -> str:
        pages = "" if self.pages is None else f"{self.pages} page(s)"
        verdict = "ok" if not self.problems else "; ".join(self.problems)
        return f"{self.op.method:6} {self.op.path:95} {self.status:3} {pages:11} {verdict}"


def _body_problems(contract: Contract, op: OperationSpec, body: Any) -> list[str]:
    if op.response_schema is None:
        return []
    problems: list[str] = []
    try:
        check_value(contract, op.response_schema, body, "answer")
    except SimulatorHTTPError as exc:
        problems.append(f"contract: {exc.detail}")
    problems.extend(format_problems(contract, op.response_schema, body, "answer"))
    return problems


def _pages(sim: Simulator, contract: Contract, client: httpx.Client, op: OperationSpec, row: Row) -> None:
    """Follow the listing with a small page size until it says it has ended."""
    declared = set(contract.properties(op.response_schema or {}))
    base = query_values(contract, op, sim)
    offset, seen = 0, 0
    for page in range(1, _MAX_PAGES + 1):
        response = client.send(build_request(sim, contract, op, query={**base, "offset": offset, "limit": 2}))
        if response.status_code != 200:
            row.problems.append(f"page {page}: {response.status_code}")
            return
        body = response.json()
        items = body.get("items") or []
        if "offset" in declared and body.get("offset") != offset:
            row.problems.append(f"offset {body.get('offset')!r} does not echo {offset}")
        if "limit" in declared and body.get("limit") != 2:
            row.problems.append(f"limit {body.get('limit')!r} does not echo 2")
        seen += len(items)
        offset += len(items)
        total = body.get("totalResults")
        if (
            body.get("hasMore") is False
            or not items
            or ("hasMore" not in body and isinstance(total, int) and seen >= total)
        ):
            row.pages = page
            return
    row.problems.append(f"paging did not end after {_MAX_PAGES} pages")


def _is_paged(op: OperationSpec) -> bool:
    names = {p.name for p in op.params if p.location == "query"}
    return op.method == "GET" and "offset" in names and not op.binary_response


def run_fidelity(sim: Simulator, contract: Contract) -> list[Row]:
    rows: list[Row] = []
    with httpx.Client(transport=sim.transport()) as client:
        subscribed = client.post(
            "http://ofsc.test/rest/ofscCore/v1/events/subscriptions",
            json={"subscriptionConfig": [{"events": ["activityCreated"]}]},
            headers={"Authorization": sim.basic_auth},
        )
        assert subscribed.status_code == 200, subscribed.text
        for op in ordered(contract):
            row = Row(op)
            rows.append(row)
            response = client.send(build_request(sim, contract, op))
            row.status = response.status_code
            if response.status_code >= 300:
                body = response.json() if response.content else {}
                if response.status_code >= 500 or not {"type", "title", "status", "detail"} <= set(body):
                    row.problems.append(f"not an OFSC error answer: {response.text[:200]}")
                else:
                    row.problems.append(f"refused: {body['detail'][:150]}")
                continue
            if op.binary_response or response.status_code == 204 or not response.content:
                continue
            row.problems.extend(_body_problems(contract, op, response.json()))
            if _is_paged(op):
                _pages(sim, contract, client, op, row)
    return rows


def test_every_operation_answers_per_contract_and_formats(contract: Contract) -> None:
    sim = Simulator(contract=contract)
    rows = run_fidelity(sim, contract)
    table = "\n".join(row.line() for row in rows)
    print(f"\n{'method':6} {'path':95} st  paging      result\n{table}")
    assert len(rows) == len(contract.operations)
    answered = [row for row in rows if row.status < 300]
    # Every answer given is a faithful one: no bad format, no {} for a declared object, paging ends.
    unfaithful = [row.line() for row in answered if row.problems]
    assert not unfaithful, "\n".join(unfaithful)
    # Every read succeeds on seeded data; a refusal is OFSC's error answer, never a 5xx.
    failed_reads = [row.line() for row in rows if row.op.method == "GET" and row.status >= 300]
    assert not failed_reads, "\n".join(failed_reads)
    broken = [
        row.line() for row in rows if row.status >= 500 or any("not an OFSC" in p for p in row.problems)
    ]
    assert not broken, "\n".join(broken)
