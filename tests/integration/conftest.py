"""Integration tests: the public clients against the simulator, over real loopback HTTP.

No test sleeps for real: retry waits and the breaker's cool-down run on :class:`FakeTime`, handed to the
clients through their ``sleep=`` / ``clock=`` options.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from ofsc_overlay import OFSC, AsyncOFSC
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.testing import Simulator


class FakeTime:
    """A clock that moves only when slept on or advanced; every sleep is recorded."""

    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    # Breakers are shared per origin across the process and a free port can be handed out again: start clean.
    DEFAULT_REGISTRY.clear()
    yield
    DEFAULT_REGISTRY.clear()


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(activities=300) as simulator:
        yield simulator


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def _settings(sim: Simulator, auth: str) -> dict[str, Any]:
    settings = sim.client_settings()
    return {
        "instance": settings["instance"],
        "client_id": settings["client_id"],
        "client_secret": settings["client_secret"],
        "base_url": settings["base_url"],
        "auth": auth,
    }


def _time_options(cls: type[Any], time: FakeTime | None, *, asynchronous: bool) -> dict[str, Any]:
    if time is None:
        return {}
    accepted = inspect.signature(cls).parameters
    missing = [name for name in ("sleep", "clock") if name not in accepted]
    if missing:
        pytest.fail(
            f"{cls.__name__}(...) has no {'/'.join(n + '=' for n in missing)} option: tests cannot inject "
            "the retry sleep and the clock of the breaker and token cache without sleeping for real"
        )
    return {"sleep": time.async_sleep if asynchronous else time.sleep, "clock": time}


def connect(sim: Simulator, *, time: FakeTime | None = None, auth: str = "oauth2", **options: Any) -> OFSC:
    """An ``OFSC`` client on the simulator (OAuth2), optionally on fake time."""
    return OFSC(**_settings(sim, auth), **_time_options(OFSC, time, asynchronous=False), **options)


def connect_async(
    sim: Simulator, *, time: FakeTime | None = None, auth: str = "oauth2", **options: Any
) -> AsyncOFSC:
    """An ``AsyncOFSC`` client on the simulator (OAuth2), optionally on fake time."""
    return AsyncOFSC(**_settings(sim, auth), **_time_options(AsyncOFSC, time, asynchronous=True), **options)
