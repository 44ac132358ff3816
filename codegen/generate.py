"""Run openapi-python-client (pinned) on the normalized document, with our templates and config."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from codegen import OPENAPI_PYTHON_CLIENT_VERSION, PACKAGE_NAME


class GeneratorError(Exception):
    """openapi-python-client failed or warned (we run it with --fail-on-warning)."""


@dataclass(frozen=True, slots=True)
class GeneratorRun:
    package_dir: Path
    output: str


def generator_config() -> dict[str, Any]:
    return {
        "package_name_override": PACKAGE_NAME,
        "project_name_override": PACKAGE_NAME,
        # Formatting is our own step (codegen/format.py) so it does not depend on where output is written.
        "post_hooks": [],
        # Not used: enums are plain strings by the time the generator sees them (see normalize.for_generator).
        "literal_enums": False,
        # Our tags are the groups; each operation has exactly one.
        "generate_all_tags": False,
        "docstrings_on_attributes": True,
        "field_prefix": "field_",
    }


def check_version() -> None:
    installed = metadata.version("openapi-python-client")
    if installed != OPENAPI_PYTHON_CLIENT_VERSION:
        raise GeneratorError(
            f"openapi-python-client {installed} is installed; generation is pinned to "
            f"{OPENAPI_PYTHON_CLIENT_VERSION} (run `make install`)"
        )


def run_generator(document: dict[str, Any], work_dir: Path, templates: Path) -> GeneratorRun:
    """Write the package into work_dir/PACKAGE_NAME and return it with the generator's output."""
    check_version()
    work_dir.mkdir(parents=True, exist_ok=True)
    spec_file = work_dir / "openapi.json"
    config_file = work_dir / "config.json"
    spec_file.write_text(json.dumps(document, indent=1, sort_keys=False), encoding="utf-8")
    config_file.write_text(json.dumps(generator_config(), indent=1), encoding="utf-8")
    package_dir = work_dir / PACKAGE_NAME
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec_file),
        "--config",
        str(config_file),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    if templates.is_dir() and any(templates.iterdir()):
        command += ["--custom-template-path", str(templates)]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=work_dir, check=False)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise GeneratorError(f"openapi-python-client failed (exit {proc.returncode}):\n{output}")
    if not package_dir.is_dir():
        raise GeneratorError(f"openapi-python-client wrote no package at {package_dir}:\n{output}")
    return GeneratorRun(package_dir=package_dir, output=output)
