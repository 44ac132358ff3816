"""pytest fixtures for the simulator. Enable with `pytest_plugins = ["ofsc_overlay.testing.pytest_plugin"]`
in a root conftest.py (or import the fixtures you need).

- `ofsc_simulator`: a `Simulator` serving on a free loopback port for one test.
- `ofsc_simulator_inprocess`: a `Simulator` that is not serving; use `.transport()` / `.client()`.
- `ofsc_client`: an `ofsc_overlay.OFSC` client connected to `ofsc_simulator`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .server import Simulator


@pytest.fixture
def ofsc_simulator() -> Iterator[Simulator]:
    with Simulator() as simulator:
        yield simulator


@pytest.fixture
def ofsc_simulator_inprocess() -> Simulator:
    return Simulator()


@pytest.fixture
def ofsc_client(ofsc_simulator: Simulator) -> Iterator[Any]:
    try:
        from ofsc_overlay import OFSC  # imported lazily: the simulator does not need the client
    except ImportError as exc:  # e.g. the generated package is missing from a partial install
        pytest.skip(f"ofsc_overlay.OFSC is not available: {exc}")
    settings = ofsc_simulator.client_settings()
    client = OFSC(
        instance=settings["instance"],
        client_id=settings["client_id"],
        client_secret=settings["client_secret"],
        base_url=settings["base_url"],
        auth="oauth2",
    )
    with client:
        yield client
