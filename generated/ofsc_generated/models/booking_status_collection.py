from __future__ import annotations

import datetime
import operator
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
    "area": None,
    "statuses": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "date",
    "area",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="BookingStatusCollection")


@_attrs_define(repr=False, init=False)
class BookingStatusCollection:
    date: str | None
    """ The date on which the booking status is updated. Format: `YYYY-MM-DD`. """
    area: str | None
    """ The label of the capacity area. """
    statuses: list[BookingStatusNode] | None
    """ The array of booking statuses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "date",
            "area",
            "additional_properties",
        )
    )

    def __init__(
        self,
        date: str | datetime.date | None | Unset = UNSET,
        area: str | None | Unset = UNSET,
        statuses: list[BookingStatusNode] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "area": area,
            "statuses": statuses,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else ofsc_time_text(date, "date")
        self.area = None if isinstance(area, Unset) else area
        self.statuses = None if isinstance(statuses, Unset) else statuses
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.area is not None or "area" in sent:
            field_dict["area"] = self.area
        if self.statuses is not None or "statuses" in sent:
            field_dict["statuses"] = (
                [item0.to_dict() if isinstance(item0, BookingStatusNode) else item0 for item0 in self.statuses]
                if isinstance(self.statuses, list)
                else self.statuses
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BookingStatusCollection else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("statuses")
        _model.statuses = (
            [BookingStatusNode.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["statuses"] = _model.statuses
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.date,
            target.area,
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


_Twin = lazy_twin(BookingStatusCollection)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.booking_status_node import BookingStatusNode  # noqa: E402
