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
    "label": None,
    "name": None,
    "calendar": None,
    "available": None,
    "categories": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CapacityAreasItem")


@_attrs_define(repr=False, init=False)
class CapacityAreasItem:
    label: str | None
    """ The label that identifies the capacity area. The object is not returned if the 'aggregateResults' option is
    enabled. """
    name: str | None
    """ The name of the capacity area. The object is not returned if the 'aggregateResults' option is enabled. """
    calendar: CapacityAreasItemCalendar | None
    """ The information about resources that belong to a capacity area and have a working calendar for a particular
    day. The number and order of items in the "count" and "minutes" arrays that are returned correspond to the time
    intervals specified in the "calendarTimeIntervals" parameter. """
    available: CapacityAreasItemAvailable | None
    """ The information about the available capacity. The number and order of items in the "count" and "minutes"
    arrays that are returned correspond to the time intervals specified in the "available TimeIntervals" parameter.
    The returned values are calculated based on the following criteria: - Working calendars of resources that belong
    to the specified area. - Activities in existing routes of the resources that belong to the specified area. -
    Time of activation, reactivation, and deactivation for the routes of the resources. - Scheduled activities that
    are currently located in different areas but belong to the specified area. """
    categories: list[CapacityAreasItemCategoriesItem] | None
    """ The array of objects containing data (that is, the maximum available capacity and the estimated
    availability) for a single capacity category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        calendar: CapacityAreasItemCalendar | None | Unset = UNSET,
        available: CapacityAreasItemAvailable | None | Unset = UNSET,
        categories: list[CapacityAreasItemCategoriesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "calendar": calendar,
            "available": available,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.calendar = None if isinstance(calendar, Unset) else calendar
        self.available = None if isinstance(available, Unset) else available
        self.categories = None if isinstance(categories, Unset) else categories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.calendar is not None or "calendar" in sent:
            field_dict["calendar"] = (
                self.calendar.to_dict() if isinstance(self.calendar, CapacityAreasItemCalendar) else self.calendar
            )
        if self.available is not None or "available" in sent:
            field_dict["available"] = (
                self.available.to_dict() if isinstance(self.available, CapacityAreasItemAvailable) else self.available
            )
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, CapacityAreasItemCategoriesItem) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityAreasItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("calendar")
        _model.calendar = CapacityAreasItemCalendar.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["calendar"] = _model.calendar
        _value = _src.get("available")
        _model.available = CapacityAreasItemAvailable.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["available"] = _model.available
        _value = _src.get("categories")
        _model.categories = (
            [CapacityAreasItemCategoriesItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["categories"] = _model.categories
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
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


_Twin = lazy_twin(CapacityAreasItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_areas_item_available import CapacityAreasItemAvailable  # noqa: E402
from ..models.capacity_areas_item_calendar import CapacityAreasItemCalendar  # noqa: E402
from ..models.capacity_areas_item_categories_item import CapacityAreasItemCategoriesItem  # noqa: E402
