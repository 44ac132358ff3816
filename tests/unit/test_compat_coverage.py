"""How much of pyOFSC the compatibility clients offer, computed from the packaged table of its methods.

A method counts as offered when its name resolves on the compat client and a call written with pyOFSC's
signature (every required parameter given, positionally where pyOFSC takes it so) translates into arguments
our own argument checks accept, the same checks every real call goes through. Nothing is sent.
"""

from __future__ import annotations

from typing import Any

import pytest

from ofsc_overlay._validation import body_required_fields, validate_args
from ofsc_overlay.compat import _args, _calls, _table


def _sample(row: _table.PyMethod, op: Any, name: str) -> Any:
    """A value pyOFSC code would pass for ``name``: the required query parameters for ``params``, a body for
    a body, an allowed value for an enum, else an id as a string."""
    if name == "params":
        required = [p for p in op.params if p.required and p.location == "query"]
        return {p.wire: _value(p) for p in required}
    params = {key: p for p in op.params for key in (_args.norm(p.name), _args.norm(p.wire))}
    param = params.get(_args.norm(name)) or params.get(
        _args.norm(_args._KEYWORDS_NORM.get(_args.norm(name), ""))
    )
    if param is not None:
        return _value(param)
    if name == "data" or (op.body and name not in _args.IGNORED and name != "label"):
        return _body(op)
    return "1"


def _value(param: Any) -> Any:
    if param.enum:
        return param.enum[0]
    return ["A1"] if param.type == "array" else "1"


def _body(op: Any) -> Any:
    if op.body in ("binary", "multipart"):
        return b"content"
    fields = dict.fromkeys(body_required_fields(op.body_schema), "A1")
    return {"label": "A1", **fields}


def offered(client: str) -> tuple[list[str], list[str]]:
    """(offered, not offered) among the client's methods whose operation is in our spec."""
    yes, no = [], []
    for row in _table.pyofsc_methods():
        if row.client != client or row.route is None or row.route not in _table.by_route():
            continue
        group = _table.GROUPS.get(row.group, "core")
        label = f"{row.group}.{row.name}"
        try:
            method = _calls._resolve(client, group, row.name)
            args = [
                _sample(row, method.op, p.name) for p in row.params if not p.optional and not p.keyword_only
            ]
            kwargs = {
                p.name: _sample(row, method.op, p.name)
                for p in row.params
                if p.keyword_only and not p.optional and not p.var_keyword
            }
            # A parameter pyOFSC leaves optional but the spec requires: pyOFSC code has to pass it too.
            names = {_args.norm(p.name): p.name for p in row.params if p.optional and not p.var_keyword}
            for param in method.op.params:
                if param.required and _args.norm(param.name) in names:
                    kwargs[names[_args.norm(param.name)]] = _value(param)
            given = _args.translate(label, row, method.op, args, kwargs)
            default = _calls._DEFAULT_BODIES.get(row.route)
            if default is not None:
                given.setdefault("body", default)
            validate_args(method.op, given)
        except Exception as error:  # noqa: BLE001 - each failure is reported by name below
            no.append(f"{label}: {error}")
        else:
            yes.append(label)
    return yes, no


@pytest.mark.parametrize("client", ["sync", "async"])
def test_compat_coverage_of_pyofsc_methods_in_our_spec(client: str, record_property: Any) -> None:
    yes, no = offered(client)
    in_spec = len(yes) + len(no)
    print(f"\npyOFSC {client}: {len(yes)} of {in_spec} methods whose operation is in our spec are offered")
    record_property(f"compat_{client}", f"{len(yes)}/{in_spec}")
    assert in_spec > 0
    assert no == []
