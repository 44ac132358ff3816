"""Path-template routing. A fixed segment always beats a `{param}` segment at the same position, so
`/activities/{activityId}/submittedForms` wins over `/activities/{activityId}/{propertyLabel}`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from .contract import OperationSpec


@dataclass(slots=True)
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    param_child: _Node | None = None
    operations: dict[str, OperationSpec] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RouteMatch:
    operation: OperationSpec | None  # None: the path exists but not for this method
    path_params: dict[str, str]
    allowed_methods: tuple[str, ...]


def split_path(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


class Router:
    def __init__(self, operations: Iterable[OperationSpec]) -> None:
        self._root = _Node()
        for op in operations:
            self._add(op)

    def _add(self, op: OperationSpec) -> None:
        node = self._root
        for segment in split_path(op.path):
            if segment.startswith("{") and segment.endswith("}"):
                if node.param_child is None:
                    node.param_child = _Node()
                node = node.param_child
            else:
                node = node.literals.setdefault(segment, _Node())
        node.operations[op.method] = op

    def match(self, method: str, path: str) -> RouteMatch | None:
        """The operation for `method` on `path`; None when no template matches the path at all."""
        segments = [unquote(s) for s in split_path(path)]
        method = method.upper()
        # Prefer a template that serves this method; fall back to any template for a 405.
        node = self._walk(self._root, segments, 0, method)
        if node is not None:
            op = node.operations[method]
            return RouteMatch(op, _bind(op.path, segments), tuple(sorted(node.operations)))
        node = self._walk(self._root, segments, 0, None)
        if node is None:
            return None
        some_op = next(iter(node.operations.values()))
        return RouteMatch(None, _bind(some_op.path, segments), tuple(sorted(node.operations)))

    def _walk(self, node: _Node, segments: list[str], index: int, method: str | None) -> _Node | None:
        if index == len(segments):
            if node.operations and (method is None or method in node.operations):
                return node
            return None
        literal = node.literals.get(segments[index])
        if literal is not None:
            found = self._walk(literal, segments, index + 1, method)
            if found is not None:
                return found
        if node.param_child is not None:
            return self._walk(node.param_child, segments, index + 1, method)
        return None


def _bind(template: str, segments: list[str]) -> dict[str, str]:
    """Path parameter values by name (templates sharing a prefix may name their parameters differently)."""
    return {
        part[1:-1]: value
        for part, value in zip(split_path(template), segments, strict=True)
        if part.startswith("{") and part.endswith("}")
    }
