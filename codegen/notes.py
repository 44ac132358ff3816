"""What a pipeline step changed in the spec, collected for the coverage report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

# One line per kind of spec problem, shown in the coverage report next to its count.
PROBLEMS: dict[str, str] = {
    "param-ref": "referenced #/parameters inlined",
    "body-param": "body parameters turned into requestBody",
    "form-params": "formData parameters turned into a form/multipart requestBody",
    "file-type": "`type: file` turned into string/binary",
    "spurious-consumes": "form-encoded/octet-stream `consumes` without a body dropped (GET/DELETE)",
    "schema-json-produces": "`application/schema+json` not used as a response media type",
    "binary-body-required": "octet-stream upload bodies marked required",
    "2xx-without-schema": "2xx responses without a schema returned as parsed JSON (not discarded)",
    "binary-response": "octet-stream responses kept binary",
    "204-schema": "204 responses declaring a schema turned into no-content",
    "x-nullable": "`x-nullable` turned into `nullable`",
    "default-response": "`default` (Error) and non-2xx responses removed (errors are mapped by the overlay)",
    "title": "schema `title`s removed (shared titles cause duplicate model names)",
    "model-name": "definitions renamed to clean, unique PascalCase model names",
    "case-clash": "definitions whose names differ only by case renamed apart",
    "untyped-object": "schemas with properties but no `type` typed as object",
    "ref-siblings": "`$ref` with sibling keywords (`type`, `x-nullable`) wrapped in allOf",
    "array-with-properties": "objects mistyped as arrays (properties, no items) typed as object",
    "allof-properties": "allOf + own properties: own properties moved into the allOf (else silently dropped)",
    "alias-model": "components that only extend another one kept as their own model class",
    "array-items": "arrays without `items` given `items: {}`",
    "required-missing": "`required` entries naming missing properties removed",
    "format": "non-standard or lossy formats (date, date-time, time, timestamp-date-time-iso8601) made plain "
    "strings",
    "enum": "enums turned into plain strings in the models (allowed values kept in the contract)",
    "lenient-required": "`required` not enforced when parsing models (kept in the contract for validation)",
    "answered": "fields declared always answered (`x-ofsc-answered`): typed `T` and checked when parsing",
    "inline-schema": "inline object schemas of responses and bodies named after their operation",
    "operation-name": "operationId/tags replaced by the names table",
    # Found by codegen/audit.py: handled by design, no rewrite needed.
    "unused-definition": "definitions nothing refers to, generated as models all the same",
    "property-type-clash": "property names typed differently across schemas (each model keeps its schema's "
    "type; values of another type pass through unchanged)",
    "path-segment-clash": "paths whose fixed segment competes with a `{parameter}` segment (distinct names "
    "from the table; routers must try fixed segments first)",
    "no-host-auth": "no `host`/`basePath`/`securityDefinitions` (base URL and auth come from the client "
    "settings)",
}


@dataclass
class Notes:
    """Problem kind -> the places it was met, in the order met."""

    items: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, where: str) -> None:
        self.items[kind].append(where)

    def counts(self) -> dict[str, int]:
        return {kind: len(places) for kind, places in sorted(self.items.items())}
