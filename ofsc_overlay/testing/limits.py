"""The limits OFSC's spec sets and the simulator enforces, so users meet them before production:
GET /activities serves at most 3 requests at once per instance and queues up to 10 more for at most
30 s (the spec gives no status beyond that: the simulator answers 429 with OFSC's error body and a
`Retry-After`), and bulk request bodies over 5 MB get 413."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from dataclasses import dataclass

from .clock import Sleep
from .contract import OperationSpec
from .errors import SimulatorHTTPError

ACTIVITIES_PATH = "/rest/ofscCore/v1/activities"
BULK_BODY_LIMIT = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What the simulator enforces; the defaults are OFSC's documented values. `queue_sleep` waits out
    `queue_timeout` (None: the simulator's own `sleep`), so tests can expire a queue without waiting."""

    activities_in_flight: int = 3
    activities_queued: int = 10
    queue_timeout: float = 30.0
    retry_after: int = 5  # seconds, sent with the 429
    bulk_body_bytes: int = BULK_BODY_LIMIT
    queue_sleep: Sleep | None = None


def is_bulk(op: OperationSpec) -> bool:
    """Operations that take many records in one body: the `bulk*` custom actions and the collection-wide
    PUT / PATCH of metadata (work zones, work skill conditions...)."""
    if "bulk" in op.path.lower() or "bulk" in op.name.lower():
        return True
    last = op.path.rstrip("/").rsplit("/", 1)[-1]
    return op.method in ("PUT", "PATCH") and op.path.startswith("/rest/ofscMetadata/") and "{" not in last


def too_many(detail: str, retry_after: int) -> SimulatorHTTPError:
    return SimulatorHTTPError(429, detail, headers={"Retry-After": str(retry_after)})


class ConcurrencyGate:
    """At most `in_flight` holders; up to `queued` more wait in order for at most `timeout` seconds; any
    other request is refused with 429 at once. Safe across threads and event loops (each in-process
    transport runs its own loop): a released slot is handed straight to the oldest waiter."""

    def __init__(self, in_flight: int, queued: int, timeout: float, retry_after: int, sleep: Sleep) -> None:
        self.in_flight, self.queued, self.timeout = in_flight, queued, timeout
        self.retry_after = retry_after
        self._sleep = sleep
        self._lock = threading.Lock()
        self._active = 0
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()
        self.rejected = 0  # requests answered 429, for tests and the admin view

    @property
    def active(self) -> int:
        return self._active

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._active < self.in_flight and not self._waiters:
                self._active += 1
                return
            if len(self._waiters) >= self.queued:
                self.rejected += 1
                raise too_many(
                    f"Too many concurrent requests: at most {self.in_flight} are served and "
                    f"{self.queued} queued at once",
                    self.retry_after,
                )
            waiter: asyncio.Future[None] = loop.create_future()
            entry = (loop, waiter)
            self._waiters.append(entry)
        timer = asyncio.ensure_future(self._sleep(self.timeout))
        try:
            await asyncio.wait({waiter, timer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
        with self._lock:
            if entry in self._waiters:  # not handed a slot in time
                self._waiters.remove(entry)
                self.rejected += 1
                raise too_many(
                    f"The request waited {self.timeout:g} s in the queue without being served",
                    self.retry_after,
                )
        # Handed a slot (perhaps just as the timer fired): it is ours, counted by the releaser.

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                loop, waiter = self._waiters.popleft()  # the slot passes on: `_active` is unchanged
                loop.call_soon_threadsafe(_grant, waiter)
            else:
                self._active -= 1


def _grant(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


class Enforcer:
    """The limits of one simulated instance."""

    def __init__(self, limits: Limits, sleep: Sleep) -> None:
        self.limits = limits
        self.activities = ConcurrencyGate(
            limits.activities_in_flight,
            limits.activities_queued,
            limits.queue_timeout,
            limits.retry_after,
            limits.queue_sleep or sleep,
        )

    def gate_for(self, op: OperationSpec | None) -> ConcurrencyGate | None:
        if op is not None and op.method == "GET" and op.path == ACTIVITIES_PATH:
            return self.activities
        return None

    def check_body(self, op: OperationSpec, body: bytes) -> None:
        limit = self.limits.bulk_body_bytes
        if is_bulk(op) and len(body) > limit:
            raise SimulatorHTTPError(
                413, f"The body is {len(body)} bytes: bulk requests take at most {limit}"
            )
