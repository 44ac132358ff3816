"""Refusals and masks that must say exactly what they refused or hid: control characters in a query or
header argument, user info in a URL, a bad breaker scope, a breaker named without a URL."""

from __future__ import annotations

import httpx
import pytest
from ofsc_generated.catalog import OPERATIONS
from test_hostile_requests import method_of, required_args

from ofsc_overlay import OFSC, RequestValidationError
from ofsc_overlay._redact import mask_url
from ofsc_overlay.breaker import BreakerTransport, CircuitBreaker

QUERY_OP, QUERY_PARAM = next(
    (op, param)
    for op in OPERATIONS
    for param in op.params
    if param.location == "query" and param.type == "string" and not param.enum
)


def test_a_control_character_is_refused_naming_the_operation_the_argument_and_the_value() -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with OFSC(instance="acme", token="t0k3n", auth="bearer", transport=httpx.MockTransport(server)) as ofsc:
        with pytest.raises(RequestValidationError) as info:
            method_of(ofsc, QUERY_OP)(**{**required_args(QUERY_OP), QUERY_PARAM.name: "a\r\nb"})
    assert info.value.operation == f"{QUERY_OP.group}.{QUERY_OP.name}"
    assert info.value.parameter == QUERY_PARAM.name
    assert info.value.reason == (
        f"must not contain control characters such as CR or LF (query {QUERY_PARAM.wire!r}); got 'a\\r\\nb'"
    )
    assert sent == []


def test_user_and_password_are_both_dropped_from_a_url() -> None:
    assert mask_url("https://someone:pa55word@acme.example.com/x") == "https://acme.example.com/x"
    assert mask_url(httpx.URL("https://someone:pa55word@acme.example.com/x")) == "https://acme.example.com/x"


def test_a_bad_breaker_scope_is_refused_listing_the_scopes() -> None:
    with pytest.raises(ValueError) as info:
        BreakerTransport(httpx.MockTransport(lambda r: httpx.Response(200)), scope="planet")  # type: ignore[arg-type]
    assert str(info.value) == "scope must be one of host, family, client, not 'planet'"


def test_the_breaker_transport_opens_after_five_failures_by_default() -> None:
    transport = BreakerTransport(httpx.MockTransport(lambda r: httpx.Response(200)), scope="client")
    assert transport.failure_threshold == 5


def test_a_breaker_named_without_a_url_keeps_its_name_as_origin() -> None:
    assert CircuitBreaker("my-breaker").origin == "my-breaker"
    assert CircuitBreaker("https://acme.example.com/x").origin == "https://acme.example.com:443"


def test_a_dot_path_segment_is_refused_saying_why() -> None:
    with OFSC(instance="acme", token="t0k3n", auth="bearer", transport=httpx.MockTransport(_no_call)) as ofsc:
        with pytest.raises(RequestValidationError) as info:
            ofsc.core.delete_user_file_property(login="victim", property_label="..")
    assert info.value.parameter == "property_label"
    assert info.value.reason.startswith("must name one ")
    assert info.value.reason.endswith("path segment would address another resource); got '..'")


def _no_call(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.url}")
