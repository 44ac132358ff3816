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
    "originalQuota": None,
    "remainingQuota": None,
    "recommendationInfo": None,
    "reason": None,
    "resourceId": None,
    "setPositionInRoute": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "originalQuota",
    "remainingQuota",
    "reason",
    "resourceId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="ShowBookingGridAreasItemDatesItemTimeSlotsItem")


@_attrs_define(repr=False, init=False)
class ShowBookingGridAreasItemDatesItemTimeSlotsItem:
    label: str | None
    """ The label of the time slot. The parameter is not returned for the custom service window. """
    original_quota: int | None
    """ The minimum quota value defined on a time slot level for activity fields or capacity categories. The
    parameter is returned only for timeslot-based booking. """
    remaining_quota: int | None
    """ The available quota after activity booking. If there are multiple constraints (for example, day and category
    quota), the minimal quota value is returned. The parameter is returned only for timeslot-based booking. """
    recommendation_info: ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo | None
    """ This structure is provided for options that are recommended by the system. """
    reason: str | None
    """ This value may be returned if the request parameter returnReasons: true was specified. It is returned for
    the options that should not be used for booking and contains the reason why.

    The meaning of the values:

    - timeInPast: This time slot is already in the past;
    - noCapacity: For the time-slot based booking: Quota is exceeded on some level(s); For other booking types:
    activity cannot be assigned to this time slot without violating time constraints;
    - closedTimeSlot: For the time-slot based booking only: the time slot has been closed in the booking status;
    - allCategoriesAreClosed: For the time-slot based booking only: all the Capacity Categories have been closed.
    - tooLongTravel: additionalTravel exceeds averageBucketTravel by more than 20%, and there is no travelKeyMatch
    (If the "Using forecasted activities flow" option is activated either through the GUI or API parameters) Allowed
    values: `timeInPast`, `noCapacity`, `closedTimeSlot`, `allCategoriesAreClosed`, `tooLongTravel`. """
    resource_id: str | None
    """ The unique identifier of the resource in Oracle Field Service. """
    set_position_in_route: ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute | None
    """ The value of this element determines the position of the activity in the route. If this element is present
    then activity will be put to specified position in route. The parameter is optional, if it is absent then the
    value "position: byServiceWindow" is used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "original_quota",
            "remaining_quota",
            "reason",
            "resource_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        original_quota: int | None | Unset = UNSET,
        remaining_quota: int | None | Unset = UNSET,
        recommendation_info: ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo | None | Unset = UNSET,
        reason: Literal["timeInPast", "noCapacity", "closedTimeSlot", "allCategoriesAreClosed", "tooLongTravel"]
        | None
        | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        set_position_in_route: ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "originalQuota": original_quota,
            "remainingQuota": remaining_quota,
            "recommendationInfo": recommendation_info,
            "reason": reason,
            "resourceId": resource_id,
            "setPositionInRoute": set_position_in_route,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.original_quota = None if isinstance(original_quota, Unset) else original_quota
        self.remaining_quota = None if isinstance(remaining_quota, Unset) else remaining_quota
        self.recommendation_info = None if isinstance(recommendation_info, Unset) else recommendation_info
        self.reason = None if isinstance(reason, Unset) else reason
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.set_position_in_route = None if isinstance(set_position_in_route, Unset) else set_position_in_route
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.original_quota is not None or "originalQuota" in sent:
            field_dict["originalQuota"] = self.original_quota
        if self.remaining_quota is not None or "remainingQuota" in sent:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.recommendation_info is not None or "recommendationInfo" in sent:
            field_dict["recommendationInfo"] = (
                self.recommendation_info.to_dict()
                if isinstance(
                    self.recommendation_info, ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo
                )
                else self.recommendation_info
            )
        if self.reason is not None or "reason" in sent:
            field_dict["reason"] = self.reason
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.set_position_in_route is not None or "setPositionInRoute" in sent:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(
                    self.set_position_in_route, ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute
                )
                else self.set_position_in_route
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridAreasItemDatesItemTimeSlotsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("recommendationInfo")
        _model.recommendation_info = (
            ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["recommendationInfo"] = _model.recommendation_info
        _value = _src.get("setPositionInRoute")
        _model.set_position_in_route = (
            ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setPositionInRoute"] = _model.set_position_in_route
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.original_quota,
            target.remaining_quota,
            target.reason,
            target.resource_id,
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


_Twin = lazy_twin(ShowBookingGridAreasItemDatesItemTimeSlotsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_areas_item_dates_item_time_slots_item_recommendation_info import (
    ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo,  # noqa: E402
)
from ..models.show_booking_grid_areas_item_dates_item_time_slots_item_set_position_in_route import (
    ShowBookingGridAreasItemDatesItemTimeSlotsItemSetPositionInRoute,  # noqa: E402
)
