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
    "resourceId": UNSET,
    "akey": UNSET,
    "override": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "akey",
    "override",
)

T = TypeVar("T", bound="ActivityDurationRequest")


@_attrs_define(repr=False)
class ActivityDurationRequest:
    resource_id: None | str | Unset = UNSET
    """ The external ID of the resource. If this value is not provided, the override will be performed at the
    company level. """
    akey: None | str | Unset = UNSET
    """ The value of the activity duration key. It appears as 'Appointment Key' in the report. """
    override: int | None | Unset = UNSET
    """ The override value that needs to be set for the 'resourceId' and 'akey' combination. For example, 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.akey is not UNSET:
            field_dict["akey"] = self.akey
        if self.override is not UNSET:
            field_dict["override"] = self.override
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_duration_request = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_duration_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_duration_request

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
