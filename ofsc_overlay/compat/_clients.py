"""The compatibility clients: pyOFSC's constructors, groups and method names over our typed clients."""

from __future__ import annotations

import threading
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from .. import errors
from ..client import OFSC as _OFSC
from ..client import AsyncOFSC as _AsyncOFSC
from . import _table
from ._args import translate
from ._errors import convert
from ._results import Model, as_model, as_wire

if TYPE_CHECKING:  # generated from the pyOFSC table and the catalog (codegen/compat_types.py)
    from ofsc_generated.compat_types import (
        AsyncAuth,
        AsyncCapacity,
        AsyncCore,
        AsyncMetadata,
        AsyncStatistics,
        SyncAuth,
        SyncCapacity,
        SyncCore,
        SyncMetadata,
        SyncStatistics,
    )

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
class HTTPClientConfig:
    """pyOFSC's transport settings for ``AsyncOFSC(http_config=...)`` (pyOFSC's own object works too).

    ``timeout``, ``max_retries``, ``proxy``, ``verify_ssl`` and ``trust_env`` map to our client's settings;
    ``max_concurrency``, ``http2`` and ``follow_redirects`` are accepted and not used (our pool is httpx's, on
    HTTP/1.1; OFSC does not redirect API calls).
    """

    max_concurrency: int | None = None
    timeout: float | None = None
    max_retries: int = 0
    proxy: str | None = None
    verify_ssl: bool = True
    http2: bool = True
    follow_redirects: bool = False
    trust_env: bool = True


def _http_options(http_config: Any) -> dict[str, Any]:
    if http_config is None:
        return {}
    options = {
        "timeout": getattr(http_config, "timeout", None),
        "proxy": getattr(http_config, "proxy", None),
        "verify": getattr(http_config, "verify_ssl", True),
        "trust_env": getattr(http_config, "trust_env", True),
    }
    # pyOFSC's default is no retries; ours retries safe requests, which is kept unless pyOFSC's was raised.
    if getattr(http_config, "max_retries", 0):
        options["max_retries"] = http_config.max_retries
    return {key: value for key, value in options.items() if value is not None}


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


def _removed(row: _table.PyMethod) -> None:
    """pyOFSC's method calls an operation our spec no longer has."""
    message = (
        f"pyOFSC's {row.group}.{row.name} calls {row.route}, which is not in this client's OFSC spec "
        f"(Oracle retired it)"
    )
    removed = getattr(errors, "OperationRemovedError", None)
    if removed is not None:
        raise removed(message)
    raise AttributeError(message)


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
            out.pop("offset", None)  # the walk starts at the beginning
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


def _settings(
    clientID: str | None,
    companyName: str | None,
    secret: str | None,
    baseUrl: str | None,
    useToken: bool,
    access_token: str | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    given = dict(options)
    if useToken and access_token:
        given.setdefault("auth", "bearer")
        given.setdefault("token", access_token)
    elif useToken:
        given.setdefault("auth", "oauth2")  # pyOFSC needs a token handed in; we fetch and refresh one
    return {
        "instance": companyName,
        "client_id": clientID,
        "client_secret": secret,
        "base_url": baseUrl,
        **given,
    }


class _Groups:
    """pyOFSC's API groups, shared by both clients."""

    _apis: dict[str, _API]
    _api_class: type[_API] = _API

    def _api(self, group: str) -> Any:
        api = self._apis.get(group)
        if api is None:
            api = self._apis[group] = self._api_class(self, group)  # type: ignore[arg-type]
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


class OFSC(_Groups, _Owner):
    """pyOFSC 2.x's sync ``OFSC`` on top of :class:`ofsc_overlay.OFSC` (deprecated; for migration).

    Same positional order as pyOFSC: ``clientID``, ``companyName``, ``secret``. ``baseUrl`` overrides the URL,
    ``useToken=True`` selects OAuth2 (tokens fetched and refreshed for you), ``root`` is pyOFSC's default root
    resource for ``get_all_activities``. Other keyword arguments go to :class:`ofsc_overlay.OFSC` unchanged.
    """

    kind = "sync"

    if TYPE_CHECKING:

        @property
        def core(self) -> SyncCore: ...
        @property
        def metadata(self) -> SyncMetadata: ...
        @property
        def capacity(self) -> SyncCapacity: ...
        @property
        def statistics(self) -> SyncStatistics: ...
        @property
        def oauth2(self) -> SyncAuth: ...

    def __init__(
        self,
        clientID: str | None = None,
        companyName: str | None = None,
        secret: str | None = None,
        root: str | None = None,
        baseUrl: str | None = None,
        useToken: bool = False,
        enable_auto_raise: bool = True,
        enable_auto_model: bool = True,
        **options: Any,
    ) -> None:
        warnings.warn(
            "ofsc_overlay.compat.OFSC mirrors pyOFSC 2.x for migration only; use ofsc_overlay.OFSC "
            "(see docs/migration.md).",
            DeprecationWarning,
            stacklevel=2,
        )
        self.root = root
        self.auto_raise = enable_auto_raise
        self.auto_model = enable_auto_model
        self.client = _OFSC(**_settings(clientID, companyName, secret, baseUrl, useToken, None, options))
        self._apis = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"compat.OFSC(baseURL={self.client.base_url!r})"

    __str__ = __repr__


class AsyncOFSC(_Groups, _Owner):
    """pyOFSC 2.x's ``AsyncOFSC`` on top of :class:`ofsc_overlay.AsyncOFSC` (deprecated; for migration).

    pyOFSC's arguments: ``clientID``, ``companyName``, ``secret``, ``root``, ``baseUrl``, ``useToken`` (with
    ``access_token``: that bearer token; without: OAuth2 client credentials), ``enable_auto_raise``,
    ``enable_auto_model``, ``enable_logging`` (our client always logs one line per request on the
    ``ofsc_overlay`` logger) and ``http_config``. Other keyword arguments go to
    :class:`ofsc_overlay.AsyncOFSC`.
    Use it with ``async with``, as in pyOFSC.
    """

    kind = "async"
    _api_class = _AsyncAPI

    if TYPE_CHECKING:

        @property
        def core(self) -> AsyncCore: ...
        @property
        def metadata(self) -> AsyncMetadata: ...
        @property
        def capacity(self) -> AsyncCapacity: ...
        @property
        def statistics(self) -> AsyncStatistics: ...
        @property
        def oauth2(self) -> AsyncAuth: ...

    def __init__(
        self,
        clientID: str | None = None,
        companyName: str | None = None,
        secret: str | None = None,
        root: str | None = None,
        baseUrl: str | None = None,
        useToken: bool = False,
        access_token: str | None = None,
        enable_auto_raise: bool = True,
        enable_auto_model: bool = True,
        enable_logging: bool = False,
        http_config: Any = None,
        **options: Any,
    ) -> None:
        warnings.warn(
            "ofsc_overlay.compat.AsyncOFSC mirrors pyOFSC 2.x for migration only; use ofsc_overlay.AsyncOFSC "
            "(see docs/migration.md).",
            DeprecationWarning,
            stacklevel=2,
        )
        self.root = root
        self.auto_raise = enable_auto_raise
        self.auto_model = enable_auto_model
        self.enable_logging = enable_logging
        options = {**_http_options(http_config), **options}
        self.client = _AsyncOFSC(
            **_settings(clientID, companyName, secret, baseUrl, useToken, access_token, options)
        )
        self._apis = {}

    async def aclose(self) -> None:
        await self.client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncOFSC(baseURL={self.client.base_url!r})"

    __str__ = __repr__
