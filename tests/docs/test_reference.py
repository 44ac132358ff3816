"""The API reference covers every operation and every model, and the site builds with no warning."""

from __future__ import annotations

import os
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
    assert "| `activity_id` | `activityId` | `int` \\| `None` |" in activity  # Python name, wire name, type
    for name in models.__all__:
        cls = getattr(models, name)
        page = pages[model_path(name)]
        for field in cls.__attrs_attrs__:
            if field.name != "additional_properties":
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
