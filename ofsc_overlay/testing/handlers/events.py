"""Event subscriptions and the events cursor: `page` is the previous response's `nextPage`, `since`
only yields a fresh `nextPage`. The cursor is an index into the event stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..errors import bad_request, not_found
from ..paging import page_window
from ..state import Subscription
from .base import CORE, Reply, RequestContext, handles

SUBSCRIPTIONS = f"{CORE}/events/subscriptions"


def _cursor(value: str) -> int:
    if not value.startswith("c") or not value[1:].isdigit():
        raise bad_request(f"Invalid page '{value}'")
    return int(value[1:])


#: OFSC drops a subscription nobody has read for this long.
SUBSCRIPTION_LIFETIME = timedelta(hours=36)
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@handles("POST", SUBSCRIPTIONS)
def create_subscription(ctx: RequestContext) -> Reply:
    body = ctx.json_body()
    created = datetime.now(UTC).replace(microsecond=0)
    with ctx.state.lock:
        subscription_id = f"sub{ctx.state.new_item_id()}"
        cursor = len(ctx.state.events)
        ctx.state.subscriptions[subscription_id] = Subscription(
            subscription_id,
            str(body.get("subscriptionTitle", "")),
            body.get("subscriptionConfig"),
            cursor,
            application_id=ctx.tokens.credentials.client_id,
            created_time=created.strftime(_TIME_FORMAT),
            expiration_time=(created + SUBSCRIPTION_LIFETIME).strftime(_TIME_FORMAT),
        )
    return ctx.ok({"subscriptionId": subscription_id, "nextPage": f"c{cursor}"})


def _describe(subscription: Subscription) -> dict[str, object]:
    described: dict[str, object] = {
        "subscriptionId": subscription.subscription_id,
        "subscriptionConfig": subscription.config or [],
        "applicationId": subscription.application_id,
        "createdTime": subscription.created_time,
        "expirationTime": subscription.expiration_time,
    }
    if subscription.title:  # the title is optional and, when given, at least one character long
        described["subscriptionTitle"] = subscription.title
    return described


@handles("GET", SUBSCRIPTIONS)
def list_subscriptions(ctx: RequestContext) -> Reply:
    items = [_describe(s) for s in ctx.state.subscriptions.values()]
    return Reply(200, {"items": items, "totalResults": len(items)})


@handles("GET", f"{SUBSCRIPTIONS}/{{subscriptionId}}")
def get_subscription(ctx: RequestContext) -> Reply:
    subscription = ctx.state.subscriptions.get(ctx.path("subscriptionId"))
    if subscription is None:
        raise not_found(f"Subscription '{ctx.path('subscriptionId')}'")
    return ctx.ok(_describe(subscription))


@handles("DELETE", f"{SUBSCRIPTIONS}/{{subscriptionId}}")
def delete_subscription(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        if ctx.state.subscriptions.pop(ctx.path("subscriptionId"), None) is None:
            raise not_found(f"Subscription '{ctx.path('subscriptionId')}'")
    return ctx.ok()


@handles("GET", f"{CORE}/events")
def get_events(ctx: RequestContext) -> Reply:
    subscription_id = ctx.query("subscriptionId")
    subscription = ctx.state.subscriptions.get(subscription_id)
    if subscription is None:
        raise not_found(f"Subscription '{subscription_id}'")
    with ctx.state.lock:
        end = len(ctx.state.events)
        page = ctx.query("page")
        if page is None and ctx.query("since") is not None:
            # `since` positions the cursor and returns no events.
            return ctx.ok({"found": False, "items": [], "nextPage": f"c{end}"})
        start = _cursor(page) if page is not None else subscription.cursor
        _, limit = page_window(ctx.op, ctx.request.query)
        items = ctx.state.events[start : start + limit]
        next_cursor = start + len(items)
    return ctx.ok({"found": bool(items), "items": items, "nextPage": f"c{next_cursor}"})
