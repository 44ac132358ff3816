"""The read-only live check (tests/live, ``make test-live``) run for real: pytest in a subprocess against the
simulator serving on 127.0.0.1, its settings in ``OFSC_*`` variables as a user would give them."""

from __future__ import annotations

import base64
import datetime
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ofsc_overlay.testing import SeedConfig, Simulator
from ofsc_overlay.testing.live import SKIP_LINE

ROOT = Path(__file__).resolve().parents[2]
LIVE_TESTS = str(ROOT / "tests" / "live")
#: The simulator's access tokens: none may appear in the output.
SIM_TOKEN = re.compile(r"sim-[A-Za-z0-9_\-]{16,}")


@pytest.fixture(scope="module")
def live_sim() -> Iterator[Simulator]:
    # Activities dated today (the check asks for today's work), and a secret no other test uses.
    seed = SeedConfig(activities=40, days=1, start_date=datetime.date.today())
    with Simulator(seed=seed, client_secret=f"live-{secrets.token_hex(12)}") as sim:
        yield sim


@pytest.fixture
def sim(live_sim: Simulator) -> Simulator:
    live_sim.clear_faults()
    live_sim.requests.clear()
    return live_sim


def _env(tmp_path: Path, sim: Simulator | None, **extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("OFSC_")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "no-config")  # never the developer's own config.toml
    if sim is not None:
        env.update(
            OFSC_BASE_URL=sim.base_url,
            OFSC_INSTANCE=sim.credentials.instance,
            OFSC_CLIENT_ID=sim.credentials.client_id,
            OFSC_CLIENT_SECRET=sim.credentials.client_secret,
            OFSC_AUTH="oauth2",
        )
    env.update(extra)
    return env


def _pytest(*args: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _report(output: str) -> str:
    start = output.index("OFSC live check report")
    return output[output.rindex("\n", 0, start) + 1 :]


def _assert_no_secret(output: str, sim: Simulator) -> None:
    credentials = sim.credentials
    basic = base64.b64encode(f"{credentials.username}:{credentials.client_secret}".encode()).decode()
    assert credentials.client_secret not in output
    assert basic not in output
    assert not SIM_TOKEN.search(output)


def _only_reads(sim: Simulator) -> None:
    sent = sim.requests.counts()
    assert sent, "the check sent nothing"
    writes = [key for key in sent if not key.startswith("GET ")]
    assert writes == ["POST /rest/oauthTokenService/v2/token"], writes


def test_live_check_passes_against_the_simulator(
    sim: Simulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _pytest("-m", "live", LIVE_TESTS, env=_env(tmp_path, sim))
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    report = _report(run.stdout)
    with capsys.disabled():
        print("\n" + report)

    outcomes = re.findall(r"^(passed|failed|skipped|refused) +(test_\S+)", report, re.MULTILINE)
    assert ("skipped", "test_bearer_token") in outcomes  # the settings give a client secret, not a token
    assert not [name for outcome, name in outcomes if outcome != "passed" and name != "test_bearer_token"]
    for name in (
        "test_basic_auth",
        "test_oauth2_token_obtained_and_refreshed_when_expired",
        "test_resources",
        "test_users",
        "test_activities_today_on_a_resource",
        "test_work_zones",
        "test_activity_types",
        "test_properties",
        "test_capacity_areas",
        "test_statistics",
        "test_unknown_id_is_404",
        "test_paging_sequential",
        "test_paging_concurrent_async",
        "test_served_spec_version",
        "test_guard_refuses_writes[POST]",
        "test_guard_refuses_a_facade_write",
    ):
        assert ("passed", name) in outcomes, name
    assert re.search(r"GET /rest/ofscCore/v1/users -> 200 \d+ ms \[Basic\]", report)
    assert re.search(r"POST /rest/oauthTokenService/v2/token -> 200 \d+ ms", report)
    assert "POST /rest/ofscCore/v1/activities -> REFUSED" in report
    assert "refused by the tenant (403):\n  none" in report
    assert "unknown fields per model" in report
    assert re.search(r"ofscCore: (not served \(404\)|served \S+)", report)
    if datetime.date.today().weekday() < 5:  # the seed puts activities on weekdays only
        assert re.search(r"activities: [1-9]\d* today", report)
    _only_reads(sim)
    _assert_no_secret(output, sim)


def test_a_403_is_reported_as_refused_naming_the_permission(sim: Simulator, tmp_path: Path) -> None:
    sim.add_fault(route="/rest/ofscStatistics/*", method="GET", statuses=[403], times=100)
    sim.add_fault(route="/rest/ofscCore/v1/users", method="GET", statuses=[401])  # basic auth's one call
    env = _env(tmp_path, sim)
    base_url = env.pop("OFSC_BASE_URL")  # given as the pytest option instead
    selected = ("-k", "statistics or spec or basic")
    run = _pytest("-m", "live", LIVE_TESTS, *selected, "--base-url", base_url, env=env)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output  # a refusal is reported, not failed
    report = _report(run.stdout)
    assert re.search(r"^refused\s+test_statistics$", report, re.MULTILINE), report
    refused = report.split("refused by the tenant (403):\n", 1)[1].split("\n\n", 1)[0]
    assert refused.startswith("  test_statistics: GET /rest/ofscStatistics/v1/activityDurationStats -> 403")
    assert "OFSC says: Forbidden; Injected fault" in refused  # title and detail of OFSC's error body
    assert "the application needs: Statistics API (read)" in refused
    assert "ofscStatistics: refused (403)" in report
    # Basic is not the configured scheme (OAuth2 is): the tenant refusing it is reported, not failed.
    basic_refused = r"^skipped +test_basic_auth  \(the tenant refused sign-in with basic \(401"
    assert re.search(basic_refused, report, re.MULTILINE)
    _assert_no_secret(output, sim)


def test_without_settings_one_line_and_exit_0(tmp_path: Path) -> None:
    run = _pytest("-m", "live", LIVE_TESTS, env=_env(tmp_path, None))
    assert run.returncode == 0, run.stdout + run.stderr  # not pytest's 5 ("no tests ran")
    assert [line for line in run.stdout.splitlines() if line.strip()] == [SKIP_LINE]


def test_incomplete_settings_are_an_error_not_a_skip(tmp_path: Path) -> None:
    run = _pytest("-m", "live", LIVE_TESTS, env=_env(tmp_path, None, OFSC_INSTANCE="acme"))
    assert run.returncode == pytest.ExitCode.USAGE_ERROR
    assert "Missing setting 'client_id'" in run.stderr


def test_a_write_fails_the_test_even_when_it_catches_the_refusal(sim: Simulator, tmp_path: Path) -> None:
    (tmp_path / "test_sneaky.py").write_text(
        "import pytest\n"
        "pytestmark = pytest.mark.live\n"
        "def test_sneaky_write(live):\n"
        "    try:\n"
        "        live.client().core.update_activity(activity_id=1, body={'customerName': 'x'})\n"
        "    except Exception:\n"
        "        pass\n",
        encoding="utf-8",
    )
    # Settings from a config.toml profile this time.
    config = tmp_path / "config" / "ofsc" / "config.toml"
    config.parent.mkdir(parents=True)
    creds = sim.credentials
    config.write_text(
        f'[profiles.sim]\nbase_url = "{sim.base_url}"\ninstance = "{creds.instance}"\n'
        f'client_id = "{creds.client_id}"\nclient_secret = "{creds.client_secret}"\n',
        encoding="utf-8",
    )
    env = _env(tmp_path, None, XDG_CONFIG_HOME=str(tmp_path / "config"), OFSC_PROFILE="sim")
    run = _pytest("-p", "ofsc_overlay.testing.live", "test_sneaky.py", cwd=tmp_path, env=env)
    output = run.stdout + run.stderr
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, output
    assert "WriteRefused: the test tried to write (PATCH /rest/ofscCore/v1/activities/1)" in output
    report = _report(run.stdout)
    assert re.search(r"^failed +test_sneaky_write", report, re.MULTILINE)
    assert f"target {sim.base_url} (auth basic)" in report  # the profile's settings
    assert sim.requests.count("PATCH") == 0  # refused before it left the process


def test_the_default_run_leaves_the_live_tests_out_even_with_settings(sim: Simulator, tmp_path: Path) -> None:
    # `make test` in a shell that has a tenant configured must not run anything against it.
    run = _pytest("--collect-only", env=_env(tmp_path, sim))
    assert run.returncode == 0, run.stdout + run.stderr
    collected = run.stdout.splitlines()
    assert any(line.startswith("tests/unit/") for line in collected)
    assert not [line for line in collected if line.startswith("tests/live/")]
    assert re.search(r"\(\d+ deselected\)", run.stdout)
