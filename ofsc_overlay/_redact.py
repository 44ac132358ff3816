"""Masking of secrets in anything that may end up in a log line, an exception message or a repr.

One concern: given headers, a URL or a body, return a copy that is safe to show. Used by the logging
transport, the error messages and the settings' repr. Masking works on text, so it also covers bodies
that were cut short (a truncated JSON document whose token value has no closing quote is still masked).
"""

from __future__ import annotations

import re
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
        masked = mask_header_value(name, value)
        key = name.lower()
        shown[key] = f"{shown[key]}, {masked}" if key in shown else masked
    return shown


def mask_text(text: str) -> str:
    """Mask secret values inside free text: JSON members, form/query pairs and inline auth schemes."""
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
    text = str(parsed)
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
