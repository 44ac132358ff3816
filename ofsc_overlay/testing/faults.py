"""Fault injection per route: latency, error status sequences (429 with Retry-After, 5xx), dropped
connections, slow bodies and token expiry. Rules are applied in the order added; randomness is
seeded so runs repeat exactly."""

from __future__ import annotations

import fnmatch
import itertools
import random
import threading
from dataclasses import dataclass, field
from typing import Any

_ids = itertools.count(1)

#: The default `times`: as many as there are `statuses`, else unlimited. `times=None` is unlimited always.
AS_MANY_AS_STATUSES = -1


@dataclass(slots=True)
class Fault:
    """One rule. `route` is a path template (`/rest/ofscCore/v1/activities/{activityId}`), a glob over
    the template or the concrete path (`*/activities*`), or `*`. `method` is an HTTP method or `*`.

    Each request the rule fires on consumes one of its `times` (None: unlimited). When `statuses` is
    given, firings answer those statuses in order (the last one repeats) and `times` defaults to their
    number: after that the route passes again. `times=None` with `statuses` answers them forever."""

    method: str = "*"
    route: str = "*"
    statuses: tuple[int, ...] = ()
    retry_after: str | None = None  # sent with 429/503 answers
    latency: float = 0.0  # seconds before answering
    drop_connection: bool = False  # close the connection without an answer
    slow_body: float = 0.0  # seconds between body chunks
    expire_tokens: bool = False  # expire every issued token before handling
    times: int | None = AS_MANY_AS_STATUSES
    probability: float = 1.0  # chance to fire (seeded)
    id: int = field(default_factory=lambda: next(_ids))
    fired: int = 0

    def __post_init__(self) -> None:
        self.method = self.method.upper()
        self.statuses = tuple(int(s) for s in self.statuses)
        if self.times == AS_MANY_AS_STATUSES:
            self.times = len(self.statuses) if self.statuses else None

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def matches(self, method: str, template: str | None, path: str) -> bool:
        if self.method not in ("*", method.upper()):
            return False
        if self.route in ("*", template, path):
            return True
        return fnmatch.fnmatchcase(template or "", self.route) or fnmatch.fnmatchcase(path, self.route)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "method": self.method,
            "route": self.route,
            "statuses": list(self.statuses),
            "retry_after": self.retry_after,
            "latency": self.latency,
            "drop_connection": self.drop_connection,
            "slow_body": self.slow_body,
            "expire_tokens": self.expire_tokens,
            "times": self.times,
            "probability": self.probability,
            "fired": self.fired,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fault:
        allowed = {
            "method", "route", "statuses", "retry_after", "latency", "drop_connection",
            "slow_body", "expire_tokens", "times", "probability",
        }  # fmt: skip
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        kwargs = dict(data)
        if "statuses" in kwargs:
            kwargs["statuses"] = tuple(kwargs["statuses"])
        if kwargs.get("retry_after") is not None:
            kwargs["retry_after"] = str(kwargs["retry_after"])
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class FaultAction:
    """What the fired rules add up to for one request."""

    latency: float = 0.0
    status: int | None = None
    retry_after: str | None = None
    drop_connection: bool = False
    slow_body: float = 0.0
    expire_tokens: bool = False


class FaultInjector:
    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._seed = seed
        self._random = random.Random(seed)

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault_id: int) -> bool:
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if f.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._random = random.Random(self._seed)

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def decide(self, method: str, template: str | None, path: str) -> FaultAction | None:
        latency, slow_body = 0.0, 0.0
        status: int | None = None
        retry_after: str | None = None
        drop = expire = False
        fired_any = False
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, template, path):
                    continue
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                step = fault.fired
                fault.fired += 1
                fired_any = True
                latency += fault.latency
                slow_body = max(slow_body, fault.slow_body)
                expire = expire or fault.expire_tokens
                if fault.drop_connection:
                    drop = True
                if fault.statuses and status is None:
                    status = fault.statuses[min(step, len(fault.statuses) - 1)]
                    retry_after = fault.retry_after
        if not fired_any:
            return None
        return FaultAction(latency, status, retry_after, drop, slow_body, expire)
