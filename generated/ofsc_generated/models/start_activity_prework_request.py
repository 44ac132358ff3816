from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "time": None,
    "properties": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "properties",
)

T = TypeVar("T", bound="StartActivityPreworkRequest")


@_attrs_define(repr=False, init=False)
class StartActivityPreworkRequest:
    time: str | None
    """ The time when the prework starts. Specify the date and time in 'YYYY-MM-DD HH:MM:SS' format, in the time
    zone of the resource to which the activity is assigned. If the value is not specified, then it is set to the
    current time. """
    properties: BulkUpdateActivity | None
    """ The properties of the specified activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        time: str | None | Unset = UNSET,
        properties: BulkUpdateActivity | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "time": time,
            "properties": properties,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time = None if isinstance(time, Unset) else time
        self.properties = None if isinstance(properties, Unset) else properties
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.properties is not None or "properties" in sent:
            field_dict["properties"] = (
                self.properties.to_dict() if isinstance(self.properties, BulkUpdateActivity) else self.properties
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_activity_prework_request = cls.__new__(cls)
        start_activity_prework_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            start_activity_prework_request.time,
            start_activity_prework_request.properties,
        ) = _read_fields(d)
        _value = start_activity_prework_request.properties
        start_activity_prework_request.properties = (
            BulkUpdateActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        start_activity_prework_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return start_activity_prework_request

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
from ..models.bulk_update_activity import BulkUpdateActivity  # noqa: E402
