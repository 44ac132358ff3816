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
    "reason": UNSET,
    "remainingQuota": UNSET,
    "originalQuota": UNSET,
    "recommendationInfo": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "reason",
    "remainingQuota",
    "originalQuota",
    "recommendationInfo",
)

T = TypeVar("T", bound="ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem")


@_attrs_define(repr=False)
class ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem:
    label: None | str | Unset = UNSET
    """ The label of the time slot. The parameter is not returned for the custom service window. """
    reason: None | str | Unset = UNSET
    """ The reason the timeslot is not used for activity booking. The parameter is returned for a matched time slot
    that cannot be used for activity booking. It also contains a corresponding reason,for example, timeInPast,
    closedTimeInterval, stopBookingAt (time-slot based quota), closedTimeSlot (time-slot based quota),
    closedCategory (time-slot based quota; all required capacity categories within this time slot are closed),
    tooLongTravel (If the "Using forecasted activities flow" option is activated (either through the GUI or API
    parameters) and additionalTravel exceeds averageBucketTravel by more than 20%, and there is no travelKeyMatch),
    noCapacity.

    Note: If there are multiple reasons, only one reason is returned. The priority corresponds to the order of items
    in the list. Also, the parameter is returned only for the timeslot-based quota. Allowed values: `timeInPast`,
    `closedTimeInterval`, `stopBookingAt`, `closedTimeSlot`, `closedCategory`, `noCapacity`, `tooLongTravel`. """
    remaining_quota: int | None | Unset = UNSET
    """ The available quota after activity booking. If there are multiple constraints (for example, day and category
    quota), the minimal quota value is returned. If there is no quota defined, then the parameter is not returned.
    """
    original_quota: int | None | Unset = UNSET
    """ The minimum quota value defined on a time slot level for activity fields or capacity categories. The
    parameter is returned only for timeslot-based quota. """
    recommendation_info: ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo | Unset = UNSET
    """ This structure is provided for options that are recommended by the system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.remaining_quota is not UNSET:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.original_quota is not UNSET:
            field_dict["originalQuota"] = self.original_quota
        if self.recommendation_info is not UNSET:
            field_dict["recommendationInfo"] = (
                self.recommendation_info.to_dict()
                if isinstance(
                    self.recommendation_info, ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo
                )
                else self.recommendation_info
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_booking_options_dates_item_areas_item_time_slots_item = cls(*_read_fields(d))
        _value = activity_booking_options_dates_item_areas_item_time_slots_item.recommendation_info
        activity_booking_options_dates_item_areas_item_time_slots_item.recommendation_info = (
            ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if len(d) > _N_FIELDS:
            activity_booking_options_dates_item_areas_item_time_slots_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return activity_booking_options_dates_item_areas_item_time_slots_item

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
from ..models.activity_booking_options_dates_item_areas_item_time_slots_item_recommendation_info import (
    ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo,  # noqa: E402
)
