"""ofsc_overlay: a typed, resilient Python client for the Oracle Field Service (OFSC) REST API.

>>> from ofsc_overlay import OFSC
>>> with OFSC(instance="acme", client_id="app", client_secret="...") as client:  # doctest: +SKIP
...     activity = client.core.get_activity(activity_id=4225599)

Importing this package stays cheap: the generated models and endpoint modules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._operations import OperationInfo, operations
from .breaker import CircuitState
from .client import OFSC, AsyncOFSC
from .config import Settings, resolve_settings
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OFSCError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from ofsc_generated.facade._runner import RawResponse


def __getattr__(name: str) -> Any:
    # RawResponse lives in the generated facade (its methods are typed with it); load it only when asked for,
    # so importing this package does not need the generated package yet.
    if name == "RawResponse":
        from ofsc_generated.facade._runner import RawResponse

        return RawResponse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOFSC",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "CircuitState",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OFSC",
    "OFSCError",
    "OperationInfo",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "Settings",
    "UnprocessableEntityError",
    "operations",
    "resolve_settings",
]
