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
    "level": UNSET,
    "key": UNSET,
    "data": UNSET,
    "keyId": UNSET,
    "org": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "level",
    "key",
    "data",
    "keyId",
    "org",
)

T = TypeVar("T", bound="AirlineDistanceBasedTravel")


@_attrs_define(repr=False)
class AirlineDistanceBasedTravel:
    level: None | str | Unset = UNSET
    """ Specifies whether the data needs to be retrieved at the company level or travel key level. Allowed values:
    `company`, `travelkey`. """
    key: None | str | Unset = UNSET
    """ The value of the travel key. It appears as 'Start Location' and 'End Location' in the Travel Statistics
    report. """
    data: list[AirlineDistanceBasedTravelDataResponse] | None | Unset = UNSET
    key_id: int | None | Unset = UNSET
    """ Key ID of one of the configured travel keys.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    org: list[str] | None | Unset = UNSET
    """ An array of all the Organizations(labels) for which the key is applicable.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.level is not UNSET:
            field_dict["level"] = self.level
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.data is not UNSET:
            field_dict["data"] = (
                [
                    item0.to_dict() if isinstance(item0, AirlineDistanceBasedTravelDataResponse) else item0
                    for item0 in self.data
                ]
                if isinstance(self.data, list)
                else self.data
            )
        if self.key_id is not UNSET:
            field_dict["keyId"] = self.key_id
        if self.org is not UNSET:
            field_dict["org"] = self.org
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        airline_distance_based_travel = cls(*_read_fields(d))
        _value = airline_distance_based_travel.data
        airline_distance_based_travel.data = (
            [
                AirlineDistanceBasedTravelDataResponse.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            airline_distance_based_travel.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return airline_distance_based_travel

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
from ..models.airline_distance_based_travel_data_response import AirlineDistanceBasedTravelDataResponse  # noqa: E402
