from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "name": None,
    "bucket": None,
    "timeZone": None,
    "timeZoneDiff": None,
    "categories": None,
    "reason": None,
    "remainingQuota": None,
    "originalQuota": None,
    "timeSlots": None,
    "duration": None,
    "travelTime": None,
    "averageBucketTravel": None,
    "averageTravelKeyTravel": None,
    "hasNearbyActivities": None,
    "hasForecastedActivities": None,
}
_N_FIELDS = 16
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "bucket",
    "timeZone",
    "timeZoneDiff",
    "categories",
    "reason",
    "remainingQuota",
    "originalQuota",
    "duration",
    "travelTime",
    "averageBucketTravel",
    "averageTravelKeyTravel",
    "hasNearbyActivities",
    "hasForecastedActivities",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ActivityBookingOptionsDatesItemAreasItem")


@_attrs_define(repr=False, init=False)
class ActivityBookingOptionsDatesItemAreasItem:
    label: str | None
    """ The label of the area. """
    name: str | None
    """ The name of the area. """
    bucket: str | None
    """ The external identifier of the bucket in which the booked activity is placed. """
    time_zone: str | None
    """ The IANA name (for example, 'America/New_York') of the time zone. If the IANA name is not defined for a
    given time zone (if the time zone differences are entered manually), then the operation returns a label or name
    of the time zone. The labels are used to identify the time zones in public API calls. """
    time_zone_diff: int | None
    """ The time zone difference in minutes for current capacity area (according to configured time zone) for
    current date. """
    categories: list[str] | None
    """ The list of capacity categories matching the activity for the capacity area. Each item in the list denotes a
    capacity category label. The parameter is returned only if the 'includePartiallyDefinedCategories' parameter in
    the request is set to true. The parameter is not returned when the booking is not allowed and when the 'reason'
    field is present. """
    reason: str | None
    """ The reason for the unavailability of booking options. If there are multiple reasons, then only one reason is
    returned. The priority corresponds to the order of items in the list. The parameter is returned for the matched
    area where there are no available booking options.

    If the value of the stopBookingAt reason is defined, then the values for the originalQuota and remainingQuota
    parameters should be returned only for capacity areas. Allowed values: `noTimeZoneDiff`, `dateInPast`,
    `timeInPast`, `allTimeSlotsAreClosed`, `allCategoriesAreClosed`, `closedDay`, `closedCategory`,
    `closedWorkZone`, `stopBookingAt`, `missingCategories`, `undefinedQuota`, `noCapacity`. """
    remaining_quota: int | None
    """ The quota available on the day level after the activity booking. If there is no quota defined, the parameter
    is not returned. """
    original_quota: int | None
    """ The quota value which is defined on a day level. """
    time_slots: list[ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem] | None
    """ The list of time slots at which the activity can be started. """
    duration: int | None
    """ The estimated duration of the activity in minutes within this capacity area. """
    travel_time: int | None
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
    average_bucket_travel: int | None
    """ Contains the value of average travel time over the bucket. """
    average_travel_key_travel: int | None
    """ Contains the value of average travel time for the traveling withing the same travel key as of bookable
    activity. """
    has_nearby_activities: bool | None
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    is in close proximity of the activity specified in request. If false, then the previous or the following
    activity is not in close proximity of the activity specified in request. """
    has_forecasted_activities: bool | None
    """ Contains one of the following values: true or false. If true, the activity flow forecast was used to
    calculate the additional travel. If false, then only activities already present in the route were used to
    calculate the additional travel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "bucket",
            "time_zone",
            "time_zone_diff",
            "categories",
            "reason",
            "remaining_quota",
            "original_quota",
            "duration",
            "travel_time",
            "average_bucket_travel",
            "average_travel_key_travel",
            "has_nearby_activities",
            "has_forecasted_activities",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        bucket: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        time_zone_diff: int | None | Unset = UNSET,
        categories: list[str] | None | Unset = UNSET,
        reason: Literal[
            "noTimeZoneDiff",
            "dateInPast",
            "timeInPast",
            "allTimeSlotsAreClosed",
            "allCategoriesAreClosed",
            "closedDay",
            "closedCategory",
            "closedWorkZone",
            "stopBookingAt",
            "missingCategories",
            "undefinedQuota",
            "noCapacity",
        ]
        | None
        | Unset = UNSET,
        remaining_quota: int | None | Unset = UNSET,
        original_quota: int | None | Unset = UNSET,
        time_slots: list[ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem] | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        travel_time: int | None | Unset = UNSET,
        average_bucket_travel: int | None | Unset = UNSET,
        average_travel_key_travel: int | None | Unset = UNSET,
        has_nearby_activities: bool | None | Unset = UNSET,
        has_forecasted_activities: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "bucket": bucket,
            "timeZone": time_zone,
            "timeZoneDiff": time_zone_diff,
            "categories": categories,
            "reason": reason,
            "remainingQuota": remaining_quota,
            "originalQuota": original_quota,
            "timeSlots": time_slots,
            "duration": duration,
            "travelTime": travel_time,
            "averageBucketTravel": average_bucket_travel,
            "averageTravelKeyTravel": average_travel_key_travel,
            "hasNearbyActivities": has_nearby_activities,
            "hasForecastedActivities": has_forecasted_activities,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.bucket = None if isinstance(bucket, Unset) else bucket
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.time_zone_diff = None if isinstance(time_zone_diff, Unset) else time_zone_diff
        self.categories = None if isinstance(categories, Unset) else categories
        self.reason = None if isinstance(reason, Unset) else reason
        self.remaining_quota = None if isinstance(remaining_quota, Unset) else remaining_quota
        self.original_quota = None if isinstance(original_quota, Unset) else original_quota
        self.time_slots = None if isinstance(time_slots, Unset) else time_slots
        self.duration = None if isinstance(duration, Unset) else duration
        self.travel_time = None if isinstance(travel_time, Unset) else travel_time
        self.average_bucket_travel = None if isinstance(average_bucket_travel, Unset) else average_bucket_travel
        self.average_travel_key_travel = (
            None if isinstance(average_travel_key_travel, Unset) else average_travel_key_travel
        )
        self.has_nearby_activities = None if isinstance(has_nearby_activities, Unset) else has_nearby_activities
        self.has_forecasted_activities = (
            None if isinstance(has_forecasted_activities, Unset) else has_forecasted_activities
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.bucket is not None or "bucket" in sent:
            field_dict["bucket"] = self.bucket
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_diff is not None or "timeZoneDiff" in sent:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = self.categories
        if self.reason is not None or "reason" in sent:
            field_dict["reason"] = self.reason
        if self.remaining_quota is not None or "remainingQuota" in sent:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.original_quota is not None or "originalQuota" in sent:
            field_dict["originalQuota"] = self.original_quota
        if self.time_slots is not None or "timeSlots" in sent:
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
        if self.duration is not None or "duration" in sent:
            field_dict["duration"] = self.duration
        if self.travel_time is not None or "travelTime" in sent:
            field_dict["travelTime"] = self.travel_time
        if self.average_bucket_travel is not None or "averageBucketTravel" in sent:
            field_dict["averageBucketTravel"] = self.average_bucket_travel
        if self.average_travel_key_travel is not None or "averageTravelKeyTravel" in sent:
            field_dict["averageTravelKeyTravel"] = self.average_travel_key_travel
        if self.has_nearby_activities is not None or "hasNearbyActivities" in sent:
            field_dict["hasNearbyActivities"] = self.has_nearby_activities
        if self.has_forecasted_activities is not None or "hasForecastedActivities" in sent:
            field_dict["hasForecastedActivities"] = self.has_forecasted_activities
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityBookingOptionsDatesItemAreasItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("timeSlots")
        _model.time_slots = (
            [
                ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlots"] = _model.time_slots
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.bucket,
            target.time_zone,
            target.time_zone_diff,
            target.categories,
            target.reason,
            target.remaining_quota,
            target.original_quota,
            target.duration,
            target.travel_time,
            target.average_bucket_travel,
            target.average_travel_key_travel,
            target.has_nearby_activities,
            target.has_forecasted_activities,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(ActivityBookingOptionsDatesItemAreasItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_booking_options_dates_item_areas_item_time_slots_item import (
    ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem,  # noqa: E402
)
