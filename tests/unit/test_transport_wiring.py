"""What the caller gives build_async_client and the settings' retry caps reach the layers that use them."""

from __future__ import annotations

import asyncio
import re
import ssl
from pathlib import Path

import certifi
import httpx
import pytest

from ofsc_overlay.auth import BearerToken
from ofsc_overlay.breaker import BreakerRegistry, CircuitState
from ofsc_overlay.config import Settings, resolve_settings
from ofsc_overlay.errors import CircuitOpenError
from ofsc_overlay.transport import _transport_options, build_async_client, build_sync_client

BASE = "https://acme.fs.ocs.oraclecloud.com"
PATH = "/rest/ofscCore/v1/activities/1"


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"instance": "acme", "client_id": "cid", "client_secret": "s3cr3t", "env": {}}
    values.update(overrides)
    return resolve_settings(**values)  # type: ignore[arg-type]


def test_the_async_client_uses_the_given_registry_clock_headers_and_auth() -> None:
    statuses = [500, 500, 200]
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(statuses.pop(0))

    registry = BreakerRegistry()
    now = [0.0]

    async def main() -> None:
        async with build_async_client(
            settings(breaker_failure_threshold=2, breaker_reset_timeout=10, max_retries=0),
            transport=httpx.MockTransport(server),
            headers={"X-Call": "7"},
            auth=BearerToken("mine"),
            breaker_registry=registry,
            clock=lambda: now[0],
        ) as client:
            await client.get(PATH)
            await client.get(PATH)
            with pytest.raises(CircuitOpenError):
                await client.get(PATH)
            now[0] = 10.0  # the injected clock, not the machine's, ends the open period
            assert (await client.get(PATH)).status_code == 200

    asyncio.run(main())
    breaker = registry.for_url(BASE + PATH)  # the caller's registry holds the breaker the client used
    assert breaker is not None and breaker.state is CircuitState.CLOSED
    assert len(seen) == 3
    assert all(r.headers["X-Call"] == "7" and r.headers["Authorization"] == "Bearer mine" for r in seen)


def test_the_backoff_is_capped_at_the_backoff_max_setting() -> None:
    statuses = [503, 200]
    sleeps: list[float] = []
    client = build_sync_client(
        settings(backoff_factor=100, backoff_max=0.5),
        transport=httpx.MockTransport(lambda request: httpx.Response(statuses.pop(0))),
        breaker_registry=BreakerRegistry(),
        sleep=sleeps.append,
    )
    with client:
        assert client.get(PATH).status_code == 200
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 0.5  # the default cap (8 s) would wait at least 6 s


def test_a_retry_after_is_capped_at_the_retry_after_max_setting() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "300"}), httpx.Response(200)]
    sleeps: list[float] = []
    client = build_sync_client(
        settings(retry_after_max=5),
        transport=httpx.MockTransport(lambda request: answers.pop(0)),
        breaker_registry=BreakerRegistry(),
        sleep=sleeps.append,
    )
    with client:
        assert client.get(PATH).status_code == 200
    assert sleeps == [5.0]  # the default cap would wait 60 s


def test_the_backoff_follows_the_backoff_factor_setting() -> None:
    statuses = [503, 200]
    sleeps: list[float] = []
    client = build_sync_client(
        settings(backoff_factor=2.0, backoff_max=100),
        transport=httpx.MockTransport(lambda request: httpx.Response(statuses.pop(0))),
        breaker_registry=BreakerRegistry(),
        sleep=sleeps.append,
    )
    with client:
        assert client.get(PATH).status_code == 200
    assert len(sleeps) == 1 and 1.5 <= sleeps[0] <= 2.0  # 2.0 less up to a quarter of jitter (default: 0.5)


def test_the_request_log_times_with_the_given_clock(caplog: pytest.LogCaptureFixture) -> None:
    readings = iter([10.0, 10.25])  # the breaker is off: only the log line reads the clock
    client = build_sync_client(
        settings(breaker_failure_threshold=0),
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
        clock=lambda: next(readings),
    )
    with client, caplog.at_level("INFO", logger="ofsc_overlay"):
        assert client.get(PATH).status_code == 200
    assert [r.getMessage() for r in caplog.records] == [f"GET {PATH} -> 200 (250.0 ms, attempt 1)"]


def test_a_verify_path_loads_that_ca_file_only(tmp_path: Path) -> None:
    first = re.search(
        r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\n",
        Path(certifi.where()).read_text(encoding="ascii"),
        re.S,
    )
    assert first is not None
    cafile = tmp_path / "one-ca.pem"
    cafile.write_text(first.group(0), encoding="ascii")
    context = _transport_options(settings(verify=str(cafile)))["verify"]
    assert isinstance(context, ssl.SSLContext)
    expected = ssl.create_default_context(cadata=first.group(0)).get_ca_certs()
    assert context.get_ca_certs() == expected and len(expected) == 1
