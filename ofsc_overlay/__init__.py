"""ofsc_overlay: a typed, resilient Python client for the Oracle Field Service (OFSC) REST API.

>>> from ofsc_overlay import OFSC
>>> with OFSC(instance="acme", client_id="app", client_secret="...") as client:  # doctest: +SKIP
...     activity = client.core.get_activity(activity_id=4225599)

Importing this package stays cheap: the generated models and endpoint modules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Which Oracle spec the client was generated from (e.g. "2025.12.23"), written by the generator.
from ofsc_generated._spec import SPEC_VERSION

from ._operations import OperationInfo, operations
from ._version import __version__
from .breaker import CircuitState
from .client import OFSC, AsyncOFSC
from .config import Settings, resolve_settings
from .errors import (
    APIConnectionError,
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
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "SPEC_VERSION",
    "Settings",
    "UnprocessableEntityError",
    "operations",
    "__version__",
    "resolve_settings",
]
