"""Breaker scopes through the public clients: family by default, host, client; thresholds; reset_breakers."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from typing import Any

import httpx
import pytest

import ofsc_overlay
from ofsc_overlay import OFSC, AsyncOFSC, CircuitOpenError, CircuitState, InternalServerError
from ofsc_overlay.config import ENV_VARS

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ofsc_generated.facade") is None,
    reason="the generated facade (ofsc_generated.facade) is not built",
)

BASE = "https://acme.fs.ocs.oraclecloud.com"


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    for name in ENV_VARS.values():
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    ofsc_overlay.reset_breakers()
    yield
    ofsc_overlay.reset_breakers()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """503 for every path under ``failing``, a small JSON answer for the rest; counts what it receives."""

    def __init__(self, failing: str) -> None:
        self.failing = failing
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path.startswith(self.failing):
            return httpx.Response(503, json={"title": "Service Unavailable"})
        if "/activities/" in request.url.path:
            return httpx.Response(200, json={"activityId": 7, "status": "pending"})
        return httpx.Response(200, json={"items": [], "hasMore": False})


def client(server: Server, clock: Clock, **overrides: Any) -> OFSC:
    arguments: dict[str, Any] = {
        "instance": "acme",
        "client_id": "app",
        "client_secret": "secret",
        "max_retries": 0,
        "breaker_failure_threshold": 2,
        "breaker_reset_timeout": 30.0,
        "transport": httpx.MockTransport(server),
        "clock": clock,
    }
    arguments.update(overrides)
    return OFSC(**arguments)


def fail_metadata_twice(api: OFSC) -> None:
    for _ in range(2):
        with pytest.raises(InternalServerError):
            api.metadata.get_workzones()


def test_family_scope_is_the_default_and_a_failing_family_does_not_block_another() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock) as api:
        assert api.settings.breaker_scope == "family"
        fail_metadata_twice(api)
        with pytest.raises(CircuitOpenError) as info:
            api.metadata.get_workzones()
        assert info.value.breaker == "https://acme.fs.ocs.oraclecloud.com:443/rest/ofscMetadata/"
        assert api.core.get_activity(activity_id=7).activity_id == 7  # ofscCore is another family
        metadata = api.breaker_for("/rest/ofscMetadata/v1/workzones")
        assert metadata is not None and metadata.state is CircuitState.OPEN
        assert api.breaker is not None and api.breaker.state is CircuitState.CLOSED
    assert server.paths.count("/rest/ofscMetadata/v1/workZones") == 2  # the third call was never sent


def test_users_and_activities_share_the_core_family() -> None:
    server, clock = Server("/rest/ofscCore/v1/users"), Clock()
    with client(server, clock) as api:
        for _ in range(2):
            with pytest.raises(InternalServerError):
                api.core.get_users()
        with pytest.raises(CircuitOpenError):  # same family (ofscCore): the family breaker is open
            api.core.get_activity(activity_id=7)
        assert api.metadata.get_workzones() is not None  # another family still flows


def test_host_scope_blocks_every_family() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock, breaker_scope="host") as api:
        fail_metadata_twice(api)
        with pytest.raises(CircuitOpenError) as info:
            api.core.get_activity(activity_id=7)
        assert info.value.breaker == "https://acme.fs.ocs.oraclecloud.com:443"
        assert api.breaker is api.breaker_for("/rest/ofscMetadata/")


def test_client_scope_is_shared_with_no_other_client() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock, breaker_scope="client") as mine, client(server, clock) as other:
        fail_metadata_twice(mine)
        with pytest.raises(CircuitOpenError):
            mine.core.get_activity(activity_id=7)  # one breaker for all of this client's calls
        with pytest.raises(CircuitOpenError):
            mine.with_options(timeout=3).core.get_activity(activity_id=7)  # ...and its with_options copies
        assert other.core.get_activity(activity_id=7).activity_id == 7
        with pytest.raises(InternalServerError):
            other.metadata.get_workzones()  # not blocked by mine: it reaches the server
        assert mine.breaker is not other.breaker
        assert mine.breaker is not None and mine.breaker.state is CircuitState.OPEN


def test_client_scope_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFSC_BREAKER_SCOPE", "Client")
    server, clock = Server("/none/"), Clock()
    with client(server, clock) as first, client(server, clock) as second:
        assert first.settings.breaker_scope == "client"
        assert first.breaker is not second.breaker


def test_a_client_with_its_own_thresholds_gets_its_own_breaker() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock) as strict, client(server, clock, breaker_failure_threshold=5) as lenient:
        fail_metadata_twice(strict)
        with pytest.raises(CircuitOpenError):
            strict.metadata.get_workzones()
        for _ in range(5):  # its own threshold applies, on its own breaker
            with pytest.raises(InternalServerError):
                lenient.metadata.get_workzones()
        with pytest.raises(CircuitOpenError):
            lenient.metadata.get_workzones()
        lenient_breaker = lenient.breaker_for("/rest/ofscMetadata/")
        assert lenient_breaker is not None and lenient_breaker.failure_threshold == 5


def test_cool_down_follows_the_injected_clock_then_a_probe_closes() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock) as api:
        fail_metadata_twice(api)
        clock.now += 29.0
        with pytest.raises(CircuitOpenError):
            api.metadata.get_workzones()
        clock.now += 1.0
        server.failing = "/none/"
        assert api.metadata.get_workzones() is not None  # the probe
        breaker = api.breaker_for("/rest/ofscMetadata/")
        assert breaker is not None and breaker.state is CircuitState.CLOSED


def test_reset_breakers_lets_calls_through_again() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()
    with client(server, clock) as api, client(server, clock, breaker_scope="client") as own:
        fail_metadata_twice(api)
        fail_metadata_twice(own)
        held = api.breaker_for("/rest/ofscMetadata/")
        ofsc_overlay.reset_breakers()
        assert held is not None and held.state is CircuitState.CLOSED
        server.failing = "/none/"
        assert api.metadata.get_workzones() is not None
        assert own.metadata.get_workzones() is not None


def test_async_client_family_scope() -> None:
    server, clock = Server("/rest/ofscMetadata/"), Clock()

    async def main() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret="secret",
            max_retries=0,
            breaker_failure_threshold=1,
            transport=httpx.MockTransport(server),
            clock=clock,
        ) as api:
            with pytest.raises(InternalServerError):
                await api.metadata.get_workzones()
            with pytest.raises(CircuitOpenError):
                await api.metadata.get_workzones()
            assert (await api.core.get_activity(activity_id=7)).activity_id == 7

    asyncio.run(main())


def test_invalid_scope_is_a_configuration_error() -> None:
    with pytest.raises(ofsc_overlay.ConfigurationError, match="breaker_scope.*'host', 'family', 'client'"):
        client(Server("/none/"), Clock(), breaker_scope="process")
