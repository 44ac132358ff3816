"""Masking of secrets in anything that may end up in a log line, an exception message or a repr.

One concern: given headers, a URL or a body, return a copy that is safe to show. Used by the logging
transport, the error messages and the settings' repr. Masking works on text, so it also covers bodies
that were cut short (a truncated JSON document whose token value has no closing quote is still masked).

Two kinds of masking: by pattern (a value under a key that names a secret, an ``Authorization`` header, an
inline ``Bearer ...``) and by value. The auth flows register the secrets they hold (the client secret, the
Basic credentials, each access token) with :func:`register_secret`; those exact strings, and their base64
forms, are then masked wherever they appear, also when a server echoes one inside free text
(``"The token tok-... lacks scope"``). A log filter applies the same masking to every record of the
library's loggers, at every level.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
from collections.abc import Iterable, Mapping

import httpx

MASK = "***"

#: Header names whose values are never shown.
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-auth-token",
    }
)

# A key is sensitive when its name contains one of these fragments (case-insensitive):
# client_secret, password, access_token, token, refresh_token, assertion, client_assertion, api_key, ...
_SENSITIVE_KEY_FRAGMENTS = ("secret", "password", "passwd", "token", "assertion", "authorization", "api_key")
_KEY = (
    r"[A-Za-z0-9_.:\-]*(?:" + "|".join(re.escape(f) for f in _SENSITIVE_KEY_FRAGMENTS) + r")[A-Za-z0-9_.:\-]*"
)

# "key": "value"  (value possibly unterminated because the body was truncated)
_JSON_STRING = re.compile(r'("' + _KEY + r'"\s*:\s*")((?:[^"\\]|\\.)*)("|$)', re.IGNORECASE)
# "key": 12345 / true / null-ish bare values
_JSON_BARE = re.compile(r'("' + _KEY + r'"\s*:\s*)([^\s",}\]]+)', re.IGNORECASE)
# key=value in form bodies and query strings
_FORM = re.compile(r"((?:^|[&?;\s])" + _KEY + r"=)([^&;\s]*)", re.IGNORECASE)
# Authorization-like schemes written inline in free text: "Bearer abc", "Basic abc="
_SCHEME = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]+", re.IGNORECASE)
# "scheme://user:password@" at the start of a URL written as text
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#]*@")


# --- masking by value ---------------------------------------------------------------------------------------

# Shorter values would mask ordinary words; a secret that short is no secret anyway.
_MIN_SECRET_LENGTH = 6
# Old access tokens are forgotten past this many values (they expire; the client secret is registered again
# by every client that uses it).
_MAX_SECRETS = 256

_secrets: dict[str, None] = {}  # insertion-ordered set
_secrets_lock = threading.Lock()
_secrets_pattern: re.Pattern[str] | None = None


def _forms(value: str) -> set[str]:
    raw = value.encode()
    standard = base64.b64encode(raw).decode("ascii")
    urlsafe = base64.urlsafe_b64encode(raw).decode("ascii")
    forms = {value, standard, standard.rstrip("="), urlsafe, urlsafe.rstrip("=")}
    return {form for form in forms if len(form) >= _MIN_SECRET_LENGTH}


def register_secret(value: str | None) -> None:
    """Mask ``value`` (and its base64 forms) by value from now on, wherever text leaves the library."""
    global _secrets_pattern
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    forms = _forms(value)
    with _secrets_lock:
        if all(form in _secrets for form in forms):
            return
        for form in forms:
            _secrets.pop(form, None)
            _secrets[form] = None
        while len(_secrets) > _MAX_SECRETS:
            del _secrets[next(iter(_secrets))]
        # Longest first: a value that contains another is masked whole.
        alternatives = sorted(_secrets, key=len, reverse=True)
        _secrets_pattern = re.compile("|".join(re.escape(alternative) for alternative in alternatives))


def forget_secrets() -> None:
    """Forget every registered value (for tests)."""
    global _secrets_pattern
    with _secrets_lock:
        _secrets.clear()
        _secrets_pattern = None


def mask_known(text: str) -> str:
    """``text`` with every registered secret value replaced by ``***``."""
    pattern = _secrets_pattern
    if pattern is None or not text:
        return text
    return pattern.sub(MASK, text)


class KnownSecretsFilter(logging.Filter):
    """Masks registered secret values in a log record's message (its arguments included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets_pattern is None:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is the handler's to report, unchanged
            return True
        masked = mask_known(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_text:
            record.exc_text = mask_known(record.exc_text)
        return True


#: The loggers whose records are masked: the library's, and those of httpx and httpx-retries (they log every
#: request URL). A filter holds for the records of its own logger only, so each is named.
FILTERED_LOGGERS = (
    "ofsc_overlay",
    "ofsc_overlay.retry",
    "ofsc_overlay.breaker",
    "httpx",
    "httpx_retries.transport",
    "httpx_retries.retry",
)

_FILTER = KnownSecretsFilter()


def _install_filter() -> None:
    for name in FILTERED_LOGGERS:
        log = logging.getLogger(name)
        if _FILTER not in log.filters:
            log.addFilter(_FILTER)


_install_filter()


# --- masking by pattern -------------------------------------------------------------------------------------


def is_sensitive_key(name: str) -> bool:
    """True when a field, form or query key names a secret (``client_secret``, ``access_token``, ...)."""
    lowered = name.lower().replace("-", "_")
    return any(fragment in lowered for fragment in _SENSITIVE_KEY_FRAGMENTS)


def mask_header_value(name: str, value: str) -> str:
    """The value to show for a header: sensitive ones keep only their auth scheme (``Bearer ***``)."""
    if name.lower() not in SENSITIVE_HEADERS:
        return value
    scheme, sep, _ = value.partition(" ")
    if sep and scheme.isalpha():
        return f"{scheme} {MASK}"
    return MASK


def mask_headers(headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A plain dict of the headers with sensitive values masked (repeated headers joined with a comma)."""
    items: Iterable[tuple[str, str]]
    if isinstance(headers, httpx.Headers):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    shown: dict[str, str] = {}
    for name, value in items:
        masked = mask_known(mask_header_value(name, value))
        key = name.lower()
        shown[key] = f"{shown[key]}, {masked}" if key in shown else masked
    return shown


def mask_text(text: str) -> str:
    """Mask secret values inside free text: JSON members, form/query pairs and inline auth schemes."""
    text = mask_known(text)
    text = _JSON_STRING.sub(lambda m: f"{m.group(1)}{MASK}{m.group(3)}", text)
    text = _JSON_BARE.sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = _FORM.sub(lambda m: f"{m.group(1)}{MASK}", text)
    return _SCHEME.sub(lambda m: f"{m.group(1)} {MASK}", text)


def mask_url(url: httpx.URL | str) -> str:
    """The URL as text with user info dropped and sensitive query values masked.

    Never raises: text that httpx cannot parse as a URL (a bad port, a broken IPv6 host) is masked as text.
    """
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except httpx.InvalidURL:
        return mask_text(_USERINFO.sub(r"\1", str(url)))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    text = mask_known(str(parsed))
    return _FORM.sub(lambda m: f"{m.group(1)}{MASK}", text) if parsed.query else text


def mask_body(content: bytes, *, limit: int, sensitive: bool = False) -> str:
    """A printable, masked, truncated rendering of a body.

    ``sensitive`` marks bodies that must never be shown at all beyond their size (for example the form body
    of the token request, whose only interesting fields are secrets).
    """
    if not content:
        return ""
    if sensitive:
        return f"<{len(content)} bytes masked>"
    # Decode and mask the whole captured text first, then cut it: a cut can never reveal a secret's prefix
    # that masking would have hidden, and masking of an unterminated value covers the other case.
    text = content.decode("utf-8", errors="replace")
    if "\x00" in text:
        return f"<{len(content)} bytes binary>"
    masked = mask_text(text)
    if len(masked) > limit:
        return f"{masked[:limit]}... ({len(content)} bytes)"
    return masked
