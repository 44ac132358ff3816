"""``ofsc operations [--group G] [--search TEXT]``: the catalog as rows (group, name, method, path, ...)."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import _operations
from .commands import command_name, group_name, output_options, resolve_output
from .output import write_document

__all__ = ["operations", "operation_rows"]


def operation_rows(group: str | None = None, search: str | None = None) -> list[dict[str, Any]]:
    wanted_group = group.replace("-", "_") if group else None
    needle = (search or "").lower()
    rows = []
    for op in _operations.operations():
        if wanted_group and op.group != wanted_group:
            continue
        row = {
            "group": group_name(op.group),
            "name": command_name(op.name),
            "method": op.method,
            "path": op.path,
            "paged": op.paged,
            "summary": op.summary,
        }
        if needle and not any(
            needle in str(value).lower() for value in (op.name, row["name"], op.path, op.summary)
        ):
            continue
        rows.append(row)
    return rows


@click.command(
    "operations",
    params=[
        click.Option(["--group", "-g"], help="Only this group (core, metadata, ...)."),
        click.Option(
            ["--search", "-s"], help="Only operations whose name, path or summary contains this text."
        ),
        *output_options(),
    ],
)
@click.pass_context
def operations(ctx: click.Context, /, group: str | None, search: str | None, **values: Any) -> None:
    """List operations (group, name, method, path, summary): what ofsc GROUP NAME calls."""
    output = resolve_output(ctx, values)
    if output.format == "table" and not output.columns:
        output = type(output)(
            format="table", query=output.query, columns=("group", "name", "method", "path", "summary")
        )
    write_document(operation_rows(group, search), output, sys.stdout)
