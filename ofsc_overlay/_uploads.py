"""Binary upload bodies sent as they are read: a file object, a path, or (async) an async iterable of bytes.

``bytes`` and ``str`` bodies are sent as they are. Anything else is read in :data:`CHUNK_SIZE` chunks while
the request goes out, so a large file is never held whole in memory; a ``str`` is content, a path is an
``os.PathLike`` (``pathlib.Path``). Such a body can be sent once only: the runner turns retries off for the
request and the auth layer does not re-send it after a 401 (see ``docs/raw-responses.md``). Each body is
wrapped in a generator, so that a second send fails loudly (``httpx.StreamConsumed``) instead of sending an
empty body from a file already read to its end.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterable, AsyncIterator, Iterator
from typing import IO, Any

from .errors import RequestValidationError

__all__ = ["BINARY", "CHUNK_SIZE", "aupload", "is_streamed", "upload"]

#: The media type of binary downloads and uploads.
BINARY = "application/octet-stream"

#: Bytes read from a file per chunk of the request body.
CHUNK_SIZE = 64 * 1024


def is_streamed(payload: Any) -> bool:
    """True for a body read while it is sent (not bytes or str)."""
    return not isinstance(payload, bytes | bytearray | memoryview | str)


def _size(payload: Any) -> int | None:
    """The bytes left to send, when they can be known without reading (Content-Length)."""
    if isinstance(payload, os.PathLike):
        return os.stat(payload).st_size
    fileno = getattr(payload, "fileno", None)
    tell = getattr(payload, "tell", None)
    if callable(fileno) and callable(tell):
        try:
            return max(os.fstat(fileno()).st_size - int(tell()), 0)
        except (OSError, ValueError):  # not a real file (a socket, a pipe, BytesIO)
            return None
    return None


def _checked(operation: str, payload: Any) -> int | None:
    """The body's length when known; a path that cannot be opened is refused before anything is sent."""
    try:
        if isinstance(payload, os.PathLike):
            with open(payload, "rb"):  # a missing file, a folder or no permission: a typed error now
                pass
        return _size(payload)
    except OSError as exc:
        raise RequestValidationError(operation, "body", f"names no readable file ({exc.strerror})") from None


def _read_file(file: IO[bytes]) -> Iterator[bytes]:
    while chunk := file.read(CHUNK_SIZE):
        yield bytes(chunk)


def _read_path(path: os.PathLike[str]) -> Iterator[bytes]:
    with open(path, "rb") as file:  # opened when the first chunk is wanted, closed at the end or on close()
        yield from _read_file(file)


def upload(operation: str, payload: Any) -> tuple[Iterator[bytes], int | None]:
    """A sync streamed body: the chunks and, when known, their total length."""
    size = _checked(operation, payload)
    if isinstance(payload, os.PathLike):
        return _read_path(payload), size
    if hasattr(payload, "read"):
        return _read_file(payload), size
    if isinstance(payload, AsyncIterable):
        raise RequestValidationError(operation, "body", "is an async iterable: only AsyncOFSC sends one")
    raise RequestValidationError(operation, "body", f"cannot be sent ({type(payload).__name__})")


async def _aread_file(file: IO[bytes]) -> AsyncIterator[bytes]:
    # A blocking read per chunk runs in a worker thread: the event loop keeps running while the disk reads.
    while chunk := await asyncio.to_thread(file.read, CHUNK_SIZE):
        yield bytes(chunk)


async def _aread_path(path: os.PathLike[str]) -> AsyncIterator[bytes]:
    file = await asyncio.to_thread(open, path, "rb")
    try:
        async for chunk in _aread_file(file):
            yield chunk
    finally:
        file.close()


async def _aiterate(chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        yield chunk


def aupload(operation: str, payload: Any) -> tuple[AsyncIterator[bytes], int | None]:
    """An async streamed body: the chunks and, when known, their total length."""
    size = _checked(operation, payload)
    if isinstance(payload, os.PathLike):
        return _aread_path(payload), size
    if hasattr(payload, "read"):
        return _aread_file(payload), size
    if isinstance(payload, AsyncIterable):
        return _aiterate(payload), size
    raise RequestValidationError(operation, "body", f"cannot be sent ({type(payload).__name__})")
