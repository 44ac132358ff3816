"""What the reference says, read from the generated package: operations, their prose, errors and models.

The generated docstrings are the single source: the reference shows what an IDE hover shows, in full. The
endpoint module's `sync_detailed` docstring holds the operation's whole description and every parameter's;
the facade method's holds the errors it raises and its return type; a model module holds each field's
Python name, type, wire name (its `_FIELDS`) and description (the attribute docstrings).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ofsc_generated.catalog import OPERATIONS, Operation

__all__ = ["FieldDoc", "ModelDoc", "OperationDoc", "model_docs", "operation_docs"]

_ENTRY = re.compile(r"^    (\w+) \(([^)]*)\):\s?(.*)$")  # "    activity_id (int): The ..."
_RAISES_ENTRY = re.compile(r"^    (\w+):\s?(.*)$")
_ALLOWED = re.compile(r"\s*Allowed values: (`[^`]*`(?:, `[^`]*`)*)\.\s*$")
_ITEM = re.compile(r"^(\s*)(- |\d+\. )")


@dataclass(frozen=True, slots=True)
class OperationDoc:
    op: Operation
    description: list[str]  # blocks: paragraphs, and list items ("- x", "  - nested", "1. x")
    params: dict[str, list[str]]  # Python name -> its description blocks
    returns: str  # the facade method's return annotation, e.g. "Activity"
    raises: list[tuple[str, str]]  # (error class, when)


@dataclass(frozen=True, slots=True)
class FieldDoc:
    name: str
    wire: str
    type: str
    required: bool
    allowed: tuple[str, ...]  # the spec's enum (the items' for a list)
    description: list[str]


@dataclass(frozen=True, slots=True)
class ModelDoc:
    name: str
    description: list[str]
    fields: list[FieldDoc]


# --- docstrings -----------------------------------------------------------------------------------------


def _sections(doc: str) -> tuple[list[str], dict[str, list[str]]]:
    """(lines before the first section, {"Args": lines, "Raises": lines, "Returns": lines})."""
    head: list[str] = []
    sections: dict[str, list[str]] = {}
    current = head
    for line in doc.splitlines():
        if re.fullmatch(r"(Args|Raises|Returns|Attributes):", line):
            current = sections.setdefault(line[:-1], [])
        else:
            current.append(line)
    return head, sections


def _entries(lines: list[str], pattern: re.Pattern[str]) -> dict[str, list[str]]:
    """Google-style entries: a 4-space line starts one, deeper or blank lines continue it."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        match = pattern.match(line)
        if match:
            current = found.setdefault(match.group(1), [])
            current.append(match.group(match.lastindex or 1))
        elif current is not None and (not line.strip() or line.startswith("        ")):
            current.append(line[8:])
    return {name: _trim(text) for name, text in found.items()}


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def blocks(lines: list[str]) -> list[str]:
    """Wrapped docstring lines back to blocks: whole paragraphs and whole list items (indent kept).

    The generator wraps each line of codegen.text.plain's output separately, so a list item starts a line and
    its continuation lines do not; a blank line ends a block.
    """
    found: list[str] = []
    open_block = False
    for raw in lines:
        line = raw.rstrip().replace('\\"', '"')  # raw docstrings escape the quotes they contain
        if not line.strip():
            open_block = False
        elif _ITEM.match(line) or not open_block:
            found.append(line if _ITEM.match(line) else line.strip())
            open_block = True
        else:
            found[-1] += " " + line.strip()
    return found


def without_allowed_values(found: list[str]) -> list[str]:
    """The generator appends "Allowed values: `a`, `b`." to descriptions; the reference lists them apart."""
    if found:
        last = _ALLOWED.sub("", found[-1])
        found = [*found[:-1], last] if last.strip() else found[:-1]
    return found


# --- operations -----------------------------------------------------------------------------------------


def _facade_method(op: Operation) -> Any:
    from codegen.facade import class_base

    module = importlib.import_module(f"ofsc_generated.facade.{op.group}")
    return getattr(getattr(module, class_base(op.group)), op.name)


def operation_docs() -> list[OperationDoc]:
    """Every operation of the catalog, in catalog order (group, then name)."""
    docs: list[OperationDoc] = []
    for op in OPERATIONS:
        endpoint = importlib.import_module(op.module)
        head, sections = _sections(inspect.getdoc(endpoint.sync_detailed) or "")
        description = blocks(head[1:])
        method = _facade_method(op)
        _, facade_sections = _sections(inspect.getdoc(method) or "")
        raises = [
            (name, " ".join(" ".join(text).split()))
            for name, text in _entries(facade_sections.get("Raises", []), _RAISES_ENTRY).items()
        ]
        returns = inspect.signature(method).return_annotation
        docs.append(
            OperationDoc(
                op=op,
                description=description,
                params={
                    k: without_allowed_values(blocks(v))
                    for k, v in _entries(sections.get("Args", []), _ENTRY).items()
                },
                returns=returns if isinstance(returns, str) else getattr(returns, "__name__", str(returns)),
                raises=raises,
            )
        )
    return docs


# --- models ---------------------------------------------------------------------------------------------


@cache
def _contract() -> dict[str, Any]:
    import ofsc_generated

    path = Path(ofsc_generated.__file__).parent / "_contract.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _wire_names(tree: ast.Module) -> list[str]:
    """The keys of the module's `_FIELDS`: the fields' wire names, in constructor order."""
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_FIELDS"
            and isinstance(node.value, ast.Dict)
        ):
            return [
                k.value for k in node.value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)
            ]
    return []


def _pretty_type(annotation: str) -> str:
    """`None | str` -> `str | None`: an optional field reads None when absent or null."""
    parts = [p.strip() for p in annotation.split("|")]
    kept = [p for p in parts if p not in ("Unset", "None")]
    return " | ".join(kept + (["None"] if "None" in parts else [])) or "None"


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema's properties, its allOf members' included (refs to other components are not followed)."""
    found: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        if isinstance(member, dict):
            found.update(_properties(member))
    found.update(schema.get("properties", {}))
    return found


def _enum(schema: Any) -> tuple[str, ...]:
    if not isinstance(schema, dict):
        return ()
    source = schema.get("items", schema) if schema.get("type") == "array" else schema
    values = source.get("enum") if isinstance(source, dict) else None
    return tuple(str(v) for v in values if v is not None) if isinstance(values, list) else ()


def model_names() -> list[str]:
    import ofsc_generated.models as models

    return sorted(models.__all__)


def model_docs() -> list[ModelDoc]:
    """Every model class the generated package exports, by name."""
    import ofsc_generated.models as models

    schemas = _contract()["components"]["schemas"]
    docs: list[ModelDoc] = []
    for name in model_names():
        cls = getattr(models, name)
        module = importlib.import_module(cls.__module__)
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
        attributes: list[tuple[str, str, list[str]]] = []
        body = node.body
        for index, statement in enumerate(body):
            if not (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)):
                continue
            if statement.target.id in ("additional_properties", "_sent"):
                continue
            following = body[index + 1] if index + 1 < len(body) else None
            text = ""
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                text = inspect.cleandoc(following.value.value)
            attributes.append((statement.target.id, ast.unparse(statement.annotation), text.splitlines()))
        wires = _wire_names(tree)
        if len(wires) != len(attributes):
            raise ValueError(f"{name}: {len(attributes)} fields but {len(wires)} wire names")
        schema = schemas.get(name, {})
        required = set(schema.get("required", []))
        properties = _properties(schema)
        fields = [
            FieldDoc(
                name=python,
                wire=wire,
                type=_pretty_type(annotation),
                required=wire in required,
                allowed=_enum(properties.get(wire, {})),
                description=without_allowed_values(blocks(lines)),
            )
            for (python, annotation, lines), wire in zip(attributes, wires, strict=True)
        ]
        summary = blocks((inspect.getdoc(cls) or "").splitlines())
        docs.append(ModelDoc(name=name, description=summary, fields=fields))
    return docs
