"""codegen/tenant.py fetching: what a tenant's metadata-catalog answers are accepted, refused or skipped.

Small documents over httpx.MockTransport for each answer, and one fetch through the public client from the
simulator over loopback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.lock import SpecError
from codegen.tenant import fetch_from_tenant, fetch_parts, merge_parts

CORE, CAPACITY = "/rest/ofscCore/v1", "/rest/ofscCapacity/v1"
BASE: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "OFSC", "version": "2025.12.23"},
    "paths": {
        f"{CORE}/users": {"get": {"responses": {"200": {"description": "ok"}}}},
        f"{CAPACITY}/quota": {"get": {"responses": {"200": {"description": "ok"}}}},
    },
}


def _part(prefix: str, version: str = "2026.01.01") -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"version": version},
        "host": "localhost",
        "basePath": prefix,
        "paths": {"/users": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }


def _client(answers: dict[str, httpx.Response]) -> tuple[httpx.Client, list[str]]:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        assert request.headers["Accept"] == "application/json"
        return answers.get(request.url.path, httpx.Response(404))

    return httpx.Client(transport=httpx.MockTransport(handler), base_url="https://tenant.test"), asked


def test_404_and_405_mean_not_served_and_a_document_is_kept() -> None:
    http, asked = _client(
        {
            f"{CORE}/metadata-catalog": httpx.Response(200, json=_part(CORE)),
            f"{CAPACITY}/metadata-catalog": httpx.Response(405),
        }
    )
    parts = fetch_parts(http, ["/rest/ofscMetadata/v1", CAPACITY, CORE])
    assert parts == {CORE: _part(CORE)}
    assert asked == [
        "/rest/ofscMetadata/v1/metadata-catalog",
        f"{CAPACITY}/metadata-catalog",
        f"{CORE}/metadata-catalog",
    ]


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (httpx.Response(500), f"GET {CORE}/metadata-catalog answered 500"),
        (httpx.Response(401), f"GET {CORE}/metadata-catalog answered 401"),
        (httpx.Response(200, text="{not json"), f"GET {CORE}/metadata-catalog did not answer JSON: "),
        (
            httpx.Response(200, json=[_part(CORE)]),
            f"GET {CORE}/metadata-catalog did not answer a Swagger 2.0 document",
        ),
        (
            httpx.Response(200, json={"openapi": "3.0.0", "paths": {}}),
            f"GET {CORE}/metadata-catalog did not answer a Swagger 2.0 document",
        ),
    ],
)
def test_a_failing_or_foreign_answer_is_refused_by_url(answer: httpx.Response, message: str) -> None:
    http, _ = _client({f"{CORE}/metadata-catalog": answer})
    with pytest.raises(SpecError) as info:
        fetch_parts(http, [CORE])
    assert str(info.value).startswith(message)


def test_a_merge_without_any_operation_is_refused() -> None:
    empty_base = {"swagger": "2.0", "info": {"version": "1"}, "paths": {f"{CORE}/users": {"parameters": []}}}
    part = {**_part(CORE), "paths": {"/users": {"parameters": []}}}
    with pytest.raises(SpecError, match="the merged spec has no operation"):
        merge_parts(empty_base, {CORE: part})


def _project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, with_spec: bool = True) -> Path:
    """A root with a spec.lock; the current spec named by SPEC (or no spec anywhere)."""
    root = tmp_path / "project"
    (root / "swagger").mkdir(parents=True)
    (root / "swagger" / "spec.lock").write_text(
        'version = "0.0.0"\nsha256 = "0"\noperations = 2\ndefinitions = 0\n', encoding="utf-8"
    )
    if with_spec:
        current = tmp_path / "current.swagger.json"
        current.write_text(json.dumps(BASE), encoding="utf-8")
        monkeypatch.setenv("SPEC", str(current))
    else:
        monkeypatch.delenv("SPEC", raising=False)
    return root


def test_the_current_spec_is_required_to_carry_families_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path, monkeypatch, with_spec=False)
    http, asked = _client({})
    with pytest.raises(SpecError) as info:
        fetch_from_tenant(tmp_path / "out.json", root=root, http=http)
    assert str(info.value).startswith(
        "the current spec is needed to carry over what the tenant does not serve"
    )
    assert "swagger.json (absent)" in str(info.value)
    assert asked == []  # refused before asking the tenant


def test_a_tenant_serving_nothing_is_an_error_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path, monkeypatch)
    http, asked = _client({})
    target = tmp_path / "out.json"
    with pytest.raises(
        SpecError, match=r"the tenant served no metadata-catalog \(every family answered 404\)"
    ):
        fetch_from_tenant(target, root=root, http=http)
    assert not target.exists()
    # Every family of the current spec and every documented family was asked.
    assert {path.removesuffix("/metadata-catalog") for path in asked} == {
        CAPACITY,
        CORE,
        "/rest/ofscMetadata/v1",
        "/rest/ofscStatistics/v1",
    }


def test_a_fetched_spec_is_written_whole_and_the_notes_name_the_families(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path, monkeypatch)
    http, _ = _client({f"{CORE}/metadata-catalog": httpx.Response(200, json=_part(CORE))})
    target = tmp_path / "out.json"

    notes = fetch_from_tenant(target, root=root, http=http)

    assert notes[0] == f"fetched from the tenant: {CORE}"
    assert any(CAPACITY in note and "carried over" in note for note in notes[1:])
    merged = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(merged["paths"]) == [f"{CAPACITY}/quota", f"{CORE}/users"]
    assert not target.with_suffix(".part").exists()


def test_fetch_through_the_public_client_from_the_simulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ofsc_overlay.testing import Simulator
    from ofsc_overlay.testing.metadata_catalog import MetadataCatalog

    root = _project(tmp_path, monkeypatch)
    for name in [key for key in os.environ if key.startswith("OFSC_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no user config is read
    served = {**BASE, "paths": {f"{CORE}/users": BASE["paths"][f"{CORE}/users"]}}
    with Simulator(activities=1) as sim:
        sim.app.metadata_catalog = MetadataCatalog(served)
        settings = sim.client_settings()
        monkeypatch.setenv("OFSC_INSTANCE", settings["instance"])
        monkeypatch.setenv("OFSC_CLIENT_ID", settings["client_id"])
        monkeypatch.setenv("OFSC_CLIENT_SECRET", settings["client_secret"])
        monkeypatch.setenv("OFSC_BASE_URL", settings["base_url"])
        target = tmp_path / "out.json"

        notes = fetch_from_tenant(target, root=root)

        assert sim.requests.count("GET", f"{CORE}/metadata-catalog") == 1
    assert notes[0] == f"fetched from the tenant: {CORE}"
    assert f"{CORE}/users" in json.loads(target.read_text(encoding="utf-8"))["paths"]
