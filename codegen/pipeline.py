"""The generation pipeline: spec, fixes, convert, names, normalize, generate, emit, format, verify."""

from __future__ import annotations

import copy
import csv
import importlib
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import PACKAGE_NAME
from codegen.convert import convert
from codegen.fixes import apply_fixes, load_fixes
from codegen.format import format_package
from codegen.generate import run_generator
from codegen.lock import LoadedSpec, SpecError, load_lock, load_spec, lock_for, lock_mismatch, write_lock
from codegen.normalize import for_generator, iter_operations, normalize
from codegen.notes import Notes
from codegen.report import Report, enforce, verify_coverage

ROOT = Path(__file__).resolve().parent.parent

# Path roots -> groups, for operations the names table does not know yet (a newer spec).
_GROUP_BY_ROOT = {
    "ofscCore": "core",
    "ofscMetadata": "metadata",
    "ofscCapacity": "capacity",
    "ofscStatistics": "statistics",
    "ofscPartsCatalog": "parts_catalog",
    "ofscCollaboration": "collaboration",
    "oauthTokenService": "auth",
}
_VERBS = {"GET": "get", "POST": "create", "PUT": "replace", "PATCH": "update", "DELETE": "delete"}


@dataclass(frozen=True, slots=True)
class Paths:
    templates: Path = ROOT / "templates"
    fixes: Path = ROOT / "swagger" / "fixes.json"
    names: Path = ROOT / "swagger" / "operations.tsv"
    lock: Path = ROOT / "swagger" / "spec.lock"


@dataclass
class BuildResult:
    report: Report
    lock_message: str | None
    document: dict[str, Any]


def derive_name(method: str, path: str) -> tuple[str, str]:
    """A stable (group, name) for an operation missing from the names table."""
    segments = [s for s in path.split("/") if s and s != "rest"]
    root = segments[0] if segments else "api"
    group = _GROUP_BY_ROOT.get(root, re.sub(r"\W+", "_", root).strip("_").lower() or "api")
    version = next((s for s in segments[1:2] if re.fullmatch(r"v\d+", s)), "")
    words: list[str] = []
    for segment in segments[2 if version else 1 :]:
        if segment.startswith("{"):
            continue
        words.extend(w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", segment))
    name = "_".join([_VERBS.get(method, method.lower()), *words]) or method.lower()
    if version and version != "v1":
        name = f"{name}_{version}"
    return group, name


def _read_table(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {(row["method"].upper(), row["path"]): (row["group"], row["name"]) for row in rows}


def resolve_operation_names(
    paths: dict[str, Any], table_path: Path
) -> tuple[dict[tuple[str, str], tuple[str, str]], list[str]]:
    """(METHOD, path) -> (group, name) for every operation, plus warnings for ones missing from the table."""
    try:
        names_mod: Any = importlib.import_module("codegen.names")
    except ImportError:
        names_mod = None
    if (
        names_mod is not None
        and hasattr(names_mod, "resolve_names")
        and hasattr(names_mod, "load_names_table")
    ):
        table = names_mod.load_names_table(table_path)
        resolved, warnings = names_mod.resolve_names(paths, table)
        return {key: (value.group, value.name) for key, value in resolved.items()}, list(warnings)
    # Fallback while codegen.names is not available: read the table directly, derive the rest.
    table = _read_table(table_path) if table_path.is_file() else {}
    result: dict[tuple[str, str], tuple[str, str]] = {}
    derived: list[str] = []
    used = set(table.values())
    for path, item in paths.items():
        for method in item:
            key = (method.upper(), path)
            if key in table:
                result[key] = table[key]
                continue
            group, name = derive_name(*key)
            candidate, index = name, 2
            while (group, candidate) in used:
                candidate, index = f"{name}_{index}", index + 1
            used.add((group, candidate))
            result[key] = (group, candidate)
            derived.append(f"{key[0]} {path} is not in the names table; generated as {group}.{candidate}")
    return result, derived


def _emit_extras(document: dict[str, Any], package_dir: Path, report: Report) -> None:
    """Catalog and facade come from their own modules; skip them (with a warning) until those exist."""
    for module_name, function in (("codegen.catalog", "emit_catalog"), ("codegen.facade", "emit_facade")):
        try:
            module: Any = importlib.import_module(module_name)
        except ImportError:
            report.warnings.append(f"{module_name} not available: {function} skipped")
            continue
        getattr(module, function)(document, package_dir)


def prepare(
    spec: LoadedSpec, paths: Paths, notes: Notes, report: Report
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Spec -> (normalized OpenAPI 3 document, the generator's view of it)."""
    swagger = copy.deepcopy(spec.doc)
    report.fixes = apply_fixes(swagger, load_fixes(paths.fixes))
    oas3 = convert(swagger, notes)
    names, name_warnings = resolve_operation_names(oas3["paths"], paths.names)
    report.warnings.extend(name_warnings)
    document, model_warnings = normalize(oas3, names, notes)
    report.warnings.extend(model_warnings)
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
        _emit_extras(document, run.package_dir, report)
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


def operation_keys(document: dict[str, Any]) -> list[str]:
    return [f"{method} {path}" for method, path, _ in iter_operations(document)]
