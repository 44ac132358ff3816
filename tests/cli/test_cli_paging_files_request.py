"""``--all`` paging, binary uploads and downloads, ``ofsc request`` and ``ofsc operations``, in-process
against the simulator over loopback."""

from __future__ import annotations

import io
import json
from pathlib import Path

from _cli_helpers import Invoker

from ofsc_overlay.cli.paging import Progress
from ofsc_overlay.testing import Simulator

ACTIVITIES = "/rest/ofscCore/v1/activities"


def test_all_streams_jsonl_off_a_terminal_and_stops_at_max_items(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc("core", "get-activities", "--all", "--limit", "7", "--max-items", "10")
    assert result.exit_code == 0, result.stderr
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(items) == 10
    assert len({item["activityId"] for item in items}) == 10
    assert sim.requests.count("GET", ACTIVITIES) == 2  # 7 + 3 of the second page: no third request
    assert result.stderr == ""  # no progress line when stderr is not a terminal


def test_max_items_with_concurrency_reads_no_page_past_it(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc("core", "get-activities", "--limit", "7", "--max-items", "10", "--concurrency", "4")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 10
    assert sim.requests.count("GET", ACTIVITIES) == 2  # the read-ahead plan stops at --max-items too


def test_all_walks_every_page_in_order_with_concurrency(ofsc: Invoker, sim: Simulator) -> None:
    sequential = ofsc("core", "get-activities", "--all", "--limit", "25", "--query", "activityId")
    parallel = ofsc(
        "core", "get-activities", "--all", "--limit", "25", "--concurrency", "4", "--query", "activityId"
    )
    assert sequential.exit_code == parallel.exit_code == 0, parallel.stderr
    ids = [int(line) for line in sequential.stdout.splitlines()]
    assert ids == [int(line) for line in parallel.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == len(sim.state.activities)


def test_all_collects_for_json_and_table(ofsc: Invoker) -> None:
    as_json = ofsc(
        "metadata", "get-workzones", "--all", "--limit", "5", "-o", "json", "--query", "[].workZoneLabel"
    )
    labels = json.loads(as_json.stdout)
    assert labels[:2] == ["ZONE_01", "ZONE_02"] and len(labels) > 5
    table = ofsc("metadata", "get-workzones", "--max-items", "6", "-o", "table", "--columns", "workZoneLabel")
    assert table.stdout.splitlines()[2:] == [f"ZONE_{n:02d}" for n in range(1, 7)]


def test_all_with_an_offset_resumes_the_walk_there(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc("metadata", "get-workzones", "--all", "--offset", "5", "-o", "jsonl")
    assert result.exit_code == 0, result.stderr
    labels = [json.loads(line)["workZoneLabel"] for line in result.stdout.splitlines()]
    assert labels[0] == "ZONE_06" and "ZONE_05" not in labels
    assert "offset=5" in sim.requests.entries[0].query


def test_all_shows_progress_on_a_terminal_stderr(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc("core", "get-activities", "--all", "--limit", "25", stderr_tty=True)
    assert result.exit_code == 0, result.stderr
    total = len(sim.state.activities)
    pages = sim.requests.count("GET", ACTIVITIES)  # every request of the walk is a page
    assert pages >= -(-total // 25)
    last = result.stderr.rstrip("\n").split("\r\x1b[2K")[-1]
    assert last.startswith(f"{total} items, {pages} pages, ")
    assert last.endswith(" items/s")
    assert len(result.stdout.splitlines()) == total  # progress never goes to stdout


def test_progress_counts_items_pages_and_rate_on_a_terminal() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=lambda: now[0])
    progress.page()
    for _ in range(100):
        progress.item()
    now[0] = 2.0
    progress.page()
    progress.finish()
    assert stream.getvalue().endswith("\r\x1b[2K100 items, 2 pages, 50 items/s\n")
    quiet = io.StringIO()
    off = Progress(quiet, enabled=False)
    off.item()
    off.finish()
    assert quiet.getvalue() == ""


def test_binary_upload_and_download_round_trip(ofsc: Invoker, sim: Simulator, tmp_path: Path) -> None:
    activity_id = str(sim.example_path_params()["activityId"])
    payload = bytes(range(256)) * 4
    upload = tmp_path / "photo.bin"
    upload.write_bytes(payload)
    common = ["--activity-id", activity_id, "--property-label", "csign"]
    stored = ofsc("core", "set-activity-file-property", *common, "--body-file", str(upload))
    assert stored.exit_code == 0, stored.stderr
    target = tmp_path / "out.bin"
    fetched = ofsc("core", "get-activity-file-property", *common, "--output-file", str(target))
    assert fetched.exit_code == 0, fetched.stderr
    assert target.read_bytes() == payload
    assert f"wrote {len(payload)} bytes" in fetched.stderr
    to_pipe = ofsc("core", "get-activity-file-property", *common, "--output-file", "-")
    assert to_pipe.stdout_bytes == payload


def test_binary_download_needs_a_file_and_refuses_a_terminal(
    ofsc: Invoker, sim: Simulator, tmp_path: Path
) -> None:
    common = ["--activity-id", str(sim.example_path_params()["activityId"]), "--property-label", "csign"]
    missing = ofsc("core", "get-activity-file-property", *common)
    assert missing.exit_code == 2
    assert "--output-file PATH" in missing.stderr
    terminal = ofsc("core", "get-activity-file-property", *common, "--output-file", "-", tty=True)
    assert terminal.exit_code == 2
    assert "refusing to write binary data to a terminal" in terminal.stderr
    unwritable = ofsc(
        "core", "get-activity-file-property", *common, "--output-file", str(tmp_path / "no" / "x")
    )
    assert unwritable.exit_code == 1
    assert "cannot write" in unwritable.stderr
    assert sim.requests.count("GET") == 1  # only the last one was sent
    unreadable = ofsc("core", "set-activity-file-property", *common, "--body-file", str(tmp_path / "none"))
    assert unreadable.exit_code == 2
    assert "--body-file: cannot read" in unreadable.stderr


def test_request_any_path_through_the_same_client(ofsc: Invoker, sim: Simulator) -> None:
    result = ofsc(
        "request", "get", "/rest/ofscCore/v1/users", "--param", "limit=2", "--query", "items[].login"
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    (logged,) = sim.requests.entries
    assert logged.query == "limit=2"
    created = ofsc(
        "request",
        "POST",
        ACTIVITIES,
        "--body",
        '{"resourceId": "TECH_NORTH_01", "activityType": "LU"}',
        "-H",
        "X-Trace: cli-test",
    )
    assert created.exit_code == 0, created.stderr
    assert json.loads(created.stdout)["activityId"] in sim.state.activities
    both = ofsc(
        "request",
        "GET",
        "/rest/ofscCore/v1/users",
        "--query",
        "limit=1",
        "--query",
        "items[?login=='admin'].login",
    )
    assert json.loads(both.stdout) == ["admin"]
    assert sim.requests.entries[-1].query == "limit=1"
    missing = ofsc("request", "GET", "/rest/ofscCore/v1/activities/1")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("ofsc: error: 404: Not Found")


def test_request_binary_both_ways(ofsc: Invoker, sim: Simulator, tmp_path: Path) -> None:
    path = f"{ACTIVITIES}/{sim.example_path_params()['activityId']}/csign"
    upload = tmp_path / "in.bin"
    upload.write_bytes(b"\x00\x01binary")
    assert ofsc("request", "PUT", path, "--body-file", str(upload)).exit_code == 0
    target = tmp_path / "out.bin"
    fetched = ofsc(
        "request", "GET", path, "-H", "Accept: application/octet-stream", "--output-file", str(target)
    )
    assert fetched.exit_code == 0, fetched.stderr
    assert target.read_bytes() == b"\x00\x01binary"


def test_request_refuses_other_hosts_and_bad_arguments(ofsc: Invoker, sim: Simulator) -> None:
    for args, message in (
        (["GET", "https://evil.example/rest"], "PATH must start with '/'"),
        (["GET", "//evil.example/rest"], "PATH must start with '/'"),
        (["GET", "/x", "--param", "novalue"], "expected KEY=VALUE"),
        (["GET", "/x", "--header", "novalue"], "expected NAME:VALUE"),
        (["POST", "/x", "--body", "{}", "--body-file", "f"], "not both"),
        (["GET", "/x", "--query", "a", "--query", "b"], "one JMESPath expression at most"),
    ):
        result = ofsc("request", *args)
        assert result.exit_code == 2, args
        assert message in result.stderr
    assert sim.requests.entries == []


def test_operations_lists_and_filters_the_catalog(ofsc_bare: Invoker) -> None:
    import ofsc_overlay

    everything = json.loads(ofsc_bare("operations").stdout)
    assert len(everything) == len(ofsc_overlay.operations())
    core = json.loads(ofsc_bare("operations", "--group", "core").stdout)
    assert core and {row["group"] for row in core} == {"core"}
    found = json.loads(ofsc_bare("operations", "--search", "WORK ZONES").stdout)
    assert {"group": "metadata", "name": "get-workzones"}.items() <= next(
        row for row in found if row["name"] == "get-workzones"
    ).items()
    table = ofsc_bare("operations", "-g", "parts-catalog", tty=True).stdout.splitlines()
    assert table[0].split()[:4] == ["group", "name", "method", "path"]
    assert len(table) == 2 + len([op for op in ofsc_overlay.operations() if op.group == "parts_catalog"])


def test_multipart_fields_upload_files(ofsc: Invoker, sim: Simulator, tmp_path: Path) -> None:
    plugin = tmp_path / "plugins.xml"
    plugin.write_text("<plugins/>")
    result = ofsc("metadata", "import-plugin", "--body", json.dumps({"pluginFile": f"@{plugin}"}))
    assert result.exit_code == 0, result.stderr
    assert sim.requests.count("POST", "/rest/ofscMetadata/v1/plugins/custom-actions/import") == 1
    missing = ofsc(
        "metadata", "import-plugin", "--body", json.dumps({"pluginFile": f"@{tmp_path / 'none.xml'}"})
    )
    assert missing.exit_code == 2
    assert "field 'pluginFile': cannot read" in missing.stderr
    assert sim.requests.count("POST", "/rest/ofscMetadata/v1/plugins/custom-actions/import") == 1


def test_all_follows_the_events_cursor(ofsc: Invoker) -> None:
    subscription = ofsc("core", "create-subscription", "--body", '{"events": ["activityCreated"]}')
    created = json.loads(subscription.stdout)
    ids = []
    for _ in range(3):
        activity = ofsc(
            "core", "create-activity", "--body", '{"resourceId": "TECH_NORTH_01", "activityType": "LU"}'
        )
        ids.append(json.loads(activity.stdout)["activityId"])
    events = ofsc(
        "core",
        "get-events",
        "--subscription-id",
        created["subscriptionId"],
        "--page",
        created["nextPage"],
        "--all",
    )
    assert events.exit_code == 0, events.stderr
    seen = [json.loads(line)["activityDetails"]["activityId"] for line in events.stdout.splitlines()]
    assert seen == ids
