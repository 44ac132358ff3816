"""What a stateful handler receives and returns, and the registry binding handlers to
(method, path template)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..auth import TokenService
from ..contract import Contract, OperationSpec
from ..errors import SimulatorHTTPError, bad_request, not_found
from ..seed import Record
from ..state import SimulatorState
from ..validation import ValidatedRequest, check_value

CORE = "/rest/ofscCore/v1"
METADATA = "/rest/ofscMetadata/v1"


@dataclass(slots=True)
class Reply:
    status: int
    body: Any = None  # JSON value, bytes, or None for an empty body
    media_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RequestContext:
    contract: Contract
    op: OperationSpec
    state: SimulatorState
    request: ValidatedRequest
    headers: dict[str, str]  # lower-case names
    tokens: TokenService

    def path(self, name: str) -> Any:
        return self.request.path[name]

    def query(self, name: str, default: Any = None) -> Any:
        return self.request.query.get(name, default)

    @property
    def body(self) -> Any:
        return self.request.body

    def json_body(self) -> dict[str, Any]:
        body = self.request.body
        return body if isinstance(body, dict) else {}

    def ok(self, body: Any = None) -> Reply:
        """The operation's documented success status, with `body` (dropped for 204)."""
        status = self.op.success_status
        if status == 204:
            return Reply(204, None, None)
        return Reply(status, body)


Handler = Callable[[RequestContext], Reply]


class HandlerRegistry:
    def __init__(self) -> None:
        self.handlers: dict[tuple[str, str], Handler] = {}

    def handles(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.handlers[(method.upper(), path)] = handler
            return handler

        return register

    def get(self, method: str, path: str) -> Handler | None:
        return self.handlers.get((method.upper(), path))


REGISTRY = HandlerRegistry()
handles = REGISTRY.handles


def project(record: Record, fields: Iterable[str] | None) -> Record:
    """Only the requested `fields` (OFSC's `fields=` query parameter); everything when not given."""
    if not fields:
        return dict(record)
    wanted = set(fields)
    return {key: value for key, value in record.items() if key in wanted}


def given(fields: dict[str, Any], drop: Iterable[str] = ()) -> Record:
    """A new record of the request's non-null fields, without those in `drop`."""
    skip = set(drop)
    return {key: value for key, value in fields.items() if value is not None and key not in skip}


def merge(record: Record, changes: dict[str, Any], protected: Iterable[str] = ()) -> None:
    """PATCH semantics: set the given fields, leave the rest; a null removes the field."""
    keep = set(protected)
    for key, value in changes.items():
        if key in keep:
            continue
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value


def readable(ctx: RequestContext, record: Record, read_path: str) -> None:
    """Refuse (400) a write whose result would break the read schema of `GET read_path` (a missing
    required field, an emptied list that must hold items...): a record OFSC stores can always be
    read back as the spec describes it. Call before storing."""
    try:
        read = ctx.contract.find("GET", read_path)
    except KeyError:
        return
    if read.response_schema is None:
        return
    try:
        check_value(ctx.contract, read.response_schema, record, "record")
    except SimulatorHTTPError as exc:
        raise bad_request(f"The stored record would not be valid: {exc.detail}") from None


def require(mapping: dict[Any, Record], key: Any, what: str) -> Record:
    record = mapping.get(key)
    if record is None:
        raise not_found(f"{what} '{key}'")
    return record
