from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, source_order

T = TypeVar("T", bound="WorkSchedulesCalendarView")


@_attrs_define(repr=False, init=False)
class WorkSchedulesCalendarView:
    """The work schedule items of a resource in a calendar view. Each property name is date in 'YYYY-MM-DD' form."""

    additional_properties: dict[str, CalendarViewItem] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
    ) -> None:
        self._sent = frozenset()
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            k: v.to_dict() if isinstance(v, CalendarViewItem) else v for k, v in self.additional_properties.items()
        }
        sent = self._sent
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _model.additional_properties = {
            k: CalendarViewItem.from_dict(v) if isinstance(v, dict) else v for k, v in _src.items()
        }
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CalendarViewItem:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CalendarViewItem) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.calendar_view_item import CalendarViewItem  # noqa: E402
