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
    "activityId": UNSET,
    "apptNumber": UNSET,
    "customerNumber": UNSET,
    "linkType": UNSET,
    "minIntervalValue": UNSET,
    "maxIntervalValue": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activityId",
    "apptNumber",
    "customerNumber",
    "linkType",
    "minIntervalValue",
    "maxIntervalValue",
)

T = TypeVar("T", bound="BulkUpdateLinkedActivity")


@_attrs_define(repr=False)
class BulkUpdateLinkedActivity:
    """The link between the activity key fields and the link properties."""

    activity_id: int | None | Unset = UNSET
    appt_number: None | str | Unset = UNSET
    customer_number: None | str | Unset = UNSET
    link_type: None | str | Unset = UNSET
    """ The type of the link between activities.

    The link types must be configured in the Oracle Field Service Manage application. The label (but not the
    "reverseLabel") of a link template to be used to link the activities. It is referred as "Link to the second
    activity" in the Link templates configuration in the Oracle Field Service application. """
    min_interval_value: int | None | Unset = UNSET
    """ The minimum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    max_interval_value: int | None | Unset = UNSET
    """ The maximum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.appt_number is not UNSET:
            field_dict["apptNumber"] = self.appt_number
        if self.customer_number is not UNSET:
            field_dict["customerNumber"] = self.customer_number
        if self.link_type is not UNSET:
            field_dict["linkType"] = self.link_type
        if self.min_interval_value is not UNSET:
            field_dict["minIntervalValue"] = self.min_interval_value
        if self.max_interval_value is not UNSET:
            field_dict["maxIntervalValue"] = self.max_interval_value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_linked_activity = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            bulk_update_linked_activity.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return bulk_update_linked_activity

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
