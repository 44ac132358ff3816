"""Hostile input: a call never reaches another endpoint than the one it names, and credentials stay home.

The path-parameter cases are generated from the catalog: every operation with a path parameter, every one of
its path parameters, every value that URL normalisation would turn into another path. Nothing may be sent.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import respx
from ofsc_generated.catalog import OPERATIONS, Operation, Param

from ofsc_overlay import OFSC, AsyncOFSC, OFSCError, RequestValidationError
from ofsc_overlay._validation import body_required_fields
from ofsc_overlay.auth import OAuth2ClientCredentials
from ofsc_overlay.breaker import BreakerRegistry
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.transport import build_async_client, build_sync_client

BASE = "https://acme.fs.ocs.oraclecloud.com"
SECRET = "hostile-secret-value"
BASIC = "Basic " + base64.b64encode(f"app@acme:{SECRET}".encode()).decode()

PATH_OPERATIONS = [op for op in OPERATIONS if any(p.location == "path" for p in op.params)]
DOT_VALUES = ["", ".", "..", " ", " \t ", " .. "]
# Reserved characters an id may hold: each must stay inside its one, percent-encoded segment.
RESERVED = "a/b?c#d%2e%2F..;x=1&y +z"


def sample(param: Param) -> Any:
    """A valid value for a parameter of the catalog."""
    if param.enum:
        return [param.enum[0]] if param.type == "array" else param.enum[0]
    return {"integer": 7, "number": 1.5, "boolean": True, "array": ["v"]}.get(param.type, "v")


def required_args(op: Operation) -> dict[str, Any]:
    args = {p.name: sample(p) for p in op.params if p.required}
    if op.body_required:
        if op.body == "binary":
            args["body"] = b"x"
        else:
            args["body"] = {name: "x" for name in body_required_fields(op.body_schema)} or {"x": "y"}
    return args


class Recorder:
    def __init__(self, status: int = 200, json: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.json = {} if json is None else json

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.json)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[OFSC]:
    with OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        breaker_failure_threshold=0,
        transport=httpx.MockTransport(recorder),
    ) as client:
        yield client


def method_of(client: OFSC | AsyncOFSC, op: Operation) -> Any:
    return getattr(getattr(client, op.group), op.name)


def path_cases() -> Iterator[Any]:
    for op in PATH_OPERATIONS:
        for param in op.params:
            if param.location == "path":
                yield pytest.param(op, param, id=f"{op.key}:{param.name}")


def test_the_catalog_has_path_parameterised_operations() -> None:
    # Guards the generated cases below against an empty catalog (they would then prove nothing).
    assert len(PATH_OPERATIONS) > len(OPERATIONS) // 2
    assert len(list(path_cases())) >= len(PATH_OPERATIONS)


@pytest.mark.parametrize(("op", "param"), list(path_cases()))
def test_dot_and_blank_path_segments_are_rejected_before_sending(
    client: OFSC, recorder: Recorder, op: Operation, param: Param
) -> None:
    call = method_of(client, op)
    for bad in DOT_VALUES:
        args = {**required_args(op), param.name: bad}
        with pytest.raises(RequestValidationError) as caught:
            call(**args)
        assert caught.value.parameter == param.name, (bad, str(caught.value))
        assert caught.value.operation == op.key
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("op", "param"),
    [case for case in path_cases() if case.values[1].type == "string" and not case.values[1].enum],
)
def test_reserved_characters_stay_in_one_encoded_segment(
    client: OFSC, recorder: Recorder, op: Operation, param: Param
) -> None:
    args = {**required_args(op), param.name: RESERVED}
    try:
        method_of(client, op)(**args)
    except OFSCError:
        pass  # the canned answer may not fit the operation: only the request matters here
    (request,) = recorder.requests
    segments = request.url.raw_path.decode("ascii").split("?")[0].split("/")
    assert len(segments) == len(op.path.split("/")), request.url
    assert quote(RESERVED, safe="") in segments
    assert request.method == op.method.upper()


def test_the_reported_deletion_no_longer_reaches_the_user(client: OFSC, recorder: Recorder) -> None:
    with pytest.raises(RequestValidationError, match="property_label"):
        client.core.delete_user_file_property(login="victim", property_label=".")
    assert recorder.requests == []


def test_async_rejects_dot_segments_before_sending() -> None:
    recorder = Recorder()

    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(recorder)
        ) as client:
            with pytest.raises(RequestValidationError):
                await client.core.delete_user_file_property(login="..", property_label="photo")

    asyncio.run(scenario())
    assert recorder.requests == []


HEADER_AND_QUERY_OPERATIONS = [
    pytest.param(op, param, id=f"{op.key}:{param.name}")
    for op in OPERATIONS
    for param in op.params
    if param.location in ("header", "query") and param.type in ("string", "array") and not param.enum
]


@pytest.mark.parametrize(("op", "param"), HEADER_AND_QUERY_OPERATIONS)
def test_control_characters_in_header_and_query_arguments_are_rejected(
    client: OFSC, recorder: Recorder, op: Operation, param: Param
) -> None:
    call = method_of(client, op)
    for bad in ("a\r\nX-Injected: 1", "a\nb", "a\x00b", "a\x7fb", "a\tb"):
        value: Any = [bad] if param.type == "array" else bad
        with pytest.raises(RequestValidationError) as caught:
            call(**{**required_args(op), param.name: value})
        assert caught.value.parameter == param.name
    assert recorder.requests == []


def test_the_hostile_argument_cases_cover_headers_and_queries() -> None:
    locations = {case.values[1].location for case in HEADER_AND_QUERY_OPERATIONS}
    assert locations == {"header", "query"}


# --- credentials go only to the token endpoint --------------------------------------------------------------


def oauth_stack(token_url: str = BASE + "/rest/oauthTokenService/v2/token") -> httpx.Client:
    settings = resolve_settings(instance="acme", client_id="app", client_secret=SECRET, auth="oauth2")
    auth = OAuth2ClientCredentials(
        token_url=token_url, client_id="app", instance="acme", client_secret=SECRET
    )
    return build_sync_client(settings, auth=auth, breaker_registry=BreakerRegistry())


@pytest.mark.parametrize(
    "path",
    [
        "/rest/ofscCore/v1/users/" + quote("/rest/oauthTokenService/v2/token", safe=""),
        "/rest/ofscCore/v1/users/x" + quote("/rest/oauthTokenService/", safe=""),
        "/rest/ofscCore/v1/resources/" + quote("a/rest/oauthTokenService/v1/token", safe=""),
        "/rest/ofscCore/v1/rest/oauthTokenService/v2/token",
        "/rest/oauthTokenService/v2/token/extra",
        "/rest/oauthTokenService/v2/tokens",
    ],
)
def test_an_id_naming_the_token_service_still_gets_the_bearer_token(path: str) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/rest/oauthTokenService/v2/token").respond(json={"access_token": "tok-1234567"})
        api = mock.route(url__regex=r".*").respond(json={})
        with oauth_stack() as http:
            http.get(httpx.URL(BASE + path))
        sent = api.calls.last.request
        assert sent.headers["Authorization"] == "Bearer tok-1234567"


@pytest.mark.parametrize("path", ["/rest/oauthTokenService/v2/token", "/rest/oauthTokenService/v1/token"])
def test_the_token_endpoints_get_the_basic_credentials(path: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post(path).respond(json={"access_token": "tok-1234567"})
        with oauth_stack() as http:
            http.post(path, data={"grant_type": "client_credentials"})
        assert route.calls.last.request.headers["Authorization"] == BASIC


def test_a_token_path_on_another_host_gets_no_credentials() -> None:
    with respx.mock(assert_all_called=False) as mock:
        mock.post(BASE + "/rest/oauthTokenService/v2/token").respond(json={"access_token": "tok-1234567"})
        other = mock.post("https://evil.example.com/rest/oauthTokenService/v2/token").respond(json={})
        with oauth_stack() as http:
            http.post("https://evil.example.com/rest/oauthTokenService/v2/token")
        assert other.calls.last.request.headers["Authorization"] != BASIC


def test_a_prefixed_token_url_keeps_its_prefix_for_both_versions() -> None:
    prefixed = "https://gw.example.com/ofsc/rest/oauthTokenService/v2/token"
    with respx.mock(assert_all_called=False) as mock:
        v1 = mock.post("https://gw.example.com/ofsc/rest/oauthTokenService/v1/token").respond(json={})
        bare = mock.post("https://gw.example.com/rest/oauthTokenService/v1/token").respond(json={})
        mock.post(prefixed).respond(json={"access_token": "tok-1234567"})
        with oauth_stack(prefixed) as http:
            http.post("https://gw.example.com/ofsc/rest/oauthTokenService/v1/token")
            http.post("https://gw.example.com/rest/oauthTokenService/v1/token")
        assert v1.calls.last.request.headers["Authorization"] == BASIC
        assert bare.calls.last.request.headers["Authorization"] == "Bearer tok-1234567"


def test_async_token_path_recognition_is_exact() -> None:
    settings = resolve_settings(instance="acme", client_id="app", client_secret=SECRET, auth="oauth2")

    async def scenario() -> None:
        async with build_async_client(settings, breaker_registry=BreakerRegistry()) as http:
            await http.get("/rest/ofscCore/v1/users/" + quote("/rest/oauthTokenService/v2/token", safe=""))

    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/rest/oauthTokenService/v2/token").respond(json={"access_token": "tok-7654321"})
        api = mock.route(url__regex=r".*users.*").respond(json={})
        asyncio.run(scenario())
        assert api.calls.last.request.headers["Authorization"] == "Bearer tok-7654321"


def test_redirects_are_not_followed_with_credentials(client: OFSC, recorder: Recorder) -> None:
    recorder.status = 302
    with pytest.raises(OFSCError):
        client.core.get_user(login="someone")
    assert len(recorder.requests) == 1
