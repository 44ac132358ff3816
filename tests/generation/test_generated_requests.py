"""Requests built by the committed generated package, as httpx sends them (no server needed)."""

from __future__ import annotations

import io

import httpx
from ofsc_generated.api.metadata import import_plugin
from ofsc_generated.models.import_plugin_form import ImportPluginForm
from ofsc_generated.types import File


def test_multipart_upload_gets_a_random_boundary_not_a_preset_one() -> None:
    # A preset "boundary=+++" would make httpx split the body on "+++", which an uploaded file can contain.
    plugin = b"<plugin>--+++ not a boundary</plugin>"
    form = ImportPluginForm(plugin_file=File(payload=io.BytesIO(plugin), file_name="plugin.xml"))
    kwargs = import_plugin._get_kwargs(body=form)
    assert "content-type" not in {name.lower() for name in kwargs["headers"]}

    request = httpx.Request(
        kwargs["method"],
        "https://acme.example" + kwargs["url"],
        files=kwargs["files"],
        headers=kwargs["headers"],
    )
    content_type = request.headers["Content-Type"]
    boundary = content_type.partition("boundary=")[2]
    assert content_type.startswith("multipart/form-data; boundary=") and boundary and boundary != "+++"
    body = request.read()
    assert plugin in body and body.count(b"--" + boundary.encode()) == 2  # one part, then the closing line
