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
    "active": None,
    "name": None,
    "points": None,
    "type": None,
    "workTimeStart": None,
    "workTimeEnd": None,
    "decoration": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "active",
    "name",
    "points",
    "type",
    "workTimeStart",
    "workTimeEnd",
    "decoration",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="Shift")


@_attrs_define(repr=False, init=False)
class Shift:
    """The shift object."""

    active: bool | None
    """ Contains one of the following values: true or false.

    If true, then the shift is listed as a possible value in the 'shift' drop-down list in Manage or Mobility apps
    while creating an activity. If false, then the shift is not listed as a value in the drop-down list. The default
    value is true. """
    name: str | None
    """ The label of the shift. """
    points: int | None
    """ Points """
    type_: str | None
    """ The type of the shift. Possible values are ["regular", "on-call"]. Cannot be changed for an existing shift.
    """
    work_time_start: str | None
    """ The workTimeStart of the shift. Possible values are 00:00 - 23:59 """
    work_time_end: str | None
    """ The workTimeEnd of the shift. Possible values are 00:00 - 23:59 """
    decoration: str | None
    """ The decoration of the shift. Mandatory for "on-call" type of shift. Possible values are
    ["yellow","orange","red","blue","green","purple"]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "active",
            "name",
            "points",
            "type_",
            "work_time_start",
            "work_time_end",
            "decoration",
            "additional_properties",
        )
    )

    def __init__(
        self,
        active: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        work_time_start: str | None | Unset = UNSET,
        work_time_end: str | None | Unset = UNSET,
        decoration: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "active": active,
            "name": name,
            "points": points,
            "type": type_,
            "workTimeStart": work_time_start,
            "workTimeEnd": work_time_end,
            "decoration": decoration,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.active = None if isinstance(active, Unset) else active
        self.name = None if isinstance(name, Unset) else name
        self.points = None if isinstance(points, Unset) else points
        self.type_ = None if isinstance(type_, Unset) else type_
        self.work_time_start = None if isinstance(work_time_start, Unset) else work_time_start
        self.work_time_end = None if isinstance(work_time_end, Unset) else work_time_end
        self.decoration = None if isinstance(decoration, Unset) else decoration
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.points is not None or "points" in sent:
            field_dict["points"] = self.points
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.work_time_start is not None or "workTimeStart" in sent:
            field_dict["workTimeStart"] = self.work_time_start
        if self.work_time_end is not None or "workTimeEnd" in sent:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.decoration is not None or "decoration" in sent:
            field_dict["decoration"] = self.decoration
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Shift else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.active,
            target.name,
            target.points,
            target.type_,
            target.work_time_start,
            target.work_time_end,
            target.decoration,
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


_Twin = lazy_twin(Shift)
