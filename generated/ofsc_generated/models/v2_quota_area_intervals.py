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
    "timeFrom": UNSET,
    "timeTo": UNSET,
    "quotaIsClosed": UNSET,
    "quotaIsAutoClosed": UNSET,
    "quotaIsReopened": UNSET,
    "closeTime": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
)

T = TypeVar("T", bound="V2QuotaAreaIntervals")


@_attrs_define(repr=False)
class V2QuotaAreaIntervals:
    """Array of objects containing the daily statuses of intervals. At this level an interval may be closed for all
    Capacity Categories of the area. Quota cannot be specified at this level. This array is returned if the request
    parameters returnStatuses and intervalLevel are true and cannot be returned in aggregated mode.

    """

    time_from: None | str | Unset = UNSET
    """ The start time of the time interval in HH:MM format. """
    time_to: None | str | Unset = UNSET
    """ The end time of the time interval in HH:MM format. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level. """
    quota_is_auto_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level automatically by schedule. """
    quota_is_reopened: bool | None | Unset = UNSET
    """ Indicates if the booking has been manually reopened after closure. """
    close_time: None | str | Unset = UNSET
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time_from is not UNSET:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not UNSET:
            field_dict["timeTo"] = self.time_to
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not UNSET:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not UNSET:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not UNSET:
            field_dict["closeTime"] = self.close_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_quota_area_intervals = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            v2_quota_area_intervals.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_quota_area_intervals

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
