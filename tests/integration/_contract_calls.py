"""Valid arguments for every operation of the catalog, for the contract test.

Path parameters come from the simulator's seeded data (``Simulator.example_path_params``), required query
parameters and JSON bodies from the API contract (schema-valid values), and a few operations get their
state set up first (an activity in the right status for a custom action, a record to delete, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ofsc_generated.catalog import OPERATIONS, Operation

from ofsc_overlay import OFSC
from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.synthesis import synthesize

#: Reads first, then writes, deletes last: a delete must not remove what a later call reads.
_METHOD_ORDER = {"get": 0, "head": 0, "options": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}


@dataclass
class Context:
    sim: Simulator
    client: OFSC
    basic_client: OFSC
    contract: Contract
    use_basic: bool = False

    def examples(self) -> dict[str, str]:
        return self.sim.example_path_params()


Setup = Callable[[Context, dict[str, Any]], None]


def ordered_operations() -> list[Operation]:
    """Reads, then writes, then deletes; deletes of children before deletes of their parents."""

    def order(op: Operation) -> tuple[int, int, str, str]:
        depth = -op.path.count("/") if op.method == "delete" else 0
        return (_METHOD_ORDER[op.method], depth, op.group, op.name)

    return sorted(OPERATIONS, key=order)


def _typed(value: str, kind: str) -> Any:
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    return value


def _query_value(ctx: Context, op: Operation, wire: str, kind: str, enum: tuple[str, ...] | None) -> Any:
    if enum:
        return [enum[0]] if kind == "array" else enum[0]
    spec = ctx.contract.find(op.method.upper(), op.path)
    schema = next((p.schema for p in spec.params if p.name == wire), {"type": kind})
    if wire in ("date", "dateFrom", "dateTo", "dates"):
        day = ctx.examples()["date"]
        return [day] if kind == "array" else day
    return synthesize(ctx.contract, schema, wire)


def generic_arguments(ctx: Context, op: Operation) -> dict[str, Any]:
    """Arguments for ``client.<group>.<name>(**args)`` that the simulator accepts as valid."""
    examples = ctx.examples()
    args: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            if param.wire == "label" and op.group == "metadata":
                args[param.name] = existing_label(ctx, op.path)
            elif param.wire in examples:
                args[param.name] = _typed(examples[param.wire], param.type)
            else:
                spec = ctx.contract.find(op.method.upper(), op.path)
                schema = next(p.schema for p in spec.params if p.name == param.wire)
                args[param.name] = synthesize(ctx.contract, schema, param.wire)
        elif param.required:
            args[param.name] = _query_value(ctx, op, param.wire, param.type, param.enum)
    if op.body == "json":
        spec = ctx.contract.find(op.method.upper(), op.path)
        args["body"] = synthesize(ctx.contract, spec.body_schema, op.group + "." + op.name)
    elif op.body == "form":
        args["body"] = {"grant_type": "client_credentials"}
    elif op.body == "multipart":
        args["body"] = {"pluginFile": ("plugin.xml", b"<plugin/>", "application/xml")}
    elif op.body == "binary":
        args["body"] = b"contract test bytes"
    return args


def existing_label(ctx: Context, path: str) -> str:
    """A label that exists in the metadata collection a ``.../<collection>/{label}...`` path names."""
    segments = path.split("/")
    collection = segments[segments.index("{label}") - 1]
    labels = list(ctx.sim.state.metadata.get(collection, {}))
    return str(labels[0]) if labels else "LABEL"


def fresh_activity(ctx: Context, status: str = "pending") -> int:
    """A new activity (created through the client), put into ``status`` in the simulator's data."""
    examples = ctx.examples()
    created = ctx.client.core.create_activity(
        body={"resourceId": examples["resourceId"], "date": examples["date"], "activityType": "INSTALL"}
    )
    activity_id = created.activity_id
    assert isinstance(activity_id, int)
    ctx.sim.state.activities[activity_id]["status"] = status
    return activity_id


def fresh_inventory(ctx: Context, status: str) -> int:
    """A new inventory (created through the client), put into ``status`` in the simulator's data."""
    examples = ctx.examples()
    created = ctx.client.core.create_inventory(
        body={"inventoryType": "PART", "quantity": 1, "resourceId": examples["resourceId"]}
    )
    inventory_id = created.inventory_id
    assert isinstance(inventory_id, int)
    ctx.sim.state.inventories[inventory_id]["status"] = status
    return inventory_id


def _activity_in(status: str) -> Setup:
    def setup(ctx: Context, args: dict[str, Any]) -> None:
        args["activity_id"] = fresh_activity(ctx, status)

    return setup


def _inventory_in(status: str) -> Setup:
    def setup(ctx: Context, args: dict[str, Any]) -> None:
        args["inventory_id"] = fresh_inventory(ctx, status)
        if "body" in args and isinstance(args["body"], dict) and "activityId" in args["body"]:
            args["body"]["activityId"] = fresh_activity(ctx, "started")

    return setup


def _create_inventory(ctx: Context, args: dict[str, Any]) -> None:
    args["body"]["resourceId"] = ctx.examples()["resourceId"]
    args["body"].pop("activityId", None)


def _move_activity(ctx: Context, args: dict[str, Any]) -> None:
    examples = ctx.examples()
    args["activity_id"] = fresh_activity(ctx, "pending")
    args["body"] = {
        "setResource": {"resourceId": examples["resourceId"]},
        "setDate": {"date": examples["date"]},
    }


def _create_activity(ctx: Context, args: dict[str, Any]) -> None:
    examples = ctx.examples()
    args["body"].update(resourceId=examples["resourceId"], date=examples["date"])


def _create_resource(ctx: Context, args: dict[str, Any]) -> None:
    args["resource_id"] = "CONTRACT_TECH"
    root = next(r for r in ctx.sim.state.resources.values() if not r.get("parentResourceId"))
    args["body"]["parentResourceId"] = root["resourceId"]


def _create_user(ctx: Context, args: dict[str, Any]) -> None:
    args["login"] = "contract.user"
    args["body"]["resources"] = [ctx.examples()["resourceId"]]
    args["body"].pop("mainResourceId", None)


def _linked_logins(ctx: Context, resource_id: str) -> list[str]:
    return [login for login, u in ctx.sim.state.users.items() if resource_id in (u.get("resources") or [])]


def _set_resource_users(ctx: Context, args: dict[str, Any]) -> None:
    # Users keep at least one resource: the users linked now stay in the list.
    logins = {"admin", *_linked_logins(ctx, str(args["resource_id"]))}
    args["body"]["items"] = [{"login": login} for login in sorted(logins)]


def _delete_resource_users(ctx: Context, args: dict[str, Any]) -> None:
    # A resource whose users all have another resource: none is left without one.
    for resource_id in ctx.sim.state.resources:
        linked = [ctx.sim.state.users[login] for login in _linked_logins(ctx, resource_id)]
        if all(len(user["resources"]) > 1 for user in linked):
            args["resource_id"] = resource_id
            return


def _set_resource_workzones(ctx: Context, args: dict[str, Any]) -> None:
    args["body"]["workZone"] = existing_label(ctx, "/x/workZones/{label}")


def _update_workzones(ctx: Context, args: dict[str, Any]) -> None:
    for item in args["body"]["items"]:
        item["workZoneLabel"] = existing_label(ctx, "/x/workZones/{label}")


def _enumeration(ctx: Context, args: dict[str, Any]) -> None:
    args["body"] = {
        "items": [
            {"label": "contract_value", "active": True, "translations": [{"language": "en", "name": "Value"}]}
        ]
    }


def _link_activities(ctx: Context, args: dict[str, Any]) -> None:
    examples = ctx.examples()
    args["body"].update(
        fromActivityId=int(examples["activityId"]), toActivityId=fresh_activity(ctx), linkType="related"
    )


def _subscription(ctx: Context, args: dict[str, Any]) -> None:
    created = ctx.client.core.create_subscription(body={"events": ["activityCreated"]})
    args["subscription_id"] = str(created.subscription_id)


def _service_request(ctx: Context, args: dict[str, Any]) -> None:
    # A service request names an activity, inventory and resource that exist.
    examples = ctx.examples()
    args["body"].update(
        activityId=int(examples["activityId"]),
        inventoryId=int(examples["inventoryId"]),
        resourceId=examples["resourceId"],
    )


def _invite(ctx: Context, args: dict[str, Any]) -> None:
    args["body"]["login"] = "admin"  # a user that exists


def _chat(ctx: Context, args: dict[str, Any]) -> None:
    args["body"]["recipients"] = ["admin"]


def _routing_plan_file(label: str) -> Setup:
    def setup(ctx: Context, args: dict[str, Any]) -> None:
        # An import takes the file an export gives, here for a plan the profile does not have yet.
        args["body"] = b'{"label": "%s"}' % label.encode()

    return setup


def _new_link_template(ctx: Context, args: dict[str, Any]) -> None:
    args["label"] = args["body"]["label"] = "CONTRACT_LINK"  # POST to a label creates it


def _token(ctx: Context, args: dict[str, Any]) -> None:
    # The token service takes the client's Basic credentials, not a bearer token.
    ctx.use_basic = True


#: Per-operation state set-up and argument adjustments, keyed "group.name".
SETUPS: dict[str, Setup] = {
    "auth.get_token": _token,
    "auth.get_token_v1": _token,
    "collaboration.invite_chat_participant": _invite,
    "collaboration.start_chat": _chat,
    "core.cancel_activity": _activity_in("pending"),
    "core.complete_activity": _activity_in("started"),
    "core.create_activity": _create_activity,
    "core.create_inventory": _create_inventory,
    "core.create_resource": _create_resource,
    "core.create_service_request": _service_request,
    "core.create_user": _create_user,
    "core.deinstall_inventory": _inventory_in("customer"),
    "core.delay_activity": _activity_in("pending"),
    "core.delete_activity": _activity_in("pending"),
    "core.delete_subscription": _subscription,
    "core.get_events": _subscription,
    "core.get_subscription": _subscription,
    "core.install_inventory": _inventory_in("resource"),
    "core.mark_activity_enroute": _activity_in("pending"),
    "core.mark_activity_not_done": _activity_in("started"),
    "core.move_activity": _move_activity,
    "core.reopen_activity": _activity_in("completed"),
    "core.set_resource_users": _set_resource_users,
    "core.delete_resource_users": _delete_resource_users,
    "core.set_resource_workzones": _set_resource_workzones,
    "core.start_activity": _activity_in("pending"),
    "core.start_activity_prework": _activity_in("pending"),
    "core.stop_activity_travel": _activity_in("enroute"),
    "core.suspend_activity": _activity_in("started"),
    "core.undo_inventory_deinstall": _inventory_in("deinstalled"),
    "core.undo_inventory_install": _inventory_in("installed"),
    "metadata.create_or_update_enumeration_value": _enumeration,
    "core.link_activities": _link_activities,
    "core.install_resource_inventory": _inventory_in("resource"),
    "metadata.update_workzones": _update_workzones,
    "metadata.create_link_template": _new_link_template,
    "metadata.import_routing_plan": _routing_plan_file("IMPORTED"),
    "metadata.force_import_routing_plan": _routing_plan_file("FORCED"),
}


def arguments(ctx: Context, op: Operation) -> dict[str, Any]:
    args = generic_arguments(ctx, op)
    setup = SETUPS.get(f"{op.group}.{op.name}")
    if setup is not None:
        setup(ctx, args)
    return args


def call(ctx: Context, op: Operation) -> Any:
    ctx.use_basic = False
    args = arguments(ctx, op)
    client = ctx.basic_client if ctx.use_basic else ctx.client
    return getattr(getattr(client, op.group), op.name)(**args)
