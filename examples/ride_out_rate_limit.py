"""Make a call that may meet ``429 Too Many Requests``: the client waits as ``Retry-After`` says and retries.

Run alone against any OFSC, real or simulated, with settings from the environment::

    python examples/ride_out_rate_limit.py
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ofsc_overlay import OFSC


@dataclass(frozen=True)
class CallResult:
    status_code: int
    seconds: float
    users: int


def ride_out_rate_limit(client: OFSC) -> CallResult:
    """List one page of users; a 429 on the way is retried after its ``Retry-After`` by the client."""
    started = time.perf_counter()
    raw = client.core.with_raw_response.get_users(limit=100)
    seconds = time.perf_counter() - started
    count = len(raw.parsed.items or []) if raw.parsed else 0
    print(f"  GET users answered {raw.status_code} after {seconds:.2f} s with {count} users")
    return CallResult(status_code=raw.status_code, seconds=seconds, users=count)


def main() -> int:
    with OFSC() as client:
        ride_out_rate_limit(client)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
