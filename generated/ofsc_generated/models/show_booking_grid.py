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
    "duration": None,
    "travelTime": None,
    "actualAtTime": None,
    "workZone": None,
    "timeSlotsDictionary": None,
    "resourcesDictionary": None,
    "areas": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "duration",
    "travelTime",
    "actualAtTime",
    "workZone",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="ShowBookingGrid")


@_attrs_define(repr=False, init=False)
class ShowBookingGrid:
    duration: int | None
    """ The estimated duration of the activity in minutes. """
    travel_time: int | None
    """ The average travel time (in minutes) to the activity. """
    actual_at_time: str | None
    """ UTC timestamp in format YYYY-MM-DD HH:MM:SS for which the response was calculated. """
    work_zone: str | None
    """ The label of the work zone determined for the activity. """
    time_slots_dictionary: list[ShowBookingGridTimeSlotsDictionaryItem] | None
    """ The dictionary of time slots on the top level, which includes all time slots defined for the capacity areas
    and filtered by defined capacity categories. """
    resources_dictionary: list[ShowBookingGridResourcesDictionaryItem] | None
    """ An array of resource items. Depend on 'resourceFields' parameter the field set of resource object may vary.
    """
    areas: list[ShowBookingGridAreasItem] | None
    """ The array of available booking options. Each item in the array contains the available booking options for a
    capacity area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "duration",
            "travel_time",
            "actual_at_time",
            "work_zone",
            "additional_properties",
        )
    )

    def __init__(
        self,
        duration: int | None | Unset = UNSET,
        travel_time: int | None | Unset = UNSET,
        actual_at_time: str | None | Unset = UNSET,
        work_zone: str | None | Unset = UNSET,
        time_slots_dictionary: list[ShowBookingGridTimeSlotsDictionaryItem] | None | Unset = UNSET,
        resources_dictionary: list[ShowBookingGridResourcesDictionaryItem] | None | Unset = UNSET,
        areas: list[ShowBookingGridAreasItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "duration": duration,
            "travelTime": travel_time,
            "actualAtTime": actual_at_time,
            "workZone": work_zone,
            "timeSlotsDictionary": time_slots_dictionary,
            "resourcesDictionary": resources_dictionary,
            "areas": areas,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.duration = None if isinstance(duration, Unset) else duration
        self.travel_time = None if isinstance(travel_time, Unset) else travel_time
        self.actual_at_time = None if isinstance(actual_at_time, Unset) else actual_at_time
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.time_slots_dictionary = None if isinstance(time_slots_dictionary, Unset) else time_slots_dictionary
        self.resources_dictionary = None if isinstance(resources_dictionary, Unset) else resources_dictionary
        self.areas = None if isinstance(areas, Unset) else areas
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.duration is not None or "duration" in sent:
            field_dict["duration"] = self.duration
        if self.travel_time is not None or "travelTime" in sent:
            field_dict["travelTime"] = self.travel_time
        if self.actual_at_time is not None or "actualAtTime" in sent:
            field_dict["actualAtTime"] = self.actual_at_time
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.time_slots_dictionary is not None or "timeSlotsDictionary" in sent:
            field_dict["timeSlotsDictionary"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridTimeSlotsDictionaryItem) else item0
                    for item0 in self.time_slots_dictionary
                ]
                if isinstance(self.time_slots_dictionary, list)
                else self.time_slots_dictionary
            )
        if self.resources_dictionary is not None or "resourcesDictionary" in sent:
            field_dict["resourcesDictionary"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridResourcesDictionaryItem) else item0
                    for item0 in self.resources_dictionary
                ]
                if isinstance(self.resources_dictionary, list)
                else self.resources_dictionary
            )
        if self.areas is not None or "areas" in sent:
            field_dict["areas"] = (
                [item0.to_dict() if isinstance(item0, ShowBookingGridAreasItem) else item0 for item0 in self.areas]
                if isinstance(self.areas, list)
                else self.areas
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGrid else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("timeSlotsDictionary")
        _model.time_slots_dictionary = (
            [
                ShowBookingGridTimeSlotsDictionaryItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlotsDictionary"] = _model.time_slots_dictionary
        _value = _src.get("resourcesDictionary")
        _model.resources_dictionary = (
            [
                ShowBookingGridResourcesDictionaryItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourcesDictionary"] = _model.resources_dictionary
        _value = _src.get("areas")
        _model.areas = (
            [ShowBookingGridAreasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["areas"] = _model.areas
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.duration,
            target.travel_time,
            target.actual_at_time,
            target.work_zone,
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


_Twin = lazy_twin(ShowBookingGrid)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_areas_item import ShowBookingGridAreasItem  # noqa: E402
from ..models.show_booking_grid_resources_dictionary_item import ShowBookingGridResourcesDictionaryItem  # noqa: E402
from ..models.show_booking_grid_time_slots_dictionary_item import ShowBookingGridTimeSlotsDictionaryItem  # noqa: E402
