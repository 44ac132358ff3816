"""The simulator as a raw ASGI application: routing, faults, auth, validation, then a stateful
handler or a body synthesized from the contract."""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from .admin import handle_admin
from .answers import SynthesizedAnswers
from .auth import Credentials, TokenService
from .clock import Clock, Sleep, real_sleep, system_clock
from .contract import Contract, OperationSpec, load_contract
from .errors import ConnectionDropped, SimulatorHTTPError, not_found
from .faults import FaultAction, FaultInjector
from .handlers import REGISTRY, HandlerRegistry, Reply, RequestContext
from .limits import Enforcer, Limits
from .metadata_catalog import MetadataCatalog, serve_metadata_catalog
from .parents import resolve_parents
from .request_log import LoggedRequest, RequestLog
from .routing import Router
from .seed import SeedConfig
from .state import SimulatorState
from .validation import validate_request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

ADMIN_PREFIX = "/__admin"
TOKEN_PREFIX = "/rest/oauthTokenService/"
_SLOW_BODY_CHUNKS = 4


class SimulatorApp:
    """Everything one simulated OFSC instance holds. Call it as an ASGI app."""

    def __init__(
        self,
        *,
        contract: Contract | None = None,
        seed: SeedConfig | None = None,
        credentials: Credentials | None = None,
        token_lifetime: float = 3600.0,
        clock: Clock = system_clock,
        sleep: Sleep = real_sleep,
        fault_seed: int = 0,
        require_auth: bool = True,
        registry: HandlerRegistry = REGISTRY,
        limits: Limits | None = None,
    ) -> None:
        self.contract = contract or load_contract()
        self.seed = seed or SeedConfig()
        self.credentials = credentials or Credentials()
        self.tokens = TokenService(self.credentials, clock, token_lifetime)
        self.faults = FaultInjector(fault_seed)
        self.requests = RequestLog()
        self.sleep = sleep
        self.require_auth = require_auth
        self.registry = registry
        self.router = Router(self.contract.operations)
        # Swagger 2.0 per API family at /rest/<family>/v<n>/metadata-catalog: cut from Oracle's spec when
        # given one, else rebuilt from the contract.
        self.metadata_catalog: MetadataCatalog | None = (
            MetadataCatalog.from_env() or MetadataCatalog.from_contract(self.contract.document)
        )
        self.state = SimulatorState.seeded(self.seed)
        self.answers = SynthesizedAnswers(self.contract)
        self.limits = Enforcer(limits or Limits(), sleep)
        self._reset_lock = threading.Lock()

    def reset(self, seed: SeedConfig | None = None) -> None:
        """Fresh seeded data, no faults, no tokens, an empty request log."""
        with self._reset_lock:
            if seed is not None:
                self.seed = seed
            self.state = SimulatorState.seeded(self.seed)
            self.faults.clear()
            self.requests.clear()
            self.tokens.reset()

    # -- ASGI --------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        method = str(scope["method"]).upper()
        path = str(scope["path"])
        query = scope.get("query_string", b"").decode("latin-1")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if path.startswith(ADMIN_PREFIX):
            reply = handle_admin(self, method, path[len(ADMIN_PREFIX) :], body)
            await _send_reply(send, reply, self.sleep, 0.0)
            return
        await self._serve(method, path, query, headers, body, send)

    async def _serve(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes, send: Send
    ) -> None:
        match = self.router.match(method, path)
        op = match.operation if match else None
        route = op.path if op else None
        gate = self.limits.gate_for(op)
        if gate is not None:
            try:
                await gate.acquire()
            except SimulatorHTTPError as exc:
                self.requests.record(
                    LoggedRequest(method, path, route, op.key if op else None, query, exc.status)
                )
                await _send_reply(send, _error_reply(exc), self.sleep, 0.0)
                return
        try:
            await self._serve_admitted(method, path, query, headers, body, send, op, match)
        finally:
            if gate is not None:
                gate.release()

    async def _serve_admitted(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        send: Send,
        op: OperationSpec | None,
        match: Any,
    ) -> None:
        route = op.path if op else None
        action = self.faults.decide(method, route, path)
        slow_body = 0.0
        status: int | None = None
        try:
            if action is not None:
                slow_body = action.slow_body
                await self._apply_fault(action)
            reply = self._dispatch(method, path, query, headers, body, op, match)
            status = reply.status
        except SimulatorHTTPError as exc:
            reply = _error_reply(exc)
            status = exc.status
        finally:
            self.requests.record(LoggedRequest(method, path, route, op.key if op else None, query, status))
        await _send_reply(send, reply, self.sleep, slow_body)

    async def _apply_fault(self, action: FaultAction) -> None:
        if action.latency > 0:
            await self.sleep(action.latency)
        if action.expire_tokens:
            self.tokens.expire_all()
        if action.drop_connection:
            raise ConnectionDropped()
        if action.status is not None:
            extra = {"Retry-After": action.retry_after} if action.retry_after is not None else {}
            raise SimulatorHTTPError(action.status, "Injected fault", headers=extra)

    def _dispatch(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        op: OperationSpec | None,
        match: Any,
    ) -> Reply:
        if match is None:
            catalog_reply = serve_metadata_catalog(self, method, path, headers)
            if catalog_reply is not None:
                return catalog_reply
            raise not_found(f"No resource at '{path}'")
        if op is None:
            raise SimulatorHTTPError(
                405,
                f"Method {method} is not allowed here",
                headers={"Allow": ", ".join(match.allowed_methods)},
            )
        is_token_op = op.path.startswith(TOKEN_PREFIX)
        if is_token_op:
            self.tokens.count_request()
        elif self.require_auth:
            self.tokens.check(headers.get("authorization"))
        self.limits.check_body(op, body)
        request = validate_request(
            self.contract,
            op,
            match.path_params,
            parse_qsl(query, keep_blank_values=True),
            body,
            headers.get("content-type"),
        )
        state = self.state
        resolve_parents(op, request, state)
        ctx = RequestContext(self.contract, op, state, request, headers, self.tokens)
        handler = self.registry.get(op.method, op.path)
        if handler is not None:
            return handler(ctx)
        return self.answers.reply(op, request, state)


def _error_reply(exc: SimulatorHTTPError) -> Reply:
    return Reply(exc.status, exc.body(), "application/json", dict(exc.headers))


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def encode_reply(reply: Reply) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    if reply.body is None:
        payload = b""
    elif isinstance(reply.body, bytes | bytearray):
        payload = bytes(reply.body)
    else:
        payload = json.dumps(reply.body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    if reply.media_type and payload:
        headers.append((b"content-type", reply.media_type.encode("latin-1")))
    headers.append((b"content-length", str(len(payload)).encode()))
    return payload, headers


async def _send_reply(send: Send, reply: Reply, sleep: Sleep, slow_body: float) -> None:
    payload, headers = encode_reply(reply)
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    if slow_body <= 0 or len(payload) < _SLOW_BODY_CHUNKS:
        await send({"type": "http.response.body", "body": payload, "more_body": False})
        return
    size = -(-len(payload) // _SLOW_BODY_CHUNKS)
    for start in range(0, len(payload), size):
        await sleep(slow_body)
        last = start + size >= len(payload)
        await send(
            {"type": "http.response.body", "body": payload[start : start + size], "more_body": not last}
        )


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


__all__ = ["ADMIN_PREFIX", "SimulatorApp", "encode_reply"]
