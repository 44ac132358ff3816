"""A simulated next Oracle release, built from the pinned spec: what the upgrade tests upgrade to.

Every kind of change a release brings, one of each, with the changelog line each one must produce.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

NEXT_VERSION = "2026.03.10"
REMOVED = ("PATCH", "/rest/ofscStatistics/v1/airlineDistanceBasedTravel")
REMOVED_NAME = "statistics.update_airline_distance_based_travel"
ADDED = (
    ("GET", "/rest/ofscMetadata/v1/gadgets"),
    ("POST", "/rest/ofscCore/v1/activities/{activityId}/custom-actions/teleport"),
)
# The names the names table does not have yet: what `upgrade` suggests and ACCEPT_NAMES=1 writes.
SUGGESTED_ROWS = [
    "POST\t/rest/ofscCore/v1/activities/{activityId}/custom-actions/teleport\tcore\tteleport_activity",
    "GET\t/rest/ofscMetadata/v1/gadgets\tmetadata\tget_gadgets",
]

_CORE = "/rest/ofscCore/v1"
# Every operation answering an activity gains the new response field.
_ANSWER_AN_ACTIVITY = [
    ("core.cancel_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/cancel"),
    ("core.complete_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/complete"),
    ("core.create_activity", f"POST {_CORE}/activities"),
    ("core.delay_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/delay"),
    ("core.get_activity", f"GET {_CORE}/activities/{{activityId}}"),
    ("core.mark_activity_enroute", f"POST {_CORE}/activities/{{activityId}}/custom-actions/enroute"),
    ("core.mark_activity_not_done", f"POST {_CORE}/activities/{{activityId}}/custom-actions/notDone"),
    ("core.reopen_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/reopen"),
    ("core.start_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/start"),
    ("core.start_activity_prework", f"POST {_CORE}/activities/{{activityId}}/custom-actions/startPrework"),
    ("core.stop_activity_travel", f"POST {_CORE}/activities/{{activityId}}/custom-actions/stopTravel"),
    ("core.suspend_activity", f"POST {_CORE}/activities/{{activityId}}/custom-actions/suspend"),
    ("core.update_activity", f"PATCH {_CORE}/activities/{{activityId}}"),
]

# (facade method, route, the changelog line, breaking?) for every change below, in the changelog's order.
EXPECTED: list[tuple[str, str, str, bool]] = sorted(
    [
        (
            "core.create_activity",
            f"POST {_CORE}/activities",
            "request field `points` type changed: integer -> string",
            True,
        ),
        (
            "core.create_inventory",
            f"POST {_CORE}/inventories",
            "request field `status`: allowed value `recycled` added",
            False,
        ),
        (
            "core.get_activities",
            f"GET {_CORE}/activities",
            "parameter `includeDrones` (query, keyword `include_drones`) added",
            False,
        ),
        (
            "core.teleport_activity",
            f"POST {_CORE}/activities/{{activityId}}/custom-actions/teleport",
            "operation added",
            False,
        ),
        ("metadata.get_gadgets", "GET /rest/ofscMetadata/v1/gadgets", "operation added", False),
        (
            REMOVED_NAME,
            f"{REMOVED[0]} {REMOVED[1]}",
            "operation removed; the method now raises OperationRemovedError",
            True,
        ),
        # Within one method: parameters, then the request, then the response.
        *((method, route, "response field `droneId` added", False) for method, route in _ANSWER_AN_ACTIVITY),
    ],
    key=lambda change: (change[0], change[1]),
)


def not_applicable(pinned: dict[str, Any]) -> str | None:
    """Why this simulated release cannot be built from `pinned` (a later spec already moved on), else None."""
    paths = pinned.get("paths", {})
    if REMOVED[0].lower() not in paths.get(REMOVED[1], {}):
        return f"the pinned spec no longer has {REMOVED[0]} {REMOVED[1]}, which the simulated release removes"
    if any(path in paths for _, path in ADDED):
        return "the pinned spec already has an operation the simulated release adds"
    return None


def next_release(pinned: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(pinned)
    doc["info"]["version"] = NEXT_VERSION
    paths, definitions = doc["paths"], doc["definitions"]
    # Two new operations, copied from existing ones (a list, and a custom action on an activity).
    gadgets = copy.deepcopy(paths["/rest/ofscMetadata/v1/workZones"]["get"])
    gadgets["operationId"] = "get /rest/ofscMetadata/v1/gadgets"
    gadgets["summary"] = "Get gadgets"
    paths["/rest/ofscMetadata/v1/gadgets"] = {"get": gadgets}
    teleport = copy.deepcopy(paths["/rest/ofscCore/v1/activities/{activityId}/custom-actions/start"])
    teleport["post"]["operationId"] = "post /rest/ofscCore/v1/activities/{activityId}/custom-actions/teleport"
    teleport["post"]["summary"] = "Teleport an activity"
    paths["/rest/ofscCore/v1/activities/{activityId}/custom-actions/teleport"] = teleport
    # A removed operation.
    del paths[REMOVED[1]][REMOVED[0].lower()]
    # A new response field, a new request enum value, a request field whose type changed.
    definitions["getActivitySchema"]["properties"]["droneId"] = {"type": "string", "description": "Drone."}
    definitions["createInventory"]["properties"]["status"]["enum"].append("recycled")
    definitions["createActivitySchema"]["properties"]["points"]["type"] = "string"
    # A new optional query parameter.
    paths["/rest/ofscCore/v1/activities"]["get"]["parameters"].append(
        {"name": "includeDrones", "in": "query", "type": "boolean", "required": False}
    )
    return doc


def write_next_release(pinned: Path, target: Path) -> Path:
    """The simulated release as a file; skips the calling test when the pinned spec has moved past it."""
    import pytest

    source = json.loads(pinned.read_text(encoding="utf-8"))
    reason = not_applicable(source)
    if reason:
        pytest.skip(f"simulated release not applicable: {reason}")
    doc = next_release(source)
    target.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return target
