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
    "key": UNSET,
    "data": UNSET,
    "keyId": UNSET,
    "level": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "key",
    "data",
    "keyId",
    "level",
)

T = TypeVar("T", bound="AirlineDistanceBasedTravelRequest")


@_attrs_define(repr=False)
class AirlineDistanceBasedTravelRequest:
    key: None | str | Unset = UNSET
    """ The value of the travel key. It appears as 'Start Location' and 'End Location' in the Travel Statistics
    report. """
    data: list[AirlineDistanceBasedTravelOverrideData] | None | Unset = UNSET
    key_id: int | None | Unset = UNSET
    """ Key ID of one of the configured travel keys.

    - If 'keyId' is not specified, data corresponding to the default travel key will be updated.
    - If 'keyId' is specified and if it exists in the system, data will be updated for the corresponding key.
    - If 'keyId' is specified but does not exist in the system, an error message will be returned """
    level: None | str | Unset = UNSET
    """ Level of travel key for which override needs to be applied

    - If 'level' is not specified, by default, data will be only applied at company level
    - If 'level' is specified to be 'company' and 'key' is also specified, data will be only updated at company
    level
    - If 'level' is specified to be 'travelkey' and 'key' is specified, data will be updated for the corresponding
    travel key
    - If 'level' is specified to be 'travelkey' and 'key' is not specified, an error message will be returned
    Allowed values: `company`, `travelkey`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.data is not UNSET:
            field_dict["data"] = (
                [
                    item0.to_dict() if isinstance(item0, AirlineDistanceBasedTravelOverrideData) else item0
                    for item0 in self.data
                ]
                if isinstance(self.data, list)
                else self.data
            )
        if self.key_id is not UNSET:
            field_dict["keyId"] = self.key_id
        if self.level is not UNSET:
            field_dict["level"] = self.level
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        airline_distance_based_travel_request = cls(*_read_fields(d))
        _value = airline_distance_based_travel_request.data
        airline_distance_based_travel_request.data = (
            [
                AirlineDistanceBasedTravelOverrideData.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            airline_distance_based_travel_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return airline_distance_based_travel_request

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
from ..models.airline_distance_based_travel_override_data import AirlineDistanceBasedTravelOverrideData  # noqa: E402
