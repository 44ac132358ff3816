"""The spec a tenant serves: each API family's `metadata-catalog`, merged into one Swagger 2.0 document.

A tenant answers `GET /rest/<family>/v1/metadata-catalog` with a whole Swagger 2.0 document whose paths are
relative to its own `basePath` (`/rest/ofscCapacity/v1`) and whose `host` is `localhost`. The parts are
re-rooted (basePath + path) and merged deterministically (paths and definitions sorted by name); what no
family serves this way (other versions, collaboration, parts catalog, the token service) is carried over from
the current spec, and the notes say so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from codegen.lock import HTTP_METHODS, SpecError

__all__ = ["DOCUMENTED_FAMILIES", "fetch_from_tenant", "merge_parts", "part_prefixes", "reroot"]

# The families Oracle documents as serving metadata-catalog; every other family of the spec is asked too.
DOCUMENTED_FAMILIES = ("ofscCore", "ofscMetadata", "ofscStatistics", "ofscCapacity")
_PREFIX = re.compile(r"^(/rest/[^/]+/v\d+)/")
_REF = re.compile(r'"#/definitions/([^"]+)"')


#: The `info` key of a document the simulator rebuilt from the contract (ofsc_overlay.testing.rebuilt_spec).
REBUILT_MARK = "x-ofsc-rebuilt"


def part_prefixes(doc: dict[str, Any]) -> list[str]:
    """The `/rest/<family>/v<n>` prefixes of a spec's paths, sorted."""
    found = {m.group(1) for path in doc.get("paths", {}) if (m := _PREFIX.match(path))}
    return sorted(found)


def catalog_url(prefix: str) -> str:
    return f"{prefix}/metadata-catalog"


def reroot(part: dict[str, Any]) -> dict[str, Any]:
    """Paths of a family's document made absolute: basePath + path."""
    if part.get("swagger") != "2.0" or not isinstance(part.get("paths"), dict):
        raise SpecError("a metadata-catalog answer is not a Swagger 2.0 document")
    base = str(part.get("basePath") or "").rstrip("/")
    return {
        (path if path.startswith(base + "/") or not base else base + path): item
        for path, item in part["paths"].items()
    }


def _refs(node: Any) -> set[str]:
    return set(_REF.findall(json.dumps(node)))


def _closure(names: set[str], definitions: dict[str, Any]) -> set[str]:
    todo, seen = list(names), set()
    while todo:
        name = todo.pop()
        if name in seen or name not in definitions:
            continue
        seen.add(name)
        todo += _refs(definitions[name]) - seen
    return seen


def merge_parts(base: dict[str, Any], parts: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """(merged document, notes). `parts`: prefix -> the document that prefix's metadata-catalog served."""
    notes: list[str] = []
    paths: dict[str, Any] = {}
    definitions: dict[str, Any] = {}
    parameters: dict[str, Any] = {}
    versions: set[str] = set()
    for prefix in sorted(parts):
        part = parts[prefix]
        for path, item in reroot(part).items():
            segments = path.split("/")[1:]
            # Dot segments or "//" would escape the family once a client normalizes the URL.
            if (
                not path.startswith(prefix + "/")
                or any(s in ("", ".", "..") for s in segments[:-1])
                or (segments[-1] in (".", ".."))
            ):
                notes.append(f"{catalog_url(prefix)} served {path!r}, outside its family: ignored")
                continue
            paths[path] = item
        for name, schema in part.get("definitions", {}).items():
            if name in definitions and definitions[name] != schema:
                notes.append(f"definition {name} differs between families; the one of {prefix} is kept")
            definitions[name] = schema
        parameters.update(part.get("parameters", {}))
        versions.add(str(part.get("info", {}).get("version", "")))
    carried = [p for p in part_prefixes(base) if p not in parts]
    for path, item in base.get("paths", {}).items():
        match = _PREFIX.match(path)
        if (match.group(1) if match else path) not in parts:
            paths.setdefault(path, item)
    if carried:
        notes.append(
            "not served by the tenant's metadata-catalog, carried over from spec "
            f"{base.get('info', {}).get('version', '?')}: {', '.join(carried)}"
        )
    base_defs = base.get("definitions", {})
    needed = _closure(
        _refs([paths[p] for p in paths if not any(p.startswith(x + "/") for x in parts)]), base_defs
    )
    for name in sorted(needed - set(definitions)):
        definitions[name] = base_defs[name]
    version = max(v for v in versions if v) if any(versions) else str(base.get("info", {}).get("version", ""))
    if len({v for v in versions if v}) > 1:
        notes.append(f"families answered different versions ({', '.join(sorted(versions))}); using {version}")
    merged: dict[str, Any] = {"swagger": "2.0", "info": {**base.get("info", {}), "version": version}}
    for key, value in base.items():
        if key not in (
            "swagger",
            "info",
            "paths",
            "definitions",
            "parameters",
            "host",
            "basePath",
            "schemes",
        ):
            merged[key] = value
    merged["paths"] = {path: paths[path] for path in sorted(paths)}
    merged["definitions"] = {name: definitions[name] for name in sorted(definitions)}
    all_parameters = {**base.get("parameters", {}), **parameters}
    if all_parameters:
        merged["parameters"] = {name: all_parameters[name] for name in sorted(all_parameters)}
    _check_operations(merged)
    return merged, notes


def _check_operations(doc: dict[str, Any]) -> None:
    if not any(m in item for item in doc["paths"].values() for m in HTTP_METHODS):
        raise SpecError("the merged spec has no operation")


def fetch_parts(http: httpx.Client, prefixes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """prefix -> the Swagger 2.0 document its metadata-catalog answered; 404 and 405 mean "not served", and
    so does a document the simulator rebuilt from the contract."""
    parts: dict[str, dict[str, Any]] = {}
    for prefix in prefixes:
        response = http.get(catalog_url(prefix), headers={"Accept": "application/json"})
        if response.status_code in (404, 405):
            continue
        if not response.is_success:
            raise SpecError(f"GET {catalog_url(prefix)} answered {response.status_code}")
        try:
            doc = response.json()
        except ValueError as exc:
            raise SpecError(f"GET {catalog_url(prefix)} did not answer JSON: {exc}") from exc
        if not isinstance(doc, dict) or doc.get("swagger") != "2.0":
            raise SpecError(f"GET {catalog_url(prefix)} did not answer a Swagger 2.0 document")
        info = doc.get("info")
        if isinstance(info, dict) and REBUILT_MARK in info:
            continue  # the simulator's rebuild of our own contract, not a tenant's spec: nothing to learn
        parts[prefix] = doc
    return parts


def fetch_from_tenant(
    target: Path, *, root: Path, profile: str | None = None, http: httpx.Client | None = None
) -> list[str]:
    """Fetch every family's metadata-catalog with the configured credentials and write the merged spec."""
    from codegen.lock import load_spec
    from codegen.speclocation import locate_spec

    current = locate_spec(root)
    if current.path is None:
        raise SpecError(
            "the current spec is needed to carry over what the tenant does not serve; "
            f"looked for {current.describe()}"
        )
    base = load_spec(current.path).doc
    prefixes = sorted({*part_prefixes(base), *(f"/rest/{f}/v1" for f in DOCUMENTED_FAMILIES)})
    if http is not None:
        parts = fetch_parts(http, prefixes)
    else:
        from ofsc_overlay import OFSC

        with OFSC(profile=profile) as client:
            parts = fetch_parts(client.http_client, prefixes)
    if not parts:
        raise SpecError("the tenant served no metadata-catalog (every family answered 404)")
    merged, notes = merge_parts(base, parts)
    partial = target.with_suffix(".part")
    partial.write_text(json.dumps(merged, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(target)
    return [f"fetched from the tenant: {', '.join(sorted(parts))}", *notes]
