"""Answers for operations without a stateful handler: built from the response schema, then made to
follow the request. A GET by id echoes the id (an id in the query at every depth), capacity and quota
answer one item per requested date and area, and listings are a small fixed collection paged like any
other (so pagers stop)."""

from __future__ import annotations

import copy
from typing import Any

from .contract import Contract, OperationSpec
from .handlers.base import Reply
from .paging import paged
from .routing import split_path
from .state import SimulatorState
from .synthesis import list_item_schema, synthesize, synthesize_bytes
from .validation import ValidatedRequest

#: How many items a synthesized listing holds (enough to page through, small enough to read).
LISTING_SIZE = 3


class SynthesizedAnswers:
    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        self._bodies: dict[str, Any] = {}
        self._listings: dict[str, list[Any]] = {}

    def reply(self, op: OperationSpec, request: ValidatedRequest, state: SimulatorState) -> Reply:
        if op.success_status == 204 or (op.response_media is None and op.response_schema is None):
            return Reply(op.success_status, None, None)
        if op.binary_response:
            seed = "/".join([op.key, *(str(v) for v in request.path.values())])
            return Reply(op.success_status, synthesize_bytes(seed), "application/octet-stream")
        body = copy.deepcopy(self._body(op))
        echoed = _echoed_ids(op, request)
        _echo_deep(body, _queried_ids(request))
        if isinstance(body, dict):
            _echo(body, echoed)
            if "items" in body and isinstance(body["items"], list):
                body = self._listing(op, request, state, body, echoed)
        return Reply(op.success_status, body, op.response_media or "application/json")

    def _body(self, op: OperationSpec) -> Any:
        if op.key not in self._bodies:
            self._bodies[op.key] = synthesize(self.contract, op.response_schema, op.path)
        return self._bodies[op.key]

    def _items(self, op: OperationSpec) -> list[Any]:
        if op.key not in self._listings:
            schema = list_item_schema(self.contract, op.response_schema)
            self._listings[op.key] = [
                synthesize(self.contract, schema, f"{op.path}[{index}]") for index in range(LISTING_SIZE)
            ]
        return copy.deepcopy(self._listings[op.key])

    def _listing(
        self,
        op: OperationSpec,
        request: ValidatedRequest,
        state: SimulatorState,
        body: dict[str, Any],
        echoed: dict[str, Any],
    ) -> dict[str, Any]:
        dates = request.query.get("dates")
        if isinstance(dates, list) and dates:
            body["items"] = self._per_date(op, request, state, dates)
            return body
        items = self._items(op)
        for item in items:
            if isinstance(item, dict):
                _echo(item, echoed)
        names = {param.name for param in op.params if param.location == "query"}
        if names & {"offset", "limit"}:
            body.update(paged(self.contract, op, request.query, items))
        else:
            body["items"] = items
            if "hasMore" in body:
                body["hasMore"] = False
            if "totalResults" in body:
                body["totalResults"] = len(items)
        return body

    def _per_date(
        self, op: OperationSpec, request: ValidatedRequest, state: SimulatorState, dates: list[str]
    ) -> list[Any]:
        """Capacity and quota: one item per requested date, each with the requested areas (the
        seeded capacity areas when none are named) and categories."""
        template = self._items(op)[0]
        areas = request.query.get("areas") or list(state.metadata.get("capacityAreas", {})) or ["AREA"]
        categories = request.query.get("categories")
        out: list[Any] = []
        for day in dates:
            item = copy.deepcopy(template)
            if isinstance(item, dict):
                if "date" in item:
                    item["date"] = day
                _labelled(item, "areas", areas, lambda area: _labelled(area, "categories", categories))
            out.append(item)
        return out


def _labelled(record: dict[str, Any], key: str, labels: list[str] | None, each: Any = None) -> None:
    """Replace `record[key]` (a one-item list) by one copy per label."""
    current = record.get(key)
    if not isinstance(current, list) or not current or not labels:
        return
    template = current[0]
    copies: list[Any] = []
    for label in labels:
        item = copy.deepcopy(template)
        if isinstance(item, dict):
            item["label"] = label
            if each is not None:
                each(item)
        copies.append(item)
    record[key] = copies


def _echoed_ids(op: OperationSpec, request: ValidatedRequest) -> dict[str, Any]:
    """Path parameter values by the property names an answer would carry them in: the same name,
    and `label` for a resource named by its last `{...Label}` segment."""
    values: dict[str, Any] = {name: value for name, value in request.path.items()}
    segments = split_path(op.path)
    if segments and segments[-1].startswith("{"):
        last = segments[-1][1:-1]
        if last.endswith("Label") and last in request.path:
            values["label"] = request.path[last]  # the resource named last is the one answered
    return values


def _queried_ids(request: ValidatedRequest) -> dict[str, Any]:
    """Ids a request names in its query (`whereIsMyTech?activityId=`): one value each."""
    return {
        name: value
        for name, value in request.query.items()
        if name.endswith("Id")
        and isinstance(value, str | int)
        and not isinstance(value, bool)
        and value != ""
    }


def _echo_deep(node: Any, values: dict[str, Any]) -> None:
    """`_echo` at every depth: an id asked for in the query is the one every part of the answer is about."""
    if not values:
        return
    if isinstance(node, dict):
        _echo(node, values)
        for child in node.values():
            _echo_deep(child, values)
    elif isinstance(node, list):
        for child in node:
            _echo_deep(child, values)


def _echo(record: dict[str, Any], values: dict[str, Any]) -> None:
    """Set each property of `record` named in `values`, in the type the property already has."""
    for name, value in values.items():
        if name not in record:
            continue
        current = record[name]
        if isinstance(current, str):
            record[name] = str(value)
        elif isinstance(current, int) and not isinstance(current, bool) and str(value).isdigit():
            record[name] = int(value)
