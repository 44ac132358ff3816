"""The installed ``ofsc`` entry point in a subprocess against the simulator over loopback.

Few and focused (each one pays interpreter start-up): the in-process tests cover the rest.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli_helpers import entry_point_env

from ofsc_overlay.testing import Simulator

OFSC = str(Path(sys.executable).with_name("ofsc"))
ACTIVITIES = "/rest/ofscCore/v1/activities"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Simulator, dict[str, str]]]:
    with Simulator(activities=40) as sim:
        yield sim, entry_point_env(sim, tmp_path_factory.mktemp("config"))


def ofsc(env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [OFSC, *args], env=env, input=input, capture_output=True, text=True, timeout=120, check=False
    )


def test_get_create_patch(served: tuple[Simulator, dict[str, str]], tmp_path: Path) -> None:
    sim, env = served
    body = tmp_path / "activity.json"
    body.write_text(json.dumps({"resourceId": "TECH_NORTH_01", "activityType": "LU", "date": "2026-11-27"}))
    created = ofsc(env, "core", "create-activity", "--body", f"@{body}")
    assert created.returncode == 0, created.stderr
    activity_id = json.loads(created.stdout)["activityId"]
    patched = ofsc(
        env, "core", "update-activity", "--activity-id", str(activity_id), "--body", '{"customerName": "Ada"}'
    )
    assert patched.returncode == 0, patched.stderr
    fetched = ofsc(env, "core", "get-activity", "--activity-id", str(activity_id))
    assert fetched.returncode == 0, fetched.stderr
    assert json.loads(fetched.stdout)["customerName"] == "Ada"
    assert sim.state.activities[activity_id]["customerName"] == "Ada"


def test_all_with_max_items_and_table(served: tuple[Simulator, dict[str, str]]) -> None:
    _, env = served
    paged = ofsc(env, "core", "get-activities", "--all", "--limit", "4", "--max-items", "9")
    assert paged.returncode == 0, paged.stderr
    assert len([json.loads(line) for line in paged.stdout.splitlines()]) == 9
    table = ofsc(
        env,
        "--output",
        "table",
        "metadata",
        "get-workzones",
        "--limit",
        "2",
        "--columns",
        "workZoneLabel,status",
    )
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines() == [
        "workZoneLabel  status",
        "-------------  ------",
        "ZONE_01        active",
        "ZONE_02        active",
    ]


def test_binary_download(served: tuple[Simulator, dict[str, str]], tmp_path: Path) -> None:
    sim, env = served
    target = tmp_path / "file.bin"
    args = ["--activity-id", str(sim.example_path_params()["activityId"]), "--property-label", "csign"]
    result = ofsc(env, "core", "get-activity-file-property", *args, "--output-file", str(target))
    assert result.returncode == 0, result.stderr
    from ofsc_overlay import OFSC as Client

    with Client(**sim.client_settings()) as client:
        expected = client.core.get_activity_file_property(activity_id=int(args[1]), property_label="csign")
    assert target.read_bytes() == expected and expected


def test_not_found_and_validation_error(served: tuple[Simulator, dict[str, str]]) -> None:
    sim, env = served
    missing = ofsc(env, "core", "get-activity", "--activity-id", "1")
    assert missing.returncode == 1
    assert missing.stderr.startswith("ofsc: error: 404: Not Found: Activity '1' not found")
    sim.requests.clear()
    invalid = ofsc(env, "core", "create-activity", "--body", '{"date": "2026-11-27"}')
    assert invalid.returncode == 2
    assert "missing required field(s) activityType, resourceId" in invalid.stderr
    assert sim.requests.entries == []  # nothing was sent


def test_request_and_in_process_simulator(served: tuple[Simulator, dict[str, str]]) -> None:
    _, env = served
    users = ofsc(env, "request", "GET", "/rest/ofscCore/v1/users", "--query", "limit=1", "-o", "jsonl")
    assert users.returncode == 0, users.stderr
    (user,) = [json.loads(line) for line in users.stdout.splitlines()]  # jsonl: a listing's items
    assert user["login"]
    bare = {key: value for key, value in env.items() if not key.startswith("OFSC_")}
    local = ofsc(
        bare, "--simulator", "metadata", "get-workzones", "--limit", "1", "--query", "items[0].workZoneLabel"
    )
    assert local.returncode == 0, local.stderr
    assert json.loads(local.stdout) == "ZONE_01"


def test_python_dash_m_and_configure_over_a_pipe(
    served: tuple[Simulator, dict[str, str]], tmp_path: Path
) -> None:
    sim, env = served
    config = tmp_path / "config.toml"
    answers = f"{sim.credentials.instance}\ndemo-client\nbasic\ndemo-secret\n{sim.base_url}\n"
    bare = {key: value for key, value in env.items() if not key.startswith("OFSC_")}
    configure = subprocess.run(
        [sys.executable, "-m", "ofsc_overlay", "--config", str(config), "configure"],
        env=bare,
        input=answers,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        start_new_session=True,  # no controlling terminal: the secret comes from the pipe
    )
    assert configure.returncode == 0, configure.stderr
    assert "demo-secret" not in configure.stdout + configure.stderr
    whoami = ofsc(bare, "--config", str(config), "whoami")
    assert whoami.returncode == 0, whoami.stderr
    assert whoami.stdout.startswith("OK: demo-client@sim")


def test_simulator_command_serves_until_terminated(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [OFSC, "simulator", "--port", "0", "--activities", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("OFSC simulator on http://127.0.0.1:"), line + (
            process.stderr.read() if process.stderr else ""
        )
        base_url = line.split()[3]
        import httpx

        assert httpx.get(base_url + "/__admin/health", timeout=10).status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
