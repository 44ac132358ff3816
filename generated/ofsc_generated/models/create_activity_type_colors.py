from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "pending": None,
    "started": None,
    "completed": None,
    "suspended": None,
    "cancelled": None,
    "notdone": None,
    "notOrdered": None,
    "warning": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "pending",
    "started",
    "completed",
    "suspended",
    "cancelled",
    "notdone",
    "notOrdered",
    "warning",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CreateActivityTypeColors")


@_attrs_define(repr=False, init=False)
class CreateActivityTypeColors:
    """The set of color values for the corresponding status of the activity."""

    pending: str | None
    """ The color of activity in pending status. """
    started: str | None
    """ The color of activity in started status. """
    completed: str | None
    """ The color of activity in complete status. """
    suspended: str | None
    """ The color of activity in suspended status. """
    cancelled: str | None
    """ The color of activity in cancelled status. """
    notdone: str | None
    """ The color of activity in not done status. """
    not_ordered: str | None
    """ The color of activity in not ordered status. """
    warning: str | None
    """ The color of activity in warning status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "pending",
            "started",
            "completed",
            "suspended",
            "cancelled",
            "notdone",
            "not_ordered",
            "warning",
            "additional_properties",
        )
    )

    def __init__(
        self,
        pending: str | None | Unset = UNSET,
        started: str | None | Unset = UNSET,
        completed: str | None | Unset = UNSET,
        suspended: str | None | Unset = UNSET,
        cancelled: str | None | Unset = UNSET,
        notdone: str | None | Unset = UNSET,
        not_ordered: str | None | Unset = UNSET,
        warning: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "pending": pending,
            "started": started,
            "completed": completed,
            "suspended": suspended,
            "cancelled": cancelled,
            "notdone": notdone,
            "notOrdered": not_ordered,
            "warning": warning,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.pending = None if isinstance(pending, Unset) else pending
        self.started = None if isinstance(started, Unset) else started
        self.completed = None if isinstance(completed, Unset) else completed
        self.suspended = None if isinstance(suspended, Unset) else suspended
        self.cancelled = None if isinstance(cancelled, Unset) else cancelled
        self.notdone = None if isinstance(notdone, Unset) else notdone
        self.not_ordered = None if isinstance(not_ordered, Unset) else not_ordered
        self.warning = None if isinstance(warning, Unset) else warning
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.pending is not None or "pending" in sent:
            field_dict["pending"] = self.pending
        if self.started is not None or "started" in sent:
            field_dict["started"] = self.started
        if self.completed is not None or "completed" in sent:
            field_dict["completed"] = self.completed
        if self.suspended is not None or "suspended" in sent:
            field_dict["suspended"] = self.suspended
        if self.cancelled is not None or "cancelled" in sent:
            field_dict["cancelled"] = self.cancelled
        if self.notdone is not None or "notdone" in sent:
            field_dict["notdone"] = self.notdone
        if self.not_ordered is not None or "notOrdered" in sent:
            field_dict["notOrdered"] = self.not_ordered
        if self.warning is not None or "warning" in sent:
            field_dict["warning"] = self.warning
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CreateActivityTypeColors else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.pending,
            target.started,
            target.completed,
            target.suspended,
            target.cancelled,
            target.notdone,
            target.not_ordered,
            target.warning,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_Twin = lazy_twin(CreateActivityTypeColors)
