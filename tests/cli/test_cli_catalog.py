"""Every catalog operation has a command whose options are exactly the facade method's parameters.

Generated, so it cannot drift: this walks the catalog and the facade as they are, with no list of its own.
"""

from __future__ import annotations

import inspect

import click

import ofsc_overlay
from ofsc_overlay.cli.app import cli
from ofsc_overlay.cli.commands import facade_method
from ofsc_overlay.cli.params import RESERVED, option_name

#: Options the command line adds to every operation (output) or to some (paging, files).
CLI_OPTIONS = RESERVED - {"body"} | {"help"}


def _command(group: str, name: str) -> click.Command:
    ctx = click.Context(cli)
    group_command = cli.get_command(ctx, group.replace("_", "-"))
    assert isinstance(group_command, click.Group), group
    command = group_command.get_command(ctx, name.replace("_", "-"))
    assert command is not None, f"{group}.{name} has no command"
    return command


def test_every_operation_has_a_command_matching_its_facade_method() -> None:
    from ofsc_generated.catalog import BY_KEY

    for info in ofsc_overlay.operations():
        op = BY_KEY[info.key]
        command = _command(info.group, info.name)
        options = {param.name: param for param in command.params if isinstance(param, click.Option)}
        facade = inspect.signature(facade_method(op)).parameters
        expected = {name for name in facade if name != "self"}
        given = {name for name in options if name not in CLI_OPTIONS}
        if "body_file" in options:
            given.add("body")
        assert given == expected, info.key
        for name, parameter in facade.items():
            if name in ("self", "body"):
                continue
            option = options[name]
            assert option.required == (parameter.default is inspect.Parameter.empty), (info.key, name)
            assert option.opts[0] == option_name(name), (info.key, name)
        for param in op.params:
            option = options[param.name]
            if param.enum and param.type != "array":
                assert isinstance(option.type, click.Choice) and tuple(option.type.choices) == param.enum
            assert option.multiple == (param.type == "array"), (info.key, param.name)
        if op.body is not None:
            body_option = options["body_file" if op.body == "binary" else "body"]
            assert (
                body_option.required
                == op.body_required
                == (facade["body"].default is inspect.Parameter.empty)
            )
        assert ("all" in options) == bool(info.all_name), info.key
        assert ("output_file" in options) == (op.accept == "application/octet-stream"), info.key


def test_no_catalog_parameter_takes_an_option_of_the_command_line() -> None:
    from ofsc_generated.catalog import OPERATIONS

    clashes = [(op.key, p.name) for op in OPERATIONS for p in op.params if p.name in RESERVED]
    assert clashes == []


def test_groups_list_exactly_the_catalog() -> None:
    ctx = click.Context(cli)
    listed = {
        (group, name)
        for group in cli.list_commands(ctx)
        if isinstance(command := cli.get_command(ctx, group), click.Group)
        for name in command.list_commands(ctx)
    }
    expected = {(op.group.replace("_", "-"), op.name.replace("_", "-")) for op in ofsc_overlay.operations()}
    assert listed == expected
