"""The generation pipeline: spec, fixes, convert, names, normalize, generate, emit, format, verify."""

from __future__ import annotations

import copy
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import PACKAGE_NAME
from codegen.audit import audit
from codegen.catalog import emit_catalog
from codegen.compat_types import emit_compat_types
from codegen.convert import convert
from codegen.facade import emit_facade
from codegen.fixes import apply_fixes, load_fixes
from codegen.format import format_package
from codegen.generate import run_generator
from codegen.lock import LoadedSpec, SpecError, load_lock, load_spec, lock_for, lock_mismatch, write_lock
from codegen.names import load_names_table, resolve_names, stale_rows
from codegen.normalize import for_generator, normalize
from codegen.notes import Notes
from codegen.report import Report, enforce, verify_against_spec, verify_coverage

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Paths:
    templates: Path = ROOT / "templates"
    fixes: Path = ROOT / "swagger" / "fixes.json"
    names: Path = ROOT / "swagger" / "operations.tsv"
    lock: Path = ROOT / "swagger" / "spec.lock"
    pyofsc: Path = ROOT / "ofsc_overlay" / "compat" / "pyofsc-2.26.tsv"


@dataclass
class BuildResult:
    report: Report
    lock_message: str | None
    document: dict[str, Any]


def resolve_operation_names(
    paths: dict[str, Any], table_path: Path
) -> tuple[dict[tuple[str, str], tuple[str, str]], list[str]]:
    """(METHOD, path) -> (group, name) for every operation, plus warnings for ones missing from the table."""
    table = load_names_table(table_path)
    resolved, warnings = resolve_names(paths, table)
    # Rows the spec no longer has: their public names would vanish silently.
    warnings += stale_rows(paths, table)
    return {key: (value.group, value.name) for key, value in resolved.items()}, warnings


def prepare(
    spec: LoadedSpec, paths: Paths, notes: Notes, report: Report
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Spec -> (normalized OpenAPI 3 document, the generator's view of it)."""
    swagger = copy.deepcopy(spec.doc)
    report.fixes = apply_fixes(swagger, load_fixes(paths.fixes))
    audit(swagger, notes)
    oas3 = convert(swagger, notes)
    names, name_warnings = resolve_operation_names(oas3["paths"], paths.names)
    report.warnings.extend(name_warnings)
    document, model_warnings = normalize(oas3, names, notes)
    report.warnings.extend(model_warnings)
    verify_against_spec(swagger, document, report)
    return document, for_generator(document, notes)


def build(
    spec_path: Path,
    out_root: Path,
    *,
    paths: Paths | None = None,
    update_lock: bool = False,
    allow_mismatch: bool = False,
) -> BuildResult:
    """Generate `out_root/ofsc_generated` from the spec; raise on a lock mismatch unless allowed."""
    paths = paths or Paths()
    started = time.monotonic()
    spec = load_spec(spec_path)
    lock = load_lock(paths.lock)
    mismatch = lock_mismatch(spec, lock)
    if mismatch and not (update_lock or allow_mismatch):
        raise SpecError(f"{mismatch}; pass --update-lock after reviewing the new spec")

    notes = Notes()
    report = Report(spec_version=spec.version, notes=notes)
    document, generator_doc = prepare(spec, paths, notes, report)

    with tempfile.TemporaryDirectory(prefix="ofsc-codegen-") as tmp:
        run = run_generator(generator_doc, Path(tmp), paths.templates)
        # PEP 561 marker: type checkers read the generated annotations.
        (run.package_dir / "py.typed").write_text("", encoding="utf-8")
        operations = emit_catalog(document, run.package_dir)
        emit_facade(operations, run.package_dir)
        emit_compat_types(operations, run.package_dir, paths.pyofsc)
        format_package(run.package_dir)
        verify_coverage(document, run.package_dir, report)
        enforce(report)
        target = out_root / PACKAGE_NAME
        out_root.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(run.package_dir, target)

    if update_lock and mismatch:
        write_lock(paths.lock, lock_for(spec, lock.source))
    report.seconds = time.monotonic() - started
    return BuildResult(report=report, lock_message=mismatch, document=document)
