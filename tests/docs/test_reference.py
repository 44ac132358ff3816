"""The API reference covers every operation and every model, and the site builds with no warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import ofsc_generated.models as models
import pytest
from ofsc_generated.catalog import OPERATIONS

from docsgen.reference import group_path, model_path, render_pages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages()


def test_every_operation_has_its_entry(pages: dict[str, str]) -> None:
    missing = []
    for op in OPERATIONS:
        page = pages.get(group_path(op.group), "")
        heading = f"## {op.name} {{#{op.name}}}"
        if heading not in page:
            missing.append(op.key)
            continue
        entry = page.split(heading, 1)[1].split("\n## ", 1)[0]
        assert f"`{op.method.upper()} {op.path}`" in entry, op.key
        assert "**Raises**" in entry and "`APIStatusError`" in entry, op.key
        assert f"client.{op.group}.{op.name}(" in entry and f"await client.{op.group}.{op.name}(" in entry
        for param in op.params:
            assert f"| `{param.name}` |" in entry, f"{op.key}: {param.name}"
            for value in param.enum or ():
                assert f"`{value}`" in entry, f"{op.key}: {param.name} = {value}"
        if op.all_name:
            assert f"client.{op.group}.{op.all_name}(" in entry, op.key
    assert not missing, f"{len(missing)} operations have no entry: {missing[:10]}"


def test_every_model_has_its_page_with_every_field(pages: dict[str, str]) -> None:
    missing = [name for name in models.__all__ if model_path(name) not in pages]
    assert not missing, f"{len(missing)} models have no page: {missing[:10]}"
    activity = pages[model_path("Activity")]
    assert "| `activity_id` | `activityId` | `int` |" in activity  # Python name, wire name, type
    assert "| `status` | `status` | `str` \\| `None` |" in activity
    for name in models.__all__:
        cls = getattr(models, name)
        page = pages[model_path(name)]
        for field in cls.__attrs_attrs__:
            if field.name != "additional_properties" and not field.name.startswith("_"):
                assert f"| `{field.name}` |" in page, f"{name}.{field.name}"


def test_reference_links_models_from_operations(pages: dict[str, str]) -> None:
    core = pages[group_path("core")]
    entry = core.split("## get_activity {#get_activity}", 1)[1].split("\n## ", 1)[0]
    assert "**Returns** [`Activity`](../models/Activity.md)" in entry
    assert "- [`core.get_activity`](../operations/core.md#get_activity)" in pages[model_path("Activity")]


def test_reference_text_is_plain(pages: dict[str, str]) -> None:
    """Descriptions are escaped text: Oracle's pseudo-tags cannot turn into HTML on the site."""
    core = pages[group_path("core")]
    assert "status=='&lt;status&gt;'" in core
    assert "<p>" not in "".join(pages.values()) and "<li>" not in "".join(pages.values())


def test_the_site_builds_strictly_with_no_warning(tmp_path: Path) -> None:
    """`make docs` in the test suite: mkdocs --strict, and not one WARNING line either."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output, output
    site = tmp_path / "site"
    for op in OPERATIONS[:: max(len(OPERATIONS) // 10, 1)]:
        html = (site / "reference" / "operations" / op.group / "index.html").read_text(encoding="utf-8")
        assert f'id="{op.name}"' in html
    assert (site / "reference" / "models" / "Activity" / "index.html").is_file()
    assert (site / "troubleshooting" / "index.html").is_file()


def _sync_example(page: str, name: str) -> str:
    entry = page.split(f"## {name} {{#{name}}}", 1)[1].split("\n## ", 1)[0]
    block = entry.split('=== "Sync"', 1)[1].split("```py\n", 1)[1].split("```", 1)[0]
    return "\n".join(line[4:] for line in block.splitlines())


def test_every_example_call_is_accepted_by_the_client(pages: dict[str, str]) -> None:
    """Each operation's sync example, run on the in-process simulator: right method, keywords and types.

    The examples' placeholder values may well name nothing on the server, so an error status is a fine
    outcome; what must not happen is a TypeError (a wrong keyword) or a RequestValidationError on anything
    but the placeholder body. A paging twin is asked for its first item only: the simulator's synthesized
    listings do not all end.
    """
    from ofsc_overlay import OFSC, APIStatusError, RequestValidationError
    from ofsc_overlay.testing import Simulator

    sim = Simulator(activities=5)
    answered = 0
    with OFSC(
        instance="sim",
        client_id="demo-client",
        client_secret="demo-secret",
        base_url="http://127.0.0.1",
        transport=sim.transport(),
        max_retries=0,
        breaker_failure_threshold=0,
    ) as client:
        for op in OPERATIONS:
            code = _sync_example(pages[group_path(op.group)], op.name).replace("body={...}", "body={}")
            loop = re.match(r"for item in (.*):$", code.splitlines()[-2]) if op.all_name else None
            if loop:
                code = "\n".join([*code.splitlines()[:-2], f"first = next(iter({loop.group(1)}), None)"])
            try:
                exec(compile(code, f"example {op.key}", "exec"), {"client": client})  # noqa: S102
                answered += 1
            except APIStatusError:
                answered += 1
            except RequestValidationError as err:
                assert err.parameter == "body", f"{op.key}: {err}\n{code}"
    assert answered > len(OPERATIONS) // 2  # most examples reach the server and get an answer


def test_every_command_line_example_parses_with_the_cli() -> None:
    """The reference's command-line tab names a real command and options the command accepts."""
    import shlex

    import click

    from docsgen.extract import operation_docs
    from docsgen.reference import command_line
    from ofsc_overlay.cli.commands import build_command

    for doc in operation_docs():
        words = shlex.split(command_line(doc))
        command = build_command(doc.op)
        # make_context parses and checks the options (names, required flags, choices, types) without running.
        with command.make_context(words[2], words[3:], resilient_parsing=False) as ctx:
            assert isinstance(ctx, click.Context)
