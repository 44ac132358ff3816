"""``OFSC`` and ``AsyncOFSC``: the public clients.

A client resolves its settings (arguments > environment > config file), builds one httpx client with the
overlay's transports (auth, retries, circuit breaker, logging) and hands a runner over it to the generated,
typed facade groups (``client.core``, ``client.metadata``, ...). Groups are created on first use, so building
a client imports no endpoint module or model.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from . import _logging, _observe
from ._redact import mask_known
from ._runner import AsyncRunner, CallOptions, SyncRunner
from .breaker import DEFAULT_REGISTRY, BreakerRegistry, CircuitBreaker, breaker_key
from .config import Settings, resolve_settings
from .transport import build_async_client, build_sync_client

if TYPE_CHECKING:
    from ofsc_generated.facade.auth import AsyncAuth, Auth
    from ofsc_generated.facade.capacity import AsyncCapacity, Capacity
    from ofsc_generated.facade.collaboration import AsyncCollaboration, Collaboration
    from ofsc_generated.facade.core import AsyncCore, Core
    from ofsc_generated.facade.metadata import AsyncMetadata, Metadata
    from ofsc_generated.facade.parts_catalog import AsyncPartsCatalog, PartsCatalog
    from ofsc_generated.facade.statistics import AsyncStatistics, Statistics

__all__ = ["AsyncOFSC", "OFSC"]

HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
RunnerT = TypeVar("RunnerT", SyncRunner, AsyncRunner)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
SleepT = TypeVar("SleepT", Callable[[float], None], Callable[[float], Awaitable[None]])


class _ClientBase(Generic[HttpClientT, RunnerT, TransportT, SleepT]):
    """Settings, the pool, per-call options and the lazily built facade groups, for both clients.

    The constructor is shared: only the function building the httpx client (``_build_http``) and the runner
    class over it (``_runner_class``) differ.
    """

    _http: HttpClientT
    _runner: RunnerT
    _settings: Settings
    _clock: Callable[[], float] | None
    _breakers: BreakerRegistry

    def __init__(
        self,
        *,
        instance: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth: str | None = None,
        base_url: str | None = None,
        token: str | None = None,
        profile: str | None = None,
        config: str | os.PathLike[str] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        backoff_factor: float | None = None,
        backoff_max: float | None = None,
        retry_after_max: float | None = None,
        breaker_failure_threshold: int | None = None,
        breaker_reset_timeout: float | None = None,
        breaker_scope: str | None = None,
        verify: bool | str | None = None,
        proxy: str | None = None,
        trust_env: bool | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure: bool | None = None,
        otel: bool | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
        transport: TransportT | None = None,
        settings: Settings | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Resolve the settings and open the connection pool (nothing is sent yet).

        Each setting left ``None`` comes from the environment (``OFSC_*``) or the ``config.toml`` profile,
        else its default (see :func:`ofsc_overlay.config.resolve_settings`). ``settings=`` takes already
        resolved :class:`~ofsc_overlay.config.Settings` instead, and cannot be combined with setting
        arguments. ``otel=True`` adds OpenTelemetry spans and metrics
        (``OFSC core.get_activity`` per call; needs the ``otel`` extra, see docs/observability.md).
        ``event_hooks`` go to the httpx client and run on every request, token requests included; a
        ``transport`` replaces the bottom HTTP transport and sits below auth, retries, the circuit breaker and
        logging.

        ``sleep`` and ``clock`` are for tests that must not wait for real: ``sleep(seconds)`` (a coroutine
        function on :class:`AsyncOFSC`) replaces the retry layer's waits, and ``clock()`` (seconds, monotonic)
        drives the circuit breaker's cool-down, the token cache's expiry and the logged durations. The breaker
        takes the clock of the first client that creates it.

        ``breaker_scope`` says what one circuit breaker guards: ``"family"`` (the default: one per API family,
        so 503s from ``/rest/ofscMetadata/`` do not block ``/rest/ofscCore/`` calls), ``"host"`` (one for the
        whole base URL) or ``"client"`` (this client's own, shared with no other). Clients asking for the same
        thresholds share the breakers of the first two scopes; other thresholds get breakers of their own.
        """
        given: dict[str, Any] = {
            "instance": instance,
            "client_id": client_id,
            "client_secret": client_secret,
            "auth": auth,
            "base_url": base_url,
            "token": token,
            "profile": profile,
            "config": config,
            "max_retries": max_retries,
            "timeout": timeout,
            "connect_timeout": connect_timeout,
            "backoff_factor": backoff_factor,
            "backoff_max": backoff_max,
            "retry_after_max": retry_after_max,
            "breaker_failure_threshold": breaker_failure_threshold,
            "breaker_reset_timeout": breaker_reset_timeout,
            "breaker_scope": breaker_scope,
            "verify": verify,
            "proxy": proxy,
            "trust_env": trust_env,
            "headers": headers,
            "allow_insecure": allow_insecure,
            "otel": otel,
        }
        if settings is None:
            settings = resolve_settings(**given)
        else:
            passed = [name for name, value in given.items() if value is not None]
            if passed:
                raise TypeError(
                    f"{type(self).__name__}(settings=...) cannot be combined with setting arguments "
                    f"({', '.join(passed)}): put them in the Settings, or leave settings out."
                )
        _logging.configure_from_env()  # OFSC_LOG=debug|info|warning
        self._settings = settings
        self._clock = clock
        self._breakers = BreakerRegistry() if settings.breaker_scope == "client" else DEFAULT_REGISTRY
        self._http, self._runner = self._connect(settings, event_hooks, transport, sleep=sleep, clock=clock)
        self._init_groups()

    #: ``transport.build_sync_client`` or its async twin; the runner class over the client it builds.
    _build_http: Callable[..., HttpClientT]
    _runner_class: Callable[..., RunnerT]

    def _connect(
        self,
        settings: Settings,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None,
        transport: TransportT | None,
        *,
        sleep: SleepT | None,
        clock: Callable[[], float] | None,
    ) -> tuple[HttpClientT, RunnerT]:
        """The httpx client with the overlay's transport stack, and the runner the facade groups call."""
        http = self._build_http(
            settings,
            event_hooks=event_hooks,
            transport=transport,
            breaker_registry=self._breakers,
            sleep=sleep,
            clock=clock,
        )
        telemetry = _observe.enable_otel() if settings.otel else None
        return http, self._runner_class(http, telemetry=telemetry)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        max_in_flight: int | None = None,
    ) -> Self:
        """A client sharing this one's pool whose calls use these options.

        ``client.with_options(retry_non_idempotent=True).core.create_activity(body=...)`` lets that POST be
        retried; ``client.with_options(max_retries=0)`` sends every request once. ``timeout`` (seconds or an
        ``httpx.Timeout``) and ``headers`` apply to every call of the returned client. Options given here are
        layered over the client's own: what is not given is kept. ``max_in_flight`` lets ``get_all_*`` with
        ``concurrency=`` hold more page requests in flight than OFSC documents for the operation (by
        default ``get_all_activities`` holds at most as many as OFSC says ``GET /activities`` serves at
        once). Invalid options raise :class:`~ofsc_overlay.errors.ConfigurationError` here.
        """
        options = CallOptions(
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            timeout=timeout,
            headers=dict(headers or {}),
            max_in_flight=max_in_flight,
        )
        return self._copy_with(self._runner.with_options(options))

    @property
    def is_closed(self) -> bool:
        """True once :meth:`close` ran (on this client or on one sharing its pool)."""
        return self._http.is_closed

    def _init_groups(self) -> None:
        self._groups: dict[str, Any] = {}

    def _group(self, name: str, module: str, class_name: str) -> Any:
        group = self._groups.get(name)
        if group is None:
            import importlib

            cls = getattr(importlib.import_module(f"ofsc_generated.facade.{module}"), class_name)
            group = self._groups[name] = cls(self._runner)
        return group

    @property
    def settings(self) -> Settings:
        """The resolved settings (secrets masked in their repr)."""
        return self._settings

    @property
    def base_url(self) -> str:
        """Where requests go, e.g. ``https://acme.fs.ocs.oraclecloud.com``."""
        return self._settings.base_url

    @property
    def http_client(self) -> HttpClientT:
        """The underlying httpx client, for callers who need to send something the catalog does not know."""
        return self._http

    @property
    def breaker(self) -> CircuitBreaker | None:
        """The circuit breaker of the Core API (``/rest/ofscCore/``) for this client (``None`` when disabled).

        ``client.breaker.state`` is ``closed``, ``open`` or ``half_open``; ``.reset()`` closes it;
        ``failure_threshold`` and ``reset_timeout`` are this client's. In the ``host`` and ``client`` scopes
        it guards every call of the client; :meth:`breaker_for` gives the one of any other path.
        """
        return self.breaker_for("/rest/ofscCore/")

    def breaker_for(self, path: str) -> CircuitBreaker | None:
        """The circuit breaker that guards requests to ``path`` (``/rest/ofscMetadata/v1/workzones``)."""
        if self._settings.breaker_failure_threshold <= 0:
            return None
        url = path if "://" in path else f"{self._settings.base_url}/{path.lstrip('/')}"
        return self._breakers.get(
            breaker_key(url, self._settings.breaker_scope),
            failure_threshold=self._settings.breaker_failure_threshold,
            reset_timeout=self._settings.breaker_reset_timeout,
            clock=self._clock or time.monotonic,
        )

    @property
    def options(self) -> CallOptions:
        """The per-call options this client applies (see :meth:`with_options`)."""
        return self._runner.options

    def __repr__(self) -> str:
        # Built from non-secret fields only: never the client secret, a token or an Authorization header.
        return mask_known(f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth_scheme()!r})")

    __str__ = __repr__

    def _auth_scheme(self) -> str:
        return self._settings.auth

    def _copy_with(self, runner: RunnerT) -> Self:
        clone = object.__new__(type(self))
        clone._settings = self._settings
        clone._clock = self._clock
        clone._breakers = self._breakers
        clone._http = self._http
        clone._runner = runner
        clone._init_groups()
        return clone


class OFSC(_ClientBase[httpx.Client, SyncRunner, httpx.BaseTransport, Callable[[float], None]]):
    """Synchronous OFSC client.

    >>> with OFSC(instance="acme", client_id="app", client_secret="...") as client:   # doctest: +SKIP
    ...     activity = client.core.get_activity(activity_id=4225599)
    ...     for zone in client.metadata.get_all_workzones(limit=100):
    ...         print(zone.work_zone_label)

    Every setting not passed here (``None``) comes from the environment (``OFSC_*``) or the ``config.toml``
    profile; see :func:`ofsc_overlay.config.resolve_settings`. ``settings=`` takes an already resolved
    :class:`~ofsc_overlay.config.Settings` instead. ``event_hooks`` and ``transport`` go to the httpx client
    (a custom ``transport`` sits below auth, retries and the circuit breaker).
    """

    _build_http = staticmethod(build_sync_client)
    _runner_class = SyncRunner

    def close(self) -> None:
        """Close the connection pool (shared with clients made by :meth:`with_options`)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def core(self) -> Core:
        """Core API (``/rest/ofscCore``): activities, resources, users, inventories, events, ..."""
        group: Core = self._group("core", "core", "Core")
        return group

    @property
    def metadata(self) -> Metadata:
        """Metadata API (``/rest/ofscMetadata``): work zones, properties, activity types, ..."""
        group: Metadata = self._group("metadata", "metadata", "Metadata")
        return group

    @property
    def capacity(self) -> Capacity:
        """Capacity API (``/rest/ofscCapacity``): capacity, quota, booking options."""
        group: Capacity = self._group("capacity", "capacity", "Capacity")
        return group

    @property
    def statistics(self) -> Statistics:
        """Statistics API (``/rest/ofscStatistics``)."""
        group: Statistics = self._group("statistics", "statistics", "Statistics")
        return group

    @property
    def parts_catalog(self) -> PartsCatalog:
        """Parts Catalog API (``/rest/ofscPartsCatalog``)."""
        group: PartsCatalog = self._group("parts_catalog", "parts_catalog", "PartsCatalog")
        return group

    @property
    def collaboration(self) -> Collaboration:
        """Collaboration API (``/rest/ofscCollaboration``)."""
        group: Collaboration = self._group("collaboration", "collaboration", "Collaboration")
        return group

    @property
    def auth(self) -> Auth:
        """OAuth token service (``/rest/oauthTokenService``)."""
        group: Auth = self._group("auth", "auth", "Auth")
        return group


class AsyncOFSC(
    _ClientBase[httpx.AsyncClient, AsyncRunner, httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]
):
    """Asynchronous OFSC client; same surface as :class:`OFSC`, with ``await`` and ``async for``.

    >>> async with AsyncOFSC(instance="acme", client_id="app", client_secret="x") as client:  # doctest: +SKIP
    ...     async for activity in client.core.get_all_activities(resources="FLUSA", concurrency=4):
    ...         ...
    """

    _build_http = staticmethod(build_async_client)
    _runner_class = AsyncRunner

    async def close(self) -> None:
        """Close the connection pool (shared with clients made by :meth:`with_options`)."""
        await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def core(self) -> AsyncCore:
        """Core API (``/rest/ofscCore``): activities, resources, users, inventories, events, ..."""
        group: AsyncCore = self._group("core", "core", "AsyncCore")
        return group

    @property
    def metadata(self) -> AsyncMetadata:
        """Metadata API (``/rest/ofscMetadata``): work zones, properties, activity types, ..."""
        group: AsyncMetadata = self._group("metadata", "metadata", "AsyncMetadata")
        return group

    @property
    def capacity(self) -> AsyncCapacity:
        """Capacity API (``/rest/ofscCapacity``): capacity, quota, booking options."""
        group: AsyncCapacity = self._group("capacity", "capacity", "AsyncCapacity")
        return group

    @property
    def statistics(self) -> AsyncStatistics:
        """Statistics API (``/rest/ofscStatistics``)."""
        group: AsyncStatistics = self._group("statistics", "statistics", "AsyncStatistics")
        return group

    @property
    def parts_catalog(self) -> AsyncPartsCatalog:
        """Parts Catalog API (``/rest/ofscPartsCatalog``)."""
        group: AsyncPartsCatalog = self._group("parts_catalog", "parts_catalog", "AsyncPartsCatalog")
        return group

    @property
    def collaboration(self) -> AsyncCollaboration:
        """Collaboration API (``/rest/ofscCollaboration``)."""
        group: AsyncCollaboration = self._group("collaboration", "collaboration", "AsyncCollaboration")
        return group

    @property
    def auth(self) -> AsyncAuth:
        """OAuth token service (``/rest/oauthTokenService``)."""
        group: AsyncAuth = self._group("auth", "auth", "AsyncAuth")
        return group
