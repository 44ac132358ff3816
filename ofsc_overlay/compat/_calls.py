"""One compat method call: name resolution, argument translation, result shaping and error conversion.

Shared by the sync and async compatibility clients; :mod:`._clients` holds their constructors and groups.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

from .. import errors
from . import _table
from ._args import translate
from ._errors import convert
from ._results import Model, as_model, as_wire

#: pyOFSC's ``response_type`` values (``from ofsc.common import FULL_RESPONSE``).
TEXT_RESPONSE = 1
FULL_RESPONSE = 2
OBJ_RESPONSE = 3
FILE_RESPONSE = 4

#: Bodies pyOFSC sends on its own when none is given: (METHOD /path) -> body.
_DEFAULT_BODIES = {"POST /rest/oauthTokenService/v2/token": {"grant_type": "client_credentials"}}

_warned: set[tuple[str, str, str]] = set()
_warned_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Method:
    """A resolved compat method: its table row (None for our own names), the operation, and how to call it."""

    row: _table.PyMethod | None
    op: Any
    walk: bool  # a get_all_* helper: every item across pages

    def facade_name(self) -> str:
        return str(self.op.all_name if self.walk else self.op.name)


def _resolve(client: str, group: str, name: str) -> _Method:
    # The sync client answers to the async client's names too: code moving to async names keeps working.
    found = _table.methods(client).get((group, name)) or _table.methods("async").get((group, name))
    if found is not None:
        row, op = found
        if op is None:
            _removed(row)
        walk = name.startswith("get_all_") and bool(op.all_name)
        return _Method(row, op, walk)
    from ofsc_generated.catalog import BY_KEY

    op = BY_KEY.get(f"{group}.{name}")
    if op is not None:
        return _Method(None, op, False)
    for candidate in BY_KEY.values():
        if candidate.group == group and candidate.all_name == name:
            return _Method(None, candidate, True)
    raise AttributeError(
        f"pyOFSC compatibility: {group}.{name} is not an operation; see ofsc_overlay.operations() "
        f"for the names (docs/migration.md maps pyOFSC's)"
    )


def _removed(row: _table.PyMethod) -> NoReturn:
    """pyOFSC's method calls an operation our spec lacks: retired (OperationRemovedError), or never in it."""
    from ofsc_generated.catalog import RETIRED

    for key, gone in RETIRED.items():
        if f"{gone.method.upper()} {gone.path}" == row.route:
            raise errors.OperationRemovedError(key, gone.removed_in)
    raise AttributeError(
        f"pyOFSC's {row.group}.{row.name} calls {row.route}, which is not in this client's OFSC spec"
    )


def _warn_once(client: str, group: str, name: str, method: _Method) -> None:
    key = (client, group, name)
    with _warned_lock:
        if key in _warned:
            return
        _warned.add(key)
    prefix = "await " if client == "async" else ""
    warnings.warn(
        f"{group}.{name}() via ofsc_overlay.compat is deprecated: use "
        f"{prefix}client.{method.op.group}.{method.facade_name()}(...) on ofsc_overlay."
        f"{'AsyncOFSC' if client == 'async' else 'OFSC'} (docs/migration.md)",
        DeprecationWarning,
        stacklevel=3,
    )


class _Call:
    """One call's translation and result shaping, shared by the sync and async clients."""

    def __init__(self, owner: _Owner, group: str, name: str, method: _Method) -> None:
        self.owner = owner
        self.method = method
        self.label = f"{group}.{name}"

    def arguments(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int | None, dict[str, Any]]:
        kwargs = dict(kwargs)
        response_type = kwargs.pop("response_type", None)
        method = self.method
        out = translate(self.label, method.row, method.op, args, kwargs)
        default = _DEFAULT_BODIES.get(f"{method.op.method.upper()} {method.op.path}")
        if default is not None:
            out.setdefault("body", dict(default))
        if method.walk:
            if out.pop("offset", None):
                # The walk starts at the first page: dropping the offset silently returns items not asked for.
                raise TypeError(
                    f"{self.label} walks every page from the first one and takes no initial_offset; call "
                    f"{method.op.group}.{method.op.name}(offset=..., limit=...) for pages from an offset"
                )
            if self.owner.root and "resources" not in out and _has(method.op, "resources"):
                out["resources"] = [self.owner.root]  # pyOFSC's default root
        return response_type, out

    def failed(self, error: errors.OFSCError) -> Any:
        """``enable_auto_raise=False``: the error body, as pyOFSC gives it; else raise under both names."""
        if not self.owner.auto_raise and isinstance(error, errors.APIStatusError):
            return error.body
        raise convert(error) from error

    def shape(self, response_type: int | None, raw: Any) -> Any:
        if response_type == FULL_RESPONSE:
            return raw.http_response
        if response_type == TEXT_RESPONSE:
            return raw.http_response.text
        parsed = raw.parsed
        if parsed is None:  # 204: pyOFSC's sync client returns the (empty) text, its async client None
            return "" if self.owner.kind == "sync" else None
        returns = self.method.row.returns if self.method.row is not None else "model"
        if isinstance(parsed, bytes) or returns == "dict" or not self.owner.auto_model:
            return as_wire(parsed)
        return as_model(parsed)

    def walked(self, items: list[Any]) -> Any:
        wire = [as_wire(item) for item in items]
        if self.method.row is None:  # our own get_all_* name: the list, as before
            return [as_model(item) for item in items] if self.owner.auto_model else wire
        page = {"items": wire, "totalResults": len(wire), "hasMore": False}
        return Model(page) if self.owner.auto_model else page


def _has(op: Any, name: str) -> bool:
    return any(param.name == name for param in op.params)


class _Owner:
    kind = "sync"
    root: str | None
    auto_raise: bool
    auto_model: bool
    client: Any


class _API:
    """One pyOFSC API object (``instance.core``, ``instance.metadata``...): pyOFSC's names, our operations."""

    def __init__(self, owner: _Owner, group: str) -> None:
        self._owner = owner
        self._group = group

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        method = _resolve(self._owner.kind, self._group, name)
        call = _Call(self._owner, self._group, name, method)
        bound = self._bind(call, name)
        bound.__name__ = name
        bound.__qualname__ = f"{type(self).__name__}.{name}"
        bound.__doc__ = (
            f"pyOFSC-compatible {name}: {method.op.method.upper()} {method.op.path} "
            f"(client.{method.op.group}.{method.facade_name()})"
        )
        self.__dict__[name] = bound  # resolved once per API object
        return bound

    def _bind(self, call: _Call, name: str) -> Callable[..., Any]:
        owner = self._owner

        def sync_call(*args: Any, **kwargs: Any) -> Any:
            _warn_once(owner.kind, self._group, name, call.method)
            response_type, given = call.arguments(args, kwargs)
            facade = getattr(owner.client, call.method.op.group)
            try:
                if call.method.walk:
                    return call.walked(list(getattr(facade, call.method.facade_name())(**given)))
                raw = getattr(facade.with_raw_response, call.method.op.name)(**given)
            except errors.OFSCError as error:
                return call.failed(error)
            return call.shape(response_type, raw)

        return sync_call

    def __dir__(self) -> Iterable[str]:
        names = {name for group, name in _table.methods(self._owner.kind) if group == self._group}
        from ofsc_generated.catalog import BY_KEY

        for op in BY_KEY.values():
            if op.group == self._group:
                names.update(n for n in (op.name, op.all_name) if n)
        return sorted(names)

    def __repr__(self) -> str:
        return f"<pyOFSC-compatible {self._group} API of {self._owner.client!r}>"


class _AsyncAPI(_API):
    def _bind(self, call: _Call, name: str) -> Callable[..., Any]:
        owner = self._owner

        async def async_call(*args: Any, **kwargs: Any) -> Any:
            _warn_once(owner.kind, self._group, name, call.method)
            response_type, given = call.arguments(args, kwargs)
            facade = getattr(owner.client, call.method.op.group)
            try:
                raw = await getattr(facade.with_raw_response, call.method.op.name)(**given)
            except errors.OFSCError as error:
                return call.failed(error)
            return call.shape(response_type, raw)

        async def walk(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            # pyOFSC's async get_all_* are async generators of models, pages fetched on demand.
            _warn_once(owner.kind, self._group, name, call.method)
            _, given = call.arguments(args, kwargs)
            pages = getattr(getattr(owner.client, call.method.op.group), call.method.facade_name())(**given)
            try:
                async for item in pages:
                    yield as_model(item) if owner.auto_model else as_wire(item)
            except errors.OFSCError as error:
                call.failed(error)

        return walk if call.method.walk else async_call
