"""Offset/limit paging as OFSC does it: per-collection default and maximum page sizes, and only the
envelope fields (`hasMore`, `totalResults`, `offset`, `limit`) the operation's response schema has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .contract import Contract, OperationSpec
from .errors import bad_request

DEFAULT_LIMIT = 100
MAX_LIMIT = 100

# (path suffix, default, maximum): the first suffix the path ends with wins.
_LIMITS: tuple[tuple[str, int, int], ...] = (
    ("/ofscCore/v1/activities", 100_000, 100_000),
    ("/activities/custom-actions/search", 10, 100),
    ("/ofscCore/v1/events", 1000, 1000),
)
_STATISTICS_PREFIX = "/rest/ofscStatistics/"


def limits_for(path_template: str) -> tuple[int, int]:
    """(default page size, maximum page size) for a collection path."""
    for suffix, default, maximum in _LIMITS:
        if path_template.endswith(suffix):
            return default, maximum
    if path_template.startswith(_STATISTICS_PREFIX):
        return 10_000, 10_000
    return DEFAULT_LIMIT, MAX_LIMIT


def declared_limits(op: OperationSpec) -> tuple[int, int]:
    """(default, maximum) page size: what the operation's `limit` parameter declares, else the
    collection's documented values."""
    default, maximum = limits_for(op.path)
    for param in op.params:
        if param.name == "limit" and param.location == "query":
            declared_max = param.schema.get("maximum")
            declared_default = param.schema.get("default")
            if isinstance(declared_max, int):
                maximum = declared_max
                default = min(default, maximum)
            if isinstance(declared_default, int) and declared_default > 0:
                default = declared_default
    return default, maximum


def page_window(op: OperationSpec, query: dict[str, Any]) -> tuple[int, int]:
    """(offset, limit) of a request; a limit above the maximum is lowered to it, as OFSC does."""
    default, maximum = declared_limits(op)
    offset = int(query.get("offset", 0) or 0)
    limit = int(query.get("limit", default) or default)
    if offset < 0 or limit < 0:
        raise bad_request("offset and limit must not be negative")
    return offset, min(limit, maximum)


def envelope_fields(contract: Contract, op: OperationSpec) -> set[str]:
    if op.response_schema is None:
        return {"items"}
    return set(contract.properties(op.response_schema))


def paged(
    contract: Contract, op: OperationSpec, query: dict[str, Any], items: Sequence[Any]
) -> dict[str, Any]:
    """One page of `items` wrapped in the envelope the response schema declares."""
    offset, limit = page_window(op, query)
    page = list(items[offset : offset + limit])
    fields = envelope_fields(contract, op)
    body: dict[str, Any] = {"items": page}
    if "hasMore" in fields:
        body["hasMore"] = offset + len(page) < len(items)
    if "totalResults" in fields:
        body["totalResults"] = len(items)
    if "offset" in fields:
        body["offset"] = offset
    if "limit" in fields:
        body["limit"] = limit
    return body


def unpaged(contract: Contract, op: OperationSpec, items: Sequence[Any]) -> dict[str, Any]:
    """A whole collection in its envelope (for operations that take no offset/limit)."""
    fields = envelope_fields(contract, op)
    body: dict[str, Any] = {"items": list(items)}
    if "totalResults" in fields:
        body["totalResults"] = len(items)
    if "links" in fields:
        body["links"] = []
    return body
