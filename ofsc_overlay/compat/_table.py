"""pyOFSC's public methods (``pyofsc-2.26.tsv``) joined to our catalog by their spec operation.

The table lists, per pyOFSC client (``sync`` / ``async``), API group and method name: the spec operation the
method calls, its parameters in order and what it returns by default. Everything the compatibility clients
offer comes from that join; nothing here is written per method.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

TABLE = "pyofsc-2.26.tsv"

#: pyOFSC's API group -> ours. ``base(OFSApi)`` is pyOFSC's base class: its methods exist on every group.
GROUPS = {
    "core": "core",
    "metadata": "metadata",
    "capacity": "capacity",
    "statistics": "statistics",
    "oauth2": "auth",
}
BASE_GROUP = "base(OFSApi)"


@dataclass(frozen=True, slots=True)
class PyParam:
    """One parameter of a pyOFSC method: ``name``, whether it has a default, whether it is keyword-only."""

    name: str
    optional: bool
    keyword_only: bool
    var_keyword: bool = False


@dataclass(frozen=True, slots=True)
class PyMethod:
    """One row of the table: a pyOFSC method and the spec operation (``"GET /rest/..."``) it calls."""

    client: str  # "sync" | "async"
    group: str  # pyOFSC's group name ("oauth2", not ours)
    name: str
    route: str | None  # None: the operation is not in Oracle's spec
    params: tuple[PyParam, ...]
    returns: str  # "model" | "dict" | "file"


def parse_params(text: str) -> tuple[PyParam, ...]:
    params: list[PyParam] = []
    keyword_only = False
    for token in text.split():
        if token == "*" or (token.startswith("*") and not token.startswith("**")):
            keyword_only = True
            continue
        if token.startswith("**"):
            params.append(PyParam(token[2:], True, True, var_keyword=True))
            continue
        params.append(PyParam(token.rstrip("="), token.endswith("="), keyword_only))
    return tuple(params)


def read_table(text: str) -> tuple[PyMethod, ...]:
    rows = []
    for line in text.splitlines():
        if not line or line.startswith(("#", "client\t")):
            continue
        client, group, name, operation, params, returns = line.split("\t")
        route = None if operation.startswith("NO_SPEC_MATCH") else operation
        rows.append(PyMethod(client, group, name, route, parse_params(params), returns))
    return tuple(rows)


@functools.cache
def pyofsc_methods() -> tuple[PyMethod, ...]:
    """Every row of the packaged table."""
    return read_table(resources.files(__package__).joinpath(TABLE).read_text(encoding="utf-8"))


@functools.cache
def by_route() -> dict[str, Any]:
    """Our catalog's operations by ``"METHOD /path"``."""
    from ofsc_generated.catalog import OPERATIONS

    return {f"{op.method.upper()} {op.path}": op for op in OPERATIONS}


@functools.cache
def methods(client: str) -> dict[tuple[str, str], tuple[PyMethod, Any]]:
    """(our group, pyOFSC name) -> (table row, catalog operation or None) for one pyOFSC client.

    A base-class row is offered on every group. An operation missing from the catalog maps to None: the
    compatibility client then explains that the operation is gone rather than pretending the name is unknown.
    """
    table: dict[tuple[str, str], tuple[PyMethod, Any]] = {}
    for row in pyofsc_methods():
        if row.client != client or row.route is None:
            continue
        op = by_route().get(str(row.route))
        groups = GROUPS.values() if row.group == BASE_GROUP else (GROUPS[row.group],)
        for group in groups:
            table.setdefault((group, row.name), (row, op))
    return table
