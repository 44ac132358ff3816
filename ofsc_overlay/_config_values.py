"""What each setting accepts: parsers from a raw value (an argument, a variable's text, a TOML value).

A ``parse_*`` function takes the raw value, a ``check_*`` function the stripped, non-blank text of a string
setting; each returns the typed value or raises :class:`InvalidValue`. They do not know where the value came
from, which the resolver adds to the message (``ofsc_overlay.config``).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import httpx

from ._redact import mask_url
from ._settings import AUTH_MODES, AuthMode
from ._validation import is_safe_header
from .breaker import BREAKER_SCOPES, BreakerScope

__all__ = [
    "ORACLE_HOST_SUFFIX",
    "InvalidValue",
    "check_auth",
    "check_base_url",
    "check_instance",
    "check_proxy",
    "instance_of_host",
    "is_loopback_host",
    "parse_bool",
    "parse_breaker_scope",
    "parse_flag",
    "parse_headers",
    "parse_number",
    "parse_text",
    "parse_verify",
]

ORACLE_HOST_SUFFIX = ".fs.ocs.oraclecloud.com"
_INSTANCE_RE = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)


class InvalidValue(Exception):
    """A value the setting does not accept.

    The message reads ``<head> (from <source>): <detail>``; ``head`` defaults to ``Invalid setting <name> =
    <shown>``, ``shown`` to the value's repr (a secret's is masked whatever is passed).
    """

    def __init__(self, detail: str, *, shown: str | None = None, head: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.shown = shown
        self.head = head

    @classmethod
    def expected(cls, what: str, *, shown: str | None = None) -> InvalidValue:
        return cls(f"expected {what}.", shown=shown)


def parse_text(value: Any) -> str | None:
    """A string, stripped; None when it is blank."""
    if not isinstance(value, str):
        raise InvalidValue.expected("a string")
    return value.strip() or None


def parse_bool(value: Any) -> bool | None:
    """True/False for a bool or its usual spellings (``1``, ``yes``, ``off``, ...); None for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
    return None


def parse_flag(value: Any) -> bool:
    parsed = parse_bool(value)
    if parsed is None:
        raise InvalidValue.expected("true or false")
    return parsed


def parse_number(value: Any, *, integer: bool = False, positive: bool = False) -> Any:
    """A non-negative (or positive) number, an integer when ``integer``; a bool is no number."""
    expected = ("a positive" if positive else "a non-negative") + (" integer" if integer else " number")
    if isinstance(value, bool):
        raise InvalidValue.expected(expected)
    try:
        number = int(value) if integer else float(value)
        if integer and isinstance(value, float) and value != number:
            raise ValueError
    except (TypeError, ValueError):
        raise InvalidValue.expected(expected) from None
    if number < 0 or (positive and number == 0) or number != number:
        raise InvalidValue.expected(expected)
    return number


def check_instance(instance: str) -> str:
    """An instance name (``acme``, ``acme.test``), not a host name or a URL."""
    shown = repr(instance)
    if "://" in instance or "/" in instance:
        fix = f"pass base_url={instance!r} instead, or the instance name alone"
        raise InvalidValue.expected(f"an instance name: {fix}", shown=shown)
    # A host name given as the instance would build ``<host>.fs.ocs.oraclecloud.com``.
    name = _strip_oracle_suffix(instance)
    if name is not None:
        fix = f"use instance={name!r} (the client adds {ORACLE_HOST_SUFFIX} itself)"
        if name:
            fix += f", or base_url='https://{name}{ORACLE_HOST_SUFFIX}'"
        raise InvalidValue.expected(f"an instance name: {fix}", shown=shown)
    if not _INSTANCE_RE.match(instance):
        raise InvalidValue.expected("an instance name such as 'acme' or 'acme.test'", shown=shown)
    return instance


def instance_of_host(host: str) -> str | None:
    """``acme`` for ``acme.fs.ocs.oraclecloud.com``; None for any other host."""
    return host[: -len(ORACLE_HOST_SUFFIX)] if host.endswith(ORACLE_HOST_SUFFIX) else None


def check_base_url(raw: str, *, allow_insecure: bool) -> str:
    """An absolute https:// URL without credentials, query or fragment (http:// for loopback hosts only)."""
    shown = repr(mask_url(raw))
    expected = "an absolute https:// URL such as https://acme.fs.ocs.oraclecloud.com"
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL:
        raise InvalidValue.expected(expected, shown=shown) from None
    if url.userinfo:
        raise InvalidValue.expected(
            "a URL without user:password in it (credentials go in client_id and client_secret)", shown=shown
        )
    if url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
        raise InvalidValue.expected(expected, shown=shown)
    if url.scheme == "http" and not (allow_insecure or is_loopback_host(url.host)):
        raise InvalidValue(
            "plain http:// is only allowed for loopback hosts (localhost, 127.0.0.0/8, ::1). Use https://, "
            "or pass allow_insecure=True if you really mean it.",
            head=f"Refusing insecure base_url {raw!r}",
        )
    return str(url).rstrip("/")


def check_auth(text: str) -> AuthMode:
    if text.lower() not in AUTH_MODES:
        raise InvalidValue.expected("one of 'basic', 'oauth2', 'bearer'", shown=repr(text))
    return cast(AuthMode, text.lower())


def check_proxy(proxy: str) -> str:
    """A proxy URL: http, https or socks5 with a host."""
    try:
        parsed: httpx.URL | None = httpx.URL(proxy)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https", "socks5", "socks5h") or not parsed.host:
        raise InvalidValue.expected("a proxy URL such as http://host:3128", shown=repr(mask_url(proxy)))
    return proxy


def parse_verify(value: Any) -> bool | str:
    """True, False or the path of an existing CA bundle."""
    parsed = parse_bool(value)
    if parsed is not None:
        return parsed
    if isinstance(value, str) and value.strip():
        path = Path(value.strip()).expanduser()
        if not path.exists():
            raise InvalidValue.expected("true, false or the path of an existing CA bundle")
        return str(path)
    raise InvalidValue.expected("true, false or the path of a CA bundle")


def parse_breaker_scope(value: Any) -> BreakerScope:
    text = value.strip().lower() if isinstance(value, str) else value
    if text not in BREAKER_SCOPES:
        raise InvalidValue.expected("one of " + ", ".join(map(repr, BREAKER_SCOPES)))
    return cast(BreakerScope, text)


def parse_headers(value: Any) -> dict[str, str]:
    """A mapping of header names to values without control characters; a string is read as JSON."""
    if isinstance(value, str):  # OFSC_HEADERS: a JSON object
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and is_safe_header(k, v) for k, v in value.items()
    ):
        raise InvalidValue(
            "expected a table of header names to strings without control characters (CR, LF, ...).",
            head="Invalid setting 'headers'",
        )
    return dict(value)


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _strip_oracle_suffix(instance: str) -> str | None:
    """``acme`` for ``acme.fs.ocs.oraclecloud.com`` (or a dotted part of that suffix); None if it has none."""
    labels = instance.lower().split(".")
    suffix = ORACLE_HOST_SUFFIX.lstrip(".").split(".")
    for start in range(1, len(labels)):
        tail = labels[start:]
        if tail == suffix[: len(tail)]:
            return ".".join(instance.split(".")[:start])
    if "oraclecloud" in labels:  # acme.oraclecloud.com, acme.ocs.oraclecloud.com, ...
        end = labels.index("oraclecloud")
        while end > 0 and labels[end - 1] in suffix:
            end -= 1
        return ".".join(instance.split(".")[:end])
    return None
