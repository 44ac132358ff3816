"""codegen/fixes.py refusals: a malformed swagger/fixes.json, or a fix that does not apply, says why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.fixes import Fix, FixError, apply_fix, apply_fixes, load_fixes

GOOD: dict[str, Any] = {"id": "f1", "reason": "Oracle's spec lacks it", "op": "add", "path": "/a", "value": 1}


def _write(tmp_path: Path, raw: Any) -> Path:
    path = tmp_path / "fixes.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_no_file_means_no_fixes(tmp_path: Path) -> None:
    assert load_fixes(tmp_path / "absent.json") == []


def test_a_well_formed_file_loads_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD, {"id": "f2", "reason": "gone", "op": "remove", "path": "/b"}])
    assert load_fixes(path) == [
        Fix("f1", "Oracle's spec lacks it", "add", "/a", 1),
        Fix("f2", "gone", "remove", "/b", None),
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"fixes": []}, "expected a JSON list of fixes"),
        (["f1"], "each fix must be an object"),
        ([{"id": "f1", "op": "add", "value": 1}], "fix f1 lacks reason, path"),
        ([{"reason": "r", "op": "add", "path": "/a"}], "fix ? lacks id"),
        ([{**GOOD, "op": "move"}], "fix f1: op must be one of ('add', 'replace', 'remove')"),
        ([{k: v for k, v in GOOD.items() if k != "value"}], "fix f1: add needs a value"),
        (
            [{**GOOD, "op": "replace", "value": None, "reason": "two\nlines"}],
            "fix f1: reason must be one non-empty line",
        ),
        ([{**GOOD, "reason": "  "}], "fix f1: reason must be one non-empty line"),
        ([GOOD, {**GOOD, "path": "/b"}], "duplicate fix id f1"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_fix(tmp_path: Path, raw: Any, message: str) -> None:
    path = _write(tmp_path, raw)
    with pytest.raises(FixError) as info:
        load_fixes(path)
    assert str(info.value) == f"{path}: {message}"


def _fix(op: str, path: str, value: Any = None) -> Fix:
    return Fix("x1", "r", op, path, value)


@pytest.mark.parametrize(
    ("fix", "message"),
    [
        (_fix("add", "a/b", 1), "JSON pointer must start with '/': 'a/b'"),
        (_fix("add", "", 1), "fix x1: cannot patch the document root"),
        (_fix("replace", "/list/7", 1), "fix x1: /list/7: bad list index '7'"),
        (_fix("remove", "/list/first", 1), "fix x1: /list/first: bad list index 'first'"),
        (_fix("add", "/list/first/x", 1), "fix x1: /list/first/x: bad list index 'first'"),
        (_fix("add", "/scalar/x/y", 1), "fix x1: /scalar/x/y: cannot descend into a scalar at 'x'"),
        (_fix("add", "/scalar/x", 1), "fix x1: /scalar/x: parent is not a container"),
        (_fix("remove", "/map/absent", None), "fix x1: /map/absent not found in the spec (at 'absent')"),
    ],
)
def test_a_fix_that_does_not_apply_is_refused(fix: Fix, message: str) -> None:
    doc = {"list": [10, 20], "scalar": 3, "map": {"k": 1}}
    with pytest.raises(FixError) as info:
        apply_fix(doc, fix)
    assert str(info.value) == message
    assert doc == {"list": [10, 20], "scalar": 3, "map": {"k": 1}}  # nothing half-applied


def test_list_insert_replace_and_remove_by_index_and_escaped_tokens() -> None:
    doc: dict[str, Any] = {"list": [10, 20], "a/b": {"~c": 1}}
    value = {"nested": [1]}
    applied = apply_fixes(
        doc,
        [
            _fix("add", "/list/1", value),
            _fix("replace", "/list/0", 11),
            _fix("remove", "/list/2"),
            _fix("replace", "/a~1b/~0c", 2),
        ],
    )
    assert doc == {"list": [11, {"nested": [1]}], "a/b": {"~c": 2}}
    assert [fix.op for fix in applied] == ["add", "replace", "remove", "replace"]
    value["nested"].append(2)
    assert doc["list"][1] == {"nested": [1]}  # the document holds a copy of the fix's value
