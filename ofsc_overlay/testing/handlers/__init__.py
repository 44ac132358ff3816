"""Stateful handlers, bound to (method, path template) in `REGISTRY`. Importing this package
registers all of them."""

from . import (
    activities,
    bulk,
    capacity,
    chats,
    children,
    documents,
    events,
    files,
    inventories,
    metadata,
    planning,
    populate,
    resources,
    routing_plans,
    service_requests,
    token,
    users,
)
from .base import REGISTRY, Handler, HandlerRegistry, Reply, RequestContext

__all__ = [
    "REGISTRY",
    "Handler",
    "HandlerRegistry",
    "Reply",
    "RequestContext",
    "activities",
    "bulk",
    "capacity",
    "chats",
    "children",
    "documents",
    "events",
    "files",
    "inventories",
    "metadata",
    "planning",
    "populate",
    "resources",
    "routing_plans",
    "service_requests",
    "token",
    "users",
]
