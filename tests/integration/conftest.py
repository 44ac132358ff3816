"""Integration tests: the public clients against the simulator, over real loopback HTTP.

No test sleeps for real: retry waits and the breaker's cool-down run on :class:`FakeTime`, handed to the
clients through their ``sleep=`` / ``clock=`` options.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _clients import FakeTime

from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.testing import Simulator


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
