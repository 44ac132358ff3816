"""The ``ofsc`` command line against the simulator over loopback HTTP.

In-process tests run :func:`ofsc_overlay.cli.app.run` inside click's stream isolation (stdin, stdout and
stderr swapped, the environment patched); the few subprocess tests run the installed ``ofsc`` entry point.
No test reads the user's own config: ``XDG_CONFIG_HOME`` points at an empty folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli_helpers import OFSC_VARIABLES, Invoker, sim_env

from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.testing import Simulator


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    DEFAULT_REGISTRY.clear()
    yield
    DEFAULT_REGISTRY.clear()


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator(activities=60) as simulator:
        yield simulator


@pytest.fixture
def ofsc(sim: Simulator, tmp_path: Path) -> Invoker:
    """``ofsc`` configured for the serving simulator through the OFSC_* variables."""
    sim.requests.clear()
    return Invoker(sim_env(sim, tmp_path / "config"))


@pytest.fixture
def ofsc_bare(tmp_path: Path) -> Invoker:
    """``ofsc`` with no settings at all (no OFSC_* variables, no config file)."""
    env: dict[str, str | None] = {name: None for name in OFSC_VARIABLES}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["HOME"] = str(tmp_path)
    return Invoker(env)
