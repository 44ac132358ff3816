from __future__ import annotations

import datetime
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "date": None,
    "areas": None,
}
_N_FIELDS = 2
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ActivityBookingOptionsDatesItem")


@_attrs_define(repr=False, init=False)
class ActivityBookingOptionsDatesItem:
    date: str | None
    """ An item of the array that contains data for a single day. Format: `YYYY-MM-DD`. """
    areas: list[ActivityBookingOptionsDatesItemAreasItem] | None
    """ The array of available booking options within a capacity area for a single day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "date",
            "additional_properties",
        )
    )

    def __init__(
        self,
        date: str | datetime.date | None | Unset = UNSET,
        areas: list[ActivityBookingOptionsDatesItemAreasItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "areas": areas,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else ofsc_time_text(date, "date")
        self.areas = None if isinstance(areas, Unset) else areas
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.areas is not None or "areas" in sent:
            field_dict["areas"] = (
                [
                    item0.to_dict() if isinstance(item0, ActivityBookingOptionsDatesItemAreasItem) else item0
                    for item0 in self.areas
                ]
                if isinstance(self.areas, list)
                else self.areas
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityBookingOptionsDatesItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("areas")
        _model.areas = (
            [
                ActivityBookingOptionsDatesItemAreasItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
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
        target.date = d["date"]
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


_Twin = lazy_twin(ActivityBookingOptionsDatesItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_booking_options_dates_item_areas_item import ActivityBookingOptionsDatesItemAreasItem  # noqa: E402
