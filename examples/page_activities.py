"""Page through one day's activities with ``get_all_activities``, with a progress counter on stderr.

Run alone against any OFSC, real or simulated, with settings from the environment::

    python examples/page_activities.py --date 2025-06-02 --resources FLUSA --limit 500
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from ofsc_overlay import OFSC


@dataclass
class PagingResult:
    count: int
    seconds: float
    by_status: Counter[str] = field(default_factory=Counter)


class Progress:
    """A counter redrawn in place on a terminal (one line at the end otherwise)."""

    def __init__(self, label: str, stream: TextIO = sys.stderr, every: int = 100) -> None:
        self.label = label
        self.stream = stream
        self.every = every
        self.count = 0
        self.live = stream.isatty()

    def step(self) -> None:
        if self.count == 0:
            sys.stdout.flush()  # keep the counter after what was printed before it
        self.count += 1
        if self.live and self.count % self.every == 0:
            self.stream.write(f"\r  {self.label}: {self.count:,}")
            self.stream.flush()

    def done(self) -> None:
        sys.stdout.flush()
        prefix = "\r" if self.live else ""
        self.stream.write(f"{prefix}  {self.label}: {self.count:,} done\n")
        self.stream.flush()


def page_activities(
    client: OFSC,
    *,
    date: str,
    resources: list[str] | None = None,
    limit: int = 100,
    progress: bool = True,
) -> PagingResult:
    """Every activity of ``date`` (under ``resources``, or the whole tree the credentials see)."""
    counter = Progress(f"activities on {date}") if progress else None
    result = PagingResult(count=0, seconds=0.0)
    started = time.perf_counter()
    for activity in client.core.get_all_activities(
        resources=resources, date_from=date, date_to=date, limit=limit
    ):
        result.count += 1
        result.by_status[activity.status or "unknown"] += 1
        if counter is not None:
            counter.step()
    result.seconds = time.perf_counter() - started
    if counter is not None:
        counter.done()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    parser.add_argument("--resources", help="comma-separated root resource ids (OFSC requires one)")
    parser.add_argument("--limit", type=int, default=100, help="page size")
    args = parser.parse_args(argv)
    resources = args.resources.split(",") if args.resources else None
    with OFSC() as client:
        result = page_activities(client, date=args.date, resources=resources, limit=args.limit)
    statuses = ", ".join(f"{status} {n}" for status, n in result.by_status.most_common())
    print(f"{result.count} activities in {result.seconds:.2f} s ({statuses})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
