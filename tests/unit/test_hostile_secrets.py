"""Secrets never leave, even when a server echoes them back.

The client knows its client secret, its current token and its Basic header value: those exact strings and
their base64 forms are masked in exception messages and reprs, in log records at every level and in the
repr() of the objects a caller holds.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator

import httpx
import pytest
import respx

from ofsc_overlay import OFSC, AsyncOFSC, _redact, errors
from ofsc_overlay._redact import FILTERED_LOGGERS, mask_known, register_secret
from ofsc_overlay._runner import CallOptions

BASE = "https://acme.fs.ocs.oraclecloud.com"
SECRET = "cl1ent-Secr3t-value"
TOKEN = "tok-5f1c0d9e8b7a6c5d4e3f"
CREDENTIALS = f"app@acme:{SECRET}"
BASIC_VALUE = base64.b64encode(CREDENTIALS.encode()).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


LEAKS = [SECRET, TOKEN, BASIC_VALUE, b64(SECRET), b64(TOKEN), CREDENTIALS]


def assert_clean(text: str) -> None:
    for leak in LEAKS:
        assert leak not in text, f"{leak!r} leaked in {text[:300]!r}"


@pytest.fixture
def tenant() -> Iterator[respx.MockRouter]:
    """A tenant whose every answer echoes the caller's credentials back."""
    echo = f"The token {TOKEN} lacks scope; secret {SECRET}; basic {BASIC_VALUE}; b64 {b64(TOKEN)}"
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/rest/oauthTokenService/v2/token").respond(
            json={"access_token": TOKEN, "token_type": "bearer", "expires_in": 3600}
        )
        mock.get("/rest/ofscCore/v1/activities/1").respond(
            403, json={"type": "x", "title": f"Forbidden for {TOKEN}", "detail": echo}
        )
        mock.get("/rest/ofscCore/v1/activities/2").respond(
            200,
            json={"activityId": 2, "customerName": echo, "notes": TOKEN},
            headers={"X-Echo": TOKEN, "X-Secret": SECRET},
        )
        mock.get("/rest/ofscCore/v1/activities/3").respond(200, text=f"<html>{echo}</html>")
        mock.get(url__regex=r".*/users/.*").respond(404, text=echo)
        mock.get("/rest/ofscCore/v1/activities/4").mock(side_effect=httpx.ConnectError(echo))
        yield mock


def oauth_client() -> OFSC:
    return OFSC(
        instance="acme", client_id="app", client_secret=SECRET, auth="oauth2", max_retries=0, base_url=BASE
    )


def test_an_echoed_token_never_reaches_an_exception(tenant: respx.MockRouter) -> None:
    with oauth_client() as client:
        failures: list[errors.OFSCError] = []
        for call in (
            lambda: client.core.get_activity(activity_id=1),
            lambda: client.core.get_activity(activity_id=3),
            lambda: client.core.get_activity(activity_id=4),
            lambda: client.core.get_user(login="someone"),
        ):
            with pytest.raises(errors.OFSCError) as caught:
                call()
            failures.append(caught.value)
    assert [type(f) for f in failures] == [
        errors.PermissionDeniedError,
        errors.APIResponseValidationError,
        errors.APIConnectionError,
        errors.NotFoundError,
    ]
    for failure in failures:
        assert_clean(str(failure))
        assert_clean(repr(failure))
    status = failures[0]
    assert isinstance(status, errors.APIStatusError)
    assert_clean(str(status.detail))
    assert_clean(str(status.title))
    assert isinstance(failures[1], errors.APIResponseValidationError)
    assert_clean(failures[1].body)


def test_log_records_at_every_level_are_masked(
    tenant: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with oauth_client() as client:
        client.core.get_activity(activity_id=2)
        with pytest.raises(errors.OFSCError):
            client.core.get_activity(activity_id=1)
        with pytest.raises(errors.NotFoundError):
            client.core.get_user(login=TOKEN)  # the token in a path: the INFO line shows the path
    for name in FILTERED_LOGGERS:
        for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR):
            logging.getLogger(name).log(level, "echo %s %s", TOKEN, b64(SECRET))
    assert len(caplog.records) > 10
    for record in caplog.records:
        assert_clean(record.getMessage())
    assert any("***" in record.getMessage() for record in caplog.records)


def test_reprs_of_what_a_caller_holds_are_masked(tenant: respx.MockRouter) -> None:
    with oauth_client() as client:
        raw = client.core.with_raw_response.get_activity(activity_id=2)
        activity = client.core.get_activity(activity_id=2)
        options = client.with_options(headers={"X-Trace": TOKEN})
        for shown in (
            repr(raw),
            str(raw),
            repr(activity),
            repr(client),
            repr(options),
            repr(client.settings),
        ):
            assert_clean(shown)
        assert_clean(repr(options.options))
        assert raw.parsed["notes"] == TOKEN  # the data itself is the caller's: only its display is masked


def test_basic_credentials_and_secret_are_masked_once_a_client_exists() -> None:
    with OFSC(instance="acme", client_id="app", client_secret=SECRET, base_url=BASE) as client:
        assert_clean(mask_known(f"{SECRET} {BASIC_VALUE} {b64(SECRET)} {CREDENTIALS}"))
        assert_clean(repr(client))


def test_a_bearer_token_is_masked_by_value() -> None:
    with OFSC(auth="bearer", token=TOKEN, base_url=BASE, max_retries=0) as client:
        with respx.mock(base_url=BASE) as mock:
            mock.get("/rest/ofscCore/v1/activities/9").respond(401, json={"detail": f"bad token {TOKEN}"})
            with pytest.raises(errors.AuthenticationError) as caught:
                client.core.get_activity(activity_id=9)
    assert TOKEN not in str(caught.value)


def test_async_errors_are_masked(tenant: respx.MockRouter) -> None:
    async def scenario() -> errors.OFSCError:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            auth="oauth2",
            max_retries=0,
            base_url=BASE,
        ) as client:
            try:
                await client.core.get_activity(activity_id=1)
            except errors.OFSCError as exc:
                return exc
        raise AssertionError("no error")

    assert_clean(str(asyncio.run(scenario())))


def test_short_values_and_repeats_are_not_masked_or_duplicated() -> None:
    register_secret("abc")  # too short to mask without mangling ordinary text
    assert mask_known("abc def") == "abc def"
    register_secret("a-long-enough-secret")
    register_secret("a-long-enough-secret")
    assert mask_known("x a-long-enough-secret y") == "x *** y"


def test_call_options_repr_masks_auth_headers() -> None:
    options = CallOptions(headers={"Authorization": "Bearer abcdef123456"})
    assert "abcdef123456" not in repr(options)


def test_old_values_are_forgotten_past_the_bound() -> None:
    first = "the-first-secret-value"
    register_secret(first)
    assert mask_known(first) == "***"
    # Each value is held in several forms (itself and its base64 forms), so fewer than _MAX_SECRETS later
    # values push the first one out; registering only until then keeps the test fast.
    later = 0
    while mask_known(first) != first:
        assert later < _redact._MAX_SECRETS
        register_secret(f"later-secret-{later:05d}")
        later += 1
    assert len(_redact._secrets) == _redact._MAX_SECRETS  # full, never past the bound
    assert mask_known(f"later-secret-{later - 1:05d}") == "***"


def test_the_log_filter_masks_tracebacks_and_leaves_broken_records_alone() -> None:
    register_secret(TOKEN)
    log_filter = _redact.KnownSecretsFilter()
    record = logging.LogRecord("ofsc_overlay", logging.ERROR, __file__, 1, "failed %s", (TOKEN,), None)
    record.exc_text = f"Traceback ... {TOKEN}"
    assert log_filter.filter(record)
    assert record.getMessage() == "failed ***" and record.exc_text == "Traceback ... ***"
    broken = logging.LogRecord("ofsc_overlay", logging.INFO, __file__, 1, "%s %s", ("one",), None)
    assert log_filter.filter(broken)  # a record whose arguments do not fit is passed on unchanged
    assert broken.msg == "%s %s"


def test_the_log_filter_is_installed_once() -> None:
    _redact._install_filter()
    for name in FILTERED_LOGGERS:
        assert sum(isinstance(f, _redact.KnownSecretsFilter) for f in logging.getLogger(name).filters) == 1
