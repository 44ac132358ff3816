"""codegen/catalog.py: the operation catalog and the stripped contract (small document, then generated/)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _mini_package import generate_mini, load_module, mini_document, operation

from codegen.catalog import all_name_for, collect_operations, contract_document, emit_catalog
from codegen.lock import load_lock

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "ofsc_generated"
OPERATIONS = load_lock(ROOT / "swagger" / "spec.lock").operations  # the pinned spec's count


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    return generate_mini(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="module")
def catalog(mini: tuple[dict[str, Any], Path]) -> ModuleType:
    doc, package_dir = mini
    emit_catalog(doc, package_dir)
    return load_module("mini_catalog", package_dir / "catalog.py")


# --- pure helpers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "twin"),
    [
        ("get_activities", "get_all_activities"),
        ("get_workzones", "get_all_workzones"),
        ("search_activities", "search_all_activities"),
        ("get_capacity_area_workzones_v1", "get_all_capacity_area_workzones_v1"),
    ],
)
def test_all_name(name: str, twin: str) -> None:
    assert all_name_for(name) == twin


def test_contract_strips_prose_but_keeps_properties_so_named() -> None:
    contract = contract_document(mini_document())
    activity = contract["components"]["schemas"]["Activity"]
    assert "description" not in activity and "example" not in activity
    assert set(activity["properties"]) == {"activityId", "description", "summary"}
    assert "description" not in activity["properties"]["activityId"]
    op = contract["paths"]["/rest/ofscCore/v1/activities"]["get"]
    assert "summary" not in op and "description" not in op
    assert (op["x-ofsc-group"], op["x-ofsc-name"]) == ("core", "get_activities")


def test_twin_clash_is_refused() -> None:
    doc = mini_document()
    doc["paths"]["/rest/ofscCore/v1/other"] = {
        "get": operation("core", "get_all_activities", "Clash", responses={"204": {"description": "x"}})
    }
    with pytest.raises(ValueError, match="core.get_all_activities is claimed by both"):
        collect_operations(doc, Path("/nonexistent/ofsc_generated"))


# --- the emitted catalog ------------------------------------------------------------------------------------


def test_catalog_operations(catalog: ModuleType) -> None:
    keys = [op.key for op in catalog.OPERATIONS]
    assert keys == sorted(keys, key=lambda k: tuple(k.split(".")))
    assert set(catalog.BY_KEY) == set(keys) and len(keys) == 9

    get = catalog.BY_KEY["core.get_activities"]
    assert (get.method, get.path, get.module) == (
        "get",
        "/rest/ofscCore/v1/activities",
        "ofsc_generated.api.core.get_activities",
    )
    assert (get.paging, get.items_key, get.all_name) == ("offset", "items", "get_all_activities")
    params = {p.wire: p for p in get.params}
    assert params["dateFrom"].name == "date_from" and params["dateFrom"].location == "query"
    assert params["fields"].type == "array"
    assert params["includeChildren"].enum == ("none", "immediate", "all")
    assert not params["offset"].required

    events = catalog.BY_KEY["core.get_events"]
    assert (events.paging, events.items_key, events.all_name) == ("page", "items", "get_all_events")
    assert {p.wire: p.required for p in events.params}["subscriptionId"] is True


def test_catalog_bodies_and_media(catalog: ModuleType) -> None:
    by = catalog.BY_KEY
    assert (by["core.update_activity"].body, by["core.update_activity"].body_required) == ("json", True)
    assert by["core.update_activity"].body_schema == "Activity"
    assert by["core.update_activity"].params[0].name == "activity_id"
    assert by["core.set_activity_file_property"].body == "binary"
    header = {p.wire: p for p in by["core.set_activity_file_property"].params}["Content-Type"]
    assert (header.name, header.location) == ("content_type", "header")
    assert by["core.get_activity_file_property"].accept == "application/octet-stream"
    assert by["core.get_activity"].accept == "application/json"
    assert by["metadata.import_plugin"].body == "multipart"
    assert (by["auth.get_token"].body, by["auth.get_token"].body_schema) == ("form", "TokenForm")
    assert by["core.delete_activity"].body is None and by["core.delete_activity"].paging is None


def test_python_names_match_generated_kwargs(mini: tuple[dict[str, Any], Path], catalog: ModuleType) -> None:
    import ast

    _, package_dir = mini
    for op in catalog.OPERATIONS:
        source = (package_dir / "api" / op.group / f"{op.name}.py").read_text(encoding="utf-8")
        func = next(
            n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs"
        )
        kwargs = {a.arg for a in [*func.args.args, *func.args.kwonlyargs]}
        assert {p.name for p in op.params} <= kwargs, op.key


def test_emission_is_deterministic(mini: tuple[dict[str, Any], Path], tmp_path: Path) -> None:
    doc, package_dir = mini
    emit_catalog(doc, package_dir)
    first = [(package_dir / f).read_bytes() for f in ("catalog.py", "_contract.json")]
    shuffled = json.loads(json.dumps(doc))
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    emit_catalog(shuffled, package_dir)
    assert [(package_dir / f).read_bytes() for f in ("catalog.py", "_contract.json")] == first
    # Written with sorted keys (dict equality would ignore the order: compare the bytes).
    contract = json.loads(first[1])
    assert first[1].decode() == json.dumps(contract, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


# --- the real generated package ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated_catalog() -> ModuleType:
    if not (GENERATED / "catalog.py").is_file():
        pytest.skip("generated/ofsc_generated/catalog.py not generated yet (run `make generate`)")
    return load_module("generated_catalog_under_test", GENERATED / "catalog.py")


def test_generated_catalog_is_complete(generated_catalog: ModuleType) -> None:
    ops = generated_catalog.OPERATIONS
    assert len(ops) == OPERATIONS == len(generated_catalog.BY_KEY)
    assert generated_catalog.BY_KEY["core.get_activities"].all_name == "get_all_activities"
    assert generated_catalog.BY_KEY["metadata.get_workzones"].all_name == "get_all_workzones"
    assert generated_catalog.BY_KEY["core.get_events"].paging == "page"
    binary = sorted(op.key for op in ops if op.accept == "application/octet-stream")
    # Downloads answer bytes (no count: a release may add some).
    assert {
        "core.get_activity_file_property",
        "core.get_daily_extract_file",
        "metadata.export_routing_plan",
    } <= set(binary), binary
    paged = [op for op in ops if op.paging == "offset"]
    assert len(paged) >= 40
    assert all(op.items_key for op in paged), [op.key for op in paged if not op.items_key]
    names = {(op.group, n) for op in ops for n in (op.name, op.all_name) if n}
    assert len(names) == len(ops) + sum(1 for op in ops if op.all_name)
    contract = json.loads((GENERATED / "_contract.json").read_text(encoding="utf-8"))
    assert (
        sum(len([m for m in item if m != "parameters"]) for item in contract["paths"].values()) == OPERATIONS
    )
