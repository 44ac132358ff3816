"""The test kit users lean on: ready clients, typed settings, the pytest plugin (entry point, fixtures,
fresh client state per test), the command line (--host, the missing extra) and fault rules."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx

from ofsc_overlay import OFSC, AsyncOFSC
from ofsc_overlay.testing import Simulator
from ofsc_overlay.testing.__main__ import MISSING_EXTRA, build_parser

USERS = "/rest/ofscCore/v1/users"


def test_client_and_async_client_are_ready_and_in_process() -> None:
    sim = Simulator(activities=10)
    with sim.client() as client:
        assert isinstance(client, OFSC)
        assert client.core.get_user(login="admin").name == "Administrator"
    assert not sim.running  # no socket was needed

    async def use() -> str:
        async with sim.async_client("oauth2") as client:
            assert isinstance(client, AsyncOFSC)
            return str((await client.core.get_user(login="admin")).name)

    assert asyncio.run(use()) == "Administrator"
    assert sim.token_requests == 1
    assert sim.requests.count("GET", f"{USERS}/admin") == 2


def test_client_settings_build_clients_over_http() -> None:
    with Simulator(activities=10) as sim:
        settings = sim.client_settings("oauth2")
        assert settings["base_url"] == sim.base_url and settings["auth"] == "oauth2"
        with OFSC(**settings) as client:
            assert client.core.get_user(login="admin").login == "admin"


def test_fault_times_none_is_unlimited_also_with_statuses() -> None:
    sim = Simulator(activities=10)
    forever = sim.add_fault(route=USERS, method="GET", statuses=[503], times=None)
    default = sim.add_fault(route=f"{USERS}/admin", method="GET", statuses=[503, 500])
    with sim.http_client() as http:
        assert [http.get(USERS).status_code for _ in range(6)] == [503] * 6
        assert [http.get(f"{USERS}/admin").status_code for _ in range(3)] == [503, 500, 200]
    assert forever.fired == 6 and forever.times is None and default.times == 2


def test_admin_fault_with_null_times_is_unlimited() -> None:
    sim = Simulator(activities=10)
    with httpx.Client(transport=sim.transport(), base_url="http://ofsc.test") as http:
        http.post("/__admin/faults", json={"route": USERS, "statuses": [429], "times": None})
        http.post("/__admin/faults", json={"route": f"{USERS}/admin", "statuses": [429]})
        auth = {"Authorization": sim.basic_auth}
        assert {http.get(USERS, headers=auth).status_code for _ in range(4)} == {429}
        assert [http.get(f"{USERS}/admin", headers=auth).status_code for _ in range(2)] == [429, 200]


def test_host_defaults_to_loopback_and_can_be_set() -> None:
    assert build_parser().parse_args([]).host == "127.0.0.1"
    assert build_parser().parse_args(["--host", "0.0.0.0"]).host == "0.0.0.0"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ofsc_overlay.testing",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--activities",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("OFSC simulator on http://127.0.0.1:"), line
        base_url = line.split()[3]
        assert httpx.get(f"{base_url}/__admin/health").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_without_the_simulator_extra_one_line_names_it() -> None:
    script = (
        "import sys; sys.modules['uvicorn'] = None\n"
        "from ofsc_overlay.testing.__main__ import main\n"
        "sys.exit(main([]))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [MISSING_EXTRA]
    assert "ofsc-overlay[simulator]" in MISSING_EXTRA and "Traceback" not in done.stderr


_USERS_SUITE = """
import pytest
from ofsc_overlay import AsyncOFSC, CircuitOpenError, OFSC, APIStatusError
from ofsc_overlay.testing import Simulator

SIM = Simulator(activities=5)  # one simulator, one origin, for the whole module


def test_sync_fixture(ofsc_client):
    assert isinstance(ofsc_client, OFSC)
    assert ofsc_client.core.get_user(login="admin").login == "admin"


def test_async_fixture(ofsc_async_client):
    import asyncio
    assert isinstance(ofsc_async_client, AsyncOFSC)
    user = asyncio.run(ofsc_async_client.core.get_user(login="admin"))
    assert user.login == "admin"


def test_trips_the_breaker():
    SIM.add_fault(route="/rest/ofscCore/v1/users", statuses=[503] * 20)
    with SIM.client(max_retries=0, breaker_failure_threshold=2) as client:
        for _ in range(2):
            with pytest.raises(APIStatusError):
                client.core.get_users()
        with pytest.raises(CircuitOpenError):
            client.core.get_users()
    SIM.clear_faults()


def test_next_test_is_not_failed_by_that_breaker():
    with SIM.client(max_retries=0, breaker_failure_threshold=2) as client:
        assert client.core.get_users().items
"""


def _run_users_suite(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_users_suite.py").write_text(textwrap.dedent(_USERS_SUITE))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,  # no conftest.py of this project: the entry point alone provides the fixtures
    )


def test_plugin_registers_by_entry_point_and_resets_breakers(tmp_path: Path) -> None:
    done = _run_users_suite(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout
    # Without the plugin the fixtures are missing and the tripped breaker fails the next test.
    without = _run_users_suite(tmp_path, "-p", "no:ofsc_simulator")
    assert "fixture 'ofsc_client' not found" in without.stdout
    assert "CircuitOpenError" in without.stdout
