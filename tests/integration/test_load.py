"""Load: many concurrent calls on one cold ``AsyncOFSC`` share a single OAuth2 token request."""

from __future__ import annotations

import asyncio
from typing import Any

from _clients import connect_async

from ofsc_overlay.testing import Simulator

CALLS = 500


def test_500_concurrent_calls_one_token_request_no_errors(sim: Simulator) -> None:
    ids = sorted(sim.state.activities)

    async def run() -> list[Any]:
        async with connect_async(sim) as client:
            calls = [client.core.get_activity(activity_id=ids[i % len(ids)]) for i in range(CALLS)]
            return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(run())
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    assert [r.activity_id for r in results] == [ids[i % len(ids)] for i in range(CALLS)]
    assert sim.token_requests == 1
    assert sim.requests.count("GET", "/rest/ofscCore/v1/activities/{activityId}") == CALLS
