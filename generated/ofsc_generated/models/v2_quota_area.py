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
    "maxAvailable": UNSET,
    "maxAvailableByPlans": UNSET,
    "otherActivities": UNSET,
    "quota": UNSET,
    "quotaPercent": UNSET,
    "minQuota": UNSET,
    "used": UNSET,
    "usedQuotaPercent": UNSET,
    "bookedActivities": UNSET,
    "quotaIsClosed": UNSET,
    "quotaIsAutoClosed": UNSET,
    "quotaIsReopened": UNSET,
    "closeTime": UNSET,
    "intervals": UNSET,
    "categories": UNSET,
    "timeSlots": UNSET,
}
_N_FIELDS = 17
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "maxAvailable",
    "maxAvailableByPlans",
    "otherActivities",
    "quota",
    "quotaPercent",
    "minQuota",
    "used",
    "usedQuotaPercent",
    "bookedActivities",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
    "intervals",
    "categories",
    "timeSlots",
)

T = TypeVar("T", bound="V2QuotaArea")


@_attrs_define(repr=False)
class V2QuotaArea:
    label: None | str | Unset = UNSET
    """ The label of the Capacity Area. This field is not returned for the aggregated result. """
    max_available: int | None | Unset = UNSET
    """ The total working time of the resources. """
    max_available_by_plans: int | None | Unset = UNSET
    """ The total working time of based on plans. """
    other_activities: int | None | Unset = UNSET
    """ The total travel time and duration of activities that are not part of capacity management. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. For the quota based on intervals it contains null if the value is not defined.
    """
    quota_percent: float | None | Unset = UNSET
    """ The quota value in percent. For the quota based on intervals it contains null if the value is not defined.
    This field is not returned for the aggregated result. """
    min_quota: int | None | Unset = UNSET
    """ The minimal quota value in minutes. This field is not returned for the aggregated result. """
    used: int | None | Unset = UNSET
    """ The amount of consumed capacity in minutes. """
    used_quota_percent: float | None | Unset = UNSET
    """ The percent of the daily quota that is used by booked activities. This field is not returned for the
    aggregated result. """
    booked_activities: int | None | Unset = UNSET
    """ The number of booked activities. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level. This parameter is returned if the request parameter
    returnStatuses is true """
    quota_is_auto_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level automatically by schedule. This parameter is returned
    if the request parameter returnStatuses is true """
    quota_is_reopened: bool | None | Unset = UNSET
    """ Indicates if the booking has been manually reopened after closure. This parameter is returned if the request
    parameter returnStatuses is true """
    close_time: None | str | Unset = UNSET
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. This parameter is returned if the request parameter returnStatuses is true """
    intervals: list[V2QuotaAreaIntervals] | None | Unset = UNSET
    categories: list[V2QuotaAreaCategories] | None | Unset = UNSET
    time_slots: list[V2QuotaAreaTimeSlots] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.max_available is not UNSET:
            field_dict["maxAvailable"] = self.max_available
        if self.max_available_by_plans is not UNSET:
            field_dict["maxAvailableByPlans"] = self.max_available_by_plans
        if self.other_activities is not UNSET:
            field_dict["otherActivities"] = self.other_activities
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.quota_percent is not UNSET:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not UNSET:
            field_dict["minQuota"] = self.min_quota
        if self.used is not UNSET:
            field_dict["used"] = self.used
        if self.used_quota_percent is not UNSET:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.booked_activities is not UNSET:
            field_dict["bookedActivities"] = self.booked_activities
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not UNSET:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not UNSET:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not UNSET:
            field_dict["closeTime"] = self.close_time
        if self.intervals is not UNSET:
            field_dict["intervals"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaAreaIntervals) else item0 for item0 in self.intervals]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        if self.categories is not UNSET:
            field_dict["categories"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaAreaCategories) else item0 for item0 in self.categories]
                if isinstance(self.categories, list)
                else self.categories
            )
        if self.time_slots is not UNSET:
            field_dict["timeSlots"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaAreaTimeSlots) else item0 for item0 in self.time_slots]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_quota_area = cls(*_read_fields(d))
        _value = v2_quota_area.intervals
        v2_quota_area.intervals = (
            [V2QuotaAreaIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_quota_area.categories
        v2_quota_area.categories = (
            [V2QuotaAreaCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_quota_area.time_slots
        v2_quota_area.time_slots = (
            [V2QuotaAreaTimeSlots.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_quota_area.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_quota_area

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
from ..models.v2_quota_area_categories import V2QuotaAreaCategories  # noqa: E402
from ..models.v2_quota_area_intervals import V2QuotaAreaIntervals  # noqa: E402
from ..models.v2_quota_area_time_slots import V2QuotaAreaTimeSlots  # noqa: E402
