"""Real OFSC response bodies through the committed generated models: parsed, then back out without loss.

The bodies come from ../shared/real-responses/ (not part of the project); without them this skips. The
operation of each body is found in the generated package's own contract, so Oracle's spec is not needed.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

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
