"""`GET /rest/<family>/v<n>/metadata-catalog`: each API family's Swagger 2.0 document, as a tenant serves it.

A tenant answers with a whole Swagger 2.0 document whose paths are relative to the family's `basePath` and
whose `host` is `localhost`. The simulator cuts these documents from Oracle's spec file when given one
(`OFSC_SIMULATOR_SPEC=path`, or `app.metadata_catalog = MetadataCatalog.from_file(path)`), else from a
document rebuilt from the generated contract (see `rebuilt_spec`), so every family answers either way.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import SimulatorHTTPError
from .handlers import Reply
from .rebuilt_spec import swagger_from_contract

if TYPE_CHECKING:
    from .app import SimulatorApp

__all__ = ["CATALOG_SPEC_ENV", "MetadataCatalog", "serve_metadata_catalog"]

CATALOG_SPEC_ENV = "OFSC_SIMULATOR_SPEC"
SUFFIX = "/metadata-catalog"
_PREFIX = re.compile(r"^(/rest/[^/]+/v\d+)/")
# Keys a family's document carries over from the whole spec, besides its own paths and basePath.
_SHARED_KEYS = ("info", "consumes", "produces", "definitions", "parameters", "responses", "tags")


class MetadataCatalog:
    """The families (`/rest/<family>/v<n>` prefixes) of a Swagger 2.0 spec, each served as a document."""

    def __init__(self, spec: Mapping[str, Any], prefixes: Iterable[str] | None = None) -> None:
        self._spec = spec
        present = {m.group(1) for path in spec.get("paths", {}) if (m := _PREFIX.match(path))}
        self.prefixes = frozenset(present if prefixes is None else set(prefixes) & present)
        self._cache: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], prefixes: Iterable[str] | None = None
    ) -> MetadataCatalog:
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(spec, dict) or spec.get("swagger") != "2.0":
            raise ValueError(f"{path} is not a Swagger 2.0 document")
        return cls(spec, prefixes)

    @classmethod
    def from_contract(
        cls, contract: Mapping[str, Any], prefixes: Iterable[str] | None = None
    ) -> MetadataCatalog:
        """Documents rebuilt from the generated contract (OpenAPI 3): no spec file needed."""
        return cls(swagger_from_contract(dict(contract)), prefixes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MetadataCatalog | None:
        path = (os.environ if environ is None else environ).get(CATALOG_SPEC_ENV)
        return cls.from_file(path) if path else None

    def document(self, prefix: str) -> dict[str, Any] | None:
        """The family's document: its paths relative to `basePath`, `host: localhost`; None if not served."""
        if prefix not in self.prefixes:
            return None
        if prefix not in self._cache:
            paths = {
                path[len(prefix) :]: item
                for path, item in self._spec.get("paths", {}).items()
                if path.startswith(prefix + "/")
            }
            doc: dict[str, Any] = {
                "swagger": "2.0",
                "host": "localhost",
                "basePath": prefix,
                "schemes": ["https"],
            }
            doc.update({key: self._spec[key] for key in _SHARED_KEYS if key in self._spec})
            doc["paths"] = paths
            self._cache[prefix] = doc
        return self._cache[prefix]


def serve_metadata_catalog(
    app: SimulatorApp, method: str, path: str, headers: Mapping[str, str]
) -> Reply | None:
    """The app's hook for paths no operation matches: a metadata-catalog answer, or None (then 404)."""
    catalog = app.metadata_catalog
    if catalog is None or not path.endswith(SUFFIX):
        return None
    prefix = path[: -len(SUFFIX)]
    if prefix not in catalog.prefixes:
        return None
    if app.require_auth:
        app.tokens.check(headers.get("authorization"))
    if method != "GET":
        raise SimulatorHTTPError(405, f"Method {method} is not allowed here", headers={"Allow": "GET"})
    return Reply(200, catalog.document(prefix))
