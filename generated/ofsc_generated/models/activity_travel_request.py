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
    "fkey": UNSET,
    "tkey": UNSET,
    "override": UNSET,
    "keyId": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "fkey",
    "tkey",
    "override",
    "keyId",
)

T = TypeVar("T", bound="ActivityTravelRequest")


@_attrs_define(repr=False)
class ActivityTravelRequest:
    """The individual items in the request array."""

    fkey: None | str | Unset = UNSET
    """ The travel key value corresponding to the source location of the travel. For example, 'SRT D3'. """
    tkey: None | str | Unset = UNSET
    """ The travel key value corresponding to the destination location of the travel. For example, '11 AY'. """
    override: int | None | Unset = UNSET
    """ The override value that needs to be set for 'fkey' and 'tkey' combination. For example, 100. """
    key_id: int | None | Unset = UNSET
    """ Key ID of one of the configured travel keys.

    - If 'keyId' is not specified, data corresponding to the default travel key will be updated.
    - If 'keyId' is specified and if it exists in the system, data will be updated for the corresponding key.
    - If 'keyId' is specified but does not exist in the system, an error message will be returned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.fkey is not UNSET:
            field_dict["fkey"] = self.fkey
        if self.tkey is not UNSET:
            field_dict["tkey"] = self.tkey
        if self.override is not UNSET:
            field_dict["override"] = self.override
        if self.key_id is not UNSET:
            field_dict["keyId"] = self.key_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_travel_request = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_travel_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_travel_request

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
