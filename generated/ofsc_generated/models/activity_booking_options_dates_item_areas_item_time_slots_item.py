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
    "reason": None,
    "remainingQuota": None,
    "originalQuota": None,
    "recommendationInfo": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "reason",
    "remainingQuota",
    "originalQuota",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "reason",
            "remaining_quota",
            "original_quota",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("recommendationInfo")
        _model.recommendation_info = (
            ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["recommendationInfo"] = _model.recommendation_info
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.reason,
            target.remaining_quota,
            target.original_quota,
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


_Twin = lazy_twin(ActivityBookingOptionsDatesItemAreasItemTimeSlotsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_booking_options_dates_item_areas_item_time_slots_item_recommendation_info import (
    ActivityBookingOptionsDatesItemAreasItemTimeSlotsItemRecommendationInfo,  # noqa: E402
)
