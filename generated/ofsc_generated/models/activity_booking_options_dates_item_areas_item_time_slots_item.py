from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "reason": None,
    "remainingQuota": None,
    "originalQuota": None,
    "recommendationInfo": None,
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


@_attrs_define(repr=False, init=False)
class ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem:
    label: str | None
    """ The label of the time slot. The parameter is not returned for the custom service window. """
    reason: str | None
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
    remaining_quota: int | None
    """ The available quota after activity booking. If there are multiple constraints (for example, day and category
    quota), the minimal quota value is returned. If there is no quota defined, then the parameter is not returned.
    """
    original_quota: int | None
    """ The minimum quota value defined on a time slot level for activity fields or capacity categories. The
    parameter is returned only for timeslot-based quota. """
    recommendation_info: ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo | None
    """ This structure is provided for options that are recommended by the system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        reason: Literal[
            "timeInPast",
            "closedTimeInterval",
            "stopBookingAt",
            "closedTimeSlot",
            "closedCategory",
            "noCapacity",
            "tooLongTravel",
        ]
        | None
        | Unset = UNSET,
        remaining_quota: int | None | Unset = UNSET,
        original_quota: int | None | Unset = UNSET,
        recommendation_info: ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo
        | None
        | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "reason": reason,
            "remainingQuota": remaining_quota,
            "originalQuota": original_quota,
            "recommendationInfo": recommendation_info,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.reason = None if isinstance(reason, Unset) else reason
        self.remaining_quota = None if isinstance(remaining_quota, Unset) else remaining_quota
        self.original_quota = None if isinstance(original_quota, Unset) else original_quota
        self.recommendation_info = None if isinstance(recommendation_info, Unset) else recommendation_info
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.reason is not None or "reason" in sent:
            field_dict["reason"] = self.reason
        if self.remaining_quota is not None or "remainingQuota" in sent:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.original_quota is not None or "originalQuota" in sent:
            field_dict["originalQuota"] = self.original_quota
        if self.recommendation_info is not None or "recommendationInfo" in sent:
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
        activity_booking_options_dates_item_areas_item_time_slots_item = cls.__new__(cls)
        activity_booking_options_dates_item_areas_item_time_slots_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            activity_booking_options_dates_item_areas_item_time_slots_item.label,
            activity_booking_options_dates_item_areas_item_time_slots_item.reason,
            activity_booking_options_dates_item_areas_item_time_slots_item.remaining_quota,
            activity_booking_options_dates_item_areas_item_time_slots_item.original_quota,
            activity_booking_options_dates_item_areas_item_time_slots_item.recommendation_info,
        ) = _read_fields(d)
        _value = activity_booking_options_dates_item_areas_item_time_slots_item.recommendation_info
        activity_booking_options_dates_item_areas_item_time_slots_item.recommendation_info = (
            ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        activity_booking_options_dates_item_areas_item_time_slots_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
