"""Every request the simulator saw, so tests can assert exact counts per route."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    method: str
    path: str
    route: str | None  # the path template it matched, if any
    operation: str | None  # "group.name"
    query: str
    status: int | None  # None when the connection was dropped

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "route": self.route,
            "operation": self.operation,
            "query": self.query,
            "status": self.status,
        }


class RequestLog:
    def __init__(self) -> None:
        self._entries: list[LoggedRequest] = []
        self._lock = threading.Lock()

    def record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    @property
    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def count(self, method: str | None = None, route: str | None = None, operation: str | None = None) -> int:
        """Requests matching all given filters (`route` compares with the template or the path)."""
        return sum(
            1
            for e in self.entries
            if (method is None or e.method == method.upper())
            and (route is None or route in (e.route, e.path))
            and (operation is None or e.operation == operation)
        )

    def counts(self) -> dict[str, int]:
        """Requests per `METHOD template` (the raw path when nothing matched)."""
        return dict(Counter(f"{e.method} {e.route or e.path}" for e in self.entries))
