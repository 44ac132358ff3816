"""Shared helpers for the benchmarks: timing, subprocess runs, table printing, payloads."""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


def ensure_paths() -> None:
    """Make the project and the generated package importable without an install."""
    for p in (str(ROOT), str(GENERATED)):
        if p not in sys.path:
            sys.path.insert(0, p)


def subprocess_env() -> dict[str, str]:
    """Environment for child interpreters: the project and the generated package importable, as in ours."""
    env = dict(os.environ)
    extra = os.pathsep.join([str(ROOT), str(GENERATED)])
    env["PYTHONPATH"] = extra + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


@dataclass
class Row:
    """One line of the result table."""

    bench: str
    subject: str
    median_ms: float | None
    detail: str = ""
    runs: list[float] = field(default_factory=list)


@contextmanager
def simulator_process(activities: int) -> Iterator[str]:
    """The simulator in its own process (its CPU work must not compete with the client's for the GIL)."""
    command = ["-m", "ofsc_overlay.testing", "--activities", str(activities)]
    with server_process(command, "/__admin/health") as base_url:
        yield base_url


@contextmanager
def paging_server_process(users: int, activities: int) -> Iterator[str]:
    """`bench._server` in its own process: pages built on the fly, latency set with `POST /__latency`."""
    command = ["-m", "bench._server", "--users", str(users), "--activities", str(activities)]
    with server_process(command, "/__health") as base_url:
        yield base_url


@contextmanager
def server_process(args: list[str], health: str) -> Iterator[str]:
    """`python <args> --port N` in its own process, once `health` answers; its base URL."""
    import httpx

    from ofsc_overlay.testing import free_port

    port = free_port()
    command = [sys.executable, *args, "--port", str(port)]
    process = subprocess.Popen(command, cwd=str(ROOT), env=subprocess_env(), stdout=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base_url + health).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{' '.join(args)} did not start") from None
                time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


def time_call(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall times in ms of `repeat` calls of fn, after `warmup` untimed calls.

    The cyclic GC is collected before and off during each call; the result is freed after the clock stops.
    """
    for _ in range(warmup):
        fn()
    times: list[float] = []
    gc_was_enabled = gc.isenabled()
    try:
        for _ in range(repeat):
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            result = fn()
            t1 = time.perf_counter()
            del result  # freeing the result is not part of the measurement
            gc.enable()
            times.append((t1 - t0) * 1000.0)
    finally:
        if gc_was_enabled:
            gc.enable()
    return times


def alternate(
    subjects: Mapping[str, Callable[[], object]], repeat: int, warmup: int = 2
) -> dict[str, list[float]]:
    """Time each subject `repeat` times, taking turns run by run, so that machine noise hits all alike."""
    for fn in subjects.values():
        time_call(fn, repeat=0, warmup=warmup)
    times: dict[str, list[float]] = {name: [] for name in subjects}
    for _ in range(repeat):
        for name, fn in subjects.items():
            times[name] += time_call(fn, repeat=1, warmup=0)
    return times


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def run_python(code: str, python: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """Run code in a fresh interpreter with the project importable, from the project root; return stdout."""
    out = subprocess.run(
        [python or sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=dict(env) if env is not None else subprocess_env(),
        cwd=str(ROOT),
    )
    return out.stdout


def print_table(rows: Sequence[Row]) -> None:
    headers = ("benchmark", "subject", "median ms", "notes")
    cells = [
        (r.bench, r.subject, "n/a" if r.median_ms is None else f"{r.median_ms:,.1f}", r.detail) for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line)
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print(
            "  ".join(
                v.rjust(w) if i == 2 else v.ljust(w) for i, (v, w) in enumerate(zip(c, widths, strict=True))
            )
        )


# Payloads

_FIRST = ("Ana", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kara", "Luis")
_LAST = ("Smith", "Garcia", "Nguyen", "Okafor", "Rossi", "Schmidt", "Tanaka", "Walsh", "Kowalski", "Dubois")
_STREETS = (
    "Main St",
    "Oak Ave",
    "Pine Rd",
    "Maple Dr",
    "Cedar Ln",
    "Elm St",
    "Lakeview Blvd",
    "Hillcrest Way",
)
_CITIES = (
    ("Orlando", "FL", "32801", "America/New_York", "Eastern"),
    ("Tampa", "FL", "33602", "America/New_York", "Eastern"),
    ("Austin", "TX", "73301", "America/Chicago", "Central"),
    ("Denver", "CO", "80202", "America/Denver", "Mountain"),
    ("Phoenix", "AZ", "85001", "America/Phoenix", "Arizona"),
    ("Seattle", "WA", "98101", "America/Los_Angeles", "Pacific"),
)
_TYPES = ("INSTALL", "REPAIR", "UPGRADE", "DISCONNECT", "MAINTENANCE", "LU")
_STATUS = ("pending", "started", "completed", "notdone", "cancelled", "suspended", "enroute")
_SLOTS = ("08-10", "10-12", "13-15", "15-17", "all-day")
_ZONES = ("ORLANDO_N", "ORLANDO_S", "TAMPA_C", "AUSTIN_E", "DENVER_W", "PHX_C", "SEA_N")


def activity(i: int, rng: random.Random) -> dict[str, Any]:
    """One activity as GET /activities returns it (spec fields plus tenant custom properties XA_*)."""
    city, state, postal, tz_iana, tz = _CITIES[rng.randrange(len(_CITIES))]
    first, last = _FIRST[rng.randrange(len(_FIRST))], _LAST[rng.randrange(len(_LAST))]
    day = 1 + i % 28
    start_h = 8 + rng.randrange(9)
    duration = rng.choice((30, 45, 60, 90, 120))
    status = _STATUS[rng.randrange(len(_STATUS))]
    slot = _SLOTS[rng.randrange(len(_SLOTS))]
    a: dict[str, Any] = {
        "activityId": 4_100_000 + i,
        "resourceId": f"TECH_{rng.randrange(1, 400):04d}",
        "resourceInternalId": 5000 + rng.randrange(400),
        "date": f"2025-06-{day:02d}",
        "apptNumber": f"WO-{2025_00000 + i}",
        "recordType": "regular",
        "status": status,
        "activityType": _TYPES[rng.randrange(len(_TYPES))],
        "workZone": _ZONES[rng.randrange(len(_ZONES))],
        "language": "en",
        "languageISO": "en-US",
        "timeZone": tz,
        "timeZoneIANA": tz_iana,
        "resourceTimeZone": tz,
        "resourceTimeZoneIANA": tz_iana,
        "resourceTimeZoneDiff": 0,
        "timeSlot": slot,
        "duration": duration,
        "travelTime": rng.randrange(5, 60),
        "positionInRoute": 1 + i % 8,
        "points": rng.randrange(0, 100),
        "customerNumber": f"C{1_000_000 + rng.randrange(900_000)}",
        "customerName": f"{first} {last}",
        "customerPhone": f"+1 407 555 {rng.randrange(10000):04d}",
        "customerCell": f"+1 321 555 {rng.randrange(10000):04d}",
        "customerEmail": f"{first.lower()}.{last.lower()}@example.com",
        "streetAddress": f"{rng.randrange(1, 9999)} {_STREETS[rng.randrange(len(_STREETS))]}",
        "city": city,
        "stateProvince": state,
        "postalCode": postal,
        "country_code": "US",
        "latitude": round(25 + rng.random() * 20, 6),
        "longitude": round(-120 + rng.random() * 40, 6),
        "coordinateAccuracy": "house",
        "timeOfBooking": f"2025-06-{max(1, day - 3):02d} 14:{rng.randrange(60):02d}:00",
        "serviceWindowStart": f"{start_h:02d}:00:00",
        "serviceWindowEnd": f"{start_h + 2:02d}:00:00",
        "slaWindowEnd": f"2025-06-{day:02d} 23:59:00",
        "deliveryWindowStart": f"{start_h:02d}:00:00",
        "deliveryWindowEnd": f"{start_h + 1:02d}:00:00",
        "activityFlow": "default",
        # Tenant-defined custom properties: not in the spec, must survive a round trip.
        "XA_PRIORITY": rng.choice(("P1", "P2", "P3")),
        "XA_CONTRACT": f"CT-{rng.randrange(100000):05d}",
        "XA_NOTES": "Gate code 1234; dog in yard" if i % 3 == 0 else "",
        "XA_EQUIPMENT_COUNT": rng.randrange(0, 6),
    }
    if status in ("started", "completed", "notdone", "suspended"):
        a["startTime"] = f"2025-06-{day:02d} {start_h:02d}:{rng.randrange(60):02d}:00"
        a["timeOfAssignment"] = f"2025-06-{max(1, day - 1):02d} 06:00:00"
        a["firstManualOperation"] = "start"
        a["firstManualOperationUser"] = "tech.user"
    if status in ("completed", "notdone"):
        a["endTime"] = f"2025-06-{day:02d} {start_h + duration // 60 + 1:02d}:{rng.randrange(60):02d}:00"
    return a


def activities_page(n: int = 5000, seed: int = 20251223) -> dict[str, Any]:
    """A GET /activities page of n activities, built deterministically."""
    rng = random.Random(seed)
    return {
        "items": [activity(i, rng) for i in range(n)],
        "offset": 0,
        "limit": n,
        "hasMore": True,
        "totalResults": n * 3,
    }


def activities_page_json(n: int = 5000) -> bytes:
    return json.dumps(activities_page(n), separators=(",", ":")).encode()
