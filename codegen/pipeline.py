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
from codegen.names import (
    OperationName,
    RetiredName,
    check_not_retired,
    load_names_table,
    load_retired,
    resolve_names,
    stale_rows,
    suggested_row,
)
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
    retired: Path = ROOT / "swagger" / "retired.tsv"


@dataclass
class BuildResult:
    report: Report
    lock_message: str | None
    document: dict[str, Any]


def resolve_operation_names(
    paths: dict[str, Any], table_path: Path, retired: dict[str, RetiredName], report: Report
) -> dict[tuple[str, str], tuple[str, str]]:
    """(METHOD, path) -> (group, name) for every operation; what needs a review goes into `report`."""
    table = load_names_table(table_path)
    check_not_retired(table, retired)
    reserved = {OperationName(r.group, r.name) for r in retired.values()}
    resolved, warnings = resolve_names(paths, table, reserved)
    report.unnamed_rows = [
        suggested_row(method, path, name)
        for (method, path), name in sorted(resolved.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        if (method, path) not in table
    ]
    # Rows the spec no longer has: their public names would vanish silently.
    report.stale_rows = stale_rows(paths, table)
    report.warnings.extend(warnings + report.stale_rows)
    return {key: (value.group, value.name) for key, value in resolved.items()}


def prepare(
    spec: LoadedSpec, paths: Paths, notes: Notes, report: Report
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Spec -> (normalized OpenAPI 3 document, the generator's view of it)."""
    swagger = copy.deepcopy(spec.doc)
    report.fixes = apply_fixes(swagger, load_fixes(paths.fixes))
    audit(swagger, notes)
    oas3 = convert(swagger, notes)
    names = resolve_operation_names(oas3["paths"], paths.names, load_retired(paths.retired), report)
    document, model_warnings = normalize(oas3, names, notes)
    report.warnings.extend(model_warnings)
    verify_against_spec(swagger, document, report)
    return document, for_generator(document, notes)


def emit_spec_module(spec: LoadedSpec, package_dir: Path) -> None:
    """package_dir/_spec.py: which spec the package was generated from, readable at run time for nothing."""
    (package_dir / "_spec.py").write_text(
        '"""The Oracle Field Service REST API spec this package was generated from (generated)."""'
        f"\n\nSPEC_VERSION = {spec.version!r}\nSPEC_SHA256 = {spec.sha256!r}\n",
        encoding="utf-8",
    )


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
    retired = list(load_retired(paths.retired).values())

    with tempfile.TemporaryDirectory(prefix="ofsc-codegen-") as tmp:
        run = run_generator(generator_doc, Path(tmp), paths.templates)
        # PEP 561 marker: type checkers read the generated annotations.
        (run.package_dir / "py.typed").write_text("", encoding="utf-8")
        emit_spec_module(spec, run.package_dir)
        operations = emit_catalog(document, run.package_dir, retired)
        emit_facade(operations, run.package_dir, retired)
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
