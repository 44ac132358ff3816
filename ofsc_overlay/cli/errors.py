"""Exit codes and the one-line error report on stderr.

| code | meaning |
|---|---|
| 0 | success |
| 1 | an API error status (4xx/5xx), an output file that cannot be written, or a closed stdout |
| 2 | usage or validation: a bad option or argument, caught before any request is sent |
| 3 | connection failure, timeout, or the circuit breaker is open: no answer from OFSC |
| 4 | configuration: a missing or invalid setting, profile or config file (or the ``cli`` extra is missing) |
| 130 | interrupted (Ctrl-C) |

Messages come from the library's exceptions, which mask credentials; ``--debug`` adds OFSC's full error body.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .. import errors

__all__ = [
    "EXIT_API",
    "EXIT_CONFIG",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CliConfigError",
    "CliError",
    "CliFileError",
]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_CONFIG = 4
EXIT_INTERRUPTED = 130


class CliError(click.ClickException):
    """A usage error found by the command line itself (exit 2): nothing was sent."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"ofsc: error: {self.format_message()}", err=True)


class CliConfigError(CliError):
    """The configuration cannot be read or written (exit 4)."""

    exit_code = EXIT_CONFIG


class CliFileError(CliError):
    """A local file cannot be written (exit 1)."""

    exit_code = EXIT_API


def exit_code_of(exc: errors.OFSCError) -> int:
    from .. import errors

    if isinstance(exc, errors.RequestValidationError):
        return EXIT_USAGE
    if isinstance(exc, errors.ConfigurationError):
        return EXIT_CONFIG
    if isinstance(exc, errors.APIConnectionError):
        return EXIT_CONNECTION
    return EXIT_API


def describe(exc: errors.OFSCError) -> str:
    """One readable line: for an API error, status, OFSC title and detail first."""
    from .. import errors
    from .._redact import mask_text

    if isinstance(exc, errors.APIStatusError):
        parts = [str(exc.status_code)]
        parts += [part for part in (exc.title, exc.detail) if part]
        where = f" ({exc.method} {exc.url})" if exc.method else ""
        return mask_text(": ".join(parts) + where)
    return mask_text(str(exc))


def report(exc: errors.OFSCError, *, debug: bool) -> int:
    """Print ``exc`` on stderr (its error body too with ``--debug``) and return its exit code."""
    from .. import errors
    from .._redact import mask_text

    click.echo(f"ofsc: error: {describe(exc)}", err=True)
    if debug and isinstance(exc, errors.APIStatusError):
        body = exc.body if exc.body is not None else {}
        click.echo(mask_text(json.dumps(body, indent=2, ensure_ascii=False)), err=True)
    return exit_code_of(exc)
