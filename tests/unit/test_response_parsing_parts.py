"""ofsc_overlay._responses at its edges: what the generated parser is handed, and each failure's reason."""

from __future__ import annotations

import json
import types
from typing import Any

import httpx
import pytest

from ofsc_overlay import errors
from ofsc_overlay._responses import parse_success

REQUEST = httpx.Request("GET", "https://acme.test/rest/ofscCore/v1/things")


def _op(**fields: Any) -> Any:
    return types.SimpleNamespace(group="core", name="get_thing", accept="application/json", **fields)


def _answer(status: int, content: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=REQUEST)


def _module(handler: Any) -> Any:
    return types.SimpleNamespace(_parse_response=handler)


def test_an_empty_body_is_an_error_unless_the_operation_says_it_may_be_empty() -> None:
    never: Any = _module(lambda **_: pytest.fail("the parser must not be called"))
    # A catalog written before empty_success existed: an empty 200 is an error.
    with pytest.raises(errors.APIResponseValidationError) as info:
        parse_success(_op(body_statuses=(200,)), never, _answer(200, b""))
    assert info.value.reason == "no body, where the operation declares one"
    assert info.value.operation == "core.get_thing"
    assert parse_success(_op(body_statuses=(200,), empty_success=True), never, _answer(200, b"")) is None


def test_an_undeclared_2xx_is_parsed_as_the_declared_one_with_its_headers_and_request() -> None:
    seen: list[tuple[Any, httpx.Response]] = []

    def parse(*, client: Any, response: httpx.Response) -> Any:
        seen.append((client, response))
        return response.json()

    answer = _answer(200, b'{"a": 1}', **{"Content-Type": "application/json", "X-Trace": "t1"})
    assert parse_success(_op(body_statuses=(201,)), _module(parse), answer) == {"a": 1}
    client, handed = seen[0]
    assert client.raise_on_unexpected_status is False
    assert handed.status_code == 201
    assert handed.headers["X-Trace"] == "t1" and handed.request is REQUEST
    # A declared status is handed over as it came.
    parse_success(_op(body_statuses=(200, 201)), _module(parse), answer)
    assert seen[1][1] is answer


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (RecursionError("deep"), "JSON nested deeper than the parser allows"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not UTF-8 text"),
        (KeyError("activityId"), "not the declared shape (KeyError: 'activityId')"),
        (TypeError("x" * 300), f"not the declared shape (TypeError: {'x' * 200})"),
    ],
)
def test_each_parse_failure_has_its_reason(failure: BaseException, reason: str) -> None:
    def parse(*, client: Any, response: httpx.Response) -> Any:
        raise failure

    with pytest.raises(errors.APIResponseValidationError) as info:
        parse_success(_op(body_statuses=(200,)), _module(parse), _answer(200, b"{}"))
    assert info.value.reason == reason


def test_invalid_json_names_the_error_and_where() -> None:
    def parse(*, client: Any, response: httpx.Response) -> Any:
        return json.loads(response.content)

    with pytest.raises(errors.APIResponseValidationError) as info:
        parse_success(_op(body_statuses=(200,)), _module(parse), _answer(200, b"<html>"))
    assert info.value.reason == "not valid JSON (Expecting value at position 0)"
