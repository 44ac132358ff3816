"""Declared spec fixes (swagger/fixes.json): small JSON-pointer patches applied to the Swagger 2.0 document.

They cover what cannot be inferred by rule (a missing body parameter, a status code that is plainly wrong).
A fix that no longer applies (its target moved in a newer spec) is an error, so stale fixes get noticed.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OPS = ("add", "replace", "remove")


class FixError(Exception):
    """A declared fix is malformed or does not apply to the spec."""


@dataclass(frozen=True, slots=True)
class Fix:
    id: str
    reason: str
    op: str
    path: str
    value: Any = None


def load_fixes(path: Path) -> list[Fix]:
    if not path.is_file():
        return []
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise FixError(f"{path}: expected a JSON list of fixes")
    fixes: list[Fix] = []
    seen: set[str] = set()
    for entry in raw:
        if not isinstance(entry, dict):
            raise FixError(f"{path}: each fix must be an object")
        missing = [key for key in ("id", "reason", "op", "path") if key not in entry]
        if missing:
            raise FixError(f"{path}: fix {entry.get('id', '?')} lacks {', '.join(missing)}")
        if entry["op"] not in OPS:
            raise FixError(f"{path}: fix {entry['id']}: op must be one of {OPS}")
        if entry["op"] != "remove" and "value" not in entry:
            raise FixError(f"{path}: fix {entry['id']}: {entry['op']} needs a value")
        if "\n" in entry["reason"] or not entry["reason"].strip():
            raise FixError(f"{path}: fix {entry['id']}: reason must be one non-empty line")
        if entry["id"] in seen:
            raise FixError(f"{path}: duplicate fix id {entry['id']}")
        seen.add(entry["id"])
        fixes.append(Fix(entry["id"], entry["reason"], entry["op"], entry["path"], entry.get("value")))
    return fixes


def _tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise FixError(f"JSON pointer must start with '/': {pointer!r}")
    return [tok.replace("~1", "/").replace("~0", "~") for tok in pointer[1:].split("/")]


def _child(container: Any, token: str, fix: Fix) -> Any:
    if isinstance(container, dict):
        if token not in container:
            raise FixError(f"fix {fix.id}: {fix.path} not found in the spec (at {token!r})")
        return container[token]
    if isinstance(container, list):
        try:
            return container[int(token)]
        except (ValueError, IndexError) as exc:
            raise FixError(f"fix {fix.id}: {fix.path}: bad list index {token!r}") from exc
    raise FixError(f"fix {fix.id}: {fix.path}: cannot descend into a scalar at {token!r}")


def apply_fix(doc: dict[str, Any], fix: Fix) -> None:
    tokens = _tokens(fix.path)
    if not tokens:
        raise FixError(f"fix {fix.id}: cannot patch the document root")
    parent: Any = doc
    for token in tokens[:-1]:
        parent = _child(parent, token, fix)
    last = tokens[-1]
    value = copy.deepcopy(fix.value)
    if isinstance(parent, dict):
        if fix.op == "add":
            if last in parent:
                raise FixError(f"fix {fix.id}: {fix.path} already exists (the spec may have been fixed)")
            parent[last] = value
        elif fix.op == "replace":
            _child(parent, last, fix)
            parent[last] = value
        else:
            _child(parent, last, fix)
            del parent[last]
    elif isinstance(parent, list):
        if fix.op == "add" and last == "-":
            parent.append(value)
            return
        if fix.op != "add":
            _child(parent, last, fix)
        index = int(last)
        if fix.op == "add":
            parent.insert(index, value)
        elif fix.op == "replace":
            parent[index] = value
        else:
            del parent[index]
    else:
        raise FixError(f"fix {fix.id}: {fix.path}: parent is not a container")


def apply_fixes(doc: dict[str, Any], fixes: list[Fix]) -> list[Fix]:
    """Patch `doc` in place; return the fixes applied, in order."""
    for fix in fixes:
        apply_fix(doc, fix)
    return list(fixes)
