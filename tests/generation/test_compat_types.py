"""The generated typed signatures of the pyOFSC compatibility clients (ofsc_generated/compat_types.pyi)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from codegen.compat_types import BASE_GROUP, GROUPS, read_rows
from codegen.pipeline import Paths

ROOT = Path(__file__).resolve().parents[2]
STUB = ROOT / "generated" / "ofsc_generated" / "compat_types.pyi"


def _stub_methods() -> dict[tuple[str, str], list[str]]:
    """(class, method) -> parameter names, read from the committed stub."""
    methods: dict[tuple[str, str], list[str]] = {}
    for node in ast.parse(STUB.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    args = item.args
                    names = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]][1:]
                    methods[(node.name, item.name)] = names
    return methods


def test_every_pyofsc_method_in_the_spec_has_its_signature() -> None:
    from ofsc_generated.catalog import OPERATIONS

    routes = {f"{op.method.upper()} {op.path}" for op in OPERATIONS}
    methods = _stub_methods()
    checked = 0
    for row in read_rows(Paths().pyofsc):
        if row.route not in routes:
            continue
        groups = list(GROUPS.values()) if row.group == BASE_GROUP else [GROUPS[row.group]]
        expected = [t.rstrip("=") for t in row.params if not t.startswith("*")]
        for group in groups:
            names = methods[(f"{row.client.title()}{group.title()}", row.name)]
            assert names[: len(expected)] == expected, (row.client, row.group, row.name)
            checked += 1
    assert checked >= len(routes & {r.route for r in read_rows(Paths().pyofsc)})


def test_mypy_accepts_pyofsc_code_and_catches_misuse(tmp_path: Path) -> None:
    usage = tmp_path / "pyofsc_user.py"
    usage.write_text(
        textwrap.dedent(
            """\
            from datetime import date
            from typing import Any

            from ofsc_overlay.compat import OBJ_RESPONSE, OFSC, AsyncOFSC


            def sync_code(instance: OFSC) -> Any:
                instance.core.get_activity("4200001")
                instance.core.update_activity(42, {"status": "started"})
                instance.core.get_users(offset=0, limit=100, response_type=OBJ_RESPONSE)
                instance.core.get_resource("R1", inventories=True, workSkills=True)
                instance.core.get_resource_calendar("R1", date(2026, 1, 1), date(2026, 1, 31))
                return instance.metadata.get_workzones(offset=0, limit=100)


            async def async_code(client: AsyncOFSC) -> list[Any]:
                zones = await client.metadata.get_workzones(offset=0, limit=100)
                await client.oauth2.get_token()
                return [zone async for zone in client.metadata.get_all_workzones(limit=100)] + [zones]


            def misuse(instance: OFSC) -> None:
                instance.core.get_activity(1, 2)  # BAD: too many positional
                instance.core.get_users(page=1)  # BAD: no such argument
                instance.metadata.get_workzone()  # BAD: label missing
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", str(usage)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    bad_lines = {
        number
        for number, line in enumerate(usage.read_text(encoding="utf-8").splitlines(), 1)
        if "# BAD" in line
    }
    flagged = {int(n) for n in re.findall(r"pyofsc_user\.py:(\d+): error", result.stdout)}
    assert flagged == bad_lines, result.stdout
