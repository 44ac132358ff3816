"""ofsc_overlay.operations(): the public catalog, and that the clients expose every operation in it."""

from __future__ import annotations

import csv
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import ofsc_overlay
from codegen.facade import class_base
from codegen.lock import load_lock
from ofsc_overlay import OperationInfo, operations

ROOT = Path(__file__).resolve().parents[2]
GROUPS = {"core", "metadata", "capacity", "statistics", "parts_catalog", "collaboration", "auth"}


def test_every_operation_of_the_names_table_is_listed() -> None:
    with (ROOT / "swagger" / "operations.tsv").open(encoding="utf-8") as handle:
        table = {
            (row["method"], row["path"], row["group"], row["name"])
            for row in csv.DictReader(handle, delimiter="\t")
        }
    listed = {(op.method, op.path, op.group, op.name) for op in operations()}
    assert listed == table
    assert len(listed) == load_lock(ROOT / "swagger" / "spec.lock").operations


def test_shape_of_an_operation() -> None:
    by_key = {op.key: op for op in operations()}
    activity = by_key["core.get_activity"]
    assert activity == OperationInfo(
        group="core",
        name="get_activity",
        method="GET",
        path="/rest/ofscCore/v1/activities/{activityId}",
        paged=False,
        paging=None,
        all_name=None,
        summary="Get an activity",  # Oracle's summary, whitespace normalised
    )
    assert all(op.summary and op.summary == " ".join(op.summary.split()) for op in by_key.values())
    zones = by_key["metadata.get_workzones"]
    assert zones.paged and zones.paging == "offset" and zones.all_name == "get_all_workzones"
    assert by_key["core.get_events"].paging == "page"


def test_groups_methods_and_order() -> None:
    ops = operations()
    assert {op.group for op in ops} == GROUPS
    assert all(op.method in {"GET", "POST", "PUT", "PATCH", "DELETE"} for op in ops)
    assert list(ops) == sorted(ops, key=lambda op: (op.group, op.name))
    assert len({op.key for op in ops}) == len(ops)
    assert operations() is ops  # computed once


def test_paged_operations_have_twins() -> None:
    paged = [op for op in operations() if op.paged]
    assert len([op for op in paged if op.paging == "offset"]) >= 40
    assert all(op.all_name and "_all_" in op.all_name for op in paged)  # get_all_x, search_all_x


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_operation_is_a_typed_method_on_both_clients(group: str) -> None:
    module = importlib.import_module(f"ofsc_generated.facade.{group}")
    base = class_base(group)
    classes = [getattr(module, name) for name in (base, f"Async{base}")]
    raw_classes = [getattr(module, f"{base}WithRawResponse"), getattr(module, f"Async{base}WithRawResponse")]
    for op in (op for op in operations() if op.group == group):
        for cls in classes + raw_classes:
            method = getattr(cls, op.name)
            assert op.path in (method.__doc__ or ""), (cls.__name__, op.name)
            assert all(
                parameter.kind is inspect.Parameter.KEYWORD_ONLY
                for name, parameter in inspect.signature(method).parameters.items()
                if name != "self"
            )
        if op.all_name:
            for cls in classes:
                assert callable(getattr(cls, op.all_name))
    assert inspect.iscoroutinefunction(
        getattr(classes[1], next(op.name for op in operations() if op.group == group))
    )


def test_group_properties_are_typed_on_the_clients() -> None:
    for client_cls, prefix in ((ofsc_overlay.OFSC, ""), (ofsc_overlay.AsyncOFSC, "Async")):
        hints = inspect.get_annotations(client_cls.core.fget, eval_str=False)  # type: ignore[union-attr]
        assert hints["return"] == f"{prefix}Core"
        for group in GROUPS:
            assert isinstance(getattr(client_cls, group), property)


def test_import_stays_light() -> None:
    code = (
        "import sys, ofsc_overlay\n"
        "heavy = [m for m in sys.modules if m.startswith(('ofsc_generated.models', 'ofsc_generated.api'))]\n"
        "print(len(heavy))\n"
    )
    env_path = f"{ROOT}{':' + str(ROOT / 'generated')}"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": env_path, "PATH": ""},
        check=True,
    )
    assert result.stdout.strip() == "0"


def test_raw_response_is_exported_lazily() -> None:
    from ofsc_generated.facade._runner import RawResponse

    assert ofsc_overlay.RawResponse is RawResponse
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        ofsc_overlay.Nope  # noqa: B018
