"""pytest fixtures for the simulator, registered through the `pytest11` entry point: installing
ofsc-overlay makes them available in any test suite (no conftest.py needed).

- `ofsc_simulator`: a `Simulator` serving on a free loopback port for one test (`.base_url`, `.state`).
- `ofsc_simulator_inprocess`: a `Simulator` that is not serving (in-process transports only).
- `ofsc_client`: an `OFSC` client (OAuth2) on `ofsc_simulator`, in-process: no socket, same data.
- `ofsc_async_client`: the same as an `AsyncOFSC`; use it from an async test (any async test runner)
  or drive it with `asyncio.run(...)` from a plain test.
- `ofsc_http_client`: an `OFSC` client (OAuth2) on `ofsc_simulator` over real HTTP.

Every test starts and ends with fresh process-wide client state: the circuit breakers shared by all
clients of a base URL are cleared, so a breaker one test trips never fails the next one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .server import Simulator

if TYPE_CHECKING:
    from ofsc_overlay import OFSC, AsyncOFSC


def reset_client_state() -> None:
    """Clear every piece of process-wide client state (today: every circuit breaker of the process)."""
    try:
        from ofsc_overlay.breaker import reset_breakers
    except ImportError:  # the simulator without the client: nothing to reset
        return
    reset_breakers()


@pytest.fixture(autouse=True)
def _ofsc_fresh_client_state() -> Iterator[None]:
    reset_client_state()
    yield
    reset_client_state()


@pytest.fixture
def ofsc_simulator() -> Iterator[Simulator]:
    with Simulator() as simulator:
        yield simulator


@pytest.fixture
def ofsc_simulator_inprocess() -> Simulator:
    return Simulator()


@pytest.fixture
def ofsc_client(ofsc_simulator: Simulator) -> Iterator[OFSC]:
    with ofsc_simulator.client("oauth2") as client:
        yield client


@pytest.fixture
def ofsc_async_client(ofsc_simulator: Simulator) -> Iterator[AsyncOFSC]:
    client = ofsc_simulator.async_client("oauth2")
    yield client
    asyncio.run(client.aclose())  # the in-process transport holds no connection tied to a loop


@pytest.fixture
def ofsc_http_client(ofsc_simulator: Simulator) -> Iterator[OFSC]:
    from ofsc_overlay import OFSC

    with OFSC(**ofsc_simulator.client_settings("oauth2")) as client:
        yield client
