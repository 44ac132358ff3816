"""`python -m codegen`: the drift gate CI relies on (`make check-generated`), its exit codes and its report.

Every test works on a temporary copy of generated/ (the committed tree is never touched). They need Oracle's
spec and skip without it; each check regenerates, which takes a few seconds.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "ofsc_generated"
# A file whose content is fixed by the spec and the templates; one line of it is edited by hand below.
EDITED = "client.py"


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    """A copy of the committed generated/ that the tests may damage."""
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / PACKAGE, out / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    return out


def _edit_one_line(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith(("#", '"""')))
    lines[index] = lines[index].rstrip("\n") + "  # edited by hand\n"
    path.write_text("".join(lines), encoding="utf-8")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_check_exits_0_on_a_matching_tree(spec: Path, committed_copy: Path) -> None:
    done = _cli("check", "--spec", str(spec), "--out", str(committed_copy))

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"generated/{PACKAGE} is up to date" in done.stdout
    assert "differs" not in done.stdout


def test_cli_check_exits_1_naming_a_hand_edited_file(spec: Path, committed_copy: Path) -> None:
    _edit_one_line(committed_copy / PACKAGE / EDITED)

    done = _cli("check", "--spec", str(spec), "--out", str(committed_copy))

    assert done.returncode == 1, done.stdout + done.stderr
    assert f"changed: {EDITED}" in done.stdout
    assert "0 added, 0 removed, 1 changed files" in done.stdout
    assert "-" in done.stdout and "# edited by hand" in done.stdout  # the diff excerpt shows the edit
    assert "up to date" not in done.stdout


def test_check_lists_added_removed_and_changed_files(
    spec: Path, committed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = committed_copy / PACKAGE
    _edit_one_line(package / EDITED)
    (package / "py.typed").unlink()  # the spec produces it: "added"
    (package / "stray.py").write_text("x = 1\n", encoding="utf-8")  # the spec does not: "removed"

    code = main(["check", "--spec", str(spec), "--out", str(committed_copy)])

    out = capsys.readouterr().out
    assert code == 1
    assert "1 added, 1 removed, 1 changed files" in out
    assert "  added:   py.typed" in out
    assert "  removed: stray.py" in out
    assert f"  changed: {EDITED}" in out
    assert f"--- generated/{EDITED}" in out and f"+++ regenerated/{EDITED}" in out
    assert "Run `make generate`" in out
    # Same spec as spec.lock: no mismatch is reported, the difference alone fails the check.
    assert "SPEC MISMATCH" not in out


def test_check_exits_1_when_generated_is_missing(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "--spec", str(spec), "--out", str(tmp_path / "nothing")])

    out = capsys.readouterr().out
    assert code == 1
    assert "0 removed, 0 changed files" in out
    assert "added:   client.py" in out


def test_generate_writes_the_package_that_check_accepts(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_root = tmp_path / "out"

    assert main(["generate", "--spec", str(spec), "--out", str(out_root)]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out_root / PACKAGE}" in printed
    assert "spec.lock updated" not in printed  # the spec is the locked one
    assert (out_root / PACKAGE / "client.py").read_bytes() == (
        ROOT / "generated" / PACKAGE / "client.py"
    ).read_bytes()


def test_errors_exit_2_with_the_reason_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.swagger.json"

    assert main(["check", "--spec", str(missing), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: spec not found:") and str(missing) in err

    not_json = tmp_path / "broken.swagger.json"
    not_json.write_text("{", encoding="utf-8")
    assert main(["generate", "--spec", str(not_json), "--out", str(tmp_path)]) == 2
    assert "is not JSON" in capsys.readouterr().err


def test_fetch_spec_copies_a_file_and_names_its_version(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nested" / "swagger.json"

    assert main(["fetch-spec", "--from", str(spec), "--spec", str(target)]) == 0

    out = capsys.readouterr().out
    assert target.read_bytes() == spec.read_bytes()
    assert f"wrote {target}: version " in out
    assert "make upgrade-spec SPEC_FROM=" in out and "make spec-diff" in out


@pytest.fixture
def file_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A plain HTTP server on 127.0.0.1 serving tmp_path/served."""
    served = tmp_path / "served"
    served.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_spec_downloads_over_http(
    spec: Path, tmp_path: Path, file_server: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, served = file_server
    shutil.copyfile(spec, served / "spec.json")
    target = tmp_path / "fetched.json"

    assert main(["fetch-spec", "--from", f"{base}/spec.json", "--spec", str(target)]) == 0

    assert target.read_bytes() == spec.read_bytes()
    assert "sha256 " in capsys.readouterr().out


def test_fetch_spec_rejects_a_download_that_is_not_a_spec(
    tmp_path: Path, file_server: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, served = file_server
    (served / "page.json").write_text('{"hello": "world"}', encoding="utf-8")

    assert main(["fetch-spec", "--from", f"{base}/page.json", "--spec", str(tmp_path / "s.json")]) == 2
    assert "not a Swagger 2.0 document" in capsys.readouterr().err
