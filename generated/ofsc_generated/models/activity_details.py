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
    "activityId": UNSET,
    "date": UNSET,
    "apptNumber": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "activityId",
    "date",
    "apptNumber",
)

T = TypeVar("T", bound="ActivityDetails")


@_attrs_define(repr=False)
class ActivityDetails:
    """The object containing the activity details."""

    resource_id: None | str | Unset = UNSET
    """ The unique identifier of the resource in Oracle Field Service. """
    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity in Oracle Field Service. """
    date: None | str | Unset = UNSET
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    appt_number: None | str | Unset = UNSET
    """ The parameter may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and may be left empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.appt_number is not UNSET:
            field_dict["apptNumber"] = self.appt_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_details

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
