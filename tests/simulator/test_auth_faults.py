from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from codegen.lock import load_lock
from ofsc_overlay.testing import ManualClock, Simulator

CORE = "/rest/ofscCore/v1"
LOCKED_OPERATIONS = load_lock(Path(__file__).resolve().parents[2] / "swagger" / "spec.lock").operations
TOKEN = "/rest/oauthTokenService/v2/token"


def _token(sim: Simulator, client: httpx.Client) -> str:
    response = client.post(
        TOKEN, data={"grant_type": "client_credentials"}, headers={"Authorization": sim.basic_auth}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def test_auth_is_required_and_checked(sim: Simulator) -> None:
    with httpx.Client(transport=sim.transport(), base_url="http://ofsc.test") as client:
        assert client.get(f"{CORE}/users").status_code == 401
        wrong = client.get(f"{CORE}/users", auth=("demo-client@sim", "wrong"))
        assert wrong.status_code == 401 and wrong.json()["status"] == "401"
        assert client.get(f"{CORE}/users", auth=("demo-client@sim", "demo-secret")).status_code == 200


def test_oauth_token_lifetime_on_a_manual_clock(sim: Simulator, clock: ManualClock) -> None:
    with httpx.Client(transport=sim.transport(), base_url="http://ofsc.test") as client:
        token = _token(sim, client)
        bearer = {"Authorization": f"Bearer {token}"}
        assert client.get(f"{CORE}/users", headers=bearer).status_code == 200
        clock.advance(3601)
        expired = client.get(f"{CORE}/users", headers=bearer)
        assert expired.status_code == 401 and "expired" in expired.json()["detail"]
        assert client.get(f"{CORE}/users", headers={"Authorization": "Bearer nope"}).status_code == 401
        v1 = client.post(
            "/rest/oauthTokenService/v1/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": sim.basic_auth},
        )
        assert "token" in v1.json()
        bad = client.post(TOKEN, data={"grant_type": "client_credentials"}, auth=("x@sim", "y"))
        assert bad.status_code == 401
    assert sim.token_requests == 3


def test_expire_tokens_now(sim: Simulator) -> None:
    with httpx.Client(transport=sim.transport(), base_url="http://ofsc.test") as client:
        bearer = {"Authorization": f"Bearer {_token(sim, client)}"}
        assert sim.expire_tokens() == 1
        assert client.get(f"{CORE}/users", headers=bearer).status_code == 401


def test_status_sequence_then_pass(sim: Simulator, http: httpx.Client) -> None:
    fault = sim.add_fault(route=f"{CORE}/users", method="GET", statuses=(503, 503))
    assert [http.get(f"{CORE}/users").status_code for _ in range(3)] == [503, 503, 200]
    assert sim.requests.count("GET", f"{CORE}/users") == 3
    assert fault.fired == 2


def test_429_with_retry_after_and_globs(sim: Simulator, http: httpx.Client) -> None:
    sim.add_fault(route="*/workZones*", statuses=[429], retry_after=2)
    limited = http.get("/rest/ofscMetadata/v1/workZones")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "2"
    assert limited.json()["status"] == "429"
    assert http.get("/rest/ofscMetadata/v1/workZones").status_code == 200


def test_dropped_connection_in_process(sim: Simulator, http: httpx.Client) -> None:
    sim.add_fault(route=f"{CORE}/activities/{{activityId}}", drop_connection=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(f"{CORE}/activities/4200001")
    assert http.get(f"{CORE}/activities/4200001").status_code == 200
    assert [e.status for e in sim.requests.entries] == [None, 200]


def test_latency_and_slow_body_use_the_injected_sleep(
    sim: Simulator, clock: ManualClock, http: httpx.Client
) -> None:
    sim.add_fault(latency=0.02, slow_body=0.5, times=1)
    response = http.get(f"{CORE}/users")
    assert response.status_code == 200 and response.json()["items"]
    assert clock.slept[0] == 0.02 and clock.slept.count(0.5) == 4


def test_token_expiry_fault(sim: Simulator) -> None:
    with httpx.Client(transport=sim.transport(), base_url="http://ofsc.test") as client:
        bearer = {"Authorization": f"Bearer {_token(sim, client)}"}
        sim.add_fault(route=f"{CORE}/users", expire_tokens=True, times=1)
        assert client.get(f"{CORE}/users", headers=bearer).status_code == 401


def test_probability_is_seeded(contract: object) -> None:
    def outcomes() -> list[int]:
        sim = Simulator(contract=contract, fault_seed=7)  # type: ignore[arg-type]
        sim.add_fault(statuses=[500] * 100, probability=0.5)
        with sim.http_client() as client:
            return [client.get(f"{CORE}/users").status_code for _ in range(20)]

    first = outcomes()
    assert first == outcomes()
    assert set(first) == {200, 500}


def test_admin_endpoints(sim: Simulator, http: httpx.Client) -> None:
    added = http.post("/__admin/faults", json={"route": f"{CORE}/users", "statuses": [502]})
    assert added.status_code == 201
    assert http.get(f"{CORE}/users").status_code == 502
    assert http.get("/__admin/faults").json()["items"][0]["fired"] == 1
    log = http.get("/__admin/requests").json()
    assert log["total"] == 1 and log["counts"] == {f"GET {CORE}/users": 1}
    assert http.post("/__admin/faults", json={"nonsense": 1}).status_code == 400
    http.post(f"{CORE}/activities", json={"activityType": "REPAIR", "resourceId": "TECH_NORTH_01"})
    assert http.post("/__admin/expire-tokens").json() == {"expired": 0}
    assert http.post("/__admin/reset").status_code == 200
    assert http.get("/__admin/requests").json()["total"] == 0
    assert len(sim.state.activities) == 300
    assert http.get("/__admin/health").json()["operations"] == LOCKED_OPERATIONS


def test_async_transport(sim: Simulator) -> None:
    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=sim.async_transport(), base_url="http://ofsc.test") as client:
            return await client.get(f"{CORE}/users/admin", headers={"Authorization": sim.basic_auth})

    assert asyncio.run(fetch()).json()["login"] == "admin"
