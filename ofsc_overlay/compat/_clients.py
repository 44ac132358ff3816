"""The compatibility clients: pyOFSC's constructors, groups and method names over our typed clients."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ..client import OFSC as _OFSC
from ..client import AsyncOFSC as _AsyncOFSC
from ._calls import _API, FILE_RESPONSE, FULL_RESPONSE, OBJ_RESPONSE, TEXT_RESPONSE, _AsyncAPI, _Owner

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

__all__ = [
    "FILE_RESPONSE",
    "FULL_RESPONSE",
    "OBJ_RESPONSE",
    "TEXT_RESPONSE",
    "AsyncOFSC",
    "HTTPClientConfig",
    "OFSC",
]


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
    """pyOFSC's API groups and constructor state, shared by both clients."""

    _apis: dict[str, _API]
    _api_class: type[_API] = _API

    def _start(self, client: Any, *, root: str | None, auto_raise: bool, auto_model: bool) -> None:
        """Warn (pointing at the caller's constructor call) and keep pyOFSC's options and our client."""
        name = type(client).__name__
        warnings.warn(
            f"ofsc_overlay.compat.{name} mirrors pyOFSC 2.x for migration only; use ofsc_overlay.{name} "
            "(see docs/migration.md).",
            DeprecationWarning,
            stacklevel=3,
        )
        self.root = root
        self.auto_raise = auto_raise
        self.auto_model = auto_model
        self.client = client
        self._apis = {}

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
        client = _OFSC(**_settings(clientID, companyName, secret, baseUrl, useToken, None, options))
        self._start(client, root=root, auto_raise=enable_auto_raise, auto_model=enable_auto_model)

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
        options = {**_http_options(http_config), **options}
        settings = _settings(clientID, companyName, secret, baseUrl, useToken, access_token, options)
        client = _AsyncOFSC(**settings)
        self._start(client, root=root, auto_raise=enable_auto_raise, auto_model=enable_auto_model)
        self.enable_logging = enable_logging

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
