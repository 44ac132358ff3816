"""scripts/release_check.py's content rules: what must ship and what must not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "release_check.py"


@pytest.fixture(scope="module")
def release_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_check", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["release_check"] = module
    spec.loader.exec_module(module)
    return module


GOOD_WHEEL = [
    "ofsc_overlay/__init__.py",
    "ofsc_overlay/py.typed",
    "ofsc_generated/py.typed",
    "LICENSE",
    "ofsc_overlay/testing/app.py",
]


def test_a_complete_clean_wheel_passes(release_check: ModuleType) -> None:
    release_check.check_contents(GOOD_WHEEL, (*release_check.REQUIRED_WHEEL, "LICENSE"), "wheel")


@pytest.mark.parametrize(
    "extra",
    [
        "tests/unit/test_x.py",
        "ofsc_overlay/__pycache__/client.cpython-311.pyc",
        "bench/run.py",
        "generated/.pytest_cache/v",
        "swagger/ofsc.swagger.json",
        "ofsc_overlay/x.pyc",
    ],
)
def test_what_must_not_ship_fails(release_check: ModuleType, extra: str) -> None:
    with pytest.raises(SystemExit, match="must not ship"):
        release_check.check_contents([*GOOD_WHEEL, extra], release_check.REQUIRED_WHEEL, "wheel")


def test_a_missing_licence_or_marker_fails(release_check: ModuleType) -> None:
    for missing in ("LICENSE", "ofsc_generated/py.typed"):
        names = [n for n in GOOD_WHEEL if n != missing]
        with pytest.raises(SystemExit, match=f"missing \\['{missing}'\\]"):
            release_check.check_contents(names, (*release_check.REQUIRED_WHEEL, "LICENSE"), "wheel")


def test_the_changelog_needs_the_version(release_check: ModuleType) -> None:
    release_check.check_changelog(release_check._version())
    with pytest.raises(SystemExit, match="no '## \\[9.9.9\\]"):
        release_check.check_changelog("9.9.9")
