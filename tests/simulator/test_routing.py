from __future__ import annotations

from pathlib import Path

import httpx

from codegen.lock import load_lock
from ofsc_overlay.testing import Contract
from ofsc_overlay.testing.routing import Router

CORE = "/rest/ofscCore/v1"


def test_fixed_segment_beats_property_label(contract: Contract) -> None:
    router = Router(contract.operations)
    match = router.match("GET", f"{CORE}/activities/42/submittedForms")
    assert match is not None and match.operation is not None
    assert match.operation.path == f"{CORE}/activities/{{activityId}}/submittedForms"
    generic = router.match("GET", f"{CORE}/activities/42/XA_PHOTO")
    assert generic is not None and generic.operation is not None
    assert generic.operation.path == f"{CORE}/activities/{{activityId}}/{{propertyLabel}}"
    assert generic.path_params == {"activityId": "42", "propertyLabel": "XA_PHOTO"}


def test_every_template_routes_to_itself(contract: Contract) -> None:
    router = Router(contract.operations)
    for op in contract.operations:
        concrete = op.path.replace("{", "").replace("}", "")  # literal-looking values still match
        match = router.match(op.method, op.path)
        assert match is not None and match.operation is op, op.path
        routed = router.match(op.method, concrete)
        assert routed is not None and routed.operation is op, (op.path, concrete)
        names = [part[1:-1] for part in op.path.split("/") if part.startswith("{")]
        assert routed.path_params == {name: name for name in names}, op.path


def test_unknown_path_is_404_and_wrong_method_is_405(http: httpx.Client) -> None:
    missing = http.get("/rest/ofscCore/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.json()["status"] == "404"
    wrong = http.post("/rest/ofscMetadata/v1/workZoneKey")
    assert wrong.status_code == 405
    assert "GET" in wrong.headers["allow"]


def test_contract_has_every_operation_once(contract: Contract) -> None:
    locked = load_lock(Path(__file__).resolve().parents[2] / "swagger" / "spec.lock").operations
    assert len(contract.operations) == locked
    assert len({op.key for op in contract.operations}) == locked
