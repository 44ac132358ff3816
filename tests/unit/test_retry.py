"""ofsc_overlay.retry: what is retried, how long it waits, per-call options, attempt numbers."""

from __future__ import annotations

import asyncio
import datetime

import httpx
import pytest
from httpx_retries import Retry

from ofsc_overlay.retry import OFSCRetry, RetryTransport

URL = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities"
NOW = datetime.datetime(2026, 3, 1, 12, 0, 0, tzinfo=datetime.UTC)


class Script:
    """A mock server answering from a list of responses/exceptions, recording what it saw."""

    def __init__(self, *outcomes: int | Exception | httpx.Response) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, httpx.Response):
            return outcome
        return httpx.Response(outcome, json={"status": str(outcome)})


def client_for(
    script: Script, *, jitter: float = 0.0, sleeps: list[float] | None = None, **options: object
) -> httpx.Client:
    record = sleeps if sleeps is not None else []
    retry = OFSCRetry.create(jitter=jitter, sleep=record.append, now=lambda: NOW, **options)  # type: ignore[arg-type]
    return httpx.Client(transport=RetryTransport(httpx.MockTransport(script), retry))


def test_get_retried_on_503_then_ok() -> None:
    script = Script(503, 503, 200)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps) as client:
        response = client.get(URL)
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]
    assert response.extensions["ofsc_attempt"] == 3


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    script = Script(status, 200)
    with client_for(script) as client:
        assert client.get(URL).status_code == 200
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 500, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    script = Script(status, 200)
    with client_for(script) as client:
        response = client.get(URL)
    assert response.status_code == status
    assert len(script.requests) == 1
    assert response.extensions["ofsc_attempt"] == 1


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectTimeout("slow"),
        httpx.RemoteProtocolError("peer closed"),
        httpx.ReadError("reset"),
    ],
)
def test_connection_errors_and_timeouts_are_retried(error: Exception) -> None:
    script = Script(error, 200)
    with client_for(script) as client:
        assert client.get(URL).status_code == 200
    assert len(script.requests) == 2


def test_exhausted_returns_last_response() -> None:
    script = Script(503)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps, max_retries=2) as client:
        response = client.get(URL)
    assert response.status_code == 503
    assert len(script.requests) == 3
    assert response.extensions["ofsc_attempt"] == 3


def test_exhausted_raises_last_exception_with_attempt_number() -> None:
    script = Script(httpx.ConnectError("refused"))
    with client_for(script, max_retries=2) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(URL)
    assert len(script.requests) == 3
    assert script.requests[-1].extensions["ofsc_attempt"] == 3


def test_backoff_doubles_and_is_capped() -> None:
    script = Script(503)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps, max_retries=6, backoff_factor=0.5, backoff_max=8.0) as client:
        client.get(URL)
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_scales_the_wait_down() -> None:
    retry = OFSCRetry.create(jitter=0.25, random_function=lambda: 1.0)
    assert retry.increment().backoff_strategy() == 0.375
    assert OFSCRetry.create(jitter=0.25, random_function=lambda: 0.0).increment().backoff_strategy() == 0.5
    assert OFSCRetry.create(backoff_factor=0).increment().backoff_strategy() == 0.0
    # default randomness stays within [1 - jitter, 1] of the base wait
    for _ in range(50):
        assert 0.375 <= OFSCRetry.create(jitter=0.25).increment().backoff_strategy() <= 0.5


def test_retry_after_seconds() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), 200)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps) as client:
        assert client.get(URL).status_code == 200
    assert sleeps == [7.0]


def test_retry_after_http_date() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "Sun, 01 Mar 2026 12:00:12 GMT"}), 200)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps) as client:
        client.get(URL)
    assert sleeps == [12.0]


def test_retry_after_is_capped_and_zero_is_honoured() -> None:
    sleeps: list[float] = []
    script = Script(
        httpx.Response(429, headers={"Retry-After": "3600"}),
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(429, headers={"Retry-After": "garbage"}),
        200,
    )
    with client_for(script, sleeps=sleeps, retry_after_max=60.0) as client:
        client.get(URL)
    # capped; zero means now; unusable falls back to the backoff (third retry: 0.5 * 2**2)
    assert sleeps == [60.0, 0.0, 2.0]


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_are_sent_once(method: str) -> None:
    script = Script(503, 200)
    with client_for(script) as client:
        assert client.request(method, URL).status_code == 503
    assert len(script.requests) == 1
    failing = Script(httpx.ConnectError("refused"), 200)
    with client_for(failing) as client:
        with pytest.raises(httpx.ConnectError):
            client.request(method, URL, json={"a": 1})
    assert len(failing.requests) == 1


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(method: str) -> None:
    script = Script(503, 200)
    with client_for(script) as client:
        assert client.request(method, URL).status_code == 200
    assert len(script.requests) == 2


def test_post_retried_when_the_call_opts_in() -> None:
    script = Script(503, 200)
    with client_for(script) as client:
        response = client.post(URL, json={"a": 1}, extensions={"ofsc_retry": {"retry_non_idempotent": True}})
    assert response.status_code == 200
    assert len(script.requests) == 2
    assert script.requests[1].content == b'{"a":1}'


def test_max_retries_zero_disables() -> None:
    script = Script(503, 200)
    sleeps: list[float] = []
    with client_for(script, sleeps=sleeps, max_retries=0) as client:
        assert client.get(URL).status_code == 503
    assert len(script.requests) == 1 and sleeps == []


def test_per_call_max_retries() -> None:
    script = Script(503, 503, 200)
    with client_for(script, max_retries=0) as client:
        assert client.get(URL, extensions={"ofsc_retry": {"max_retries": 2}}).status_code == 200
    assert len(script.requests) == 3
    once = Script(503, 200)
    with client_for(once, max_retries=5) as client:
        assert client.get(URL, extensions={"ofsc_retry": {"max_retries": 0}}).status_code == 503
    assert len(once.requests) == 1


@pytest.mark.parametrize("bad", [-1, "3", 1.5, True])
def test_invalid_per_call_max_retries(bad: object) -> None:
    with client_for(Script(200)) as client:
        with pytest.raises(ValueError, match="max_retries"):
            client.get(URL, extensions={"ofsc_retry": {"max_retries": bad}})


def test_explicit_library_retry_is_honoured() -> None:
    script = Script(500, 200)
    with client_for(script, max_retries=0) as client:
        response = client.get(URL, extensions={"retry": Retry(total=1, status_forcelist=[500])})
    assert response.status_code == 200


def test_copies_keep_injected_functions() -> None:
    sleeps: list[float] = []
    retry = OFSCRetry.create(sleep=sleeps.append, backoff_max=3.0, jitter=0.0)
    copy = retry.increment().copy_with(total=9)
    assert isinstance(copy, OFSCRetry)
    assert copy.sleep_function is retry.sleep_function and copy.backoff_max == 3.0
    assert copy.total == 9 and copy.attempts_made == 1
    copy.sleep(httpx.ConnectError("x"))
    assert sleeps == [0.5] and copy.elapsed_sleep == 0.5


def test_default_sleep_functions_are_the_real_ones() -> None:
    import time

    retry = OFSCRetry.create()
    assert retry.sleep_function is time.sleep and retry.async_sleep_function is asyncio.sleep


def test_async_retries_with_injected_sleep() -> None:
    script = Script(httpx.ConnectError("refused"), 502, 200)
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    retry = OFSCRetry.create(jitter=0.0, async_sleep=fake_sleep)
    transport = RetryTransport(httpx.MockTransport(script), retry)

    async def main() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.get(URL)

    response = asyncio.run(main())
    assert response.status_code == 200
    assert response.extensions["ofsc_attempt"] == 3
    assert sleeps == [0.5, 1.0]


def test_async_post_sent_once_unless_opted_in() -> None:
    script = Script(503, 200)
    transport = RetryTransport(httpx.MockTransport(script), OFSCRetry.create(async_sleep=_no_sleep))

    async def main() -> tuple[int, int]:
        async with httpx.AsyncClient(transport=transport) as client:
            first = await client.post(URL)
            second = await client.post(URL, extensions={"ofsc_retry": {"retry_non_idempotent": True}})
        return first.status_code, second.status_code

    assert asyncio.run(main()) == (503, 200)


async def _no_sleep(seconds: float) -> None:
    return None


def test_ofsc_retry_takes_httpx_retries_arguments_by_position_too() -> None:
    retry = OFSCRetry(5, ["GET"])
    assert (retry.total, retry.allowed_methods) == (5, frozenset({"GET"}))
    copy = retry.copy_with(2)
    assert isinstance(copy, OFSCRetry) and (copy.total, copy.allowed_methods) == (2, frozenset({"GET"}))
