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
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal, cast

import attrs
import httpx

from ._redact import MASK, mask_known, mask_url
from ._validation import is_safe_header
from .breaker import BREAKER_SCOPES, DEFAULT_SCOPE, BreakerScope, origin_of
from .errors import ConfigurationError

__all__ = ["AuthMode", "DEFAULT_PROFILE", "ENV_VARS", "Settings", "default_config_path", "resolve_settings"]

AuthMode = Literal["basic", "oauth2", "bearer"]
AUTH_MODES: tuple[AuthMode, ...] = ("basic", "oauth2", "bearer")
DEFAULT_PROFILE = "default"
TOKEN_PATH = "/rest/oauthTokenService/v2/token"

_INSTANCE_RE = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)
_ORACLE_HOST_SUFFIX = ".fs.ocs.oraclecloud.com"


def _copy_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return dict(headers)


@attrs.frozen(repr=False)
class Settings:
    """Validated configuration of one client. Build it with :func:`resolve_settings`."""

    base_url: str
    instance: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    token: str | None = None
    auth: AuthMode = "basic"
    profile: str = DEFAULT_PROFILE
    #: Total timeout per request in seconds (connect has its own, shorter one).
    timeout: float = 30.0
    connect_timeout: float = 10.0
    #: Retries after the first attempt (0 disables); only idempotent methods unless a call opts in.
    max_retries: int = 3
    #: First backoff in seconds; doubles each retry, with jitter, up to ``backoff_max``.
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    #: Longest ``Retry-After`` honoured, in seconds (a longer one is cut to this).
    retry_after_max: float = 60.0
    #: Consecutive failed requests (after retries) that open the circuit; 0 disables the breaker.
    breaker_failure_threshold: int = 5
    #: Seconds the circuit stays open before one probe request is let through.
    breaker_reset_timeout: float = 30.0
    #: What one breaker guards: an API family (``/rest/ofscCore/``, ...), the whole host, or this client.
    breaker_scope: BreakerScope = DEFAULT_SCOPE
    verify: bool | str = True
    proxy: str | None = None
    #: Use proxy variables (HTTPS_PROXY, NO_PROXY, ...) and SSL_CERT_FILE from the environment.
    trust_env: bool = True
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=_copy_headers)
    allow_insecure: bool = False
    #: Instrument the HTTP clients with OpenTelemetry (needs the ``otel`` extra).
    otel: bool = False
    #: The config file the values were read from, if any (for messages).
    config_path: Path | None = None

    @property
    def token_url(self) -> str:
        """Where OAuth2 client-credentials tokens come from."""
        return self.base_url + TOKEN_PATH

    @property
    def username(self) -> str | None:
        """``<client_id>@<instance>``, the user name of Basic auth and of the token request."""
        if self.client_id is None or self.instance is None:
            return None
        return f"{self.client_id}@{self.instance}"

    @property
    def origin(self) -> str:
        """``scheme://host:port`` of the base URL: the circuit breaker's key."""
        return origin_of(self.base_url)

    def __repr__(self) -> str:
        shown: list[str] = []
        for field in attrs.fields(Settings):
            value = getattr(self, field.name)
            if field.name in ("client_secret", "token"):
                text = "None" if value is None else repr(MASK)
            elif field.name == "proxy" and value is not None:
                text = repr(mask_url(value))
            elif field.name == "headers":
                text = "{" + ", ".join(f"{k!r}: {MASK!r}" for k in value) + "}"
            else:
                text = repr(value)
            shown.append(f"{field.name}={text}")
        return mask_known(f"Settings({', '.join(shown)})")

    __str__ = __repr__


#: The environment variable of every setting: ``OFSC_`` and the setting's name in capitals.
ENV_VARS: dict[str, str] = {
    name: f"OFSC_{name.upper()}" for name in (*attrs.fields_dict(Settings), "config") if name != "config_path"
}


def default_config_path(env: Mapping[str, str] | None = None) -> Path | None:
    """The user's ``ofsc/config.toml`` by the platform's convention, computed from ``env``."""
    env = os.environ if env is None else env
    if env.get("XDG_CONFIG_HOME"):
        return Path(env["XDG_CONFIG_HOME"]) / "ofsc" / "config.toml"
    if os.name == "nt" and env.get("APPDATA"):  # pragma: no cover - platform specific
        return Path(env["APPDATA"]) / "ofsc" / "config.toml"
    if env.get("HOME"):
        return Path(env["HOME"]) / ".config" / "ofsc" / "config.toml"
    return None


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
    resolver = _Resolver(explicit=explicit, env=env)
    resolver.load_file(config=config, profile=profile)
    return resolver.settings()


# --- internals -----------------------------------------------------------------------------------------

#: Keys a ``[profiles.<name>]`` table may set: every setting but the profile and the file themselves.
_FILE_KEYS = frozenset(attrs.fields_dict(Settings)) - {"profile", "config_path"}


@attrs.define
class _Resolver:
    explicit: dict[str, Any]
    env: dict[str, str]
    file_values: dict[str, Any] = attrs.field(factory=dict)
    file_label: str | None = None
    config_path: Path | None = None
    profile: str = DEFAULT_PROFILE

    # -- the file --

    def load_file(self, *, config: str | os.PathLike[str] | None, profile: str | None) -> None:
        profile_source = "profile="
        if profile is None and self.env.get("OFSC_PROFILE"):
            profile, profile_source = self.env["OFSC_PROFILE"], "the environment variable OFSC_PROFILE"
        chosen_profile = profile is not None
        self.profile = profile or DEFAULT_PROFILE

        path: Path | None
        if config is not None:
            path, explicit_path, path_source = Path(config), True, "config="
        elif self.env.get("OFSC_CONFIG"):
            path, explicit_path = Path(self.env["OFSC_CONFIG"]), True
            path_source = "the environment variable OFSC_CONFIG"
        else:
            path, explicit_path, path_source = default_config_path(self.env), False, ""
        if path is not None:
            path = path.expanduser()

        if path is None or not path.is_file():
            if explicit_path:
                raise ConfigurationError(
                    f"Config file {str(path)!r} (from {path_source}) does not exist.",
                    setting="config",
                    sources=("config=...", "the environment variable OFSC_CONFIG"),
                )
            if chosen_profile:
                raise ConfigurationError(
                    f"Profile {self.profile!r} (from {profile_source}) was asked for but there is no "
                    f"config file{f' at {str(path)!r}' if path else ''}.",
                    setting="profile",
                    sources=("config=...", "the environment variable OFSC_CONFIG"),
                )
            return

        import tomllib  # only when there is a config file to read: it costs every client's construction

        try:
            with path.open("rb") as handle:
                document = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(
                f"Config file {str(path)!r} is not valid TOML: {exc}.", setting="config"
            ) from None
        except OSError as exc:
            raise ConfigurationError(
                f"Config file {str(path)!r} cannot be read: {exc.strerror}.", setting="config"
            ) from None

        self.config_path = path
        self.file_label = f"{path} [profiles.{self.profile}]"
        _check_top_level(document, path)
        profiles = document.get("profiles", {})
        if not isinstance(profiles, dict):
            raise ConfigurationError(
                f"Config file {str(path)!r}: 'profiles' must be a table of [profiles.<name>] tables.",
                setting="profile",
            )
        for name, value in profiles.items():
            if not isinstance(value, dict):
                raise ConfigurationError(
                    f"Config file {str(path)!r}: 'profiles.{name}' must be a table, not a value: put the "
                    f"settings in [profiles.{DEFAULT_PROFILE}] (or [profiles.<name>]).",
                    setting="profile",
                )
        table = profiles.get(self.profile)
        if table is None:
            if chosen_profile:
                names = ", ".join(sorted(profiles)) or "none"
                raise ConfigurationError(
                    f"Profile {self.profile!r} (from {profile_source}) is not in {str(path)!r} "
                    f"(profiles there: {names}).",
                    setting="profile",
                    sources=("profile=...", "the environment variable OFSC_PROFILE"),
                )
            return
        if not isinstance(table, dict):
            raise ConfigurationError(f"{self.file_label} must be a table.", setting="profile")
        unknown = sorted(set(table) - _FILE_KEYS)
        if unknown:
            raise ConfigurationError(
                f"Unknown setting {unknown[0]!r} in {self.file_label}.{_did_you_mean(unknown[0])} Known "
                f"settings: {', '.join(sorted(_FILE_KEYS))}.",
                setting=unknown[0],
            )
        self.file_values = dict(table)

    # -- lookup --

    def sources(self, name: str) -> tuple[str, ...]:
        found = [f"{name}=..."]
        if name in ENV_VARS:
            found.append(f"the environment variable {ENV_VARS[name]}")
        where = (
            self.file_label or f"{default_config_path(self.env) or 'config.toml'} [profiles.{self.profile}]"
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
        if name in self.file_values:
            return self.file_values[name], f"{self.file_label}"
        return None

    def invalid(self, name: str, value: Any, origin: str, expected: str) -> ConfigurationError:
        shown = MASK if name in ("client_secret", "token") else repr(value)
        return ConfigurationError(
            f"Invalid setting {name!r} = {shown} (from {origin}): expected {expected}.",
            setting=name,
            sources=self.sources(name),
        )

    def text(self, name: str) -> str | None:
        found = self.lookup(name)
        if found is None:
            return None
        value, origin = found
        if not isinstance(value, str):
            raise self.invalid(name, value, origin, "a string")
        value = value.strip()
        return value or None

    def number(self, name: str, default: float, *, integer: bool = False, positive: bool = False) -> Any:
        found = self.lookup(name)
        if found is None:
            return default
        value, origin = found
        expected = ("a positive" if positive else "a non-negative") + (" integer" if integer else " number")
        convert: Callable[[Any], Any] = int if integer else float
        if isinstance(value, bool):
            raise self.invalid(name, value, origin, expected)
        try:
            number = convert(value)
            if integer and isinstance(value, float) and value != number:
                raise ValueError
        except (TypeError, ValueError):
            raise self.invalid(name, value, origin, expected) from None
        if number < 0 or (positive and number == 0) or number != number:
            raise self.invalid(name, value, origin, expected)
        return number

    def flag(self, name: str, default: bool) -> bool:
        found = self.lookup(name)
        if found is None:
            return default
        value, origin = found
        parsed = _parse_bool(value)
        if parsed is None:
            raise self.invalid(name, value, origin, "true or false")
        return parsed

    # -- assembly --

    def settings(self) -> Settings:
        instance = self.text("instance")
        if instance is not None:
            self._check_instance(instance)
        if instance is not None and not _INSTANCE_RE.match(instance):
            raise self.invalid(
                "instance",
                instance,
                self._origin("instance"),
                "an instance name such as 'acme' or 'acme.test'",
            )
        allow_insecure = self.flag("allow_insecure", False)

        raw_url = self.text("base_url")
        if raw_url is None:
            if instance is None:
                raise ConfigurationError(
                    "Missing setting 'instance': the OFSC instance (the first part of "
                    "<instance>.fs.ocs.oraclecloud.com) or a base_url is needed.",
                    setting="instance",
                    sources=self.sources("instance") + ("a base_url",),
                )
            base_url = f"https://{instance}{_ORACLE_HOST_SUFFIX}"
        else:
            base_url = self._check_base_url(raw_url, allow_insecure)
            if instance is None:
                host = httpx.URL(base_url).host
                if host.endswith(_ORACLE_HOST_SUFFIX):
                    instance = host[: -len(_ORACLE_HOST_SUFFIX)]

        client_id = self.text("client_id")
        client_secret = self.text("client_secret")
        token = self.text("token")

        auth_text = self.text("auth")
        auth: AuthMode
        if auth_text is None:
            auth = "bearer" if token is not None and client_secret is None else "basic"
        elif auth_text.lower() in AUTH_MODES:
            auth = cast(AuthMode, auth_text.lower())
        else:
            raise self.invalid("auth", auth_text, self._origin("auth"), "one of 'basic', 'oauth2', 'bearer'")

        if auth == "bearer":
            if token is None:
                raise ConfigurationError(
                    "Missing setting 'token': auth='bearer' needs an access token.",
                    setting="token",
                    sources=self.sources("token"),
                )
        else:
            for name, value in (("client_id", client_id), ("client_secret", client_secret)):
                if value is None:
                    raise ConfigurationError(
                        f"Missing setting {name!r}: auth={auth!r} needs client_id and client_secret.",
                        setting=name,
                        sources=self.sources(name),
                    )
            if instance is None:
                raise ConfigurationError(
                    f"Missing setting 'instance': auth={auth!r} signs in as <client_id>@<instance>, and the "
                    f"instance cannot be read from base_url {base_url!r}.",
                    setting="instance",
                    sources=self.sources("instance"),
                )

        verify = self._verify()
        proxy = self.text("proxy")
        if proxy is not None:
            try:
                parsed = httpx.URL(proxy)
            except httpx.InvalidURL:
                parsed = None
            if (
                parsed is None
                or parsed.scheme not in ("http", "https", "socks5", "socks5h")
                or not parsed.host
            ):
                raise self.invalid(
                    "proxy", mask_url(proxy), self._origin("proxy"), "a proxy URL such as http://host:3128"
                )

        return Settings(
            base_url=base_url,
            instance=instance,
            client_id=client_id,
            client_secret=client_secret,
            token=token,
            auth=auth,
            profile=self.profile,
            timeout=self.number("timeout", 30.0, positive=True),
            connect_timeout=self.number("connect_timeout", 10.0, positive=True),
            max_retries=self.number("max_retries", 3, integer=True),
            backoff_factor=self.number("backoff_factor", 0.5),
            backoff_max=self.number("backoff_max", 8.0, positive=True),
            retry_after_max=self.number("retry_after_max", 60.0, positive=True),
            breaker_failure_threshold=self.number("breaker_failure_threshold", 5, integer=True),
            breaker_reset_timeout=self.number("breaker_reset_timeout", 30.0, positive=True),
            breaker_scope=self._breaker_scope(),
            verify=verify,
            proxy=proxy,
            trust_env=self.flag("trust_env", True),
            headers=self._headers(),
            allow_insecure=allow_insecure,
            otel=self.flag("otel", False),
            config_path=self.config_path,
        )

    def _origin(self, name: str) -> str:
        found = self.lookup(name)
        return found[1] if found else "default"

    def _check_instance(self, instance: str) -> None:
        """A host name or URL given as the instance would build ``<host>.fs.ocs.oraclecloud.com``."""
        if "://" in instance or "/" in instance:
            fix = f"pass base_url={instance!r} instead, or the instance name alone"
        else:
            name = _strip_oracle_suffix(instance)
            if name is None:
                return
            fix = f"use instance={name!r} (the client adds {_ORACLE_HOST_SUFFIX} itself)"
            if name:
                fix += f", or base_url='https://{name}{_ORACLE_HOST_SUFFIX}'"
        raise self.invalid("instance", instance, self._origin("instance"), f"an instance name: {fix}")

    def _breaker_scope(self) -> BreakerScope:
        found = self.lookup("breaker_scope")
        if found is None:
            return DEFAULT_SCOPE
        value, origin = found
        text = value.strip().lower() if isinstance(value, str) else value
        if text not in BREAKER_SCOPES:
            raise self.invalid(
                "breaker_scope", value, origin, "one of " + ", ".join(map(repr, BREAKER_SCOPES))
            )
        return cast(BreakerScope, text)

    def _check_base_url(self, raw: str, allow_insecure: bool) -> str:
        origin = self._origin("base_url")
        expected = "an absolute https:// URL such as https://acme.fs.ocs.oraclecloud.com"
        try:
            url = httpx.URL(raw)
        except httpx.InvalidURL:
            raise self.invalid("base_url", mask_url(raw), origin, expected) from None
        if url.userinfo:
            raise self.invalid(
                "base_url",
                mask_url(raw),
                origin,
                "a URL without user:password in it (credentials go in client_id and client_secret)",
            )
        if url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
            raise self.invalid("base_url", mask_url(raw), origin, expected)
        if url.scheme == "http" and not (allow_insecure or is_loopback_host(url.host)):
            raise ConfigurationError(
                f"Refusing insecure base_url {raw!r} (from {origin}): plain http:// is only allowed for "
                "loopback hosts (localhost, 127.0.0.0/8, ::1). Use https://, or pass allow_insecure=True "
                "if you really mean it.",
                setting="base_url",
                sources=self.sources("base_url"),
            )
        return str(url).rstrip("/")

    def _verify(self) -> bool | str:
        found = self.lookup("verify")
        if found is None:
            return True
        value, origin = found
        parsed = _parse_bool(value)
        if parsed is not None:
            return parsed
        if isinstance(value, str) and value.strip():
            path = Path(value.strip()).expanduser()
            if not path.exists():
                raise self.invalid(
                    "verify", value, origin, "true, false or the path of an existing CA bundle"
                )
            return str(path)
        raise self.invalid("verify", value, origin, "true, false or the path of a CA bundle")

    def _headers(self) -> dict[str, str]:
        found = self.lookup("headers")
        if found is None:
            return {}
        value, origin = found
        if isinstance(value, str):  # OFSC_HEADERS: a JSON object
            try:
                value = json.loads(value)
            except ValueError:
                pass
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and is_safe_header(k, v) for k, v in value.items()
        ):
            raise ConfigurationError(
                f"Invalid setting 'headers' (from {origin}): expected a table of header names to strings "
                "without control characters (CR, LF, ...).",
                setting="headers",
                sources=self.sources("headers"),
            )
        return dict(value)


def _did_you_mean(word: str) -> str:
    """``" Did you mean 'client_id'?"`` for the nearest setting name, else ``""``."""
    close = difflib.get_close_matches(word.lower(), sorted(_FILE_KEYS), n=1, cutoff=0.6)
    return f" Did you mean {close[0]!r}?" if close else ""


def _check_top_level(document: Mapping[str, Any], path: Path) -> None:
    """Only ``[profiles.<name>]`` tables are read: anything else would be dropped silently, so it fails."""
    for key, value in document.items():
        if key == "profiles":
            continue
        if isinstance(value, dict):
            what = f"table [{key}]"
            # [profile.default] or [profils.test]: the profile name is the nested table's.
            nested = next((name for name, inner in value.items() if isinstance(inner, dict)), DEFAULT_PROFILE)
            close = difflib.get_close_matches(key.lower(), ["profiles"], n=1, cutoff=0.6)
            hint = f" Did you mean [profiles.{nested}]?" if close else ""
        elif key in _FILE_KEYS:
            what, hint = f"key {key!r}", f" Did you mean to put it in [profiles.{DEFAULT_PROFILE}]?"
        else:
            what, hint = f"key {key!r}", _did_you_mean(key)
        raise ConfigurationError(
            f"Unknown top-level {what} in config file {str(path)!r}: settings are read from "
            f"[profiles.<name>] tables only, so it would be ignored.{hint}",
            setting="config",
        )


def _strip_oracle_suffix(instance: str) -> str | None:
    """``acme`` for ``acme.fs.ocs.oraclecloud.com`` (or a dotted part of that suffix); None if it has none."""
    labels = instance.lower().split(".")
    suffix = _ORACLE_HOST_SUFFIX.lstrip(".").split(".")
    for start in range(1, len(labels)):
        tail = labels[start:]
        if tail == suffix[: len(tail)]:
            return ".".join(instance.split(".")[:start])
    if "oraclecloud" in labels:  # acme.oraclecloud.com, acme.ocs.oraclecloud.com, ...
        end = labels.index("oraclecloud")
        while end > 0 and labels[end - 1] in suffix:
            end -= 1
        return ".".join(instance.split(".")[:end])
    return None


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
    return None
