"""The config file: where ``config.toml`` is, and the ``[profiles.<name>]`` table that is read from it.

Anything in the file that would otherwise be dropped silently (a top-level table other than
``[profiles.<name>]``, an unknown key in the profile) fails with the nearest known name.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ._settings import DEFAULT_PROFILE, Settings
from .errors import ConfigurationError

__all__ = ["FILE_KEYS", "Profile", "default_config_path", "load_profile"]

#: Keys a ``[profiles.<name>]`` table may set: every setting but the profile and the file themselves.
FILE_KEYS = frozenset(attrs.fields_dict(Settings)) - {"profile", "config_path"}

_OFSC_CONFIG_SOURCES = ("config=...", "the environment variable OFSC_CONFIG")


@attrs.frozen
class Profile:
    """The profile chosen and what its table in the config file holds (nothing when there is no file)."""

    name: str = DEFAULT_PROFILE
    values: Mapping[str, Any] = attrs.field(factory=dict)
    #: ``<path> [profiles.<name>]``, where the values came from (for messages); None without a file.
    label: str | None = None
    path: Path | None = None


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


def load_profile(
    *, config: str | os.PathLike[str] | None, profile: str | None, env: Mapping[str, str]
) -> Profile:
    """The profile chosen by ``profile=`` / ``OFSC_PROFILE`` in the file from ``config=`` / ``OFSC_CONFIG``.

    Without a chosen file or profile, a missing default file or profile table is no error.
    """
    profile_source = "profile="
    if profile is None and env.get("OFSC_PROFILE"):
        profile, profile_source = env["OFSC_PROFILE"], "the environment variable OFSC_PROFILE"
    chosen_profile = profile is not None
    name = profile or DEFAULT_PROFILE

    path: Path | None
    if config is not None:
        path, explicit_path, path_source = Path(config), True, "config="
    elif env.get("OFSC_CONFIG"):
        path, explicit_path = Path(env["OFSC_CONFIG"]), True
        path_source = "the environment variable OFSC_CONFIG"
    else:
        path, explicit_path, path_source = default_config_path(env), False, ""
    if path is not None:
        path = path.expanduser()

    if path is None or not path.is_file():
        if explicit_path:
            raise ConfigurationError(
                f"Config file {str(path)!r} (from {path_source}) does not exist.",
                setting="config",
                sources=_OFSC_CONFIG_SOURCES,
            )
        if chosen_profile:
            raise ConfigurationError(
                f"Profile {name!r} (from {profile_source}) was asked for but there is no "
                f"config file{f' at {str(path)!r}' if path else ''}.",
                setting="profile",
                sources=_OFSC_CONFIG_SOURCES,
            )
        return Profile(name)

    document = _read_toml(path)
    label = f"{path} [profiles.{name}]"
    _check_top_level(document, path)
    profiles = document.get("profiles", {})
    if not isinstance(profiles, dict):
        raise ConfigurationError(
            f"Config file {str(path)!r}: 'profiles' must be a table of [profiles.<name>] tables.",
            setting="profile",
        )
    for key, value in profiles.items():
        if not isinstance(value, dict):
            raise ConfigurationError(
                f"Config file {str(path)!r}: 'profiles.{key}' must be a table, not a value: put the "
                f"settings in [profiles.{DEFAULT_PROFILE}] (or [profiles.<name>]).",
                setting="profile",
            )
    table = profiles.get(name)
    if table is None:
        if chosen_profile:
            names = ", ".join(sorted(profiles)) or "none"
            raise ConfigurationError(
                f"Profile {name!r} (from {profile_source}) is not in {str(path)!r} "
                f"(profiles there: {names}).",
                setting="profile",
                sources=("profile=...", "the environment variable OFSC_PROFILE"),
            )
        return Profile(name, label=label, path=path)
    unknown = sorted(set(table) - FILE_KEYS)
    if unknown:
        raise ConfigurationError(
            f"Unknown setting {unknown[0]!r} in {label}.{_did_you_mean(unknown[0])} Known "
            f"settings: {', '.join(sorted(FILE_KEYS))}.",
            setting=unknown[0],
        )
    return Profile(name, dict(table), label, path)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a config file to read: it costs every client's construction

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(
            f"Config file {str(path)!r} is not valid TOML: {exc}.", setting="config"
        ) from None
    except OSError as exc:
        raise ConfigurationError(
            f"Config file {str(path)!r} cannot be read: {exc.strerror}.", setting="config"
        ) from None


def _did_you_mean(word: str) -> str:
    """``" Did you mean 'client_id'?"`` for the nearest setting name, else ``""``."""
    close = difflib.get_close_matches(word.lower(), sorted(FILE_KEYS), n=1, cutoff=0.6)
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
        elif key in FILE_KEYS:
            what, hint = f"key {key!r}", f" Did you mean to put it in [profiles.{DEFAULT_PROFILE}]?"
        else:
            what, hint = f"key {key!r}", _did_you_mean(key)
        raise ConfigurationError(
            f"Unknown top-level {what} in config file {str(path)!r}: settings are read from "
            f"[profiles.<name>] tables only, so it would be ignored.{hint}",
            setting="config",
        )
