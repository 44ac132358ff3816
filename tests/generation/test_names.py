"""The names table (swagger/operations.tsv) and names derived for operations it lacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.lock import load_lock
from codegen.names import (
    GROUPS,
    NamesTableError,
    OperationName,
    derive_name,
    load_names_table,
    resolve_names,
    stale_rows,
)

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "swagger" / "operations.tsv"
PYOFSC_NAMES = ROOT.parent / "shared" / "docs" / "pyofsc-2.26-method-names.tsv"

# Names the project promises (and documents); each must map to exactly this operation.
REQUIRED = {
    "core.get_activities": "GET /rest/ofscCore/v1/activities",
    "core.get_activity": "GET /rest/ofscCore/v1/activities/{activityId}",
    "core.create_activity": "POST /rest/ofscCore/v1/activities",
    "core.update_activity": "PATCH /rest/ofscCore/v1/activities/{activityId}",
    "core.delete_activity": "DELETE /rest/ofscCore/v1/activities/{activityId}",
    "core.search_activities": "GET /rest/ofscCore/v1/activities/custom-actions/search",
    "core.bulk_update_activities": "POST /rest/ofscCore/v1/activities/custom-actions/bulkUpdate",
    "core.start_activity": "POST /rest/ofscCore/v1/activities/{activityId}/custom-actions/start",
    "core.complete_activity": "POST /rest/ofscCore/v1/activities/{activityId}/custom-actions/complete",
    "core.cancel_activity": "POST /rest/ofscCore/v1/activities/{activityId}/custom-actions/cancel",
    "core.get_resource": "GET /rest/ofscCore/v1/resources/{resourceId}",
    "core.get_resources": "GET /rest/ofscCore/v1/resources",
    "core.get_users": "GET /rest/ofscCore/v1/users",
    "core.get_user": "GET /rest/ofscCore/v1/users/{login}",
    "core.get_daily_extract_dates": "GET /rest/ofscCore/v1/folders/dailyExtract/folders",
    "core.get_activity_file_property": "GET /rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
    "metadata.get_workzones": "GET /rest/ofscMetadata/v1/workZones",
    "metadata.get_workzone": "GET /rest/ofscMetadata/v1/workZones/{label}",
    "metadata.get_workskills": "GET /rest/ofscMetadata/v1/workSkills",
    "metadata.get_properties": "GET /rest/ofscMetadata/v1/properties",
    "metadata.get_property": "GET /rest/ofscMetadata/v1/properties/{label}",
    "metadata.get_capacity_areas": "GET /rest/ofscMetadata/v1/capacityAreas",
    "capacity.get_capacity": "GET /rest/ofscCapacity/v1/capacity",
    "capacity.get_quota": "GET /rest/ofscCapacity/v1/quota",
    "capacity.get_quota_v2": "GET /rest/ofscCapacity/v2/quota",
    "auth.get_token": "POST /rest/oauthTokenService/v2/token",
}

# Operations where the table deliberately differs from pyOFSC 2.26, and why.
PYOFSC_DEVIATIONS = {
    # Named by the project's own requirements.
    "GET /rest/ofscCapacity/v1/capacity": "capacity.get_capacity (pyOFSC: get_available_capacity)",
    "GET /rest/ofscCapacity/v2/quota": "versioned twin of v1 quota, which is get_quota",
    "PATCH /rest/ofscCapacity/v2/quota": "versioned twin of v1 quota, which is update_quota",
    "POST /rest/ofscCore/v1/activities/custom-actions/bulkUpdate": "bulk_update names no noun",
    # pyOFSC's "get_file_property" does not say whose; all five file properties now read alike.
    "GET /rest/ofscCore/v1/activities/{activityId}/{propertyLabel}": "ambiguous: activity_file_property",
    "PUT /rest/ofscCore/v1/activities/{activityId}/{propertyLabel}": "ambiguous: activity_file_property",
    "DELETE /rest/ofscCore/v1/activities/{activityId}/{propertyLabel}": "ambiguous: activity_file_property",
    "GET /rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}": "binary file, not a property",
    "PUT /rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}": "binary file, not a property",
    "DELETE /rest/ofscCore/v1/inventories/{inventoryId}/{propertyLabel}": "binary file, not a property",
    "GET /rest/ofscCore/v1/users/{login}/{propertyLabel}": "binary file, not a property",
    "PUT /rest/ofscCore/v1/users/{login}/{propertyLabel}": "binary file, not a property",
    "DELETE /rest/ofscCore/v1/users/{login}/{propertyLabel}": "binary file, not a property",
    # pyOFSC's inventory_install & co. are noun_verb.
    "POST /rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/install": "verb first",
    "POST /rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/deinstall": "verb first",
    "POST /rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/undoInstall": "verb first",
    "POST /rest/ofscCore/v1/inventories/{inventoryId}/custom-actions/undoDeinstall": "verb first",
}


@pytest.fixture(scope="module")
def table() -> dict[tuple[str, str], OperationName]:
    return load_names_table(TABLE)


@pytest.fixture(scope="module")
def swagger(spec: Path) -> dict[str, Any]:
    """Oracle's Swagger 2.0 document (the `spec` fixture, which skips without it, gives its path)."""
    data: dict[str, Any] = json.loads(spec.read_text(encoding="utf-8"))
    return data


def spec_operations(swagger: dict[str, Any]) -> list[tuple[str, str]]:
    methods = ("get", "put", "post", "patch", "delete", "head", "options")
    return [(m.upper(), p) for p, item in swagger["paths"].items() for m in methods if m in item]


def pyofsc_names() -> dict[str, set[str]]:
    """pyOFSC's snake_case method names per "METHOD path" (paging twins and camelCase aliases left out)."""
    if not PYOFSC_NAMES.is_file():
        pytest.skip(f"pyOFSC names list not found at {PYOFSC_NAMES}")
    names: dict[str, set[str]] = {}
    for line in PYOFSC_NAMES.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "client" or len(cells) != 4:
            continue
        name, op = cells[2], cells[3]
        if name.startswith("get_all_") or name != name.lower():
            continue
        names.setdefault(op, set()).add(name)
    return names


# --- the table itself -------------------------------------------------------------------------------------


def test_table_shape(table: dict[tuple[str, str], OperationName]) -> None:
    assert len(table) == load_lock(ROOT / "swagger" / "spec.lock").operations
    assert {n.group for n in table.values()} == set(GROUPS)
    rows = TABLE.read_text(encoding="utf-8").splitlines()[1:]
    keys = [(r.split("\t")[1], r.split("\t")[0]) for r in rows]
    assert keys == sorted(keys), "rows must be sorted by path, then method"


def test_groups_follow_path_family(table: dict[tuple[str, str], OperationName]) -> None:
    family = {
        "ofscCore": "core",
        "ofscMetadata": "metadata",
        "ofscCapacity": "capacity",
        "ofscStatistics": "statistics",
        "ofscPartsCatalog": "parts_catalog",
        "ofscCollaboration": "collaboration",
        "oauthTokenService": "auth",
    }
    for (_, path), name in table.items():
        assert name.group == family[path.split("/")[2]], path


def test_table_covers_every_spec_operation_once(
    table: dict[tuple[str, str], OperationName], swagger: dict[str, Any]
) -> None:
    ops = spec_operations(swagger)
    assert len(ops) == len(set(ops)) == load_lock(ROOT / "swagger" / "spec.lock").operations
    assert set(ops) == set(table), {
        "missing from table": sorted(set(ops) - set(table)),
        "not in spec": sorted(set(table) - set(ops)),
    }
    assert stale_rows(swagger["paths"], table) == []
    resolved, warnings = resolve_names(swagger["paths"], table)
    assert warnings == []
    assert resolved == table


def test_required_names(table: dict[tuple[str, str], OperationName]) -> None:
    by_key = {name.key: f"{method} {path}" for (method, path), name in table.items()}
    for key, op in REQUIRED.items():
        assert by_key.get(key) == op, key


def test_names_are_verb_first(table: dict[tuple[str, str], OperationName]) -> None:
    verbs = {n.name.split("_")[0] for n in table.values()}
    nouns_first = {"inventory", "activity", "resource", "user", "workzone", "workzones", "quota"}
    assert not verbs & nouns_first, verbs & nouns_first


def test_paging_twins_never_collide(table: dict[tuple[str, str], OperationName]) -> None:
    names = set(table.values())
    for name in names:
        verb, _, rest = name.name.partition("_")
        assert OperationName(name.group, f"{verb}_all_{rest}") not in names, name


def test_pyofsc_names_followed(table: dict[tuple[str, str], OperationName]) -> None:
    py = pyofsc_names()
    followed, deviated = [], []
    for (method, path), name in table.items():
        op = f"{method} {path}"
        if op not in py:
            continue
        (followed if name.name in py[op] else deviated).append(op)
    # Every departure from pyOFSC must be deliberate; a deviation whose operation Oracle removed is retired.
    assert sorted(deviated) == sorted(op for op in PYOFSC_DEVIATIONS if tuple(op.split(" ", 1)) in table)
    assert followed, "pyOFSC's names are followed wherever no deviation is listed"


# --- loading errors ---------------------------------------------------------------------------------------

HEADER = "method\tpath\tgroup\tname\n"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("GET\t/a\tnope\tget_a\n", "unknown group 'nope'"),
        ("GET\t/a\tcore\tGetA\n", "not a snake_case"),
        ("GET\t/a\tcore\tclass\n", "not a snake_case"),
        ("GET\t/a\tcore\tget_a\nGET\t/a\tcore\tget_b\n", "listed twice"),
        ("GET\t/a\tcore\tget_a\nGET\t/b\tcore\tget_a\n", "already used by GET /a"),
        ("get\t/a\tcore\tget_a\n", "upper-case HTTP method"),
        ("GET\t/a\tcore\n", "4 tab-separated columns"),
    ],
)
def test_bad_rows_are_refused(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "operations.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(NamesTableError, match=message) as caught:
        load_names_table(path)
    assert str(path) in str(caught.value)


def test_header_required(tmp_path: Path) -> None:
    path = tmp_path / "operations.tsv"
    path.write_text("GET\t/a\tcore\tget_a\n", encoding="utf-8")
    with pytest.raises(NamesTableError, match="header"):
        load_names_table(path)


def test_same_name_in_two_groups_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "operations.tsv"
    path.write_text(HEADER + "GET\t/a\tcore\tget_x\nGET\t/b\tmetadata\tget_x\n", encoding="utf-8")
    assert len(load_names_table(path)) == 2


# --- derived names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api/field-service/routing/v1/plans", "routing.get_plans"),
        ("GET", "/api/field-service/routing/v1/plans/{planId}", "routing.get_plan"),
        ("POST", "/api/field-service/routing/v1/plans", "routing.create_plan"),
        ("DELETE", "/api/field-service/configuration/v1/themes/{label}", "configuration.delete_theme"),
        ("PATCH", "/api/field-service/configuration/v1/themes/{label}", "configuration.update_theme"),
        ("GET", "/rest/ofscRouting/v1/runs", "routing.get_runs"),
        ("GET", "/rest/ofscCore/v1/activities/{activityId}/notes", "core.get_activity_notes"),
        ("POST", "/rest/ofscCore/v1/activities/{activityId}/custom-actions/pause", "core.pause_activity"),
        ("POST", "/rest/ofscCore/v1/activities/{activityId}/custom-actions/start", "core.start_activity"),
        (
            "GET",
            "/rest/ofscMetadata/v3/capacityAreas/{label}/workZones",
            "metadata.get_capacity_area_work_zones_v3",
        ),
        ("PUT", "/rest/ofscCore/v1/vehicles/{vehicleId}/{propertyLabel}", "core.replace_vehicle_property"),
        (
            "POST",
            "/rest/ofscCore/v1/resources/custom-actions/bulkUpdateSkills",
            "core.bulk_update_resource_skills",
        ),
        ("GET", "/rest/ofscCore/v1/resources/custom-actions/lastKnownThings", "core.get_last_known_things"),
    ],
)
def test_derive_from_path(method: str, path: str, expected: str) -> None:
    assert derive_name(method, path, {"operationId": f"{method.lower()} {path}"}).key == expected


def test_derive_uses_clean_operation_id() -> None:
    assert (
        derive_name("POST", "/rest/ofscCollaboration/v1/chats", {"operationId": "startChat"}).name
        == "start_chat"
    )
    assert derive_name("GET", "/rest/x/v1/book", {"operationId": "addressBook"}).name == "get_address_book"
    assert derive_name("POST", "/rest/x/v1/grid", {"operationId": "post_showGrid"}).name == "show_grid"
    # Oracle's "Get property's enumerations" style is not an identifier: the path decides.
    assert (
        derive_name("GET", "/rest/ofscMetadata/v1/things", {"operationId": "Get things"}).name == "get_things"
    )


def test_derived_names_are_identifiers() -> None:
    odd = derive_name("GET", "/api/field-service/3d-maps/v1/{id}", {})
    assert odd.group.isidentifier() and odd.name.isidentifier()


def test_resolve_warns_and_avoids_table_names() -> None:
    table = {("GET", "/rest/ofscCore/v1/things"): OperationName("core", "get_widgets")}
    paths = {
        "/rest/ofscCore/v1/things": {"get": {}},
        "/rest/ofscCore/v1/widgets": {"get": {}, "parameters": []},
        "/rest/ofscCore/v1/widgets/": {"get": {}},
        "/api/field-service/routing/v1/plans": {"get": {"operationId": "getPlans"}},
    }
    resolved, warnings = resolve_names(paths, table)
    assert resolved[("GET", "/rest/ofscCore/v1/things")].key == "core.get_widgets"
    # Both /widgets operations derive get_widgets, which the table already gives to /things.
    assert resolved[("GET", "/rest/ofscCore/v1/widgets")].key == "core.get_widgets_2"
    assert resolved[("GET", "/rest/ofscCore/v1/widgets/")].key == "core.get_widgets_3"
    assert resolved[("GET", "/api/field-service/routing/v1/plans")].key == "routing.get_plans"
    assert len(warnings) == 3
    assert all("not in the names table" in w for w in warnings)
    assert any("GET /api/field-service/routing/v1/plans" in w and "routing.get_plans" in w for w in warnings)
    assert stale_rows({}, table) == [
        "GET /rest/ofscCore/v1/things (core.get_widgets) is in the names table but not in the spec"
    ]
