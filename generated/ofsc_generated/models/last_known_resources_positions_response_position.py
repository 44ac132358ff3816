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
    "resourceId": UNSET,
    "time": UNSET,
    "lat": UNSET,
    "lng": UNSET,
    "errorMessage": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "time",
    "lat",
    "lng",
    "errorMessage",
)

T = TypeVar("T", bound="LastKnownResourcesPositionsResponsePosition")


@_attrs_define(repr=False)
class LastKnownResourcesPositionsResponsePosition:
    """The last known position of the resource."""

    resource_id: None | str | Unset = UNSET
    """ The external identifier of the resource. """
    time: None | str | Unset = UNSET
    """ The date in the Internet Date-Time format. For example, 2018-06-27T06:06:05+0000. """
    lat: float | None | Unset = UNSET
    """ The latitude coordinate (in degrees) of the position. A maximum of five digits after the decimal point are
    returned. """
    lng: float | None | Unset = UNSET
    """ The longitude coordinate (in degrees) of the position. A maximum of five digits after the decimal point are
    returned. """
    error_message: None | str | Unset = UNSET
    """ The error message corresponding to the resource IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.lat is not UNSET:
            field_dict["lat"] = self.lat
        if self.lng is not UNSET:
            field_dict["lng"] = self.lng
        if self.error_message is not UNSET:
            field_dict["errorMessage"] = self.error_message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        last_known_resources_positions_response_position = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            last_known_resources_positions_response_position.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return last_known_resources_positions_response_position

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
