"""The ``ofsc`` command line against the simulator over loopback HTTP.

In-process tests run :func:`ofsc_overlay.cli.app.run` inside click's stream isolation (stdin, stdout and
stderr swapped, the environment patched); the few subprocess tests run the installed ``ofsc`` entry point.
No test reads the user's own config: ``XDG_CONFIG_HOME`` points at an empty folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.cli.app import run
from ofsc_overlay.testing import Simulator

#: Every OFSC_* variable the library reads: cleared so the developer's own settings never leak in.
OFSC_VARIABLES = (
    "OFSC_INSTANCE",
    "OFSC_CLIENT_ID",
    "OFSC_CLIENT_SECRET",
    "OFSC_BASE_URL",
    "OFSC_AUTH",
    "OFSC_TOKEN",
    "OFSC_PROFILE",
    "OFSC_CONFIG",
)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    DEFAULT_REGISTRY.clear()
    yield
    DEFAULT_REGISTRY.clear()


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator(activities=60) as simulator:
        yield simulator


def sim_env(sim: Simulator, config_home: Path) -> dict[str, str | None]:
    env: dict[str, str | None] = {name: None for name in OFSC_VARIABLES}
    env.update(
        {
            "OFSC_BASE_URL": sim.base_url,
            "OFSC_INSTANCE": sim.credentials.instance,
            "OFSC_CLIENT_ID": sim.credentials.client_id,
            "OFSC_CLIENT_SECRET": sim.credentials.client_secret,
            "XDG_CONFIG_HOME": str(config_home),
        }
    )
    return env


class Invoker:
    """``ofsc ARGS`` in this process, with its own stdin, stdout, stderr and environment."""

    def __init__(self, env: Mapping[str, str | None]) -> None:
        self.env = dict(env)

    def __call__(
        self,
        *args: str,
        input: str | bytes | None = None,
        tty: bool = False,
        stdin_tty: bool = False,
        stderr_tty: bool = False,
        **env: str | None,
    ) -> Result:
        runner = CliRunner()
        with runner.isolation(input=input, env={**self.env, **env}) as (out, err, _):
            if tty:  # what a terminal on stdout changes: the default format, binary refused
                sys.stdout.isatty = lambda: True  # type: ignore[method-assign]
            if stdin_tty:  # a terminal on stdin: prompts hide the secret (click's runner feeds the input)
                sys.stdin.isatty = lambda: True  # type: ignore[method-assign]
            if stderr_tty:  # a terminal on stderr: the progress line of --all
                sys.stderr.isatty = lambda: True  # type: ignore[method-assign]
            code = run(list(args))
        raw = out.getvalue()
        return Result(code, raw.decode(errors="replace"), err.getvalue().decode(), raw)


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


def entry_point_env(sim: Simulator, config_home: Path) -> dict[str, str]:
    """A child process environment: ours, minus OFSC_* settings, plus the simulator's."""
    env = {key: value for key, value in os.environ.items() if key not in OFSC_VARIABLES}
    env.update({key: value for key, value in sim_env(sim, config_home).items() if value is not None})
    return env
