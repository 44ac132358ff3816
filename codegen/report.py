"""Coverage report: what the spec declares versus what was generated, and every repair made on the way."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.fixes import Fix
from codegen.lock import HTTP_METHODS
from codegen.normalize import iter_operations
from codegen.notes import PROBLEMS, Notes

_FUNCTIONS = ("def sync(", "def sync_detailed(", "async def asyncio(", "async def asyncio_detailed(")


class CoverageError(Exception):
    """An operation or schema of the spec has no generated counterpart."""


@dataclass
class Report:
    spec_version: str
    operations: int = 0
    operations_generated: int = 0
    models: int = 0
    models_generated: int = 0
    fixes: list[Fix] = field(default_factory=list)
    notes: Notes = field(default_factory=Notes)
    warnings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # Names nobody reviewed yet (suggested operations.tsv rows) and table rows the spec no longer has.
    unnamed_rows: list[str] = field(default_factory=list)
    stale_rows: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def render(self) -> str:
        lines = [
            f"OFSC spec {self.spec_version}: coverage report",
            f"  operations: {self.operations_generated}/{self.operations} generated "
            "(sync, sync_detailed, asyncio, asyncio_detailed each)",
            f"  models:     {self.models_generated}/{self.models} schemas generated as models",
            f"  declared fixes applied: {len(self.fixes)}",
        ]
        lines += [f"    - {fix.id}: {fix.reason}" for fix in self.fixes]
        lines.append("  spec problems handled by rule:")
        counts = self.notes.counts()
        for kind, text in PROBLEMS.items():
            if counts.get(kind):
                lines.append(f"    - {text}: {counts[kind]}")
        lines.append(f"  warnings: {len(self.warnings)}")
        lines += [f"    ! {warning}" for warning in self.warnings]
        if self.missing:
            lines.append(f"  MISSING from the generated package: {len(self.missing)}")
            lines += [f"    x {item}" for item in self.missing]
        if self.seconds:
            lines.append(f"  generation took {self.seconds:.1f}s")
        return "\n".join(lines)


def verify_coverage(doc: dict[str, Any], package_dir: Path, report: Report) -> None:
    """Fill the counts and `missing`, checking the generated files themselves."""
    ops = list(iter_operations(doc))
    report.operations = len(ops)
    generated_ops = 0
    for method, path, op in ops:
        module = package_dir / "api" / op["tags"][0] / f"{op['operationId']}.py"
        text = module.read_text(encoding="utf-8") if module.is_file() else ""
        if all(fn in text for fn in _FUNCTIONS) and f'"method": "{method.lower()}"' in text:
            generated_ops += 1
        else:
            report.missing.append(f"operation {method} {path} ({module.relative_to(package_dir)})")
    report.operations_generated = generated_ops

    schemas = doc["components"]["schemas"]
    report.models = len(schemas)
    models_dir = package_dir / "models"
    classes: set[str] = set()
    for file in models_dir.glob("*.py"):
        classes.update(re.findall(r"^class (\w+)\b", file.read_text(encoding="utf-8"), flags=re.MULTILINE))
    generated_models = 0
    for name, schema in schemas.items():
        # Only object schemas become classes; scalars and arrays are type aliases the generator inlines.
        if not _is_object(schema):
            generated_models += 1
            continue
        if name in classes:
            generated_models += 1
        else:
            report.missing.append(f"model {name}")
    report.models_generated = generated_models


def verify_against_spec(swagger: dict[str, Any], doc: dict[str, Any], report: Report) -> None:
    """Nothing of the spec may be lost before the generator runs (conversion and normalization included)."""
    kept = {(method, path) for method, path, _ in iter_operations(doc)}
    for path, item in swagger.get("paths", {}).items():
        for method in item:
            if method in HTTP_METHODS and (method.upper(), path) not in kept:
                report.missing.append(f"operation {method.upper()} {path} (lost before generation)")
    # Every definition keeps a component (renamed 1:1); hoisted inline schemas come on top.
    expected = len(swagger.get("definitions", {})) + len(report.notes.items.get("inline-schema", []))
    schemas = len(doc.get("components", {}).get("schemas", {}))
    if schemas < expected:
        report.missing.append(
            f"{expected - schemas} schema(s) lost before generation ({schemas} of {expected})"
        )


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def enforce(report: Report) -> None:
    if report.missing:
        raise CoverageError(
            f"{len(report.missing)} operations/models were dropped by the generator\n{report.render()}"
        )
