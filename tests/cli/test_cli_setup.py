"""``ofsc configure``, ``ofsc whoami``, ``ofsc completion``, help output and the missing ``cli`` extra."""

from __future__ import annotations

import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from _cli_helpers import Invoker

from ofsc_overlay.cli import MISSING_EXTRA
from ofsc_overlay.cli.configure import dump_toml
from ofsc_overlay.testing import Simulator


def test_configure_writes_a_profile_reading_the_secret_from_a_pipe(
    ofsc_bare: Invoker, tmp_path: Path
) -> None:
    config = tmp_path / "ofsc.toml"
    config.write_text('[profiles.other]\ninstance = "keep-me"\nmax_retries = 1\n')
    answers = "acme\nmy-app\noauth2\ns3cret-value\n\n"
    result = ofsc_bare("--config", str(config), "--profile", "prod", "configure", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "s3cret-value" not in result.stdout + result.stderr
    written = tomllib.loads(config.read_text())
    assert written["profiles"]["prod"] == {
        "instance": "acme",
        "client_id": "my-app",
        "auth": "oauth2",
        "client_secret": "s3cret-value",
    }
    assert written["profiles"]["other"] == {"instance": "keep-me", "max_retries": 1}
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    # Run again keeping the secret (empty answer) and adding a base URL.
    again = ofsc_bare(
        "--config", str(config), "--profile", "prod", "configure", input="\n\n\n\nhttps://acme.example.com\n"
    )
    assert again.exit_code == 0, again.stderr
    profile = tomllib.loads(config.read_text())["profiles"]["prod"]
    assert profile["client_secret"] == "s3cret-value" and profile["base_url"] == "https://acme.example.com"


def test_configure_needs_a_secret_and_a_readable_file(ofsc_bare: Invoker, tmp_path: Path) -> None:
    config = tmp_path / "ofsc.toml"
    no_secret = ofsc_bare("--config", str(config), "configure", input="acme\napp\nbasic\n\n\n")
    assert no_secret.exit_code == 4
    assert "a client secret is required" in no_secret.stderr
    assert not config.exists()
    config.write_text("not = [toml")
    broken = ofsc_bare("--config", str(config), "configure", input="")
    assert broken.exit_code == 4
    assert "cannot read" in broken.stderr


def test_configure_default_location_is_the_user_config_directory(ofsc_bare: Invoker, tmp_path: Path) -> None:
    result = ofsc_bare("configure", input="acme\napp\nbasic\nsecret\n\n")
    assert result.exit_code == 0, result.stderr
    assert tomllib.loads((tmp_path / "config" / "ofsc" / "config.toml").read_text())["profiles"]["default"]


def test_whoami_verdicts(ofsc_bare: Invoker, sim: Simulator, tmp_path: Path) -> None:
    config = tmp_path / "ofsc.toml"
    answers = f"sim\ndemo-client\nbasic\ndemo-secret\n{sim.base_url}\n"
    assert ofsc_bare("--config", str(config), "configure", input=answers).exit_code == 0
    sim.requests.clear()
    ok = ofsc_bare("--config", str(config), "whoami")
    assert ok.exit_code == 0, ok.stderr
    assert ok.stdout.startswith(f"OK: demo-client@sim on {sim.base_url} (basic, profile default)")
    assert sim.requests.count("GET", "/rest/ofscMetadata/v1/workZones") == 1
    wrong = ofsc_bare("--config", str(config), "whoami", OFSC_CLIENT_SECRET="wrong")
    assert wrong.exit_code == 1
    assert wrong.stderr.startswith("FAILED: demo-client@sim")
    assert "ofsc: error: 401" in wrong.stderr
    assert "wrong" not in wrong.stderr.replace("wrong credentials", "")


def test_completion_scripts(ofsc_bare: Invoker) -> None:
    for shell, marker in (
        ("bash", "complete -o nosort -F"),
        ("zsh", "compdef"),
        ("fish", "complete --no-files"),
    ):
        result = ofsc_bare("completion", shell)
        assert result.exit_code == 0
        assert marker in result.stdout and "_OFSC_COMPLETE" in result.stdout
    assert ofsc_bare("completion", "tcsh").exit_code == 2


def test_completion_completes_groups_operations_and_options(ofsc_bare: Invoker) -> None:
    def complete(words: str) -> list[str]:
        result = ofsc_bare(
            COMP_WORDS=words,
            COMP_CWORD=str(len(words.split()) - (0 if words.endswith(" ") else 1)),
            _OFSC_COMPLETE="bash_complete",
        )
        assert result.exit_code == 0
        return result.stdout.split()

    assert "plain,core" in complete("ofsc co")
    assert "plain,get-activity" in complete("ofsc core get-activit")
    assert "plain,--activity-id" in complete("ofsc core get-activity --act")


def test_help_lists_groups_operations_and_options(ofsc_bare: Invoker) -> None:
    root = ofsc_bare("--help")
    assert root.exit_code == 0
    assert "core" in root.stdout and "Exit codes" in root.stdout
    group = ofsc_bare("core", "--help")
    assert "get-activity" in group.stdout and "Get an activity" in group.stdout
    command = ofsc_bare("core", "get-activity", "--help")
    assert "GET /rest/ofscCore/v1/activities/{activityId}" in command.stdout
    assert "--activity-id INTEGER" in command.stdout
    assert "Oracle Field Service" in command.stdout  # the facade docstring's description of the argument
    bare = ofsc_bare("core", "get-activity")  # required options and none given: the help, and exit 2
    assert bare.exit_code == 2
    assert "--activity-id INTEGER" in bare.stdout + bare.stderr
    unknown = ofsc_bare("nope")
    assert unknown.exit_code == 2
    assert ofsc_bare("core", "nope").exit_code == 2


def test_without_the_cli_extra_one_line_names_it() -> None:
    code = (
        "import sys; sys.modules['click'] = None\n"  # as if the cli extra were not installed
        "from ofsc_overlay.cli import main; raise SystemExit(main([]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 4
    assert result.stderr == MISSING_EXTRA + "\n"
    assert "pip install 'ofsc-overlay[cli]'" in result.stderr


def test_toml_writer_round_trips() -> None:
    document = {
        "top": "level",
        "profiles": {
            "default": {"instance": "acme", "max_retries": 0, "verify": False, "timeout": 2.5},
            'we"ird name': {"headers": {"X-A": "b"}, "tags": ["a", 'q"uote'], "rules": [{"x": 1}]},
        },
    }
    assert tomllib.loads(dump_toml(document)) == document
    with pytest.raises(TypeError):
        dump_toml({"when": object()})
