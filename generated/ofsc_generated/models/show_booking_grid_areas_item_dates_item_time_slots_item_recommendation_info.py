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
    "level": None,
    "nearbyDistance": None,
    "nearbyTravel": None,
    "additionalTravel": None,
    "travelKeyMatch": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "level",
    "nearbyDistance",
    "nearbyTravel",
    "additionalTravel",
    "travelKeyMatch",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo")


@_attrs_define(repr=False, init=False)
class ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo:
    """This structure is provided for options that are recommended by the system."""

    level: str | None
    """ This attribute may be used in user interfaces for booking to mark the options with two levels of
    recommendations. Allowed values: `good`, `best`. """
    nearby_distance: float | None
    """ The distance in kilometers to the nearby activity (e.g. 'nearbyDistance': 12.5). This value is provided for
    Capacity Areas with Quota based booking. """
    nearby_travel: int | None
    """ The estimated travel time in minutes to or from the nearby activity. This value is provided for Capacity
    Areas with Direct Assignment based booking. """
    additional_travel: int | None
    """ The difference in minutes between total travel in the current route and travel in the proposed route where
    the booking activity added. """
    travel_key_match: bool | None
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    has the same travel travel key value as the activity specified in request. If false, then the previous or the
    following activity has the different travel travel key values as the activity specified in request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "level",
            "nearby_distance",
            "nearby_travel",
            "additional_travel",
            "travel_key_match",
            "additional_properties",
        )
    )

    def __init__(
        self,
        level: Literal["good", "best"] | None | Unset = UNSET,
        nearby_distance: float | None | Unset = UNSET,
        nearby_travel: int | None | Unset = UNSET,
        additional_travel: int | None | Unset = UNSET,
        travel_key_match: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "level": level,
            "nearbyDistance": nearby_distance,
            "nearbyTravel": nearby_travel,
            "additionalTravel": additional_travel,
            "travelKeyMatch": travel_key_match,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.level = None if isinstance(level, Unset) else level
        self.nearby_distance = None if isinstance(nearby_distance, Unset) else nearby_distance
        self.nearby_travel = None if isinstance(nearby_travel, Unset) else nearby_travel
        self.additional_travel = None if isinstance(additional_travel, Unset) else additional_travel
        self.travel_key_match = None if isinstance(travel_key_match, Unset) else travel_key_match
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.level is not None or "level" in sent:
            field_dict["level"] = self.level
        if self.nearby_distance is not None or "nearbyDistance" in sent:
            field_dict["nearbyDistance"] = self.nearby_distance
        if self.nearby_travel is not None or "nearbyTravel" in sent:
            field_dict["nearbyTravel"] = self.nearby_travel
        if self.additional_travel is not None or "additionalTravel" in sent:
            field_dict["additionalTravel"] = self.additional_travel
        if self.travel_key_match is not None or "travelKeyMatch" in sent:
            field_dict["travelKeyMatch"] = self.travel_key_match
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(
            _Twin if cls is ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo else lazy_twin(cls)
        )
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.level,
            target.nearby_distance,
            target.nearby_travel,
            target.additional_travel,
            target.travel_key_match,
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


_Twin = lazy_twin(ShowBookingGridAreasItemDatesItemTimeSlotsItemRecommendationInfo)
