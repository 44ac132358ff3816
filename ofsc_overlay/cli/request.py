"""``ofsc request METHOD PATH``: any request, for what the spec does not describe.

It goes through the client's own httpx client, so auth, retries, the circuit breaker and logging apply.
Only a path on the configured base URL is accepted: an absolute URL would carry the credentials elsewhere.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click
import httpx

from .. import errors
from . import body as bodies
from .commands import output_options, resolve_output, write_bytes, write_response
from .errors import CliError
from .session import Session

__all__ = ["request"]

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


def _pairs(values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            raise CliError(f"--param: expected KEY=VALUE, got {value!r}")
        pairs.append((key, text))
    return pairs


# KEY=VALUE: an identifier-like key and a single '='. Never a valid JMESPath expression (JMESPath has no
# lone '='; its comparisons are ==, !=, <=, >=), so the two meanings of --query cannot collide.
_QUERY_PAIR = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*=(?!=)")


def _split_query(values: tuple[str, ...]) -> tuple[list[tuple[str, str]], list[str]]:
    pairs = [value for value in values if _QUERY_PAIR.match(value)]
    expressions = [value for value in values if not _QUERY_PAIR.match(value)]
    return _pairs(tuple(pairs)), expressions


def _check_path(path: str) -> str:
    if not path.startswith("/") or path.startswith("//"):
        raise CliError(
            f"PATH must start with '/' and stay on the base URL (e.g. /rest/ofscCore/v1/users); got {path!r}"
        )
    return path


@click.command(
    "request",
    params=[
        click.Argument(["method"], type=click.Choice(METHODS, case_sensitive=False)),
        click.Argument(["path"]),
        click.Option(
            ["--param", "-p", "param"],
            multiple=True,
            metavar="KEY=VALUE",
            help="Query parameter (repeatable).",
        ),
        click.Option(
            ["--header", "-H", "header"],
            multiple=True,
            metavar="NAME:VALUE",
            help="Extra header (repeatable).",
        ),
        click.Option(["--body"], metavar="JSON|@FILE|-", help="JSON body: text, @file.json or - for stdin."),
        click.Option(["--body-file"], metavar="PATH", help="File whose bytes are the body (octet-stream)."),
        *[option for option in output_options() if option.name != "query"],
        click.Option(
            ["--query", "query"],
            multiple=True,
            metavar="KEY=VALUE|JMESPATH",
            help="Query parameter KEY=VALUE (repeatable), or a JMESPath expression applied to the answer.",
        ),
        click.Option(["--output-file"], metavar="PATH", help="Write the answer's bytes here ('-': stdout)."),
    ],
)
@click.pass_context
def request(ctx: click.Context, /, method: str, path: str, **values: Any) -> None:
    """Send METHOD PATH (e.g. GET /rest/ofscCore/v1/users --query limit=5) and print the answer.

    --query takes query parameters as KEY=VALUE (as does --param) and, once, a JMESPath expression for the
    answer: --query limit=5 --query 'items[].login'.
    """
    session: Session = ctx.ensure_object(Session)
    pairs, expressions = _split_query(values["query"])
    if len(expressions) > 1:
        raise CliError(f"--query: one JMESPath expression at most; got {len(expressions)}")
    output = resolve_output(ctx, {**values, "query": expressions[0] if expressions else None})
    kwargs: dict[str, Any] = {"params": _pairs(values["param"]) + pairs}
    headers = {}
    for header in values["header"]:
        name, sep, text = header.partition(":")
        if not sep or not name.strip():
            raise CliError(f"--header: expected NAME:VALUE, got {header!r}")
        headers[name.strip()] = text.strip()
    if values.get("body") is not None and values.get("body_file") is not None:
        raise CliError("give --body or --body-file, not both")
    if values.get("body") is not None:
        kwargs["json"] = bodies.read_json(values["body"], sys.stdin)
    elif values.get("body_file") is not None:
        kwargs["content"] = bodies.read_binary(values["body_file"])
        headers.setdefault("Content-Type", "application/octet-stream")
    if headers:
        kwargs["headers"] = headers
    url = _check_path(path)
    with session.client() as client:
        try:
            response = client.http_client.request(method.upper(), url, **kwargs)
        except httpx.RequestError as exc:
            raise errors.error_from_exception(exc) from exc
    if not response.is_success:
        raise errors.error_from_response(response)
    if values.get("output_file"):
        write_bytes(response.content, values["output_file"])
        return
    write_response(response, output)
