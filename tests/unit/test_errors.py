"""ofsc_overlay.errors: the hierarchy, error_from_response on OFSC and non-OFSC bodies, messages."""

from __future__ import annotations

import datetime
import re

import httpx
import pytest

import ofsc_overlay
from ofsc_overlay import errors
from ofsc_overlay.errors import (
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
    error_from_exception,
    error_from_response,
    parse_retry_after,
)

URL = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/42"


def response(
    status: int,
    body: object = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    request = httpx.Request(method, url)
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (413, APIStatusError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = error_from_response(response(status, {"type": "t", "title": "x"}))
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert isinstance(error, OFSCError)
    assert error.status_code == status


def test_ofsc_error_body_fields() -> None:
    body = {
        "type": "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
        "title": "Not Found",
        "status": "404",
        "detail": "Activity 42 not found",
    }
    error = error_from_response(response(404, body))
    assert error.type == body["type"]
    assert error.title == "Not Found"
    assert error.detail == "Activity 42 not found"
    assert error.error_code is None
    assert error.method == "GET"
    assert error.url == URL
    assert error.body == body
    assert error.response.status_code == 404
    message = str(error)
    assert message.startswith(f"GET {URL} returned 404 Not Found")
    assert "Activity 42 not found" in message
    # the title repeating the reason phrase is not printed twice
    assert message.count("Not Found") == 1


def test_conflict_error_code() -> None:
    body = {"type": "t", "title": "Conflict", "status": "409", "detail": "Busy", "o:errorCode": "OFSC-1234"}
    error = error_from_response(response(409, body, method="POST"))
    assert isinstance(error, ConflictError)
    assert error.error_code == "OFSC-1234"
    assert "(error code OFSC-1234)" in str(error)
    assert str(error).startswith("POST ")


@pytest.mark.parametrize("key", ["errorCode", "error_code", "code"])
def test_other_error_code_keys(key: str) -> None:
    error = error_from_response(response(400, {"title": "Bad", key: 17}))
    assert error.error_code == "17"


def test_oauth_style_error_body() -> None:
    error = error_from_response(
        response(401, {"error": "invalid_client", "error_description": "Client authentication failed"})
    )
    assert isinstance(error, AuthenticationError)
    assert error.title == "invalid_client"
    assert error.detail == "Client authentication failed"


def test_non_json_body_is_tolerated() -> None:
    html = "<html>\n  <body>502   Bad Gateway</body>\n</html>"
    error = error_from_response(response(502, text=html))
    assert isinstance(error, InternalServerError)
    assert error.detail == "<html> <body>502 Bad Gateway</body> </html>"
    assert error.title is None
    assert error.body == error.detail
    assert "502 Bad Gateway" in str(error)


def test_empty_body_and_json_that_is_not_an_object() -> None:
    empty = error_from_response(response(500))
    assert empty.body is None and empty.detail is None
    assert str(empty) == f"GET {URL} returned 500 Internal Server Error"
    listed = error_from_response(response(400, ["a", "b"]))
    assert listed.body == ["a", "b"] and listed.title is None


def test_unread_streaming_body_is_left_out() -> None:
    request = httpx.Request("GET", URL)
    streamed = httpx.Response(500, stream=httpx.ByteStream(b'{"title": "x"}'), request=request)
    error = error_from_response(streamed)
    assert error.body is None
    assert isinstance(error, InternalServerError)


def test_response_without_request() -> None:
    error = error_from_response(httpx.Response(404, json={"title": "Nope"}))
    assert error.method == "" and error.url == ""
    assert str(error) == "Server returned 404 Not Found: Nope"


def test_unknown_status_phrase() -> None:
    error = error_from_response(response(499, {"title": "Client closed"}))
    assert str(error).startswith(f"GET {URL} returned 499: Client closed")


def test_long_detail_is_cut_in_message_but_kept() -> None:
    detail = "x" * 2000
    error = error_from_response(response(400, {"title": "Bad", "detail": detail}))
    assert error.detail == detail
    assert len(str(error)) < 700
    assert str(error).endswith("...")


def test_messages_never_contain_secrets() -> None:
    url = URL + "?access_token=SECRETTOKEN&fields=id"
    body = {
        "title": "Bad",
        "detail": 'echo {"client_secret": "SECRETVALUE"} Authorization: Bearer SECRETBEARER',
    }
    error = error_from_response(response(400, body, url=url))
    text = str(error)
    for secret in ("SECRETTOKEN", "SECRETVALUE", "SECRETBEARER"):
        assert secret not in text
        assert secret not in error.url
    assert "fields=id" in text


def test_rate_limit_retry_after() -> None:
    assert (
        error_from_response(response(429, {"title": "Slow down"}, headers={"Retry-After": "7"})).retry_after
        == 7
    )
    error = error_from_response(response(429, {"title": "Slow down"}))
    assert isinstance(error, RateLimitError) and error.retry_after is None


def test_parse_retry_after() -> None:
    now = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("") is None
    assert parse_retry_after("nan") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    # a date without a zone is read as UTC
    assert parse_retry_after("Thu, 01 Jan 2026 12:01:00 -0000", now=now) == 60.0
    assert parse_retry_after("Thu, 01 Jan 2099 12:00:00 GMT") is not None


def test_error_from_exception() -> None:
    request = httpx.Request("GET", URL + "?token=abc")
    timeout = error_from_exception(httpx.ReadTimeout("timed out", request=request))
    assert isinstance(timeout, APITimeoutError) and isinstance(timeout, APIConnectionError)
    assert timeout.request is request
    assert "Request timed out" in str(timeout) and "ReadTimeout" in str(timeout)
    assert "abc" not in str(timeout)

    refused = error_from_exception(httpx.ConnectError("[Errno 111] Connection refused"), request)
    assert type(refused) is APIConnectionError
    assert str(refused).startswith(f"Connection failed (GET {URL}?token=***): ConnectError")

    bare = error_from_exception(httpx.ConnectError(""))  # no request attached
    assert bare.request is None
    assert str(bare) == "Connection failed: ConnectError: ConnectError"

    circuit = CircuitOpenError(origin="https://a:443", failures=5, retry_in=3.0)
    assert error_from_exception(circuit) is circuit


def test_circuit_open_error_message() -> None:
    request = httpx.Request("GET", URL)
    error = CircuitOpenError(
        origin="https://acme.fs.ocs.oraclecloud.com:443", failures=5, retry_in=12.34, request=request
    )
    assert isinstance(error, APIConnectionError)
    assert str(error) == (
        "Circuit open for https://acme.fs.ocs.oraclecloud.com:443 after 5 consecutive failures: did not send "
        "GET /rest/ofscCore/v1/activities/42; the next probe is allowed in 12.3 s."
    )
    assert "the request" in str(CircuitOpenError(origin="o", failures=1, retry_in=-1))


def test_configuration_error() -> None:
    error = ConfigurationError(
        "Missing setting 'client_secret'.",
        setting="client_secret",
        sources=("client_secret=...", "the environment variable OFSC_CLIENT_SECRET", "config.toml"),
    )
    assert isinstance(error, ValueError) and isinstance(error, OFSCError)
    assert error.setting == "client_secret"
    assert str(error) == (
        "Missing setting 'client_secret'. Set it with client_secret=..., the environment variable "
        "OFSC_CLIENT_SECRET or config.toml."
    )
    assert str(ConfigurationError("Bad.", setting="x", sources=("x=...",))) == "Bad. Set it with x=...."
    assert str(ConfigurationError("Bad.", setting="x")) == "Bad."


def test_request_validation_error() -> None:
    error = RequestValidationError("core.get_activity", "activity_id", "is required")
    assert isinstance(error, ValueError)
    assert (error.operation, error.parameter, error.reason) == (
        "core.get_activity",
        "activity_id",
        "is required",
    )
    assert str(error) == "core.get_activity: argument 'activity_id' is required"


def documented_hierarchy() -> dict[str, str]:
    """Each exception class in the module docstring's tree, and its direct base (the root's: Exception)."""
    tree = errors.__doc__.split("Hierarchy::", 1)[1].split("\n\n", 2)[1]
    bases: dict[str, str] = {}
    parents: list[str] = []  # the current path from the root, one name per indentation level
    for line in tree.splitlines():
        name = re.search(r"[A-Za-z]\w*", line)
        assert name is not None, line
        depth = (name.start() - 4) // 4  # the root stands at column 4; a level adds "│   " or "├── "
        del parents[depth:]
        bases[name.group()] = parents[-1] if parents else "Exception"
        parents.append(name.group())
    return bases


def test_documented_hierarchy_is_read_whole() -> None:
    bases = documented_hierarchy()
    assert bases["OFSCError"] == "Exception"
    assert bases["APITimeoutError"] == "APIConnectionError"
    assert bases["InternalServerError"] == "APIStatusError"
    assert bases["PaginationError"] == "OFSCError"


def test_public_names_are_the_documented_hierarchy() -> None:
    exported = {name: getattr(errors, name) for name in errors.__all__}
    classes = {name: obj for name, obj in exported.items() if isinstance(obj, type)}
    assert {name: cls.__bases__[0].__name__ for name, cls in classes.items()} == documented_hierarchy()
    # Every exception class the module defines is exported, and so is each by the package.
    defined = {
        name
        for name, obj in vars(errors).items()
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == errors.__name__
    }
    assert defined == set(classes)
    assert set(classes) <= set(ofsc_overlay.__all__)
    assert {name for name, obj in exported.items() if not isinstance(obj, type)} == {
        "error_from_exception",
        "error_from_response",
        "parse_retry_after",
    }
    assert all(callable(exported[name]) for name in ("error_from_exception", "error_from_response"))
