"""pyOFSC-style arguments -> keyword arguments of our facade method for the same operation.

The pyOFSC signature (from the table) binds positional arguments to pyOFSC's parameter names; each name is
then matched to the operation's parameter by our Python name, the wire name or the two compared without case
and underscores (``resourceId`` / ``resource_id``, ``actual_date`` / ``actualDate``). What remains fills the
path parameters not yet given, in path order (pyOFSC's ``label`` for ``propertyLabel``), then the body
(pyOFSC calls it ``data``, ``activity``, ``property``, ...). A path parameter still missing is read from the
body (pyOFSC's ``create_or_replace_property(property)`` takes the label from the property). The few habits
that need more are in the declarative tables below.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ._table import PyMethod

#: pyOFSC keyword -> our Python name, applied where the operation has that name.
KEYWORDS = {
    "root": "resources",
    "activity_fields": "fields",
    "initial_offset": "offset",
    "position_date": "date",
    "route_date": "date",
    "access_id": "api_label",
    "actual_date": "actual_for_date",
}

#: pyOFSC arguments that shape only pyOFSC's own request (Accept header, file name): ours needs none, unless
#: the operation has a path parameter still to fill (``get_daily_extract_file(date, filename)``).
IGNORED = frozenset({"media_type", "mediaType", "content_type", "filename"})

#: pyOFSC boolean flags -> the value of our ``expand`` parameter they stand for.
EXPAND_FLAGS = {
    "inventories": "inventories",
    "workskills": "workSkills",
    "workzones": "workZones",
    "workschedules": "workSchedules",
}

#: pyOFSC arguments whose value becomes another argument of ours: name -> (our name, value from theirs).
CONVERTED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "identify_by_internal_id": ("identify_resource_by", lambda on: "resourceInternalId" if on else None),
    "include_non_scheduled": ("include_non_scheduled", bool),
}


def _plugin_form(plugin: Any) -> dict[str, Any]:
    """pyOFSC's plugin import takes the XML (text) or a path to it; the operation wants a multipart file."""
    if isinstance(plugin, os.PathLike):
        path = Path(plugin)
        return {"pluginFile": (path.name, path.read_bytes(), "application/xml")}
    content = plugin.encode() if isinstance(plugin, str) else plugin
    return {"pluginFile": ("plugin.xml", content, "application/xml")}


#: pyOFSC methods that build the body from a plain argument: (our group, pyOFSC name) -> body builder.
BODIES: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("core", "set_resource_users"): lambda users: {"items": [{"login": login} for login in users]},
    ("metadata", "import_plugin"): _plugin_form,
    ("metadata", "import_plugin_file"): _plugin_form,
}


def _activity_walk_defaults() -> dict[str, Any]:
    """pyOFSC's sync get_all_activities: the week either side of today, the whole resource tree."""
    today = datetime.date.today()
    return {
        "date_from": (today - datetime.timedelta(days=7)).isoformat(),
        "date_to": (today + datetime.timedelta(days=7)).isoformat(),
        "include_children": "all",
    }


#: Arguments pyOFSC sends on its own where the caller gives none: (our group, pyOFSC name) -> defaults.
CALL_DEFAULTS: dict[tuple[str, str], Callable[[], dict[str, Any]]] = {
    ("core", "get_all_activities"): _activity_walk_defaults,
}


def norm(name: str) -> str:
    return name.replace("_", "").lower()


_KEYWORDS_NORM = {norm(theirs): ours for theirs, ours in KEYWORDS.items()}


def path_params(op: Any) -> list[Any]:
    in_path = [param for param in op.params if param.location == "path"]
    return sorted(in_path, key=lambda param: op.path.find("{" + param.wire + "}"))


def plain_body(body: Any) -> Any:
    """A JSON string, a Pydantic model (pyOFSC's) or a compat result -> plain data; anything else as is."""
    if isinstance(body, str | bytes) and body[:1] in ("{", "[", b"{", b"["):
        return json.loads(body)
    model_dump = getattr(body, "model_dump", None)
    if callable(model_dump) and not hasattr(body, "to_dict"):
        try:
            return model_dump(exclude_none=True, by_alias=True)
        except TypeError:  # not Pydantic's signature
            return model_dump()
    return body


def _is_body(value: Any) -> bool:
    """A value that can only be a request body: a mapping, a list, a model or a JSON document."""
    if isinstance(value, str | bytes):
        return value[:1] in ("{", "[", b"{", b"[")
    return (
        isinstance(value, Mapping | list | tuple) or hasattr(value, "model_dump") or hasattr(value, "to_dict")
    )


def bind(
    label: str, row: PyMethod | None, op: Any, args: Sequence[Any], kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """Bind positional and keyword arguments to pyOFSC's parameter names, as Python would."""
    if row is not None:
        positional = [p.name for p in row.params if not p.keyword_only]
    else:
        positional = [p.name for p in path_params(op)] + (["data"] if op.body else [])
    if len(args) > len(positional):
        raise TypeError(
            f"{label} takes {len(positional)} positional argument(s) ({', '.join(positional) or 'none'}); "
            f"pass the others by keyword"
        )
    bound = dict(zip(positional, args, strict=False))
    for key, value in kwargs.items():
        if key in bound:
            raise TypeError(f"{label} got multiple values for argument {key!r}")
        bound[key] = value
    return bound


class _Target:
    """The operation's parameters, looked up by every name pyOFSC code may use."""

    def __init__(self, op: Any) -> None:
        self.op = op
        self.names: dict[str, Any] = {}
        for param in op.params:
            for key in (param.name, param.wire, norm(param.name)):
                self.names.setdefault(key, param)

    def find(self, name: str) -> Any:
        return self.names.get(name) or self.names.get(norm(name))


def translate(
    label: str, row: PyMethod | None, op: Any, args: Sequence[Any], kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """The facade keyword arguments for a pyOFSC-style call (``label`` names the call in messages)."""
    bound = bind(label, row, op, args, kwargs)
    target = _Target(op)
    out: dict[str, Any] = {}
    expand: list[str] = []
    leftovers: list[tuple[str, Any]] = []
    body: Any = None
    ignored: list[tuple[str, Any]] = []
    for name, value in bound.items():
        if value is None:
            continue
        if name in IGNORED and target.find(name) is None:
            ignored.append((name, value))
            continue
        if name == "params":
            for wire, item in dict(value).items():
                param = target.find(wire)
                out[param.name if param is not None else wire] = item
        elif name in ("data", "body"):
            body = value
        elif name in CONVERTED and target.find(CONVERTED[name][0]) is not None:
            ours, convert = CONVERTED[name]
            out[target.find(ours).name] = convert(value)
        elif isinstance(value, bool) and norm(name).removeprefix("expand") in EXPAND_FLAGS:
            flag = EXPAND_FLAGS[norm(name).removeprefix("expand")]
            if target.find("expand") is None:
                raise TypeError(f"{label}: {name}= has no counterpart ({op.group}.{op.name} cannot expand)")
            if value:
                expand.append(flag)
        elif target.find(name) is not None:
            out[target.find(name).name] = value
        elif target.find(_KEYWORDS_NORM.get(norm(name), name)) is not None:
            out[target.find(_KEYWORDS_NORM[norm(name)]).name] = value
        else:
            leftovers.append((name, value))
    missing = [param for param in path_params(op) if param.name not in out]
    scalars = [item for item in leftovers if not _is_body(item[1])] + ignored
    for param, item in zip(list(missing), scalars, strict=False):
        out[param.name] = item[1]
        missing.remove(param)
        if item in leftovers:
            leftovers.remove(item)
    if leftovers and op.body and body is None:
        body = leftovers.pop(0)[1]
    if leftovers:
        names = ", ".join(f"{name}=" for name, _ in leftovers)
        accepted = ", ".join(param.name for param in op.params) + (", data" if op.body else "")
        raise TypeError(
            f"{label}: no counterpart for {names} in client.{op.group}.{op.name}(...) "
            f"(it takes: {accepted or 'no arguments'})"
        )
    if body is not None:
        builder = BODIES.get((op.group, row.name)) if row is not None else None
        body = builder(body) if builder is not None else plain_body(body)
        out["body"] = body
        for param in missing:
            if isinstance(body, Mapping) and body.get(param.wire) is not None:
                out[param.name] = body[param.wire]
    if row is not None:
        for name, value in CALL_DEFAULTS.get((op.group, row.name), dict)().items():
            out.setdefault(name, value)
    if expand:
        param = target.find("expand")
        out[param.name] = expand if param.type == "array" else ",".join(expand)
    return _forgive_types(target, out)


def _forgive_types(target: _Target, out: dict[str, Any]) -> dict[str, Any]:
    """pyOFSC sends values as it gets them: a numeric string for an integer id is taken as the integer, an
    integer for a string id as its digits, a list for a comma-separated parameter is joined (as pyOFSC's
    CSV helper does)."""
    for name, value in out.items():
        param = target.find(name)
        if param is None:
            continue
        if param.type == "integer" and isinstance(value, str) and value.isdigit():
            out[name] = int(value)
        elif param.type == "string" and isinstance(value, int) and not isinstance(value, bool):
            out[name] = str(value)  # pyOFSC formats every path value into the URL
        elif param.type == "string" and isinstance(value, list | tuple):
            if all(isinstance(item, str) for item in value):
                out[name] = ",".join(value)
    return out
