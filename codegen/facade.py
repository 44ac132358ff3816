"""Emit the typed facade (package_dir/facade/): per group a module with sync, async and raw-response classes.

Signatures are copied from the generated endpoint modules (their `sync_detailed` parameters, read with `ast`),
so the facade always takes exactly the arguments the generated code takes, with the generator's Python names
and types; `| Unset = UNSET` becomes `| None = None` because the runtime treats None as "not given". Model
types are imported under TYPE_CHECKING only: importing a group module imports no model. Docstrings are
Google style: the summary, the description's first paragraph as capped plain text, `METHOD path`, then Args
(each parameter's description, allowed values, whether required), Returns and Raises (ofsc_overlay's errors).
"""

from __future__ import annotations

import ast
import re
import shutil
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from codegen.catalog import BINARY, OperationSpec, ParamSpec, endpoint_path, read_function
from codegen.names import RetiredName
from codegen.text import BOILERPLATE, lead

__all__ = ["FacadeError", "class_base", "emit_facade"]

TEMPLATES = Path(__file__).parent / "facade_templates"
# Names an item annotation may use besides the model classes it imports.
_BUILTIN_NAMES = frozenset({"str", "int", "float", "bool", "Any", "None", "list", "dict", "bytes"})


class FacadeError(ValueError):
    """A generated endpoint module does not have the shape the facade is built from."""


@dataclass(frozen=True, slots=True)
class Arg:
    name: str
    annotation: str
    required: bool


@dataclass(frozen=True, slots=True)
class Method:
    op: OperationSpec
    args: tuple[Arg, ...]
    returns: str
    item: str | None  # element type of the get_all_* twin
    imports: frozenset[tuple[str, str]]  # (module relative to the package, name), needed for type checking


def class_base(group: str) -> str:
    """parts_catalog -> PartsCatalog."""
    return "".join(word.capitalize() for word in group.split("_"))


# --- reading generated sources ----------------------------------------------------------------------------


def _module_imports(tree: ast.Module, module_path: str) -> dict[str, tuple[str, str]]:
    """Imported name -> (module relative to the package root, name), for the package's own modules."""
    package = module_path.split(".")[:-1]  # "api.core.get_activity" lives in package "api.core"
    found: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - (node.level - 1)]
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                found[alias.asname or alias.name] = (target, alias.name)
    return found


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def _names_in(annotation: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)}


def _without_unset(node: ast.expr) -> list[str]:
    return [ast.unparse(m) for m in _union_members(node) if ast.unparse(m) != "Unset"]


def _body_annotation(members: list[str], op: OperationSpec) -> list[str]:
    """The generated body type, plus what the runtime also accepts: a plain dict (raw bytes for uploads)."""
    if op.body == "binary":
        return [*members, "bytes", "IO[bytes]", "PathLike[str]"]
    extra: list[str] = []
    for member in members:
        if member == "Any":
            return ["Any"]
        extra.append("list[dict[str, Any]]" if member.startswith("list[") else "dict[str, Any]")
    return [*members, *dict.fromkeys(extra)]


def _returned(func: ast.FunctionDef, op: OperationSpec) -> str:
    if op.accept == BINARY:
        return "bytes"
    if not op.has_content:
        return "None"
    ret = func.returns
    if isinstance(ret, ast.Subscript) and isinstance(ret.value, ast.Name) and ret.value.id == "Response":
        return ast.unparse(ret.slice)
    raise FacadeError(f"{op.module}: sync_detailed() does not return Response[...]")


def _item_type(
    package_dir: Path, returned: str, items_key: str | None, imports: dict[str, tuple[str, str]]
) -> tuple[str, set[tuple[str, str]]]:
    """Element type of the envelope's array (ActivityList.items -> ActivityItem), or Any when unknown."""
    if returned not in imports or not items_key:
        return "Any", set()
    module, class_name = imports[returned]
    source = package_dir.joinpath(*module.split(".")).with_suffix(".py")
    if not source.is_file():
        return "Any", set()
    tree = ast.parse(source.read_text(encoding="utf-8"))
    model_imports = _module_imports(tree, module)
    from openapi_python_client.utils import PythonIdentifier  # the generator's own attribute naming

    attribute = str(PythonIdentifier(items_key, prefix="field_"))
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == class_name):
            continue
        for stmt in node.body:
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id == attribute
            ):
                for member in _union_members(stmt.annotation):
                    if isinstance(member, ast.Subscript) and ast.unparse(member.value) == "list":
                        item = ast.unparse(member.slice)
                        needed = {model_imports[n] for n in _names_in(item) if n in model_imports}
                        if all(n in model_imports or n in _BUILTIN_NAMES for n in _names_in(item)):
                            return item, needed
    return "Any", set()


# The date and time types a parameter of each format accepts besides str (the runtime writes them the way OFSC
# reads them: YYYY-MM-DD, HH:MM:SS, YYYY-MM-DD HH:MM:SS).
_DATE_TYPES = {"date": "datetime.date", "time": "datetime.time", "date-time": "datetime.datetime"}


def _literal(values: tuple[str, ...]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _param_annotation(members: list[str], param: ParamSpec) -> list[str]:
    """Fixed values as Literal[...] (mypy checks them, the catalog at run time); dates as date objects too."""
    if param.enum and members in (["str"], ["str", "None"]):
        return [_literal(param.enum), *members[1:]]
    if param.enum and members in (["list[str]"], ["list[str]", "None"]):
        return [f"list[{_literal(param.enum)}]", *members[1:]]
    if param.format in _DATE_TYPES and members in (["str"], ["str", "None"]):
        return ["str", _DATE_TYPES[param.format], *members[1:]]
    return members


def read_method(package_dir: Path, op: OperationSpec) -> Method:
    path = endpoint_path(package_dir, op.group, op.name)
    func = read_function(package_dir, op.group, op.name, "sync_detailed")
    if func is None:
        raise FacadeError(f"{path} is missing: run the generator before emitting the facade")
    module_path = f"api.{op.group}.{op.name}"
    imports = _module_imports(ast.parse(path.read_text(encoding="utf-8")), module_path)
    args: list[Arg] = []
    positional_defaults = [None] * (len(func.args.args) - len(func.args.defaults)) + list(func.args.defaults)
    params = [
        *zip(func.args.args, positional_defaults, strict=True),
        *zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True),
    ]
    by_name = {param.name: param for param in op.params}
    for arg, default in params:
        if arg.arg == "client" or arg.annotation is None:
            continue
        members = _without_unset(arg.annotation)
        if arg.arg == "body" and op.body is not None:
            members = _body_annotation(members, op)
        elif arg.arg in by_name:
            members = _param_annotation(members, by_name[arg.arg])
        required = default is None
        if not required and "None" not in members:
            members.append("None")
        args.append(Arg(arg.arg, " | ".join(members), required))
    # Required arguments first: every facade argument is keyword-only, so the order is only for reading.
    args.sort(key=lambda a: not a.required)
    returns = _returned(func, op)
    item: str | None = None
    item_imports: set[tuple[str, str]] = set()
    if op.paging:
        item, item_imports = _item_type(package_dir, returns, op.items_key, imports)
    used = set().union(*(_names_in(a.annotation) for a in args), _names_in(returns))
    needed = {imports[n] for n in used if n in imports} | item_imports
    return Method(op=op, args=tuple(args), returns=returns, item=item, imports=frozenset(needed))


# --- rendering --------------------------------------------------------------------------------------------


def _docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.startswith('"'):
        text = "\\" + text  # a fourth quote right after the opening ones would be read as part of them
    lines = text.splitlines() or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}\n{indent}"""\n'


# --- docstrings ---------------------------------------------------------------------------------------------
# Oracle's prose is HTML and can run to pages: codegen.text keeps the gist of each description.

WIDTH = 100  # columns, the method's indentation included
_INDENT = 8  # a method docstring's indentation
OPERATION_CAP = 270  # characters of the operation's description: about three wrapped lines
ARGUMENT_CAP = 160  # characters of a parameter's description
ENUM_CAP = 80  # characters of listed allowed values


def _enum_note(values: tuple[str, ...], is_array: bool) -> str:
    shown = [v if v else '""' for v in values]
    listed = ", ".join(shown)
    if len(listed) > ENUM_CAP:
        kept: list[str] = []
        for value in shown:
            if len(", ".join([*kept, value])) > ENUM_CAP - 5:
                break
            kept.append(value)
        listed = ", ".join([*kept, "..."]) + f" ({len(shown)} values)"
    return f"{'Each one' if is_array else 'One'} of: {listed}."


def _body_note(op: OperationSpec, annotation: str) -> str:
    for text in op.body_descriptions:
        line = lead(text, ARGUMENT_CAP)
        if line and not BOILERPLATE.match(line):
            return line
    if op.body == "binary":
        return "The request body: the raw content, as bytes or a binary file."
    model = annotation.split(" | ")[0]
    fields = "form fields" if op.body in ("form", "multipart") else "JSON fields"
    if model.startswith("list["):
        return f"The request body: a list of {model[5:-1]} or of dicts with their {fields}."
    if model in ("Any", "dict[str, Any]"):
        return f"The request body: a dict with its {fields}."
    return f"The request body: {model} or a dict with its {fields}."


def _arg_note(m: Method, arg: Arg) -> str:
    op = m.op
    if arg.name == "body" and op.body is not None:
        note = _body_note(op, arg.annotation)
    else:
        note = lead(dict(op.param_descriptions).get(arg.name, ""), ARGUMENT_CAP)
        param = next((p for p in op.params if p.name == arg.name), None)
        if param is not None:
            if not note:
                note = f"The `{param.wire}` {param.location} parameter."
            if param.enum:
                note += " " + _enum_note(param.enum, param.type == "array")
        elif not note:
            note = "See the operation's documentation."
    return f"{note} Required." if arg.required else note


def _section(title: str, entries: list[tuple[str, str]]) -> list[str]:
    lines = [f"{title}:"]
    for name, text in entries:
        lines += textwrap.wrap(
            f"{name}: {text}",
            width=WIDTH - _INDENT,
            initial_indent="    ",
            subsequent_indent="        ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    return lines


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, width=WIDTH - _INDENT, break_long_words=False, break_on_hyphens=False)


_CURSOR_CONCURRENCY = "Accepted for symmetry: each page needs the previous one's cursor, so one at a time."
_TWIN_NOTES = {
    "offset": "Where the walk starts (default 0): resume a walk with a page's `next_offset`.",
    "limit": "The page size: how many items each request asks for (the server may answer fewer). It does "
    "not limit how many items are yielded.",
    "max_items": "Stop after this many items (the last page is cut short); no page past them is requested.",
    "concurrency": "How many pages to request at a time (default one; threads for the sync client, capped "
    "at the operation's documented limit); items still come in page order.",
}


def method_doc(m: Method, flavour: str, twin_args: tuple[Arg, ...] | None = None) -> str:
    """The docstring: summary, what the spec says in brief, `METHOD path`, Args and Returns.

    flavour: "sync", "async", "sync_raw" or "async_raw"; `twin_args` for the get_all_* twin.
    """
    op = m.op
    summary = " ".join(op.summary.split()) or op.name
    blocks: list[list[str]] = [[summary]]
    if twin_args is not None:
        how = "requesting the next page as you iterate"
        if op.paging == "offset":
            how = "requesting pages as you iterate, up to `concurrency` at a time"
        blocks.append(
            _wrapped(f"Yields the items of every page of `{op.name}`, {how}; `by_page()` yields the pages.")
        )
    described = lead(op.description, OPERATION_CAP, summary)
    if described:
        blocks.append(_wrapped(described))
    blocks.append([f"{op.method.upper()} {op.path}"])
    args = twin_args if twin_args is not None else m.args
    entries = []
    for arg in args:
        if twin_args is not None and arg.name in _TWIN_NOTES and not arg.required:
            note = _TWIN_NOTES[arg.name]
            if arg.name == "concurrency" and op.paging != "offset":
                note = _CURSOR_CONCURRENCY
            entries.append((arg.name, note))
        else:
            entries.append((arg.name, _arg_note(m, arg)))
    if entries:
        blocks.append(_section("Args", entries))
    blocks.append(_section("Returns", [_returns(m, flavour, twin_args is not None)]))
    blocks.append(_section("Raises", _raises(m)))
    return "\n\n".join("\n".join(block) for block in blocks)


def _raises(m: Method) -> list[tuple[str, str]]:
    """The errors of ofsc_overlay.errors a call can raise, the likeliest for this operation first."""
    entries: list[tuple[str, str]] = []
    if m.args:
        entries.append(
            (
                "RequestValidationError",
                "An argument is missing, of the wrong type or not an allowed value; nothing was sent.",
            )
        )
    if any(p.location == "path" for p in m.op.params):
        entries.append(("NotFoundError", "404: nothing has the given identifier (or it is not visible)."))
    entries += [
        (
            "AuthenticationError",
            "401: the credentials or token were refused (wrong instance, inactive application).",
        ),
        ("PermissionDeniedError", "403: the application may not use this API or resource."),
        (
            "APIStatusError",
            "Any other error status, as its subclass: BadRequestError (400), ConflictError (409), "
            "UnprocessableEntityError (422), RateLimitError (429), InternalServerError (5xx).",
        ),
        (
            "APIConnectionError",
            "No response: the connection failed, timed out (APITimeoutError) or the circuit breaker is "
            "open (CircuitOpenError).",
        ),
    ]
    return entries


def _returns(m: Method, flavour: str, twin: bool) -> tuple[str, str]:
    if twin:
        pager = "AsyncPager" if flavour.startswith("async") else "Pager"
        return f"{pager}[{m.item or 'Any'}]", "The items of every page, in order; `by_page()`: the pages."
    if flavour.endswith("stream"):
        is_async = flavour.startswith("async")
        return (
            f"{'AbstractAsyncContextManager' if is_async else 'AbstractContextManager'}"
            f"[{'AsyncStreamedResponse' if is_async else 'StreamedResponse'}]",
            f"Entered with `{'async with' if is_async else 'with'}`: status, headers and the body as it "
            "streams in (`iter_bytes()`, `write_to(path)`).",
        )
    if flavour.endswith("raw"):
        return (
            f"RawResponse[{m.returns}]",
            "The status code, headers, parsed value and the httpx response.",
        )
    what = {
        "None": "The response has no content.",
        "bytes": "The downloaded content.",
        "Any": "The parsed JSON response.",
    }
    return m.returns, what.get(m.returns, "The parsed response.")


def _signature(args: tuple[Arg, ...], extra: tuple[str, ...] = ()) -> str:
    rendered = [
        f"{a.name}: {a.annotation}" if a.required else f"{a.name}: {a.annotation} = None" for a in args
    ]
    rendered += extra
    return ", ".join(["self", "*", *rendered]) if rendered else "self"


def _args_dict(args: tuple[Arg, ...], extra: tuple[str, ...] = ()) -> str:
    return "{" + ", ".join(f'"{n}": {n}' for n in [*(a.name for a in args), *extra]) + "}"


def _render_method(m: Method, flavour: str) -> str:
    """flavour: "sync", "async", "sync_raw" or "async_raw"."""
    op = m.op
    is_async = flavour.startswith("async")
    raw = flavour.endswith("raw")
    head = "async def" if is_async else "def"
    wait = "await " if is_async else ""
    doc = _docstring(method_doc(m, flavour), "        ")
    call = f'self._runner.{"call_raw" if raw else "call"}("{op.key}", {_args_dict(m.args)})'
    if raw:
        returns, body = f"RawResponse[{m.returns}]", f"        return {wait}{call}\n"
    elif m.returns == "None":
        returns, body = "None", f"        {wait}{call}\n"
    elif m.returns == "Any":
        returns, body = "Any", f"        return {wait}{call}\n"
    else:
        returns, body = m.returns, f'        return cast("{m.returns}", {wait}{call})\n'
    args = m.args
    if is_async and op.body == "binary":
        # AsyncOFSC also sends an async iterable of bytes, chunk by chunk.
        args = tuple(
            Arg(a.name, f"{a.annotation} | AsyncIterable[bytes]", a.required) if a.name == "body" else a
            for a in args
        )
    out = f"    {head} {op.name}({_signature(args)}) -> {returns}:\n{doc}{body}"
    if op.all_name and not raw:
        out += "\n" + _render_twin(m, is_async)
    return out


def _render_streaming(m: Method, is_async: bool) -> str:
    """A binary download whose body is read as it is consumed: a (sync or async) context manager."""
    op = m.op
    flavour = "async_stream" if is_async else "sync_stream"
    manager = (
        "AbstractAsyncContextManager[AsyncStreamedResponse]"
        if is_async
        else "AbstractContextManager[StreamedResponse]"
    )
    doc = _docstring(method_doc(m, flavour), "        ")
    call = f'self._runner.stream("{op.key}", {_args_dict(m.args)})'
    return f"    def {op.name}({_signature(m.args)}) -> {manager}:\n{doc}        return {call}\n"


def _render_twin(m: Method, is_async: bool) -> str:
    op = m.op
    extra: tuple[Arg, ...] = ()
    if op.paging == "offset" and not any(a.name == "offset" for a in m.args):
        extra += (Arg("offset", "int | None", False),)
    if not any(a.name == "limit" for a in m.args):
        extra += (Arg("limit", "int | None", False),)
    extra += (Arg("max_items", "int | None", False), Arg("concurrency", "int | None", False))
    extra_sig = tuple(f"{a.name}: {a.annotation} = None" for a in extra)
    extra_names = tuple(a.name for a in extra)
    pager = "AsyncPager" if is_async else "Pager"
    doc = _docstring(method_doc(m, "async" if is_async else "sync", (*m.args, *extra)), "        ")
    call = f'self._runner.paginate("{op.key}", {_args_dict(m.args, extra_names)})'
    return (
        f"    def {op.all_name}({_signature(m.args, extra_sig)}) -> {pager}[{m.item or 'Any'}]:\n"
        f"{doc}        return {call}\n"
    )


def _render_retired(r: RetiredName, flavour: str) -> str:
    """A removed operation keeps its method: calling it raises OperationRemovedError and sends nothing."""
    is_async = flavour.startswith("async")
    head = "async def" if is_async else "def"
    wait = "await " if is_async else ""
    doc = _docstring(
        f"Removed from Oracle's API in {r.removed_in} (was {r.method} {r.path}).\n\n"
        f"Raises OperationRemovedError without sending anything; see docs/api-changes/{r.removed_in}.md.",
        "        ",
    )
    call = f'self._runner.{"call_raw" if flavour.endswith("raw") else "call"}("{r.key}", kwargs)'
    return (
        f"    {head} {r.name}(self, *args: Any, **kwargs: Any) -> NoReturn:\n{doc}"
        f"        {wait}{call}\n"
        '        raise AssertionError("unreachable: the runner raises for a removed operation")\n'
    )


def _render_class(
    name: str,
    runner: str,
    doc: str,
    methods: list[Method],
    flavour: str,
    raw_class: str | None,
    retired: Sequence[RetiredName] = (),
    stream_class: str | None = None,
) -> str:
    out = f"class {name}:\n{_docstring(doc, '    ')}\n"
    out += '    __slots__ = ("_runner",)\n\n'
    out += f"    def __init__(self, runner: {runner}) -> None:\n        self._runner = runner\n"
    if raw_class:
        out += (
            f"\n    @property\n    def with_raw_response(self) -> {raw_class}:\n"
            f'        """The same operations, answering RawResponse (status, headers, parsed value)."""\n'
            f"        return {raw_class}(self._runner)\n"
        )
    if stream_class:
        out += (
            f"\n    @property\n    def with_streaming_response(self) -> {stream_class}:\n"
            f'        """The binary downloads, their body read as it is consumed (constant memory)."""\n'
            f"        return {stream_class}(self._runner)\n"
        )
    for m in methods:
        if flavour.endswith("stream"):
            out += "\n" + _render_streaming(m, flavour.startswith("async"))
            continue
        out += "\n" + _render_method(m, flavour)
    for r in retired:
        out += "\n" + _render_retired(r, flavour)
    return out


def _import_order(name: str) -> tuple[int, str]:
    # isort's order: CONSTANTS, Classes, functions.
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def render_group(group: str, methods: list[Method], retired: Sequence[RetiredName] = ()) -> str:
    base = class_base(group)
    downloads = [m for m in methods if m.op.accept == BINARY]
    sync_stream = f"{base}WithStreamingResponse" if downloads else None
    async_stream = f"Async{base}WithStreamingResponse" if downloads else None
    classes = [
        _render_class(
            base,
            "SyncRunner",
            f"`{group}` operations.",
            methods,
            "sync",
            f"{base}WithRawResponse",
            retired,
            sync_stream,
        ),
        _render_class(
            f"{base}WithRawResponse",
            "SyncRunner",
            f"`{group}` operations answering RawResponse.",
            methods,
            "sync_raw",
            None,
            retired,
        ),
        _render_class(
            f"Async{base}",
            "AsyncRunner",
            f"`{group}` operations (async).",
            methods,
            "async",
            f"Async{base}WithRawResponse",
            retired,
            async_stream,
        ),
        _render_class(
            f"Async{base}WithRawResponse",
            "AsyncRunner",
            f"`{group}` operations answering RawResponse (async).",
            methods,
            "async_raw",
            None,
            retired,
        ),
    ]
    if sync_stream and async_stream:
        classes += [
            _render_class(
                sync_stream,
                "SyncRunner",
                f"`{group}` binary downloads, streamed.",
                downloads,
                "sync_stream",
                None,
            ),
            _render_class(
                async_stream,
                "AsyncRunner",
                f"`{group}` binary downloads, streamed (async).",
                downloads,
                "async_stream",
                None,
            ),
        ]
    code = "".join(f"\n\n{c}" for c in classes)
    # Import only what the code uses: an unused import would fail a strict lint of the output.
    used = set(re.findall(r"\b\w+\b", code))
    abc = [n for n in ("AsyncIterable", "AsyncIterator", "Iterator") if n in used]
    context = [n for n in ("AbstractAsyncContextManager", "AbstractContextManager") if n in used]
    typing = ["TYPE_CHECKING", *(n for n in ("IO", "Any", "Literal", "NoReturn", "cast") if n in used)]
    runner = [
        n
        for n in (
            "AsyncPager",
            "AsyncRunner",
            "AsyncStreamedResponse",
            "Pager",
            "RawResponse",
            "StreamedResponse",
            "SyncRunner",
        )
        if n in used
    ]
    models = sorted({imp for m in methods for imp in m.imports})
    exported = sorted(
        [f"Async{base}", f"Async{base}WithRawResponse", base, f"{base}WithRawResponse"]
        + ([sync_stream, async_stream] if sync_stream and async_stream else [])
    )
    header = (
        f'"""Typed `{group}` operations: {base}, Async{base} and their WithRawResponse views.\n\n'
        "Generated by codegen/facade.py from the names table and the generated endpoints. Do not edit.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        + ("import datetime\n" if "datetime" in used else "")
        + (f"from collections.abc import {', '.join(abc)}\n" if abc else "")
        + (f"from contextlib import {', '.join(context)}\n" if context else "")
        + ("from os import PathLike\n" if "PathLike" in used else "")
        + f"from typing import {', '.join(sorted(typing, key=_import_order))}\n\n"
        "if TYPE_CHECKING:\n"
        f"    from ._runner import {', '.join(runner)}\n"
        + "".join(f"    from ..{module} import {name}\n" for module, name in models)
        + "\n__all__ = ["
        + ", ".join(f'"{n}"' for n in exported)
        + "]\n"
    )
    return header + code


def render_init(package: str, groups: list[str]) -> str:
    rows = "".join(
        f'    "{g}": ("{package}.facade.{g}.{class_base(g)}", "{package}.facade.{g}.Async{class_base(g)}"),\n'
        for g in groups
    )
    return (
        '"""Typed facade over the generated endpoints, one module per group (imported on first use).\n\n'
        "Generated by codegen/facade.py. Do not edit.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        '__all__ = ["GROUPS"]\n\n'
        "# group -> (sync class, async class), as dotted paths.\n"
        f"GROUPS: dict[str, tuple[str, str]] = {{\n{rows}}}\n"
    )


def emit_facade(
    operations: list[OperationSpec], package_dir: Path, retired: Sequence[RetiredName] = ()
) -> None:
    """Write package_dir/facade/ (_runner.py, one module per group, __init__.py), replacing what was there.

    `operations` are the catalogued ones (what `emit_catalog` returns); `retired` keep a raising method.
    """
    by_group: dict[str, list[Method]] = {}
    for op in operations:
        by_group.setdefault(op.group, []).append(read_method(package_dir, op))
    gone: dict[str, list[RetiredName]] = {}
    for r in sorted(retired, key=lambda r: r.key):
        gone.setdefault(r.group, [])
        gone[r.group].append(r)
        by_group.setdefault(r.group, [])
    facade = package_dir / "facade"
    if facade.exists():
        shutil.rmtree(facade)
    facade.mkdir(parents=True)
    shutil.copyfile(TEMPLATES / "_runner.py.tmpl", facade / "_runner.py")
    for group, methods in sorted(by_group.items()):
        code = render_group(group, methods, gone.get(group, ()))
        (facade / f"{group}.py").write_text(code, encoding="utf-8")
    (facade / "__init__.py").write_text(render_init(package_dir.name, sorted(by_group)), encoding="utf-8")
