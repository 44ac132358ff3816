"""`python -m ofsc_overlay.testing --port 8765` (also the `ofsc-simulator` command)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .server import LOOPBACK, Simulator


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ofsc-simulator", description="A local Oracle Field Service simulator."
    )
    parser.add_argument(
        "--host",
        default=LOOPBACK,
        help="address to listen on (default 127.0.0.1; e.g. 0.0.0.0 in a container sidecar: the admin "
        "endpoints have no auth, so expose it only where that is safe)",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (0: a free one)")
    parser.add_argument("--activities", type=int, default=300, help="how many activities to seed")
    parser.add_argument("--instance", default="sim")
    parser.add_argument("--client-id", default="demo-client")
    parser.add_argument("--client-secret", default="demo-secret")
    parser.add_argument("--token-lifetime", type=float, default=3600.0, help="seconds")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without credentials")
    return parser


MISSING_EXTRA = "ofsc-simulator needs the simulator extra to serve: pip install 'ofsc-overlay[simulator]'"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        import uvicorn  # noqa: F401  (the `simulator` extra)
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return 2
    simulator = Simulator(
        activities=args.activities,
        instance=args.instance,
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
        require_auth=not args.no_auth,
        host=args.host,  # loopback unless asked: the admin endpoints have no auth
        port=args.port,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    simulator.start()
    print(
        f"OFSC simulator on {simulator.base_url} "
        f"(instance={args.instance}, client_id={args.client_id}, "
        f"{len(simulator.app.contract.operations)} operations, {args.activities} activities)",
        flush=True,
    )
    stop.wait()
    simulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
