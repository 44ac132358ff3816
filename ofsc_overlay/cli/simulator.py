"""``ofsc simulator``: the local OFSC simulator on a port, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType

import click

from ..config import is_loopback_host
from .errors import CliError

__all__ = ["simulator"]


@click.command("simulator")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="0: a free port."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--activities", type=click.IntRange(min=0), default=300, show_default=True, help="Activities seeded."
)
def simulator(port: int, host: str, activities: int) -> None:
    """Run the local OFSC simulator (instance sim, client id demo-client, secret demo-secret)."""
    from ..testing import Simulator

    if not is_loopback_host(host):
        # The admin endpoints (faults, reset, request log) have no auth.
        click.echo(
            f"ofsc: warning: serving on {host}: anyone who can reach it can use the admin endpoints", err=True
        )
    sim = Simulator(activities=activities, host=host, port=port)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            sim.start()
        except (RuntimeError, OSError) as exc:
            raise CliError(f"the simulator cannot serve on {host}:{port}: {exc}") from None
        creds = sim.credentials
        click.echo(
            f"OFSC simulator on {sim.base_url} (instance={creds.instance}, client_id={creds.client_id}, "
            f"{activities} activities)"
        )
        sys.stdout.flush()
        stop.wait()
    finally:
        sim.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
