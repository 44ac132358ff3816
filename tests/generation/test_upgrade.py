"""Upgrading to a new Oracle release: the API changelog, its breaking flags, names review and retired names.

The simulated release (`_next_release`) is built from the pinned spec; the spec tests skip without it. The
classification rules are also checked one by one on edits of the committed contract, which needs no spec.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from _next_release import (
    EXPECTED,
    NEXT_VERSION,
    REMOVED,
    REMOVED_NAME,
    SUGGESTED_ROWS,
    write_next_release,
)

from codegen.apidiff import RULES, Change, contract_for_spec, diff_contracts
from codegen.changelog import changelog_entry, render_changes, update_changelog
from codegen.check import run_check
from codegen.names import (
    NamesTableError,
    OperationName,
    check_not_retired,
    derive_name,
    load_names_table,
    load_retired,
    resolve_names,
)
from codegen.pipeline import Paths
from codegen.upgrade import accept_rows, paging_twins, retire_rows, upgrade

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "generated" / "ofsc_generated" / "_contract.json"
CORE = "/rest/ofscCore/v1"


@pytest.fixture(scope="module")
def next_spec(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_next_release(spec, tmp_path_factory.mktemp("next") / "next.swagger.json")


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def removable(committed: dict[str, Any]) -> None:
    if REMOVED[0].lower() not in committed["paths"].get(REMOVED[1], {}):
        pytest.skip(f"the committed package no longer has {REMOVED[0]} {REMOVED[1]} (retired already)")


def _lines(changes: list[Change]) -> list[tuple[str, str, str, bool]]:
    return [(c.method, c.route, c.text, c.breaking) for c in changes]


# --- the changelog of a simulated release ------------------------------------------------------------------


def test_pinned_spec_against_committed_contract_has_no_change(spec: Path, committed: dict[str, Any]) -> None:
    contract, report = contract_for_spec(spec)
    diff = diff_contracts(committed, contract)
    assert diff.changes == [] and report.unnamed_rows == [] and report.stale_rows == []


def test_changelog_of_the_next_release_line_by_line(next_spec: Path, committed: dict[str, Any]) -> None:
    contract, report = contract_for_spec(next_spec)
    diff = diff_contracts(committed, contract)
    assert _lines(diff.changes) == EXPECTED
    assert (diff.old_version, diff.new_version) == (committed["info"]["version"], NEXT_VERSION)
    assert [m for m, _ in diff.added] == ["core.teleport_activity", "metadata.get_gadgets"]
    assert diff.removed == [(REMOVED_NAME, f"{REMOVED[0]} {REMOVED[1]}")]
    assert report.unnamed_rows == SUGGESTED_ROWS

    markdown = render_changes(diff).splitlines()
    assert markdown[0] == f"# OFSC API changes: {diff.old_version} -> {NEXT_VERSION}"
    for kind, rule in RULES:  # the rules are written down in the header
        assert f"- {'**breaking**' if kind == 'breaking' else 'compatible'}: {rule}" in markdown
    breaking_section = markdown[markdown.index("## Breaking changes") :]
    assert breaking_section[2 : 2 + len(diff.breaking)] == [
        f"- `client.{method}`: {text}" for method, _, text, breaking in EXPECTED if breaking
    ]
    body = markdown[markdown.index(next(line for line in markdown if line.startswith("## `client."))) :]
    expected_body: list[str] = []
    current = None
    for method, route, text, breaking in EXPECTED:
        if (method, route) != current:
            expected_body += ([""] if current else []) + [f"## `client.{method}` ({route})", ""]
            current = (method, route)
        expected_body.append(f"- {'**breaking**' if breaking else 'compatible'}: {text}")
    assert body == expected_body
    breaking = [line for line in body if line.startswith("- **breaking**")]
    assert len(breaking) == sum(1 for *_, b in EXPECTED if b) == len(diff.breaking)


def test_names_review_fails_check_with_the_suggested_row_and_on_a_stale_row(
    spec: Path, tmp_path: Path
) -> None:
    """check fails on an operation without a row (printing the row) and on a row without an operation."""
    table = load_names_table(ROOT / "swagger" / "operations.tsv")
    swagger = json.loads(spec.read_text(encoding="utf-8"))
    # An operation whose derived name is its reviewed one: dropping its row changes no generated file, so the
    # names review is the only thing that can fail the check.
    method, path = next(
        key
        for key, name in sorted(table.items())
        if derive_name(key[0], key[1], swagger["paths"][key[1]][key[0].lower()]) == name
    )
    name = table[(method, path)]
    rows = (ROOT / "swagger" / "operations.tsv").read_text(encoding="utf-8").splitlines()
    kept = [r for r in rows if not r.startswith(f"{method}\t{path}\t")]
    kept.append("GET\t/rest/ofscCore/v1/zzzGone\tcore\tget_zzz_gone")
    names = tmp_path / "operations.tsv"
    names.write_text("\n".join(kept) + "\n", encoding="utf-8")

    code, summary = run_check(spec, ROOT / "generated", Paths(names=names))

    assert code == 1
    assert "is up to date" in summary  # generated/ itself is what the spec produces
    assert "NAMES NOT REVIEWED: 1 operation(s)" in summary
    assert f"  {method}\t{path}\t{name.group}\t{name.name}" in summary.splitlines()
    assert "STALE NAMES: 1 row(s)" in summary
    assert (
        "GET /rest/ofscCore/v1/zzzGone (core.get_zzz_gone) is in the names table but not in the spec"
        in summary
    )


# --- upgrade: refusal, accepted names, retired names -------------------------------------------------------


def _project_copy(tmp: Path) -> Path:
    """What `upgrade` reads before it generates: swagger/ and the committed contract."""
    root = tmp / "project"
    shutil.copytree(
        ROOT / "swagger", root / "swagger", ignore=shutil.ignore_patterns("*.json.part", "swagger.json")
    )
    (root / "generated" / "ofsc_generated").mkdir(parents=True)
    shutil.copyfile(CONTRACT, root / "generated" / "ofsc_generated" / "_contract.json")
    shutil.copytree(ROOT / "templates", root / "templates")
    return root


def test_upgrade_refuses_unnamed_operations_and_changes_nothing(next_spec: Path, tmp_path: Path) -> None:
    root = _project_copy(tmp_path)
    before = {p.relative_to(root): p.read_bytes() for p in (root / "swagger").iterdir()}
    printed: list[str] = []

    outcome = upgrade(str(next_spec), root=root, echo=printed.append)

    assert outcome.code == 1
    summary = "\n".join(printed).splitlines()
    for row in SUGGESTED_ROWS:
        assert f"      {row}" in summary
    assert any("ACCEPT_NAMES=1" in line for line in summary)
    assert any(
        line.strip() == f"! client.{REMOVED_NAME}: operation removed; the method now raises "
        "OperationRemovedError"
        for line in summary
    )
    after = {
        p.relative_to(root): p.read_bytes() for p in (root / "swagger").iterdir() if p.name != "swagger.json"
    }
    assert after == before  # only the fetched spec is new
    assert (root / "swagger" / "swagger.json").read_bytes() == next_spec.read_bytes()
    assert not (root / "docs").exists() and not (root / "CHANGELOG.md").exists()


def test_accepted_rows_keep_the_table_sorted(tmp_path: Path) -> None:
    table = tmp_path / "operations.tsv"
    shutil.copyfile(ROOT / "swagger" / "operations.tsv", table)
    accept_rows(table, SUGGESTED_ROWS)
    rows = table.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "method\tpath\tgroup\tname"
    keys = [(r.split("\t")[1], r.split("\t")[0]) for r in rows[1:]]
    assert keys == sorted(keys)
    assert all(row in rows for row in SUGGESTED_ROWS)
    loaded = load_names_table(table)
    assert loaded[("GET", "/rest/ofscMetadata/v1/gadgets")] == OperationName("metadata", "get_gadgets")


def test_removed_operation_is_retired_and_its_name_reserved(tmp_path: Path, removable: None) -> None:
    table, retired = tmp_path / "operations.tsv", tmp_path / "retired.tsv"
    shutil.copyfile(ROOT / "swagger" / "operations.tsv", table)
    present = set(load_names_table(table)) - {REMOVED}

    gone = retire_rows(table, retired, present, NEXT_VERSION)

    assert [r.key for r in gone] == [REMOVED_NAME]
    assert REMOVED not in load_names_table(table)
    assert retired.read_text(encoding="utf-8").splitlines() == [
        "name\tmethod\tpath\tremoved_in",
        f"{REMOVED_NAME}\t{REMOVED[0]}\t{REMOVED[1]}\t{NEXT_VERSION}",
    ]
    reserved = load_retired(retired)
    # The name can never go to another operation: not by a table row...
    reuse = load_names_table(table) | {("GET", f"{CORE}/newThing"): OperationName(*REMOVED_NAME.split("."))}
    with pytest.raises(NamesTableError, match="retired name statistics.update_airline_distance_based_travel"):
        check_not_retired(reuse, reserved)
    # ...nor by a derived name.
    resolved, _ = resolve_names(
        {REMOVED[1]: {REMOVED[0].lower(): {}}},
        {},
        {OperationName(r.group, r.name) for r in reserved.values()},
    )
    assert resolved[REMOVED].key == f"{REMOVED_NAME}_2"


# --- the classification rules, one by one, on the committed contract --------------------------------------


def _op(doc: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def _ref(op: dict[str, Any], response: bool = False) -> str:
    if response:
        content = next(r for s, r in sorted(op["responses"].items()) if s.startswith("2"))["content"]
    else:
        content = op["requestBody"]["content"]
    ref: str = content["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


def test_a_paged_operation_retires_with_its_twin(tmp_path: Path) -> None:
    table, retired = tmp_path / "operations.tsv", tmp_path / "retired.tsv"
    shutil.copyfile(ROOT / "swagger" / "operations.tsv", table)
    twins = paging_twins(ROOT / "generated" / "ofsc_generated" / "catalog.py")
    assert twins[("GET", f"{CORE}/activities")] == "get_all_activities"
    present = set(load_names_table(table)) - {("GET", f"{CORE}/activities")}

    gone = retire_rows(table, retired, present, NEXT_VERSION, twins)

    assert [r.key for r in gone] == ["core.get_activities", "core.get_all_activities"]
    assert set(load_retired(retired)) == {"core.get_activities", "core.get_all_activities"}


def test_each_rule(committed: dict[str, Any]) -> None:
    new = copy.deepcopy(committed)
    get_activities = _op(new, "get", f"{CORE}/activities")
    params = get_activities["parameters"]
    params.append({"in": "query", "name": "region", "required": True, "schema": {"type": "string"}})
    params[:] = [p for p in params if p["name"] != "q"]
    next(p for p in params if p["name"] == "dateFrom")["required"] = True
    next(p for p in params if p["name"] == "includeChildren")["schema"]["enum"].remove("all")
    next(p for p in params if p["name"] == "svcWorkOrderId")["schema"]["type"] = "string"

    create = _op(new, "post", f"{CORE}/activities")
    request = _schema(new, _ref(create))
    del request["properties"]["city"]
    request["properties"]["droneBay"] = {"type": "string"}
    request["required"] = [*request.get("required", []), "droneBay", "customerName"]
    create["requestBody"]["required"] = True
    response = _schema(new, _ref(_op(new, "get", f"{CORE}/activities/{{activityId}}"), response=True))
    del response["properties"]["apptNumber"]

    diff = diff_contracts(committed, new)
    found = {(c.method, c.text): c.breaking for c in diff.changes}
    assert found[("core.get_activities", "parameter `region` (query) added, required")] is True
    assert found[("core.get_activities", "parameter `q` (query) removed")] is True
    assert (
        found[("core.get_activities", "parameter `dateFrom` (query, keyword `date_from`) is now required")]
        is True
    )
    assert found[
        (
            "core.get_activities",
            "parameter `includeChildren` (query, keyword `include_children`): allowed value `all` removed",
        )
    ]
    assert found[
        (
            "core.get_activities",
            "parameter `svcWorkOrderId` (query, keyword `svc_work_order_id`) type changed: integer -> string",
        )
    ]
    assert found[("core.create_activity", "request body is now required")] is True
    assert found[("core.create_activity", "request field `city` removed")] is True
    assert found[("core.create_activity", "request field `droneBay` added, required")] is True
    assert found[("core.create_activity", "request field `customerName` is now required")] is True
    assert found[("core.get_activity", "response field `apptNumber` removed")] is True

    # The other direction: each of these is compatible.
    back = {(c.method, c.text): c.breaking for c in diff_contracts(new, committed).changes}
    assert back[("core.get_activities", "parameter `region` (query) removed")] is True
    assert back[("core.get_activities", "parameter `q` (query) added")] is False
    assert (
        back[
            ("core.get_activities", "parameter `dateFrom` (query, keyword `date_from`) is no longer required")
        ]
        is False
    )
    assert (
        back[
            (
                "core.get_activities",
                "parameter `includeChildren` (query, keyword `include_children`): allowed value `all` added",
            )
        ]
        is False
    )
    assert back[("core.create_activity", "request field `city` added")] is False
    assert back[("core.get_activity", "response field `apptNumber` added")] is False


def test_changelog_md_entry_goes_first_under_unreleased(
    tmp_path: Path, committed: dict[str, Any], removable: None
) -> None:
    new = copy.deepcopy(committed)
    new["info"]["version"] = NEXT_VERSION
    del new["paths"][REMOVED[1]][REMOVED[0].lower()]
    diff = diff_contracts(committed, new)
    entry = changelog_entry(diff, f"docs/api-changes/{NEXT_VERSION}.md")
    changelog = tmp_path / "CHANGELOG.md"

    update_changelog(changelog, entry)  # created in Keep a Changelog format
    text = changelog.read_text(encoding="utf-8").splitlines()
    assert text[0] == "# Changelog" and "Keep a Changelog" in "\n".join(text)
    start = text.index("## [Unreleased]")
    assert text[start + 1 : start + 4] == ["", "### Changed", entry[0]]
    assert (
        f"  - **BREAKING** `client.{REMOVED_NAME}`: operation removed; the method now raises "
        "OperationRemovedError" in text
    )

    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Added\n- a feature\n\n## [0.1.0] - 2026-01-01\n- first\n",
        encoding="utf-8",
    )
    update_changelog(changelog, ["- newer entry"])
    text = changelog.read_text(encoding="utf-8").splitlines()
    assert text[:8] == [
        "# Changelog",
        "",
        "## [Unreleased]",
        "",
        "### Changed",
        "- newer entry",
        "",
        "### Added",
    ]
    assert text[-2:] == ["## [0.1.0] - 2026-01-01", "- first"]


def test_upgrade_refreshes_the_migration_table_and_links_the_changes_absolutely(tmp_path: Path) -> None:
    from codegen.upgrade import _repository_url, refresh_migration_table
    from ofsc_overlay.compat import _doc

    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "migration.md"
    assert refresh_migration_table(tmp_path) == "docs/migration.md not refreshed: the page is missing"
    page.write_text(f"intro\n{_doc.BEGIN}\n| stale |\n{_doc.END}\nafter\n", encoding="utf-8")
    assert refresh_migration_table(tmp_path) is None
    assert page.read_text(encoding="utf-8") == _doc.update(f"intro\n{_doc.BEGIN}\n{_doc.END}\nafter\n")

    assert _repository_url(tmp_path, "docs/api-changes/x.md") is None  # no pyproject.toml
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\n[project.urls]\nRepository = "https://example.org/r/"\n', encoding="utf-8"
    )
    assert (
        _repository_url(tmp_path, "docs/api-changes/x.md")
        == "https://example.org/r/blob/main/docs/api-changes/x.md"
    )
