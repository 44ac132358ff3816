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
    "timeFrom": None,
    "timeTo": None,
    "quota": None,
    "used": None,
    "status": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quota",
    "used",
    "status",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="QuotaPatchRequestAreasItemCategoriesItemIntervalsItem")


@_attrs_define(repr=False, init=False)
class QuotaPatchRequestAreasItemCategoriesItemIntervalsItem:
    time_from: str | None
    """ The start time of the time interval in HH:MM format. """
    time_to: str | None
    """ The end time of the time interval in HH:MM format. """
    quota: int | None
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    used: int | None
    """ The amount of existing capacity consumed in minutes. """
    status: int | None
    """ The status of the quota value.

    It has the following modes:

    - Regular: Populates quota values from the past days.
    - Aggregate: Aggregates the quota values for an interval, if the quota values are read-only values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "time_from",
            "time_to",
            "quota",
            "used",
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        time_from: str | None | Unset = UNSET,
        time_to: str | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "timeFrom": time_from,
            "timeTo": time_to,
            "quota": quota,
            "used": used,
            "status": status,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time_from = None if isinstance(time_from, Unset) else time_from
        self.time_to = None if isinstance(time_to, Unset) else time_to
        self.quota = None if isinstance(quota, Unset) else quota
        self.used = None if isinstance(used, Unset) else used
        self.status = None if isinstance(status, Unset) else status
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time_from is not None or "timeFrom" in sent:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not None or "timeTo" in sent:
            field_dict["timeTo"] = self.time_to
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is QuotaPatchRequestAreasItemCategoriesItemIntervalsItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.time_from,
            target.time_to,
            target.quota,
            target.used,
            target.status,
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


_Twin = lazy_twin(QuotaPatchRequestAreasItemCategoriesItemIntervalsItem)
