"""ofsc_overlay: a typed, resilient Python client for the Oracle Field Service (OFSC) REST API.

>>> from ofsc_overlay import OFSC
>>> with OFSC(instance="acme", client_id="app", client_secret="...") as client:  # doctest: +SKIP
...     activity = client.core.get_activity(activity_id=4225599)

Importing this package stays cheap: the generated models and endpoint modules load on first use.
Models are in :mod:`ofsc_overlay.models` (``from ofsc_overlay.models import Activity``), ``UNSET`` and the
other field types in :mod:`ofsc_overlay.types`, every exception in :mod:`ofsc_overlay.errors` (and here).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    # Which Oracle spec the client was generated from (e.g. "2025.12.23"), written by the generator.
    from ofsc_generated._spec import SPEC_VERSION
    from ofsc_generated.facade._runner import (
        AsyncPager,
        AsyncStreamedResponse,
        Page,
        Pager,
        RawResponse,
        StreamedResponse,
    )

    from ._operations import OperationInfo, operations
    from .breaker import CircuitState, reset_breakers
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
        OperationRemovedError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        UnprocessableEntityError,
    )

# Each exported name -> the module that defines it (the exceptions are added below __all__). Names load on
# first access (PEP 562), so that importing a submodule (the ``ofsc`` command line's ``--help``) does not pay
# for httpx and the clients.
_HOMES: dict[str, str] = {
    "OperationInfo": "ofsc_overlay._operations",
    "operations": "ofsc_overlay._operations",
    "CircuitState": "ofsc_overlay.breaker",
    "reset_breakers": "ofsc_overlay.breaker",
    "OFSC": "ofsc_overlay.client",
    "AsyncOFSC": "ofsc_overlay.client",
    "Settings": "ofsc_overlay.config",
    "resolve_settings": "ofsc_overlay.config",
    "SPEC_VERSION": "ofsc_generated._spec",
    # RawResponse lives in the generated facade (its methods are typed with it), as do the shapes of pagers,
    # pages and streamed downloads (the overlay's classes have those shapes).
    "RawResponse": "ofsc_generated.facade._runner",
    **{
        name: "ofsc_generated.facade._runner"
        for name in ("AsyncPager", "AsyncStreamedResponse", "Page", "Pager", "StreamedResponse")
    },
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOFSC",
    "AsyncPager",
    "AsyncStreamedResponse",
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
    "OperationRemovedError",
    "Page",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "SPEC_VERSION",
    "Settings",
    "StreamedResponse",
    "UnprocessableEntityError",
    "operations",
    "reset_breakers",
    "__version__",
    "resolve_settings",
]
# The exceptions, every exported ``*Error``, come from ofsc_overlay.errors. They are spelled out only in the
# TYPE_CHECKING import and in __all__ above: type checkers read neither __getattr__ nor a computed list.
_HOMES.update({name: "ofsc_overlay.errors" for name in __all__ if name.endswith("Error")})
