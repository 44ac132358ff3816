from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "category": None,
    "workZone": None,
    "timeFrom": None,
    "timeTo": None,
    "state": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "category",
    "workZone",
    "timeFrom",
    "timeTo",
    "state",
)

T = TypeVar("T", bound="BookingStatusNode")


@_attrs_define(repr=False, init=False)
class BookingStatusNode:
    category: str | None
    """ The label of the capacity category for which the booking status must be closed. """
    work_zone: str | None
    """ The label of the work zone for which the booking status must be closed. """
    time_from: str | None
    """ The start of the time interval (in HH:MM format) from where the booking statuses must be closed. """
    time_to: str | None
    """ The end of the time interval (in HH:MM format) at which the booking statuses must be closed. """
    state: str | None
    """ The state of the booking status, that is, open or closed. Allowed values: `open`, `closed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        category: str | None | Unset = UNSET,
        work_zone: str | None | Unset = UNSET,
        time_from: str | None | Unset = UNSET,
        time_to: str | None | Unset = UNSET,
        state: Literal["open", "closed"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "category": category,
            "workZone": work_zone,
            "timeFrom": time_from,
            "timeTo": time_to,
            "state": state,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.category = None if isinstance(category, Unset) else category
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.time_from = None if isinstance(time_from, Unset) else time_from
        self.time_to = None if isinstance(time_to, Unset) else time_to
        self.state = None if isinstance(state, Unset) else state
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.category is not None or "category" in sent:
            field_dict["category"] = self.category
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.time_from is not None or "timeFrom" in sent:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not None or "timeTo" in sent:
            field_dict["timeTo"] = self.time_to
        if self.state is not None or "state" in sent:
            field_dict["state"] = self.state
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        booking_status_node = cls.__new__(cls)
        booking_status_node._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            booking_status_node.category,
            booking_status_node.work_zone,
            booking_status_node.time_from,
            booking_status_node.time_to,
            booking_status_node.state,
        ) = _read_fields(d)
        booking_status_node.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return booking_status_node

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
