"""codegen/check.py's verdicts on a two-operation spec: each check regenerates in seconds, without Oracle's.

The same drift gate as `make check-generated` (run_check: a real generation, then a byte comparison), on a
small Swagger 2.0 document with its own names table and lock, so every outcome is pinned: up to date,
files added / removed / changed with their diff excerpts, operations added or removed, names not reviewed
or stale, and a spec that is not the locked one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen.check import MAX_DIFF_LINES, _diff_excerpt, compare_trees, run_check
from codegen.lock import load_spec, lock_for, write_lock
from codegen.pipeline import Paths, build

USERS = "/rest/ofscCore/v1/users/{login}"
PHOTO = "/rest/ofscCore/v1/users/{login}/photo"
NEW = "/rest/ofscCore/v1/users/{login}/badge"
ROWS = {
    ("GET", USERS): "core\tget_user",
    ("DELETE", PHOTO): "core\tdelete_user_photo",
    ("GET", NEW): "core\tget_user_badge",
}
LOGIN = {"name": "login", "in": "path", "required": True, "type": "string"}


def _spec(*operations: tuple[str, str]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path in operations:
        ok = (
            {"200": {"description": "ok", "schema": {"$ref": "#/definitions/User"}}}
            if method == "GET"
            else {"204": {"description": "gone"}}
        )
        paths.setdefault(path, {})[method.lower()] = {
            "summary": f"{method} {path}",
            "parameters": [LOGIN],
            "responses": ok,
        }
    return {
        "swagger": "2.0",
        "info": {"title": "OFSC", "version": "2099.01.01"},
        "paths": paths,
        "definitions": {"User": {"type": "object", "properties": {"login": {"type": "string"}}}},
    }


class Project:
    """A spec, its names table and its lock in a folder, and the Paths the generator reads them from."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.spec = root / "spec.json"
        self.paths = Paths(
            fixes=root / "fixes.json",  # absent: no fixes
            names=root / "operations.tsv",
            lock=root / "spec.lock",
            retired=root / "retired.tsv",  # absent: nothing retired
        )

    def write(
        self, operations: list[tuple[str, str]], named: list[tuple[str, str]], lock: bool = True
    ) -> None:
        self.spec.write_text(json.dumps(_spec(*operations)), encoding="utf-8")
        rows = [f"{method}\t{path}\t{ROWS[(method, path)]}" for method, path in named]
        self.paths.names.write_text("method\tpath\tgroup\tname\n" + "".join(r + "\n" for r in rows), "utf-8")
        if lock:
            write_lock(self.paths.lock, lock_for(load_spec(self.spec), "test"))

    def check(self, committed: Path) -> tuple[int, list[str]]:
        code, summary = run_check(self.spec, committed, self.paths)
        return code, summary.splitlines()


BASE_OPS = [("GET", USERS), ("DELETE", PHOTO)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed tree of the two-operation spec, generated once."""
    project = Project(tmp_path_factory.mktemp("base"))
    project.write(BASE_OPS, BASE_OPS)
    out = project.root / "generated"
    build(project.spec, out, paths=project.paths)
    return out


@pytest.fixture
def committed(generated: Path, tmp_path: Path) -> Path:
    out = tmp_path / "generated"
    shutil.copytree(generated, out)
    return out


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project(tmp_path / "project")
    project.write(BASE_OPS, BASE_OPS)
    return project


def _files(package: Path) -> list[str]:
    return sorted(p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file())


def test_a_matching_tree_is_up_to_date(project: Project, committed: Path) -> None:
    package = committed / "ofsc_generated"
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")  # never compared

    code, lines = project.check(committed)

    count = len(_files(package)) - 1
    assert code == 0
    assert lines[0] == "OFSC spec 2099.01.01: coverage report"
    assert lines[-1] == f"generated/ofsc_generated is up to date ({count} files identical)."
    assert not any(
        line.startswith(("SPEC MISMATCH", "operations in spec", "NAMES", "STALE")) for line in lines
    )


def test_added_removed_and_changed_files_are_listed_sorted_with_three_excerpts(
    project: Project, committed: Path
) -> None:
    package = committed / "ofsc_generated"
    changed = sorted(p for p in _files(package) if p.endswith(".py"))[:4]
    for name in changed:
        path = package / name
        path.write_text(path.read_text(encoding="utf-8") + f"# edited {name}\n", encoding="utf-8")
    (package / "py.typed").unlink()
    (package / "zz_stray.py").write_text("x = 1\n", encoding="utf-8")
    (package / "aa_stray.py").write_text("y = 2\n", encoding="utf-8")

    code, lines = project.check(committed)

    assert code == 1
    head = "generated/ofsc_generated differs from what the spec produces: 1 added, 2 removed, 4 changed files"
    start = lines.index(head)
    assert lines[start + 1 : start + 8] == [
        "  added:   py.typed",
        "  removed: aa_stray.py",
        "  removed: zz_stray.py",
        *[f"  changed: {name}" for name in changed],
    ]
    excerpts = lines[start + 8 : -1]
    # One excerpt for each of the first three changed files, indented, context and the removed line.
    for name in changed[:3]:
        at = excerpts.index(f"    --- generated/{name}")
        assert excerpts[at + 1] == f"    +++ regenerated/{name}"
        assert f"    -# edited {name}" in excerpts[at + 2 : at + 6]
    assert f"    --- generated/{changed[3]}" not in excerpts
    assert all(line.startswith("    ") for line in excerpts)
    assert lines[-1] == "Run `make generate` (with --update-lock for a new spec) and commit the result."


def test_a_long_change_is_cut_in_the_summary(project: Project, committed: Path) -> None:
    path = committed / "ofsc_generated" / "client.py"
    path.write_text("".join(f"line {n}\n" for n in range(3 * MAX_DIFF_LINES)), encoding="utf-8")

    code, lines = project.check(committed)

    assert code == 1
    cut = [line for line in lines if line.startswith("    ... (")]
    assert len(cut) == 1 and cut[0].endswith(" more diff lines)")


def test_a_missing_tree_lists_every_file_as_added(project: Project, tmp_path: Path) -> None:
    code, lines = project.check(tmp_path / "nothing")

    assert code == 1
    added = [line for line in lines if line.startswith("  added:   ")]
    assert "  added:   client.py" in added and "  added:   _contract.json" in added
    assert not any(line.startswith(("  removed:", "  changed:")) for line in lines)
    # Without a committed contract, every operation of the spec is new.
    assert "operations in spec 2099.01.01 versus generated/:" in lines
    assert f"  + GET {USERS}" in lines and f"  + DELETE {PHOTO}" in lines


def test_operations_added_and_removed_are_named(project: Project, committed: Path) -> None:
    project.write([("GET", USERS), ("GET", NEW)], [("GET", USERS), ("GET", NEW)])

    code, lines = project.check(committed)

    assert code == 1
    at = lines.index("operations in spec 2099.01.01 versus generated/:")
    assert lines[at + 1 : at + 3] == [f"  + GET {NEW}", f"  - DELETE {PHOTO}"]
    assert "SPEC MISMATCH" not in "\n".join(lines)


def test_unreviewed_names_fail_even_when_the_tree_matches(project: Project, generated: Path) -> None:
    project.write(BASE_OPS, [("GET", USERS)])  # no row for DELETE photo

    code, lines = project.check(generated)

    assert code == 1
    at = next(i for i, line in enumerate(lines) if line.startswith("NAMES NOT REVIEWED: 1 operation(s) "))
    assert lines[at] == (
        "NAMES NOT REVIEWED: 1 operation(s) have no row in swagger/operations.tsv. "
        "Review and add these suggested rows (or run `make upgrade-spec ... ACCEPT_NAMES=1`):"
    )
    assert lines[at + 1].startswith(f"  DELETE\t{PHOTO}\t")
    assert not any(line.startswith("STALE NAMES") for line in lines)


def test_stale_names_fail_even_when_the_tree_matches(project: Project, generated: Path) -> None:
    project.write(BASE_OPS, [*BASE_OPS, ("GET", NEW)], lock=True)

    code, lines = project.check(generated)

    assert code == 1
    at = next(i for i, line in enumerate(lines) if line.startswith("STALE NAMES: 1 row(s) "))
    assert lines[at] == (
        "STALE NAMES: 1 row(s) of swagger/operations.tsv name operations the spec does not "
        "have; retire them (`make upgrade-spec` moves them to swagger/retired.tsv):"
    )
    assert lines[at + 1] == f"  GET {NEW} (core.get_user_badge) is in the names table but not in the spec"
    assert not any(line.startswith("NAMES NOT REVIEWED") for line in lines)
    assert lines[-1].endswith("files identical).")


def test_a_spec_with_an_empty_version_is_shown_as_a_question_mark(project: Project, tmp_path: Path) -> None:
    spec = json.loads(project.spec.read_text(encoding="utf-8"))
    spec["info"]["version"] = ""
    project.spec.write_text(json.dumps(spec), encoding="utf-8")
    write_lock(project.paths.lock, lock_for(load_spec(project.spec), "test"))

    code, lines = project.check(tmp_path / "nothing")

    assert code == 1
    assert "operations in spec ? versus generated/:" in lines


def test_a_spec_that_is_not_the_locked_one_fails_but_is_compared(project: Project, generated: Path) -> None:
    project.write(BASE_OPS, BASE_OPS)
    other = _spec(*BASE_OPS)
    other["info"]["version"] = "2099.02.02"
    locked = project.root / "locked.json"
    locked.write_text(json.dumps(other), encoding="utf-8")
    write_lock(project.paths.lock, lock_for(load_spec(locked), "test"))

    code, lines = project.check(generated)

    assert code == 1
    at = next(i for i, line in enumerate(lines) if line.startswith("SPEC MISMATCH: spec "))
    assert "does not match swagger/spec.lock (version 2099.02.02" in lines[at]
    assert lines[at + 1] == "  (regenerated anyway; what would change is listed below)"


def test_compare_trees_reads_bytes_and_skips_caches(tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    for root in (fresh, old):
        (root / "sub" / "__pycache__").mkdir(parents=True)
        (root / "same.py").write_bytes(b"a\n")
    (fresh / "sub" / "x.py").write_bytes(b"new\r\n")
    (old / "sub" / "x.py").write_bytes(b"new\n")
    (old / "sub" / "__pycache__" / "x.pyc").write_bytes(b"\0")

    result = compare_trees(fresh, old)

    assert (result.added, result.removed, result.changed, result.same) == ([], [], ["sub/x.py"], False)
    assert compare_trees(fresh, fresh).same
    empty = compare_trees(tmp_path / "none", tmp_path / "none")
    assert empty.same and empty.added == []


def test_the_diff_excerpt_shows_one_line_of_context_and_is_cut(tmp_path: Path) -> None:
    committed, fresh = tmp_path / "committed.py", tmp_path / "fresh.py"
    committed.write_bytes(b"a\nb\nc\nd\n\xff\n")
    fresh.write_bytes(b"a\nb\nC\nd\n\xff\n")
    assert _diff_excerpt(fresh, committed, "m.py") == [
        "--- generated/m.py",
        "+++ regenerated/m.py",
        "@@ -2,3 +2,3 @@",
        " b",
        "-c",
        "+C",
        " d",
    ]

    committed.write_text("".join(f"old {n}\n" for n in range(40)), encoding="utf-8")
    fresh.write_text("".join(f"new {n}\n" for n in range(40)), encoding="utf-8")
    lines = _diff_excerpt(fresh, committed, "m.py")
    assert len(lines) == MAX_DIFF_LINES + 1
    assert lines[-1] == f"... ({3 + 80 - MAX_DIFF_LINES} more diff lines)"  # 3 header lines, 80 changed

    # Exactly MAX_DIFF_LINES lines are shown whole.
    committed.write_text("".join(f"old {n}\n" for n in range(MAX_DIFF_LINES - 3)), encoding="utf-8")
    fresh.write_text("", encoding="utf-8")
    assert len(_diff_excerpt(fresh, committed, "m.py")) == MAX_DIFF_LINES
