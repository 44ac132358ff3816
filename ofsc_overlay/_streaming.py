"""Binary downloads read as they are consumed: what ``with_streaming_response.<download>(...)`` enters.

The runner opens the response (``stream=True``) through the same layers as any call (auth, retries and the
circuit breaker judge the status line and headers), turns a non-2xx answer into the same typed error as a
normal call (its small body read and parsed), and hands a 2xx over here unread. The body then comes in
chunks: a failure while it streams in is the typed :class:`~ofsc_overlay.errors.APIConnectionError` (or
:class:`~ofsc_overlay.errors.APITimeoutError`), not retried, since part of the body was already handed out.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

from . import errors
from ._redact import mask_known

__all__ = ["AsyncStreamedDownload", "StreamedDownload", "aopen_download", "open_download"]

#: Called with the response once its status line and headers are in (the telemetry scope records them).
Seen = Callable[[httpx.Response], None]


class _Download:
    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def http_response(self) -> httpx.Response:
        return self._response

    def __repr__(self) -> str:
        length = self._response.headers.get("Content-Length", "?")
        return mask_known(
            f"<{type(self).__name__} {self._response.status_code} "
            f"{self._response.headers.get('Content-Type', '')} {length} bytes>"
        )


class StreamedDownload(_Download):
    """Status, headers and the body as it streams in (sync)."""

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decoded, in chunks of ``chunk_size`` bytes (default: as they arrive)."""
        response = self._response
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.RequestError as exc:
            raise errors.error_from_exception(exc, response.request) from exc

    def write_to(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk (replacing the file); the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes():
                file.write(chunk)
                written += len(chunk)
        return written


class AsyncStreamedDownload(_Download):
    """Status, headers and the body as it streams in (async)."""

    __slots__ = ()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, decoded, in chunks of ``chunk_size`` bytes (default: as they arrive)."""
        response = self._response
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.RequestError as exc:
            raise errors.error_from_exception(exc, response.request) from exc

    async def write_to(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk (replacing the file); the number of bytes written."""
        written = 0
        # Disk writes run in a worker thread: the event loop keeps serving while a chunk is written.
        file = await asyncio.to_thread(open, path, "wb")
        try:
            async for chunk in self.iter_bytes():
                await asyncio.to_thread(file.write, chunk)
                written += len(chunk)
        finally:
            file.close()
        return written


@contextlib.contextmanager
def open_download(
    client: httpx.Client, request: httpx.Request, seen: Seen | None = None
) -> Iterator[StreamedDownload]:
    """Send ``request`` and hand out its 2xx body unread; a non-2xx answer raises its typed error."""
    try:
        response = client.send(request, stream=True)
    except httpx.RequestError as exc:
        raise errors.error_from_exception(exc, request) from exc
    try:
        if seen is not None:
            seen(response)
        if not response.is_success:
            try:
                response.read()  # an error body is small: parsed into the typed error
            except httpx.RequestError as exc:
                raise errors.error_from_exception(exc, request) from exc
            raise errors.error_from_response(response)
        yield StreamedDownload(response)
    finally:
        response.close()


@contextlib.asynccontextmanager
async def aopen_download(
    client: httpx.AsyncClient, request: httpx.Request, seen: Seen | None = None
) -> AsyncIterator[AsyncStreamedDownload]:
    """Async twin of :func:`open_download`."""
    try:
        response = await client.send(request, stream=True)
    except httpx.RequestError as exc:
        raise errors.error_from_exception(exc, request) from exc
    try:
        if seen is not None:
            seen(response)
        if not response.is_success:
            try:
                await response.aread()  # an error body is small: parsed into the typed error
            except httpx.RequestError as exc:
                raise errors.error_from_exception(exc, request) from exc
            raise errors.error_from_response(response)
        yield AsyncStreamedDownload(response)
    finally:
        await response.aclose()
