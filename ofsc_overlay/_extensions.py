"""Keys of ``request.extensions`` / ``response.extensions`` shared by the layers of the transport stack.

httpx carries ``extensions`` from the request through every transport untouched (httpcore ignores keys it
does not know), which makes them the place for per-call options and per-request facts.
"""

from __future__ import annotations

from typing import TypedDict

#: request.extensions: per-call retry options, a :class:`RetryOptions` dict.
RETRY = "ofsc_retry"
#: request.extensions and response.extensions: the 1-based number of the attempt (set by the retry layer).
ATTEMPT = "ofsc_attempt"
#: request.extensions: True when the request and response bodies must never be logged (token requests).
SENSITIVE = "ofsc_sensitive"
#: request.extensions: the catalog key of the operation that built the request (``core.get_activity``).
OPERATION = "ofsc_operation"
#: request.extensions: the operation's path template (``/rest/ofscCore/v1/activities/{activityId}``).
URL_TEMPLATE = "ofsc_url_template"
#: request.extensions: the circuit breaker's state once the request's outcome was recorded (a string).
BREAKER_STATE = "ofsc_breaker_state"
#: request.extensions: True to read the response body inside the retry and breaker layers, so that a failure
#: while the body streams in is retried and counted like one before the headers (set for every catalog call
#: and token request; a caller's own ``http_client.stream(...)`` stays streaming).
READ_BODY = "ofsc_read_body"
#: request.extensions: True when the body is read while it is sent (a streamed upload): it can go out once
#: only, so nothing re-sends it (no retry, no re-send with a fresh token after a 401).
NOT_REPLAYABLE = "ofsc_not_replayable"


class RetryOptions(TypedDict, total=False):
    """Per-call retry options, ``request.extensions["ofsc_retry"]``."""

    #: Retries after the first attempt for this call (0: send once).
    max_retries: int
    #: Allow retrying POST/PATCH for this call (only when the operation is safe to repeat).
    retry_non_idempotent: bool
