"""``ofsc configure`` writes a profile to config.toml; ``ofsc whoami`` checks that the credentials work.

The secret is read without echo on a terminal (from the next line of stdin otherwise, so scripts can pipe
it) and never printed back. The file is written with mode 0600; other profiles and settings are kept.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from .. import errors
from ..config import DEFAULT_PROFILE, default_config_path
from .errors import CliConfigError
from .session import Session

__all__ = ["configure", "dump_toml", "whoami"]

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _key(name: str) -> str:
    return name if name and set(name) <= _BARE_KEY else json.dumps(name)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dump_toml(document: Mapping[str, Any], prefix: str = "") -> str:
    """TOML for the shapes config.toml uses: scalars, arrays, inline tables and nested tables."""
    lines: list[str] = []
    tables: list[tuple[str, Mapping[str, Any]]] = []
    for name, value in document.items():
        if isinstance(value, Mapping):
            tables.append((f"{prefix}{_key(name)}", value))
        else:
            lines.append(f"{_key(name)} = {_value(value)}")
    for header, table in tables:
        scalars = any(not isinstance(v, Mapping) for v in table.values())
        if scalars or not table:
            lines += ["", f"[{header}]"] if lines else [f"[{header}]"]
        body = dump_toml(table, prefix=f"{header}.")
        if body:
            lines.append(body)
    return "\n".join(lines).strip("\n")


def _config_path(session: Session) -> Path:
    chosen = session.config or os.environ.get("OFSC_CONFIG")
    path = Path(chosen) if chosen else default_config_path()
    if path is None:
        raise CliConfigError("no config file location: give --config PATH or set OFSC_CONFIG")
    return path.expanduser()


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        secret: str = click.prompt(prompt, hide_input=True)
        return secret
    click.echo(f"{prompt}: ", nl=False, err=True)
    return sys.stdin.readline().rstrip("\r\n")


@click.command("configure")
@click.pass_context
def configure(ctx: click.Context) -> None:
    """Write a profile to config.toml (--config / OFSC_CONFIG, else the user config directory)."""
    session: Session = ctx.ensure_object(Session)
    path = _config_path(session)
    try:
        document: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CliConfigError(f"cannot read {str(path)!r}: {exc}") from None
    profiles = document.setdefault("profiles", {})
    name = session.profile or os.environ.get("OFSC_PROFILE") or DEFAULT_PROFILE
    current = dict(profiles.get(name, {}))
    instance = click.prompt("Instance", default=session.instance or current.get("instance"), err=True)
    client_id = click.prompt("Client id", default=current.get("client_id"), err=True)
    auth = click.prompt(
        "Auth",
        default=session.auth or current.get("auth", "basic"),
        type=click.Choice(["basic", "oauth2"]),
        err=True,
    )
    secret = _read_secret("Client secret (input hidden; empty keeps the current one)")
    base_url = click.prompt(
        "Base URL (empty: the instance's Oracle URL)",
        default=session.base_url or current.get("base_url", ""),
        show_default=False,
        err=True,
    )
    current.update({"instance": instance, "client_id": client_id, "auth": auth})
    if secret:
        current["client_secret"] = secret
    if base_url:
        current["base_url"] = base_url
    else:
        current.pop("base_url", None)
    if not current.get("client_secret"):
        raise CliConfigError("a client secret is required")
    profiles[name] = current
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(dump_toml(document) + "\n")
    os.chmod(path, 0o600)
    click.echo(f"wrote profile {name!r} to {path}", err=True)


#: The check whoami makes: one small listing most API users may read.
WHOAMI_OPERATION = ("metadata", "get_workzones")


@click.command("whoami")
@click.pass_context
def whoami(ctx: click.Context) -> None:
    """Check the credentials with one cheap call (the first work zone) and say who and where."""
    session: Session = ctx.ensure_object(Session)
    with session.client() as client:
        settings = client.settings
        who = settings.username if settings.auth != "bearer" else "a bearer token"
        where = f"{who} on {client.base_url} ({settings.auth}, profile {settings.profile})"
        group, name = WHOAMI_OPERATION
        try:
            getattr(getattr(client, group).with_raw_response, name)(limit=1)
        except errors.OFSCError as exc:
            click.echo(f"FAILED: {where}", err=True)
            raise exc
    click.echo(f"OK: {where}")
