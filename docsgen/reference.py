"""The API reference as Markdown pages: one per operation group, one per model, and their indexes.

Paths are relative to the docs folder: `reference/index.md`, `reference/operations/<group>.md` (an anchor per
operation: its name), `reference/models/index.md` and `reference/models/<Model>.md`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from docsgen.extract import FieldDoc, ModelDoc, OperationDoc, model_docs, operation_docs

__all__ = ["group_path", "model_path", "render_pages"]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ITEM = re.compile(r"^(\s*)(- |\d+\. )(.*)$")
_DATES = ("date", "dateFrom", "dateTo", "startDate", "endDate", "dates")


def group_path(group: str) -> str:
    return f"reference/operations/{group}.md"


def model_path(name: str) -> str:
    return f"reference/models/{name}.md"


def group_title(group: str) -> str:
    return group.replace("_", " ").capitalize()


# --- Markdown text --------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Plain text safe in Markdown: no HTML, emphasis or link syntax; `code spans` stay code."""
    pieces = text.split("`")
    if len(pieces) % 2 == 0:  # an unpaired backtick: treat it all as text
        pieces = [text.replace("`", "'")]
    out = []
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append(f"`{piece}`")
            continue
        piece = piece.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(re.sub(r"([*_\[\]#|])", r"\\\1", piece))
    return "".join(out)


def prose(found: list[str]) -> str:
    """Blocks (paragraphs and list items) as Markdown: lists nest by four spaces, as Python-Markdown wants."""
    lines: list[str] = []
    in_list = False
    for block in found:
        item = _ITEM.match(block)
        if item:
            depth = len(item.group(1)) // 2
            if not in_list and lines:
                lines.append("")
            lines.append(f"{'    ' * depth}{item.group(2)}{escape(item.group(3))}")
            in_list = True
        else:
            if lines:
                lines.append("")
            lines.append(escape(block))
            in_list = False
    return "\n".join(lines)


def cell(found: list[str]) -> str:
    """Blocks flattened into one table cell."""
    parts = []
    for block in found:
        item = _ITEM.match(block)
        parts.append(f"• {escape(item.group(3))}" if item else escape(block))
    return " ".join(parts) or " "


def _values(values: Iterable[str]) -> str:
    return ", ".join(f"`{v}`" if v else '`""`' for v in values)


def _linked_type(annotation: str, models: set[str], prefix: str) -> str:
    """`list[Activity] | None` with each model name linked to its page."""
    pieces = []
    last = 0
    for match in _IDENTIFIER.finditer(annotation):
        pieces.append(escape(annotation[last : match.start()]))
        name = match.group(0)
        pieces.append(f"[`{name}`]({prefix}{name}.md)" if name in models else f"`{name}`")
        last = match.end()
    pieces.append(escape(annotation[last:]))
    return "".join(pieces)


# --- operations -----------------------------------------------------------------------------------------


def _example_value(doc: OperationDoc, name: str) -> str:
    param = next((p for p in doc.op.params if p.name == name), None)
    if param is None:
        return "{...}" if name == "body" else "..."
    if param.enum:
        value = f'"{param.enum[0]}"'
        return f"[{value}]" if param.type == "array" else value
    if param.wire in _DATES:
        return '["2026-01-31"]' if param.type == "array" else '"2026-01-31"'
    return {"integer": "1", "number": "1.0", "boolean": "True", "array": '["..."]'}.get(param.type, '"..."')


def _call(doc: OperationDoc, name: str) -> str:
    op = doc.op
    required = [p.name for p in op.params if p.required]
    if op.body and op.body_required:
        required.append("body")
    args = ", ".join(f"{arg}={_example_value(doc, arg)}" for arg in required)
    return f"client.{op.group}.{name}({args})"


def _cli_value(doc: OperationDoc, name: str) -> str:
    value = _example_value(doc, name).strip("[]").strip('"')
    return {"{...}": "@body.json", "True": ""}.get(value, value)


def command_line(doc: OperationDoc) -> str:
    """The same call with the ``ofsc`` command line (``--all`` walks every page)."""
    from ofsc_overlay.cli.commands import command_name, group_name
    from ofsc_overlay.cli.params import option_name

    op = doc.op
    required = [p.name for p in op.params if p.required]
    if op.body and op.body_required:
        required.append("body")
    words = ["ofsc", group_name(op.group), command_name(op.name)]
    for name in required:
        if name == "body" and op.body == "binary":
            words.append("--body-file upload.bin")
            continue
        value = _cli_value(doc, name)
        words.append(f"{option_name(name)} {value}".strip())
    if op.all_name:
        words.append("--all")
    return " ".join(words)


def examples(doc: OperationDoc) -> str:
    """A sync and an async call, the paging twin when there is one, and the command line."""
    op = doc.op
    result = "" if doc.returns == "None" else "result = "
    sync = [f"{result}{_call(doc, op.name)}"]
    asynchronous = [f"{result}await {_call(doc, op.name)}"]
    if op.all_name:
        sync += [f"for item in {_call(doc, op.all_name)}:", "    print(item)"]
        asynchronous += [f"async for item in {_call(doc, op.all_name)}:", "    print(item)"]
    return "\n".join(
        [
            '=== "Sync"',
            "",
            "    ```py",
            *(f"    {line}" for line in sync),
            "    ```",
            "",
            '=== "Async"',
            "",
            "    ```py",
            *(f"    {line}" for line in asynchronous),
            "    ```",
            "",
            '=== "Command line"',
            "",
            "    ```sh",
            f"    {command_line(doc)}",
            "    ```",
        ]
    )


def _parameters(doc: OperationDoc, models: set[str]) -> list[str]:
    op = doc.op
    rows = [
        "| Argument | Sent as | Type | Required | Allowed values | Description |",
        "|---|---|---|---|---|---|",
    ]
    for p in op.params:
        kind = "list" if p.type == "array" else p.type
        rows.append(
            f"| `{p.name}` | {p.location} `{escape(p.wire)}` | {kind} | {'yes' if p.required else 'no'} | "
            f"{_values(p.enum or ())} | {cell(doc.params.get(p.name, []))} |"
        )
    if op.body:
        model = (
            f"[`{op.body_schema}`](../models/{op.body_schema}.md)"
            if op.body_schema in models
            else f"`{op.body_schema or 'bytes'}`"
        )
        rows.append(
            f"| `body` | {op.body} body | {model} | {'yes' if op.body_required else 'no'} | | "
            f"{cell(doc.params.get('body', []))} |"
        )
    return rows if len(rows) > 2 else ["No arguments."]


def render_operation(doc: OperationDoc, models: set[str]) -> str:
    op = doc.op
    lines = [
        f"## {op.name} {{#{op.name}}}",
        "",
        f"**{escape(op.summary or op.name)}**",
        "",
        f"`{op.method.upper()} {op.path}`",
        "",
    ]
    if doc.description:
        lines += [prose(doc.description), ""]
    lines += ["**Arguments**", "", *_parameters(doc, models), ""]
    lines += [f"**Returns** {_linked_type(doc.returns, models, '../models/')}", ""]
    if op.all_name:
        lines += [
            f"**Every page** `{op.all_name}(...)` yields the items of every page "
            f"({'offset and limit' if op.paging == 'offset' else 'the events cursor'}); see "
            "[Paging](../../paging.md).",
            "",
        ]
    lines += ["**Raises**", ""]
    lines += [f"- `{name}`: {escape(text)}" for name, text in doc.raises]
    lines += ["", "**Example**", "", examples(doc), ""]
    return "\n".join(lines)


def render_group(group: str, docs: list[OperationDoc], models: set[str]) -> str:
    lines = [
        f"# {group_title(group)}",
        "",
        f"`client.{group}` on `OFSC` and `AsyncOFSC`: {len(docs)} operations. Each one is also on "
        f"`client.{group}.with_raw_response` (see [Raw responses](../../raw-responses.md)).",
        "",
        "| Method | HTTP | Summary |",
        "|---|---|---|",
    ]
    for doc in docs:
        lines.append(
            f"| [`{doc.op.name}`](#{doc.op.name}) | `{doc.op.method.upper()} {escape(doc.op.path)}` | "
            f"{escape(doc.op.summary)} |"
        )
    lines.append("")
    for doc in docs:
        lines += [render_operation(doc, models), ""]
    return "\n".join(lines)


# --- models ---------------------------------------------------------------------------------------------


def _field_row(field: FieldDoc, models: set[str]) -> str:
    return (
        f"| `{field.name}` | `{escape(field.wire)}` | {_linked_type(field.type, models, '')} | "
        f"{'yes' if field.required else 'no'} | {_values(field.allowed)} | {cell(field.description)} |"
    )


def render_model(
    model: ModelDoc, models: set[str], used_by: list[tuple[str, str]], inside: list[str] | None = None
) -> str:
    lines = [f"# {model.name}", "", f"`from ofsc_generated.models import {model.name}`", ""]
    if model.description:
        lines += [prose(model.description), ""]
    if model.fields:
        lines += [
            "| Field | Wire name | Type | Required by the spec | Allowed values | Description |",
            "|---|---|---|---|---|---|",
            *(_field_row(f, models) for f in model.fields),
            "",
        ]
    else:
        lines += ["No declared fields.", ""]
    lines += [
        "A field the server did not send reads as `None`, like a null (`to_dict()` still tells them apart); "
        "fields the spec does not declare are kept "
        '(`model.additional_properties`, `model["name"]`) and sent back by `to_dict()`.',
        "",
    ]
    if used_by:
        lines += ["**Used by**", ""]
        lines += [f"- [`{group}.{name}`](../operations/{group}.md#{name})" for group, name in used_by]
        lines.append("")
    if inside:
        lines += ["**A field of**", "", *(f"- [`{name}`]({name}.md)" for name in inside), ""]
    return "\n".join(lines)


def render_models_index(docs: list[ModelDoc]) -> str:
    lines = [
        "# Models",
        "",
        f"The {len(docs)} model classes of `ofsc_generated.models`, generated from the spec's schemas.",
        "",
        "| Model | Fields | Description |",
        "|---|---|---|",
    ]
    for model in docs:
        first = model.description[:1]
        lines.append(f"| [`{model.name}`]({model.name}.md) | {len(model.fields)} | {cell(first)} |")
    return "\n".join(lines) + "\n"


def render_index(groups: dict[str, list[OperationDoc]], n_models: int) -> str:
    from ofsc_generated._spec import SPEC_VERSION

    total = sum(len(docs) for docs in groups.values())
    lines = [
        "# API reference",
        "",
        f"Every operation of Oracle's Field Service REST API spec {SPEC_VERSION} ({total} operations) and "
        f"every model ({n_models}), generated from the package itself when this site is built.",
        "",
        "| Group | Operations |",
        "|---|---|",
    ]
    for group, docs in groups.items():
        lines.append(f"| [`client.{group}`](operations/{group}.md) | {len(docs)} |")
    lines += ["", f"[All {n_models} models](models/index.md)", ""]
    return "\n".join(lines)


def _uses(annotation: str) -> set[str]:
    return set(_IDENTIFIER.findall(annotation))


def render_pages() -> dict[str, str]:
    """Every reference page: docs-relative path -> Markdown."""
    operations = operation_docs()
    models = model_docs()
    names = {m.name for m in models}
    groups: dict[str, list[OperationDoc]] = defaultdict(list)
    used_by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc in operations:
        groups[doc.op.group].append(doc)
        for name in _uses(doc.returns) | {doc.op.body_schema or ""}:
            if name in names:
                used_by[name].append((doc.op.group, doc.op.name))
    inside: dict[str, list[str]] = defaultdict(list)
    for model in models:
        for name in sorted({n for f in model.fields for n in _uses(f.type)} & names - {model.name}):
            inside[name].append(model.name)
    pages = {"reference/index.md": render_index(groups, len(models))}
    for group, docs in groups.items():
        pages[group_path(group)] = render_group(group, docs, names)
    pages["reference/models/index.md"] = render_models_index(models)
    for model in models:
        pages[model_path(model.name)] = render_model(
            model, names, used_by.get(model.name, []), inside.get(model.name, [])
        )
    return pages
