"""What a 2xx answer parses to, and the typed error when it is not what the operation declares.

The generated endpoint module parses (``_parse_response``); this module decides what it is handed and
turns every way a body can be wrong into :class:`~ofsc_overlay.errors.APIResponseValidationError`:

- binary downloads are the body's bytes;
- an operation that declares no body returns ``None`` whatever came;
- an empty body is ``None`` on a 204 or where the operation declares a 2xx without a body (the facade then
  types the result ``X | None``), and an error otherwise (the facade types it ``X``);
- a 2xx the spec does not list for the operation (200 where it says 201) is parsed as the first declared
  2xx with a body;
- HTML, truncated or over-deep JSON, ``null`` or a scalar or list where an object is declared raise the
  typed error, never a bare ``JSONDecodeError``, ``TypeError``, ``KeyError`` or ``RecursionError``.
"""

from __future__ import annotations

import functools
import json
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from . import errors
from ._redact import mask_known
from ._validation import OperationLike

if TYPE_CHECKING:
    from ofsc_generated.facade._runner import RawResponse

__all__ = ["parse_success", "raw_response"]

_BINARY = "application/octet-stream"

# What the generated parsers raise on a body of the wrong shape (ValueError covers JSONDecodeError and
# UnicodeDecodeError).
_PARSE_FAILURES = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


class _ParseClient:
    """Stands in for the generated ``Client`` that ``_parse_response`` consults.

    Non-2xx answers never reach the parser (they become typed errors first), and an undeclared 2xx is handed
    to it under a declared status, so the generator's ``UnexpectedStatus`` is never wanted.
    """

    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


def parse_success(op: OperationLike, module: ModuleType, response: httpx.Response) -> Any:
    """The parsed value of the 2xx ``response`` to ``op`` (see the module docstring)."""
    if op.accept == _BINARY:
        return response.content
    # Catalogs generated before these fields existed hold the defaults.
    body_statuses: tuple[int, ...] = getattr(op, "body_statuses", (200,))
    if not body_statuses:
        return None  # the operation declares no body: whatever came is not part of its result
    if not response.content:
        if response.status_code == 204 or getattr(op, "empty_success", False):
            return None
        raise errors.APIResponseValidationError(
            response, operation=_key(op), reason="no body, where the operation declares one"
        )
    parsed_as = response if response.status_code in body_statuses else _as_status(response, body_statuses[0])
    try:
        return module._parse_response(client=_PARSE_CLIENT, response=parsed_as)
    except _PARSE_FAILURES as exc:
        raise errors.APIResponseValidationError(
            response, operation=_key(op), reason=_parse_failure(exc)
        ) from exc


def raw_response(response: httpx.Response, parsed: Any) -> RawResponse[Any]:
    """The ``with_raw_response`` result: status, headers, parsed value and the httpx response."""
    return _masked_raw_response_class()(
        status_code=response.status_code,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


@functools.cache
def _masked_raw_response_class() -> type[RawResponse[Any]]:
    from ofsc_generated.facade._runner import RawResponse

    class MaskedRawResponse(RawResponse[Any]):
        """A ``RawResponse`` whose repr masks the secrets the client knows (a server may echo one)."""

        __slots__ = ()

        def __repr__(self) -> str:
            return mask_known(super().__repr__())

    MaskedRawResponse.__name__ = MaskedRawResponse.__qualname__ = "RawResponse"
    return MaskedRawResponse


def _key(op: OperationLike) -> str:
    return f"{op.group}.{op.name}"


def _as_status(response: httpx.Response, status: int) -> httpx.Response:
    """The same answer under another status, for the generated parser's per-status branches."""
    # The content is already decoded: the twin must not claim an encoding it no longer has.
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    twin = httpx.Response(status, headers=headers, content=response.content)
    twin.request = response.request
    return twin


def _parse_failure(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "JSON nested deeper than the parser allows"
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg} at position {exc.pos})"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return f"not the declared shape ({type(exc).__name__}: {str(exc)[:200]})"
