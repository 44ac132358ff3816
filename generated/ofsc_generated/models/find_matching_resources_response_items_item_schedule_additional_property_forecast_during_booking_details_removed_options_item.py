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
    "minStartTime": None,
    "maxStartTime": None,
    "additionalTravel": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "minStartTime",
    "maxStartTime",
    "additionalTravel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar(
    "T",
    bound="FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem",
)


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem:
    min_start_time: str | None
    """ The time (in HH:MM format) when the activity can start. It is calculated as the sum of end time of previous
    activity and travel time to the new activity. The activity must not violate any constraints for the particular
    position in the route. """
    max_start_time: str | None
    """ The time (in HH:MM format) after which the activity should not start. The activity must not violate any
    constraints for the particular position in the route. """
    additional_travel: int | None
    """ If the activity flow forecast were not used, contains the difference in minutes between total travel in the
    current route and travel in the proposed route where the booking activity is added. If the activity flow
    forecast were used, contains the difference in minutes between total travel in the current route and travel in
    the proposed route where the booking activity is added divided for the number of the activities being
    forecasting for the given day + 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "min_start_time",
            "max_start_time",
            "additional_travel",
            "additional_properties",
        )
    )

    def __init__(
        self,
        min_start_time: str | None | Unset = UNSET,
        max_start_time: str | None | Unset = UNSET,
        additional_travel: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "minStartTime": min_start_time,
            "maxStartTime": max_start_time,
            "additionalTravel": additional_travel,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.min_start_time = None if isinstance(min_start_time, Unset) else min_start_time
        self.max_start_time = None if isinstance(max_start_time, Unset) else max_start_time
        self.additional_travel = None if isinstance(additional_travel, Unset) else additional_travel
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.min_start_time is not None or "minStartTime" in sent:
            field_dict["minStartTime"] = self.min_start_time
        if self.max_start_time is not None or "maxStartTime" in sent:
            field_dict["maxStartTime"] = self.max_start_time
        if self.additional_travel is not None or "additionalTravel" in sent:
            field_dict["additionalTravel"] = self.additional_travel
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(
            _Twin
            if cls
            is FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem
            else lazy_twin(cls)
        )
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.min_start_time,
            target.max_start_time,
            target.additional_travel,
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


_Twin = lazy_twin(
    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem
)
