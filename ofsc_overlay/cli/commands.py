"""``ofsc <group> <operation>``: groups and commands built at run time from the operation catalog.

Nothing here lists operations by hand. A group lists its operations from the catalog; a command is built
only when it is asked for (its options from the catalog's parameters, its help from the facade method's
docstring) and calls that facade method, so the command line cannot drift from the library.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import click

if TYPE_CHECKING:
    from .._validation import OperationLike as _Base

    class OperationLike(_Base, Protocol):
        """A catalog operation, as the command line reads it."""

        @property
        def summary(self) -> str: ...
        @property
        def all_name(self) -> str | None: ...


from . import body as bodies
from . import paging, params
from .errors import CliError, CliFileError
from .output import FORMATS, OutputOptions, write_document
from .session import Session

__all__ = [
    "OperationGroup",
    "build_command",
    "catalog_by_group",
    "command_name",
    "facade_method",
    "group_name",
    "output_options",
]

BINARY = "application/octet-stream"


def command_name(python_name: str) -> str:
    """``get_activity`` -> ``get-activity``."""
    return python_name.replace("_", "-")


def group_name(python_name: str) -> str:
    return python_name.replace("_", "-")


@functools.cache
def catalog_by_group() -> dict[str, dict[str, OperationLike]]:
    """group -> command name -> catalog operation."""
    from ofsc_generated.catalog import OPERATIONS

    groups: dict[str, dict[str, OperationLike]] = {}
    for op in OPERATIONS:
        groups.setdefault(op.group, {})[command_name(op.name)] = op
    return groups


def facade_class(group: str, *, asynchronous: bool = False) -> type:
    """The generated facade class of ``group`` (``Core`` or ``AsyncCore``)."""
    from ofsc_generated.facade import GROUPS

    dotted = GROUPS[group][1 if asynchronous else 0]
    module, _, name = dotted.rpartition(".")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


def facade_method(
    op: OperationLike, *, name: str | None = None, asynchronous: bool = False
) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(facade_class(op.group, asynchronous=asynchronous), name or op.name)
    return method


def _description(function: Callable[..., Any]) -> str:
    """The docstring up to its ``Args:``/``Returns:`` sections: summary, description and ``METHOD path``."""
    import inspect

    doc = inspect.getdoc(function) or ""
    kept: list[str] = []
    for line in doc.splitlines():
        if line.strip() in ("Args:", "Returns:"):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def output_options() -> list[click.Option]:
    """``--output``, ``--query`` and ``--columns`` (on the root they set the defaults of every command)."""
    return [
        click.Option(
            ["--output", "-o"],
            type=click.Choice(FORMATS),
            help="Output format (default: table on a terminal, else json).",
        ),
        click.Option(["--query"], metavar="JMESPATH", help="JMESPath expression applied to the answer."),
        click.Option(["--columns"], metavar="A,B", help="Table columns (dotted paths reach nested fields)."),
    ]


def resolve_output(
    ctx: click.Context, values: Mapping[str, Any], *, streaming: bool = False
) -> OutputOptions:
    """The command's output options over the root's; ``streaming`` (``--all``) defaults to jsonl off a tty."""
    session: Session = ctx.ensure_object(Session)
    fallback = "jsonl" if streaming and not sys.stdout.isatty() else None
    return OutputOptions.resolve(
        values.get("output") or session.output or fallback,
        values.get("query") or session.query,
        values.get("columns") or session.columns,
        stdout_is_tty=sys.stdout.isatty(),
    )


def build_command(op: OperationLike) -> click.Command:
    """The click command of one catalog operation."""
    method = facade_method(op)
    help_by_arg = params.doc_args(method)
    clash = params.RESERVED & {param.name for param in op.params}
    if clash:  # pragma: no cover - guarded by the catalog test; a new spec would need a rename here
        raise RuntimeError(
            f"{op.group}.{op.name}: parameter(s) {sorted(clash)} clash with ofsc's own options"
        )
    options: list[click.Parameter] = [
        params.option_for(param, help_by_arg.get(param.name)) for param in op.params
    ]
    if op.body == "binary":
        options.append(
            click.Option(
                ["--body-file", "body_file"],
                metavar="PATH",
                required=op.body_required,
                help="File whose bytes are uploaded as the body.",
            )
        )
    elif op.body is not None:
        options.append(
            click.Option(
                ["--body", "body"],
                metavar="JSON|@FILE|-",
                required=op.body_required,
                help=(help_by_arg.get("body") or "The request body.")
                + " JSON text, @file.json, or - for stdin.",
            )
        )
    options += output_options()
    if op.accept == BINARY:
        options.append(
            click.Option(
                ["--output-file", "output_file"],
                metavar="PATH",
                help="Where the downloaded bytes go ('-': stdout, refused on a terminal). Required.",
            )
        )
    if op.paging is not None and op.all_name:
        options += paging.paging_options()

    def callback(**values: Any) -> None:
        run_operation(click.get_current_context(), op, values)

    return click.Command(
        command_name(op.name),
        params=options,
        callback=callback,
        help=_description(method),
        short_help=op.summary,
        no_args_is_help=bool(any(param.required for param in op.params) or op.body_required),
    )


def _operation_kwargs(op: OperationLike, values: Mapping[str, Any]) -> dict[str, Any]:
    kwargs = params.to_kwargs(op.params, values)
    if values.get("body") is not None:
        kwargs["body"] = bodies.read_json(values["body"], sys.stdin)
        if op.body == "multipart":
            kwargs["body"] = bodies.attach_files(kwargs["body"])
    if values.get("body_file") is not None:
        kwargs["body"] = bodies.read_binary(values["body_file"])
    return kwargs


def _binary_target(values: Mapping[str, Any]) -> str:
    target = values.get("output_file")
    if not target:
        raise CliError("this operation downloads a file: give --output-file PATH ('-' for stdout)")
    if target == "-" and sys.stdout.isatty():
        raise CliError(
            "refusing to write binary data to a terminal: give --output-file PATH or redirect stdout"
        )
    return str(target)


def run_operation(ctx: click.Context, op: OperationLike, values: Mapping[str, Any]) -> None:
    """Call the facade method with the options given and write the answer."""
    session: Session = ctx.ensure_object(Session)
    output = resolve_output(ctx, values, streaming=paging.wants_all(values))
    target = _binary_target(values) if op.accept == BINARY else None
    kwargs = _operation_kwargs(op, values)
    if paging.wants_all(values):
        paging.run_all(session, op, kwargs, values, output)
        return
    with session.client() as client:
        raw = getattr(getattr(client, op.group).with_raw_response, op.name)(**kwargs)
    response = raw.http_response
    if target is not None:
        write_bytes(response.content, target)
        return
    write_response(response, output, items_key=op.items_key)


def write_bytes(content: bytes, target: str) -> None:
    if target == "-":
        stream = sys.stdout.buffer
        stream.write(content)
        stream.flush()
        return
    try:
        with open(target, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        raise CliFileError(f"--output-file: cannot write {target!r}: {exc.strerror or exc}") from None
    click.echo(f"wrote {len(content)} bytes to {target}", err=True)


def write_response(response: Any, output: OutputOptions, *, items_key: str | None = None) -> None:
    """Write an httpx response's body: decoded JSON in the chosen format, or the text as received."""
    if not response.content:
        return
    out = sys.stdout
    if output.format == "raw" and not output.query:
        text = response.text
        out.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        document = response.json()
    except ValueError:
        out.write(response.text + "\n")
        return
    write_document(document, output, out, items_key=items_key or "items")


class OperationGroup(click.Group):
    """One catalog group (``core``, ``metadata``, ...); its commands are built on first use."""

    def __init__(self, group: str) -> None:
        super().__init__(group_name(group), help=_group_help(group))
        self.catalog_group = group

    def _ops(self) -> dict[str, OperationLike]:
        return catalog_by_group().get(self.catalog_group, {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._ops())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        op = self._ops().get(cmd_name)
        return build_command(op) if op is not None else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # From the catalog's summaries: listing a group builds none of its commands.
        rows = [(name, op.summary) for name, op in sorted(self._ops().items())]
        if rows:
            with formatter.section("Operations"):
                formatter.write_dl(rows)


def _group_help(group: str) -> str:
    return f"The '{group}' operations of the catalog: ofsc {group_name(group)} OPERATION --help for one."


def catalog_groups() -> Sequence[str]:
    """Group names of the generated facade (cheap: the catalog itself is not loaded)."""
    from ofsc_generated.facade import GROUPS

    return sorted(GROUPS)
