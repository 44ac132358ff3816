from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "wed": None,
    "sun": None,
    "thu": None,
    "tue": None,
    "sat": None,
    "fri": None,
    "mon": None,
}
_N_FIELDS = 7

T = TypeVar("T", bound="ResourceAssignedLocationsWeek")


@_attrs_define(repr=False, init=False)
class ResourceAssignedLocationsWeek:
    """The locations assigned to the resource for a week."""

    wed: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    sun: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    thu: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    tue: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    sat: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    fri: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    mon: ResourceAssignedLocationsDay | None
    """ The locations assigned to the resource for this weekday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        wed: ResourceAssignedLocationsDay | None | Unset = UNSET,
        sun: ResourceAssignedLocationsDay | None | Unset = UNSET,
        thu: ResourceAssignedLocationsDay | None | Unset = UNSET,
        tue: ResourceAssignedLocationsDay | None | Unset = UNSET,
        sat: ResourceAssignedLocationsDay | None | Unset = UNSET,
        fri: ResourceAssignedLocationsDay | None | Unset = UNSET,
        mon: ResourceAssignedLocationsDay | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "wed": wed,
            "sun": sun,
            "thu": thu,
            "tue": tue,
            "sat": sat,
            "fri": fri,
            "mon": mon,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.wed = None if isinstance(wed, Unset) else wed
        self.sun = None if isinstance(sun, Unset) else sun
        self.thu = None if isinstance(thu, Unset) else thu
        self.tue = None if isinstance(tue, Unset) else tue
        self.sat = None if isinstance(sat, Unset) else sat
        self.fri = None if isinstance(fri, Unset) else fri
        self.mon = None if isinstance(mon, Unset) else mon
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.wed is not None or "wed" in sent:
            field_dict["wed"] = self.wed.to_dict() if isinstance(self.wed, ResourceAssignedLocationsDay) else self.wed
        if self.sun is not None or "sun" in sent:
            field_dict["sun"] = self.sun.to_dict() if isinstance(self.sun, ResourceAssignedLocationsDay) else self.sun
        if self.thu is not None or "thu" in sent:
            field_dict["thu"] = self.thu.to_dict() if isinstance(self.thu, ResourceAssignedLocationsDay) else self.thu
        if self.tue is not None or "tue" in sent:
            field_dict["tue"] = self.tue.to_dict() if isinstance(self.tue, ResourceAssignedLocationsDay) else self.tue
        if self.sat is not None or "sat" in sent:
            field_dict["sat"] = self.sat.to_dict() if isinstance(self.sat, ResourceAssignedLocationsDay) else self.sat
        if self.fri is not None or "fri" in sent:
            field_dict["fri"] = self.fri.to_dict() if isinstance(self.fri, ResourceAssignedLocationsDay) else self.fri
        if self.mon is not None or "mon" in sent:
            field_dict["mon"] = self.mon.to_dict() if isinstance(self.mon, ResourceAssignedLocationsDay) else self.mon
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("wed")
        _model.wed = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["wed"] = _model.wed
        _value = _src.get("sun")
        _model.sun = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["sun"] = _model.sun
        _value = _src.get("thu")
        _model.thu = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["thu"] = _model.thu
        _value = _src.get("tue")
        _model.tue = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["tue"] = _model.tue
        _value = _src.get("sat")
        _model.sat = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["sat"] = _model.sat
        _value = _src.get("fri")
        _model.fri = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fri"] = _model.fri
        _value = _src.get("mon")
        _model.mon = ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["mon"] = _model.mon
        d = {**_FIELDS, **_src}
        _model.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return _model

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
from ..models.resource_assigned_locations_day import ResourceAssignedLocationsDay  # noqa: E402
