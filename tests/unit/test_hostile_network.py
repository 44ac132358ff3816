"""A bad network after the headers: resets and stalls while the body streams in, on real loopback sockets.

A response counts only once its body is in: a failure while reading it is retried for idempotent methods
exactly like one before the headers, never for POST, and the circuit breaker counts it as a failure.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ofsc_overlay import OFSC, APIConnectionError, APITimeoutError, AsyncOFSC, CircuitOpenError
from ofsc_overlay.breaker import DEFAULT_REGISTRY

BODY = json.dumps({"activityId": 42, "status": "pending", "padding": "x" * 2000}).encode()


class ScriptedServer:
    """An HTTP/1.1 server on 127.0.0.1 that answers each request as its script says.

    ``ok``: the whole body. ``reset``: headers and part of the body, then a TCP reset. ``stall``: headers and
    part of the body, then nothing until the client gives up.
    """

    def __init__(self, script: list[str]) -> None:
        self.script = list(script)
        self.failures = sum(action != "ok" for action in script)
        self.seen: list[str] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        self._listener.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            while not self._stop.is_set():
                request = self._read_request(conn)
                if request is None:
                    return
                self.seen.append(request)
                action = self.script.pop(0) if self.script else "ok"
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(BODY)}\r\n\r\n"
                ).encode()
                if action == "ok":
                    conn.sendall(head + BODY)
                    continue
                conn.sendall(head + BODY[:100])
                if action == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                self._stop.wait()  # stall: hold the connection open until the test ends
                return

    @staticmethod
    def _read_request(conn: socket.socket) -> str | None:
        data = b""
        while b"\r\n\r\n" not in data:
            try:
                chunk = conn.recv(65536)
            except OSError:
                return None
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            rest += conn.recv(65536)
        return head.split(b"\r\n")[0].decode()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[ScriptedServer]:
    scripted = ScriptedServer(request.param)
    DEFAULT_REGISTRY.clear()
    yield scripted
    scripted.close()
    DEFAULT_REGISTRY.clear()


def options(server: ScriptedServer, **overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "instance": "acme",
        "client_id": "app",
        "client_secret": "network-secret",
        "base_url": server.base_url,
        "max_retries": 2,
        "timeout": 0.5,
        "breaker_failure_threshold": 0,
    }
    settings.update(overrides)
    return settings


def no_sleep(seconds: float) -> None:
    pass


async def no_async_sleep(seconds: float) -> None:
    pass


@pytest.mark.parametrize("server", [["reset"], ["reset", "reset"]], indirect=True)
def test_a_reset_while_the_body_streams_is_retried_for_get(server: ScriptedServer) -> None:
    with OFSC(**options(server), sleep=no_sleep) as client:
        activity = client.core.get_activity(activity_id=42)
    assert activity.activity_id == 42
    assert len(server.seen) == server.failures + 1  # each broken attempt, then the one that succeeded
    assert all(line.startswith("GET /rest/ofscCore/v1/activities/42") for line in server.seen)


@pytest.mark.parametrize("server", [["stall"]], indirect=True)
def test_a_read_timeout_while_the_body_streams_is_retried_for_get(server: ScriptedServer) -> None:
    with OFSC(**options(server, timeout=0.2), sleep=no_sleep) as client:
        raw = client.core.with_raw_response.get_activity(activity_id=42)
    assert raw.parsed.activity_id == 42
    assert len(server.seen) == 2


@pytest.mark.parametrize("server", [["reset", "reset", "reset"]], indirect=True)
def test_retries_after_mid_body_failures_are_bounded(server: ScriptedServer) -> None:
    with OFSC(**options(server), sleep=no_sleep) as client, pytest.raises(APIConnectionError):
        client.core.get_activity(activity_id=42)
    assert len(server.seen) == 3  # the first attempt and max_retries=2 more


@pytest.mark.parametrize("server", [["reset"]], indirect=True)
def test_a_post_whose_body_breaks_is_not_resent(server: ScriptedServer) -> None:
    with OFSC(**options(server), sleep=no_sleep) as client, pytest.raises(APIConnectionError):
        client.core.create_activity(body={"resourceId": "R", "activityType": "LU"})
    assert [line.split()[0] for line in server.seen] == ["POST"]


@pytest.mark.parametrize("server", [["stall"]], indirect=True)
def test_a_stalled_body_without_retries_is_a_timeout_error(server: ScriptedServer) -> None:
    with OFSC(**options(server, timeout=0.2, max_retries=0), sleep=no_sleep) as client:
        with pytest.raises(APITimeoutError):
            client.core.get_activity(activity_id=42)


@pytest.mark.parametrize("server", [["reset", "reset", "ok"]], indirect=True)
def test_the_breaker_counts_mid_body_failures(server: ScriptedServer) -> None:
    settings = options(server, max_retries=0, breaker_failure_threshold=2, breaker_reset_timeout=60)
    with OFSC(**settings, sleep=no_sleep, clock=lambda: 0.0) as client:
        for _ in range(2):
            with pytest.raises(APIConnectionError):
                client.core.get_activity(activity_id=42)
        assert client.breaker is not None and client.breaker.state.value == "open"
        with pytest.raises(CircuitOpenError):
            client.core.get_activity(activity_id=42)
    assert len(server.seen) == 2


@pytest.mark.parametrize("server", [["reset", "stall"]], indirect=True)
def test_async_retries_mid_body_failures(server: ScriptedServer) -> None:
    async def scenario() -> int:
        async with AsyncOFSC(**options(server, timeout=0.2), sleep=no_async_sleep) as client:
            activity = await client.core.get_activity(activity_id=42)
        return int(activity.activity_id)

    assert asyncio.run(scenario()) == 42
    assert len(server.seen) == 3


@pytest.mark.parametrize("server", [["reset", "reset"]], indirect=True)
def test_async_breaker_counts_mid_body_failures(server: ScriptedServer) -> None:
    settings = options(server, max_retries=0, breaker_failure_threshold=2, breaker_reset_timeout=60)

    async def scenario() -> None:
        async with AsyncOFSC(**settings, sleep=no_async_sleep, clock=lambda: 0.0) as client:
            for _ in range(2):
                with pytest.raises(APIConnectionError):
                    await client.core.get_activity(activity_id=42)
            with pytest.raises(CircuitOpenError):
                await client.core.get_activity(activity_id=42)

    asyncio.run(scenario())
    assert len(server.seen) == 2


@pytest.mark.parametrize("server", [[]], indirect=True)
def test_streaming_through_the_http_client_stays_streaming(server: ScriptedServer) -> None:
    with OFSC(**options(server)) as client:
        with client.http_client.stream("GET", "/rest/ofscCore/v1/activities/42") as response:
            assert not response.is_stream_consumed
            assert b"".join(response.iter_bytes()) == BODY
        plain = client.core.with_raw_response.get_activity(activity_id=42)
        assert plain.http_response.elapsed.total_seconds() >= 0


class _OnceStream(httpx.SyncByteStream):
    """A network stream that can be read once; a second read would block on a real socket."""

    def __init__(self, body: bytes) -> None:
        self._body: bytes | None = body

    def __iter__(self) -> Iterator[bytes]:
        if self._body is None:
            raise AssertionError("the body was read twice")
        body, self._body = self._body, None
        yield body


class _ReadingTransport(httpx.BaseTransport):
    """A bottom transport that reads each body itself, as a recording or caching transport does."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = httpx.Response(
            200, headers={"Content-Type": "application/json"}, stream=_OnceStream(b"{}")
        )
        response.read()
        return response


def test_a_body_already_read_below_the_retry_layer_is_not_read_again() -> None:
    with OFSC(
        base_url="https://t.example.com",
        instance="t",
        client_id="c",
        client_secret="s",
        auth="basic",
        transport=_ReadingTransport(),
    ) as client:
        assert client.core.get_users(limit=1).to_dict() == {}
