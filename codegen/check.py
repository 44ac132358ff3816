"""`check`: regenerate into a temporary folder and compare byte for byte with generated/; every operation must
have a reviewed name (a row in swagger/operations.tsv) and every row an operation."""

from __future__ import annotations

import difflib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from codegen import PACKAGE_NAME
from codegen.normalize import iter_operations
from codegen.pipeline import Paths, build

MAX_DIFF_LINES = 20


@dataclass
class Comparison:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare_trees(expected: Path, actual: Path) -> Comparison:
    """`expected`: freshly generated; `actual`: what is committed."""
    new, old = _files(expected), _files(actual)
    result = Comparison()
    result.added = sorted(set(new) - set(old))
    result.removed = sorted(set(old) - set(new))
    result.changed = sorted(
        name for name in set(new) & set(old) if new[name].read_bytes() != old[name].read_bytes()
    )
    return result


def _operations(package_dir: Path) -> set[str]:
    """Every operation ("METHOD path") of a generated package, read from its contract; none without one."""
    contract = package_dir / "_contract.json"
    if not contract.is_file():
        return set()
    doc = json.loads(contract.read_text(encoding="utf-8"))
    return {f"{method} {path}" for method, path, _ in iter_operations(doc)}


def _diff_excerpt(expected: Path, actual: Path, name: str) -> list[str]:
    old = actual.read_text(encoding="utf-8", errors="replace").splitlines()
    new = expected.read_text(encoding="utf-8", errors="replace").splitlines()
    lines = list(difflib.unified_diff(old, new, f"generated/{name}", f"regenerated/{name}", lineterm="", n=1))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)"]
    return lines


def _names_review(unnamed: list[str], stale: list[str]) -> list[str]:
    """Names nobody reviewed fail the check: a derived name would become public API unseen."""
    lines: list[str] = []
    if unnamed:
        lines.append(
            f"NAMES NOT REVIEWED: {len(unnamed)} operation(s) have no row in swagger/operations.tsv. "
            "Review and add these suggested rows (or run `make upgrade-spec ... ACCEPT_NAMES=1`):"
        )
        lines += [f"  {row}" for row in unnamed]
    if stale:
        lines.append(
            f"STALE NAMES: {len(stale)} row(s) of swagger/operations.tsv name operations the spec does not "
            "have; retire them (`make upgrade-spec` moves them to swagger/retired.tsv):"
        )
        lines += [f"  {row}" for row in stale]
    return lines


def run_check(spec_path: Path, generated_root: Path, paths: Paths | None = None) -> tuple[int, str]:
    """(exit code, human-readable summary). Non-zero when generated/ is not what the spec produces."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ofsc-check-") as tmp:
        result = build(spec_path, Path(tmp), paths=paths, allow_mismatch=True)
        lines.append(result.report.render())
        if result.lock_message:
            lines.append(f"SPEC MISMATCH: {result.lock_message}")
            lines.append("  (regenerated anyway; what would change is listed below)")
        fresh = Path(tmp) / PACKAGE_NAME
        committed = generated_root / PACKAGE_NAME
        comparison = compare_trees(fresh, committed)
        new_ops, old_ops = _operations(fresh), _operations(committed)
        added_ops, removed_ops = sorted(new_ops - old_ops), sorted(old_ops - new_ops)
        if added_ops or removed_ops:
            lines.append(f"operations in spec {result.report.spec_version or '?'} versus generated/:")
            lines += [f"  + {op}" for op in added_ops]
            lines += [f"  - {op}" for op in removed_ops]
        lines += _names_review(result.report.unnamed_rows, result.report.stale_rows)
        if comparison.same:
            lines.append(f"generated/{PACKAGE_NAME} is up to date ({len(_files(fresh))} files identical).")
        else:
            lines.append(
                f"generated/{PACKAGE_NAME} differs from what the spec produces: "
                f"{len(comparison.added)} added, {len(comparison.removed)} removed, "
                f"{len(comparison.changed)} changed files"
            )
            lines += [f"  added:   {name}" for name in comparison.added]
            lines += [f"  removed: {name}" for name in comparison.removed]
            lines += [f"  changed: {name}" for name in comparison.changed]
            for name in comparison.changed[:3]:
                lines += ["    " + line for line in _diff_excerpt(fresh / name, committed / name, name)]
            lines.append("Run `make generate` (with --update-lock for a new spec) and commit the result.")
    unreviewed = bool(result.report.unnamed_rows or result.report.stale_rows)
    failed = bool(result.lock_message) or not comparison.same or unreviewed
    return (1 if failed else 0), "\n".join(lines)
