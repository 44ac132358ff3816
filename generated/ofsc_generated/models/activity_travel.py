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
    "tkey": UNSET,
    "fkey": UNSET,
    "override": UNSET,
    "avg": UNSET,
    "dev": UNSET,
    "count": UNSET,
    "region": UNSET,
    "keyId": UNSET,
    "org": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "tkey",
    "fkey",
    "override",
    "avg",
    "dev",
    "count",
    "region",
    "keyId",
    "org",
)

T = TypeVar("T", bound="ActivityTravel")


@_attrs_define(repr=False)
class ActivityTravel:
    tkey: None | str | Unset = UNSET
    """ The travel key value corresponding to the destination of the travel. For example, '11 AY'. """
    fkey: None | str | Unset = UNSET
    """ The travel key value corresponding to the starting location of the travel. For example, 'SRT D3'. """
    override: int | None | Unset = UNSET
    """ The override value for the activity travel duration that is set for the 'fkey' and 'tkey' combination.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    avg: int | None | Unset = UNSET
    """ The average value of the estimated travel duration. """
    dev: int | None | Unset = UNSET
    """ The deviation with respect to the estimated travel duration value. """
    count: int | None | Unset = UNSET
    """ The number of travels considered for the travel duration estimation. """
    region: None | str | Unset = UNSET
    """ The label for the region. For example, 'xyz_enterprise'. """
    key_id: int | None | Unset = UNSET
    """ Key ID of one of the configured travel keys.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    org: list[str] | None | Unset = UNSET
    """ An array of all the Organizations(labels) for which the key pairs are applicable.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.tkey is not UNSET:
            field_dict["tkey"] = self.tkey
        if self.fkey is not UNSET:
            field_dict["fkey"] = self.fkey
        if self.override is not UNSET:
            field_dict["override"] = self.override
        if self.avg is not UNSET:
            field_dict["avg"] = self.avg
        if self.dev is not UNSET:
            field_dict["dev"] = self.dev
        if self.count is not UNSET:
            field_dict["count"] = self.count
        if self.region is not UNSET:
            field_dict["region"] = self.region
        if self.key_id is not UNSET:
            field_dict["keyId"] = self.key_id
        if self.org is not UNSET:
            field_dict["org"] = self.org
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_travel = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_travel.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_travel

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
