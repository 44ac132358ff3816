"""The admin endpoints under /__admin: faults, the request log, token expiry and reset. No auth:
the simulator only listens on loopback."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import error_body
from .faults import Fault
from .handlers import Reply

if TYPE_CHECKING:
    from .app import SimulatorApp


def _error(status: int, detail: str) -> Reply:
    return Reply(status, error_body(status, detail))


def handle_admin(app: SimulatorApp, method: str, path: str, body: bytes) -> Reply:
    """`path` is what follows /__admin, e.g. `/faults`."""
    try:
        data: Any = json.loads(body) if body else {}
    except ValueError:
        return _error(400, "The admin request body is not valid JSON")
    route = (method, path.rstrip("/") or "/")
    if route == ("GET", "/health"):
        return Reply(200, {"status": "ok", "operations": len(app.contract.operations)})
    if route == ("GET", "/faults"):
        return Reply(200, {"items": [f.to_dict() for f in app.faults.list()]})
    if route == ("POST", "/faults"):
        specs = data if isinstance(data, list) else [data]
        try:
            added = [app.faults.add(Fault.from_dict(spec)) for spec in specs]
        except (TypeError, ValueError) as exc:
            return _error(400, f"Invalid fault: {exc}")
        return Reply(201, {"items": [f.to_dict() for f in added]})
    if route == ("DELETE", "/faults"):
        app.faults.clear()
        return Reply(204, None, None)
    if method == "DELETE" and path.startswith("/faults/"):
        fault_id = path.rsplit("/", 1)[-1]
        if fault_id.isdigit() and app.faults.remove(int(fault_id)):
            return Reply(204, None, None)
        return _error(404, f"No fault {fault_id}")
    if route == ("GET", "/requests"):
        entries = app.requests.entries
        return Reply(
            200,
            {"total": len(entries), "counts": app.requests.counts(), "items": [e.to_dict() for e in entries]},
        )
    if route == ("DELETE", "/requests"):
        app.requests.clear()
        return Reply(204, None, None)
    if route == ("POST", "/expire-tokens"):
        return Reply(200, {"expired": app.tokens.expire_all()})
    if route == ("GET", "/tokens"):
        return Reply(200, {"token_requests": app.tokens.token_requests})
    if route == ("POST", "/reset"):
        app.reset()
        return Reply(200, {"status": "reset"})
    return _error(404, f"No admin endpoint {method} {path}")
