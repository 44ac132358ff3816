"""OFSC-style error responses (`type`, `title`, `status` as a string, `detail`)."""

from __future__ import annotations

from typing import Any

# OFSC points `type` at the HTTP spec section of the status.
_TYPE_URL = "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.{n}"
_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Request Entity Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def error_body(status: int, detail: str, title: str | None = None) -> dict[str, Any]:
    section = status - 399 if 400 <= status < 500 else status - 499
    return {
        "type": _TYPE_URL.format(n=section),
        "title": title or _TITLES.get(status, "Error"),
        "status": str(status),
        "detail": detail,
    }


class SimulatorHTTPError(Exception):
    """Raised anywhere while handling a request; the app turns it into an OFSC error response."""

    def __init__(
        self, status: int, detail: str, *, title: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail
        self.title = title
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.detail, self.title)


def not_found(what: str) -> SimulatorHTTPError:
    return SimulatorHTTPError(404, f"{what} not found")


def conflict(detail: str) -> SimulatorHTTPError:
    return SimulatorHTTPError(409, detail)


def bad_request(detail: str) -> SimulatorHTTPError:
    return SimulatorHTTPError(400, detail)


class ConnectionDropped(Exception):
    """Raised by the app to close the connection without any answer (fault injection)."""
