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
    "commonDependencies": None,
    "durationDependencies": None,
    "travelTimeDependencies": None,
    "workZoneDependencies": None,
    "workSkillDependencies": None,
}
_N_FIELDS = 5

T = TypeVar("T", bound="BookingFieldsDependencies")


@_attrs_define(repr=False, init=False)
class BookingFieldsDependencies:
    """The collection of Booking Dependencies. The response contains five arrays of objects that enumerate required fields
    and properties to determine the appropriate entity.

    Each object in the list it is a pair of the label and appropriate API parameter name.

    Key Notes

    - The same field (e.g., activityType) may appear in multiple sections if it affects different booking aspects
    (duration, skills, etc.).
    - All fields from commonDependencies must always be provided.

    """

    common_dependencies: list[list[ShowBookingDependencyItemItem]] | None
    """ A list of mandatory activity fields required for the showBookingGrid API function to work under any
    circumstances. These fields must always be provided. """
    duration_dependencies: list[list[ShowBookingDependencyItemItem]] | None
    """ A list of activity fields and properties needed to determine the duration of the booked activity. """
    travel_time_dependencies: list[list[ShowBookingDependencyItemItem]] | None
    """ A list of activity fields and properties needed to determine the travel time of the booked activity. """
    work_zone_dependencies: list[list[ShowBookingDependencyItemItem]] | None
    """ A list of activity fields and properties needed to determine the work zone of the booked activity (required
    to find suitable capacity areas). """
    work_skill_dependencies: list[list[ShowBookingDependencyItemItem]] | None
    """ A list of activity fields and properties needed to determine the work skills of the booked activity
    (required to match capacity categories and find suitable capacity areas). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        common_dependencies: list[list[ShowBookingDependencyItemItem]] | None | Unset = UNSET,
        duration_dependencies: list[list[ShowBookingDependencyItemItem]] | None | Unset = UNSET,
        travel_time_dependencies: list[list[ShowBookingDependencyItemItem]] | None | Unset = UNSET,
        work_zone_dependencies: list[list[ShowBookingDependencyItemItem]] | None | Unset = UNSET,
        work_skill_dependencies: list[list[ShowBookingDependencyItemItem]] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "commonDependencies": common_dependencies,
            "durationDependencies": duration_dependencies,
            "travelTimeDependencies": travel_time_dependencies,
            "workZoneDependencies": work_zone_dependencies,
            "workSkillDependencies": work_skill_dependencies,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.common_dependencies = None if isinstance(common_dependencies, Unset) else common_dependencies
        self.duration_dependencies = None if isinstance(duration_dependencies, Unset) else duration_dependencies
        self.travel_time_dependencies = (
            None if isinstance(travel_time_dependencies, Unset) else travel_time_dependencies
        )
        self.work_zone_dependencies = None if isinstance(work_zone_dependencies, Unset) else work_zone_dependencies
        self.work_skill_dependencies = None if isinstance(work_skill_dependencies, Unset) else work_skill_dependencies
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.common_dependencies is not None or "commonDependencies" in sent:
            field_dict["commonDependencies"] = (
                [
                    [item1.to_dict() if isinstance(item1, ShowBookingDependencyItemItem) else item1 for item1 in item0]
                    if isinstance(item0, list)
                    else item0
                    for item0 in self.common_dependencies
                ]
                if isinstance(self.common_dependencies, list)
                else self.common_dependencies
            )
        if self.duration_dependencies is not None or "durationDependencies" in sent:
            field_dict["durationDependencies"] = (
                [
                    [item1.to_dict() if isinstance(item1, ShowBookingDependencyItemItem) else item1 for item1 in item0]
                    if isinstance(item0, list)
                    else item0
                    for item0 in self.duration_dependencies
                ]
                if isinstance(self.duration_dependencies, list)
                else self.duration_dependencies
            )
        if self.travel_time_dependencies is not None or "travelTimeDependencies" in sent:
            field_dict["travelTimeDependencies"] = (
                [
                    [item1.to_dict() if isinstance(item1, ShowBookingDependencyItemItem) else item1 for item1 in item0]
                    if isinstance(item0, list)
                    else item0
                    for item0 in self.travel_time_dependencies
                ]
                if isinstance(self.travel_time_dependencies, list)
                else self.travel_time_dependencies
            )
        if self.work_zone_dependencies is not None or "workZoneDependencies" in sent:
            field_dict["workZoneDependencies"] = (
                [
                    [item1.to_dict() if isinstance(item1, ShowBookingDependencyItemItem) else item1 for item1 in item0]
                    if isinstance(item0, list)
                    else item0
                    for item0 in self.work_zone_dependencies
                ]
                if isinstance(self.work_zone_dependencies, list)
                else self.work_zone_dependencies
            )
        if self.work_skill_dependencies is not None or "workSkillDependencies" in sent:
            field_dict["workSkillDependencies"] = (
                [
                    [item1.to_dict() if isinstance(item1, ShowBookingDependencyItemItem) else item1 for item1 in item0]
                    if isinstance(item0, list)
                    else item0
                    for item0 in self.work_skill_dependencies
                ]
                if isinstance(self.work_skill_dependencies, list)
                else self.work_skill_dependencies
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("commonDependencies")
        _model.common_dependencies = (
            [
                [
                    ShowBookingDependencyItemItem.from_dict(item1) if isinstance(item1, dict) else item1
                    for item1 in item0
                ]
                if isinstance(item0, list)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["commonDependencies"] = _model.common_dependencies
        _value = _src.get("durationDependencies")
        _model.duration_dependencies = (
            [
                [
                    ShowBookingDependencyItemItem.from_dict(item1) if isinstance(item1, dict) else item1
                    for item1 in item0
                ]
                if isinstance(item0, list)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["durationDependencies"] = _model.duration_dependencies
        _value = _src.get("travelTimeDependencies")
        _model.travel_time_dependencies = (
            [
                [
                    ShowBookingDependencyItemItem.from_dict(item1) if isinstance(item1, dict) else item1
                    for item1 in item0
                ]
                if isinstance(item0, list)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["travelTimeDependencies"] = _model.travel_time_dependencies
        _value = _src.get("workZoneDependencies")
        _model.work_zone_dependencies = (
            [
                [
                    ShowBookingDependencyItemItem.from_dict(item1) if isinstance(item1, dict) else item1
                    for item1 in item0
                ]
                if isinstance(item0, list)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workZoneDependencies"] = _model.work_zone_dependencies
        _value = _src.get("workSkillDependencies")
        _model.work_skill_dependencies = (
            [
                [
                    ShowBookingDependencyItemItem.from_dict(item1) if isinstance(item1, dict) else item1
                    for item1 in item0
                ]
                if isinstance(item0, list)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkillDependencies"] = _model.work_skill_dependencies
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
from ..models.show_booking_dependency_item_item import ShowBookingDependencyItemItem  # noqa: E402
