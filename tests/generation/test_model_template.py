"""The model template (templates/model.py.jinja): tolerant, lossless models.

A tiny OpenAPI 3 document is generated once per session with openapi-python-client and our templates/,
imported, and exercised. Speed is measured in bench/, never asserted here.
"""

from __future__ import annotations

import ast
import datetime
import importlib
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("openapi_python_client")

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
PACKAGE = "tpl_probe_client"


def _obj(props: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props, **extra}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "probe", "version": "1"},
    "paths": {
        "/orders/{orderId}": {
            "get": {
                "operationId": "get_order",
                "tags": ["core"],
                "parameters": [
                    {"name": "orderId", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": _ref("Order")}}}
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Order": _obj(
                {
                    "orderId": {"type": "integer"},
                    "status": {"type": "string", "enum": ["open", "closed"]},
                    "customer": _ref("Customer"),
                    "lines": {"type": "array", "items": _ref("Line")},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "due": {"type": "string", "format": "date"},
                    "note": {"type": "string", "nullable": True},
                    "shipTo": {"allOf": [_ref("Address")], "nullable": True},
                    "contact": {"anyOf": [_ref("Address"), {"type": "string"}]},
                    "priority": {"type": "integer", "enum": [1, 2, 3]},
                    "at": {"type": "string", "format": "date-time"},
                    "ref": {"type": "string", "format": "uuid"},
                },
                required=["orderId"],
            ),
            "Customer": _obj({"name": {"type": "string"}, "address": _ref("Address")}),
            "Address": _obj({"city": {"type": "string"}, "postalCode": {"type": "string"}}),
            "Line": _obj(
                {
                    "sku": {"type": "string"},
                    "qty": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["part", "labour"]},
                    "kinds": {"type": "array", "items": {"type": "string", "enum": ["part", "labour"]}},
                    "grid": {"type": "array", "items": {"type": "array", "items": _ref("Address")}},
                    "where": {"anyOf": [_ref("Address"), {"type": "array", "items": _ref("Address")}]},
                }
            ),
            # A model with a required field, nested.
            "OrderBook": _obj({"orders": {"type": "array", "items": _ref("Order")}, "top": _ref("Order")}),
            # Models that refer to each other, and to themselves.
            "Node": _obj({"name": {"type": "string"}, "children": {"type": "array", "items": _ref("Node")}}),
            "Ping": _obj({"pong": _ref("Pong")}),
            "Pong": _obj({"ping": _ref("Ping")}),
            # Unknown fields typed by the spec, and an object with no declared properties.
            "AddressBook": _obj({"owner": {"type": "string"}}, additionalProperties=_ref("Address")),
            "Bag": {"type": "object"},
        }
    },
}


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    work = tmp_path_factory.mktemp("model_template")
    spec = work / "openapi.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    config = work / "config.json"
    # No post hooks: the test must not depend on a formatter being on PATH.
    config.write_text(json.dumps({"post_hooks": [], "package_name_override": PACKAGE}), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(work / PACKAGE),
        "--custom-template-path",
        str(TEMPLATES),
        "--fail-on-warning",
    ]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=work, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sys.path.insert(0, str(work))
    try:
        yield importlib.import_module(f"{PACKAGE}.models")
    finally:
        sys.path.remove(str(work))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


FULL_ORDER: dict[str, Any] = {
    "orderId": 7,
    "status": "open",
    "customer": {"name": "Ana", "address": {"city": "Orlando", "floor": 3}, "vip": True},
    "lines": [
        {"sku": "A-1", "qty": 2, "kind": "part", "kinds": ["part", "labour"]},
        {"sku": "B-2", "qty": 1, "kind": "labour", "serial": "X9"},
    ],
    "tags": ["a", "b"],
    "due": "2025-06-25",
    "note": "ring twice",
    "shipTo": {"city": "Tampa", "postalCode": "33602"},
    "contact": {"city": "Austin"},
    "priority": 2,
    "XA_CUSTOM": {"nested": [1, 2, {"deep": None}]},
    "XA_FLAG": False,
}


def test_full_payload_round_trips_and_parses_nested(generated: ModuleType) -> None:
    order = generated.Order.from_dict(FULL_ORDER)
    assert order.to_dict() == FULL_ORDER
    assert isinstance(order.customer, generated.Customer)
    assert isinstance(order.customer.address, generated.Address)
    assert all(isinstance(line, generated.Line) for line in order.lines)
    assert isinstance(order.ship_to, generated.Address)
    assert isinstance(order.contact, generated.Address)
    assert order.status is generated.OrderStatus.OPEN
    assert order.due == datetime.date(2025, 6, 25)
    # The result is plain JSON: it serialises without a custom encoder.
    assert json.loads(json.dumps(order.to_dict())) == FULL_ORDER


def test_nested_lists_and_unions_of_models(generated: ModuleType) -> None:
    payload = {
        "grid": [[{"city": "A"}, None], [], "odd"],
        "where": [{"city": "B", "x": 1}],
    }
    line = generated.Line.from_dict(payload)
    assert isinstance(line.grid[0][0], generated.Address)
    assert isinstance(line.where[0], generated.Address)
    assert line.to_dict() == payload
    single = {"where": {"city": "C"}}
    parsed = generated.Line.from_dict(single)
    assert isinstance(parsed.where, generated.Address)
    assert parsed.to_dict() == single


def test_unknown_fields_are_kept_at_every_level(generated: ModuleType) -> None:
    order = generated.Order.from_dict(FULL_ORDER)
    assert order.additional_properties == {"XA_CUSTOM": {"nested": [1, 2, {"deep": None}]}, "XA_FLAG": False}
    assert order["XA_FLAG"] is False
    assert order.customer.additional_properties == {"vip": True}
    assert order.customer.address.additional_properties == {"floor": 3}
    assert order.lines[1].additional_properties == {"serial": "X9"}
    assert order.lines[0].additional_properties == {}
    out = order.to_dict()
    assert out["XA_CUSTOM"] == FULL_ORDER["XA_CUSTOM"]
    assert out["customer"]["vip"] is True
    assert out["lines"][1]["serial"] == "X9"


def test_input_is_not_modified_and_not_aliased(generated: ModuleType) -> None:
    payload = json.loads(json.dumps(FULL_ORDER))
    order = generated.Order.from_dict(payload)
    assert payload == FULL_ORDER
    order["XA_NEW"] = 1
    assert "XA_NEW" not in payload


def test_unlisted_enum_values_are_tolerated(generated: ModuleType) -> None:
    payload = {
        "orderId": 1,
        "status": "archived",
        "priority": 9,
        "lines": [{"kind": "travel", "kinds": ["part", "travel"]}],
    }
    order = generated.Order.from_dict(payload)
    assert order.status == "archived"
    assert order.priority == 9
    assert order.lines[0].kinds[0] is generated.LineKindsItem.PART
    assert order.to_dict() == payload


@pytest.mark.parametrize(
    "field",
    ["status", "customer", "lines", "tags", "due", "note", "shipTo", "contact", "priority", "XA_CUSTOM"],
)
def test_null_is_accepted_and_kept(generated: ModuleType, field: str) -> None:
    payload = {"orderId": 3, field: None}
    assert generated.Order.from_dict(payload).to_dict() == payload


def test_null_inside_nested_values_is_accepted(generated: ModuleType) -> None:
    payload = {
        "orderId": 3,
        "customer": {"name": None, "address": None},
        "lines": [None, {"sku": None, "kinds": None}, {"kinds": [None, "part"]}],
    }
    assert generated.Order.from_dict(payload).to_dict() == payload


def test_values_of_an_unexpected_type_pass_through(generated: ModuleType) -> None:
    payload = {"orderId": "7", "customer": "ana", "lines": {"sku": "A"}, "due": 20250625, "tags": "a,b"}
    assert generated.Order.from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("due", ["", "20250625", "2025-6-25", "2025-02-30", "25/06/2025"])
def test_dates_that_do_not_read_back_exactly_stay_strings(generated: ModuleType, due: str) -> None:
    order = generated.Order.from_dict({"orderId": 1, "due": due})
    assert order.due == due
    assert order.to_dict() == {"orderId": 1, "due": due}


@pytest.mark.parametrize(
    ("field", "value", "parsed_type"),
    [
        ("at", "2025-06-25T08:15:00", datetime.datetime),
        ("at", "2025-06-25T08:15:00+02:00", datetime.datetime),
        ("at", "2025-06-25 08:15:00", str),  # OFSC's form: kept as it came
        ("at", "yesterday", str),
        ("ref", "0f8fad5b-d9cb-469f-a165-70867728950e", uuid.UUID),
        ("ref", "0F8FAD5B-D9CB-469F-A165-70867728950E", str),
        ("ref", "not-a-uuid", str),
    ],
)
def test_date_times_and_uuids_parse_losslessly_or_stay_strings(
    generated: ModuleType, field: str, value: str, parsed_type: type
) -> None:
    payload = {"orderId": 1, field: value}
    order = generated.Order.from_dict(payload)
    assert type(getattr(order, field)) is parsed_type
    assert order.to_dict() == payload


def test_missing_optional_fields_are_not_emitted(generated: ModuleType) -> None:
    assert generated.Order.from_dict({"orderId": 1}).to_dict() == {"orderId": 1}
    assert generated.Order(order_id=1).to_dict() == {"orderId": 1}
    assert generated.Customer.from_dict({}).to_dict() == {}
    partial = {"orderId": 1, "customer": {"address": {}}, "lines": [{}]}
    assert generated.Order.from_dict(partial).to_dict() == partial


def test_built_in_code_serialises_models_and_enums(generated: ModuleType) -> None:
    order = generated.Order(
        order_id=5,
        status=generated.OrderStatus.CLOSED,
        customer=generated.Customer(name="Ben"),
        lines=[generated.Line(kind=generated.LineKind.PART)],
        due=datetime.date(2025, 1, 2),
    )
    assert order.to_dict() == {
        "orderId": 5,
        "status": "closed",
        "customer": {"name": "Ben"},
        "lines": [{"kind": "part"}],
        "due": "2025-01-02",
    }
    assert generated.Order.from_dict(order.to_dict()) == order


def test_missing_required_field_raises_key_error(generated: ModuleType) -> None:
    with pytest.raises(KeyError, match="orderId"):
        generated.Order.from_dict({"status": "open"})


def test_a_nested_required_field_missing_fails_when_parsing(generated: ModuleType) -> None:
    # Nested models are built by from_dict (plain fields wait for their first read): the error comes there.
    with pytest.raises(KeyError, match="orderId"):
        generated.OrderBook.from_dict({"orders": [{"orderId": 1}, {"status": "open"}]})
    with pytest.raises(KeyError, match="orderId"):
        generated.OrderBook.from_dict({"top": {"orderId": None}})
    book = {"orders": [{"orderId": 1, "note": None}], "top": {"orderId": 2, "XA": 1}}
    assert json.dumps(generated.OrderBook.from_dict(book).to_dict()) == json.dumps(book)


def test_deferred_fields_convert_on_first_read(generated: ModuleType) -> None:
    order = generated.Order.from_dict(FULL_ORDER)
    assert type(order) is not generated.Order and order.__class__ is generated.Order
    assert order.status is generated.OrderStatus.OPEN  # converted when read, as before when parsed
    assert type(order) is generated.Order and order.due == datetime.date(2025, 6, 25)
    assert json.dumps(order.to_dict()) == json.dumps(FULL_ORDER)  # in the order it came


def test_typed_additional_properties(generated: ModuleType) -> None:
    payload = {"owner": "me", "home": {"city": "Denver"}, "work": None, "odd": "x"}
    book = generated.AddressBook.from_dict(payload)
    assert isinstance(book["home"], generated.Address)
    assert book.to_dict() == payload
    bag = {"anything": [1, {"a": None}], "b": "c"}
    assert generated.Bag.from_dict(bag).to_dict() == bag
    assert generated.Bag.from_dict({}).to_dict() == {}


def test_recursive_and_mutually_recursive_models(generated: ModuleType) -> None:
    tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "b"}]}, {"name": "c"}]}
    node = generated.Node.from_dict(tree)
    assert isinstance(node.children[0].children[0], generated.Node)
    assert node.to_dict() == tree
    ping = {"pong": {"ping": {"pong": {}}}}
    parsed = generated.Ping.from_dict(ping)
    assert isinstance(parsed.pong.ping, generated.Ping)
    assert parsed.to_dict() == ping


def test_repr_shows_only_set_fields_then_unknown_ones(generated: ModuleType) -> None:
    order = generated.Order.from_dict({"orderId": 7, "tags": ["a"], "XA_FLAG": False})
    assert repr(order) == "Order(order_id=7, tags=['a'], additional_properties={'XA_FLAG': False})"
    assert repr(generated.Address.from_dict({"city": "Lyon"})) == "Address(city='Lyon')"
    assert repr(generated.Bag.from_dict({})) == "Bag()"


def test_model_methods_import_nothing_per_call(generated: ModuleType) -> None:
    models_dir = Path(generated.__file__).parent
    for path in models_dir.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                imports = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                assert not imports, f"{path.name}: {node.name} imports at call time"


def test_overridden_templates_say_why() -> None:
    for template in TEMPLATES.rglob("*.jinja"):
        head = template.read_text(encoding="utf-8").lstrip()
        assert head.startswith("{#"), f"{template} must open with a Jinja comment saying why it is overridden"
