"""fetch_spec: a file or an http(s) URL into swagger/swagger.json (a loopback server stands in)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from codegen.lock import SpecError
from codegen.specsource import fetch_spec

SPEC = b'{"swagger": "2.0", "info": {"version": "2030.01.01"}, "paths": {}}'


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "swagger.json").write_bytes(SPEC)
    (site / "page.html").write_bytes(b"<html>not a spec</html>")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[assignment]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


def test_url_is_downloaded_into_place(served: str, tmp_path: Path) -> None:
    target = tmp_path / "swagger" / "swagger.json"
    assert fetch_spec(f"{served}/swagger.json", target, root=tmp_path) == []
    assert target.read_bytes() == SPEC
    assert not target.with_suffix(".part").exists()


def test_not_a_spec_is_refused_and_the_spec_in_place_kept(served: str, tmp_path: Path) -> None:
    target = tmp_path / "swagger.json"
    target.write_bytes(SPEC)
    with pytest.raises(SpecError, match="not JSON"):
        fetch_spec(f"{served}/page.html", target, root=tmp_path)
    assert target.read_bytes() == SPEC and not target.with_suffix(".part").exists()


def test_file_is_copied_and_an_empty_source_refused(tmp_path: Path) -> None:
    source = tmp_path / "given.json"
    source.write_bytes(SPEC)
    fetch_spec(str(source), tmp_path / "swagger" / "swagger.json", root=tmp_path)
    assert (tmp_path / "swagger" / "swagger.json").read_bytes() == SPEC
    with pytest.raises(SpecError, match="SPEC_FROM"):
        fetch_spec("", tmp_path / "x.json", root=tmp_path)
