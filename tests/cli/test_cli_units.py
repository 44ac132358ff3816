"""The command line's pieces without a server: tables, response writing, the entry function, the
simulator command in this process."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path

import click
import httpx
import pytest
from _cli_helpers import Invoker

from ofsc_overlay.cli import app, main
from ofsc_overlay.cli.output import OutputOptions, Table, render_table
from ofsc_overlay.cli.params import doc_args
from ofsc_overlay.testing import free_port


def test_table_default_columns_skip_nested_values_and_cut_long_cells() -> None:
    rows = [
        {"id": 1, "name": "x" * 80, "tags": ["a"], "address": {"city": "Oslo"}},
        {"id": 2, "extra": True},
        7,
    ]
    lines = Table(rows).render().splitlines()
    assert lines[0].split() == ["id", "name", "extra"]
    assert lines[2].split()[1].endswith("...") and len(lines[2].split()[1]) == 48
    assert lines[3].split() == ["2", "true"]
    assert Table(rows, ["address.city"]).render().splitlines()[2] == "Oslo"
    assert Table([1, "two"]).render().splitlines() == ["value", "-----", "1", "two"]
    assert render_table("text", (), None).splitlines()[-1] == "text"
    assert render_table({"a": 1, "b": {"c": 2}}, ("b",), None).splitlines()[-1] == 'b      {"c":2}'


def test_non_json_answers_are_written_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    from ofsc_overlay.cli.commands import write_response

    write_response(httpx.Response(200, text="plain words"), OutputOptions("json"))
    write_response(httpx.Response(204), OutputOptions("json"))
    write_response(httpx.Response(200, text='{"a":1}'), OutputOptions("raw"))
    assert capsys.readouterr().out == 'plain words\n{"a":1}\n'


def test_doc_args_reads_continuation_lines_and_stops_at_the_next_section() -> None:
    def sample() -> None:
        """Summary.

        Args:
            first: One
                and two.
            second: Three.

        Returns:
            nothing: Not an argument.
        """

    assert doc_args(sample) == {"first": "One and two.", "second": "Three."}


def test_main_runs_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    assert "_OFSC_COMPLETE" in capsys.readouterr().out


def test_main_without_click_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "click", None)
    assert main([]) == 4
    assert "pip install 'ofsc-overlay[cli]'" in capsys.readouterr().err


def test_interrupts_and_unexpected_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(**_: object) -> None:
        raise click.Abort()

    monkeypatch.setattr(app.cli, "main", interrupted)
    assert app.run([]) == 130
    assert capsys.readouterr().err == "ofsc: aborted\n"

    def broken(**_: object) -> None:
        raise ZeroDivisionError("a bug, not a user error")

    monkeypatch.setattr(app.cli, "main", broken)
    with pytest.raises(ZeroDivisionError):  # a bug keeps its traceback
        app.run([])


def test_end_of_input_during_configure_aborts(ofsc_bare: Invoker, tmp_path: Path) -> None:
    result = ofsc_bare("--config", str(tmp_path / "c.toml"), "configure", input="")
    assert result.exit_code == 130


def test_configure_needs_somewhere_to_write(ofsc_bare: Invoker) -> None:
    result = ofsc_bare("configure", input="", XDG_CONFIG_HOME=None, HOME=None)
    assert result.exit_code == 4
    assert "give --config PATH or set OFSC_CONFIG" in result.stderr


def test_configure_hides_the_secret_on_a_terminal(
    ofsc_bare: Invoker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[tuple[str, bool]] = []
    real_prompt = click.prompt

    def recording_prompt(text: str, *args: object, **kwargs: object) -> object:
        prompts.append((text, bool(kwargs.get("hide_input"))))
        return real_prompt(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(click, "prompt", recording_prompt)
    config = tmp_path / "c.toml"
    result = ofsc_bare(
        "--config", str(config), "configure", input="acme\napp\nbasic\nhidden-one\n\n", stdin_tty=True
    )
    assert result.exit_code == 0, result.stderr
    assert ("Client secret (input hidden; empty keeps the current one)", True) in prompts
    assert "hidden-one" not in result.stdout + result.stderr
    assert 'client_secret = "hidden-one"' in config.read_text()


def test_request_connection_failure_exits_3(ofsc: Invoker) -> None:
    result = ofsc(
        "--max-retries", "0", "request", "GET", "/x", OFSC_BASE_URL=f"http://127.0.0.1:{free_port()}"
    )
    assert result.exit_code == 3


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # uvicorn's failed bind
def test_simulator_command_in_process(ofsc_bare: Invoker) -> None:
    port = free_port()

    def stop_when_serving() -> None:
        for _ in range(400):
            try:
                httpx.get(f"http://127.0.0.1:{port}/__admin/health", timeout=1)
            except httpx.HTTPError:
                threading.Event().wait(0.05)
                continue
            break
        os.kill(os.getpid(), signal.SIGTERM)  # the command's handler stops it

    before = signal.getsignal(signal.SIGTERM)
    stopper = threading.Thread(target=stop_when_serving)
    stopper.start()
    result = ofsc_bare("simulator", "--port", str(port), "--activities", "3", "--host", "localhost")
    stopper.join()
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"OFSC simulator on http://localhost:{port}")
    assert signal.getsignal(signal.SIGTERM) is before  # handlers restored
    busy = free_port()
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", busy))
        taken.listen()
        refused = ofsc_bare("simulator", "--port", str(busy))
    assert refused.exit_code == 2
    assert "cannot serve" in refused.stderr


def test_simulator_warns_off_loopback(ofsc_bare: Invoker, monkeypatch: pytest.MonkeyPatch) -> None:
    from ofsc_overlay.testing import Simulator

    def no_start(self: Simulator, timeout: float = 10.0) -> Simulator:
        raise RuntimeError("not in tests")

    monkeypatch.setattr(Simulator, "start", no_start)
    result = ofsc_bare("simulator", "--host", "0.0.0.0", "--port", "0")
    assert "warning: serving on 0.0.0.0" in result.stderr
    assert result.exit_code == 2


def test_json_output_keeps_unicode(ofsc_bare: Invoker) -> None:
    result = ofsc_bare("operations", "--search", "work zone", "--query", "[0].summary")
    assert json.loads(result.stdout)


def test_attach_files_leaves_non_objects_alone() -> None:
    from ofsc_overlay.cli.body import attach_files

    assert attach_files(["@not-a-field"]) == ["@not-a-field"]
    assert attach_files({"note": "text", "n": 1}) == {"note": "text", "n": 1}


def test_python_dash_m_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    import ofsc_overlay.__main__ as entry

    monkeypatch.setattr(sys, "argv", ["ofsc", "completion", "fish"])
    with pytest.raises(SystemExit) as exit_info:
        # By path: the pytest11 entry point puts the package under pytest's assertion-rewriting importer,
        # which runpy.run_module cannot load a __main__ through.
        runpy.run_path(str(entry.__file__), run_name="__main__")
    assert exit_info.value.code == 0
    assert "complete --no-files" in capsys.readouterr().out


def test_package_exports_load_on_first_use() -> None:
    import ofsc_overlay

    assert {"OFSC", "AsyncOFSC", "operations", "RawResponse"} <= set(dir(ofsc_overlay))
    code = (
        "import sys, ofsc_overlay\n"
        "assert 'httpx' not in sys.modules and 'ofsc_overlay.client' not in sys.modules\n"
        "assert 'OFSC' in dir(ofsc_overlay) and 'NotFoundError' in dir(ofsc_overlay)\n"
        "from ofsc_overlay import OFSC, NotFoundError\n"
        "assert OFSC.__module__ == 'ofsc_overlay.client' and 'httpx' in sys.modules\n"
        "try:\n    ofsc_overlay.Nope\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit(1)\n"
    )
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
