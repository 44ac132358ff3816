"""`Simulator`: the Python API. Serves the app with uvicorn on a loopback port in a background
thread, or hands out in-process httpx transports."""

from __future__ import annotations

import itertools
import logging
import socket
import threading
import time
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypedDict

import httpx

from .app import Receive, Scope, Send, SimulatorApp
from .auth import Credentials
from .clock import Clock, Sleep, real_sleep, system_clock
from .contract import Contract
from .errors import ConnectionDropped
from .faults import AS_MANY_AS_STATUSES, Fault
from .limits import Limits
from .request_log import RequestLog
from .seed import SeedConfig
from .state import SimulatorState
from .transport import AsyncSimulatorTransport, SimulatorTransport

if TYPE_CHECKING:
    from ofsc_overlay import OFSC, AsyncOFSC

LOOPBACK = "127.0.0.1"
AuthName = Literal["basic", "oauth2"]
_inprocess_ports = itertools.count(50_001)  # never listened on: only names an origin


class ClientSettings(TypedDict):
    """`OFSC(**settings)` arguments for a simulator; type-checks against the constructors."""

    instance: str
    client_id: str
    client_secret: str
    base_url: str
    auth: str


_DROP_MESSAGE = "ASGI callable should return None"


class _DropFilter(logging.Filter):
    """uvicorn logs an error for every connection we drop on purpose; those are not errors here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return _DROP_MESSAGE not in record.getMessage()


class _UvicornAdapter:
    """Turns `ConnectionDropped` into a closed socket with no answer. uvicorn closes the transport
    without a response when the app returns a value other than None; raising would send a 500."""

    def __init__(self, app: SimulatorApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> Any:
        try:
            await self.app(scope, receive, send)
        except ConnectionDropped:
            return "dropped"
        return None


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class Simulator:
    """A simulated OFSC instance.

    >>> with Simulator(activities=1000) as sim:          # serving on http://127.0.0.1:<free port>
    ...     sim.add_fault(route="/rest/ofscCore/v1/users", statuses=(503, 503))
    ...     httpx.get(sim.base_url + "/rest/ofscCore/v1/users", headers={"Authorization": sim.basic_auth})
    """

    def __init__(
        self,
        *,
        activities: int = 300,
        seed: SeedConfig | None = None,
        instance: str = "sim",
        client_id: str = "demo-client",
        client_secret: str = "demo-secret",
        token_lifetime: float = 3600.0,
        clock: Clock = system_clock,
        sleep: Sleep = real_sleep,
        fault_seed: int = 0,
        require_auth: bool = True,
        contract: Contract | None = None,
        host: str = LOOPBACK,
        port: int = 0,
        limits: Limits | None = None,
    ) -> None:
        self.credentials = Credentials(instance, client_id, client_secret)
        self.app = SimulatorApp(
            contract=contract,
            seed=seed or SeedConfig(activities=activities),
            credentials=self.credentials,
            token_lifetime=token_lifetime,
            clock=clock,
            sleep=sleep,
            fault_seed=fault_seed,
            require_auth=require_auth,
            limits=limits,
        )
        self.host = host
        self.port = port
        self._inprocess_port = next(_inprocess_ports)
        self._server: Any = None
        self._thread: threading.Thread | None = None

    # -- serving -----------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the simulator is not serving: call start() or use it as a context manager")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self, timeout: float = 10.0) -> Simulator:
        """Serve on `host:port` (a free port when 0) in a daemon thread; returns once it accepts."""
        import uvicorn  # the `simulator` extra; only needed to serve over a socket

        if self._server is not None:
            return self
        if self.port == 0:
            self.port = free_port(self.host)
        logging.getLogger("uvicorn.error").addFilter(_DropFilter())
        config = uvicorn.Config(
            _UvicornAdapter(self.app),
            host=self.host,
            port=self.port,
            log_level="warning",
            lifespan="off",
            access_log=False,
            http="h11",
            ws="none",
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name=f"ofsc-simulator:{self.port}", daemon=True)
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the simulator did not start on {self.host}:{self.port}")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def stop(self, timeout: float = 10.0) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- in-process transports ---------------------------------------------------------------------

    def transport(self) -> SimulatorTransport:
        """A sync httpx transport into the app (no socket). Base URL: any, e.g. http://ofsc.test."""
        return SimulatorTransport(self.app)

    def async_transport(self) -> AsyncSimulatorTransport:
        return AsyncSimulatorTransport(self.app)

    # -- auth --------------------------------------------------------------------------------------

    @property
    def basic_auth(self) -> str:
        """The Authorization header value for Basic auth with the configured credentials."""
        return self.credentials.basic_header()

    @property
    def token_requests(self) -> int:
        return self.app.tokens.token_requests

    def expire_tokens(self) -> int:
        return self.app.tokens.expire_all()

    def client_settings(self, auth: AuthName = "basic") -> ClientSettings:
        """Keyword arguments for `OFSC(**settings)` / `AsyncOFSC(**settings)` pointing at this simulator:
        its socket when serving, else an in-process address (pass `transport=sim.transport()` then)."""
        return ClientSettings(
            instance=self.credentials.instance,
            client_id=self.credentials.client_id,
            client_secret=self.credentials.client_secret,
            base_url=self.base_url if self.running else self.inprocess_url,
            auth=auth,
        )

    @property
    def inprocess_url(self) -> str:
        """The base URL in-process clients use: a loopback origin of its own, so each simulator gets its
        own circuit breaker (breakers are per origin) and no socket is ever opened."""
        return f"http://{LOOPBACK}:{self._inprocess_port}"

    # -- faults and the request log ----------------------------------------------------------------

    def add_fault(
        self,
        route: str = "*",
        method: str = "*",
        *,
        statuses: tuple[int, ...] | list[int] = (),
        retry_after: float | str | None = None,
        latency: float = 0.0,
        drop_connection: bool = False,
        slow_body: float = 0.0,
        expire_tokens: bool = False,
        times: int | None = AS_MANY_AS_STATUSES,
        probability: float = 1.0,
    ) -> Fault:
        """Add a fault rule (see `Fault`); returns it, so `fault.fired` can be inspected. `times`: how
        many requests it fires on; by default as many as `statuses`, else unlimited; None: unlimited."""
        fault = Fault(
            method=method,
            route=route,
            statuses=tuple(statuses),
            retry_after=None if retry_after is None else _retry_after_text(retry_after),
            latency=latency,
            drop_connection=drop_connection,
            slow_body=slow_body,
            expire_tokens=expire_tokens,
            times=times,
            probability=probability,
        )
        return self.app.faults.add(fault)

    def clear_faults(self) -> None:
        self.app.faults.clear()

    @property
    def requests(self) -> RequestLog:
        return self.app.requests

    # -- data --------------------------------------------------------------------------------------

    @property
    def state(self) -> SimulatorState:
        return self.app.state

    def reset(self, *, activities: int | None = None) -> None:
        """Reseed the data (optionally with another activity count); clears faults, tokens, the log."""
        seed = self.app.seed if activities is None else replace(self.app.seed, activities=activities)
        self.app.reset(seed)

    def example_path_params(self) -> dict[str, str]:
        """A valid value for each common path parameter, taken from the seeded data."""
        return _example_path_params(self.app.state)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """A plain httpx client on this simulator with Basic auth (in-process when not serving)."""
        headers = {"Authorization": self.basic_auth}
        if self.running:
            return httpx.Client(base_url=self.base_url, headers=headers, **kwargs)
        return httpx.Client(
            base_url="http://ofsc.test", headers=headers, transport=self.transport(), **kwargs
        )

    def client(self, auth: AuthName = "basic", **kwargs: Any) -> OFSC:
        """A ready `OFSC` client on this simulator, in-process (no socket, serving or not). Extra keyword
        arguments go to the constructor (`max_retries=0`, `timeout=`...)."""
        from ofsc_overlay import OFSC  # the simulator itself does not need the client

        settings = self.client_settings(auth)
        settings["base_url"] = self.inprocess_url
        return OFSC(**settings, transport=self.transport(), **kwargs)

    def async_client(self, auth: AuthName = "basic", **kwargs: Any) -> AsyncOFSC:
        """A ready `AsyncOFSC` client on this simulator, in-process."""
        from ofsc_overlay import AsyncOFSC

        settings = self.client_settings(auth)
        settings["base_url"] = self.inprocess_url
        return AsyncOFSC(**settings, transport=self.async_transport(), **kwargs)


def _retry_after_text(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


def _example_path_params(state: SimulatorState) -> dict[str, str]:
    technician = next(r for r in state.resources.values() if r.get("resourceType") == "PR")
    activity = next(iter(state.activities.values()), None)
    inventory = next(iter(state.inventories.values()), None)
    resource_id = technician["resourceId"]
    params = {
        "resourceId": resource_id,
        "login": "admin",
        "label": next(iter(state.metadata.get("workSkills", {})), "FIBER"),
        "date": str(activity.get("date")) if activity else "2025-06-02",
        "apiLabel": "coreAPI",
    }
    # Child items may have been deleted since seeding: offer one only while it exists.
    for name, items, key in (
        ("workSkill", state.resource_work_skills.get(resource_id, []), "workSkill"),
        ("workZoneItemId", state.resource_work_zones.get(resource_id, []), "workZoneItemId"),
        ("locationId", state.resource_locations.get(resource_id, []), "locationId"),
    ):
        if items:
            params[name] = str(items[0][key])
    if activity is not None:
        params["activityId"] = str(activity["activityId"])
        links = state.children.get(("activity", str(activity["activityId"]), "linkedActivities"))
        if links:
            link = links[0]
            other = link["toActivityId"] if link["fromActivityId"] == activity["activityId"] else None
            params["linkedActivityId"] = str(other if other is not None else link["fromActivityId"])
            params["linkType"] = str(link["linkType"])
    if inventory is not None:
        params["inventoryId"] = str(inventory["inventoryId"])
    schedules = state.children.get(("resource", resource_id, "workSchedules"))
    if schedules:
        params["scheduleItemId"] = str(schedules[0]["scheduleItemId"])
    file_property = next(
        (label for label, p in state.metadata.get("properties", {}).items() if p.get("type") == "file"), None
    )
    if file_property is not None:
        params["propertyLabel"] = file_property
    for (kind, owner, _), items in state.children.items():
        if kind == "routingProfile" and items:
            params["profileLabel"], params["planLabel"] = owner, str(items[0]["label"])
            break
    service_request = next(iter(state.service_requests), None)
    if service_request is not None:
        params["requestId"] = str(service_request)
    download = next((key[2] for key in state.documents if key[0] == "populate"), None)
    if download is not None:
        params["downloadId"] = download
    chat = next(iter(state.chats), None)
    if chat is not None:
        params["chatId"] = str(chat)
    subscription = next(iter(state.subscriptions), None)
    if subscription is not None:
        params["subscriptionId"] = subscription
    return params
