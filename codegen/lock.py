"""Load the spec and compare it with swagger/spec.lock, the pin of the spec generated/ was made from."""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The operations of a Swagger 2.0 path item, in the order every step lists them.
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")


class SpecError(Exception):
    """The spec cannot be used (unreadable, not Swagger 2.0, or not the pinned one)."""


@dataclass(frozen=True, slots=True)
class SpecLock:
    version: str
    sha256: str
    operations: int
    definitions: int
    source: str


@dataclass(frozen=True, slots=True)
class LoadedSpec:
    doc: dict[str, Any]
    sha256: str
    path: Path

    @property
    def version(self) -> str:
        return str(self.doc.get("info", {}).get("version", ""))


def load_spec(path: Path) -> LoadedSpec:
    if not path.is_file():
        raise SpecError(f"spec not found: {path} (pass --spec PATH or SPEC=PATH)")
    raw = path.read_bytes()
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SpecError(f"{path} is not JSON: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("swagger") != "2.0":
        raise SpecError(f"{path} is not a Swagger 2.0 document")
    return LoadedSpec(doc=doc, sha256=hashlib.sha256(raw).hexdigest(), path=path)


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for item in doc.get("paths", {}).values() for method in item if method in HTTP_METHODS)


def load_lock(path: Path) -> SpecLock:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return SpecLock(
        version=str(data["version"]),
        sha256=str(data["sha256"]),
        operations=int(data["operations"]),
        definitions=int(data["definitions"]),
        source=str(data.get("source", "")),
    )


def lock_for(spec: LoadedSpec, source: str) -> SpecLock:
    return SpecLock(
        version=spec.version,
        sha256=spec.sha256,
        operations=count_operations(spec.doc),
        definitions=len(spec.doc.get("definitions", {})),
        source=source,
    )


def write_lock(path: Path, lock: SpecLock) -> None:
    text = (
        "# The Oracle Field Service REST API spec this project's generated/ was produced from.\n"
        "# `python -m codegen generate --update-lock` rewrites it after a deliberate upgrade.\n"
        f"version = {json.dumps(lock.version)}\n"
        f"sha256 = {json.dumps(lock.sha256)}\n"
        f"operations = {lock.operations}\n"
        f"definitions = {lock.definitions}\n"
        f"source = {json.dumps(lock.source)}\n"
    )
    path.write_text(text, encoding="utf-8")


def lock_mismatch(spec: LoadedSpec, lock: SpecLock) -> str | None:
    """A one-line explanation when the spec is not the pinned one, else None."""
    if spec.sha256 == lock.sha256:
        return None
    return (
        f"spec {spec.path} (version {spec.version or '?'}, sha256 {spec.sha256[:12]}...) does not match "
        f"swagger/spec.lock (version {lock.version}, sha256 {lock.sha256[:12]}...)"
    )
