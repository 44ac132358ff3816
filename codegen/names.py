"""Stable operation names: the names table (swagger/operations.tsv) and names derived for operations it lacks.

Oracle's operationIds are unusable as Python names (most are literally "get /rest/..."), so every
operation gets its group and function name from the table. A future spec may add operations the table does
not list yet: they still generate, under a name derived from the method and path, so that the change can be
reviewed; `check` (what CI runs) fails until the suggested row is in the table, because a name nobody
reviewed must not become public API. Names of removed operations are kept in swagger/retired.tsv and never
given to another operation.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.lock import HTTP_METHODS

__all__ = [
    "FAMILY_GROUPS",
    "GROUPS",
    "HTTP_METHODS",
    "NamesTableError",
    "OperationName",
    "RetiredName",
    "check_not_retired",
    "derive_name",
    "load_names_table",
    "load_retired",
    "resolve_names",
    "stale_rows",
    "suggested_row",
]

GROUPS: tuple[str, ...] = (
    "core",
    "metadata",
    "capacity",
    "statistics",
    "parts_catalog",
    "collaboration",
    "auth",
)

# Path family (the segment after /rest/) -> group.
FAMILY_GROUPS: dict[str, str] = {
    "ofscCore": "core",
    "ofscMetadata": "metadata",
    "ofscCapacity": "capacity",
    "ofscStatistics": "statistics",
    "ofscPartsCatalog": "parts_catalog",
    "ofscCollaboration": "collaboration",
    "oauthTokenService": "auth",
}

TABLE_HEADER = ("method", "path", "group", "name")
RETIRED_HEADER = ("name", "method", "path", "removed_in")

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_VERSION = re.compile(r"^v(\d+)$")
_PARAM = re.compile(r"^\{.+\}$")
_IDENTIFIER_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

# Words a derived name may start with as they are; anything else gets the method's verb in front.
_VERBS = frozenset(
    "activate add assign bulk cancel check complete create deactivate deinstall delay delete export find "
    "force generate get import install invite leave link move populate reopen remove replace reset search "
    "send set show start stop suspend undo unlink unset update upload validate".split()
)
_METHOD_VERBS = {
    "get": "get",
    "post": "create",
    "put": "replace",
    "patch": "update",
    "delete": "delete",
    "head": "check",
    "options": "options",
}


class NamesTableError(ValueError):
    """The names table is malformed; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class OperationName:
    group: str
    name: str

    @property
    def key(self) -> str:
        """Catalog key, e.g. "core.get_activity"."""
        return f"{self.group}.{self.name}"


@dataclass(frozen=True, slots=True)
class RetiredName:
    """A name whose operation Oracle removed: it stays reserved, and its facade method raises."""

    group: str
    name: str
    method: str
    path: str
    removed_in: str  # the spec version that no longer has the operation

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"

    def row(self) -> str:
        return "\t".join((self.key, self.method, self.path, self.removed_in))


def is_identifier(name: str) -> bool:
    """A snake_case name usable as a Python function or module name."""
    return bool(_SNAKE.match(name)) and not keyword.iskeyword(name)


def load_names_table(path: Path) -> dict[tuple[str, str], OperationName]:
    """Read the names table: (METHOD, path) -> OperationName. Raises NamesTableError on any bad row."""
    table: dict[tuple[str, str], OperationName] = {}
    owners: dict[OperationName, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != TABLE_HEADER:
        raise NamesTableError(f"{path}:1: header must be {' <TAB> '.join(TABLE_HEADER)}")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        cells = line.split("\t")
        if len(cells) != len(TABLE_HEADER):
            raise NamesTableError(
                f"{where}: expected {len(TABLE_HEADER)} tab-separated columns, got {len(cells)}"
            )
        method, op_path, group, name = cells
        if method.lower() not in HTTP_METHODS or method != method.upper():
            raise NamesTableError(f"{where}: method {method!r} is not an upper-case HTTP method")
        if not op_path.startswith("/"):
            raise NamesTableError(f"{where}: path {op_path!r} must start with '/'")
        if group not in GROUPS:
            raise NamesTableError(f"{where}: unknown group {group!r} (known: {', '.join(GROUPS)})")
        if not is_identifier(name):
            raise NamesTableError(f"{where}: name {name!r} is not a snake_case Python identifier")
        key = (method, op_path)
        if key in table:
            raise NamesTableError(f"{where}: {method} {op_path} is listed twice")
        op_name = OperationName(group, name)
        if op_name in owners:
            raise NamesTableError(f"{where}: name {op_name.key} is already used by {owners[op_name]}")
        table[key] = op_name
        owners[op_name] = f"{method} {op_path}"
    return table


def load_retired(path: Path) -> dict[str, RetiredName]:
    """Read swagger/retired.tsv (absent: none retired): "group.name" -> RetiredName."""
    if not path.is_file():
        return {}
    retired: dict[str, RetiredName] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != RETIRED_HEADER:
        raise NamesTableError(f"{path}:1: header must be {' <TAB> '.join(RETIRED_HEADER)}")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        cells = line.split("\t")
        if len(cells) != len(RETIRED_HEADER):
            raise NamesTableError(f"{where}: expected {len(RETIRED_HEADER)} tab-separated columns")
        key, method, op_path, removed_in = cells
        group, _, name = key.partition(".")
        if group not in GROUPS and not is_identifier(group):
            raise NamesTableError(f"{where}: {key!r} is not group.name")
        if not is_identifier(name) or method.lower() not in HTTP_METHODS or not removed_in:
            raise NamesTableError(f"{where}: expected group.name, METHOD, path, spec version")
        if key in retired:
            raise NamesTableError(f"{where}: {key} is retired twice")
        retired[key] = RetiredName(group, name, method, op_path, removed_in)
    return retired


def check_not_retired(table: dict[tuple[str, str], OperationName], retired: dict[str, RetiredName]) -> None:
    """A retired name is never given to another operation: callers of the old one would reach the new one."""
    for (method, op_path), name in sorted(table.items()):
        gone = retired.get(name.key)
        if gone is not None:
            raise NamesTableError(
                f"swagger/operations.tsv gives the retired name {name.key} to {method} {op_path}; it named "
                f"{gone.method} {gone.path}, removed in {gone.removed_in} (see swagger/retired.tsv): "
                "choose another name"
            )


def suggested_row(method: str, path: str, name: OperationName) -> str:
    """A names-table row, as operations.tsv holds it."""
    return "\t".join((method, path, name.group, name.name))


def _snake(text: str) -> str:
    """camelCase or kebab-case -> snake_case ("bulkUpdateWorkZones" -> "bulk_update_work_zones")."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _split_path(path: str) -> tuple[str, str | None, list[str]]:
    """Return (group, version number or None, the segments after the version)."""
    segments = [s for s in path.split("/") if s]
    version_at = next((i for i, s in enumerate(segments) if _VERSION.match(s)), None)
    if version_at is None:
        prefix, rest, version = segments[:1], segments[1:], None
    else:
        prefix, rest, version = segments[:version_at], segments[version_at + 1 :], segments[version_at][1:]
    # /rest/<family>/v1/... and /api/field-service/<family>/v1/...: the family precedes the version.
    family = prefix[-1] if prefix else "api"
    if family in FAMILY_GROUPS:
        group = FAMILY_GROUPS[family]
    else:
        # Unknown family: its own group, "ofscRouting" -> "routing", "configuration" -> "configuration".
        group = _snake(re.sub(r"^ofsc(?=[A-Z])", "", family)) or "api"
        if not group[0].isalpha():
            group = "api_" + group
    return group, version, rest


def _noun(resources: list[tuple[str, bool]]) -> str:
    """Noun phrase from (segment, followed-by-a-parameter) pairs: parents singular, the last as addressed."""
    words = []
    for i, (segment, item) in enumerate(resources):
        word = _snake(segment)
        last = i == len(resources) - 1
        if not last or item:
            parts = word.split("_")
            word = "_".join([*parts[:-1], _singular(parts[-1])])
        words.append(word)
    return "_".join(w for w in words if w)


def _from_operation_id(method: str, operation: dict[str, Any]) -> str | None:
    """A clean operationId ("startChat", "get_bookingFieldsDependencies") is used; "get /rest/..." is not."""
    op_id = operation.get("operationId")
    if not isinstance(op_id, str) or not _IDENTIFIER_LIKE.match(op_id):
        return None
    words = _snake(op_id).split("_")
    if words and words[0] in ("post", "put", "patch") and len(words) > 1:
        words = words[1:]
    if not words or words[0] not in _VERBS:
        words = [_METHOD_VERBS[method], *words]
    name = "_".join(words)
    return name if is_identifier(name) else None


def _param_noun(segment: str) -> str:
    """Noun for a path parameter: "{propertyLabel}" -> "property", "{language}" -> "language"."""
    word = _snake(segment.strip("{}"))
    return re.sub(r"_(id|label|name)$", "", word) or word


def _from_path(method: str, rest: list[str]) -> str:
    resources: list[tuple[str, bool]] = []
    action: str | None = None
    previous_param = False
    for i, segment in enumerate(rest):
        if _PARAM.match(segment):
            if previous_param and i == len(rest) - 1:
                # A trailing parameter after another one addresses a sub-item (".../{id}/{propertyLabel}").
                resources.append((_param_noun(segment), True))
            elif resources:
                resources[-1] = (resources[-1][0], True)
            previous_param = True
            continue
        previous_param = False
        if segment == "custom-actions" and i + 1 < len(rest):
            action = _snake(rest[i + 1])
            break
        resources.append((segment, False))
    if method == "post" and action is None and resources and not resources[-1][1]:
        # POST to a collection creates one item.
        resources[-1] = (resources[-1][0], True)
    noun = _noun(resources)
    if action is None:
        verb = _METHOD_VERBS[method]
        return f"{verb}_{noun}" if noun else verb
    words = action.split("_")
    if words[0] not in _VERBS:
        # A custom action named by a state or a thing: "enroute", "lastKnownPositions".
        lead = ["get"] if method == "get" else []
        return "_".join(lead + words + ([noun] if noun and len(words) == 1 else []))
    if method == "get" and words[0] not in ("get", "find", "search", "export", "show", "check"):
        words = ["get", *words]  # reading the state of an action ("populateShapes/{downloadId}")
    if words[:2] == ["bulk", "update"] and len(words) > 2 and noun:
        # "resources/custom-actions/bulkUpdateWorkZones" -> "bulk_update_resource_work_zones"
        return "_".join(["bulk", "update", _singular(noun), *words[2:]])
    if len(words) > 1 and words[0] != "bulk":
        return "_".join(words)  # "findMatchingResources" already says what it acts on
    return "_".join(words + ([noun] if noun else []))


def derive_name(method: str, path: str, operation: dict[str, Any]) -> OperationName:
    """A readable verb_noun name for an operation the table does not list.

    The group comes from the path family (a new family becomes its own group); the name from a clean
    operationId when Oracle gives one, else from the method and path
    ("POST .../activities/{id}/custom-actions/start" -> "start_activity").
    Versions other than v1 are suffixed ("_v2") so versioned twins stay distinct.
    """
    method = method.lower()
    if method not in _METHOD_VERBS:
        raise ValueError(f"not an HTTP method: {method!r}")
    group, version, rest = _split_path(path)
    name = _from_operation_id(method, operation) or _from_path(method, rest)
    if version not in (None, "1") and not name.endswith(f"_v{version}"):
        name = f"{name}_v{version}"
    if not is_identifier(name):
        name = f"{_METHOD_VERBS[method]}_operation"
    return OperationName(group, name)


def _operations(paths: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in a stable order."""
    found = []
    for path in sorted(paths):
        item = paths[path]
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                found.append((method.upper(), path, item[method]))
    return found


def resolve_names(
    paths: dict[str, Any],
    table: dict[tuple[str, str], OperationName],
    reserved: set[OperationName] | None = None,
) -> tuple[dict[tuple[str, str], OperationName], list[str]]:
    """Name every operation of `paths` (a Swagger 2.0 or OpenAPI 3 `paths` object).

    Returns the names by (METHOD, path) and one warning per operation the table lacks. Derived names never
    take a name the table gives to another operation, nor a `reserved` (retired) one, nor one another's: a
    clash gets a numeric suffix.
    """
    resolved: dict[tuple[str, str], OperationName] = {}
    warnings: list[str] = []
    operations = _operations(paths)
    taken = set(table.values()) | (reserved or set())
    for method, path, _ in operations:
        if (method, path) in table:
            resolved[(method, path)] = table[(method, path)]
    for method, path, operation in operations:
        if (method, path) in resolved:
            continue
        derived = derive_name(method, path, operation)
        candidate, n = derived, 2
        while candidate in taken:
            candidate = OperationName(derived.group, f"{derived.name}_{n}")
            n += 1
        taken.add(candidate)
        resolved[(method, path)] = candidate
        warnings.append(
            f"{method} {path} is not in the names table: generated as {candidate.key} for review; "
            f"suggested row: {suggested_row(method, path, candidate)!r}"
        )
    return resolved, warnings


def stale_rows(paths: dict[str, Any], table: dict[tuple[str, str], OperationName]) -> list[str]:
    """Table rows for operations the spec no longer has (their names would silently disappear)."""
    present = {(method, path) for method, path, _ in _operations(paths)}
    return [
        f"{method} {path} ({name.key}) is in the names table but not in the spec"
        for (method, path), name in sorted(table.items())
        if (method, path) not in present
    ]
