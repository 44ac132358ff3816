"""The admin endpoints' less travelled paths, and the `ofsc-simulator` command
(`python -m ofsc_overlay.testing`).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.__main__ import main

CORE = "/rest/ofscCore/v1"


def test_admin_removes_faults_one_by_one_and_all_at_once(http: httpx.Client) -> None:
    added = http.post(
        "/__admin/faults",
        json=[
            {"route": f"{CORE}/users", "statuses": [502]},
            {"route": f"{CORE}/resources", "statuses": [503]},
        ],
    ).json()["items"]
    first, second = (fault["id"] for fault in added)

    assert http.delete(f"/__admin/faults/{first}").status_code == 204
    assert [fault["id"] for fault in http.get("/__admin/faults").json()["items"]] == [second]
    gone = http.delete(f"/__admin/faults/{first}")
    assert gone.status_code == 404 and gone.json()["detail"] == f"No fault {first}"
    assert http.delete("/__admin/faults/not-a-number").status_code == 404
    assert http.get(f"{CORE}/users").status_code == 200  # the removed fault no longer fires

    assert http.delete("/__admin/faults").status_code == 204
    assert http.get("/__admin/faults").json() == {"items": []}
    assert http.get(f"{CORE}/resources").status_code == 200


def test_admin_clears_the_log_counts_tokens_and_refuses_the_unknown(
    sim: Simulator, http: httpx.Client
) -> None:
    http.get(f"{CORE}/users")
    assert http.get("/__admin/requests").json()["total"] == 1
    assert http.delete("/__admin/requests").status_code == 204
    assert http.get("/__admin/requests").json()["total"] == 0

    http.post("/rest/oauthTokenService/v2/token", data={"grant_type": "client_credentials"})
    assert sim.token_requests == 1
    assert http.get("/__admin/tokens").json() == {"token_requests": 1}

    broken = http.post("/__admin/faults", content=b"{not json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["detail"]
    unknown = http.get("/__admin/nothing")
    assert unknown.status_code == 404 and unknown.json()["detail"] == "No admin endpoint GET /nothing"


@pytest.fixture
def restored_signals() -> Iterator[None]:
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


@pytest.mark.usefixtures("restored_signals")
def test_the_command_serves_until_sigterm(
    contract: Contract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = threading.Event()
    served: dict[str, Any] = {}
    real_start = Simulator.start

    def start(self: Simulator, timeout: float = 10.0) -> Simulator:
        result = real_start(self, timeout)
        served["sim"] = self
        started.set()
        return result

    def client_then_sigterm() -> None:
        if started.wait(timeout=60):
            sim = served["sim"]
            with httpx.Client(base_url=sim.base_url) as client:
                served["health"] = client.get("/__admin/health").json()
                served["unauthorised"] = client.get(f"{CORE}/users").status_code
        os.kill(os.getpid(), signal.SIGTERM)  # the command's handler stops it, as a service manager would

    monkeypatch.setattr(Simulator, "start", start)
    helper = threading.Thread(target=client_then_sigterm)
    helper.start()
    code = main(["--port", "0", "--activities", "12", "--instance", "acme", "--client-id", "cli"])
    helper.join()

    assert code == 0
    sim = served["sim"]
    assert not sim.running  # stopped on the signal
    assert served["health"] == {"status": "ok", "operations": len(contract.operations)}
    assert served["unauthorised"] == 401  # credentials are required unless --no-auth
    assert len(sim.state.activities) == 12
    out = capsys.readouterr().out
    assert out.startswith(f"OFSC simulator on http://127.0.0.1:{sim.port} (instance=acme, client_id=cli, ")
    assert f"{len(contract.operations)} operations, 12 activities)" in out
