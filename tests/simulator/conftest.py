"""Simulator tests need the API contract the generated package ships (or $OFSC_SIMULATOR_CONTRACT)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ofsc_overlay.testing import Contract, ManualClock, Simulator, load_contract
from ofsc_overlay.testing.pytest_plugin import ofsc_simulator  # noqa: F401  (fixture)


@pytest.fixture(scope="session")
def contract() -> Contract:
    try:
        return load_contract()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        pytest.skip(f"no API contract: generate ofsc_generated or set OFSC_SIMULATOR_CONTRACT ({exc})")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sim(contract: Contract, clock: ManualClock) -> Simulator:
    """In-process simulator on a manual clock: latency and slow bodies cost no real time."""
    return Simulator(contract=contract, clock=clock, sleep=clock.sleep)


@pytest.fixture
def http(sim: Simulator) -> Iterator[object]:
    with sim.http_client() as client:
        yield client
