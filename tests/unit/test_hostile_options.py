"""Invalid per-call options raise ConfigurationError where they are given, not deep in a transport later."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ofsc_overlay import OFSC, AsyncOFSC, ConfigurationError

BASE = "https://acme.fs.ocs.oraclecloud.com"


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(sent: list[httpx.Request]) -> Iterator[OFSC]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"activityId": 1})

    with OFSC(
        instance="acme",
        client_id="app",
        client_secret="options-secret",
        transport=httpx.MockTransport(handler),
    ) as client:
        yield client


@pytest.mark.parametrize(
    ("options", "setting"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": "3"}, "max_retries"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": math.nan}, "timeout"),
        ({"timeout": math.inf}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": httpx.Timeout(5, read=-1)}, "timeout"),
        ({"timeout": httpx.Timeout(5, connect=-0.5)}, "timeout"),
        ({"headers": {"X-Test": "a\r\nInjected: 1"}}, "headers"),
        ({"headers": {"X-Bad\n": "v"}}, "headers"),
        ({"headers": {"": "v"}}, "headers"),
        ({"headers": {"X:Y": "v"}}, "headers"),
        ({"headers": {"X-Number": 5}}, "headers"),
    ],
)
def test_invalid_options_fail_at_with_options(
    client: OFSC, sent: list[httpx.Request], options: dict[str, Any], setting: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client.with_options(**options)
    assert caught.value.setting == setting
    assert sent == []


@pytest.mark.parametrize(
    "options",
    [
        {"max_retries": 0},
        {"timeout": 2.5},
        {"timeout": httpx.Timeout(5, pool=None)},
        {"headers": {"X-Trace": "abc def"}},
    ],
)
def test_valid_options_are_applied(client: OFSC, sent: list[httpx.Request], options: dict[str, Any]) -> None:
    assert client.with_options(**options).core.get_activity(activity_id=1).activity_id == 1
    assert len(sent) == 1


def test_async_with_options_checks_too() -> None:
    async def scenario() -> None:
        async with AsyncOFSC(instance="acme", client_id="app", client_secret="options-secret") as client:
            with pytest.raises(ConfigurationError):
                client.with_options(max_retries=-1)
            with pytest.raises(ConfigurationError):
                client.with_options(timeout=-0.1)

    asyncio.run(scenario())


@pytest.mark.parametrize("headers", [{"X-Test": "a\r\nInjected: 1"}, {"X\nY": "v"}, {"X:Y": "v"}, {"": "v"}])
def test_client_headers_with_control_characters_are_a_configuration_error(headers: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError) as caught:
        OFSC(instance="acme", client_id="app", client_secret="options-secret", headers=headers)
    assert caught.value.setting == "headers"


@pytest.mark.parametrize(
    ("timeout", "reason"),
    [
        ("5", "timeout must be a number of seconds or an httpx.Timeout, not str."),
        (True, "timeout must be a number of seconds or an httpx.Timeout, not bool."),
        (0, "timeout must be a positive, finite number of seconds, not 0."),
        (math.inf, "timeout must be a positive, finite number of seconds, not inf."),
        (httpx.Timeout(5, read=-1.0), "timeout must be a positive, finite number of seconds, not -1.0."),
    ],
)
def test_a_refused_timeout_says_why_and_where_to_set_it(client: OFSC, timeout: Any, reason: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client.with_options(timeout=timeout)
    assert (caught.value.reason, caught.value.setting, caught.value.sources) == (
        reason,
        "timeout",
        ("with_options(...)",),
    )
    assert str(caught.value) == f"{reason} Set it with with_options(...)."


@pytest.mark.parametrize(
    ("options", "setting", "reason"),
    [
        ({"max_retries": -1}, "max_retries", "max_retries must be a non-negative integer, not -1."),
        ({"max_in_flight": 0}, "max_in_flight", "max_in_flight must be a positive integer, not 0."),
        ({"headers": {5: "v"}}, "headers", "headers must map str to str, not int to str."),
        ({"headers": {"X-Number": 5}}, "headers", "headers must map str to str, not str to int."),
        (
            {"headers": {"X:Y": "v"}},
            "headers",
            "header 'X:Y' has an empty name, a ':' in its name or control characters (CR, LF, ...).",
        ),
    ],
)
def test_a_refused_option_says_why_and_where_to_set_it(
    client: OFSC, options: dict[str, Any], setting: str, reason: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client.with_options(**options)
    assert (caught.value.reason, caught.value.setting, caught.value.sources) == (
        reason,
        setting,
        ("with_options(...)",),
    )


def test_a_timeout_under_one_second_is_accepted(client: OFSC, sent: list[httpx.Request]) -> None:
    assert client.with_options(timeout=0.5).options.timeout == 0.5
    assert client.with_options(timeout=httpx.Timeout(0.25)).core.get_activity(activity_id=1).activity_id == 1
    assert len(sent) == 1
