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
    "label": UNSET,
    "type": UNSET,
    "name": UNSET,
    "status": UNSET,
    "parent": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "type",
    "name",
    "status",
    "parent",
)

T = TypeVar("T", bound="CapacityArea")


@_attrs_define(repr=False)
class CapacityArea:
    label: None | str | Unset = UNSET
    """ The label of the capacity area or the capacity area group. """
    type_: None | str | Unset = UNSET
    """ The type of the capacity area specified in the request. Allowed values: `group`, `area`. """
    name: None | str | Unset = UNSET
    """ The name of the capacity area or the capacity area group in the user's language. """
    status: None | str | Unset = UNSET
    """ The status of the capacity area or the capacity area group specified in the request. Allowed values:
    `active`, `inactive`. """
    parent: CapacityAreaParent | Unset = UNSET
    """ The details of the parent capacity area.

    The Parent value is returned, if the value is specified in the Expand parameter. The value is not returned when:

    - The capacity area or capacity area group is located at the top level of the hierarchy.
    - The value is not visible for the current user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.parent is not UNSET:
            field_dict["parent"] = self.parent.to_dict() if isinstance(self.parent, CapacityAreaParent) else self.parent
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        capacity_area = cls(*_read_fields(d))
        _value = capacity_area.parent
        capacity_area.parent = CapacityAreaParent.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            capacity_area.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return capacity_area

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


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_area_parent import CapacityAreaParent  # noqa: E402
