"""`python -m codegen` subcommands other than check/generate/fetch-spec (tests/generation/test_check_cli.py):
spec-path, diff and upgrade, through `main(argv)`, and the spec location errors every subcommand shares.

The upgrade runs end to end on a copy of what it reads and writes (swagger/, templates/, the committed
contract and catalog, CHANGELOG.md): codegen's ROOT is pointed at the copy, this checkout is never written.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from _next_release import ADDED, NEXT_VERSION, REMOVED, REMOVED_NAME, SUGGESTED_ROWS, write_next_release

from codegen.__main__ import main
from codegen.upgrade import refresh_public_api

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "ofsc_generated"


@pytest.fixture(scope="module")
def next_spec(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_next_release(spec, tmp_path_factory.mktemp("next") / "next.swagger.json")


def spec_version() -> str:
    return str(tomllib.loads((ROOT / "swagger" / "spec.lock").read_text(encoding="utf-8"))["version"])


def test_spec_path_prints_the_spec_found(
    spec: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPEC", str(spec))
    assert main(["spec-path"]) == 0
    assert capsys.readouterr().out == f"{spec}\n"


def test_without_a_spec_spec_path_exits_1_and_the_others_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.swagger.json"
    monkeypatch.setenv("SPEC", str(missing))

    assert main(["spec-path"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"no spec found; looked for SPEC={missing} (no such file)\n"

    for command in (["check"], ["generate", "--out", str(tmp_path / "out")], ["diff"]):
        assert main(command) == 2, command
        err = capsys.readouterr().err
        looked = f"looked for SPEC={missing} (no such file)"
        assert err == f"error: no spec found; {looked} (pass --spec PATH or SPEC=PATH)\n", command
    assert not (tmp_path / "out").exists()


def test_diff_writes_the_changelog_of_a_new_release(
    next_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "changes" / "next.md"

    assert main(["diff", "--spec", str(next_spec), "--out", str(out)]) == 0

    printed = capsys.readouterr().out
    markdown = out.read_text(encoding="utf-8")
    assert re.fullmatch(rf"wrote {re.escape(str(out))}: [1-9]\d* change\(s\), [1-9]\d* breaking\n", printed)
    assert markdown.startswith(f"# OFSC API changes: {spec_version()} -> {NEXT_VERSION}\n")
    for method, path in ADDED:
        assert f"{method} {path}" in markdown
    assert f"## `client.{REMOVED_NAME}` ({REMOVED[0]} {REMOVED[1]})" in markdown
    # Operations the names table does not name yet are noted with the suggested row.
    for row in SUGGESTED_ROWS:
        assert f"Note: no reviewed name yet (suggested row): {row.replace(chr(9), ' ')}" in markdown


def test_diff_of_the_pinned_spec_prints_no_change(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--spec", str(spec)]) == 0
    markdown = capsys.readouterr().out
    version = spec_version()
    assert markdown.startswith(f"# OFSC API changes: {version} -> {version}\n")
    assert "Summary: 0 operation(s) added, 0 removed, 0 changed; 0 breaking change(s)." in markdown
    assert "No change visible to callers." in markdown
    assert "## `client." not in markdown and "Note:" not in markdown


def _project(tmp: Path) -> Path:
    """What `upgrade` reads and writes, copied: it regenerates generated/ and rewrites swagger/."""
    root = tmp / "project"
    shutil.copytree(
        ROOT / "swagger", root / "swagger", ignore=shutil.ignore_patterns("*.json.part", "swagger.json")
    )
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "generated" / "ofsc_generated").mkdir(parents=True)
    for name in ("_contract.json", "catalog.py"):
        shutil.copyfile(PACKAGE / name, root / "generated" / "ofsc_generated" / name)
    shutil.copyfile(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_upgrade_with_accepted_names_does_the_whole_upgrade(
    next_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    monkeypatch.setattr("codegen.pipeline.ROOT", root)
    lock_before = (root / "swagger" / "spec.lock").read_text(encoding="utf-8")

    assert main(["upgrade", "--from", str(next_spec), "--accept-names"]) == 0

    out = capsys.readouterr().out
    # Fetched into place, the lock follows the new spec.
    assert (root / "swagger" / "swagger.json").read_bytes() == next_spec.read_bytes()
    lock = tomllib.loads((root / "swagger" / "spec.lock").read_text(encoding="utf-8"))
    assert lock["version"] == NEXT_VERSION and (root / "swagger" / "spec.lock").read_text() != lock_before
    # The suggested names are accepted, the removed operation retired (with no paged twin).
    table = (root / "swagger" / "operations.tsv").read_text(encoding="utf-8").splitlines()
    assert all(row in table for row in SUGGESTED_ROWS)
    assert not any(line.startswith(f"{REMOVED[0]}\t{REMOVED[1]}\t") for line in table)
    retired = (root / "swagger" / "retired.tsv").read_text(encoding="utf-8")
    assert f"{REMOVED_NAME}\t{REMOVED[0]}\t{REMOVED[1]}\t{NEXT_VERSION}" in retired
    # Regenerated: the new operations are in the catalog, the removed one is retired there.
    catalog = (root / "generated" / "ofsc_generated" / "catalog.py").read_text(encoding="utf-8")
    assert "teleport_activity" in catalog and "get_gadgets" in catalog
    assert (root / "generated" / "ofsc_generated" / "client.py").is_file()
    # The API changelog and its CHANGELOG.md entry, linked on the repository.
    changes = root / "docs" / "api-changes" / f"{NEXT_VERSION}.md"
    assert REMOVED_NAME in changes.read_text(encoding="utf-8")
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"/blob/main/docs/api-changes/{NEXT_VERSION}.md" in changelog
    assert changelog.index(f"api-changes/{NEXT_VERSION}.md") < changelog.index("## [0.")
    # What could not be refreshed in this partial copy is said, not hidden.
    assert "note: docs/public-api.txt not refreshed: tests/unit/test_public_api.py is missing" in out
    assert "note: docs/migration.md not refreshed: the page is missing" in out
    # The summary: the counts, the retired name and what the maintainer still decides.
    assert f"-> {NEXT_VERSION}" in out
    assert f"operations: {len(ADDED)} added, 1 removed" in out
    assert f"    {REMOVED_NAME} ({REMOVED[0]} {REMOVED[1]})" in out
    assert "review the names accepted as suggested" in out
    for row in SUGGESTED_ROWS:
        assert f"      {row}" in out
    assert "the breaking changes above: tell users" in out
    assert "wrote: generated/, swagger/spec.lock, swagger/operations.tsv, swagger/retired.tsv, docs/" in out


def test_upgrade_to_the_pinned_spec_changes_nothing(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    monkeypatch.setattr("codegen.pipeline.ROOT", root)
    before = {p.name: p.read_bytes() for p in (root / "swagger").iterdir()}

    assert main(["upgrade", "--from", str(spec)]) == 0

    out = capsys.readouterr().out
    assert "the spec is the one swagger/spec.lock pins" in out and "nothing to upgrade" in out
    assert "operations: 0 added, 0 removed, 0 changed" in out
    after = {p.name: p.read_bytes() for p in (root / "swagger").iterdir() if p.name != "swagger.json"}
    assert after == before
    assert not (root / "docs").exists()
    assert (root / "CHANGELOG.md").read_bytes() == (ROOT / "CHANGELOG.md").read_bytes()


def test_refresh_public_api_runs_the_listing_test_and_reports_its_failure(tmp_path: Path) -> None:
    test = tmp_path / "tests" / "unit" / "test_public_api.py"
    test.parent.mkdir(parents=True)
    marker = tmp_path / "ran"
    # A stand-in listing test: records that it ran with the rewrite switch, then passes or fails.
    test.write_text(
        "import os, pathlib\n"
        "def test_listing():\n"
        f"    pathlib.Path({str(marker)!r}).write_text(os.environ.get('OFSC_UPDATE_PUBLIC_API', ''))\n"
        "    assert not pathlib.Path(__file__).with_name('fail').exists(), 'listing differs'\n",
        encoding="utf-8",
    )
    assert refresh_public_api(tmp_path) is None
    assert marker.read_text(encoding="utf-8") == "1"

    (test.parent / "fail").touch()
    note = refresh_public_api(tmp_path)
    assert note is not None and note.startswith("docs/public-api.txt not refreshed (exit 1):\n")
    assert "listing differs" in note
