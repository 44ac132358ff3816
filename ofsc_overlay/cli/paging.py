"""``--all``: every page of a paged operation, streamed as it arrives.

Items go out one JSON line each (``jsonl``, the default off a terminal) as soon as their page is in;
``json`` and ``table`` collect them first. ``--max-items N`` stops after N items (and implies ``--all``);
``--concurrency N`` fetches offset pages in parallel (the library keeps them in order). With ``--all``,
``--query`` applies to each item when streaming, to the list of items for ``json`` and ``table``.
A progress line (items, pages, rate) goes to stderr when stderr is a terminal.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .commands import OperationLike
from .errors import CliError
from .output import OutputOptions, apply_query, dumps_line, write_document
from .session import Session

__all__ = ["Progress", "paging_options", "run_all", "wants_all"]

TOKEN_PATH_FRAGMENT = "/oauthTokenService/"


def paging_options() -> list[click.Option]:
    return [
        click.Option(
            ["--all", "all"], is_flag=True, default=False, help="Walk every page (streams JSON lines)."
        ),
        click.Option(
            ["--max-items"], type=click.IntRange(min=1), help="Stop after this many items (implies --all)."
        ),
        click.Option(
            ["--concurrency"], type=click.IntRange(min=1), help="Pages fetched in parallel with --all."
        ),
    ]


def wants_all(values: Mapping[str, Any]) -> bool:
    return bool(values.get("all") or values.get("max_items"))


class Progress:
    """``1,200 items, 12 pages, 850 items/s`` on one line of a terminal, redrawn at most every 0.1 s."""

    def __init__(
        self, stream: IO[str], *, enabled: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.clock = clock
        self.items = 0
        self.pages = 0
        self._start = clock()
        self._drawn = 0.0
        self._shown = False

    def text(self) -> str:
        elapsed = max(self.clock() - self._start, 1e-9)
        return f"{self.items:,} items, {self.pages:,} pages, {self.items / elapsed:,.0f} items/s"

    def page(self) -> None:
        self.pages += 1
        self._draw()

    def item(self) -> None:
        self.items += 1
        self._draw()

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if force or now - self._drawn >= 0.1:
            self._drawn = now
            self._shown = True
            self.stream.write("\r\x1b[2K" + self.text())
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()


def _all_kwargs(op: OperationLike, kwargs: Mapping[str, Any], concurrency: int | None) -> dict[str, Any]:
    import inspect

    from .commands import facade_method

    accepted = inspect.signature(facade_method(op, name=op.all_name, asynchronous=True)).parameters
    refused = sorted(name for name in kwargs if name not in accepted)
    if refused:
        names = ", ".join("--" + name.rstrip("_").replace("_", "-") for name in refused)
        raise CliError(f"{names} cannot be combined with --all (the pages are walked from the start)")
    given = dict(kwargs)
    if concurrency is not None:
        given["concurrency"] = concurrency
    return given


def _plain(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else item


def run_all(
    session: Session,
    op: OperationLike,
    kwargs: Mapping[str, Any],
    values: Mapping[str, Any],
    output: OutputOptions,
) -> None:
    import asyncio

    given = _all_kwargs(op, kwargs, values.get("concurrency"))
    if values.get("max_items"):
        given["max_items"] = values["max_items"]  # the walk itself stops: no page read ahead past it
    stderr = sys.stderr
    progress = Progress(stderr, enabled=stderr.isatty())
    out = sys.stdout
    streaming = output.format in ("jsonl", "raw")
    collected: list[Any] = []

    def emit(item: Any) -> None:
        if streaming:
            out.write(dumps_line(apply_query(item, output.query)) + "\n")
            out.flush()
        else:
            collected.append(item)

    async def walk_and_finish() -> None:
        try:
            await _walk(session, op, given, values.get("max_items"), progress, emit)
        finally:
            progress.finish()
        if not streaming:
            write_document(collected, output, out)

    asyncio.run(walk_and_finish())


async def _walk(
    session: Session,
    op: OperationLike,
    given: dict[str, Any],
    max_items: int | None,
    progress: Progress,
    emit: Callable[[Any], None],
) -> None:
    async def on_response(response: Any) -> None:
        if TOKEN_PATH_FRAGMENT not in response.request.url.path:
            progress.page()

    import contextlib

    async with session.async_client(event_hooks={"response": [on_response]}) as client:
        items = getattr(getattr(client, op.group), str(op.all_name))(**given)
        async with contextlib.aclosing(items) as stream:
            async for item in stream:
                emit(_plain(item))
                progress.item()
                if max_items is not None and progress.items >= max_items:
                    break
