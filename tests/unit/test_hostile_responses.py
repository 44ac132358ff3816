"""Hostile servers: every 2xx byte is accounted for, every failure is a typed error.

A 2xx body that is not what the operation declares becomes ``APIResponseValidationError`` (sync, async and
``with_raw_response``), never a bare ``JSONDecodeError``, ``TypeError``, ``KeyError`` or ``RecursionError``;
an error body, however hostile, never stops its typed error from being built. The body cases run over every
catalog operation that declares a JSON body.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ofsc_generated.catalog import OPERATIONS, Operation

from ofsc_overlay import OFSC, AsyncOFSC, _error_details, errors
from ofsc_overlay._validation import body_required_fields

SECRET = "hostile-secret-value"
DEEP = "[" * 100_000 + "]" * 100_000

# (case id, body bytes, content type) of answers that no JSON-declaring operation accepts.
NOT_DECLARED: list[tuple[str, bytes, str]] = [
    ("html", b"<html><body>502 Bad Gateway</body></html>", "text/html"),
    ("truncated", b'{"items": [{"activityId": 1}, {"activ', "application/json"),
    ("null", b"null", "application/json"),
    ("number", b"42", "application/json"),
    ("string", b'"ok"', "application/json"),
    ("too-deep", DEEP.encode(), "application/json"),
    ("not-utf8", b'{"name": "\xff\xfe"}', "application/json"),
]
WRONG_CONTAINER = [("list", b'[{"activityId": 1}]'), ("true", b"true")]

JSON_OPERATIONS = [
    op for op in OPERATIONS if getattr(op, "body_statuses", (200,)) and op.accept == "application/json"
]


def args_for(op: Operation) -> dict[str, Any]:
    def sample(param: Any) -> Any:
        if param.enum:
            return [param.enum[0]] if param.type == "array" else param.enum[0]
        return {"integer": 7, "number": 1.5, "boolean": True, "array": ["v"]}.get(param.type, "v")

    args = {p.name: sample(p) for p in op.params if p.required}
    if op.body_required:
        if op.body == "binary":
            args["body"] = b"x"
        else:
            args["body"] = {name: "x" for name in body_required_fields(op.body_schema)} or {"x": "y"}
    return args


def answering(status: int, content: bytes, content_type: str = "application/json", **headers: str) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type, **headers})

    return handler


def sync_client(handler: Callable[[httpx.Request], httpx.Response]) -> OFSC:
    return OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        breaker_failure_threshold=0,
        transport=httpx.MockTransport(handler),
    )


def async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncOFSC:
    return AsyncOFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        breaker_failure_threshold=0,
        transport=httpx.MockTransport(handler),
    )


def check_validation_error(error: errors.APIResponseValidationError, op: Operation, status: int) -> None:
    assert isinstance(error, errors.APIError)
    assert error.operation == op.key
    assert error.status_code == status
    assert isinstance(error.headers, httpx.Headers)
    assert len(error.body) <= 203
    assert op.key in str(error)
    assert str(status) in str(error)


def test_every_json_operation_is_covered() -> None:
    assert len(JSON_OPERATIONS) > len(OPERATIONS) // 2


# Every operation of the catalog, each answer kind: the mutation run leaves it out (see docs/mutation.md).
@pytest.mark.slow
@pytest.mark.parametrize(("case", "content", "content_type"), NOT_DECLARED, ids=[c[0] for c in NOT_DECLARED])
def test_undeclared_bodies_raise_a_typed_error_for_every_operation(
    case: str, content: bytes, content_type: str
) -> None:
    with sync_client(answering(200, content, content_type)) as client:
        for op in JSON_OPERATIONS:
            group = getattr(client, op.group)
            for call in (getattr(group, op.name), getattr(group.with_raw_response, op.name)):
                with pytest.raises(errors.APIResponseValidationError) as caught:
                    call(**args_for(op))
                check_validation_error(caught.value, op, 200)


@pytest.mark.parametrize(("case", "content"), WRONG_CONTAINER, ids=[c[0] for c in WRONG_CONTAINER])
def test_a_list_or_a_scalar_where_an_object_is_declared(case: str, content: bytes) -> None:
    with sync_client(answering(200, content)) as client:
        with pytest.raises(errors.APIResponseValidationError) as caught:
            client.core.get_activity(activity_id=1)
        assert isinstance(caught.value.__cause__, TypeError | AttributeError | ValueError)
        assert caught.value.operation == "core.get_activity"
        with pytest.raises(errors.APIResponseValidationError):
            client.metadata.get_workzones()


@pytest.mark.parametrize(("case", "content", "content_type"), NOT_DECLARED, ids=[c[0] for c in NOT_DECLARED])
def test_async_and_async_raw_raise_the_same_typed_error(case: str, content: bytes, content_type: str) -> None:
    async def scenario() -> list[BaseException]:
        caught: list[BaseException] = []
        async with async_client(answering(200, content, content_type)) as client:
            for call in (client.core.get_activity, client.core.with_raw_response.get_activity):
                try:
                    await call(activity_id=1)
                except BaseException as exc:  # noqa: BLE001 - the type is what is asserted
                    caught.append(exc)
            try:
                async for _ in client.metadata.get_all_workzones(concurrency=2):
                    pass
            except BaseException as exc:  # noqa: BLE001
                caught.append(exc)
        return caught

    raised = asyncio.run(scenario())
    assert len(raised) == 3
    assert all(isinstance(exc, errors.APIResponseValidationError) for exc in raised), raised


def test_the_body_snippet_is_bounded_and_masked() -> None:
    body = b'{"access_token": "' + SECRET.encode() + b'", "x": "' + b"y" * 10_000 + b'"'
    with sync_client(answering(200, body)) as client:
        with pytest.raises(errors.APIResponseValidationError) as caught:
            client.core.get_activity(activity_id=1)
    assert SECRET not in str(caught.value) and SECRET not in caught.value.body
    assert len(str(caught.value)) < 1000


def test_a_gzip_body_under_an_undeclared_status_is_parsed() -> None:
    body = gzip.compress(json.dumps({"activityId": 5}).encode())
    with sync_client(answering(203, body, **{"Content-Encoding": "gzip"})) as client:
        assert client.core.get_activity(activity_id=5).activity_id == 5


# --- status codes the spec does not list ---------------------------------------------------------------


def test_200_where_the_spec_says_201_is_parsed_with_the_declared_schema() -> None:
    op = next(op for op in OPERATIONS if op.body_statuses == (201,) and op.method == "post")
    reply = {"someField": "kept"}
    with sync_client(answering(200, json.dumps(reply).encode())) as client:
        result = getattr(getattr(client, op.group), op.name)(**args_for(op))
    assert result is not None
    assert result.to_dict() == reply


@pytest.mark.parametrize("status", [201, 202, 203, 206])
def test_any_undeclared_2xx_parses_like_the_declared_one(status: int) -> None:
    with sync_client(answering(status, b'{"activityId": 3, "status": "pending"}')) as client:
        activity = client.core.get_activity(activity_id=3)
        raw = client.core.with_raw_response.get_activity(activity_id=3)
    assert activity.activity_id == 3
    assert raw.status_code == status and raw.parsed.activity_id == 3


def test_a_body_where_the_spec_says_204_is_not_the_result() -> None:
    op = next(op for op in OPERATIONS if op.key == "core.delete_activity")
    assert op.body_statuses == ()
    with sync_client(answering(200, b'{"unexpected": true}')) as client:
        assert client.core.delete_activity(activity_id=1) is None


# --- empty bodies ---------------------------------------------------------------------------------------


def test_an_empty_body_where_a_model_is_declared_is_a_typed_error() -> None:
    with sync_client(answering(200, b"")) as client:
        with pytest.raises(errors.APIResponseValidationError, match="no body"):
            client.core.get_activity(activity_id=1)
        with pytest.raises(errors.APIResponseValidationError):
            client.core.with_raw_response.get_activity(activity_id=1)


def test_an_empty_answer_is_none_where_a_body_less_2xx_is_declared() -> None:
    op = next(op for op in OPERATIONS if op.empty_success and op.body_statuses)
    with sync_client(answering(204, b"")) as client:
        assert getattr(getattr(client, op.group), op.name)(**args_for(op)) is None
    with sync_client(answering(200, b"")) as client:
        assert getattr(getattr(client, op.group), op.name)(**args_for(op)) is None


def test_a_204_is_none_everywhere() -> None:
    with sync_client(answering(204, b"")) as client:
        assert client.core.get_activity(activity_id=1) is None


# --- hostile error bodies -------------------------------------------------------------------------------

HOSTILE_ERROR_BODIES: list[tuple[str, bytes]] = [
    ("too-deep", DEEP.encode()),
    ("deep-object", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    ("title-object", b'{"title": {"nested": [1, 2, {"x": null}]}, "detail": ["a", "b"]}'),
    ("huge-number", b'{"status": ' + b"9" * 10_000 + b"}"),
    ("status-list", b'{"type": [], "title": 12.5, "detail": true, "o:errorCode": {"a": 1}}'),
    ("null", b"null"),
    ("array", b'[{"title": "x"}]'),
    ("not-utf8", b"\xff\xfe\xfd error"),
    ("binary", bytes(range(256)) * 40),
    ("huge-text", b"E" * 1_000_000),
    ("nan", b'{"title": NaN, "detail": Infinity}'),
]


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500, 503, 418])
@pytest.mark.parametrize(("case", "content"), HOSTILE_ERROR_BODIES, ids=[c[0] for c in HOSTILE_ERROR_BODIES])
def test_hostile_error_bodies_still_build_their_typed_error(status: int, case: str, content: bytes) -> None:
    with sync_client(answering(status, content, "application/json", **{"Retry-After": "9" * 400})) as client:
        with pytest.raises(errors.APIStatusError) as caught:
            client.core.get_activity(activity_id=1)
    error = caught.value
    assert error.status_code == status
    assert len(str(error)) < 1200
    repr(error)
    if status == 429:
        assert isinstance(error, errors.RateLimitError)


@pytest.mark.parametrize(
    "retry_after", ["Fri, 31 Dec 99999 23:59:59 GMT", "Mon, 01 Jan 0000 00:00:00 GMT", "nan", "-1", "\x00"]
)
def test_hostile_retry_after_values(retry_after: str) -> None:
    value = errors.parse_retry_after(retry_after)
    assert value is None or value >= 0


@pytest.mark.parametrize(
    "content",
    [DEEP.encode(), b"<html>login</html>", b"null", b'{"access_token": 5}'],
    ids=["too-deep", "html", "null", "token-not-text"],
)
def test_a_hostile_token_answer_is_a_typed_error(content: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    with OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        auth="oauth2",
        max_retries=0,
        transport=httpx.MockTransport(handler),
    ) as client:
        with pytest.raises(errors.APIResponseValidationError, match="access_token"):
            client.core.get_activity(activity_id=1)


def test_an_error_from_an_unread_streaming_response_has_no_snippet() -> None:
    request = httpx.Request("GET", "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/1")
    streaming = httpx.Response(200, stream=httpx.ByteStream(b"<html>"), request=request)
    error = errors.APIResponseValidationError(streaming, operation="core.get_activity", reason="not JSON")
    assert error.body == "" and "the body is empty" in str(error)
    bare = errors.APIResponseValidationError(httpx.Response(200), operation="x.y", reason="no body")
    assert str(bare).startswith("The server (x.y) answered 200")


def test_an_error_body_that_breaks_the_reader_still_gives_the_typed_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(response: httpx.Response) -> Any:
        raise RuntimeError("a reader bug")

    monkeypatch.setattr(_error_details, "_read_error_body", broken)
    error = errors.error_from_response(httpx.Response(500, content=b"{}"))
    assert isinstance(error, errors.InternalServerError) and error.body is None
