"""The spec a tenant serves, compared with the one this client was generated from (reported, never enforced).

A tenant serves each API family's Swagger 2.0 document at ``GET /rest/<family>/v1/metadata-catalog``, with
that family's ``basePath`` and paths relative to it. :func:`describe` turns one answer into a report line:
the served ``info.version`` against the pinned one, and how many operations each side has that the other
has not (path parameters compared by position, not by name).
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable

from .._operations import operations

__all__ = ["FAMILIES", "catalog_path", "describe", "pinned_version"]

#: The families in a tenant's metadata catalog (not collaboration, parts catalog or the token service).
FAMILIES = ("ofscCore", "ofscMetadata", "ofscCapacity", "ofscStatistics")
_METHODS = ("get", "put", "post", "patch", "delete")


def catalog_path(family: str) -> str:
    return f"/rest/{family}/v1/metadata-catalog"


def pinned_version() -> str:
    """``info.version`` of the spec the installed ``ofsc_generated`` package was generated from."""
    contract = importlib.resources.files("ofsc_generated").joinpath("_contract.json")
    return str(json.loads(contract.read_text(encoding="utf-8"))["info"]["version"])


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _pinned_operations(family: str) -> set[tuple[str, str]]:
    return {(op.method, _shape(op.path)) for op in operations() if op.path.startswith(f"/rest/{family}/")}


def _served_operations(family: str, doc: dict[str, object]) -> set[tuple[str, str]]:
    base = str(doc.get("basePath") or f"/rest/{family}/v1").rstrip("/")
    paths = doc.get("paths")
    served: set[tuple[str, str]] = set()
    if isinstance(paths, dict):
        for path, item in paths.items():
            methods: Iterable[str] = item if isinstance(item, dict) else ()
            # Paths are relative to basePath; a document with whole /rest/... paths is read as it is.
            full = str(path) if str(path).startswith("/rest/") else base + str(path)
            served.update((m.upper(), _shape(full)) for m in methods if m in _METHODS)
    return served


def describe(family: str, status: int, body: bytes, *, pinned: str) -> str:
    """One report line for the answer of ``family``'s metadata catalog."""
    if status == 404:
        return f"{family}: not served (404)"
    if status == 403:
        return f"{family}: refused (403)"
    if status != 200:
        return f"{family}: answered {status}"
    try:
        doc = json.loads(body)
    except ValueError:
        doc = None
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        return f"{family}: answered 200 without a Swagger document"
    info = doc.get("info")
    version = str(info.get("version", "?")) if isinstance(info, dict) else "?"
    served, ours = _served_operations(family, doc), _pinned_operations(family)
    same = "same version" if version == pinned else "DIFFERENT version"
    return (
        f"{family}: served {version} ({same}); operations served {len(served)}, pinned {len(ours)}, "
        f"new on the tenant {len(served - ours)}, not on the tenant {len(ours - served)}"
    )
