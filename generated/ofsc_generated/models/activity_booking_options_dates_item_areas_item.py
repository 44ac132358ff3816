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
    "name": UNSET,
    "bucket": UNSET,
    "timeZone": UNSET,
    "timeZoneDiff": UNSET,
    "categories": UNSET,
    "reason": UNSET,
    "remainingQuota": UNSET,
    "originalQuota": UNSET,
    "timeSlots": UNSET,
    "duration": UNSET,
    "travelTime": UNSET,
    "averageBucketTravel": UNSET,
    "averageTravelKeyTravel": UNSET,
    "hasNearbyActivities": UNSET,
    "hasForecastedActivities": UNSET,
}
_N_FIELDS = 16
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "bucket",
    "timeZone",
    "timeZoneDiff",
    "categories",
    "reason",
    "remainingQuota",
    "originalQuota",
    "timeSlots",
    "duration",
    "travelTime",
    "averageBucketTravel",
    "averageTravelKeyTravel",
    "hasNearbyActivities",
    "hasForecastedActivities",
)

T = TypeVar("T", bound="ActivityBookingOptionsDatesItemAreasItem")


@_attrs_define(repr=False)
class ActivityBookingOptionsDatesItemAreasItem:
    label: None | str | Unset = UNSET
    """ The label of the area. """
    name: None | str | Unset = UNSET
    """ The name of the area. """
    bucket: None | str | Unset = UNSET
    """ The external identifier of the bucket in which the booked activity is placed. """
    time_zone: None | str | Unset = UNSET
    """ The IANA name (for example, 'America/New_York') of the time zone. If the IANA name is not defined for a
    given time zone (if the time zone differences are entered manually), then the operation returns a label or name
    of the time zone. The labels are used to identify the time zones in public API calls. """
    time_zone_diff: int | None | Unset = UNSET
    """ The time zone difference in minutes for current capacity area (according to configured time zone) for
    current date. """
    categories: list[str] | None | Unset = UNSET
    """ The list of capacity categories matching the activity for the capacity area. Each item in the list denotes a
    capacity category label. The parameter is returned only if the 'includePartiallyDefinedCategories' parameter in
    the request is set to true. The parameter is not returned when the booking is not allowed and when the 'reason'
    field is present. """
    reason: None | str | Unset = UNSET
    """ The reason for the unavailability of booking options. If there are multiple reasons, then only one reason is
    returned. The priority corresponds to the order of items in the list. The parameter is returned for the matched
    area where there are no available booking options.

    If the value of the stopBookingAt reason is defined, then the values for the originalQuota and remainingQuota
    parameters should be returned only for capacity areas. Allowed values: `noTimeZoneDiff`, `dateInPast`,
    `timeInPast`, `allTimeSlotsAreClosed`, `allCategoriesAreClosed`, `closedDay`, `closedCategory`,
    `closedWorkZone`, `stopBookingAt`, `missingCategories`, `undefinedQuota`, `noCapacity`. """
    remaining_quota: int | None | Unset = UNSET
    """ The quota available on the day level after the activity booking. If there is no quota defined, the parameter
    is not returned. """
    original_quota: int | None | Unset = UNSET
    """ The quota value which is defined on a day level. """
    time_slots: list[ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem] | Unset = UNSET
    """ The list of time slots at which the activity can be started. """
    duration: int | None | Unset = UNSET
    """ The estimated duration of the activity in minutes within this capacity area. """
    travel_time: int | None | Unset = UNSET
    """ The estimated average travel time (in minutes) to the activity within this specific capacity area is used
    during the evaluation of the requested activity's booking possibility.

    The estimation level is determined based on the following hierarchy (from highest to lowest priority):

    - Average within Travel Key: The average travel time is estimated based on the specific bucket and travel key
    combination
    - Average for the Bucket: The average travel time is estimated based on all reported travel durations for
    activities under the bucket.
    - Company Default: The company default value is used when no statistical data is available.

    The Average within Travel Key and Average for the Bucket can use estimations for parent buckets hierarhically if
    there are no enough data on the level of the currebt bucket. """
    average_bucket_travel: int | None | Unset = UNSET
    """ Contains the value of average travel time over the bucket. """
    average_travel_key_travel: int | None | Unset = UNSET
    """ Contains the value of average travel time for the traveling withing the same travel key as of bookable
    activity. """
    has_nearby_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    is in close proximity of the activity specified in request. If false, then the previous or the following
    activity is not in close proximity of the activity specified in request. """
    has_forecasted_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, the activity flow forecast was used to
    calculate the additional travel. If false, then only activities already present in the route were used to
    calculate the additional travel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.bucket is not UNSET:
            field_dict["bucket"] = self.bucket
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_diff is not UNSET:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.categories is not UNSET:
            field_dict["categories"] = self.categories
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.remaining_quota is not UNSET:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.original_quota is not UNSET:
            field_dict["originalQuota"] = self.original_quota
        if self.time_slots is not UNSET:
            field_dict["timeSlots"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem)
                    else item0
                    for item0 in self.time_slots
                ]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.travel_time is not UNSET:
            field_dict["travelTime"] = self.travel_time
        if self.average_bucket_travel is not UNSET:
            field_dict["averageBucketTravel"] = self.average_bucket_travel
        if self.average_travel_key_travel is not UNSET:
            field_dict["averageTravelKeyTravel"] = self.average_travel_key_travel
        if self.has_nearby_activities is not UNSET:
            field_dict["hasNearbyActivities"] = self.has_nearby_activities
        if self.has_forecasted_activities is not UNSET:
            field_dict["hasForecastedActivities"] = self.has_forecasted_activities
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_booking_options_dates_item_areas_item = cls(*_read_fields(d))
        _value = activity_booking_options_dates_item_areas_item.time_slots
        activity_booking_options_dates_item_areas_item.time_slots = (
            [
                ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            activity_booking_options_dates_item_areas_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return activity_booking_options_dates_item_areas_item

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
from ..models.activity_booking_options_dates_item_areas_item_time_slots_item import (
    ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem,  # noqa: E402
)
