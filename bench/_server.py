"""A paging server for the benchmarks: pages built on the fly, a set latency per request, its own process.

`python -m bench._server --port N --users 20000 --activities 200000` serves
- `GET /rest/ofscCore/v1/users?offset=&limit=` (at most 100 a page, as OFSC): `totalResults` and `hasMore`;
- `GET /rest/ofscCore/v1/activities?offset=&limit=`: `hasMore` only, as OFSC answers it;
- `POST /__latency` with a JSON number: seconds every later API request waits before it is answered.

Each item follows from its index alone (a user is seeded by it; an activity is one of 1,000 pre-encoded
activities under its own `activityId`), so the server holds no listing however long it is, any page is the
same on every request, and serving a page costs little CPU. The latency is injected here, in the server, so
the client's wait is a real wait on a loopback socket. Authorization headers are accepted unchecked.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from bench._util import activity

USERS_PATH = "/rest/ofscCore/v1/users"
ACTIVITIES_PATH = "/rest/ofscCore/v1/activities"
USERS_MAX_LIMIT = 100
ACTIVITIES_MAX_LIMIT = 100_000

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def user(i: int) -> dict[str, Any]:
    """One user as GET /users lists it."""
    rng = random.Random(i)
    return {
        "login": f"tech.user.{i:06d}",
        "name": f"Technician {i:06d}",
        "status": "active" if rng.random() < 0.95 else "inactive",
        "userType": rng.choice(("technician", "dispatcher", "admin")),
        "language": "en",
        "timeZone": "Eastern",
        "timeZoneIANA": "America/New_York",
        "timeZoneDiff": -300,
        "dateFormat": "mm/dd/yy",
        "longDateFormat": "mm/dd/yyyy",
        "timeFormat": "12-hour",
        "weekStart": "sunday",
        "selfAssignment": rng.random() < 0.5,
        "mainResourceId": f"TECH_{i:06d}",
        "resources": [f"TECH_{i:06d}"],
        "organizationalUnit": "default",
        "createdTime": "2024-01-15 09:30:00",
        "lastUpdatedTime": "2025-05-30 17:02:11",
        "lastLoginTime": "2025-06-01 07:45:00",
        "passwordTemporary": False,
        "loginAttempts": 0,
        "XA_BADGE": f"B{100000 + i}",  # a tenant's custom property: not in the spec
    }


ACTIVITY_POOL = 1000


def _activity_tails() -> list[bytes]:
    """JSON of ACTIVITY_POOL activities without their leading `{"activityId":N,`, to be put in front of."""
    rng = random.Random(20251223)
    tails = []
    for i in range(ACTIVITY_POOL):
        item = activity(i, rng)
        del item["activityId"]
        tails.append(json.dumps(item, separators=(",", ":")).encode()[1:])
    return tails


class PagingServer:
    def __init__(self, users: int, activities: int) -> None:
        self.users, self.activities = users, activities
        self.latency = 0.0
        self.tails = _activity_tails()

    def activities_page(self, offset: int, end: int, limit: int) -> bytes:
        items = b",".join(
            b'{"activityId":%d,%s' % (4_100_000 + i, self.tails[i % ACTIVITY_POOL])
            for i in range(offset, end)
        )
        more = b"true" if end < self.activities else b"false"
        return b'{"items":[%s],"offset":%d,"limit":%d,"hasMore":%s}' % (items, offset, limit, more)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        status, payload = await self.answer(scope["method"], scope["path"], scope["query_string"], body)
        content = (
            payload if isinstance(payload, bytes) else json.dumps(payload, separators=(",", ":")).encode()
        )
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def answer(self, method: str, path: str, query: bytes, body: bytes) -> tuple[int, Any]:
        if (method, path) == ("POST", "/__latency"):
            self.latency = float(json.loads(body))
            return 200, {"latency": self.latency}
        if (method, path) == ("GET", "/__health"):
            return 200, {"status": "ok"}
        if method != "GET" or path not in (USERS_PATH, ACTIVITIES_PATH):
            return 404, {"title": "Not Found", "status": "404"}
        params = {k: v[-1] for k, v in parse_qs(query.decode()).items()}
        offset = int(params.get("offset", 0))
        if self.latency:
            await asyncio.sleep(self.latency)
        if path == USERS_PATH:
            limit = min(int(params.get("limit", USERS_MAX_LIMIT)), USERS_MAX_LIMIT)
            end = min(offset + limit, self.users)
            items = [user(i) for i in range(offset, end)]
            return 200, {
                "items": items,
                "offset": offset,
                "limit": limit,
                "hasMore": end < self.users,
                "totalResults": self.users,
            }
        limit = min(int(params.get("limit", 100)), ACTIVITIES_MAX_LIMIT)
        end = min(offset + limit, self.activities)
        return 200, self.activities_page(offset, end, limit)


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=200_000)
    args = parser.parse_args(argv)
    app = PagingServer(args.users, args.activities)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
