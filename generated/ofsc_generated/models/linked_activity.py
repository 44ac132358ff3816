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
    "toActivityId": UNSET,
    "minIntervalValue": UNSET,
    "fromActivityId": UNSET,
    "linkType": UNSET,
    "alerts": UNSET,
    "maxIntervalValue": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "toActivityId",
    "minIntervalValue",
    "fromActivityId",
    "linkType",
    "alerts",
    "maxIntervalValue",
)

T = TypeVar("T", bound="LinkedActivity")


@_attrs_define(repr=False)
class LinkedActivity:
    """The link represents the relation between two activities."""

    to_activity_id: int | None | Unset = UNSET
    """ The identifier of the second linked activity. """
    min_interval_value: int | None | Unset = UNSET
    """ The minimum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    from_activity_id: int | None | Unset = UNSET
    """ The identifier of the first linked activity. """
    link_type: None | str | Unset = UNSET
    """ The link type specified in the request. """
    alerts: int | None | Unset = UNSET
    """ The bitmask of alert flags for the activity link. If the value returned is '0', then there are no alerts for
    the activity link. """
    max_interval_value: int | None | Unset = UNSET
    """ The maximum time interval (in minutes) between subsequent linked activities, for the links that define the
    relative order of the activities. This parameter can only be sent if it is configured as "Adjustable" in the
    link template configuration. If the parameter is missing in the request, the value from the template wil be
    used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.to_activity_id is not UNSET:
            field_dict["toActivityId"] = self.to_activity_id
        if self.min_interval_value is not UNSET:
            field_dict["minIntervalValue"] = self.min_interval_value
        if self.from_activity_id is not UNSET:
            field_dict["fromActivityId"] = self.from_activity_id
        if self.link_type is not UNSET:
            field_dict["linkType"] = self.link_type
        if self.alerts is not UNSET:
            field_dict["alerts"] = self.alerts
        if self.max_interval_value is not UNSET:
            field_dict["maxIntervalValue"] = self.max_interval_value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        linked_activity = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            linked_activity.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return linked_activity

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
