"""Fetching a spec into place: from a file, an http(s) URL, or the user's own tenant (`tenant`)."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

from codegen.lock import SpecError, load_spec

__all__ = ["TENANT", "fetch_spec"]

TENANT = "tenant"


def fetch_spec(source: str, target: Path, *, root: Path, profile: str | None = None) -> list[str]:
    """Write the spec named by `source` to `target`; notes for the summary (families carried over, ...)."""
    if not source:
        raise SpecError("no spec source: pass SPEC_FROM=<file, https URL or tenant>")
    target.parent.mkdir(parents=True, exist_ok=True)
    if source == TENANT:
        from codegen.tenant import fetch_from_tenant

        return fetch_from_tenant(target, root=root, profile=profile)
    if source.startswith(("https://", "http://")):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 - the user's URL
            data = response.read()
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        try:
            load_spec(partial)  # not Swagger 2.0: the spec in place stays as it was
        except SpecError:
            partial.unlink()
            raise
        partial.replace(target)
        return []
    else:
        given = Path(source).expanduser()
        if given.resolve() != target.resolve():
            shutil.copyfile(given, target)
    load_spec(target)  # not Swagger 2.0: fail here, before anything else reads it
    return []
