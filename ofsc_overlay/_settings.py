"""The settings value: one client's validated configuration, and the names settings go by."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import attrs

from ._redact import MASK, mask_known, mask_url
from .breaker import DEFAULT_SCOPE, BreakerScope, origin_of

__all__ = [
    "AUTH_MODES",
    "AuthMode",
    "DEFAULT_PROFILE",
    "ENV_VARS",
    "SECRET_SETTINGS",
    "Settings",
    "TOKEN_PATH",
]

AuthMode = Literal["basic", "oauth2", "bearer"]
AUTH_MODES: tuple[AuthMode, ...] = ("basic", "oauth2", "bearer")
DEFAULT_PROFILE = "default"
TOKEN_PATH = "/rest/oauthTokenService/v2/token"
#: Settings whose value is never shown, in a repr or in an error message.
SECRET_SETTINGS = frozenset({"client_secret", "token"})


def _copy_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return dict(headers)


@attrs.frozen(repr=False)
class Settings:
    """Validated configuration of one client. Build it with :func:`~ofsc_overlay.config.resolve_settings`."""

    base_url: str
    instance: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    token: str | None = None
    auth: AuthMode = "basic"
    profile: str = DEFAULT_PROFILE
    #: Total timeout per request in seconds (connect has its own, shorter one).
    timeout: float = 30.0
    connect_timeout: float = 10.0
    #: Retries after the first attempt (0 disables); only idempotent methods unless a call opts in.
    max_retries: int = 3
    #: First backoff in seconds; doubles each retry, with jitter, up to ``backoff_max``.
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    #: Longest ``Retry-After`` honoured, in seconds (a longer one is cut to this).
    retry_after_max: float = 60.0
    #: Consecutive failed requests (after retries) that open the circuit; 0 disables the breaker.
    breaker_failure_threshold: int = 5
    #: Seconds the circuit stays open before one probe request is let through.
    breaker_reset_timeout: float = 30.0
    #: What one breaker guards: an API family (``/rest/ofscCore/``, ...), the whole host, or this client.
    breaker_scope: BreakerScope = DEFAULT_SCOPE
    verify: bool | str = True
    proxy: str | None = None
    #: Use proxy variables (HTTPS_PROXY, NO_PROXY, ...) and SSL_CERT_FILE from the environment.
    trust_env: bool = True
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=_copy_headers)
    allow_insecure: bool = False
    #: Instrument the HTTP clients with OpenTelemetry (needs the ``otel`` extra).
    otel: bool = False
    #: The config file the values were read from, if any (for messages).
    config_path: Path | None = None

    @property
    def token_url(self) -> str:
        """Where OAuth2 client-credentials tokens come from."""
        return self.base_url + TOKEN_PATH

    @property
    def username(self) -> str | None:
        """``<client_id>@<instance>``, the user name of Basic auth and of the token request."""
        if self.client_id is None or self.instance is None:
            return None
        return f"{self.client_id}@{self.instance}"

    @property
    def origin(self) -> str:
        """``scheme://host:port`` of the base URL: the circuit breaker's key."""
        return origin_of(self.base_url)

    def __repr__(self) -> str:
        shown: list[str] = []
        for field in attrs.fields(Settings):
            value = getattr(self, field.name)
            if field.name in SECRET_SETTINGS:
                text = "None" if value is None else repr(MASK)
            elif field.name == "proxy" and value is not None:
                text = repr(mask_url(value))
            elif field.name == "headers":
                text = "{" + ", ".join(f"{k!r}: {MASK!r}" for k in value) + "}"
            else:
                text = repr(value)
            shown.append(f"{field.name}={text}")
        return mask_known(f"Settings({', '.join(shown)})")

    __str__ = __repr__


#: The environment variable of every setting: ``OFSC_`` and the setting's name in capitals.
ENV_VARS: dict[str, str] = {
    name: f"OFSC_{name.upper()}" for name in (*attrs.fields_dict(Settings), "config") if name != "config_path"
}
