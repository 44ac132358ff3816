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
    "dayFrom": None,
    "recurEvery": None,
    "weekdays": None,
    "recurrenceType": None,
    "dayTo": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "dayFrom",
    "recurEvery",
    "weekdays",
    "recurrenceType",
    "dayTo",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ShiftItemRecurrence")


@_attrs_define(repr=False, init=False)
class ShiftItemRecurrence:
    """An array containing recurring work schedule items. For repeating shifts this property contains a description of how
    the shift repeats over time.

    """

    day_from: str | None
    """ The start day (in 'YYYY-MM-DD' format) of the schedule period applicable for each year, when the schedule is
    in effect. It is used only if the recurrence type is yearly. """
    recur_every: int | None
    """ The time between each recurrence of the work shift. Depending on the value selected for 'recurrence', the
    value of the parameter indicates the time between recurrence in days or weeks. For example, if '4' is the value
    of this parameter, and the 'recurrence' is 'daily', it indicates that the time between each recurrence is four
    days. """
    weekdays: list[str] | None
    """ The weekdays on which the work schedule recurs. """
    recurrence_type: str | None
    """ The type of the recurrence. This property along with the 'recurEvery' property defines the time between each
    recurrence. For example, if the value of this property is 'daily' and the value of the property 'recurEvery' is
    '4', then the time between each recurrence is four days. Allowed values: `daily`, `weekly`, `yearly`,
    `everyday`. """
    day_to: str | None
    """ The end day (in 'YYYY-MM-DD' format) of the schedule period applicable for each year, when the schedule is
    in effect. It is used only if the recurrence type is yearly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "day_from",
            "recur_every",
            "weekdays",
            "recurrence_type",
            "day_to",
            "additional_properties",
        )
    )

    def __init__(
        self,
        day_from: str | None | Unset = UNSET,
        recur_every: int | None | Unset = UNSET,
        weekdays: list[str] | None | Unset = UNSET,
        recurrence_type: Literal["daily", "weekly", "yearly", "everyday"] | None | Unset = UNSET,
        day_to: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "dayFrom": day_from,
            "recurEvery": recur_every,
            "weekdays": weekdays,
            "recurrenceType": recurrence_type,
            "dayTo": day_to,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.day_from = None if isinstance(day_from, Unset) else day_from
        self.recur_every = None if isinstance(recur_every, Unset) else recur_every
        self.weekdays = None if isinstance(weekdays, Unset) else weekdays
        self.recurrence_type = None if isinstance(recurrence_type, Unset) else recurrence_type
        self.day_to = None if isinstance(day_to, Unset) else day_to
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.day_from is not None or "dayFrom" in sent:
            field_dict["dayFrom"] = self.day_from
        if self.recur_every is not None or "recurEvery" in sent:
            field_dict["recurEvery"] = self.recur_every
        if self.weekdays is not None or "weekdays" in sent:
            field_dict["weekdays"] = self.weekdays
        if self.recurrence_type is not None or "recurrenceType" in sent:
            field_dict["recurrenceType"] = self.recurrence_type
        if self.day_to is not None or "dayTo" in sent:
            field_dict["dayTo"] = self.day_to
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShiftItemRecurrence else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.day_from,
            target.recur_every,
            target.weekdays,
            target.recurrence_type,
            target.day_to,
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


_Twin = lazy_twin(ShiftItemRecurrence)
