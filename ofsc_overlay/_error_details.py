"""What a failed exchange's answer says, read for the exceptions of :mod:`ofsc_overlay.errors`.

OFSC's error body (``type``, ``title``, ``detail``, an error code; the token service's OAuth-style ``error``),
a masked snippet of a body, a status code's reason phrase and ``Retry-After``. A hostile or unexpected
answer (HTML, truncated or over-deep JSON, an unread stream) never stops an error from being built.
"""

from __future__ import annotations

import datetime
import json
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from ._redact import mask_text

__all__ = ["DETAIL_IN_MESSAGE", "error_body", "parse_retry_after", "reason_phrase", "snippet"]

#: Characters of the server's detail quoted in a message (the exception's attribute keeps all of it).
DETAIL_IN_MESSAGE = 500
# Characters of a 2xx body quoted by APIResponseValidationError.
_BODY_SNIPPET = 200


def parse_retry_after(value: str, *, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date); None when unusable."""
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds else None  # NaN is unusable
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    current = now or datetime.datetime.now(datetime.UTC)
    return max((when - current).total_seconds(), 0.0)


def snippet(response: httpx.Response) -> str:
    """The body's first characters, masked; empty when the body is unread."""
    try:
        content = response.content[: _BODY_SNIPPET * 4]
    except httpx.ResponseNotRead:
        return ""
    text = mask_text(content.decode("utf-8", errors="replace"))
    return text[:_BODY_SNIPPET] + ("..." if len(text) > _BODY_SNIPPET else "")


def error_body(response: httpx.Response) -> tuple[Any, dict[str, str | None]]:
    """The body (parsed JSON, text or None) and the error fields it names, for :class:`APIStatusError`."""
    try:
        return _read_error_body(response)
    except Exception:  # noqa: BLE001 - a hostile body must never stop the error from being built
        return None, {}


def _read_error_body(response: httpx.Response) -> tuple[Any, dict[str, str | None]]:
    fields: dict[str, str | None] = {}
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None, fields
    if not content:
        return None, fields
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):
        text = " ".join(content.decode("utf-8", errors="replace").split())
        if text:
            fields["detail"] = text[:DETAIL_IN_MESSAGE]
        return text, fields
    if isinstance(body, dict):
        fields["type"] = _text(body.get("type"))
        fields["title"] = _text(body.get("title")) or _text(body.get("error"))
        fields["detail"] = _text(body.get("detail")) or _text(body.get("error_description"))
        for key in ("o:errorCode", "errorCode", "error_code", "code"):
            if body.get(key) not in (None, ""):
                fields["error_code"] = _text(body[key])
                break
    return body, fields


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | bool):
        return str(value)
    return json.dumps(value)[:DETAIL_IN_MESSAGE]  # an object or a list where text belongs


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
