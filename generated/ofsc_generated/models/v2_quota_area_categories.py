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
    "quota": UNSET,
    "quotaPercentDay": UNSET,
    "quotaPercentCategory": UNSET,
    "minQuota": UNSET,
    "used": UNSET,
    "usedQuotaPercent": UNSET,
    "stopBookingAt": UNSET,
    "bookedActivities": UNSET,
    "quotaIsClosed": UNSET,
    "quotaIsAutoClosed": UNSET,
    "quotaIsReopened": UNSET,
    "closeTime": UNSET,
    "workZones": UNSET,
    "intervals": UNSET,
}
_N_FIELDS = 17
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "maxAvailable",
    "maxAvailableByPlans",
    "quota",
    "quotaPercentDay",
    "quotaPercentCategory",
    "minQuota",
    "used",
    "usedQuotaPercent",
    "stopBookingAt",
    "bookedActivities",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
    "workZones",
    "intervals",
)

T = TypeVar("T", bound="V2QuotaAreaCategories")


@_attrs_define(repr=False)
class V2QuotaAreaCategories:
    """Array of objects containing the quota information for each Capacity Category. This list is returned for Capacity
    Areas with quota by intervals configuration if the request parameter categoryLevel is true.

    """

    label: None | str | Unset = UNSET
    """ The label of the Capacity Category. """
    max_available: int | None | Unset = UNSET
    """ The total working time of the resources for the category. """
    max_available_by_plans: int | None | Unset = UNSET
    """ The total working time for the category based on plans. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. It contains null if the value is not defined. """
    quota_percent_day: float | None | Unset = UNSET
    """ The quota value defined as a percent of the daily quota value of the capacity category. It contains null if
    the value is not defined. """
    quota_percent_category: float | None | Unset = UNSET
    """ The quota value defined as a percent of the Max Available value of the Capacity Category. It contains null
    if the value is not defined. """
    min_quota: int | None | Unset = UNSET
    """ The minimal quota value in minutes. This field is not returned for the aggregated result. """
    used: int | None | Unset = UNSET
    """ The amount of consumed capacity in minutes. """
    used_quota_percent: float | None | Unset = UNSET
    """ The quota percentage of the capacity category currently used for booked activities. """
    stop_booking_at: int | None | Unset = UNSET
    """ The percent of the used quota at which the booking of activities stops. It is returned as zero if it has
    zero value; if the value is not defined then this field is not returned. """
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
    work_zones: list[V2QuotaWorkZones] | None | Unset = UNSET
    intervals: list[V2QuotaCategoryIntervals] | None | Unset = UNSET
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
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.quota_percent_day is not UNSET:
            field_dict["quotaPercentDay"] = self.quota_percent_day
        if self.quota_percent_category is not UNSET:
            field_dict["quotaPercentCategory"] = self.quota_percent_category
        if self.min_quota is not UNSET:
            field_dict["minQuota"] = self.min_quota
        if self.used is not UNSET:
            field_dict["used"] = self.used
        if self.used_quota_percent is not UNSET:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.stop_booking_at is not UNSET:
            field_dict["stopBookingAt"] = self.stop_booking_at
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
        if self.work_zones is not UNSET:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        if self.intervals is not UNSET:
            field_dict["intervals"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaCategoryIntervals) else item0 for item0 in self.intervals]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_quota_area_categories = cls(*_read_fields(d))
        _value = v2_quota_area_categories.work_zones
        v2_quota_area_categories.work_zones = (
            [V2QuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_quota_area_categories.intervals
        v2_quota_area_categories.intervals = (
            [V2QuotaCategoryIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_quota_area_categories.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_quota_area_categories

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
from ..models.v2_quota_category_intervals import V2QuotaCategoryIntervals  # noqa: E402
from ..models.v2_quota_work_zones import V2QuotaWorkZones  # noqa: E402
