"""``ofsc completion SHELL``: the completion script for bash, zsh or fish (click's own).

eval "$(ofsc completion bash)"          # ~/.bashrc
eval "$(ofsc completion zsh)"           # ~/.zshrc
ofsc completion fish > ~/.config/fish/completions/ofsc.fish
"""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

__all__ = ["completion"]

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL (eval it in your shell's startup file)."""
    from .app import cli

    cls = get_completion_class(shell)
    assert cls is not None  # every name in SHELLS is one of click's
    click.echo(cls(cli, {}, "ofsc", "_OFSC_COMPLETE").source())
