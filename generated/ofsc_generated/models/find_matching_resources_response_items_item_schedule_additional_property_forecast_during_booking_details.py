from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "averageBucketTravel": None,
    "averageTravelKeyTravel": None,
    "removedOptions": None,
    "hasNearbyActivities": None,
    "hasForecastedActivities": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "averageBucketTravel",
    "averageTravelKeyTravel",
    "hasNearbyActivities",
    "hasForecastedActivities",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails:
    """Provides list of possible options to assign activity in the resource's route for the case when forecasting activity
    flow was used. This information is not useful for buckets.

    """

    average_bucket_travel: int | None
    """ Contains the value of average travel time over the bucket. """
    average_travel_key_travel: int | None
    """ Contains the value of average travel time for the traveling withing the same travel key as of FMR activity.
    """
    removed_options: (
        list[
            FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem
        ]
        | None
    )
    """ Arrival Time Options that were removed due to additional travel value is over than average travel on the
    bucket +20% threshold along with the actual for this schedule statistics information. """
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
            "average_bucket_travel",
            "average_travel_key_travel",
            "has_nearby_activities",
            "has_forecasted_activities",
            "additional_properties",
        )
    )

    def __init__(
        self,
        average_bucket_travel: int | None | Unset = UNSET,
        average_travel_key_travel: int | None | Unset = UNSET,
        removed_options: list[
            FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem
        ]
        | None
        | Unset = UNSET,
        has_nearby_activities: bool | None | Unset = UNSET,
        has_forecasted_activities: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "averageBucketTravel": average_bucket_travel,
            "averageTravelKeyTravel": average_travel_key_travel,
            "removedOptions": removed_options,
            "hasNearbyActivities": has_nearby_activities,
            "hasForecastedActivities": has_forecasted_activities,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.average_bucket_travel = None if isinstance(average_bucket_travel, Unset) else average_bucket_travel
        self.average_travel_key_travel = (
            None if isinstance(average_travel_key_travel, Unset) else average_travel_key_travel
        )
        self.removed_options = None if isinstance(removed_options, Unset) else removed_options
        self.has_nearby_activities = None if isinstance(has_nearby_activities, Unset) else has_nearby_activities
        self.has_forecasted_activities = (
            None if isinstance(has_forecasted_activities, Unset) else has_forecasted_activities
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.average_bucket_travel is not None or "averageBucketTravel" in sent:
            field_dict["averageBucketTravel"] = self.average_bucket_travel
        if self.average_travel_key_travel is not None or "averageTravelKeyTravel" in sent:
            field_dict["averageTravelKeyTravel"] = self.average_travel_key_travel
        if self.removed_options is not None or "removedOptions" in sent:
            field_dict["removedOptions"] = (
                [
                    item0.to_dict()
                    if isinstance(
                        item0,
                        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem,
                    )
                    else item0
                    for item0 in self.removed_options
                ]
                if isinstance(self.removed_options, list)
                else self.removed_options
            )
        if self.has_nearby_activities is not None or "hasNearbyActivities" in sent:
            field_dict["hasNearbyActivities"] = self.has_nearby_activities
        if self.has_forecasted_activities is not None or "hasForecastedActivities" in sent:
            field_dict["hasForecastedActivities"] = self.has_forecasted_activities
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(
            _Twin
            if cls is FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails
            else lazy_twin(cls)
        )
        _model._sent = _src
        _value = _src.get("removedOptions")
        _model.removed_options = (
            [
                FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem.from_dict(
                    item0
                )
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["removedOptions"] = _model.removed_options
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
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


_Twin = lazy_twin(FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item import (
    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem,  # noqa: E402
)
