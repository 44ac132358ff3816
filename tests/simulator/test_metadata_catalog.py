"""metadata-catalog without Oracle's spec file: every family's Swagger 2.0 document, rebuilt from the
generated contract, with the same operations the client was generated from."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from codegen.tenant import fetch_parts
from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.metadata_catalog import CATALOG_SPEC_ENV
from ofsc_overlay.testing.rebuilt_spec import REBUILT_MARK
from ofsc_overlay.testing.served_spec import FAMILIES, describe, pinned_version

_PREFIX = re.compile(r"^(/rest/[^/]+/v\d+)/")


@pytest.fixture
def sim(contract: Contract, monkeypatch: pytest.MonkeyPatch) -> Simulator:
    monkeypatch.delenv(CATALOG_SPEC_ENV, raising=False)
    return Simulator(contract=contract, activities=5)


def _prefixes(contract: Contract) -> list[str]:
    return sorted({m.group(1) for op in contract.operations if (m := _PREFIX.match(op.path))})


def _documents(sim: Simulator, contract: Contract) -> dict[str, Any]:
    with sim.http_client() as http:
        answers = {prefix: http.get(f"{prefix}/metadata-catalog") for prefix in _prefixes(contract)}
    assert {prefix: r.status_code for prefix, r in answers.items()} == dict.fromkeys(answers, 200)
    return {prefix: r.json() for prefix, r in answers.items()}


def test_every_family_is_served_without_the_spec(sim: Simulator, contract: Contract) -> None:
    documents = _documents(sim, contract)
    version = contract.document["info"]["version"]
    for prefix, doc in documents.items():
        assert (doc["swagger"], doc["host"], doc["basePath"]) == ("2.0", "localhost", prefix)
        assert doc["info"]["version"] == version and REBUILT_MARK in doc["info"]
        assert doc["paths"] and all(not path.startswith("/rest/") for path in doc["paths"])
    with sim.http_client() as http:
        assert http.get("/rest/ofscNowhere/v1/metadata-catalog").status_code == 404
        http.headers.pop("Authorization")
        assert http.get(f"{_prefixes(contract)[0]}/metadata-catalog").status_code == 401


def test_the_documents_hold_every_operation_with_its_parameters_and_schemas(
    sim: Simulator, contract: Contract
) -> None:
    documents = _documents(sim, contract)
    served: dict[tuple[str, str], dict[str, Any]] = {}
    for prefix, doc in documents.items():
        for path, item in doc["paths"].items():
            for method, operation in item.items():
                served[(method.upper(), prefix + path)] = operation
    assert set(served) == {(op.method, op.path) for op in contract.operations}
    for op in contract.operations:
        operation = served[(op.method, op.path)]
        params = operation.get("parameters", [])
        assert {(p["name"], p["in"]) for p in params if p["in"] in ("path", "query", "header")} == {
            (p.name, p.location) for p in op.params
        }
        if op.body_media == "application/json":
            assert operation["consumes"] == ["application/json"]
            assert [p["in"] for p in params if p["in"] == "body"] == ["body"]
        assert str(op.success_status) in operation["responses"]
        text = json.dumps(operation)
        assert "#/components/" not in text and "x-ofsc-format" not in text
        for ref in re.findall(r'"#/definitions/([^"]+)"', text):
            assert ref in documents[_PREFIX.match(op.path).group(1)]["definitions"]  # type: ignore[union-attr]


def test_the_served_spec_report_finds_the_pinned_version_and_operations(sim: Simulator) -> None:
    with sim.http_client() as http:
        for family in FAMILIES:
            response = http.get(f"/rest/{family}/v1/metadata-catalog")
            line = describe(family, response.status_code, response.content, pinned=pinned_version())
            # (the v1 document only: an operation of another version counts as "not on the tenant")
            assert "(same version)" in line and "new on the tenant 0," in line, line


def test_a_spec_upgrade_from_the_simulator_learns_nothing_from_a_rebuilt_document(
    sim: Simulator, contract: Contract
) -> None:
    """`fetch-spec --from tenant` takes a rebuilt family as not served: it is our own contract."""
    with httpx.Client(
        base_url="http://ofsc.test", transport=sim.transport(), headers={"Authorization": sim.basic_auth}
    ) as http:
        assert fetch_parts(http, _prefixes(contract)) == {}
