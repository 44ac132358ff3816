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
    "minStartTime": UNSET,
    "maxStartTime": UNSET,
    "setPositionInRoute": UNSET,
    "workZoneMatch": UNSET,
    "additionalTravel": UNSET,
    "travelKeyMatch": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "minStartTime",
    "maxStartTime",
    "setPositionInRoute",
    "workZoneMatch",
    "additionalTravel",
    "travelKeyMatch",
)

T = TypeVar("T", bound="FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem")


@_attrs_define(repr=False)
class FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem:
    min_start_time: None | str | Unset = UNSET
    """ The time (in HH:MM format) when the activity can start. It is calculated as the sum of end time of previous
    activity and travel time to the new activity. The activity must not violate any constraints for the particular
    position in the route. """
    max_start_time: None | str | Unset = UNSET
    """ The time (in HH:MM format) after which the activity should not start. The activity must not violate any
    constraints for the particular position in the route. """
    set_position_in_route: (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute | Unset
    ) = UNSET
    """ The data structure used to assign the activity to a particular position in the technician's route. It has
    the same format as the 'setPositionInRoute' parameter in the 'Create activity' operation. """
    work_zone_match: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    is in the same work zone as the activity specified in request. If false, then the previous or the following
    activity are not in the same work zone as the activity specified in request. """
    additional_travel: int | None | Unset = UNSET
    """ The difference in minutes between total travel in the current route and travel in the proposed route where
    the booking activity added. """
    travel_key_match: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    has the same travel travel key value as the activity specified in request. If false, then the previous or the
    following activity has the different travel travel key values as the activity specified in request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.min_start_time is not UNSET:
            field_dict["minStartTime"] = self.min_start_time
        if self.max_start_time is not UNSET:
            field_dict["maxStartTime"] = self.max_start_time
        if self.set_position_in_route is not UNSET:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(
                    self.set_position_in_route,
                    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute,
                )
                else self.set_position_in_route
            )
        if self.work_zone_match is not UNSET:
            field_dict["workZoneMatch"] = self.work_zone_match
        if self.additional_travel is not UNSET:
            field_dict["additionalTravel"] = self.additional_travel
        if self.travel_key_match is not UNSET:
            field_dict["travelKeyMatch"] = self.travel_key_match
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item = cls(
            *_read_fields(d)
        )
        _value = find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item.set_position_in_route
        find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item.set_position_in_route = (
            FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute.from_dict(
                _value
            )
            if isinstance(_value, dict)
            else _value
        )
        if len(d) > _N_FIELDS:
            find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item

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
from ..models.find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item_set_position_in_route import (
    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItemSetPositionInRoute,  # noqa: E402
)
