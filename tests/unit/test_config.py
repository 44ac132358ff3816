"""ofsc_overlay.config: precedence, config file profiles, validation messages, secret-free repr."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import attrs
import pytest

from ofsc_overlay.config import Settings, default_config_path, is_loopback_host, resolve_settings
from ofsc_overlay.errors import ConfigurationError

CREDS = {"client_id": "cid", "client_secret": "s3cr3t-value"}


def write_config(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_explicit_arguments_only() -> None:
    settings = resolve_settings(instance="acme", env={}, **CREDS)
    assert settings.base_url == "https://acme.fs.ocs.oraclecloud.com"
    assert settings.instance == "acme"
    assert settings.auth == "basic"
    assert settings.username == "cid@acme"
    assert settings.token_url == "https://acme.fs.ocs.oraclecloud.com/rest/oauthTokenService/v2/token"
    assert settings.origin == "https://acme.fs.ocs.oraclecloud.com:443"
    assert settings.profile == "default"
    assert settings.config_path is None
    assert (settings.max_retries, settings.timeout, settings.verify) == (3, 30.0, True)


def test_environment() -> None:
    env = {
        "OFSC_INSTANCE": "envinst",
        "OFSC_CLIENT_ID": "envid",
        "OFSC_CLIENT_SECRET": "envsecret",
        "OFSC_AUTH": "OAuth2",
    }
    settings = resolve_settings(env=env)
    assert (settings.instance, settings.client_id, settings.client_secret) == (
        "envinst",
        "envid",
        "envsecret",
    )
    assert settings.auth == "oauth2"


def test_precedence_explicit_over_env_over_file(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "ofsc" / "config.toml",
        """
[profiles.default]
instance = "fileinst"
client_id = "fileid"
client_secret = "filesecret"
max_retries = 7
timeout = 12.5
""",
    )
    env = {"XDG_CONFIG_HOME": str(tmp_path), "OFSC_CLIENT_ID": "envid", "OFSC_INSTANCE": "envinst"}
    settings = resolve_settings(instance="arginst", env=env)
    assert settings.instance == "arginst"  # explicit beats env and file
    assert settings.client_id == "envid"  # env beats file
    assert settings.client_secret == "filesecret"  # file beats default
    assert settings.max_retries == 7 and settings.timeout == 12.5
    assert settings.config_path == config


def test_empty_environment_value_is_not_set(tmp_path: Path) -> None:
    write_config(tmp_path / "c.toml", '[profiles.default]\ninstance = "fileinst"\n')
    settings = resolve_settings(env={"OFSC_CONFIG": str(tmp_path / "c.toml"), "OFSC_INSTANCE": ""}, **CREDS)
    assert settings.instance == "fileinst"


def test_config_path_from_env_and_profiles(tmp_path: Path) -> None:
    path = write_config(
        tmp_path / "elsewhere.toml",
        """
[profiles.default]
instance = "prod"
client_id = "a"
client_secret = "b"

[profiles.test]
instance = "acme.test"
client_id = "t"
client_secret = "u"
auth = "oauth2"
headers = { "X-Team" = "field" }
verify = false
""",
    )
    env = {"OFSC_CONFIG": str(path)}
    assert resolve_settings(env=env).instance == "prod"
    test = resolve_settings(env={**env, "OFSC_PROFILE": "test"})
    assert test.profile == "test"
    assert test.base_url == "https://acme.test.fs.ocs.oraclecloud.com"
    assert test.auth == "oauth2"
    assert test.headers == {"X-Team": "field"}
    assert test.verify is False
    # explicit profile beats OFSC_PROFILE, explicit config path beats OFSC_CONFIG
    assert resolve_settings(profile="default", env={**env, "OFSC_PROFILE": "test"}).instance == "prod"
    assert resolve_settings(config=path, env={"OFSC_CONFIG": "/nonexistent"}).instance == "prod"


def test_default_config_path() -> None:
    assert default_config_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/ofsc/config.toml")
    assert default_config_path({"HOME": "/home/u"}) == Path("/home/u/.config/ofsc/config.toml")
    assert default_config_path({}) is None


def test_home_config_dir_is_used(tmp_path: Path) -> None:
    write_config(tmp_path / ".config" / "ofsc" / "config.toml", '[profiles.default]\ninstance = "home"\n')
    assert resolve_settings(env={"HOME": str(tmp_path)}, **CREDS).instance == "home"


def test_missing_default_file_is_fine(tmp_path: Path) -> None:
    settings = resolve_settings(instance="acme", env={"XDG_CONFIG_HOME": str(tmp_path)}, **CREDS)
    assert settings.config_path is None


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(env={"OFSC_CONFIG": str(tmp_path / "nope.toml")}, instance="a", **CREDS)
    assert info.value.setting == "config"
    assert "does not exist" in str(info.value) and "OFSC_CONFIG" in str(info.value)


def test_profile_without_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(profile="prod", env={"XDG_CONFIG_HOME": str(tmp_path)}, instance="a", **CREDS)
    assert info.value.setting == "profile"
    assert "no config file" in str(info.value)


def test_unknown_profile(tmp_path: Path) -> None:
    path = write_config(tmp_path / "c.toml", "[profiles.default]\n[profiles.test]\n")
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(env={"OFSC_CONFIG": str(path), "OFSC_PROFILE": "prod"}, instance="a", **CREDS)
    assert info.value.setting == "profile"
    assert "'prod'" in str(info.value) and "default, test" in str(info.value)
    assert "OFSC_PROFILE" in str(info.value)


def test_file_without_the_default_profile(tmp_path: Path) -> None:
    path = write_config(tmp_path / "c.toml", "[profiles.other]\ninstance='x'\n")
    assert resolve_settings(config=path, instance="a", env={}, **CREDS).instance == "a"


@pytest.mark.parametrize(
    ("text", "setting", "fragment"),
    [
        ("not toml = = =", "config", "not valid TOML"),
        ("profiles = 3", "profile", "must be a table"),
        ("[profiles]\ndefault = 3", "profile", "must be a table"),
        ("[profiles.default]\nclient_sekret = 'x'", "client_sekret", "Unknown setting 'client_sekret'"),
        ("[profiles.default]\nmax_retries = 'many'", "max_retries", "non-negative integer"),
        ("[profiles.default]\nmax_retries = 1.5", "max_retries", "non-negative integer"),
        ("[profiles.default]\nmax_retries = -1", "max_retries", "non-negative integer"),
        ("[profiles.default]\nmax_retries = true", "max_retries", "non-negative integer"),
        ("[profiles.default]\ntimeout = 0", "timeout", "positive number"),
        ("[profiles.default]\nallow_insecure = 'perhaps'", "allow_insecure", "true or false"),
        ("[profiles.default]\nbase_url = 5", "base_url", "a string"),
        ("[profiles.default]\nheaders = 'X-A: b'", "headers", "table of header names"),
        ("[profiles.default]\nheaders = { X-A = 1 }", "headers", "table of header names"),
        ("[profiles.default]\nverify = 3", "verify", "CA bundle"),
        ("[profiles.default]\nverify = '/no/such/ca.pem'", "verify", "existing CA bundle"),
        ("[profiles.default]\nproxy = 'ftp://proxy'", "proxy", "proxy URL"),
    ],
)
def test_invalid_file_values(tmp_path: Path, text: str, setting: str, fragment: str) -> None:
    path = write_config(tmp_path / "c.toml", text)
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(config=path, instance="acme", env={}, **CREDS)
    assert info.value.setting == setting
    assert fragment in str(info.value)


def test_a_directory_given_as_config_is_treated_as_missing(tmp_path: Path) -> None:
    directory = tmp_path / "dir.toml"
    directory.mkdir()
    with pytest.raises(ConfigurationError, match="does not exist"):
        resolve_settings(config=directory, env={})


def test_unreadable_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(tmp_path / "c.toml", "[profiles.default]\ninstance = 'acme'\n")
    # Permission bits do not stop root (CI runs as root): the file's open fails the way a chmod 000 makes it.
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(config=path, env={}, **CREDS)
    assert str(info.value) == f"Config file {str(path)!r} cannot be read: Permission denied."
    assert info.value.setting == "config"


def test_invalid_message_names_source() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(env={"OFSC_INSTANCE": "bad instance!"}, **CREDS)
    message = str(info.value)
    assert (
        "Invalid setting 'instance' = 'bad instance!' (from the environment variable OFSC_INSTANCE)"
        in message
    )
    assert info.value.sources[0] == "instance=..."


def test_invalid_explicit_argument_message() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", max_retries=-2, env={}, **CREDS)
    assert str(info.value) == (
        "Invalid setting 'max_retries' = -2 (from the argument max_retries=): "
        "expected a non-negative integer. "
        "Set it with max_retries=..., the environment variable OFSC_MAX_RETRIES or max_retries in "
        "config.toml [profiles.default]."
    )


def test_numbers_from_strings_and_explicit() -> None:
    settings = resolve_settings(
        instance="acme", max_retries=0, timeout=5, breaker_failure_threshold=0, env={}, **CREDS
    )
    assert settings.max_retries == 0 and settings.timeout == 5.0 and settings.breaker_failure_threshold == 0


def test_missing_instance() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(env={}, **CREDS)
    error = info.value
    assert error.setting == "instance"
    message = str(error)
    assert "instance=..." in message and "OFSC_INSTANCE" in message and "[profiles.default]" in message


@pytest.mark.parametrize("missing", ["client_id", "client_secret"])
def test_missing_credentials(missing: str) -> None:
    given = {k: v for k, v in CREDS.items() if k != missing}
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", env={}, **given)  # type: ignore[arg-type]
    assert info.value.setting == missing
    assert f"OFSC_{missing.upper()}" in str(info.value)


def test_bearer_token() -> None:
    settings = resolve_settings(instance="acme", token="tok-123", env={})
    assert settings.auth == "bearer" and settings.token == "tok-123"
    assert resolve_settings(base_url="https://x.example.com", env={"OFSC_TOKEN": "t"}).auth == "bearer"
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", auth="bearer", env={})
    assert info.value.setting == "token" and "OFSC_TOKEN" in str(info.value)


def test_token_and_secret_default_to_basic() -> None:
    assert resolve_settings(instance="a", token="t", env={}, **CREDS).auth == "basic"


def test_invalid_auth() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", auth="kerberos", env={}, **CREDS)
    assert info.value.setting == "auth"
    assert "one of 'basic', 'oauth2', 'bearer'" in str(info.value)


def test_base_url_override_and_instance_from_host() -> None:
    settings = resolve_settings(base_url="https://acme.test.fs.ocs.oraclecloud.com/", env={}, **CREDS)
    assert settings.base_url == "https://acme.test.fs.ocs.oraclecloud.com"
    assert settings.instance == "acme.test"
    other = resolve_settings(base_url="https://gateway.example.com/ofsc", instance="acme", env={}, **CREDS)
    assert other.base_url == "https://gateway.example.com/ofsc"
    assert other.token_url == "https://gateway.example.com/ofsc/rest/oauthTokenService/v2/token"


def test_base_url_without_instance_for_basic_auth() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(base_url="https://gateway.example.com", env={}, **CREDS)
    assert info.value.setting == "instance"
    assert "<client_id>@<instance>" in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://localhost:8765", "http://127.0.0.1:8000", "http://127.8.9.10", "http://[::1]:9000"]
)
def test_http_allowed_for_loopback(url: str) -> None:
    assert resolve_settings(base_url=url, instance="sim", env={}, **CREDS).base_url == url


def test_http_refused_for_remote_hosts() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(base_url="http://acme.example.com", instance="a", env={}, **CREDS)
    assert info.value.setting == "base_url"
    assert "allow_insecure=True" in str(info.value)
    allowed = resolve_settings(
        base_url="http://acme.example.com", instance="a", allow_insecure=True, env={}, **CREDS
    )
    assert allowed.base_url == "http://acme.example.com"


@pytest.mark.parametrize(
    "url",
    ["ftp://acme.example.com", "acme.example.com", "https://acme.example.com/?a=1", "https://u:p@h.com"],
)
def test_invalid_base_urls(url: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(base_url=url, instance="a", env={}, **CREDS)
    assert info.value.setting == "base_url"
    assert "p@" not in str(info.value)


def test_credentials_in_base_url_are_refused_by_name() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(base_url="https://app:hunter2@acme.example.com", instance="a", env={}, **CREDS)
    message = str(info.value)
    assert "hunter2" not in message and "user:password" in message and "client_secret" in message


@pytest.mark.parametrize("setting", ["base_url", "proxy"])
def test_unparseable_urls_with_credentials_are_refused_without_them(setting: str) -> None:
    # httpx cannot parse these at all (a broken IPv6 host), so the password cannot be dropped by parsing.
    url = "https://app:hunter2@[::zz]:3128/"
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="a", env={}, **{setting: url}, **CREDS)  # type: ignore[arg-type]
    message = str(info.value)
    assert info.value.setting == setting
    assert "hunter2" not in message and "app:" not in message and "[::zz]" in message


def test_loopback_hosts() -> None:
    assert is_loopback_host("localhost") and is_loopback_host("LOCALHOST.") and is_loopback_host("[::1]")
    assert is_loopback_host("127.0.0.1") and not is_loopback_host("10.0.0.1")
    assert not is_loopback_host("localhost.example.com")


def test_repr_never_shows_secrets() -> None:
    settings = resolve_settings(
        instance="acme",
        client_id="cid",
        client_secret="TOPSECRET",
        token="TOKENVALUE",
        proxy="http://user:PROXYPASS@proxy:3128",
        headers={"X-Api-Key": "HEADERSECRET"},
        env={},
    )
    for text in (repr(settings), str(settings)):
        for secret in ("TOPSECRET", "TOKENVALUE", "PROXYPASS", "HEADERSECRET"):
            assert secret not in text
        assert "client_secret='***'" in text
        assert "X-Api-Key" in text
    # the value is still there for the code that needs it
    assert settings.client_secret == "TOPSECRET"
    # secrets never appear in validation errors either
    with pytest.raises(ConfigurationError) as info:
        resolve_settings(instance="acme", client_id="cid", client_secret=["TOPSECRET"], env={})  # type: ignore[arg-type]
    assert "TOPSECRET" not in str(info.value) and "client_secret" in str(info.value)


def test_settings_do_not_follow_the_callers_objects() -> None:
    headers = {"X-Team": "field"}
    settings = resolve_settings(instance="acme", headers=headers, env={}, **CREDS)
    headers["X-Team"] = "changed"
    headers["X-Added"] = "later"
    assert settings.headers == {"X-Team": "field"}
    assert attrs.evolve(settings, max_retries=0).headers == {"X-Team": "field"}
    assert settings.username == "cid@acme"
    direct = Settings(base_url="http://localhost:1", headers=headers)
    headers["X-Added"] = "after"
    assert direct.headers == {"X-Team": "changed", "X-Added": "later"}
    assert direct.username is None


def test_other_settings(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    settings = resolve_settings(
        instance="acme",
        verify=str(ca),
        proxy="http://proxy:3128",
        trust_env=False,
        otel=True,
        backoff_factor=0,
        env={},
        **CREDS,
    )
    assert settings.verify == str(ca) and settings.proxy == "http://proxy:3128"
    assert settings.trust_env is False and settings.otel is True and settings.backoff_factor == 0.0
    assert resolve_settings(instance="a", verify="yes", env={}, **CREDS).verify is True


def test_os_environ_is_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("OFSC_INSTANCE", "fromosenv")
    monkeypatch.delenv("OFSC_CONFIG", raising=False)
    monkeypatch.delenv("OFSC_PROFILE", raising=False)
    assert resolve_settings(**CREDS).instance == "fromosenv"
