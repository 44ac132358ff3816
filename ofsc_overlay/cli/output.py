"""Output formats: ``json`` (default when stdout is not a terminal), ``jsonl``, ``table`` (default on a
terminal, ``--columns`` picks them) and ``raw``; ``--query`` applies a JMESPath expression first.

- ``json``: the answer's JSON, indented.
- ``jsonl``: one compact JSON value per line; a list, or a listing's items, gives one line per item.
- ``table``: a listing (or list) one row per item; a single object as ``field``/``value`` rows.
- ``raw``: the body as received; with ``--query``, strings are printed without quotes (like ``jq -r``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .errors import CliError

__all__ = ["FORMATS", "OutputOptions", "Table", "apply_query", "items_of", "write_document"]

FORMATS = ("json", "jsonl", "table", "raw")
#: Columns a table shows when --columns is not given (the first scalar fields met).
DEFAULT_COLUMNS = 8
CELL_WIDTH = 48


@dataclass(frozen=True, slots=True)
class OutputOptions:
    format: str  # one of FORMATS, resolved (never None)
    query: str | None = None
    columns: tuple[str, ...] = ()

    @classmethod
    def resolve(
        cls, format: str | None, query: str | None, columns: str | None, *, stdout_is_tty: bool
    ) -> OutputOptions:
        chosen = format or ("table" if stdout_is_tty else "json")
        names = tuple(name.strip() for name in (columns or "").split(",") if name.strip())
        if query:
            compile_query(query)  # a bad expression is a usage error, found before any request
        return cls(format=chosen, query=query or None, columns=names)


def compile_query(expression: str) -> Any:
    import jmespath  # type: ignore[import-untyped]
    from jmespath.exceptions import ParseError  # type: ignore[import-untyped]

    try:
        return jmespath.compile(expression)
    except ParseError as exc:
        raise CliError(f"--query: {expression!r} is not a valid JMESPath expression: {exc}") from None


def apply_query(document: Any, query: str | None) -> Any:
    if not query:
        return document
    return compile_query(query).search(document)


def items_of(document: Any, items_key: str | None = "items") -> list[Any] | None:
    """The rows of a listing: the list itself, or the envelope's items array; None for anything else."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and items_key and isinstance(document.get(items_key), list):
        items: list[Any] = document[items_key]
        return items
    return None


def dumps_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    return dumps_line(value)


class Table:
    """A plain-text table; cells are cut to ``CELL_WIDTH`` characters."""

    def __init__(self, rows: Sequence[Any], columns: Sequence[str] = ()) -> None:
        self.rows = list(rows)
        self.columns = list(columns) or self._default_columns()

    def _default_columns(self) -> list[str]:
        if not any(isinstance(row, dict) for row in self.rows):
            return ["value"]
        names: list[str] = []
        for row in self.rows[:50]:
            if not isinstance(row, dict):
                continue
            for key, value in row.items():
                if key not in names and not isinstance(value, dict | list):
                    names.append(key)
        return names[:DEFAULT_COLUMNS] or ["value"]

    def _cell(self, row: Any, column: str) -> str:
        value: Any = row
        if isinstance(row, dict):
            for part in column.split("."):
                value = value.get(part) if isinstance(value, dict) else None
        elif column != "value":
            value = None
        text = "" if value is None else _plain(value).replace("\n", " ")
        return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 3] + "..."

    def render(self) -> str:
        cells = [[self._cell(row, column) for column in self.columns] for row in self.rows]
        widths = [
            max([len(column), *(len(line[i]) for line in cells)]) for i, column in enumerate(self.columns)
        ]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells]
        return "\n".join(lines)


def _field_rows(document: dict[str, Any], columns: Sequence[str]) -> list[dict[str, Any]]:
    names = list(columns) or list(document)
    return [{"field": name, "value": document.get(name)} for name in names]


def render_table(document: Any, columns: Sequence[str], items_key: str | None) -> str:
    rows = items_of(document, items_key)
    if rows is not None:
        return Table(rows, columns).render()
    if isinstance(document, dict):
        return Table(_field_rows(document, columns), ["field", "value"]).render()
    return Table([document], ["value"]).render()


def write_lines(lines: Iterable[str], out: IO[str]) -> None:
    for line in lines:
        out.write(line + "\n")


def write_document(
    document: Any, options: OutputOptions, out: IO[str], *, items_key: str | None = "items"
) -> None:
    """Write one answer (already decoded JSON) in the chosen format."""
    document = apply_query(document, options.query)
    if options.format == "table":
        out.write(render_table(document, options.columns, items_key) + "\n")
    elif options.format == "jsonl":
        rows = items_of(document, items_key)
        write_lines((dumps_line(row) for row in (rows if rows is not None else [document])), out)
    elif options.format == "raw" and isinstance(document, str):
        out.write(document + "\n")
    else:
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
