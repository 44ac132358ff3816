"""Core entities named in a request path: their ids brought to the key type of the collection that
holds them, and a 404 for an unknown one.

The spec types the same id differently from route to route (`activityId` is an integer on most
activity routes and a string on activity links, required inventories, resource preferences...), so the
path value is converted here, once, before any lookup; handlers then see the collection's key type."""

from __future__ import annotations

from dataclasses import dataclass

from .contract import OperationSpec
from .errors import not_found
from .handlers.metadata import LABELLED_COLLECTIONS
from .routing import split_path
from .state import SimulatorState
from .validation import ValidatedRequest


@dataclass(frozen=True, slots=True)
class Parent:
    collection: str  # the `SimulatorState` attribute holding these entities
    what: str  # the entity's name in a 404 detail
    key_type: type[int] | type[str]


PARENTS: dict[str, Parent] = {
    "activityId": Parent("activities", "Activity", int),
    "resourceId": Parent("resources", "Resource", str),
    "login": Parent("users", "User", str),
    "inventoryId": Parent("inventories", "Inventory", int),
    "requestId": Parent("service_requests", "Service request", int),
    "chatId": Parent("chats", "Chat", int),
}

# The PUTs that create the entity their path names: no 404 for an unknown one.
CREATING_PUTS = frozenset({"/rest/ofscCore/v1/resources/{resourceId}", "/rest/ofscCore/v1/users/{login}"})


def resolve_parents(op: OperationSpec, request: ValidatedRequest, state: SimulatorState) -> None:
    """Convert each entity id of `request.path` (in place) to its collection's key type, and raise a
    404 when the entity does not exist (or the id cannot be one, like activity `abc`)."""
    creating = op.method == "PUT" and op.path in CREATING_PUTS
    for name, parent in PARENTS.items():
        if name not in request.path:
            continue
        raw = request.path[name]
        try:
            key = parent.key_type(raw)
        except ValueError:
            raise not_found(f"{parent.what} '{raw}'") from None
        request.path[name] = key
        if not creating and key not in getattr(state, parent.collection):
            raise not_found(f"{parent.what} '{key}'")
    _check_metadata(op, request, state)


def _check_metadata(op: OperationSpec, request: ValidatedRequest, state: SimulatorState) -> None:
    """A 404 for anything under a label the kept metadata collection does not hold (e.g.
    `/applications/{label}/apiAccess`), and under an unknown routing profile or plan."""
    segments = split_path(op.path)
    if len(segments) > 4 and segments[1] == "ofscMetadata" and segments[4] == "{label}":
        collection = segments[3]
        creating = op.method in ("PUT", "POST") and len(segments) == 5
        if collection in LABELLED_COLLECTIONS and not creating:
            label = request.path.get("label")
            if label not in state.metadata.get(collection, {}):
                raise not_found(f"{collection[:-1]} '{label}'")
    profile = request.path.get("profileLabel")
    if profile is not None:
        plans = state.children.get(("routingProfile", str(profile), "plans"))
        if plans is None:
            raise not_found(f"Routing profile '{profile}'")
        plan = request.path.get("planLabel")
        if plan is not None and all(item.get("label") != plan for item in plans):
            raise not_found(f"Routing plan '{plan}' of profile '{profile}'")
