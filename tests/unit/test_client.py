"""OFSC / AsyncOFSC: construction from settings, groups, per-call options, pool lifetime, repr, breaker."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from codegen.facade import class_base
from ofsc_overlay import (
    OFSC,
    AsyncOFSC,
    CircuitState,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    Settings,
)
from ofsc_overlay.breaker import DEFAULT_REGISTRY

BASE = "https://acme.fs.ocs.oraclecloud.com"
SECRET = "s3cr3t-value-never-shown"
HAS_FACADE = importlib.util.find_spec("ofsc_generated") is not None and (
    importlib.util.find_spec("ofsc_generated.facade") is not None
)
needs_facade = pytest.mark.skipif(
    not HAS_FACADE, reason="the generated facade (ofsc_generated.facade) is not built"
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "OFSC_INSTANCE",
        "OFSC_CLIENT_ID",
        "OFSC_CLIENT_SECRET",
        "OFSC_BASE_URL",
        "OFSC_AUTH",
        "OFSC_TOKEN",
        "OFSC_PROFILE",
        "OFSC_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    DEFAULT_REGISTRY.clear()


def make_client(**overrides: Any) -> OFSC:
    arguments: dict[str, Any] = {
        "instance": "acme",
        "client_id": "app",
        "client_secret": SECRET,
        "max_retries": 0,
    }
    arguments.update(overrides)
    return OFSC(**arguments)


def test_construction_resolves_settings() -> None:
    with make_client() as client:
        assert isinstance(client.settings, Settings)
        assert client.base_url == BASE
        assert client.settings.auth == "basic"
        assert str(client.http_client.base_url).rstrip("/") == BASE


def test_environment_supplies_missing_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFSC_INSTANCE", "from-env")
    monkeypatch.setenv("OFSC_CLIENT_ID", "env-app")
    monkeypatch.setenv("OFSC_CLIENT_SECRET", SECRET)
    with OFSC() as client:
        assert client.base_url == "https://from-env.fs.ocs.oraclecloud.com"
    with OFSC(instance="explicit") as client:
        assert client.base_url == "https://explicit.fs.ocs.oraclecloud.com"


def test_config_file_profile(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[profiles.test]\ninstance = "acme.test"\nclient_id = "app"\nclient_secret = "x"\nmax_retries = 0\n'
    )
    with OFSC(config=config, profile="test") as client:
        assert client.base_url == "https://acme.test.fs.ocs.oraclecloud.com"
        assert client.settings.max_retries == 0


def test_missing_instance_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        OFSC(client_id="app", client_secret="x")
    assert caught.value.setting == "instance"


def test_plain_http_is_refused_unless_loopback_or_allowed() -> None:
    with pytest.raises(ConfigurationError):
        make_client(base_url="http://example.com")
    with make_client(base_url="http://127.0.0.1:8765") as client:
        assert client.base_url == "http://127.0.0.1:8765"
    with make_client(base_url="http://example.com", allow_insecure=True) as client:
        assert client.base_url == "http://example.com"


def test_prebuilt_settings() -> None:
    settings = make_client().settings
    with OFSC(settings=settings) as client:
        assert client.settings is settings


def test_prebuilt_settings_are_not_mixed_with_setting_arguments() -> None:
    settings = make_client().settings
    with pytest.raises(TypeError, match=r"settings=.*\(instance, max_retries\)"):
        OFSC(settings=settings, instance="other", max_retries=2)
    with pytest.raises(TypeError, match="AsyncOFSC"):
        AsyncOFSC(settings=settings, timeout=5.0)


def test_a_client_gets_the_thresholds_it_asks_for(caplog: pytest.LogCaptureFixture) -> None:
    first, second = make_client(breaker_failure_threshold=2), make_client(breaker_failure_threshold=7)
    same = make_client(breaker_failure_threshold=2)
    with first, second, same, caplog.at_level("WARNING", logger="ofsc_overlay.breaker"):
        assert first.breaker is not None and second.breaker is not None
        assert second.breaker is not first.breaker
        assert (first.breaker.failure_threshold, second.breaker.failure_threshold) == (2, 7)
        assert same.breaker is first.breaker  # same base URL, family and thresholds: shared
    assert caplog.records == []


def test_repr_never_shows_the_secret() -> None:
    with make_client() as client:
        for text in (repr(client), str(client), repr(client.settings)):
            assert SECRET not in text
        assert repr(client) == f"OFSC(base_url={BASE!r}, auth='basic')"
    with make_client(auth="bearer", token=SECRET) as client:
        assert SECRET not in repr(client) and SECRET not in repr(client.settings)


def test_context_manager_closes_the_pool() -> None:
    with make_client() as client:
        assert not client.is_closed
    assert client.is_closed


def test_async_context_manager_closes_the_pool() -> None:
    async def main() -> AsyncOFSC:
        async with AsyncOFSC(instance="acme", client_id="app", client_secret=SECRET) as client:
            assert not client.is_closed
            assert isinstance(client.http_client, httpx.AsyncClient)
            assert SECRET not in repr(client)
        return client

    assert asyncio.run(main()).is_closed


def test_breaker_state_is_observable() -> None:
    with make_client(breaker_failure_threshold=2) as client:
        breaker = client.breaker
        assert breaker is not None and breaker.state is CircuitState.CLOSED
        assert client.breaker is breaker  # one per base URL
    with make_client(breaker_failure_threshold=0) as client:
        assert client.breaker is None


def test_with_options_shares_the_pool_and_layers_options() -> None:
    with make_client() as client:
        quick = client.with_options(max_retries=0, timeout=1.5, headers={"X-Trace": "1"})
        assert quick.http_client is client.http_client
        assert quick.options.timeout == 1.5 and quick.options.headers == {"X-Trace": "1"}
        assert client.options.timeout is None
        both = quick.with_options(retry_non_idempotent=True)
        assert both.options.retry_non_idempotent is True and both.options.timeout == 1.5


# --- groups -------------------------------------------------------------------------------------------------


class FakeGroup:
    def __init__(self, runner: Any) -> None:
        self.runner = runner


@pytest.fixture
def fake_facade(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-in facade modules, so group wiring is tested without the generated package."""
    groups = ("core", "metadata", "capacity", "statistics", "parts_catalog", "collaboration", "auth")
    classes = {group: class_base(group) for group in groups}
    for module_name, class_name in classes.items():
        module = types.ModuleType(f"ofsc_generated.facade.{module_name}")
        setattr(module, class_name, type(class_name, (FakeGroup,), {}))
        setattr(module, f"Async{class_name}", type(f"Async{class_name}", (FakeGroup,), {}))
        monkeypatch.setitem(sys.modules, module.__name__, module)


GROUPS = ["core", "metadata", "capacity", "statistics", "parts_catalog", "collaboration", "auth"]


@pytest.mark.usefixtures("fake_facade")
def test_groups_are_built_lazily_once_and_bound_to_the_runner() -> None:
    with make_client() as client:
        assert client._groups == {}
        for name in GROUPS:
            group = getattr(client, name)
            assert group is getattr(client, name)
            assert group.runner is client._runner
        assert type(client.parts_catalog).__name__ == "PartsCatalog"
        other = client.with_options(max_retries=1)
        assert other.core is not client.core and other.core.runner is other._runner


@pytest.mark.usefixtures("fake_facade")
def test_async_groups() -> None:
    async def main() -> None:
        async with AsyncOFSC(instance="acme", client_id="app", client_secret=SECRET) as client:
            for name in GROUPS:
                group = getattr(client, name)
                assert type(group).__name__.startswith("Async")
                assert group is getattr(client, name)
            assert client.with_options(timeout=2).options.timeout == 2

    asyncio.run(main())


# --- end to end through the real stack and the generated facade ---------------------------------------------


@needs_facade
@respx.mock(base_url=BASE)
def test_get_activity_end_to_end(respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/4225599").respond(
        json={"activityId": 4225599, "status": "pending", "someNewField": 1}
    )
    with make_client() as client:
        activity = client.core.get_activity(activity_id=4225599)
    assert activity.activity_id == 4225599
    assert activity.to_dict()["someNewField"] == 1
    request = route.calls.last.request
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.headers["Accept"] == "application/json"


@needs_facade
@respx.mock(base_url=BASE)
def test_errors_and_raw_responses_end_to_end(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(
        404,
        json={"type": "about:blank", "title": "Not Found", "status": "404", "detail": "Activity 1 not found"},
    )
    respx_mock.get("/rest/ofscCore/v1/activities/2").respond(json={"activityId": 2}, headers={"X-Id": "abc"})
    with make_client() as client:
        with pytest.raises(NotFoundError) as caught:
            client.core.get_activity(activity_id=1)
        assert caught.value.detail == "Activity 1 not found"
        raw = client.core.with_raw_response.get_activity(activity_id=2)
    assert raw.status_code == 200 and raw.headers["X-Id"] == "abc" and raw.parsed.activity_id == 2


@needs_facade
@respx.mock(base_url=BASE)
def test_paging_end_to_end(respx_mock: Any) -> None:
    def zones(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        items = [
            {"workZoneLabel": f"Z{n}", "status": "active"} for n in range(offset, min(offset + limit, 7))
        ]
        return httpx.Response(200, json={"items": items, "totalResults": 7, "hasMore": offset + limit < 7})

    respx_mock.get("/rest/ofscMetadata/v1/workZones").mock(side_effect=zones)
    with make_client() as client:
        labels = [zone.work_zone_label for zone in client.metadata.get_all_workzones(limit=3)]
    assert labels == [f"Z{n}" for n in range(7)]

    async def main() -> list[str]:
        async with AsyncOFSC(instance="acme", client_id="app", client_secret=SECRET) as client:
            return [
                z.work_zone_label async for z in client.metadata.get_all_workzones(limit=2, concurrency=3)
            ]

    assert asyncio.run(main()) == [f"Z{n}" for n in range(7)]


@needs_facade
@respx.mock(base_url=BASE)
def test_patch_sends_only_given_fields_end_to_end(respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/5").respond(json={"activityId": 5})
    with make_client() as client:
        client.core.update_activity(activity_id=5, body={"status": "started"})
    assert json.loads(route.calls.last.request.content) == {"status": "started"}


@needs_facade
@respx.mock(base_url=BASE)
def test_array_body_of_dicts_and_models_end_to_end(respx_mock: Any) -> None:
    # The generated request builder loops over an array body: a list of plain dicts must get through it.
    from ofsc_generated.models import ResourceWorkSkill

    route = respx_mock.post("/rest/ofscCore/v1/resources/R1/workSkills").respond(json={"items": []})
    with make_client() as client:
        client.core.set_resource_workskills(
            resource_id="R1",
            body=[{"workSkill": "FIBER", "ratio": 100}, ResourceWorkSkill(work_skill="COPPER")],
        )
    assert json.loads(route.calls.last.request.content) == [
        {"workSkill": "FIBER", "ratio": 100},
        {"workSkill": "COPPER"},
    ]


@needs_facade
@respx.mock(base_url=BASE)
def test_event_hooks_and_extra_headers_run_on_every_request(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/5").respond(json={"activityId": 5})
    seen: list[str] = []
    with make_client(
        headers={"X-Team": "field"}, event_hooks={"request": [lambda r: seen.append(r.url.path)]}
    ) as c:
        c.core.get_activity(activity_id=5)
        c.with_options(headers={"X-Call": "1"}).core.get_activity(activity_id=5)
    assert seen == ["/rest/ofscCore/v1/activities/5"] * 2
    calls = respx_mock.calls
    assert calls[0].request.headers["X-Team"] == "field" and "X-Call" not in calls[0].request.headers
    assert calls[1].request.headers["X-Call"] == "1"


class FakeTime:
    """A clock that moves only when slept on or advanced."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@needs_facade
@respx.mock(base_url=BASE)
def test_injected_sleep_and_clock_drive_retries_and_the_breaker(respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/users").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "2"}),
            httpx.Response(200, json={"items": []}),
        ]
        + [httpx.Response(500)] * 2
        + [httpx.Response(200, json={"items": []})]
    )
    fake = FakeTime()
    client = make_client(
        max_retries=1, breaker_failure_threshold=2, breaker_reset_timeout=30.0, sleep=fake.sleep, clock=fake
    )
    with client:
        client.core.get_users()
        assert fake.sleeps == [2.0] and route.call_count == 2
        for _ in range(2):
            with pytest.raises(InternalServerError):
                client.core.get_users()
        breaker = client.breaker
        assert breaker is not None and breaker.state is CircuitState.OPEN
        fake.now += 30.0  # the cool-down passes on the injected clock only
        assert client.with_options(max_retries=0).breaker is breaker
        assert breaker.state is CircuitState.HALF_OPEN
        client.core.get_users()
        assert breaker.state is CircuitState.CLOSED and route.call_count == 5


@needs_facade
@respx.mock(base_url=BASE)
def test_async_client_takes_an_async_sleep(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/users").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json={"items": []}),
        ]
    )
    fake = FakeTime()

    async def main() -> None:
        async with AsyncOFSC(
            instance="acme", client_id="app", client_secret=SECRET, sleep=fake.async_sleep, clock=fake
        ) as client:
            await client.core.get_users()

    asyncio.run(main())
    assert fake.sleeps == [3.0]


def _token(value: str) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "token_type": "Bearer", "expires_in": 3600})


@needs_facade
@respx.mock(base_url=BASE)
def test_oauth2_token_is_refreshed_ahead_of_expiry_on_the_clients_clock(respx_mock: Any) -> None:
    # No 401 anywhere: the only thing that can make the client fetch T2 is the injected clock passing the
    # refresh point (5 minutes before expiry). Real time does not move by an hour during the test.
    token_route = respx_mock.post("/rest/oauthTokenService/v2/token").mock(
        side_effect=[_token("T1"), _token("T2")]
    )
    users = respx_mock.get("/rest/ofscCore/v1/users").respond(200, json={"items": []})
    fake = FakeTime()
    with make_client(auth="oauth2", clock=fake) as client:
        client.core.get_users()
        fake.now += 3600 - 300 - 1
        client.with_options(headers={"X-Call": "1"}).core.get_users()
        assert token_route.call_count == 1
        fake.now += 1
        client.core.get_users()
    assert token_route.call_count == 2
    assert [call.request.headers["Authorization"] for call in users.calls] == ["Bearer T1"] * 2 + [
        "Bearer T2"
    ]


@needs_facade
@respx.mock(base_url=BASE)
def test_async_oauth2_token_is_refreshed_ahead_of_expiry_on_the_clients_clock(respx_mock: Any) -> None:
    token_route = respx_mock.post("/rest/oauthTokenService/v2/token").mock(
        side_effect=[_token("T1"), _token("T2")]
    )
    users = respx_mock.get("/rest/ofscCore/v1/users").respond(200, json={"items": []})
    fake = FakeTime()

    async def main() -> None:
        async with AsyncOFSC(
            instance="acme", client_id="app", client_secret=SECRET, auth="oauth2", max_retries=0, clock=fake
        ) as client:
            await client.core.get_users()
            fake.now += 3600 - 300 - 1
            await client.core.get_users()
            assert token_route.call_count == 1
            fake.now += 1
            await client.core.get_users()

    asyncio.run(main())
    assert token_route.call_count == 2
    assert [call.request.headers["Authorization"] for call in users.calls] == ["Bearer T1"] * 2 + [
        "Bearer T2"
    ]
