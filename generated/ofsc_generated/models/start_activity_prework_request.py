from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "time": UNSET,
    "properties": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "properties",
)

T = TypeVar("T", bound="StartActivityPreworkRequest")


@_attrs_define(repr=False)
class StartActivityPreworkRequest:
    time: None | str | Unset = UNSET
    """ The time when the prework starts. Specify the date and time in 'YYYY-MM-DD HH:MM:SS' format, in the time
    zone of the resource to which the activity is assigned. If the value is not specified, then it is set to the
    current time. """
    properties: BulkUpdateActivity | Unset = UNSET
    """ The properties of the specified activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.properties is not UNSET:
            field_dict["properties"] = (
                self.properties.to_dict() if isinstance(self.properties, BulkUpdateActivity) else self.properties
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        start_activity_prework_request = cls(*_read_fields(d))
        _value = start_activity_prework_request.properties
        start_activity_prework_request.properties = (
            BulkUpdateActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            start_activity_prework_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
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
