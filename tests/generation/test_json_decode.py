"""The response decoder (`ofsc_generated.types.json_loads`): msgspec when installed, the stdlib otherwise.

Speed must never cost data: with either decoder every value is what `json.loads` gives (big integers exact,
key order kept, duplicate keys resolved the same way), whatever msgspec refuses the stdlib decodes, and an
invalid body fails with the stdlib's own error. Every real response body round-trips through its model with
both decoders as the same JSON document, unknown fields kept in the order they came.
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ofsc_generated import types as generated_types

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ROOT.parent / "shared" / "real-responses" / "pyofsc-test-payloads.jsonl"
CONTRACT = ROOT / "generated" / "ofsc_generated" / "_contract.json"
DECODERS = ("msgspec", "stdlib")


@pytest.fixture(params=DECODERS)
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """json_loads resolved afresh: with msgspec importable, or with its import failing (the stdlib path)."""
    if request.param == "stdlib":
        monkeypatch.setitem(sys.modules, "msgspec", None)  # `import msgspec...` raises ImportError
        monkeypatch.setitem(sys.modules, "msgspec.json", None)
    monkeypatch.setattr(generated_types, "_decode", generated_types._UNRESOLVED)
    yield request.param
    monkeypatch.setattr(generated_types, "_decode", generated_types._UNRESOLVED)


def test_the_decoder_in_use_is_the_one_asked_for(decoder: str) -> None:
    generated_types.json_loads(b"{}")
    resolved = generated_types._decode
    if decoder == "msgspec":
        assert resolved is not None and type(resolved.__self__).__module__.startswith("msgspec")
    else:
        assert resolved is None


# Bodies both decoders accept: the values must be the stdlib's, types included (1 vs 1.0, True vs 1).
SAME_VALUES = [
    b'{"activityId": 4225599, "status": "pending", "XA_NOTE": "caf\\u00e9 \xe2\x98\x95", "a": null}',
    b'{"a": 1, "a": 2}',  # duplicate keys: the last wins
    b'{"z": 1, "a": 2, "m": {"y": [3, 2, 1], "b": true}}',  # order as sent
    b"123456789012345678901234567890",  # past 64 bits: exact, never a float
    b"-9223372036854775809",
    b"18446744073709551616",
    b"[0.1, 5e-324, 1.7976931348623157e308, 2.2250738585072011e-308, -0.0, 1E2, 1.5e+3, 0e0, -0]",
    b"1.00000000000000011102230246251565404236316680908203125",
    b'{"": "", "\\u0000": "\\u0000", "esc": "\\"\\\\\\/\\b\\f\\n\\r\\t", "pair": "\\ud83d\\ude00"}',
    b' \n\t{ "x" : [ 1 , 2 ] } \r\n',
    b'"\x7f"',
    b"[" * 200 + b"]" * 200,
]

# Bodies msgspec refuses and the stdlib accepts: the stdlib's value comes back.
STDLIB_ONLY = [
    b"NaN",
    b"[Infinity, -Infinity]",
    b"1e400",
    b'"\\ud800"',
    b'"\\udc00\\ud800"',
    b'"\xed\xa0\x80"',
    b"\xef\xbb\xbf{}",  # a UTF-8 byte order mark
    '{"a": "\u00e9"}'.encode("utf-16"),
    '{"a": "\u00e9"}'.encode("utf-32"),
]

# Bodies nobody accepts: the error is the stdlib's, message and position included.
INVALID = [
    b"",
    b"  ",
    b"<html>502 Bad Gateway</html>",
    b'{"items": [1, 2',
    b"[1,]",
    b'{"a":1}x',
    b"01",
    b'"\x01"',
]


def _same(a: Any, b: Any) -> bool:
    """Equal values of equal types, all the way down (NaN equal to NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return bool(a == b)


@pytest.mark.parametrize("body", SAME_VALUES + STDLIB_ONLY, ids=lambda b: repr(b[:30]))
def test_values_are_the_stdlibs(decoder: str, body: bytes) -> None:
    assert _same(generated_types.json_loads(body), json.loads(body))


def test_msgspec_really_refuses_what_the_stdlib_decodes_for_it() -> None:
    # The STDLIB_ONLY cases exercise the fallback only while msgspec refuses them.
    import msgspec

    for body in STDLIB_ONLY:
        with pytest.raises(msgspec.DecodeError):
            msgspec.json.decode(body)


def test_deep_nesting_is_the_stdlibs_recursion_error(decoder: str) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(body)
    with pytest.raises(RecursionError):
        generated_types.json_loads(body)


@pytest.mark.parametrize("body", INVALID, ids=repr)
def test_invalid_bodies_fail_with_the_stdlibs_error(decoder: str, body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(body)
    with pytest.raises(json.JSONDecodeError) as got:
        generated_types.json_loads(body)
    assert (type(got.value), got.value.msg, got.value.pos) == (
        type(expected.value),
        expected.value.msg,
        expected.value.pos,
    )


def test_non_utf8_fails_as_in_the_stdlib(decoder: str) -> None:
    with pytest.raises(UnicodeDecodeError):
        generated_types.json_loads(b'{"a": "\xff"}')


def test_no_generated_parser_decodes_with_response_json() -> None:
    api = ROOT / "generated" / "ofsc_generated" / "api"
    sources = [path.read_text(encoding="utf-8") for path in api.rglob("*.py")]
    assert sum("json_loads(response.content)" in text for text in sources) > 0
    assert not [text for text in sources if "response.json()" in text]


# Real bodies: parsed with either decoder, back out exactly as they came (order too), unknown fields kept.


def _payloads() -> list[Any]:
    if not PAYLOADS.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no response bodies at {PAYLOADS}"))]
    records = [json.loads(line) for line in PAYLOADS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        pytest.param(record, id=f"{index}-{record['method']}-{record['path']}")
        for index, record in enumerate(records)
        if record["status"] is None or 200 <= record["status"] < 300
    ]


def _with_unknown_fields(body: Any) -> Any:
    """The body with fields no spec lists in every object: one in the middle, one first (so out of order)."""
    if isinstance(body, dict):
        keys = list(body)
        half = len(keys) // 2
        out = {"XA_Z_FIRST": "z"}
        out.update({k: _with_unknown_fields(body[k]) for k in keys[:half]})
        out["XA_A_MIDDLE"] = {"nested": [1, 12345678901234567890123, "\u00e9"], "b": None, "a": 1.5}
        out.update({k: _with_unknown_fields(body[k]) for k in keys[half:]})
        return out
    if isinstance(body, list):
        return [_with_unknown_fields(item) for item in body]
    return body


@pytest.mark.parametrize("record", _payloads())
def test_real_bodies_round_trip_with_unknown_fields_in_order(decoder: str, record: dict[str, Any]) -> None:
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    op = contract["paths"].get(record["path"], {}).get(record["method"].lower())
    if op is None:
        pytest.skip(f"{record['method']} {record['path']} is not an operation of this spec")
    from ofsc_generated.client import Client

    module = importlib.import_module(f"ofsc_generated.api.{op['tags'][0]}.{op['operationId']}")
    documented = [int(status) for status in op["responses"]]
    status = record["status"] if record["status"] in documented else documented[0]
    for body in (record["body"], _with_unknown_fields(record["body"])):
        content = json.dumps(body, ensure_ascii=False).encode()
        response = httpx.Response(status, content=content, headers={"Content-Type": "application/json"})
        parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
        assert parsed is not None
        out = parsed.to_dict()
        # The same JSON document: every value, type and list order (models write known fields in schema
        # order, so object keys are compared as JSON does, unordered).
        assert json.dumps(out, sort_keys=True) == json.dumps(body, sort_keys=True)
        if isinstance(body, dict) and "XA_A_MIDDLE" in body:
            # Unknown fields are kept as they came, in the order they came.
            extra = parsed.additional_properties
            assert list(extra) == [k for k in body if k in extra]
            assert [k for k in extra if k in ("XA_Z_FIRST", "XA_A_MIDDLE")] == ["XA_Z_FIRST", "XA_A_MIDDLE"]
            assert list(extra["XA_A_MIDDLE"]) == ["nested", "b", "a"]
            assert _same(extra["XA_A_MIDDLE"], body["XA_A_MIDDLE"])
