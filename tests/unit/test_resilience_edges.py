"""Retry, breaker, auth and argument checks at their edges: what mutation testing found untested."""

from __future__ import annotations

import asyncio
import datetime
import enum
import logging
import types
from typing import Any

import httpx
import pytest

from ofsc_overlay._validation import validate_args, wire_value
from ofsc_overlay.auth import BearerToken
from ofsc_overlay.breaker import Admission, BreakerRegistry, BreakerTransport, CircuitBreaker, CircuitState
from ofsc_overlay.errors import CircuitOpenError, RequestValidationError
from ofsc_overlay.retry import OFSCRetry

URL = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities"


# --- retry -------------------------------------------------------------------------------------------------


def test_elapsed_sleep_adds_up_every_wait() -> None:
    waits: list[float] = []
    retry = OFSCRetry.create(jitter=0.0, sleep=waits.append).increment()
    retry.sleep(httpx.Response(503))
    retry.sleep(httpx.ConnectError("refused"))
    assert waits == [0.5, 0.5] and retry.elapsed_sleep == 1.0

    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    async_retry = OFSCRetry.create(jitter=0.0, async_sleep=no_sleep).increment()

    async def twice() -> None:
        await async_retry.asleep(httpx.Response(503))
        await async_retry.asleep(httpx.Response(502))

    asyncio.run(twice())
    assert async_retry.elapsed_sleep == 1.0


def test_a_backoff_factor_of_one_waits_one_second_first() -> None:
    assert OFSCRetry.create(backoff_factor=1, jitter=0.0).increment().backoff_strategy() == 1.0


def test_each_wait_is_logged_with_its_cause(caplog: pytest.LogCaptureFixture) -> None:
    async def no_sleep(seconds: float) -> None:
        pass

    request = httpx.Request("GET", "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/users")
    retry = OFSCRetry.create(jitter=0.0, sleep=lambda _: None, async_sleep=no_sleep).increment()
    with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
        retry.sleep(httpx.Response(503, request=request))
        retry.increment().sleep(httpx.ConnectTimeout("slow", request=request))
        asyncio.run(retry.increment().increment().asleep(httpx.Response(429, request=request)))
    waits = [(r.retry_reason, r.retry_in_s, r.attempt) for r in caplog.records if r.name == "ofsc_overlay"]
    assert waits == [("503", 0.5, 1), ("ConnectTimeout", 1.0, 2), ("429", 2.0, 3)]


def test_the_default_clock_is_aware_utc() -> None:
    now = OFSCRetry.create().now_function()
    assert now.utcoffset() == datetime.timedelta(0)
    # An HTTP-date Retry-After is read against it: a date 30 s ahead asks for about 30 s.
    ahead = (now + datetime.timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    wait = OFSCRetry.create().delay(httpx.Response(503, headers={"Retry-After": ahead}))
    assert 25 <= wait <= 31


# --- breaker -----------------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_reset_frees_the_probe_slot() -> None:
    clock = Clock()
    breaker = CircuitBreaker("o", failure_threshold=1, reset_timeout=10.0, clock=clock)
    breaker.record_failure(Admission(probe=False))
    clock.now += 10.0
    assert breaker.admit().probe  # the probe is in flight ...
    breaker.reset()  # ... when the circuit is closed by hand
    breaker.record_failure(Admission(probe=False))
    clock.now += 10.0
    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.admit().probe  # a new probe is let through: the old one does not hold the slot


def test_other_thresholds_get_their_own_breaker_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    registry = BreakerRegistry()
    first = registry.get("https://o:443", failure_threshold=5, reset_timeout=30.0)
    with caplog.at_level(logging.WARNING, logger="ofsc_overlay.breaker"):
        other = registry.get("https://o:443", failure_threshold=3, reset_timeout=30.0)
        again = registry.get("https://o:443", failure_threshold=3, reset_timeout=30.0)
    assert other is again and other is not first
    assert (first.failure_threshold, other.failure_threshold) == (5, 3)
    assert not [r for r in caplog.records if r.name == "ofsc_overlay.breaker"]


def test_async_transport_counts_connection_errors_and_names_the_rejected_request() -> None:
    class Refusing(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

    registry = BreakerRegistry()
    transport = BreakerTransport(Refusing(), registry=registry, failure_threshold=2, clock=Clock())

    async def main() -> CircuitOpenError:
        async with httpx.AsyncClient(transport=transport) as client:
            for _ in range(2):
                with pytest.raises(httpx.ConnectError):
                    await client.get(URL)
            with pytest.raises(CircuitOpenError) as info:
                await client.get(URL + "/7")
            return info.value

    error = asyncio.run(main())
    [breaker] = registry.breakers()  # the Core family's, with the transport's thresholds
    assert breaker.failures == 2 and breaker.state is CircuitState.OPEN
    assert error.request is not None and str(error.request.url) == URL + "/7"


# --- auth and argument checks ------------------------------------------------------------------------------


def test_bearer_token_repr_hides_the_token() -> None:
    assert repr(BearerToken("abc.def")) == "BearerToken(token='***')"


class Colour(enum.Enum):
    RED = "red"


def _op(**overrides: Any) -> Any:
    fields: dict[str, Any] = {
        "group": "core",
        "name": "paint",
        "method": "POST",
        "path": "/paint",
        "module": "x",
        "params": (),
        "body": None,
        "body_required": False,
        "body_schema": None,
        "accept": "application/json",
        "paging": None,
        "items_key": None,
    }
    fields.update(overrides)
    return types.SimpleNamespace(**fields)


def test_wire_value_sends_an_enum_member_as_its_value() -> None:
    assert wire_value(Colour.RED) == "red"
    assert wire_value("red") == "red"


def test_an_enum_error_names_the_operation_and_argument() -> None:
    param = types.SimpleNamespace(
        name="colour", wire="colour", location="query", required=False, type="string", enum=("red", "blue")
    )
    validate_args(_op(params=(param,)), {"colour": Colour.RED})  # a member is checked by its value
    with pytest.raises(RequestValidationError) as info:
        validate_args(_op(params=(param,)), {"colour": "green"})
    assert (info.value.operation, info.value.parameter) == ("core.paint", "colour")
    assert str(info.value) == "core.paint: argument 'colour' must be one of 'red', 'blue'; got 'green'"


def test_a_multipart_model_is_a_valid_multipart_body() -> None:
    class Upload:
        def to_multipart(self) -> list[Any]:
            return []

    validate_args(_op(body="multipart"), {"body": Upload()})
    with pytest.raises(RequestValidationError, match="must be a generated model or a dict"):
        validate_args(_op(body="multipart"), {"body": object()})


def _colour(**overrides: Any) -> Any:
    fields = {"name": "colour", "wire": "colour", "location": "query", "required": False, "type": "string"}
    return types.SimpleNamespace(**{**fields, "enum": None, **overrides})


@pytest.mark.parametrize(
    ("op", "args", "message"),
    [
        (_op(params=(_colour(),), body="json"), {"zzz": 1}, "'zzz' is not accepted (accepted: body, colour)"),
        (_op(), {"zzz": 1}, "'zzz' is not accepted (accepted: none)"),
        (_op(params=(_colour(),)), {"colour": 3}, "'colour' must be a str, got int"),
        (_op(body="json", body_required=True), {}, "'body' is required (json request body)"),
        (
            _op(body="binary"),
            {"body": 1.5},
            "'body' must be bytes, str, a path or a binary file object, got float",
        ),
        (
            _op(body="json", body_schema="CreateActivity"),
            {"body": {"date": "2025-01-01"}},
            "'body' is missing required field(s) activityType, resourceId of CreateActivity",
        ),
        (_op(body="json"), {"body": 7}, "'body' must be a generated model or a dict, got int"),
    ],
)
def test_every_refusal_names_the_operation_and_the_argument(
    op: Any, args: dict[str, Any], message: str
) -> None:
    pytest.importorskip("ofsc_generated")  # CreateActivity's required fields come from the real contract
    with pytest.raises(RequestValidationError) as info:
        validate_args(op, args)
    assert info.value.operation == "core.paint"
    assert str(info.value) == f"core.paint: argument {message}"


def test_a_patch_body_may_leave_required_fields_out() -> None:
    pytest.importorskip("ofsc_generated")
    validate_args(
        _op(method="PATCH", body="json", body_schema="CreateActivity"), {"body": {"date": "2025-01-01"}}
    )


def test_documented_defaults() -> None:
    breaker = CircuitBreaker("o")
    assert (breaker.failure_threshold, breaker.reset_timeout) == (5, 30.0)
    with pytest.raises(ValueError, match="^failure_threshold must be at least 1$"):
        CircuitBreaker("o", failure_threshold=0)
    with pytest.raises(ValueError, match="^reset_timeout must be positive$"):
        CircuitBreaker("o", reset_timeout=0)
    retry = OFSCRetry.create()
    assert (retry.total, retry.backoff_max, retry.max_backoff_wait) == (3, 8.0, 60.0)
    assert retry.allowed_methods == frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
    assert retry.status_forcelist == frozenset({429, 502, 503, 504})
    assert OFSCRetry.create(methods=["post"]).allowed_methods == frozenset({"POST"})
    assert OFSCRetry().backoff_max == 8.0


def test_a_bearer_token_is_registered_for_masking_once_per_new_value(monkeypatch: pytest.MonkeyPatch) -> None:
    from ofsc_overlay import auth

    registered: list[str] = []
    monkeypatch.setattr(auth, "register_secret", registered.append)
    tokens = iter(["first-token", "first-token", "second-token"])
    flows = [BearerToken("fixed-token"), BearerToken(lambda: next(tokens))]
    for flow in flows:
        for _ in range(3):
            request = httpx.Request("GET", "https://acme.test/x")
            assert next(flow.auth_flow(request)) is request
    # Registered on first use and when the token changes, not on every request.
    assert registered == ["fixed-token", "first-token", "second-token"]
    assert request.headers["Authorization"] == "Bearer second-token"


def test_for_url_looks_the_breaker_up_in_the_scope_asked() -> None:
    from ofsc_overlay.breaker import breaker_key

    registry = BreakerRegistry()
    url = "https://acme.test/rest/ofscCore/v1/activities/1"
    host = registry.get(breaker_key(url, "host"))
    assert registry.for_url(url, "host") is host
    assert registry.for_url(url) is None  # the family breaker was never created
    family = registry.get(breaker_key(url, "family"))
    assert registry.for_url(url) is family and registry.for_url(url, "host") is host


def test_the_secrets_filter_is_installed_once_on_each_filtered_logger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ofsc_overlay import _redact

    loggers = [logging.getLogger(name) for name in _redact.FILTERED_LOGGERS]
    for log in [*loggers, logging.getLogger()]:
        monkeypatch.setattr(log, "filters", [f for f in log.filters if f is not _redact._FILTER])
    _redact._install_filter()
    _redact._install_filter()
    assert [log.filters.count(_redact._FILTER) for log in loggers] == [1] * len(loggers)
    assert _redact._FILTER not in logging.getLogger().filters


def test_a_failed_probe_reopens_and_the_next_cool_down_lets_a_new_probe_through() -> None:
    now = [0.0]
    breaker = CircuitBreaker("o", failure_threshold=1, reset_timeout=10.0, clock=lambda: now[0])
    breaker.record_failure(breaker.admit())
    for _ in range(2):
        now[0] += 10.0
        probe = breaker.admit()
        assert probe.probe
        breaker.record_failure(probe)
        assert breaker.state is CircuitState.OPEN
    now[0] += 10.0
    probe = breaker.admit()  # the failed probe freed its slot
    assert probe.probe
    breaker.record_success(probe)
    assert breaker.state is CircuitState.CLOSED


TOKEN_URL = "https://acme.test/rest/oauthTokenService/v2/token"


def _oauth_client(
    token_answers: list[httpx.Response], seen: list[httpx.Request], now: list[float]
) -> httpx.Client:
    from ofsc_overlay.auth import OAuth2ClientCredentials

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/token"):
            return token_answers.pop(0)
        return httpx.Response(200, json={})

    auth = OAuth2ClientCredentials(
        token_url=TOKEN_URL,
        client_id="app",
        instance="acme",
        client_secret="s3cr3t-value",
        clock=lambda: now[0],
    )
    return httpx.Client(transport=httpx.MockTransport(handler), auth=auth, headers={"User-Agent": "ua/1"})


def test_the_token_request_asks_for_json_with_the_clients_user_agent() -> None:
    seen: list[httpx.Request] = []
    with _oauth_client([httpx.Response(200, json={"access_token": "tok-123456"})], seen, [0.0]) as http:
        http.get("https://acme.test/rest/ofscCore/v1/activities/1")
    token_request = seen[0]
    assert token_request.url == TOKEN_URL
    assert token_request.headers["Accept"] == "application/json"
    assert token_request.headers["User-Agent"] == "ua/1"
    assert seen[1].headers["Authorization"] == "Bearer tok-123456"


def test_a_token_answer_without_a_token_is_a_typed_error_naming_the_token_request() -> None:
    from ofsc_overlay.errors import APIResponseValidationError

    seen: list[httpx.Request] = []
    with _oauth_client([httpx.Response(200, json={"expires_in": 3600})], seen, [0.0]) as http:
        with pytest.raises(APIResponseValidationError) as info:
            http.get("https://acme.test/rest/ofscCore/v1/activities/1")
    assert info.value.operation == "token request"
    assert info.value.reason == f"the token service at {TOKEN_URL} answered without an access_token"


def test_a_token_that_expires_at_once_is_fetched_again_on_the_next_request() -> None:
    seen: list[httpx.Request] = []
    answers = [
        httpx.Response(200, json={"access_token": "first-token", "expires_in": 0}),
        httpx.Response(200, json={"access_token": "second-token", "expires_in": 3600}),
    ]
    now = [100.0]
    with _oauth_client(answers, seen, now) as http:
        http.get("https://acme.test/rest/ofscCore/v1/a")
        now[0] += 0.25  # well within a second: a lifetime of 0 is already over
        http.get("https://acme.test/rest/ofscCore/v1/b")
    assert [request.url.path.rsplit("/", 1)[-1] for request in seen] == ["token", "a", "token", "b"]
    assert seen[3].headers["Authorization"] == "Bearer second-token"
