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
    "startTime": UNSET,
    "timeZoneDiff": UNSET,
    "timeZoneIANA": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activityId",
    "startTime",
    "timeZoneDiff",
    "timeZoneIANA",
)

T = TypeVar("T", bound="WhereIsMyTechResponseActivityDetails")


@_attrs_define(repr=False)
class WhereIsMyTechResponseActivityDetails:
    """The data structure containing the activity details."""

    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity in Oracle Field Service. """
    start_time: None | str | Unset = UNSET
    """ The estimated start time for activities that are in 'pending' status. The actual start time for activities
    that are in 'started', 'completed', or 'notDone' status. The date and time (in UTC time zone) is in 'YYYY-MM-DD
    HH:MM:SS' format. """
    time_zone_diff: int | None | Unset = UNSET
    """ The difference between UTC and the customer's local time, displayed in minutes. For example, -180 means that
    customer's time is 3 hours behind UTC. """
    time_zone_iana: None | str | Unset = UNSET
    """ The IANA name of the customer's time zone (for example, America/New_York). For the list of IANA time zone
    names, see IANA Time Zones (https://www.iana.org/time-zones). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.time_zone_diff is not UNSET:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.time_zone_iana is not UNSET:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        where_is_my_tech_response_activity_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            where_is_my_tech_response_activity_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return where_is_my_tech_response_activity_details

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
