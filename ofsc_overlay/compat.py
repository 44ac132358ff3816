"""A bridge for code written against pyOFSC 2.x (``from ofsc import OFSC``).

``ofsc_overlay.compat.OFSC(clientID=..., secret=..., companyName=...)`` takes pyOFSC's constructor names and
offers pyOFSC's method names (``instance.core.get_activity(...)``, ``instance.metadata.get_workzones(...)``),
delegating every call to the typed client (:class:`ofsc_overlay.OFSC`), so retries, the circuit breaker and
typed errors apply. It exists to make a migration gradual: each use warns with ``DeprecationWarning``;
``docs/migration.md`` shows the direct replacement. ``instance.client`` is the new client behind it.

Argument translation, so that pyOFSC-style calls keep working:

- positional arguments fill the path parameters in path order, then the body (pyOFSC's ``data``);
- keyword arguments may use our Python names (``activity_id``), the wire names (``activityId``) or pyOFSC's
  ``data=`` (the body) and ``params=`` (a dict of query parameters by wire name);
- a body given as a JSON string or a Pydantic model is converted to a dict;
- pyOFSC's ``get_all_*`` helpers return a list of every item across pages.

Results are our generated models (``enable_auto_model=False``: plain dicts, as ``to_dict()`` gives them);
failures raise :mod:`ofsc_overlay.errors` exceptions.
"""

from __future__ import annotations

import functools
import json
import warnings
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self

from .client import OFSC as _OFSC
from .errors import OperationRemovedError, removed_operation

__all__ = ["OFSC"]

_DEPRECATION = (
    "ofsc_overlay.compat.OFSC mirrors pyOFSC 2.x for migration only; use ofsc_overlay.OFSC "
    "(see docs/migration.md)."
)

#: pyOFSC 2.26 method names that differ from our names table: (group, pyOFSC name) -> (METHOD, path, walk).
#: Keyed by the spec operation rather than by our name, so a rename in the names table cannot break it;
#: ``walk`` marks pyOFSC's get_all_* helpers, which return every item across pages.
_ALIASES: dict[tuple[str, str], tuple[str, str, bool]] = {
    ("core", "bulk_update"): ("POST", "/rest/ofscCore/v1/activities/custom-actions/bulkUpdate", False),
    ("core", "create_resource_from_obj"): ("PUT", "/rest/ofscCore/v1/resources/{resourceId}", False),
    ("core", "get_file_property"): (
        "GET",
        "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
        False,
    ),
    ("core", "set_file_property"): (
        "PUT",
        "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
        False,
    ),
    ("core", "delete_file_property"): (
        "DELETE",
        "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
        False,
    ),
    ("core", "get_inventory_property"): (
        "GET",
        "/rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}",
        False,
    ),
    ("core", "set_inventory_property"): (
        "PUT",
        "/rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}",
        False,
    ),
    ("core", "delete_inventory_property"): (
        "DELETE",
        "/rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}",
        False,
    ),
    ("core", "get_user_property"): ("GET", "/rest/ofscCore/v1/users/{login}/{propertyLabel}", False),
    ("core", "set_user_property"): ("PUT", "/rest/ofscCore/v1/users/{login}/{propertyLabel}", False),
    ("core", "delete_user_property"): ("DELETE", "/rest/ofscCore/v1/users/{login}/{propertyLabel}", False),
    ("core", "get_resource_assigned_locations"): (
        "GET",
        "/rest/ofscCore/v1/resources/{resourceId}/assignedLocations",
        False,
    ),
    ("core", "get_subscription_details"): (
        "GET",
        "/rest/ofscCore/v1/events/subscriptions/{subscriptionId}",
        False,
    ),
    ("core", "inventory_install"): (
        "POST",
        "/rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/install",
        False,
    ),
    ("core", "inventory_deinstall"): (
        "POST",
        "/rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/deinstall",
        False,
    ),
    ("core", "inventory_undo_install"): (
        "POST",
        "/rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/undoInstall",
        False,
    ),
    ("core", "inventory_undo_deinstall"): (
        "POST",
        "/rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/undoDeinstall",
        False,
    ),
    ("core", "get_all_activities"): ("GET", "/rest/ofscCore/v1/activities", True),
    ("core", "get_all_resources"): ("GET", "/rest/ofscCore/v1/resources", True),
    ("metadata", "get_all_workzones"): ("GET", "/rest/ofscMetadata/v1/workZones", True),
    ("metadata", "get_all_properties"): ("GET", "/rest/ofscMetadata/v1/properties", True),
    ("metadata", "import_plugin_file"): (
        "POST",
        "/rest/ofscMetadata/v1/plugins/custom-actions/import",
        False,
    ),
    ("metadata", "export_plan_file"): (
        "GET",
        "/rest/ofscMetadata/v1/routingProfiles/{profileLabel}/plans/{planLabel}/custom-actions/export",
        False,
    ),
    # pyOFSC's available capacity is our get_capacity; its quota names without a version suffix call v2.
    ("capacity", "get_available_capacity"): ("GET", "/rest/ofscCapacity/v1/capacity", False),
    ("capacity", "getAvailableCapacity"): ("GET", "/rest/ofscCapacity/v1/capacity", False),
    ("capacity", "get_quota"): ("GET", "/rest/ofscCapacity/v2/quota", False),
    ("capacity", "getQuota"): ("GET", "/rest/ofscCapacity/v2/quota", False),
    ("capacity", "update_quota"): ("PATCH", "/rest/ofscCapacity/v2/quota", False),
}

#: Keyword names of pyOFSC helpers mapped to ours, applied only where the operation has the target name.
_KEYWORD_ALIASES = {
    "root": "resources",
    "activity_fields": "fields",
    "initial_offset": "offset",
}

_TOKEN = ("POST", "/rest/oauthTokenService/v2/token")


@functools.cache
def _by_route() -> dict[tuple[str, str], Any]:
    from ofsc_generated.catalog import OPERATIONS

    return {(op.method.upper(), op.path): op for op in OPERATIONS}


@functools.cache
def _by_key() -> Mapping[str, Any]:
    from ofsc_generated.catalog import BY_KEY

    return BY_KEY


def _raise_if_removed(method: str, path: str) -> None:
    """A pyOFSC name whose operation Oracle removed raises the same error as our retired method."""
    from ofsc_generated.catalog import RETIRED

    for gone in RETIRED.values():
        if (gone.method, gone.path) == (method, path):
            raise OperationRemovedError(gone.key, gone.removed_in)


def _resolve(group: str, name: str) -> tuple[Any, str, bool]:
    """(catalog operation, facade method name, walk every page?) for a pyOFSC-style method name."""
    if name == "token":  # pyOFSC offers token() on every API object
        op = _by_route()[_TOKEN]
        return op, op.name, False
    alias = _ALIASES.get((group, name))
    if alias is not None:
        method, path, walk = alias
        op = _by_route().get((method, path))
        if op is not None:
            return op, (op.all_name if walk and op.all_name else op.name), walk and bool(op.all_name)
        _raise_if_removed(method, path)
    op = _by_key().get(f"{group}.{name}")
    if op is not None:
        return op, op.name, False
    removed = removed_operation(f"{group}.{name}")
    if removed is not None:
        raise removed
    for candidate in _by_key().values():
        if candidate.group == group and candidate.all_name == name:
            return candidate, name, True
    raise AttributeError(
        f"pyOFSC compatibility: {group}.{name} is not an operation; see ofsc_overlay.operations() "
        f"for the names (docs/migration.md maps pyOFSC's)"
    )


def _removed(name: str, error: OperationRemovedError) -> Callable[..., Any]:
    """The pyOFSC method of an operation Oracle removed: it exists; calling it raises and sends nothing."""

    def call(*args: Any, **kwargs: Any) -> Any:
        raise OperationRemovedError(error.operation, error.removed_in)

    call.__name__ = name
    call.__doc__ = str(error)
    return call


def _path_params(op: Any) -> list[Any]:
    in_path = [param for param in op.params if param.location == "path"]
    return sorted(in_path, key=lambda param: op.path.find("{" + param.wire + "}"))


def _plain_body(body: Any) -> Any:
    if isinstance(body, str | bytes) and body[:1] in ("{", "[", b"{", b"["):
        return json.loads(body)
    model_dump = getattr(body, "model_dump", None)
    if callable(model_dump) and not hasattr(body, "to_dict"):  # a pyOFSC (Pydantic) model
        return model_dump(exclude_none=True, by_alias=True)
    return body


def _translate(op: Any, walk: bool, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """pyOFSC-style positional and keyword arguments -> our facade's keyword arguments."""
    by_name = {param.name: param for param in op.params}
    by_wire: dict[str, str] = {param.wire: param.name for param in op.params}
    given: dict[str, Any] = {}
    slots = [param.name for param in _path_params(op)] + (["body"] if op.body else [])
    if len(args) > len(slots):
        raise TypeError(
            f"{op.group}.{op.name} takes {len(slots)} positional argument(s) ({', '.join(slots) or 'none'}); "
            f"pass the others by keyword"
        )
    given.update(zip(slots, args, strict=False))
    extra = dict(kwargs)
    extra.pop("response_type", None)  # pyOFSC 1.x: every answer is a model here
    query: Mapping[str, Any] = extra.pop("params", None) or {}
    for wire, value in query.items():
        extra.setdefault(by_wire.get(wire, wire), value)
    for key, value in extra.items():
        if key == "data":
            key = "body"
        elif key not in by_name and key != "body":
            key = by_wire.get(key) or _KEYWORD_ALIASES.get(key, key)
        given[key] = value
    if "body" in given:
        given["body"] = _plain_body(given["body"])
    if walk and given.pop("offset", None):
        # The walk starts at the first page: dropping the offset silently would return items not asked for.
        raise TypeError(
            f"{op.group}.{op.all_name} walks every page from the first one and takes no offset "
            f"(initial_offset); call {op.group}.{op.name}(offset=..., limit=...) for pages from an offset"
        )
    return {key: value for key, value in given.items() if value is not None}


def _as_dict(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_as_dict(item) for item in value]
    return value


class _CompatAPI:
    """One pyOFSC API object (``instance.core``, ``instance.metadata``, ...): pyOFSC names, our operations."""

    def __init__(self, owner: OFSC, group: str) -> None:
        self._owner = owner
        self._group = group

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            op, method_name, walk = _resolve(self._group, name)
        except OperationRemovedError as removed:
            return _removed(name, removed)
        owner = self._owner

        def call(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(
                f"{self._group}.{name}() via ofsc_overlay.compat: call client.{op.group}.{method_name}(...) "
                "on ofsc_overlay.OFSC instead",
                DeprecationWarning,
                stacklevel=2,
            )
            facade = getattr(owner.client, op.group)
            result = getattr(facade, method_name)(**_translate(op, walk, args, kwargs))
            if walk:
                result = list(result)
            return result if owner.auto_model else _as_dict(result)

        call.__name__ = name
        call.__qualname__ = f"{type(self).__name__}.{name}"
        call.__doc__ = f"pyOFSC-compatible {name}: {op.method.upper()} {op.path}"
        return call

    def __dir__(self) -> Iterable[str]:
        names = {op.name for op in _by_key().values() if op.group == self._group}
        names.update(op.all_name for op in _by_key().values() if op.group == self._group and op.all_name)
        names.update(name for group, name in _ALIASES if group == self._group)
        return sorted(names)

    def __repr__(self) -> str:
        return f"<pyOFSC-compatible {self._group} API of {self._owner.client!r}>"


class OFSC:
    """pyOFSC 2.x-style client on top of :class:`ofsc_overlay.OFSC` (deprecated; for migration).

    ``clientID``, ``secret`` and ``companyName`` are pyOFSC's names for ``client_id``, ``client_secret`` and
    ``instance``; ``baseUrl`` overrides the URL, ``useToken=True`` selects OAuth2, ``root`` is kept as
    pyOFSC's default root resource. Other keyword arguments go to :class:`ofsc_overlay.OFSC` unchanged.
    """

    def __init__(
        self,
        clientID: str | None = None,
        secret: str | None = None,
        companyName: str | None = None,
        root: str | None = None,
        baseUrl: str | None = None,
        useToken: bool = False,
        enable_auto_raise: bool = True,
        enable_auto_model: bool = True,
        **options: Any,
    ) -> None:
        warnings.warn(_DEPRECATION, DeprecationWarning, stacklevel=2)
        if not enable_auto_raise:
            warnings.warn(
                "enable_auto_raise=False is not supported: failures raise ofsc_overlay.errors exceptions",
                UserWarning,
                stacklevel=2,
            )
        if useToken:
            options.setdefault("auth", "oauth2")
        self.root = root
        self.auto_model = enable_auto_model
        self.client = _OFSC(
            instance=companyName,
            client_id=clientID,
            client_secret=secret,
            base_url=baseUrl,
            **options,
        )
        self._apis: dict[str, _CompatAPI] = {}

    def _api(self, group: str) -> _CompatAPI:
        api = self._apis.get(group)
        if api is None:
            api = self._apis[group] = _CompatAPI(self, group)
        return api

    @property
    def core(self) -> Any:
        return self._api("core")

    @property
    def metadata(self) -> Any:
        return self._api("metadata")

    @property
    def capacity(self) -> Any:
        return self._api("capacity")

    @property
    def statistics(self) -> Any:
        return self._api("statistics")

    @property
    def oauth2(self) -> Any:
        return self._api("auth")

    auth = oauth2

    @property
    def parts_catalog(self) -> Any:
        return self._api("parts_catalog")

    @property
    def collaboration(self) -> Any:
        return self._api("collaboration")

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"compat.OFSC(baseURL={self.client.base_url!r})"

    __str__ = __repr__
