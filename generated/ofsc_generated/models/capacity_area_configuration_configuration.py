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
    "definitionLevel": None,
    "byDay": None,
    "byCapacityCategory": None,
    "byTimeSlot": None,
    "isTimeSlotBase": None,
    "isAllowCloseOnWorkzoneLevel": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "definitionLevel",
    "byDay",
    "byCapacityCategory",
    "byTimeSlot",
    "isTimeSlotBase",
    "isAllowCloseOnWorkzoneLevel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CapacityAreaConfigurationConfiguration")


@_attrs_define(repr=False, init=False)
class CapacityAreaConfigurationConfiguration:
    """The configuration of the capacity area."""

    definition_level: list[str] | None
    """ The definition level set for the quota. """
    by_day: str | None
    """ The configuration defined for the capacity area determines how quota is entered for a day.

    - minutes: Indicates that the quota is entered in minutes
    - percentIncludeOtherActivities: Indicates that the quota is entered as a percentage of the maximum available
    capacity according to the calendar. The maximum available capacity considers the capacity of the 'Other'
    activities.
    - percentExcludeOtherActivities: Indicates that the quota is entered as a percentage of the maximum available
    capacity according to the calendar. The maximum available capacity considers the capacity of the 'Other'
    activities. Allowed values: `minutes`, `percentIncludeOtherActivities`, `percentExcludeOtherActivities`. """
    by_capacity_category: str | None
    """ The configuration defined for the capacity area determines how quota is entered for the capacity category.

    - minutes: Indicates that the quota is entered in minutes.
    - percentOfMaxAvailable: Indicates that the quota is entered as a percentage of the maximum available capacity.
    - percentQuotaParentLevel: Indicates that the quota is entered as a percentage of the quota defined on the
    parent level. Allowed values: `minutes`, `percentOfMaxAvailable`, `percentQuotaParentLevel`. """
    by_time_slot: str | None
    """ The configuration defined for the capacity area determines how quota is entered for a timeslot.

    - minutes: Indicates that the quota is entered in minutes
    - percentOfAvailable: Indicates that the quota is entered as a percentage of the maximum available capacity
    according to the calendar.
    - percentExcludeOtherActivities: Indicates that the quota is entered as a percentage of the maximum available
    capacity according to the calendar. The maximum available capacity considers the capacity of the 'Other'
    activities.
    - percentQuotaParentLevel: Indicates that the quota is entered as a percentage of the quota defined on the
    parent level. Allowed values: `minutes`, `percentOfAvailable`, `percentExcludeOtherActivities`,
    `percentQuotaParentLevel`. """
    is_time_slot_base: bool | None
    """ Contains one of the following values: true or false. If true, then the time slot based quota is available
    for the capacity area. If false, then only the time interval based quota is available for the capacity area. The
    default value is false. """
    is_allow_close_on_workzone_level: bool | None
    """ Contains one of the following values: true or false. If true, then the quota is closed for the workzone. If
    false, then the quota is open for the workzone. The default value is false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "definition_level",
            "by_day",
            "by_capacity_category",
            "by_time_slot",
            "is_time_slot_base",
            "is_allow_close_on_workzone_level",
            "additional_properties",
        )
    )

    def __init__(
        self,
        definition_level: list[str] | None | Unset = UNSET,
        by_day: Literal["minutes", "percentIncludeOtherActivities", "percentExcludeOtherActivities"]
        | None
        | Unset = UNSET,
        by_capacity_category: Literal["minutes", "percentOfMaxAvailable", "percentQuotaParentLevel"]
        | None
        | Unset = UNSET,
        by_time_slot: Literal[
            "minutes", "percentOfAvailable", "percentExcludeOtherActivities", "percentQuotaParentLevel"
        ]
        | None
        | Unset = UNSET,
        is_time_slot_base: bool | None | Unset = UNSET,
        is_allow_close_on_workzone_level: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "definitionLevel": definition_level,
            "byDay": by_day,
            "byCapacityCategory": by_capacity_category,
            "byTimeSlot": by_time_slot,
            "isTimeSlotBase": is_time_slot_base,
            "isAllowCloseOnWorkzoneLevel": is_allow_close_on_workzone_level,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.definition_level = None if isinstance(definition_level, Unset) else definition_level
        self.by_day = None if isinstance(by_day, Unset) else by_day
        self.by_capacity_category = None if isinstance(by_capacity_category, Unset) else by_capacity_category
        self.by_time_slot = None if isinstance(by_time_slot, Unset) else by_time_slot
        self.is_time_slot_base = None if isinstance(is_time_slot_base, Unset) else is_time_slot_base
        self.is_allow_close_on_workzone_level = (
            None if isinstance(is_allow_close_on_workzone_level, Unset) else is_allow_close_on_workzone_level
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.definition_level is not None or "definitionLevel" in sent:
            field_dict["definitionLevel"] = self.definition_level
        if self.by_day is not None or "byDay" in sent:
            field_dict["byDay"] = self.by_day
        if self.by_capacity_category is not None or "byCapacityCategory" in sent:
            field_dict["byCapacityCategory"] = self.by_capacity_category
        if self.by_time_slot is not None or "byTimeSlot" in sent:
            field_dict["byTimeSlot"] = self.by_time_slot
        if self.is_time_slot_base is not None or "isTimeSlotBase" in sent:
            field_dict["isTimeSlotBase"] = self.is_time_slot_base
        if self.is_allow_close_on_workzone_level is not None or "isAllowCloseOnWorkzoneLevel" in sent:
            field_dict["isAllowCloseOnWorkzoneLevel"] = self.is_allow_close_on_workzone_level
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityAreaConfigurationConfiguration else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.definition_level,
            target.by_day,
            target.by_capacity_category,
            target.by_time_slot,
            target.is_time_slot_base,
            target.is_allow_close_on_workzone_level,
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


_Twin = lazy_twin(CapacityAreaConfigurationConfiguration)
