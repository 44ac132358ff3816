"""A bridge for code written against pyOFSC 2.x: change ``from ofsc import OFSC`` to
``from ofsc_overlay.compat import OFSC`` (or ``AsyncOFSC``) and the rest of the code keeps running.

The compatibility clients take pyOFSC's constructor arguments, offer pyOFSC's API groups and method names with
pyOFSC's positional and keyword arguments, return pyOFSC-shaped results (attribute access by wire name,
``model_dump()``, ``items`` / ``totalResults``; dicts where pyOFSC returns dicts; the HTTP response for
``response_type=FULL_RESPONSE``) and raise pyOFSC's exception names. Every call runs through our typed client
(``instance.client``), so retries, the circuit breaker and argument checks apply. Each compat method warns
once with ``DeprecationWarning`` naming its direct replacement; ``docs/migration.md`` has the full table.

Which pyOFSC methods exist, and the operation each calls, come from the packaged ``pyofsc-2.26.tsv``.
"""

from __future__ import annotations

from ._clients import (
    FILE_RESPONSE,
    FULL_RESPONSE,
    OBJ_RESPONSE,
    OFSC,
    TEXT_RESPONSE,
    AsyncOFSC,
    HTTPClientConfig,
)
from ._errors import (
    OFSAPIException,
    OFSCApiError,
    OFSCAuthenticationError,
    OFSCAuthorizationError,
    OFSCConflictError,
    OFSCNetworkError,
    OFSCNotFoundError,
    OFSCRateLimitError,
    OFSCServerError,
    OFSCValidationError,
)
from ._results import Model

__all__ = [
    "FILE_RESPONSE",
    "FULL_RESPONSE",
    "OBJ_RESPONSE",
    "TEXT_RESPONSE",
    "AsyncOFSC",
    "HTTPClientConfig",
    "Model",
    "OFSAPIException",
    "OFSC",
    "OFSCApiError",
    "OFSCAuthenticationError",
    "OFSCAuthorizationError",
    "OFSCConflictError",
    "OFSCNetworkError",
    "OFSCNotFoundError",
    "OFSCRateLimitError",
    "OFSCServerError",
    "OFSCValidationError",
]
