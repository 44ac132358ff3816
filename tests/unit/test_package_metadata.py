"""The package as published: version and spec version at run time, metadata, licence, dependency ranges."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import ofsc_overlay

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def _lock_version() -> str:
    match = re.search(r'^version = "([^"]+)"$', (ROOT / "swagger" / "spec.lock").read_text(), re.MULTILINE)
    assert match
    return match.group(1)


def test_version_and_spec_version_are_readable_at_run_time() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", ofsc_overlay.__version__)
    # The generator writes it from the spec it read, which spec.lock pins.
    assert ofsc_overlay.SPEC_VERSION == _lock_version()


def test_changelog_has_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(ofsc_overlay.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M
    )
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{ofsc_overlay.__version__}]")


def test_metadata_for_the_package_index() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["authors"] and project["keywords"]
    assert "Typing :: Typed" in project["classifiers"]
    python = re.search(r">=3\.(\d+)", project["requires-python"])
    assert python and f"Programming Language :: Python :: 3.{python.group(1)}" in project["classifiers"]
    assert {"Homepage", "Documentation", "Repository", "Changelog"} <= set(project["urls"])
    assert all(url.startswith("https://") for url in project["urls"].values())
    assert (ROOT / "ofsc_overlay" / "py.typed").is_file()
    assert (ROOT / "generated" / "ofsc_generated" / "py.typed").is_file()


def test_development_tools_are_not_published_extras() -> None:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    extras = data["project"].get("optional-dependencies", {})
    assert "dev" not in extras
    published = [*data["project"]["dependencies"], *(d for deps in extras.values() for d in deps)]
    tools = ("pytest", "ruff", "mypy", "openapi-python-client", "respx", "mkdocs", "twine")
    assert not [d for d in published if d.startswith(tools)]
    assert "==" not in " ".join(published)  # exact pins belong to the development groups
    assert "pytest" in " ".join(str(d) for d in data["dependency-groups"]["dev"])


def test_every_upper_bound_on_a_published_dependency_says_why() -> None:
    """A cap stops users from upgrading: each one needs a comment right above it."""
    lines = PYPROJECT.read_text(encoding="utf-8").splitlines()
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    published = [*data["dependencies"], *(d for deps in data["optional-dependencies"].values() for d in deps)]
    capped = [d for d in published if "<" in d]
    assert capped  # httpx and httpx-retries are capped today; the check below is not vacuous
    for dependency in capped:
        index = next(i for i, line in enumerate(lines) if f'"{dependency}"' in line)
        assert lines[index - 1].strip().startswith("#") or "#" in lines[index], f"{dependency}: why capped?"
