"""Clients on the simulator for the integration tests, optionally on fake time (no real sleeps)."""

from __future__ import annotations

from typing import Any

from ofsc_overlay import OFSC, AsyncOFSC
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


def _settings(sim: Simulator, auth: str) -> dict[str, Any]:
    return {**sim.client_settings(), "auth": auth}


def _time_options(time: FakeTime | None, *, asynchronous: bool) -> dict[str, Any]:
    if time is None:
        return {}
    return {"sleep": time.async_sleep if asynchronous else time.sleep, "clock": time}


def connect(sim: Simulator, *, time: FakeTime | None = None, auth: str = "oauth2", **options: Any) -> OFSC:
    """An ``OFSC`` client on the simulator (OAuth2), optionally on fake time."""
    return OFSC(**_settings(sim, auth), **_time_options(time, asynchronous=False), **options)


def connect_async(
    sim: Simulator, *, time: FakeTime | None = None, auth: str = "oauth2", **options: Any
) -> AsyncOFSC:
    """An ``AsyncOFSC`` client on the simulator (OAuth2), optionally on fake time."""
    return AsyncOFSC(**_settings(sim, auth), **_time_options(time, asynchronous=True), **options)
