"""The root ``ofsc`` command: settings options, built-in commands and the catalog's groups, all lazy.

``ofsc --help`` loads neither the catalog's commands nor the HTTP machinery's callers: a group or command
module is imported only when it is the one asked for.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

import click

from .commands import OperationGroup, catalog_by_group, catalog_groups, group_name, output_options
from .errors import EXIT_INTERRUPTED, report
from .session import Session

__all__ = ["cli", "run"]

#: Built-in commands: name -> (module, attribute, one-line help). Imported only when used.
BUILTINS: dict[str, tuple[str, str, str]] = {
    "operations": ("listing", "operations", "List operations (group, name, method, path, summary)."),
    "request": (
        "request",
        "request",
        "Send any request (METHOD PATH) through the same auth, retries, breaker.",
    ),
    "configure": (
        "configure",
        "configure",
        "Write a profile to config.toml (the secret is read without echo).",
    ),
    "whoami": ("configure", "whoami", "Check that the credentials work: one cheap call, a clear verdict."),
    "simulator": ("simulator", "simulator", "Run the local OFSC simulator on a loopback port."),
    "completion": ("completion", "completion", "Print the shell completion script (bash, zsh or fish)."),
}


class RootGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [group_name(group) for group in catalog_groups()] + sorted(BUILTINS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            module, attribute, _ = BUILTINS[cmd_name]
            command: click.Command = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
            return command
        for group in catalog_groups():
            if group_name(group) == cmd_name:
                return OperationGroup(group)
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        groups = [(group_name(group), _group_summary(group)) for group in catalog_groups()]
        with formatter.section("Operation groups (ofsc GROUP --help lists their operations)"):
            formatter.write_dl(groups)
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, _, text) in sorted(BUILTINS.items())])


def _group_summary(group: str) -> str:
    ops = catalog_by_group().get(group, {})
    roots = sorted({"/".join(op.path.split("/")[:3]) for op in ops.values()})
    return f"{len(ops)} operations under {', '.join(roots)}"


def _root(ctx: click.Context, **values: Any) -> None:
    session = ctx.ensure_object(Session)
    for name, value in values.items():
        setattr(session, name, value)
    session.setup_logging()


cli = RootGroup(
    "ofsc",
    help=(
        "Every Oracle Field Service operation from the shell.\n\n"
        "Settings come from these options, the OFSC_* environment variables and the config.toml profile, "
        "as for the library. Exit codes: 0 ok, 1 API error, 2 usage or validation (nothing sent), "
        "3 connection or timeout, 4 configuration."
    ),
    params=[
        click.Option(["--profile"], help="Profile of config.toml (OFSC_PROFILE)."),
        click.Option(["--instance"], help="OFSC instance (OFSC_INSTANCE)."),
        click.Option(
            ["--base-url"],
            help="Base URL (OFSC_BASE_URL); default https://<instance>.fs.ocs.oraclecloud.com.",
        ),
        click.Option(
            ["--auth"], type=click.Choice(["basic", "oauth2", "bearer"]), help="Auth scheme (OFSC_AUTH)."
        ),
        click.Option(["--config"], metavar="PATH", help="config.toml to read (OFSC_CONFIG)."),
        click.Option(["--timeout"], type=click.FloatRange(min=0, min_open=True), help="Seconds per request."),
        click.Option(["--max-retries"], type=click.IntRange(min=0), help="Retries of idempotent requests."),
        click.Option(
            ["--debug"], is_flag=True, default=False, help="Log requests (masked) and full error bodies."
        ),
        click.Option(
            ["--simulator"],
            is_flag=True,
            default=False,
            help="Run against an in-process simulator (no tenant).",
        ),
        *output_options(),
    ],
    callback=click.pass_context(_root),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)


def run(argv: Sequence[str] | None = None) -> int:
    """Run ``ofsc`` with ``argv``; every failure becomes one line on stderr and an exit code.

    A closed stdout (``ofsc ... | head``) ends the command quietly: click exits with 1 then.
    """
    session = Session()
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="ofsc",
            standalone_mode=False,
            obj=session,
        )
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SystemExit as exc:  # shell completion answers and exits
        return exc.code if isinstance(exc.code, int) else 0
    except (click.Abort, KeyboardInterrupt):  # click turns Ctrl-C and an end of input into Abort
        click.echo("ofsc: aborted", err=True)
        return EXIT_INTERRUPTED
    except Exception as exc:
        from ..errors import OFSCError  # loaded here: --help must not pay for httpx

        if not isinstance(exc, OFSCError):
            raise
        return report(exc, debug=session.debug)
    finally:
        session.close()
        sys.stdout.flush()
    return result if isinstance(result, int) else 0
