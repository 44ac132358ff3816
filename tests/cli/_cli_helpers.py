"""Helpers of the command-line tests: ``ofsc`` in this process, and environments pointing at a simulator."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

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


def entry_point_env(sim: Simulator, config_home: Path) -> dict[str, str]:
    """A child process environment: ours, minus OFSC_* settings, plus the simulator's."""
    env = {key: value for key, value in os.environ.items() if key not in OFSC_VARIABLES}
    env.update({key: value for key, value in sim_env(sim, config_home).items() if value is not None})
    return env
