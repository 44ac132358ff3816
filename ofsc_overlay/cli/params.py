"""Catalog parameters as click options, and option values back as the facade's keyword arguments.

``activity_id`` becomes ``--activity-id`` (``type_`` becomes ``--type``); integer, number and boolean
parameters get click types; allowed values become choices; array parameters repeat or take commas
(``--resources A --resources B`` or ``--resources A,B``). The help text is the facade docstring's.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .._validation import ParamLike

__all__ = ["RESERVED", "doc_args", "option_for", "option_name", "to_kwargs"]

#: Option names the command line adds to operation commands; no catalog parameter may take them.
RESERVED = frozenset(
    {"body", "body_file", "output", "query", "columns", "output_file", "all", "max_items", "concurrency"}
)

_TYPES: dict[str, click.ParamType[Any]] = {
    "integer": click.INT,
    "number": click.FLOAT,
    "string": click.STRING,
}

_ARG_LINE = re.compile(r"^(\s+)([A-Za-z_][A-Za-z0-9_]*): (.*)$")


def option_name(python_name: str) -> str:
    """``activity_id`` -> ``--activity-id``; a trailing underscore (``type_``) is dropped."""
    return "--" + python_name.rstrip("_").replace("_", "-")


def doc_args(function: Callable[..., Any]) -> dict[str, str]:
    """The ``Args:`` section of a generated facade docstring: parameter name -> one-line description."""
    doc = inspect.getdoc(function) or ""
    found: dict[str, str] = {}
    inside = False
    indent: int | None = None
    current: str | None = None
    for line in doc.splitlines():
        if line.strip() == "Args:":
            inside = True
            continue
        if not inside:
            continue
        if line and not line[0].isspace():
            break  # the next section (Returns:, Raises:, ...)
        match = _ARG_LINE.match(line)
        if match and (indent is None or len(match.group(1)) == indent):
            indent = len(match.group(1))
            current = match.group(2)
            found[current] = match.group(3).strip()
        elif current is not None and line.strip():
            found[current] += " " + line.strip()
    return found


def _split_items(values: Sequence[str]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _array_callback(choices: Sequence[str] | None) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> list[str] | None:
        if not value:
            return None
        items = _split_items(value)
        if choices:
            for item in items:
                if item not in choices:
                    allowed = ", ".join(repr(choice) for choice in choices)
                    raise click.BadParameter(f"{item!r} is not one of {allowed}.", ctx=ctx, param=param)
        return items

    return callback


def option_for(param: ParamLike, help_text: str | None) -> click.Option:
    """The click option of one catalog parameter."""
    name = option_name(param.name)
    where = f"{param.location} parameter {param.wire!r}"
    if help_text:
        help_text = help_text.removesuffix(" Required.").removesuffix("Required.").strip()  # click says so
    text = f"{help_text} ({where})" if help_text else where.capitalize()
    if param.type == "boolean":
        flag = name[2:]
        return click.Option(
            [f"--{flag}/--no-{flag}", param.name],
            default=None,
            required=param.required,
            help=text,
        )
    if param.type == "array":
        choices = list(param.enum) if param.enum else None
        if choices:
            text += f" One or more of: {', '.join(choices)}."
        return click.Option(
            [name, param.name],
            multiple=True,
            required=param.required,
            callback=_array_callback(choices),
            metavar="A[,B...]",
            help=text + " Repeat it or separate values with commas.",
        )
    kind: click.ParamType[Any] = (
        click.Choice(list(param.enum)) if param.enum else _TYPES.get(param.type, click.STRING)
    )
    return click.Option([name, param.name], type=kind, required=param.required, help=text)


def to_kwargs(params: Sequence[ParamLike], values: Mapping[str, Any]) -> dict[str, Any]:
    """The facade keyword arguments from parsed option values (options not given are left out)."""
    return {param.name: values[param.name] for param in params if values.get(param.name) is not None}
