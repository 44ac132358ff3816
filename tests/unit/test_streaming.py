"""Streamed downloads (``with_streaming_response``) and uploads read while they are sent, on MockTransport.

A download is opened through the same layers as any call: a 404 is a NotFoundError with OFSC's error body, a
503 is retried, an open breaker refuses, secrets are masked; the body is handed out chunk by chunk as the
server produces it. An upload from a file object, a path or an async iterable goes out in chunks and is never
re-sent: no retry, no re-send after a 401.
"""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ofsc_overlay import (
    OFSC,
    APIConnectionError,
    AsyncOFSC,
    AuthenticationError,
    CircuitOpenError,
    InternalServerError,
    NotFoundError,
    RequestValidationError,
)
from ofsc_overlay._uploads import CHUNK_SIZE

SECRET = "streaming-secret-value"
FILE_PATH = "/rest/ofscCore/v1/activities/42/XA_PHOTO"
TOKEN_PATH = "/rest/oauthTokenService/v2/token"
CHUNK = b"x" * 1000
CHUNKS = 50


class Server:
    """Answers file-property GETs with a body produced chunk by chunk, and records every request."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = statuses or []
        self.requests: list[httpx.Request] = []
        self.uploaded: list[bytes] = []
        self.produced = 0
        self.tokens = 0

    def body(self) -> Iterator[bytes]:
        for _ in range(CHUNKS):
            self.produced += 1
            yield CHUNK

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"token-{self.tokens}", "expires_in": 3600})
        self.requests.append(request)
        status = self.statuses.pop(0) if self.statuses else 200
        if request.method == "PUT":
            if status == 200:
                self.uploaded.append(b"".join(request.stream))  # type: ignore[arg-type]
            return httpx.Response(status)
        if status == 404:
            return httpx.Response(
                404,
                json={
                    "type": "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
                    "title": "Not Found",
                    "status": "404",
                    "detail": f"Property 'XA_PHOTO' not found (key {SECRET})",
                },
            )
        if status != 200:
            return httpx.Response(status, json={"title": "Service Unavailable", "status": str(status)})
        return httpx.Response(200, headers={"Content-Type": "application/octet-stream"}, content=self.body())

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT" and request.url.path != TOKEN_PATH:
            self.requests.append(request)
            status = self.statuses.pop(0) if self.statuses else 200
            if status == 200:
                self.uploaded.append(b"".join([chunk async for chunk in request.stream]))  # type: ignore[union-attr]
            return httpx.Response(status)
        response = self.handle(request)
        if isinstance(response.stream, httpx.SyncByteStream) and not isinstance(
            response.stream, httpx.ByteStream
        ):
            chunks = self.body()
            return httpx.Response(response.status_code, headers=response.headers, content=_aiter(chunks))
        return response


async def _aiter(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def client(server: Server, **options: Any) -> OFSC:
    settings: dict[str, Any] = {"max_retries": 2, "sleep": lambda _: None, **options}
    return OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        transport=httpx.MockTransport(server.handle),
        **settings,
    )


def async_client(server: Server, **options: Any) -> AsyncOFSC:
    async def no_sleep(_: float) -> None:
        return None

    settings: dict[str, Any] = {"max_retries": 2, "sleep": no_sleep, **options}
    return AsyncOFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        transport=httpx.MockTransport(server.ahandle),
        **settings,
    )


# --- downloads --------------------------------------------------------------------------------------------


def test_a_download_streams_as_it_is_consumed() -> None:
    server = Server()
    with client(server) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            assert download.status_code == 200
            assert download.headers["Content-Type"] == "application/octet-stream"
            chunks = download.iter_bytes()
            first = next(chunks)
            assert first == CHUNK and server.produced < CHUNKS  # the rest is not read yet
            rest = b"".join(chunks)
    assert len(first + rest) == CHUNK_LEN and server.produced == CHUNKS
    assert server.requests[0].headers["Accept"] == "application/octet-stream"


CHUNK_LEN = len(CHUNK) * CHUNKS


def test_write_to_writes_the_body_to_a_file(tmp_path: Path) -> None:
    server = Server()
    target = tmp_path / "photo.bin"
    with client(server) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            assert download.write_to(target) == CHUNK_LEN
    assert target.read_bytes() == CHUNK * CHUNKS


def test_a_404_is_a_not_found_error_with_the_ofsc_body_and_masked_secrets() -> None:
    server = Server([404])
    with client(server) as ofsc:
        with pytest.raises(NotFoundError) as caught:
            with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ):
                pytest.fail("the body of an error must not be handed out")
    error = caught.value
    assert error.status_code == 404 and error.title == "Not Found"
    assert error.detail is not None and "Property 'XA_PHOTO' not found" in error.detail
    assert SECRET not in str(error) and SECRET not in error.detail
    assert len(server.requests) == 1  # a 404 is not retried


def test_a_503_is_retried_before_the_stream_is_handed_out() -> None:
    server = Server([503, 503])
    with client(server) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            assert len(b"".join(download.iter_bytes())) == CHUNK_LEN
    assert len(server.requests) == 3


def test_an_open_breaker_refuses_a_download() -> None:
    server = Server([503] * 10)
    with client(server, max_retries=0, breaker_failure_threshold=2) as ofsc:
        for _ in range(2):
            with pytest.raises(InternalServerError):
                with ofsc.core.with_streaming_response.get_activity_file_property(
                    activity_id=42, property_label="XA_PHOTO"
                ):
                    pass
        with pytest.raises(CircuitOpenError):
            with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ):
                pass
    assert len(server.requests) == 2


def test_a_connection_lost_mid_body_is_a_typed_error() -> None:
    def broken() -> Iterator[bytes]:
        yield CHUNK
        raise httpx.ReadError("connection reset")

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=broken())

    with OFSC(
        instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(handle)
    ) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            chunks = download.iter_bytes()
            assert next(chunks) == CHUNK
            with pytest.raises(APIConnectionError):
                next(chunks)


def test_the_arguments_are_checked_before_anything_is_sent() -> None:
    server = Server()
    with client(server) as ofsc:
        with pytest.raises(RequestValidationError):
            with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id="not-an-id",  # type: ignore[arg-type]
                property_label="XA_PHOTO",
            ):
                pass
        with pytest.raises(RequestValidationError, match="not a binary download"):
            with ofsc._runner.stream("core.get_activity", {"activity_id": 1}):  # type: ignore[attr-defined]
                pass
    assert server.requests == []


def test_the_repr_masks_known_secrets() -> None:
    server = Server()
    with client(server) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            assert "StreamedDownload 200" in repr(download) and SECRET not in repr(download)


def test_async_download_streams_and_raises_the_same_errors(tmp_path: Path) -> None:
    server = Server([404])

    async def scenario() -> tuple[bytes, int]:
        async with async_client(server) as ofsc:
            with pytest.raises(NotFoundError):
                async with ofsc.core.with_streaming_response.get_activity_file_property(
                    activity_id=42, property_label="XA_PHOTO"
                ):
                    pass
            async with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ) as download:
                assert download.status_code == 200
                chunks = download.iter_bytes()
                first = await anext(chunks)
                assert server.produced < CHUNKS
                body = first + b"".join([chunk async for chunk in chunks])
            async with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ) as download:
                written = await download.write_to(tmp_path / "async.bin")
            return body, written

    body, written = asyncio.run(scenario())
    assert body == CHUNK * CHUNKS and written == CHUNK_LEN
    assert (tmp_path / "async.bin").read_bytes() == body


# --- uploads ----------------------------------------------------------------------------------------------


class CountingFile(io.BytesIO):
    """A binary file that records the size of every read."""

    def __init__(self, content: bytes) -> None:
        super().__init__(content)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


CONTENT = os.urandom(5 * CHUNK_SIZE + 123)


def test_an_upload_from_a_file_object_is_read_in_chunks() -> None:
    server = Server()
    source = CountingFile(CONTENT)
    with client(server) as ofsc:
        ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=source)
    assert server.uploaded == [CONTENT]
    assert source.reads and all(0 < size <= CHUNK_SIZE for size in source.reads)


def test_the_answer_to_a_streamed_upload_is_parsed() -> None:
    uploaded: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        uploaded.append(b"".join(request.stream))  # type: ignore[arg-type]
        return httpx.Response(200, json={"planId": 7})

    with OFSC(
        instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(handle)
    ) as ofsc:
        plan = ofsc.metadata.import_routing_plan(profile_label="P1", body=io.BytesIO(CONTENT))
    assert uploaded == [CONTENT]
    assert plan is not None and plan.to_dict() == {"planId": 7}


def test_an_upload_from_a_path_sends_its_length(tmp_path: Path) -> None:
    source = tmp_path / "photo.bin"
    source.write_bytes(CONTENT)
    server = Server()
    with client(server) as ofsc:
        ofsc.core.set_activity_file_property(
            activity_id=42, property_label="XA_PHOTO", body=source, content_type="image/png"
        )
    assert server.uploaded == [CONTENT]
    assert server.requests[0].headers["Content-Length"] == str(len(CONTENT))
    assert server.requests[0].headers["Content-Type"] == "image/png"


def test_a_streamed_upload_is_not_retried_but_bytes_are(tmp_path: Path) -> None:
    source = tmp_path / "photo.bin"
    source.write_bytes(CONTENT)
    server = Server([503, 503])
    with client(server) as ofsc:
        with pytest.raises(InternalServerError):
            ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=source)
        assert len(server.requests) == 1  # sent once: the file cannot be sent again
        ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=CONTENT)
    assert len(server.requests) == 3 and server.uploaded == [CONTENT]  # 503, then the retry that worked


def test_a_streamed_upload_refused_with_401_is_not_re_sent() -> None:
    server = Server([401])
    with client(server, auth="oauth2") as ofsc:
        with pytest.raises(AuthenticationError):
            ofsc.core.set_activity_file_property(
                activity_id=42, property_label="XA_PHOTO", body=io.BytesIO(CONTENT)
            )
        assert len(server.requests) == 1 and server.tokens == 1
        # The refused token is dropped: the next call fetches a new one.
        ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=io.BytesIO(b"2"))
    assert server.tokens == 2 and server.uploaded == [b"2"]
    assert server.requests[1].headers["Authorization"] == "Bearer token-2"


def test_a_missing_file_or_an_async_iterable_is_refused_before_sending(tmp_path: Path) -> None:
    server = Server()

    async def chunks() -> AsyncIterator[bytes]:
        yield b"x"

    with client(server) as ofsc:
        with pytest.raises(RequestValidationError, match="no readable file"):
            ofsc.core.set_activity_file_property(
                activity_id=42, property_label="XA_PHOTO", body=tmp_path / "missing.bin"
            )
        with pytest.raises(RequestValidationError, match="only AsyncOFSC"):
            ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=chunks())
    assert server.requests == []


def test_async_uploads_from_an_async_iterable_a_path_and_a_file(tmp_path: Path) -> None:
    source = tmp_path / "photo.bin"
    source.write_bytes(CONTENT)
    server = Server()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(CONTENT), CHUNK_SIZE):
            yield CONTENT[start : start + CHUNK_SIZE]

    async def scenario() -> None:
        async with async_client(server) as ofsc:
            await ofsc.core.set_activity_file_property(
                activity_id=42, property_label="XA_PHOTO", body=chunks()
            )
            await ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=source)
            with source.open("rb") as file:
                await ofsc.core.set_activity_file_property(
                    activity_id=42, property_label="XA_PHOTO", body=file
                )

    asyncio.run(scenario())
    assert server.uploaded == [CONTENT, CONTENT, CONTENT]
    assert "Content-Length" not in server.requests[0].headers  # an async iterable goes chunked
    assert server.requests[1].headers["Content-Length"] == str(len(CONTENT))


def test_an_async_streamed_upload_is_not_retried() -> None:
    server = Server([503])

    async def chunks() -> AsyncIterator[bytes]:
        yield CONTENT

    async def scenario() -> None:
        async with async_client(server) as ofsc:
            await ofsc.core.set_activity_file_property(
                activity_id=42, property_label="XA_PHOTO", body=chunks()
            )

    with pytest.raises(InternalServerError):
        asyncio.run(scenario())
    assert len(server.requests) == 1


# --- failures on the way ----------------------------------------------------------------------------------


def _failing(stage: str) -> Any:
    """A handler failing at ``stage``: "connect" (no response), "error-body" (a 404 whose body breaks)."""

    def broken() -> Iterator[bytes]:
        yield b'{"title": "Not'
        raise httpx.ReadError("connection reset")

    def handle(request: httpx.Request) -> httpx.Response:
        if stage == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(404, content=broken())

    return handle


async def _afailing(stage: str) -> Any:
    handle = _failing(stage)

    async def broken() -> AsyncIterator[bytes]:
        yield b'{"title": "Not'
        raise httpx.ReadError("connection reset")

    async def ahandle(request: httpx.Request) -> httpx.Response:
        if stage == "mid-body":
            return httpx.Response(200, content=broken())
        if stage == "error-body":
            return httpx.Response(404, content=broken())
        response: httpx.Response = handle(request)
        return response

    return ahandle


@pytest.mark.parametrize("stage", ["connect", "error-body"])
def test_a_download_that_fails_before_its_body_is_a_typed_connection_error(stage: str) -> None:
    with OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        transport=httpx.MockTransport(_failing(stage)),
    ) as ofsc:
        with pytest.raises(APIConnectionError):
            with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ):
                pytest.fail("nothing is handed out")


@pytest.mark.parametrize("stage", ["connect", "error-body", "mid-body"])
def test_an_async_download_that_fails_is_a_typed_connection_error(stage: str) -> None:
    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            max_retries=0,
            transport=httpx.MockTransport(await _afailing(stage)),
        ) as ofsc:
            async with ofsc.core.with_streaming_response.get_activity_file_property(
                activity_id=42, property_label="XA_PHOTO"
            ) as download:
                assert download.http_response.status_code == 200
                async for _ in download.iter_bytes():
                    pass

    with pytest.raises(APIConnectionError):
        asyncio.run(scenario())


def test_the_http_response_is_at_hand() -> None:
    server = Server()
    with client(server) as ofsc:
        with ofsc.core.with_streaming_response.get_activity_file_property(
            activity_id=42, property_label="XA_PHOTO"
        ) as download:
            assert download.http_response.headers is download.headers
            assert not download.http_response.is_stream_consumed


def test_a_body_that_cannot_be_streamed_is_refused_before_sending() -> None:
    from ofsc_overlay.types import File

    server = Server()
    weird = File(payload=1.5)  # type: ignore[arg-type]
    with client(server) as ofsc:
        with pytest.raises(RequestValidationError, match="cannot be sent"):
            ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=weird)

    async def scenario() -> None:
        async with async_client(server) as ofsc:
            await ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=weird)

    with pytest.raises(RequestValidationError, match="cannot be sent"):
        asyncio.run(scenario())
    assert server.requests == []


def test_a_folder_is_not_a_file_to_upload(tmp_path: Path) -> None:
    server = Server()
    with client(server) as ofsc:
        with pytest.raises(RequestValidationError, match="no readable file"):
            ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=tmp_path)
    assert server.requests == []
