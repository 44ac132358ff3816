"""The guides' examples work: every ```python block runs against the simulator over loopback HTTP.

Blocks of one page run in order in one namespace, as a reader would paste them, with the client's settings
in the environment (OFSC_INSTANCE, OFSC_BASE_URL, ...) pointing at a fresh simulator. ```py blocks (they
need a real tenant or files) compile here and are type-checked in test_typecheck_blocks.
"""

from __future__ import annotations

import ast
import contextlib
import io
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _blocks import blocks, pages

from ofsc_overlay.testing import Simulator

CACHE = Path(__file__).resolve().parents[2] / ".mypy_cache" / "docs"
RUN = [
    page for page in pages() if page.name != "migration.md" and any(b.lang == "python" for b in blocks(page))
]


def test_the_guides_have_examples_to_run() -> None:
    names = {page.name for page in RUN}
    assert {"quickstart.md", "errors.md", "paging.md", "testing.md", "resilience.md"} <= names


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Examples configure logging (basicConfig, levels) as a reader would; later tests must not see it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            logger.setLevel(levels.get(name, logging.NOTSET))


@pytest.mark.parametrize("page", RUN, ids=lambda p: p.name)
@pytest.mark.usefixtures("restore_logging")
def test_python_blocks_run_against_the_simulator(
    page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with Simulator() as sim:
        settings = sim.client_settings()
        for name, var in (
            ("instance", "OFSC_INSTANCE"),
            ("client_id", "OFSC_CLIENT_ID"),
            ("client_secret", "OFSC_CLIENT_SECRET"),
            ("base_url", "OFSC_BASE_URL"),
        ):
            monkeypatch.setenv(var, settings[name])
        for var in ("OFSC_AUTH", "OFSC_TOKEN", "OFSC_PROFILE", "OFSC_CONFIG"):
            monkeypatch.delenv(var, raising=False)
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no user config file takes part
        namespace: dict[str, object] = {"__name__": "__docs__"}
        ran = 0
        for block in blocks(page):
            if block.lang != "python":
                continue
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    exec(compile(block.code, block.where, "exec"), namespace)  # noqa: S102
            except Exception as exc:
                raise AssertionError(f"{block.where} failed: {exc!r}\n{block.code}") from exc
            ran += 1
        assert ran


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_every_python_block_compiles(page: Path) -> None:
    for block in blocks(page):
        # Snippets may show `await` / `async with` as they would appear inside a coroutine.
        compile(block.code, block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_blocks_that_need_a_tenant_type_check(tmp_path: Path) -> None:
    """```py blocks cannot run here; mypy checks them against the package's annotations instead."""
    files = []
    for page in pages():
        if page.name == "migration.md":
            continue
        for index, block in enumerate(b for b in blocks(page) if b.lang == "py"):
            path = tmp_path / f"{page.stem.replace('-', '_')}_{index}.py"
            path.write_text(block.code, encoding="utf-8")
            files.append(str(path))
    assert files
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(CACHE), *files],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
