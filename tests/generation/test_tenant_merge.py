"""codegen/tenant.py on small documents: re-rooting, deterministic merging, what is carried over."""

from __future__ import annotations

import json
from typing import Any

import pytest

from codegen.lock import SpecError
from codegen.tenant import merge_parts, part_prefixes, reroot

CORE, CAPACITY = "/rest/ofscCore/v1", "/rest/ofscCapacity/v1"


def _op(ref: str | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if ref:
        response["schema"] = {"$ref": f"#/definitions/{ref}"}
    return {"get": {"responses": {"200": response}}}


BASE: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "OFSC", "version": "2025.12.23"},
    "paths": {
        f"{CORE}/users": _op("User"),
        f"{CAPACITY}/quota": _op("Quota"),
        "/rest/ofscCapacity/v2/quota": _op("QuotaV2"),
        "/rest/oauthTokenService/v2/token": _op("Token"),
    },
    "definitions": {
        "User": {"type": "object"},
        "Quota": {},
        "QuotaV2": {"$ref": "#/definitions/Nested"},
        "Nested": {},
        "Token": {},
        "Unused": {},
    },
}


def _part(prefix: str, paths: dict[str, Any], definitions: dict[str, Any], version: str) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"version": version},
        "host": "localhost",
        "basePath": prefix,
        "paths": paths,
        "definitions": definitions,
    }


def test_reroot_and_prefixes() -> None:
    part = _part(CORE, {"/users": {}, "/users/{id}": {}}, {}, "x")
    assert list(reroot(part)) == [f"{CORE}/users", f"{CORE}/users/{{id}}"]
    assert part_prefixes(BASE) == sorted(
        [CAPACITY, CORE, "/rest/ofscCapacity/v2", "/rest/oauthTokenService/v2"]
    )
    with pytest.raises(SpecError, match="not a Swagger 2.0"):
        reroot({"openapi": "3.0.0", "paths": {}})


def test_served_families_replace_theirs_and_the_rest_is_carried_over() -> None:
    core = _part(
        CORE,
        {"/users": _op("User"), "/gadgets": _op("Gadget")},
        {"User": {"type": "object", "x": 1}, "Gadget": {}},
        "2026.03.10",
    )
    capacity = _part(
        CAPACITY, {"/quota": _op("Quota"), "/../../ofscCore/v1/sneaky": {}}, {"Quota": {}}, "2026.03.10"
    )

    merged, notes = merge_parts(BASE, {CORE: core, CAPACITY: capacity})

    assert list(merged["paths"]) == sorted(
        [
            f"{CORE}/users",
            f"{CORE}/gadgets",
            f"{CAPACITY}/quota",
            "/rest/ofscCapacity/v2/quota",
            "/rest/oauthTokenService/v2/token",
        ]
    )
    assert merged["info"] == {"title": "OFSC", "version": "2026.03.10"}
    assert "host" not in merged and "basePath" not in merged
    # Served definitions win; carried-over paths keep what they reference; unreferenced base ones go.
    assert merged["definitions"]["User"] == {"type": "object", "x": 1}
    assert {"Gadget", "Quota", "QuotaV2", "Nested", "Token"} <= set(merged["definitions"])
    assert "Unused" not in merged["definitions"]
    carried = next(n for n in notes if "carried over" in n)
    assert "/rest/ofscCapacity/v2" in carried and "/rest/oauthTokenService/v2" in carried
    assert any("outside its family: ignored" in n for n in notes)


def test_merging_is_deterministic_and_says_when_versions_differ() -> None:
    core = _part(CORE, {"/users": _op("User")}, {"User": {"a": 1}}, "2026.03.10")
    capacity = _part(CAPACITY, {"/quota": _op("Quota")}, {"Quota": {}, "User": {"b": 2}}, "2026.02.01")
    one, notes = merge_parts(BASE, {CORE: core, CAPACITY: capacity})
    two, _ = merge_parts(BASE, {CAPACITY: capacity, CORE: core})
    assert json.dumps(one) == json.dumps(two)
    assert one["info"]["version"] == "2026.03.10"
    assert any("answered different versions" in n for n in notes)
    assert any("definition User differs between families" in n for n in notes)
