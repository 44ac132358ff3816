"""Real OFSC response bodies through the committed generated models: parsed, then back out without loss.

The bodies come from ../shared/real-responses/ (not part of the project); without them this skips. The
operation of each body is found in the generated package's own contract, so Oracle's spec is not needed.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ROOT.parent / "shared" / "real-responses" / "pyofsc-test-payloads.jsonl"
CONTRACT = ROOT / "generated" / "ofsc_generated" / "_contract.json"


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return loaded


def _payloads() -> list[dict[str, Any]]:
    if not PAYLOADS.is_file():
        return []
    return [json.loads(line) for line in PAYLOADS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _success_payloads() -> list[Any]:
    cases = []
    for index, record in enumerate(_payloads()):
        status = record["status"]
        if status is None or 200 <= status < 300:
            cases.append(pytest.param(record, id=f"{index}-{record['method']}-{record['path']}"))
    return cases or [pytest.param(None, marks=pytest.mark.skip(reason=f"no response bodies at {PAYLOADS}"))]


@pytest.mark.parametrize("record", _success_payloads())
def test_real_bodies_parse_and_round_trip(record: dict[str, Any], contract: dict[str, Any]) -> None:
    op = contract["paths"].get(record["path"], {}).get(record["method"].lower())
    if op is None:
        pytest.skip(f"{record['method']} {record['path']} is not an operation of this spec")
    from ofsc_generated.client import Client

    module = importlib.import_module(f"ofsc_generated.api.{op['tags'][0]}.{op['operationId']}")
    documented = [int(status) for status in op["responses"]]
    status = record["status"] if record["status"] in documented else documented[0]
    response = httpx.Response(
        status, content=json.dumps(record["body"]).encode(), headers={"Content-Type": "application/json"}
    )

    parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)

    assert parsed is not None, "a documented JSON body must parse into a model"
    assert type(parsed).__name__ not in ("Error", "dict"), "2xx bodies parse into their own model"
    out = parsed.to_dict()
    # json.dumps compares types too (1 vs 1.0, True vs 1), not only values.
    assert json.dumps(out, sort_keys=True) == json.dumps(record["body"], sort_keys=True)


def _parse(record: dict[str, Any], contract: dict[str, Any]) -> Any:
    op = contract["paths"].get(record["path"], {}).get(record["method"].lower())
    if op is None:
        pytest.skip(f"{record['method']} {record['path']} is not an operation of this spec")
    from ofsc_generated.client import Client

    module = importlib.import_module(f"ofsc_generated.api.{op['tags'][0]}.{op['operationId']}")
    documented = [int(status) for status in op["responses"]]
    status = record["status"] if record["status"] in documented else documented[0]
    response = httpx.Response(
        status, content=json.dumps(record["body"]).encode(), headers={"Content-Type": "application/json"}
    )
    return module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)


def _models(value: Any, wire: Any) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Every model in a parsed tree, with the JSON object it came from."""
    if hasattr(value, "to_dict") and isinstance(wire, dict):
        yield value, wire
        deferred = getattr(value.__class__, "_lazy_names", frozenset())
        for name, key in _wire_names(value):
            if key in wire and name not in deferred:  # nested models, built by from_dict: reads nothing
                yield from _models(getattr(value, name), wire[key])
    elif isinstance(value, list) and isinstance(wire, list):
        for item, item_wire in zip(value, wire, strict=True):
            yield from _models(item, item_wire)


def _wire_names(model: Any) -> list[tuple[str, str]]:
    """(attribute, wire name) of a generated model, in declared order (its module's _FIELDS)."""
    names = [
        f.name for f in attrs.fields(model.__class__) if f.name not in ("additional_properties", "_sent")
    ]
    return list(zip(names, getattr(sys.modules[model.__class__.__module__], "_FIELDS", ()), strict=True))


def _read_every_other(model: Any, wire: dict[str, Any]) -> None:
    for name, _key in _wire_names(model)[::2]:
        getattr(model, name)


def _set_sent_scalars(model: Any, wire: dict[str, Any]) -> None:
    # Before any read of this model: the value goes in its place; the rest is still read from the mapping.
    for name, key in _wire_names(model):
        if isinstance(wire.get(key), str | int | float | bool):
            setattr(model, name, f"changed {wire[key]!r}")
            wire[key] = f"changed {wire[key]!r}"
            return


def _drop_unknown(model: Any, wire: dict[str, Any]) -> None:
    known = {key for _name, key in _wire_names(model)}
    for key in [k for k in wire if k not in known][:1]:
        del model[key]
        del wire[key]


@pytest.mark.parametrize(
    "change",
    [_read_every_other, _set_sent_scalars, _drop_unknown],
    ids=["read-some", "set-some", "delete-unknown"],
)
@pytest.mark.parametrize("record", _success_payloads())
def test_real_bodies_round_trip_in_order_whatever_was_read_set_or_deleted(
    record: dict[str, Any], contract: dict[str, Any], change: Callable[[Any, dict[str, Any]], None]
) -> None:
    """Parsed models read their fields on first use: reading, setting or deleting some loses nothing else."""
    parsed = _parse(record, contract)
    expected = json.loads(json.dumps(record["body"]))
    for model, wire in list(_models(parsed, expected)):
        change(model, wire)
    # No sort_keys: the fields come back in the order they came (a changed one in its place).
    assert json.dumps(parsed.to_dict()) == json.dumps(expected)
    assert json.dumps(parsed.to_dict()) == json.dumps(expected)  # and again, everything now read
