"""Over real loopback HTTP with uvicorn on a free port."""

from __future__ import annotations

import httpx
import pytest

from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.__main__ import build_parser


def test_serves_on_loopback_with_faults_and_drops(contract: Contract) -> None:
    with Simulator(contract=contract) as sim:
        assert sim.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=sim.base_url) as client:
            token = client.post(
                "/rest/oauthTokenService/v2/token",
                data={"grant_type": "client_credentials"},
                headers={"Authorization": sim.basic_auth},
            ).json()["access_token"]
            bearer = {"Authorization": f"Bearer {token}"}
            assert client.get("/rest/ofscCore/v1/users/admin", headers=bearer).status_code == 200
            client.post(
                "/__admin/faults",
                json={"route": "/rest/ofscCore/v1/users/{login}", "drop_connection": True, "times": 1},
            )
            with pytest.raises(httpx.RemoteProtocolError):
                client.get("/rest/ofscCore/v1/users/admin", headers=bearer)
            assert client.get("/rest/ofscCore/v1/users/admin", headers=bearer).status_code == 200
        assert sim.requests.count(route="/rest/ofscCore/v1/users/{login}") == 3
        assert sim.token_requests == 1
    assert not sim.running


def test_cli_defaults() -> None:
    args = build_parser().parse_args([])
    assert args.port == 8765 and args.activities == 300
