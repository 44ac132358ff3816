"""Settings: where the client's configuration comes from, validated once.

Every setting is resolved independently with this precedence:

1. an explicit argument (``resolve_settings(instance="acme")``, or the client constructor's keyword),
2. the environment: ``OFSC_<NAME>`` for every setting (:data:`ENV_VARS`: ``OFSC_INSTANCE``,
   ``OFSC_TIMEOUT``, ``OFSC_MAX_RETRIES``, ``OFSC_VERIFY``, ``OFSC_PROXY``, ...; ``OFSC_HEADERS`` is a JSON
   object); ``OFSC_PROFILE`` and ``OFSC_CONFIG`` choose the profile and the file,
3. the ``[profiles.<name>]`` table of a ``config.toml`` (path from ``config=`` / ``OFSC_CONFIG``, else
   ``$XDG_CONFIG_HOME/ofsc/config.toml``, ``~/.config/ofsc/config.toml``, or ``%APPDATA%\\ofsc\\config.toml``
   on Windows); the profile is ``default`` unless chosen,
4. the default.

Example ``config.toml``::

    [profiles.default]
    instance = "acme"
    client_id = "integration"
    client_secret = "..."
    auth = "oauth2"

    [profiles.test]
    instance = "acme.test"
    max_retries = 0

A missing or invalid setting raises :class:`~ofsc_overlay.errors.ConfigurationError` naming the setting and
where it can come from. So does anything in ``config.toml`` that would otherwise be silently ignored: a
top-level table other than ``[profiles.<name>]`` (``[profile.default]``) or an unknown key in the profile,
with the nearest known name ("did you mean ..."). ``repr()``/``str()`` of :class:`Settings` never show the
secret, the token, proxy credentials or extra header values.

This module resolves; the value itself is in ``_settings``, the file and its profiles in ``_config_file`` and
what each setting accepts in ``_config_values``. Every public name stays importable from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

import attrs
import httpx

from ._config_file import Profile, default_config_path, load_profile
from ._config_values import (
    ORACLE_HOST_SUFFIX,
    InvalidValue,
    check_auth,
    check_base_url,
    check_instance,
    check_proxy,
    instance_of_host,
    parse_breaker_scope,
    parse_flag,
    parse_headers,
    parse_number,
    parse_text,
    parse_verify,
)
from ._config_values import is_loopback_host as is_loopback_host
from ._redact import MASK
from ._settings import AUTH_MODES as AUTH_MODES
from ._settings import DEFAULT_PROFILE, ENV_VARS, SECRET_SETTINGS, AuthMode, Settings
from ._settings import TOKEN_PATH as TOKEN_PATH
from .breaker import DEFAULT_SCOPE
from .errors import ConfigurationError

__all__ = ["AuthMode", "DEFAULT_PROFILE", "ENV_VARS", "Settings", "default_config_path", "resolve_settings"]

_T = TypeVar("_T")
_D = TypeVar("_D")


def resolve_settings(
    *,
    instance: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    base_url: str | None = None,
    auth: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    config: str | os.PathLike[str] | None = None,
    timeout: float | None = None,
    connect_timeout: float | None = None,
    max_retries: int | None = None,
    backoff_factor: float | None = None,
    backoff_max: float | None = None,
    retry_after_max: float | None = None,
    breaker_failure_threshold: int | None = None,
    breaker_reset_timeout: float | None = None,
    breaker_scope: str | None = None,
    verify: bool | str | None = None,
    proxy: str | None = None,
    trust_env: bool | None = None,
    headers: Mapping[str, str] | None = None,
    allow_insecure: bool | None = None,
    otel: bool | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve every setting from explicit arguments, the environment and the config file.

    ``None`` means "not given". ``env`` replaces ``os.environ`` (tests inject it; the default config path is
    computed from it too). Raises :class:`ConfigurationError` for anything missing or invalid.
    """
    env = dict(os.environ) if env is None else dict(env)
    explicit: dict[str, Any] = {
        name: value
        for name, value in {
            "instance": instance,
            "client_id": client_id,
            "client_secret": client_secret,
            "base_url": base_url,
            "auth": auth,
            "token": token,
            "timeout": timeout,
            "connect_timeout": connect_timeout,
            "max_retries": max_retries,
            "backoff_factor": backoff_factor,
            "backoff_max": backoff_max,
            "retry_after_max": retry_after_max,
            "breaker_failure_threshold": breaker_failure_threshold,
            "breaker_reset_timeout": breaker_reset_timeout,
            "breaker_scope": breaker_scope,
            "verify": verify,
            "proxy": proxy,
            "trust_env": trust_env,
            "headers": headers,
            "allow_insecure": allow_insecure,
            "otel": otel,
        }.items()
        if value is not None
    }
    return _Resolver(explicit, env, load_profile(config=config, profile=profile, env=env)).settings()


@attrs.define
class _Resolver:
    """Each setting's value by precedence (argument, environment, profile), parsed, or its default."""

    explicit: dict[str, Any]
    env: dict[str, str]
    profile: Profile

    def sources(self, name: str) -> tuple[str, ...]:
        found = [f"{name}=..."]
        if name in ENV_VARS:
            found.append(f"the environment variable {ENV_VARS[name]}")
        where = self.profile.label or (
            f"{default_config_path(self.env) or 'config.toml'} [profiles.{self.profile.name}]"
        )
        found.append(f"{name} in {where}")
        return tuple(found)

    def lookup(self, name: str) -> tuple[Any, str] | None:
        """(value, where it came from) by precedence, or None."""
        if name in self.explicit:
            return self.explicit[name], f"the argument {name}="
        var = ENV_VARS.get(name)
        if var is not None and self.env.get(var, "") != "":
            return self.env[var], f"the environment variable {var}"
        if name in self.profile.values:
            return self.profile.values[name], f"{self.profile.label}"
        return None

    def value(self, name: str, parse: Callable[[Any], _T], default: _D) -> _T | _D:
        """The parsed value of ``name``, or ``default`` when nothing sets it."""
        found = self.lookup(name)
        if found is None:
            return default
        raw, origin = found
        try:
            return parse(raw)
        except InvalidValue as exc:
            shown = MASK if name in SECRET_SETTINGS else exc.shown or repr(raw)
            head = exc.head or f"Invalid setting {name!r} = {shown}"
            raise ConfigurationError(
                f"{head} (from {origin}): {exc.detail}", setting=name, sources=self.sources(name)
            ) from None

    def text(self, name: str) -> str | None:
        return self.value(name, parse_text, None)

    def checked_text(self, name: str, check: Callable[[str], _T]) -> _T | None:
        """A string setting's value through ``check``; None when nothing sets it or it is blank."""

        def parse(raw: Any) -> _T | None:
            text = parse_text(raw)
            return None if text is None else check(text)

        return self.value(name, parse, None)

    def number(self, name: str, default: float, *, integer: bool = False, positive: bool = False) -> Any:
        return self.value(name, partial(parse_number, integer=integer, positive=positive), default)

    def missing(self, name: str, reason: str, *more_sources: str) -> ConfigurationError:
        return ConfigurationError(
            f"Missing setting {name!r}: {reason}", setting=name, sources=self.sources(name) + more_sources
        )

    def settings(self) -> Settings:
        instance = self.checked_text("instance", check_instance)
        allow_insecure = self.value("allow_insecure", parse_flag, False)

        base_url = self.checked_text("base_url", partial(check_base_url, allow_insecure=allow_insecure))
        if base_url is None:
            if instance is None:
                raise self.missing(
                    "instance",
                    "the OFSC instance (the first part of <instance>.fs.ocs.oraclecloud.com) or a base_url "
                    "is needed.",
                    "a base_url",
                )
            base_url = f"https://{instance}{ORACLE_HOST_SUFFIX}"
        elif instance is None:
            instance = instance_of_host(httpx.URL(base_url).host)

        client_id = self.text("client_id")
        client_secret = self.text("client_secret")
        token = self.text("token")
        auth = self.checked_text("auth", check_auth)
        if auth is None:
            auth = "bearer" if token is not None and client_secret is None else "basic"

        if auth == "bearer":
            if token is None:
                raise self.missing("token", "auth='bearer' needs an access token.")
        else:
            for name, value in (("client_id", client_id), ("client_secret", client_secret)):
                if value is None:
                    raise self.missing(name, f"auth={auth!r} needs client_id and client_secret.")
            if instance is None:
                raise self.missing(
                    "instance",
                    f"auth={auth!r} signs in as <client_id>@<instance>, and the instance cannot be read from "
                    f"base_url {base_url!r}.",
                )

        verify = self.value("verify", parse_verify, True)
        proxy = self.checked_text("proxy", check_proxy)

        return Settings(
            base_url=base_url,
            instance=instance,
            client_id=client_id,
            client_secret=client_secret,
            token=token,
            auth=auth,
            profile=self.profile.name,
            timeout=self.number("timeout", 30.0, positive=True),
            connect_timeout=self.number("connect_timeout", 10.0, positive=True),
            max_retries=self.number("max_retries", 3, integer=True),
            backoff_factor=self.number("backoff_factor", 0.5),
            backoff_max=self.number("backoff_max", 8.0, positive=True),
            retry_after_max=self.number("retry_after_max", 60.0, positive=True),
            breaker_failure_threshold=self.number("breaker_failure_threshold", 5, integer=True),
            breaker_reset_timeout=self.number("breaker_reset_timeout", 30.0, positive=True),
            breaker_scope=self.value("breaker_scope", parse_breaker_scope, DEFAULT_SCOPE),
            verify=verify,
            proxy=proxy,
            trust_env=self.value("trust_env", parse_flag, True),
            headers=self.value("headers", parse_headers, {}),
            allow_insecure=allow_insecure,
            otel=self.value("otel", parse_flag, False),
            config_path=self.profile.path,
        )
