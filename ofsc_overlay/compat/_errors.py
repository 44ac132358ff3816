"""pyOFSC's exception names, raised as subclasses of both theirs and ours.

pyOFSC code catches ``OFSCNotFoundError``, ``OFSCApiError`` or ``OFSAPIException``; code written for this
client catches ``NotFoundError``, ``APIStatusError`` or ``OFSCError``. An error raised through the
compatibility clients is an instance of a class deriving from the pyOFSC name *and* from the class we raised,
so both kinds of ``except`` clause work, and it carries pyOFSC's attributes (``status_code``, ``error_type``,
``title``, ``detail``, ``response``) next to ours.
"""

from __future__ import annotations

from typing import Any

from .. import errors


class OFSAPIException(errors.OFSCError):
    """pyOFSC's root exception (``from ofsc.exceptions import OFSAPIException``)."""

    status_code: int | None

    def __init__(self, *args: object, **kwargs: Any) -> None:
        super().__init__(*args)
        self.status_code = None
        for key, value in kwargs.items():
            if key == "status":
                self.status_code = int(value) if value is not None else None
            else:
                setattr(self, key, value)


class OFSCApiError(OFSAPIException):
    """An HTTP error with OFSC's error fields (pyOFSC's name)."""

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        response: Any = None,
        error_type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, status=status_code)
        self.response = response
        self.error_type = error_type
        self.title = title
        self.detail = detail


class OFSCAuthenticationError(OFSCApiError):
    """401 (pyOFSC's name)."""


class OFSCAuthorizationError(OFSCApiError):
    """403 (pyOFSC's name)."""


class OFSCNotFoundError(OFSCApiError):
    """404 (pyOFSC's name)."""


class OFSCConflictError(OFSCApiError):
    """409 (pyOFSC's name)."""


class OFSCValidationError(OFSCApiError):
    """400 and 422, and other 4xx (pyOFSC's name)."""


class OFSCRateLimitError(OFSCApiError):
    """429 (pyOFSC's name)."""


class OFSCServerError(OFSCApiError):
    """5xx (pyOFSC's name)."""


class OFSCNetworkError(OFSAPIException):
    """No HTTP response: connection, timeout, or an open circuit breaker (pyOFSC's name)."""


_BY_STATUS: dict[int, type[OFSCApiError]] = {
    401: OFSCAuthenticationError,
    403: OFSCAuthorizationError,
    404: OFSCNotFoundError,
    409: OFSCConflictError,
    429: OFSCRateLimitError,
}


def pyofsc_class(error: errors.OFSCError) -> type[OFSAPIException] | None:
    """The pyOFSC exception class pyOFSC would raise for ``error`` (None: pyOFSC has no counterpart)."""
    if isinstance(error, errors.APIStatusError):
        status = error.status_code
        if status in _BY_STATUS:
            return _BY_STATUS[status]
        if 400 <= status < 500:
            return OFSCValidationError
        return OFSCServerError if status >= 500 else OFSCApiError
    if isinstance(error, errors.APIConnectionError):
        return OFSCNetworkError
    return None


_classes: dict[tuple[type[OFSAPIException], type[errors.OFSCError]], type[errors.OFSCError]] = {}


def _both(theirs: type[OFSAPIException], ours: type[errors.OFSCError]) -> type[errors.OFSCError]:
    """The class deriving from pyOFSC's name and ours (one per pair, so ``type(a) is type(b)`` holds)."""
    key = (theirs, ours)
    if key not in _classes:
        _classes[key] = type(
            theirs.__name__, (theirs, ours), {"__module__": __name__, "__doc__": ours.__doc__}
        )
    return _classes[key]


def convert(error: errors.OFSCError) -> errors.OFSCError:
    """``error`` re-classed under pyOFSC's name as well, with pyOFSC's attributes; its state is kept."""
    theirs = pyofsc_class(error)
    if theirs is None or isinstance(error, OFSAPIException):
        return error
    converted = Exception.__new__(_both(theirs, type(error)))
    converted.__dict__.update(error.__dict__)
    converted.args = error.args
    if isinstance(error, errors.APIStatusError):
        converted.error_type = error.type  # type: ignore[attr-defined]
    else:
        converted.status_code = None  # type: ignore[attr-defined]
    converted.__cause__ = error.__cause__
    converted.__traceback__ = error.__traceback__
    return converted


__all__ = [
    "OFSAPIException",
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
