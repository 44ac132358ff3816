"""`python -m codegen upgrade` (`make upgrade-spec`): a new Oracle spec end to end, nothing left by hand.

Fetch the spec to swagger/swagger.json, compare it with the committed contract and write the API changelog,
make sure every operation has a reviewed name (or, with --accept-names, write the suggested rows), retire the
names of removed operations, regenerate with spec.lock updated, refresh docs/public-api.txt, add an entry to
CHANGELOG.md, and print what happened and what the maintainer still has to decide.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from codegen import PACKAGE_NAME
from codegen.apidiff import ContractDiff, contract_for_spec, diff_contracts
from codegen.changelog import changelog_entry, render_changes, update_changelog
from codegen.lock import LoadedSpec, load_lock, load_spec
from codegen.names import (
    RETIRED_HEADER,
    TABLE_HEADER,
    RetiredName,
    load_names_table,
    load_retired,
)
from codegen.pipeline import Paths, build
from codegen.speclocation import LOCAL_SPEC
from codegen.specsource import fetch_spec

__all__ = ["UpgradeOutcome", "accept_rows", "paging_twins", "retire_rows", "upgrade"]


@dataclass
class UpgradeOutcome:
    code: int  # 0: done (or nothing to upgrade), 1: refused, names to review
    diff: ContractDiff | None = None
    accepted: list[str] = field(default_factory=list)
    retired: list[RetiredName] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)


def _row_key(row: str) -> tuple[str, str]:
    method, path = row.split("\t")[:2]
    return path, method


def accept_rows(table_path: Path, rows: list[str]) -> None:
    """Add names-table rows, keeping the table sorted by path, then method."""
    lines = [line for line in table_path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    merged = sorted({*lines, *rows}, key=_row_key)
    table_path.write_text("\t".join(TABLE_HEADER) + "\n" + "\n".join(merged) + "\n", encoding="utf-8")
    load_names_table(table_path)  # a row that breaks the table's rules fails here, not in generation


def paging_twins(catalog_path: Path) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> the get_all_* twin's name, read from a generated catalog.py (plain literals)."""
    if not catalog_path.is_file():
        return {}
    twins: dict[tuple[str, str], str] = {}
    for node in ast.walk(ast.parse(catalog_path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Operation":
            fields = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
            if isinstance(fields.get("all_name"), str):
                twins[(str(fields["method"]).upper(), str(fields["path"]))] = str(fields["all_name"])
    return twins


def retire_rows(
    table_path: Path,
    retired_path: Path,
    present: set[tuple[str, str]],
    version: str,
    twins: dict[tuple[str, str], str] | None = None,
) -> list[RetiredName]:
    """Move rows whose operation the spec no longer has from the names table to retired.tsv.

    A paged operation's get_all_* twin (from `twins`) is retired with it: both names keep raising methods.
    """
    table = load_names_table(table_path)
    gone: list[RetiredName] = []
    for (method, path), name in sorted(table.items()):
        if (method, path) in present:
            continue
        gone.append(RetiredName(name.group, name.name, method, path, version))
        twin = (twins or {}).get((method, path))
        if twin:
            gone.append(RetiredName(name.group, twin, method, path, version))
    if not gone:
        return []
    keys = {(r.method, r.path) for r in gone}
    kept = [
        line
        for line in table_path.read_text(encoding="utf-8").splitlines()[1:]
        if line.strip() and tuple(line.split("\t")[:2]) not in keys
    ]
    table_path.write_text("\t".join(TABLE_HEADER) + "\n" + "\n".join(kept) + "\n", encoding="utf-8")
    retired = {**load_retired(retired_path), **{r.key: r for r in gone}}
    rows = [r.row() for _, r in sorted(retired.items())]
    retired_path.write_text("\t".join(RETIRED_HEADER) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return gone


def _present(spec: LoadedSpec) -> set[tuple[str, str]]:
    from codegen.lock import HTTP_METHODS

    return {
        (method.upper(), path)
        for path, item in spec.doc.get("paths", {}).items()
        for method in item
        if method in HTTP_METHODS
    }


def _repository_url(root: Path, path: str) -> str | None:
    """``path`` on the repository's web page ([project.urls] Repository), or None when none is declared."""
    import tomllib

    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        repository = str(project["urls"]["Repository"]).rstrip("/")
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None
    return f"{repository}/blob/main/{path}"


def refresh_migration_table(root: Path) -> str | None:
    """Rewrite the pyOFSC method table of docs/migration.md from the regenerated catalog; a note if not."""
    page = root / "docs" / "migration.md"
    if not page.is_file():
        return "docs/migration.md not refreshed: the page is missing"
    command = [sys.executable, "-m", "ofsc_overlay.compat._doc", str(page)]
    proc = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return f"docs/migration.md not refreshed (exit {proc.returncode}):\n{proc.stderr[-2000:]}"
    return None


def refresh_public_api(root: Path) -> str | None:
    """Rewrite docs/public-api.txt with the listing the public-API test computes; a note when it could not."""
    test = root / "tests" / "unit" / "test_public_api.py"
    if not test.is_file():
        return "docs/public-api.txt not refreshed: tests/unit/test_public_api.py is missing"
    env = {**os.environ, "OFSC_UPDATE_PUBLIC_API": "1"}
    command = [sys.executable, "-m", "pytest", str(test), "-q", "-p", "no:cacheprovider"]
    proc = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return f"docs/public-api.txt not refreshed (exit {proc.returncode}):\n{proc.stdout[-2000:]}"
    return None


def _summary(outcome: UpgradeOutcome, seconds: float, unnamed: list[str]) -> str:
    diff = outcome.diff
    assert diff is not None
    lines = [
        f"OFSC spec upgrade: {diff.old_version} -> {diff.new_version}",
        f"  operations: {len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed",
    ]
    lines += [f"    + client.{m} ({route})" for m, route in diff.added]
    lines += [f"    - client.{m} ({route})" for m, route in diff.removed]
    lines.append(f"  breaking changes: {len(diff.breaking)}")
    lines += [f"    ! client.{c.method}: {c.text}" for c in diff.breaking]
    if outcome.retired:
        lines.append("  retired (swagger/retired.tsv; their methods raise OperationRemovedError):")
        lines += [f"    {r.key} ({r.method} {r.path})" for r in outcome.retired]
    if outcome.written:
        lines.append("  wrote: " + ", ".join(outcome.written))
    lines += [f"  note: {note}" for note in outcome.notes]
    decide: list[str] = []
    if unnamed and outcome.code != 0:
        decide.append(
            "name the new operations: add these rows to swagger/operations.tsv (names are public API), "
            "or re-run with ACCEPT_NAMES=1 to accept them as suggested:"
        )
        decide += [f"    {row}" for row in unnamed]
    elif outcome.accepted:
        decide.append("review the names accepted as suggested (renaming after a release breaks callers):")
        decide += [f"    {row}" for row in outcome.accepted]
    if outcome.code == 0:
        if diff.breaking:
            decide.append(
                "the breaking changes above: tell users (CHANGELOG.md) and choose the release version"
            )
        decide.append(
            "commit swagger/ (not swagger/swagger.json), generated/, docs/ and CHANGELOG.md together, "
            "after `make test`, `make check-generated`, `make lint` and `make typecheck`"
        )
    lines.append("  still to decide:")
    lines += [f"    - {item}" if not item.startswith("    ") else f"  {item}" for item in decide]
    lines.append(f"  took {seconds:.0f}s")
    return "\n".join(lines)


def upgrade(
    source: str,
    *,
    accept_names: bool = False,
    profile: str | None = None,
    root: Path | None = None,
    paths: Paths | None = None,
    echo: Callable[[str], None] = print,
) -> UpgradeOutcome:
    from codegen.pipeline import ROOT

    root = root or ROOT
    paths = paths or Paths(
        templates=root / "templates",
        fixes=root / "swagger" / "fixes.json",
        names=root / "swagger" / "operations.tsv",
        lock=root / "swagger" / "spec.lock",
        retired=root / "swagger" / "retired.tsv",
    )
    started = time.monotonic()
    target = root / LOCAL_SPEC
    outcome = UpgradeOutcome(code=0)
    old_lock = load_lock(paths.lock)
    outcome.notes += fetch_spec(source, target, root=root, profile=profile)
    spec = load_spec(target)
    echo(f"fetched {target.relative_to(root)}: version {spec.version or '?'}, sha256 {spec.sha256[:12]}...")

    committed = root / "generated" / PACKAGE_NAME / "_contract.json"
    old_contract = json.loads(committed.read_text(encoding="utf-8"))
    new_contract, report = contract_for_spec(target, paths)
    diff = outcome.diff = diff_contracts(old_contract, new_contract)
    version = spec.version or diff.new_version
    unnamed = list(report.unnamed_rows)

    if spec.sha256 == old_lock.sha256:
        outcome.notes.append(
            f"the spec is the one swagger/spec.lock pins ({old_lock.version}): nothing to upgrade"
        )
        echo(_summary(outcome, time.monotonic() - started, unnamed))
        return outcome
    if unnamed and not accept_names:
        outcome.code = 1
        outcome.notes.append("stopped before changing anything: operations without a reviewed name")
        echo(_summary(outcome, time.monotonic() - started, unnamed))
        return outcome
    if unnamed:
        accept_rows(paths.names, unnamed)
        outcome.accepted = unnamed
    twins = paging_twins(root / "generated" / PACKAGE_NAME / "catalog.py")
    outcome.retired = retire_rows(paths.names, paths.retired, _present(spec), version, twins)

    result = build(target, root / "generated", paths=paths, update_lock=True)
    outcome.written += ["generated/", "swagger/spec.lock"]
    if outcome.accepted:
        outcome.written.append("swagger/operations.tsv")
    if outcome.retired:
        outcome.written.append("swagger/retired.tsv")
    if result.report.warnings:
        outcome.notes += [f"generation warning: {w}" for w in result.report.warnings]

    changes = root / "docs" / "api-changes" / f"{version}.md"
    changes.parent.mkdir(parents=True, exist_ok=True)
    changes.write_text(render_changes(diff, outcome.notes), encoding="utf-8")
    link = changes.relative_to(root).as_posix()
    update_changelog(root / "CHANGELOG.md", changelog_entry(diff, link, _repository_url(root, link)))
    outcome.written += [link, "CHANGELOG.md"]
    problem = refresh_public_api(root)
    if problem:
        outcome.notes.append(problem)
    else:
        outcome.written.append("docs/public-api.txt")
    problem = refresh_migration_table(root)
    if problem:
        outcome.notes.append(problem)
    else:
        outcome.written.append("docs/migration.md")
    echo(_summary(outcome, time.monotonic() - started, unnamed))
    return outcome
