"""Request bodies from the command line.

``--body`` takes JSON text, ``@path`` (a JSON file) or ``-`` (JSON on stdin); the JSON is sent exactly as
given, so a PATCH carries only the fields written. Binary uploads (octet-stream bodies) take
``--body-file PATH``; in a multipart body, a field given as ``"@path"`` uploads that file. A bad body is a
usage error: nothing is sent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from .errors import CliError

__all__ = ["attach_files", "read_binary", "read_json"]


def _text_of(spec: str, stdin: IO[str]) -> tuple[str, str]:
    if spec == "-":
        return stdin.read(), "stdin"
    if spec.startswith("@"):
        path = Path(spec[1:]).expanduser()
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except OSError as exc:
            raise CliError(f"--body: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise CliError(
                f"--body: {str(path)!r} is not UTF-8 text (binary bodies take --body-file)"
            ) from None
    return spec, "--body"


def read_json(spec: str, stdin: IO[str]) -> Any:
    """The JSON value of a ``--body`` argument (text, ``@file`` or ``-``)."""
    text, origin = _text_of(spec, stdin)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"--body: {origin} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None


def read_binary(path: str) -> bytes:
    """The bytes of a ``--body-file`` upload."""
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise CliError(f"--body-file: cannot read {path!r}: {exc.strerror or exc}") from None


def attach_files(fields: Any) -> Any:
    """A multipart body's ``"@path"`` fields become file uploads (name, bytes); the rest is sent as text."""
    if not isinstance(fields, dict):
        return fields
    attached: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str) and value.startswith("@"):
            path = Path(value[1:]).expanduser()
            try:
                attached[name] = (path.name, path.read_bytes())
            except OSError as exc:
                raise CliError(
                    f"--body: field {name!r}: cannot read {str(path)!r}: {exc.strerror or exc}"
                ) from None
        else:
            attached[name] = value
    return attached
