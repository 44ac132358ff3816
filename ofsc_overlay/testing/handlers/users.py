"""Users: list, get, create (PUT), update (PATCH), delete."""

from __future__ import annotations

from ..errors import bad_request, conflict
from ..paging import paged
from ..seed import Record
from .base import CORE, Reply, RequestContext, given, handles, merge, readable, require

USERS = f"{CORE}/users"
USER = f"{USERS}/{{login}}"
_SECRET_FIELDS = ("password",)


def _public(record: Record) -> Record:
    return {k: v for k, v in record.items() if k not in _SECRET_FIELDS}


@handles("GET", USERS)
def list_users(ctx: RequestContext) -> Reply:
    items = [_public(u) for u in ctx.state.users.values()]
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))


@handles("GET", USER)
def get_user(ctx: RequestContext) -> Reply:
    return ctx.ok(_public(require(ctx.state.users, ctx.path("login"), "User")))


@handles("PUT", USER)
def create_user(ctx: RequestContext) -> Reply:
    login = ctx.path("login")
    body = ctx.json_body()
    with ctx.state.lock:
        if login in ctx.state.users:
            raise conflict(f"User '{login}' already exists")
        for resource_id in body.get("resources") or []:
            if resource_id not in ctx.state.resources:
                raise bad_request(f"Resource '{resource_id}' not found")
        record: Record = given(body, drop=_SECRET_FIELDS)
        record["login"] = login
        record.setdefault("status", "active")
        readable(ctx, record, USER)
        ctx.state.users[login] = record
        ctx.state.record_event("userCreated", userDetails={"login": login})
        return ctx.ok(_public(record))


@handles("PATCH", USER)
def update_user(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record = dict(require(ctx.state.users, ctx.path("login"), "User"))
        merge(
            record,
            {k: v for k, v in ctx.json_body().items() if k not in _SECRET_FIELDS},
            protected=("login",),
        )
        readable(ctx, record, USER)
        ctx.state.users[record["login"]] = record
        ctx.state.record_event("userUpdated", userDetails={"login": record["login"]})
        return ctx.ok(_public(record))


@handles("DELETE", USER)
def delete_user(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        require(ctx.state.users, ctx.path("login"), "User")
        del ctx.state.users[ctx.path("login")]
        ctx.state.record_event("userDeleted", userDetails={"login": ctx.path("login")})
    return ctx.ok({})  # an empty object, or no body where the operation answers 204
