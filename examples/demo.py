"""The ofsc-overlay demo (``make demo``): a local OFSC simulator, and the example scripts run against it.

Starts the simulator in this process on a free loopback port, then, through the public client with OAuth2:
lists all work zones, creates an activity and moves it, pages through one day's activities, rides out an
injected ``429`` (the client waits the 1 s ``Retry-After``), prints a short summary and stops the simulator.
Each step is an example script in this folder that also runs alone against a real OFSC.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# The example scripts live next to this file; make them importable however the demo is started.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from create_and_move_activity import create_and_move  # noqa: E402
from list_workzones import list_workzones  # noqa: E402
from page_activities import page_activities  # noqa: E402
from ride_out_rate_limit import ride_out_rate_limit  # noqa: E402

from ofsc_overlay import OFSC  # noqa: E402
from ofsc_overlay.testing import Simulator  # noqa: E402

ACTIVITIES = 5_000  # spread over five weekdays from 2025-06-02
PAGE_SIZE = 100
USERS_ROUTE = "/rest/ofscCore/v1/users"


def _step(title: str) -> None:
    print(f"\n== {title}")


def run_demo() -> int:
    started = time.perf_counter()
    print(f"Starting the OFSC simulator ({ACTIVITIES:,} activities) ...")
    with Simulator(activities=ACTIVITIES) as sim:
        print(f"Simulator serving at {sim.base_url}")
        examples = sim.example_path_params()
        day = examples["date"]
        technicians = [r["resourceId"] for r in sim.state.resources.values() if r.get("resourceType") == "PR"]

        settings = sim.client_settings()
        with OFSC(
            instance=settings["instance"],
            client_id=settings["client_id"],
            client_secret=settings["client_secret"],
            base_url=settings["base_url"],
            auth="oauth2",
        ) as client:
            _step("Authenticate with OAuth2 and list all work zones (get_all_workzones)")
            zones = list_workzones(client)

            _step("Create an activity and move it to another technician")
            moved = create_and_move(
                client, resource_id=technicians[0], to_resource_id=technicians[1], date=day
            )

            _step(f"Page through the activities of {day} ({PAGE_SIZE} per page)")
            paged = page_activities(client, date=day, limit=PAGE_SIZE)
            pages = sim.requests.count("GET", "/rest/ofscCore/v1/activities")

            _step("Ride out a rate limit: the simulator answers 429 with Retry-After: 1 once")
            before = sim.requests.count("GET", USERS_ROUTE)
            sim.add_fault(route=USERS_ROUTE, method="GET", statuses=[429], retry_after=1, times=1)
            limited = ride_out_rate_limit(client)
            attempts = sim.requests.count("GET", USERS_ROUTE) - before

        token_requests = sim.token_requests
        total_requests = sim.requests.count()

    elapsed = time.perf_counter() - started
    _step("Summary")
    print(f"  OAuth2 token requests       {token_requests}")
    print(f"  work zones                  {len(zones)}")
    print(f"  activity created and moved  {moved.activity_id}: {moved.from_resource} -> {moved.to_resource}")
    print(f"  activities of one day       {paged.count:,} on {day} in {pages} pages, {paged.seconds:.2f} s")
    print(
        f"  rate limit (429)            {attempts} requests, answered {limited.status_code} "
        f"after {limited.seconds:.1f} s"
    )
    print(f"  requests served             {total_requests}")
    print(f"  demo finished in {elapsed:.1f} s; simulator stopped")
    ok = (
        limited.status_code == 200
        and attempts == 2
        and moved.to_resource == technicians[1]
        and paged.count > 0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(run_demo())
