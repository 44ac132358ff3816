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
    "otherActivities": UNSET,
    "quota": UNSET,
    "quotaPercent": UNSET,
    "minQuota": UNSET,
    "used": UNSET,
    "usedQuotaPercent": UNSET,
    "stopBookingAt": UNSET,
    "bookedActivities": UNSET,
    "quotaIsClosed": UNSET,
    "quotaIsAutoClosed": UNSET,
    "quotaIsReopened": UNSET,
    "closeTime": UNSET,
    "categories": UNSET,
}
_N_FIELDS = 15
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "maxAvailable",
    "otherActivities",
    "quota",
    "quotaPercent",
    "minQuota",
    "used",
    "usedQuotaPercent",
    "stopBookingAt",
    "bookedActivities",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
    "categories",
)

T = TypeVar("T", bound="V2QuotaAreaTimeSlots")


@_attrs_define(repr=False)
class V2QuotaAreaTimeSlots:
    """Array of objects containing the quota information for each time slot. This list is returned for Capacity Areas with
    time slot based configuration if the request parameter timeSlotLevel is true.

    """

    label: None | str | Unset = UNSET
    """ Label of the time slot """
    max_available: int | None | Unset = UNSET
    """ The total working time of the resources. """
    other_activities: int | None | Unset = UNSET
    """ The total travel time and duration of activities that are not part of capacity management. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. It is returned as zero if it has zero value; if the value is not defined then
    this field is not returned. """
    quota_percent: float | None | Unset = UNSET
    """ The quota value in percent. It is returned as zero if it has zero value; if the value is not defined then
    this field is not returned. This field is not returned for the aggregated result. """
    min_quota: int | None | Unset = UNSET
    """ The minimal quota value in minutes. It is returned as zero If it has zero value; if the value is not defined
    then this field is not returned. This field is not returned for the aggregated result. """
    used: int | None | Unset = UNSET
    """ The amount of consumed capacity in minutes. """
    used_quota_percent: float | None | Unset = UNSET
    """ The percent of the time slot quota that is used by booked activities. This field is not returned for the
    aggregated result. """
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
    categories: list[V2QuotaTimeSlotCategories] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.max_available is not UNSET:
            field_dict["maxAvailable"] = self.max_available
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
        if self.categories is not UNSET:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, V2QuotaTimeSlotCategories) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_quota_area_time_slots = cls(*_read_fields(d))
        _value = v2_quota_area_time_slots.categories
        v2_quota_area_time_slots.categories = (
            [V2QuotaTimeSlotCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_quota_area_time_slots.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_quota_area_time_slots

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
from ..models.v2_quota_time_slot_categories import V2QuotaTimeSlotCategories  # noqa: E402
