from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "active": UNSET,
    "name": UNSET,
    "points": UNSET,
    "type": UNSET,
    "workTimeStart": UNSET,
    "workTimeEnd": UNSET,
    "decoration": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "active",
    "name",
    "points",
    "type",
    "workTimeStart",
    "workTimeEnd",
    "decoration",
)

T = TypeVar("T", bound="CreateShift")


@_attrs_define(repr=False)
class CreateShift:
    """The shift object."""

    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the shift is listed as a possible value in the 'shift' drop-down list in Manage or Mobility apps
    while creating an activity. If false, then the shift is not listed as a value in the drop-down list. The default
    value is true. """
    name: None | str | Unset = UNSET
    """ The label of the shift. """
    points: int | None | Unset = UNSET
    """ Points """
    type_: None | str | Unset = UNSET
    """ The type of the shift. Possible values are ["regular", "on-call"]. Cannot be changed for an existing shift.
    """
    work_time_start: None | str | Unset = UNSET
    """ The workTimeStart of the shift. Possible values are 00:00 - 23:59 """
    work_time_end: None | str | Unset = UNSET
    """ The workTimeEnd of the shift. Possible values are 00:00 - 23:59 """
    decoration: None | str | Unset = UNSET
    """ The decoration of the shift. Mandatory for "on-call" type of shift. Possible values are
    ["yellow","orange","red","blue","green","purple"]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.work_time_start is not UNSET:
            field_dict["workTimeStart"] = self.work_time_start
        if self.work_time_end is not UNSET:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.decoration is not UNSET:
            field_dict["decoration"] = self.decoration
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        create_shift = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            create_shift.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return create_shift

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
