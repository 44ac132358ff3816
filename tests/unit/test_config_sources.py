"""Every setting from every source, the README's table checked against the code, and config traps refused."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from ofsc_overlay import OFSC, AsyncOFSC
from ofsc_overlay.config import ENV_VARS, Settings, resolve_settings
from ofsc_overlay.errors import ConfigurationError

README = Path(__file__).resolve().parents[2] / "README.md"
CREDS = {"client_id": "cid", "client_secret": "s3cr3t-value"}
# Keyword arguments of the constructors that are not settings (test hooks and wiring).
NOT_SETTINGS = {"self", "event_hooks", "transport", "settings", "sleep", "clock"}
# What the file selection itself is chosen by: not attributes of Settings.
SELECTORS = {"profile", "config"}

# One environment value per setting and the value Settings must end up with. A new setting without an
# entry here fails test_every_setting_has_an_environment_sample.
SAMPLES: dict[str, tuple[str, Any]] = {
    "instance": ("envinst", "envinst"),
    "client_id": ("envid", "envid"),
    "client_secret": ("envsecret", "envsecret"),
    "base_url": ("https://envinst.fs.ocs.oraclecloud.com/", "https://envinst.fs.ocs.oraclecloud.com"),
    "auth": ("OAuth2", "oauth2"),
    "token": ("tok-123", "tok-123"),
    "timeout": ("12.5", 12.5),
    "connect_timeout": ("4", 4.0),
    "max_retries": ("0", 0),
    "backoff_factor": ("0.25", 0.25),
    "backoff_max": ("3", 3.0),
    "retry_after_max": ("9", 9.0),
    "breaker_failure_threshold": ("11", 11),
    "breaker_reset_timeout": ("7.5", 7.5),
    "breaker_scope": ("HOST", "host"),
    "verify": ("false", False),
    "proxy": ("http://proxy.internal:3128", "http://proxy.internal:3128"),
    "trust_env": ("no", False),
    "headers": ('{"X-Tenant": "north"}', {"X-Tenant": "north"}),
    "allow_insecure": ("1", True),
    "otel": ("yes", True),
}


def constructor_settings(cls: type) -> set[str]:
    return set(inspect.signature(cls.__init__).parameters) - NOT_SETTINGS


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- every setting has an environment variable ----------------------------------------------------------


def test_every_constructor_setting_has_an_environment_variable() -> None:
    for cls in (OFSC, AsyncOFSC):
        assert constructor_settings(cls) == set(ENV_VARS), cls.__name__
    resolver_arguments = set(inspect.signature(resolve_settings).parameters) - {"env"}
    assert resolver_arguments == set(ENV_VARS)
    settings_fields = {field.name for field in Settings.__attrs_attrs__} - {"config_path"}
    assert settings_fields | SELECTORS == set(ENV_VARS)
    assert all(var == f"OFSC_{name.upper()}" for name, var in ENV_VARS.items())


def test_every_setting_has_an_environment_sample() -> None:
    assert set(SAMPLES) == set(ENV_VARS) - SELECTORS


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_environment_variable_sets_its_setting(name: str) -> None:
    raw, expected = SAMPLES[name]
    env = {
        "OFSC_INSTANCE": "acme",
        "OFSC_CLIENT_ID": "cid",
        "OFSC_CLIENT_SECRET": "secret",
        ENV_VARS[name]: raw,
    }
    if name == "token":
        env["OFSC_AUTH"] = "bearer"
    settings = resolve_settings(env=env)
    assert getattr(settings, name) == expected
    default = resolve_settings(env={"OFSC_INSTANCE": "acme", **{ENV_VARS[k]: v for k, v in CREDS.items()}})
    if name not in ("instance", "client_id", "client_secret"):
        assert getattr(default, name) != expected  # the variable, not the default, gave the value


def test_explicit_argument_wins_over_each_environment_variable() -> None:
    env = {ENV_VARS["timeout"]: "99", ENV_VARS["max_retries"]: "9", ENV_VARS["proxy"]: "http://env:1"}
    settings = resolve_settings(
        instance="acme", timeout=2.0, max_retries=1, proxy="http://arg:2", env=env, **CREDS
    )
    assert (settings.timeout, settings.max_retries, settings.proxy) == (2.0, 1, "http://arg:2")


@pytest.mark.parametrize(
    ("name", "raw", "fragment"),
    [
        ("timeout", "soon", "positive number"),
        ("max_retries", "2.5", "non-negative integer"),
        ("verify", "/no/such/ca.pem", "existing CA bundle"),
        ("proxy", "ftp://proxy", "proxy URL"),
        ("headers", "X-Tenant: north", "table of header names"),
        ("headers", '{"X-Count": 3}', "table of header names"),
        ("breaker_scope", "process", "'host', 'family', 'client'"),
        ("otel", "maybe", "true or false"),
    ],
)
def test_invalid_environment_values_name_the_variable(name: str, raw: str, fragment: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", env={ENV_VARS[name]: raw}, **CREDS)
    assert info.value.setting == name and fragment in str(info.value)
    assert f"the environment variable {ENV_VARS[name]}" in str(info.value)


# --- the README's table ---------------------------------------------------------------------------------


def readme_rows() -> list[tuple[str, str, str]]:
    """(argument, environment variable, config key) of each row of the README's configuration table."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Configuration") :]
    table = re.search(r"\n(\| setting \|.*?)\n\n", section, re.S)
    assert table is not None, "README: the configuration table is missing"
    rows = []
    for line in table.group(1).splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        match_arg = re.fullmatch(r"`(\w+)=`", cells[1])
        match_env = re.fullmatch(r"`(OFSC_\w+)`", cells[2])
        assert match_arg and match_env, f"README: unexpected row {line!r}"
        rows.append((match_arg.group(1), match_env.group(1), cells[3].strip("`")))
    return rows


def test_readme_table_lists_every_setting_with_its_variable() -> None:
    rows = readme_rows()
    assert [argument for argument, _, _ in rows] == list(dict.fromkeys(a for a, _, _ in rows)), (
        "duplicate rows"
    )
    assert {argument: var for argument, var, _ in rows} == ENV_VARS
    for argument, _, key in rows:
        if argument not in SELECTORS:
            assert key == argument, f"README: the config.toml key of {argument} should be {argument}"


# --- instance: a host name is not an instance -----------------------------------------------------------


@pytest.mark.parametrize(
    ("instance", "fix"),
    [
        ("acme.fs.ocs.oraclecloud.com", "instance='acme'"),
        ("ACME.fs.ocs.oraclecloud.com", "instance='ACME'"),
        ("acme.test.fs.ocs.oraclecloud.com", "instance='acme.test'"),
        ("acme.fs", "instance='acme'"),
        ("acme.fs.ocs", "instance='acme'"),
        ("acme.oraclecloud.com", "instance='acme'"),
    ],
)
def test_instance_with_the_oracle_host_suffix_is_refused_with_the_fix(instance: str, fix: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance=instance, env={}, **CREDS)
    message = str(info.value)
    assert info.value.setting == "instance"
    assert fix in message and "adds .fs.ocs.oraclecloud.com itself" in message
    assert "base_url='https://" in message


def test_instance_from_the_environment_names_the_variable() -> None:
    with pytest.raises(
        ConfigurationError, match="from the environment variable OFSC_INSTANCE.*instance='acme'"
    ):
        resolve_settings(
            env={
                "OFSC_INSTANCE": "acme.fs.ocs.oraclecloud.com",
                "OFSC_CLIENT_ID": "c",
                "OFSC_CLIENT_SECRET": "s",
            }
        )


def test_a_url_as_instance_points_to_base_url() -> None:
    with pytest.raises(
        ConfigurationError, match=r"pass base_url='https://acme.fs.ocs.oraclecloud.com' instead"
    ):
        resolve_settings(instance="https://acme.fs.ocs.oraclecloud.com", env={}, **CREDS)


@pytest.mark.parametrize("instance", ["acme", "acme.test", "acme-dev2", "fs", "acme.com"])
def test_ordinary_instance_names_are_accepted(instance: str) -> None:
    settings = resolve_settings(instance=instance, env={}, **CREDS)
    assert settings.base_url == f"https://{instance}.fs.ocs.oraclecloud.com"


# --- config.toml: nothing is ignored silently -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[profile.default]\ninstance = "acme"', "Unknown top-level table [profile]"),
        ('[profile.default]\ninstance = "acme"', "Did you mean [profiles.default]?"),
        ('[profils.test]\ninstance = "acme"', "Did you mean [profiles.test]?"),
        ('instance = "acme"', "Did you mean to put it in [profiles.default]?"),
        ('clientid = "app"', "Unknown top-level key 'clientid'"),
        ('clientid = "app"', "Did you mean 'client_id'?"),
        ("[tool.other]\nx = 1", "Unknown top-level table [tool]"),
        ('[profiles.default]\nclent_id = "app"', "Unknown setting 'clent_id'"),
        ('[profiles.default]\nclent_id = "app"', "Did you mean 'client_id'?"),
        ("[profiles.default]\nmax_retry = 2", "Did you mean 'max_retries'?"),
        ('[profiles]\ninstance = "acme"', "must be a table"),
    ],
)
def test_config_file_traps_fail_loudly(tmp_path: Path, text: str, fragment: str) -> None:
    path = write_config(tmp_path / "config.toml", text)
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(config=path, instance="acme", env={}, **CREDS)
    assert fragment in str(info.value)


def test_unknown_key_without_a_near_name_lists_the_known_ones(tmp_path: Path) -> None:
    path = write_config(tmp_path / "config.toml", "[profiles.default]\nzzz = 1")
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(config=path, instance="acme", env={}, **CREDS)
    assert "Did you mean" not in str(info.value) and "Known settings: " in str(info.value)


def test_every_setting_is_accepted_in_a_profile(tmp_path: Path) -> None:
    path = write_config(
        tmp_path / "config.toml",
        '[profiles.default]\ninstance = "acme"\nbreaker_scope = "client"\ntimeout = 3\n'
        'headers = { X-A = "1" }',
    )
    settings = resolve_settings(config=path, env={}, **CREDS)
    assert (settings.breaker_scope, settings.timeout, dict(settings.headers)) == ("client", 3.0, {"X-A": "1"})
