"""Shared fixtures for the generation tests: the spec (optional) and one generation shared by the session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Without `pip install -e .` the project and the generated package are still importable from the tree.
for entry in (ROOT, ROOT / "generated"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))


def spec_path() -> Path | None:
    """The one spec location rule (codegen/speclocation.py)."""
    from codegen.speclocation import locate_spec

    return locate_spec(ROOT).path


@pytest.fixture(scope="session")
def spec() -> Path:
    from codegen.speclocation import locate_spec

    found = locate_spec(ROOT)
    if found.path is None:
        pytest.skip(f"OFSC spec not found; looked for {found.describe()}")
    return found.path


@pytest.fixture(scope="session")
def fresh_generation(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One full generation into a temporary folder, shared by every test that needs it (it takes seconds)."""
    from codegen.pipeline import build

    out = tmp_path_factory.mktemp("fresh")
    build(spec, out)
    yield out / "ofsc_generated"
