"""``ofsc_overlay.operations()``: the public, read-only view of the operation catalog."""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["OperationInfo", "operations"]


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One OFSC operation as the clients expose it: ``client.<group>.<name>(...)``."""

    group: str
    name: str
    method: str
    path: str
    paged: bool
    paging: str | None  # "offset" (offset/limit), "page" (events cursor) or None
    all_name: str | None  # the get_all_* twin that walks every page, when paged
    summary: str

    @property
    def key(self) -> str:
        """``"<group>.<name>"``, e.g. ``"core.get_activity"``."""
        return f"{self.group}.{self.name}"


@functools.cache
def operations() -> tuple[OperationInfo, ...]:
    """Every operation of the generated client, sorted by group and name."""
    from ofsc_generated.catalog import OPERATIONS

    return tuple(
        OperationInfo(
            group=op.group,
            name=op.name,
            method=op.method.upper(),
            path=op.path,
            paged=op.paging is not None,
            paging=op.paging,
            all_name=op.all_name,
            summary=op.summary,
        )
        for op in OPERATIONS
    )
