"""Paging under the caller's control and streamed file transfers, against the simulator over loopback.

Paging: pages from ``by_page()``, ``max_items`` (the simulator's request log shows no page past it was asked
for), resuming from an offset, and the sync ``concurrency=`` (the same items, in the same order, as a
sequential walk).

Streaming: a multi-megabyte file goes up from a path and comes down with ``write_to``, sync and async, in a
client process of its own (the simulator in this process keeps the whole file, as a server does): that
process's ``tracemalloc`` peak stays well under the file's size in both directions.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from _clients import connect, connect_async

from ofsc_overlay.testing import Simulator

ACTIVITIES = "core.get_activities"


def page_requests(sim: Simulator) -> int:
    return sim.requests.count(operation=ACTIVITIES)


# --- paging -----------------------------------------------------------------------------------------------


def test_by_page_covers_the_listing_in_placed_pages(sim: Simulator) -> None:
    with connect(sim) as client:
        everything = [a.activity_id for a in client.core.get_all_activities(limit=40)]
        pages = list(client.core.get_all_activities(limit=40).by_page())
    assert [a.activity_id for page in pages for a in page.items] == everything
    assert len(everything) == 300
    assert [page.offset for page in pages] == list(range(0, 300, 40))
    assert [page.next_offset for page in pages[:-1]] == [page.offset for page in pages[1:]]
    assert pages[-1].next_offset is None and pages[-1].has_more is False


def test_max_items_requests_no_page_past_it(sim: Simulator) -> None:
    with connect(sim) as client:
        sim.requests.clear()
        activities = list(client.core.get_all_activities(limit=25, max_items=60))
        assert len(activities) == 60
        assert page_requests(sim) == 3  # 25 + 25 + 10 of the third page
        sim.requests.clear()
        activities = list(client.core.get_all_activities(limit=25, max_items=60, concurrency=4))
        assert len(activities) == 60
        assert page_requests(sim) == 3  # the read-ahead plan stops at max_items too


def test_resuming_from_an_offset_continues_the_walk(sim: Simulator) -> None:
    with connect(sim) as client:
        everything = [a.activity_id for a in client.core.get_all_activities(limit=30)]
        pages = list(client.core.get_all_activities(limit=30, max_items=45).by_page())
        assert pages[-1].next_offset == 45
        rest = [a.activity_id for a in client.core.get_all_activities(limit=30, offset=pages[-1].next_offset)]
    assert [a.activity_id for page in pages for a in page.items] + rest == everything


@pytest.mark.parametrize("concurrency", [2, 5])
def test_sync_concurrency_yields_the_sequential_walk(sim: Simulator, concurrency: int) -> None:
    with connect(sim) as client:
        sequential = [a.activity_id for a in client.core.get_all_activities(limit=20)]
        concurrent = [
            a.activity_id for a in client.core.get_all_activities(limit=20, concurrency=concurrency)
        ]
    assert concurrent == sequential and len(set(concurrent)) == 300


def test_async_by_page_and_max_items(sim: Simulator) -> None:
    async def scenario() -> tuple[list[int | None], int]:
        async with connect_async(sim) as client:
            offsets = [p.offset async for p in client.core.get_all_activities(limit=100).by_page()]
            capped = [
                a async for a in client.core.get_all_activities(limit=100, max_items=150, concurrency=3)
            ]
            return offsets, len(capped)

    offsets, capped = asyncio.run(scenario())
    assert offsets == [0, 100, 200] and capped == 150


# --- streaming, in a client process of its own ------------------------------------------------------------

SIZE = 16 * 1024 * 1024

CLIENT = textwrap.dedent(
    """
    import asyncio, json, sys, tracemalloc
    from pathlib import Path

    from ofsc_overlay import OFSC, AsyncOFSC

    settings, folder = json.loads(sys.argv[1]), Path(sys.argv[2])
    source = folder / "source.bin"
    peaks = {}

    def start():
        # The peak counts everything traced (imported modules too): what a transfer adds is above this.
        tracemalloc.reset_peak()
        return tracemalloc.get_traced_memory()[0]

    def measured(name, run):
        before = start()
        run()
        peaks[name] = tracemalloc.get_traced_memory()[1] - before

    tracemalloc.start()
    with OFSC(**settings) as client:
        client.core.get_activity(activity_id=ACTIVITY)  # connection, token and imports out of the measure
        measured("sync upload", lambda: client.core.set_activity_file_property(
            activity_id=ACTIVITY, property_label="XA_PHOTO", body=source, content_type="image/jpeg"
        ))

        def download():
            with client.core.with_streaming_response.get_activity_file_property(
                activity_id=ACTIVITY, property_label="XA_PHOTO"
            ) as streamed:
                peaks["sync bytes"] = streamed.write_to(folder / "sync.bin")

        measured("sync download", download)

    async def main():
        async with AsyncOFSC(**settings) as client:
            await client.core.get_activity(activity_id=ACTIVITY)
            before = start()
            await client.core.set_activity_file_property(
                activity_id=ACTIVITY, property_label="XA_PHOTO", body=source
            )
            peaks["async upload"] = tracemalloc.get_traced_memory()[1] - before
            before = start()
            async with client.core.with_streaming_response.get_activity_file_property(
                activity_id=ACTIVITY, property_label="XA_PHOTO"
            ) as streamed:
                peaks["async bytes"] = await streamed.write_to(folder / "async.bin")
            peaks["async download"] = tracemalloc.get_traced_memory()[1] - before

    asyncio.run(main())
    print(json.dumps(peaks))
    """
)


def run_client(sim: Simulator, folder: Path, activity: int) -> dict[str, Any]:
    settings = {**sim.client_settings(), "auth": "oauth2"}
    script = CLIENT.replace("ACTIVITY", str(activity))
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(settings), str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    peaks: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return peaks


def test_a_multi_megabyte_file_streams_both_ways_in_bounded_memory(sim: Simulator, tmp_path: Path) -> None:
    content = bytes(range(256)) * (SIZE // 256)
    (tmp_path / "source.bin").write_bytes(content)
    with connect(sim) as client:
        activity = next(iter(client.core.get_all_activities(limit=1))).activity_id
    assert activity is not None
    peaks = run_client(sim, tmp_path, int(activity))
    assert peaks["sync bytes"] == SIZE and peaks["async bytes"] == SIZE
    assert (tmp_path / "sync.bin").read_bytes() == content
    assert (tmp_path / "async.bin").read_bytes() == content
    for name in ("sync upload", "sync download", "async upload", "async download"):
        # Chunks of 64 KiB in flight, not the file: a whole-body read would peak above SIZE.
        assert peaks[name] < SIZE // 8, (name, peaks[name])
