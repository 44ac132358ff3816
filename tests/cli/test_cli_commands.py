"""``ofsc <group> <operation>`` in-process against the simulator over loopback: options, bodies, output,
errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from _cli_helpers import Invoker

from ofsc_overlay.testing import Simulator

ACTIVITIES = "/rest/ofscCore/v1/activities"


def first_activity_id(sim: Simulator) -> int:
    return int(sim.example_path_params()["activityId"])


def test_get_prints_the_answer_as_json_off_a_terminal(ofsc: Invoker, sim: Simulator) -> None:
    activity_id = first_activity_id(sim)
    result = ofsc("core", "get-activity", "--activity-id", str(activity_id))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["activityId"] == activity_id
    assert result.stdout.startswith("{\n")  # indented
    assert sim.requests.count("GET", ACTIVITIES + "/{activityId}") == 1


def test_table_is_the_default_on_a_terminal(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc("core", "get-activity", "--activity-id", str(first_activity_id(sim)), tty=True)
    assert result.exit_code == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert header.split() == ["field", "value"] and set(rule) <= {"-", " "}
    assert any(row.split()[0] == "activityId" for row in rows)


def test_table_of_a_listing_with_chosen_columns(ofsc: Invoker) -> None:
    result = ofsc(
        "metadata", "get-workzones", "--limit", "3", "-o", "table", "--columns", "workZoneLabel,status"
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["workZoneLabel", "status"]
    assert len(lines) == 2 + 3


def test_root_output_options_are_the_commands_defaults(ofsc: Invoker) -> None:
    result = ofsc(
        "--output", "jsonl", "--query", "items[].workZoneLabel", "metadata", "get-workzones", "--limit", "2"
    )
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == ["ZONE_01", "ZONE_02"]


def test_jsonl_writes_a_listings_items_one_per_line(ofsc: Invoker) -> None:
    result = ofsc("metadata", "get-workzones", "--limit", "4", "-o", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all(json.loads(line)["workZoneLabel"] for line in lines)


def test_raw_writes_the_body_as_received(ofsc: Invoker) -> None:
    result = ofsc("metadata", "get-workzones", "--limit", "1", "-o", "raw")
    assert result.exit_code == 0
    assert "\n" not in result.stdout.rstrip("\n")  # the server's compact JSON, untouched
    assert json.loads(result.stdout)["items"][0]["workZoneLabel"] == "ZONE_01"
    queried = ofsc(
        "metadata", "get-workzones", "--limit", "1", "-o", "raw", "--query", "items[0].workZoneLabel"
    )
    assert queried.stdout == "ZONE_01\n"  # strings unquoted, like jq -r


def test_query_selects_with_jmespath_and_a_bad_expression_is_a_usage_error(
    ofsc: Invoker, sim: Simulator
) -> None:
    result = ofsc(
        "metadata", "get-workzones", "--limit", "3", "--query", "items[?status=='active'].workZoneLabel"
    )
    assert json.loads(result.stdout) == ["ZONE_01", "ZONE_02", "ZONE_03"]
    bad = ofsc("metadata", "get-workzones", "--query", "items[?")
    assert bad.exit_code == 2
    assert "not a valid JMESPath expression" in bad.stderr
    assert sim.requests.count("GET", "/rest/ofscMetadata/v1/workZones") == 1  # the bad one sent nothing


def test_array_options_repeat_or_take_commas(ofsc: Invoker, sim: Simulator) -> None:
    for args in (
        ["--resources", "TECH_NORTH_01,TECH_NORTH_02"],
        ["--resources", "TECH_NORTH_01", "--resources", "TECH_NORTH_02"],
    ):
        sim.requests.clear()
        result = ofsc("core", "get-activities", *args, "--limit", "1")
        assert result.exit_code == 0, result.stderr
        (logged,) = sim.requests.entries
        assert "resources=TECH_NORTH_01%2CTECH_NORTH_02" in logged.query


def test_choices_and_types_are_checked_before_sending(ofsc: Invoker, sim: Simulator) -> None:
    not_a_choice = ofsc("core", "get-activities", "--include-children", "bogus")
    assert not_a_choice.exit_code == 2
    assert "'bogus' is not one of 'none', 'immediate', 'all'" in not_a_choice.stderr
    not_an_item = ofsc("core", "get-resources", "--expand", "inventories,bogus")
    assert not_an_item.exit_code == 2
    assert "'bogus' is not one of 'inventories'" in not_an_item.stderr
    not_an_int = ofsc("core", "get-activity", "--activity-id", "abc")
    assert not_an_int.exit_code == 2
    assert "is not a valid integer" in not_an_int.stderr
    missing = ofsc("core", "get-activity", "--output", "json")
    assert missing.exit_code == 2
    assert "--activity-id" in missing.stderr
    assert sim.requests.entries == []


def test_boolean_options_are_flags(ofsc: Invoker, sim: Simulator) -> None:
    for flag, wire in (
        ("--aggregate-results", "aggregateResults=true"),
        ("--no-aggregate-results", "aggregateResults=false"),
    ):
        sim.requests.clear()
        result = ofsc("capacity", "get-capacity", "--dates", "2026-11-27", flag)
        assert result.exit_code == 0, result.stderr
        (logged,) = sim.requests.entries
        assert wire in logged.query


def test_body_text_file_and_stdin(ofsc: Invoker, sim: Simulator, tmp_path: Path) -> None:
    body = {"resourceId": "TECH_NORTH_01", "activityType": "LU", "date": "2026-11-27"}
    path = tmp_path / "activity.json"
    path.write_text(json.dumps(body))
    ids = []
    for args, stdin in (
        (["--body", json.dumps(body)], None),
        (["--body", f"@{path}"], None),
        (["--body", "-"], json.dumps(body)),
    ):
        result = ofsc("core", "create-activity", *args, input=stdin)
        assert result.exit_code == 0, result.stderr
        created = json.loads(result.stdout)
        assert created["resourceId"] == "TECH_NORTH_01"
        ids.append(created["activityId"])
    assert len(set(ids)) == 3
    assert all(activity_id in sim.state.activities for activity_id in ids)


def test_patch_sends_only_the_fields_given(ofsc: Invoker, sim: Simulator) -> None:
    activity_id = first_activity_id(sim)
    before = dict(sim.state.activities[activity_id])
    result = ofsc(
        "core", "update-activity", "--activity-id", str(activity_id), "--body", '{"customerName": "Ada"}'
    )
    assert result.exit_code == 0, result.stderr
    after = sim.state.activities[activity_id]
    assert after["customerName"] == "Ada"
    assert {k: v for k, v in after.items() if k != "customerName"} == {
        k: v for k, v in before.items() if k != "customerName"
    }


def test_bad_bodies_are_usage_errors_and_send_nothing(ofsc: Invoker, sim: Simulator, tmp_path: Path) -> None:
    cases = [
        (["--body", "{not json"], "is not valid JSON"),
        (["--body", f"@{tmp_path / 'missing.json'}"], "cannot read"),
        (["--body", '{"date": "2026-11-27"}'], "missing required field(s) activityType, resourceId"),
    ]
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    cases.append((["--body", f"@{binary}"], "not UTF-8"))
    for args, message in cases:
        result = ofsc("core", "create-activity", *args)
        assert result.exit_code == 2, (args, result.stderr)
        assert message in result.stderr
        assert result.stderr.startswith("ofsc: error: ")
    assert sim.requests.entries == []


def test_api_error_is_one_line_exit_1_and_debug_adds_the_body(ofsc: Invoker) -> None:
    result = ofsc("core", "get-activity", "--activity-id", "1")
    assert result.exit_code == 1
    assert result.stderr.startswith("ofsc: error: 404: Not Found")
    assert len(result.stderr.strip().splitlines()) == 1
    debug = ofsc("--debug", "core", "get-activity", "--activity-id", "1")
    assert debug.exit_code == 1
    error_line = debug.stderr.index("ofsc: error: 404")
    body = debug.stderr[debug.stderr.index("\n", error_line) + 1 :]
    assert json.loads(body)["status"] == "404"
    assert "GET /rest/ofscCore/v1/activities/1" in debug.stderr  # the library's request log
    assert "demo-secret" not in debug.stderr
    assert "Authorization" not in debug.stderr or "***" in debug.stderr


def test_connection_failure_exits_3(ofsc: Invoker) -> None:
    from ofsc_overlay.testing import free_port

    result = ofsc(
        "--max-retries", "0", "metadata", "get-workzones", OFSC_BASE_URL=f"http://127.0.0.1:{free_port()}"
    )
    assert result.exit_code == 3
    assert result.stderr.startswith("ofsc: error: Connection failed")


def test_missing_settings_exit_4_naming_the_setting(ofsc_bare: Invoker) -> None:
    result = ofsc_bare("metadata", "get-workzones")
    assert result.exit_code == 4
    assert "OFSC_INSTANCE" in result.stderr or "instance" in result.stderr
    profile = ofsc_bare("--profile", "nope", "metadata", "get-workzones")
    assert profile.exit_code == 4
    assert "Profile 'nope'" in profile.stderr


def test_secrets_are_never_printed(ofsc: Invoker, sim: Simulator) -> None:
    results = [
        ofsc("--debug", "core", "get-activity", "--activity-id", str(first_activity_id(sim))),
        ofsc("--debug", "--auth", "oauth2", "metadata", "get-workzones", "--limit", "1"),
        ofsc(
            "--debug", "core", "get-activity", "--activity-id", "1", OFSC_CLIENT_SECRET="wrong-secret-value"
        ),
    ]
    assert results[0].exit_code == 0 and results[1].exit_code == 0 and results[2].exit_code == 1
    for result in results:
        for secret in ("demo-secret", "wrong-secret-value"):
            assert secret not in result.stdout + result.stderr


def test_in_process_simulator(ofsc_bare: Invoker) -> None:
    result = ofsc_bare(
        "--simulator", "metadata", "get-workzones", "--limit", "2", "--query", "items[].workZoneLabel"
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == ["ZONE_01", "ZONE_02"]
    paged = ofsc_bare(
        "--simulator", "core", "get-activities", "--all", "--max-items", "3", "--concurrency", "2"
    )
    assert paged.exit_code == 0, paged.stderr
    assert len(paged.stdout.splitlines()) == 3
    who = ofsc_bare("--simulator", "whoami")
    assert who.stdout == "OK: demo-client@sim on http://in-process.simulator (basic, profile default)\n"
