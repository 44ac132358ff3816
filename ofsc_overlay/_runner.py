"""The runtime behind the generated facade: one operation key and its arguments in, a parsed result out.

Per call: look the operation up in the catalog, check the arguments (before any I/O), let the generated
endpoint module build the request (``_get_kwargs``), send it through the overlay's httpx client (whose
transports add auth, retries and the circuit breaker), turn a non-2xx answer into a typed error, and let the
endpoint module parse a 2xx answer (``_parse_response``, through :mod:`._responses`: a body that is not what
the operation declares is a typed error too). Binary downloads come back as ``bytes`` (the whole
body is read); ``stream`` (``with_streaming_response``) opens one unread instead (:mod:`._streaming`), and
binary uploads from files, paths or iterables are read as they are sent (:mod:`._uploads`). ``call_raw``
(``with_raw_response``) raises on a non-2xx answer too; the error keeps the ``response``. ``paginate`` returns
a pager (:mod:`._pager`) over the drivers of :mod:`.pagination`.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from . import _extensions, _uploads, errors, pagination
from ._extensions import RetryOptions
from ._pager import AsyncPager, SyncPager
from ._redact import mask_headers, mask_known
from ._responses import parse_success, raw_response
from ._streaming import AsyncStreamedDownload, Seen, StreamedDownload, aopen_download, open_download
from ._validation import OperationLike, check_call_options, is_model, validate_args, wire_value

if TYPE_CHECKING:
    from ofsc_generated.facade._runner import RawResponse

    from .telemetry import Telemetry, Walk

__all__ = ["AsyncRunner", "CallOptions", "SyncRunner"]

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call settings layered over the client's (``None``: keep the client's)."""

    max_retries: int | None = None
    retry_non_idempotent: bool | None = None
    timeout: float | httpx.Timeout | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Page requests a ``get_all_*`` walk with ``concurrency=`` holds in flight; ``None``: the operation's
    #: documented limit (``max_in_flight`` in the catalog), where OFSC documents one.
    max_in_flight: int | None = None

    def __post_init__(self) -> None:
        check_call_options(self.max_retries, self.timeout, self.headers, self.max_in_flight)

    def __repr__(self) -> str:
        return mask_known(
            f"CallOptions(max_retries={self.max_retries!r}, "
            f"retry_non_idempotent={self.retry_non_idempotent!r}, timeout={self.timeout!r}, "
            f"headers={mask_headers(self.headers)!r}, max_in_flight={self.max_in_flight!r})"
        )

    def merged(self, other: CallOptions) -> CallOptions:
        """``other`` wins where it says something."""
        return CallOptions(
            max_retries=other.max_retries if other.max_retries is not None else self.max_retries,
            retry_non_idempotent=(
                other.retry_non_idempotent
                if other.retry_non_idempotent is not None
                else self.retry_non_idempotent
            ),
            timeout=other.timeout if other.timeout is not None else self.timeout,
            headers={**self.headers, **other.headers},
            max_in_flight=other.max_in_flight if other.max_in_flight is not None else self.max_in_flight,
        )

    def extensions(self) -> dict[str, Any]:
        """``request.extensions`` entries read by the retry transport."""
        retry: RetryOptions = {}
        if self.max_retries is not None:
            retry["max_retries"] = self.max_retries
        if self.retry_non_idempotent is not None:
            retry["retry_non_idempotent"] = self.retry_non_idempotent
        return {_extensions.RETRY: retry} if retry else {}


class _GivenBody:
    """Placeholder handed to ``_get_kwargs`` for a body given as a dict or raw bytes.

    The real payload replaces whatever ``_get_kwargs`` derived from it (see :func:`_install_body`), so a dict
    is sent exactly as given: a PATCH carries only the fields the caller set.
    """

    def __init__(self, payload: Any) -> None:
        self.payload = payload

    def to_dict(self) -> Any:
        return self.payload

    def to_multipart(self) -> Any:
        return []

    def __iter__(self) -> Iterator[Any]:
        # For an array body the generated ``_get_kwargs`` loops over the items calling ``to_dict()``; the
        # placeholder has none, and the caller's list replaces the result anyway.
        return iter(())


def _plain_arg(value: Any, format: str | None = None) -> Any:
    """Enum members become their values, dates OFSC's strings: the generated code takes plain values."""
    if isinstance(value, list | tuple):
        return [wire_value(item, format) for item in value]
    return wire_value(value, format)


def _join_csv_arrays(op: OperationLike, kwargs: dict[str, Any]) -> None:
    # OFSC reads array query parameters comma-separated (Swagger 2.0 collectionFormat csv, OpenAPI explode
    # false); the generated code leaves lists for httpx, which would repeat the parameter instead.
    params = kwargs.get("params")
    if not isinstance(params, dict):
        return
    for param in op.params:
        value = params.get(param.wire)
        if param.type == "array" and param.location == "query" and isinstance(value, list):
            params[param.wire] = ",".join(str(item) for item in value)


def _multipart(payload: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a multipart dict into httpx ``files`` (bytes, file objects, tuples) and ``data`` (the rest)."""
    files: dict[str, Any] = {}
    data: dict[str, Any] = {}
    for name, value in payload.items():
        if isinstance(value, bytes | bytearray | tuple) or hasattr(value, "read"):
            files[name] = value
        elif value is not None:
            data[name] = wire_value(value)
    return files, data


def _json_item(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else item


def _install_body(op: OperationLike, kwargs: dict[str, Any], body: Any) -> None:
    """Put a caller-given body (dict, list or bytes) into the request kwargs, replacing the placeholder's."""
    for key in ("json", "data", "files", "content"):
        kwargs.pop(key, None)
    if op.body == "json":
        # A list body may mix dicts and generated models; models serialise themselves (unset fields omitted).
        kwargs["json"] = [_json_item(item) for item in body] if isinstance(body, list | tuple) else body
    elif op.body == "form":
        kwargs["data"] = {name: wire_value(value) for name, value in body.items() if value is not None}
    elif op.body == "multipart":
        files, data = _multipart(body)
        kwargs["files"] = files
        if data:
            kwargs["data"] = data
    else:  # binary: bytes, str, a file object, or the generated ``File`` wrapper
        payload = getattr(body, "payload", body)
        kwargs["content"] = payload.encode() if isinstance(payload, str) else payload


@dataclass(frozen=True, slots=True)
class _Prepared:
    op: OperationLike
    module: ModuleType
    kwargs: dict[str, Any]
    #: False for an upload read while it is sent: it can go out once only (no retry, no re-send on a 401).
    replayable: bool = True


class _RunnerCore(Generic[ClientT]):
    """What the sync and async runners share: catalog lookup, checks, request building, answer handling."""

    def __init__(
        self,
        client: ClientT,
        *,
        options: CallOptions | None = None,
        catalog: Mapping[str, OperationLike] | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._client: ClientT = client
        self._options = options or CallOptions()
        self._catalog = catalog
        # OpenTelemetry spans and metrics per call (otel=True); None: no OpenTelemetry code runs at all.
        self._telemetry = telemetry

    @property
    def options(self) -> CallOptions:
        return self._options

    def with_options(self, options: CallOptions) -> Self:
        """A runner on the same connection pool with ``options`` layered over this one's."""
        return type(self)(
            self._client,
            options=self._options.merged(options),
            catalog=self._catalog,
            telemetry=self._telemetry,
        )

    def operation(self, key: str) -> OperationLike:
        catalog = self._catalog
        if catalog is None:
            from ofsc_generated import types as generated_types
            from ofsc_generated.catalog import BY_KEY

            generated_types.repr_filter = mask_known  # models a server filled may echo a secret
            catalog = self._catalog = BY_KEY
        try:
            return catalog[key]
        except KeyError:
            removed = errors.removed_operation(key)
            if removed is not None:
                raise removed from None
            raise errors.RequestValidationError(key, "key", "names no operation in the catalog") from None

    def prepare(self, key: str, args: Mapping[str, Any]) -> _Prepared:
        op = self.operation(key)
        validate_args(op, args)
        module = importlib.import_module(op.module)  # sys.modules caches it after the first call
        formats = {param.name: getattr(param, "format", None) for param in op.params}
        given = {
            name: _plain_arg(value, formats.get(name))
            for name, value in args.items()
            if value is not None and name != "body"
        }
        body = args.get("body")
        placeholder = None
        if body is not None:
            placeholder = body if is_model(body) else _GivenBody(body)
            given["body"] = placeholder
        kwargs: dict[str, Any] = module._get_kwargs(**given)
        if isinstance(placeholder, _GivenBody):
            _install_body(op, kwargs, body)
        _join_csv_arrays(op, kwargs)
        content = kwargs.get("content")
        if op.body == "binary" and content is not None and _uploads.is_streamed(content):
            kwargs["content"], size = self._upload(key, content)
            if size is not None:  # else httpx sends it chunked
                kwargs["headers"] = {**(kwargs.get("headers") or {}), "Content-Length": str(size)}
            return _Prepared(op=op, module=module, kwargs=kwargs, replayable=False)
        return _Prepared(op=op, module=module, kwargs=kwargs)

    def _upload(self, key: str, payload: Any) -> tuple[Any, int | None]:
        """A binary body read while it is sent, as this runner's httpx client sends one."""
        return _uploads.upload(key, payload)

    def build_request(
        self, client: httpx.Client | httpx.AsyncClient, prepared: _Prepared, *, read_body: bool = True
    ) -> httpx.Request:
        kwargs = dict(prepared.kwargs)
        own_headers = kwargs.pop("headers", None)
        headers: httpx.Headers | None = None
        if own_headers or self._options.headers or client.headers.get("Accept") != prepared.op.accept:
            # Only when the request needs more than the client's default headers: merging headers costs httpx
            # more than anything else the overlay adds to a call.
            headers = httpx.Headers(own_headers or {})
            headers.setdefault("Accept", prepared.op.accept)
            headers.update(self._options.headers)
        extra: dict[str, Any] = {}
        if self._options.timeout is not None:
            extra["timeout"] = self._options.timeout
        extensions = self._options.extensions()
        # What the logging and telemetry layers report instead of the raw path (which may hold ids).
        extensions[_extensions.OPERATION] = f"{prepared.op.group}.{prepared.op.name}"
        extensions[_extensions.URL_TEMPLATE] = prepared.op.path
        if read_body:
            extensions[_extensions.READ_BODY] = True
        if not prepared.replayable:
            # The body is read as it goes out: a second attempt would have nothing to send.
            extensions[_extensions.RETRY] = {"max_retries": 0}
            extensions[_extensions.NOT_REPLAYABLE] = True
        return client.build_request(
            method=str(kwargs.pop("method")).upper(),
            url=kwargs.pop("url"),
            headers=headers,
            extensions=extensions,
            **kwargs,
            **extra,
        )

    def parse(self, prepared: _Prepared, response: httpx.Response) -> Any:
        """The parsed value of a 2xx answer; non-2xx raise the matching :mod:`ofsc_overlay.errors` class.

        What a 2xx parses to, and when it is a typed error instead, is :func:`._responses.parse_success`'s.
        """
        if not response.is_success:
            raise errors.error_from_response(response)
        return parse_success(prepared.op, prepared.module, response)

    def raw(self, prepared: _Prepared, response: httpx.Response) -> RawResponse[Any]:
        """Status, headers and parsed value of a 2xx answer (``with_raw_response``).

        A non-2xx answer raises the same typed error as a plain call: the error's ``response`` attribute
        holds the status, headers and body.
        """
        return raw_response(response, self.parse(prepared, response))

    def prepare_download(self, key: str, args: Mapping[str, Any]) -> _Prepared:
        prepared = self.prepare(key, args)
        if prepared.op.accept != _uploads.BINARY:
            raise errors.RequestValidationError(key, "key", "is not a binary download: it cannot be streamed")
        return prepared

    @contextlib.contextmanager
    def scope(self, prepared: _Prepared) -> Iterator[Seen | None]:
        """The telemetry span of a streamed call (what sees the response), or nothing without telemetry."""
        if self._telemetry is None:
            yield None
            return
        with self._telemetry.operation(prepared.op, self._client.base_url.host, None) as scope:
            yield scope.response

    def page_args(
        self, key: str, args: Mapping[str, Any]
    ) -> tuple[OperationLike, dict[str, Any], _WalkOptions]:
        """The operation, its arguments and the walk's own options, checked before any request."""
        op = self.operation(key)
        if op.paging not in ("offset", "page"):
            raise errors.RequestValidationError(key, "key", "is not a paged operation")
        given = {name: value for name, value in args.items() if name not in _WALK_OPTIONS}
        validate_args(op, given)  # fail at the call, not at the first next()
        max_items = args.get("max_items")
        if max_items is not None and (
            not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 0
        ):
            raise errors.RequestValidationError(
                key, "max_items", f"must be an integer >= 0, not {max_items!r}"
            )
        concurrency = self._concurrency(op, args.get("concurrency")) if op.paging == "offset" else None
        return op, given, _WalkOptions(max_items=max_items, concurrency=concurrency)

    def _concurrency(self, op: OperationLike, asked: Any) -> int | None:
        """``concurrency=`` held to the operation's documented limit, unless ``with_options`` raised it."""
        if not isinstance(asked, int) or isinstance(asked, bool):
            return None
        cap = self._options.max_in_flight or getattr(op, "max_in_flight", None)
        return min(asked, cap) if isinstance(cap, int) else asked

    def read_page(self, op: OperationLike, parsed: Any) -> pagination.Page:
        return pagination.read_page(parsed, op.items_key or "items")


#: Arguments of a ``get_all_*`` walk that are not the operation's own.
_WALK_OPTIONS = frozenset({"concurrency", "max_items"})


@dataclass(frozen=True, slots=True)
class _WalkOptions:
    max_items: int | None
    concurrency: int | None  # pages in flight, already held to the documented limit; None: one at a time


def _positions_cursor(args: Mapping[str, Any]) -> bool:
    """Events asked for ``since`` a time, without a page: the first answer only places the cursor."""
    return args.get("since") is not None and args.get("page") is None


def _cursor_args(args: Mapping[str, Any], cursor: str | None) -> dict[str, Any]:
    # Once there is a cursor, ``since`` has done its job: the page identifier alone says where to continue.
    following = {**args, "page": cursor}
    if cursor is not None and cursor != args.get("page"):
        following.pop("since", None)
    return following


_SPENT_STREAM = httpx.ByteStream(b"")


def _spent(response: httpx.Response) -> httpx.Response:
    """The response, its body read, without the stream httpx bound to it.

    httpx's bound stream refers back to its response: a cycle that keeps every body alive until the cyclic
    GC runs, so a long walk would pile up pages. Once the body is read (``send`` reads it) the stream is
    never read again (``is_stream_consumed``) and ``content`` holds the bytes: dropping it frees a page as
    soon as it is parsed.
    """
    if response.is_stream_consumed:
        response.stream = _SPENT_STREAM
    return response


class SyncRunner(_RunnerCore[httpx.Client]):
    """Runs operations on an ``httpx.Client`` (the facade's ``SyncRunner`` protocol)."""

    def _send(self, prepared: _Prepared) -> httpx.Response:
        request = self.build_request(self._client, prepared)
        try:
            return _spent(self._client.send(request))
        except httpx.RequestError as exc:
            raise errors.error_from_exception(exc, request) from exc

    def _run(
        self, prepared: _Prepared, finish: Callable[[_Prepared, httpx.Response], T], walk: Walk | None
    ) -> T:
        if self._telemetry is None:
            return finish(prepared, self._send(prepared))
        with self._telemetry.operation(prepared.op, self._client.base_url.host, walk) as scope:
            response = self._send(prepared)
            scope.response(response)
            return finish(prepared, response)

    def call(self, key: str, args: dict[str, Any], *, walk: Walk | None = None) -> Any:
        return self._run(self.prepare(key, args), self.parse, walk)

    def call_raw(self, key: str, args: dict[str, Any]) -> RawResponse[Any]:
        return self._run(self.prepare(key, args), self.raw, None)

    @contextlib.contextmanager
    def stream(self, key: str, args: dict[str, Any]) -> Iterator[StreamedDownload]:
        """A binary download opened unread: status and headers now, the body as it is consumed."""
        prepared = self.prepare_download(key, args)
        request = self.build_request(self._client, prepared, read_body=False)
        with self.scope(prepared) as scope, open_download(self._client, request, scope) as download:
            yield download

    def paginate(self, key: str, args: dict[str, Any]) -> SyncPager[Any]:
        op, given, walk_options = self.page_args(key, args)

        def fetch_cursor(cursor: str | None, walk: Walk | None) -> pagination.Page:
            return self.read_page(op, self.call(key, _cursor_args(given, cursor), walk=walk))

        def fetch_offset(offset: int, walk: Walk | None) -> pagination.Page:
            return self.read_page(op, self.call(key, {**given, "offset": offset}, walk=walk))

        def pages() -> Iterator[pagination.Page]:
            walk = self._telemetry.walk(op, self._client.base_url.host) if self._telemetry else None
            found: Iterator[pagination.Page]
            if op.paging == "page":
                found = pagination.iter_cursor_pages(
                    lambda cursor: fetch_cursor(cursor, walk),
                    start=given.get("page"),
                    positioning=_positions_cursor(given),
                    max_items=walk_options.max_items,
                    operation=key,
                )
            else:
                found = pagination.iter_offset_pages(
                    lambda offset: fetch_offset(offset, walk),
                    start=given.get("offset") or 0,
                    limit=given.get("limit"),
                    max_items=walk_options.max_items,
                    concurrency=walk_options.concurrency,
                    operation=key,
                )
            return found if walk is None else walk.wrap(found)

        return SyncPager(pages)


class AsyncRunner(_RunnerCore[httpx.AsyncClient]):
    """Runs operations on an ``httpx.AsyncClient`` (the facade's ``AsyncRunner`` protocol)."""

    async def _send(self, prepared: _Prepared) -> httpx.Response:
        request = self.build_request(self._client, prepared)
        try:
            return _spent(await self._client.send(request))
        except httpx.RequestError as exc:
            raise errors.error_from_exception(exc, request) from exc

    async def _run(
        self, prepared: _Prepared, finish: Callable[[_Prepared, httpx.Response], T], walk: Walk | None
    ) -> T:
        if self._telemetry is None:
            return finish(prepared, await self._send(prepared))
        with self._telemetry.operation(prepared.op, self._client.base_url.host, walk) as scope:
            response = await self._send(prepared)
            scope.response(response)
            return finish(prepared, response)

    async def call(self, key: str, args: dict[str, Any], *, walk: Walk | None = None) -> Any:
        return await self._run(self.prepare(key, args), self.parse, walk)

    async def call_raw(self, key: str, args: dict[str, Any]) -> RawResponse[Any]:
        return await self._run(self.prepare(key, args), self.raw, None)

    def _upload(self, key: str, payload: Any) -> tuple[Any, int | None]:
        return _uploads.aupload(key, payload)

    @contextlib.asynccontextmanager
    async def stream(self, key: str, args: dict[str, Any]) -> AsyncIterator[AsyncStreamedDownload]:
        """Async twin of :meth:`SyncRunner.stream`."""
        prepared = self.prepare_download(key, args)
        request = self.build_request(self._client, prepared, read_body=False)
        with self.scope(prepared) as scope:
            async with aopen_download(self._client, request, scope) as download:
                yield download

    def paginate(self, key: str, args: dict[str, Any]) -> AsyncPager[Any]:
        op, given, walk_options = self.page_args(key, args)

        def pages() -> AsyncIterator[pagination.Page]:
            walk = self._telemetry.walk(op, self._client.base_url.host) if self._telemetry else None
            found: AsyncIterator[pagination.Page]
            if op.paging == "page":

                async def fetch_cursor(cursor: str | None) -> pagination.Page:
                    return self.read_page(op, await self.call(key, _cursor_args(given, cursor), walk=walk))

                found = pagination.aiter_cursor_pages(
                    fetch_cursor,
                    start=given.get("page"),
                    positioning=_positions_cursor(given),
                    max_items=walk_options.max_items,
                    operation=key,
                )
            else:

                async def fetch_offset(offset: int) -> pagination.Page:
                    return self.read_page(op, await self.call(key, {**given, "offset": offset}, walk=walk))

                found = pagination.aiter_offset_pages(
                    fetch_offset,
                    start=given.get("offset") or 0,
                    limit=given.get("limit"),
                    max_items=walk_options.max_items,
                    concurrency=walk_options.concurrency,
                    operation=key,
                )
            return found if walk is None else walk.awrap(found)

        return AsyncPager(pages)
