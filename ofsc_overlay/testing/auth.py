"""Authentication like OFSC: Basic (`client_id@instance` : secret) and bearer tokens issued by the
OAuth2 token service, with a configurable lifetime."""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
from dataclasses import dataclass

from .clock import Clock
from .errors import SimulatorHTTPError


@dataclass(frozen=True, slots=True)
class Credentials:
    instance: str = "sim"
    client_id: str = "demo-client"
    client_secret: str = "demo-secret"

    @property
    def username(self) -> str:
        return f"{self.client_id}@{self.instance}"

    def basic_header(self) -> str:
        raw = f"{self.username}:{self.client_secret}".encode()
        return "Basic " + base64.b64encode(raw).decode()


def unauthorized(detail: str) -> SimulatorHTTPError:
    return SimulatorHTTPError(401, detail, headers={"WWW-Authenticate": 'Bearer realm="ofsc"'})


class TokenService:
    """Issues and checks bearer tokens; counts token requests so tests can assert on them."""

    def __init__(self, credentials: Credentials, clock: Clock, lifetime: float = 3600.0) -> None:
        self.credentials = credentials
        self.clock = clock
        self.lifetime = lifetime
        self.token_requests = 0
        self._tokens: dict[str, float] = {}  # token -> expiry (clock time)
        self._lock = threading.Lock()

    def issue(self) -> tuple[str, int]:
        token = "sim-" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = self.clock() + self.lifetime
        return token, int(self.lifetime)

    def count_request(self) -> None:
        with self._lock:
            self.token_requests += 1

    def expire_all(self) -> int:
        """Expire every issued token now; returns how many were live."""
        with self._lock:
            now = self.clock()
            live = sum(1 for expiry in self._tokens.values() if expiry > now)
            self._tokens = {token: min(expiry, now) for token, expiry in self._tokens.items()}
        return live

    def reset(self) -> None:
        with self._lock:
            self._tokens.clear()
            self.token_requests = 0

    def check_basic(self, authorization: str | None) -> None:
        if not authorization or not authorization.lower().startswith("basic "):
            raise unauthorized("Basic authentication is required")
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized("Malformed Basic credentials") from None
        username, _, password = decoded.partition(":")
        expected = self.credentials
        if not (
            secrets.compare_digest(username, expected.username)
            and secrets.compare_digest(password, expected.client_secret)
        ):
            raise unauthorized("Invalid client credentials")

    def check(self, authorization: str | None) -> None:
        """Accept valid Basic credentials or a live bearer token issued here."""
        if not authorization:
            raise unauthorized("Authentication is required")
        scheme = authorization.split(" ", 1)[0].lower()
        if scheme == "basic":
            self.check_basic(authorization)
            return
        if scheme != "bearer":
            raise unauthorized(f"Unsupported authorization scheme '{scheme}'")
        token = authorization.split(" ", 1)[1].strip() if " " in authorization else ""
        with self._lock:
            expiry = self._tokens.get(token)
        if expiry is None:
            raise unauthorized("The access token is invalid")
        if expiry <= self.clock():
            raise unauthorized("The access token has expired")
