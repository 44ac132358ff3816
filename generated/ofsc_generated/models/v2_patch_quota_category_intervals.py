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
    "timeFrom": UNSET,
    "timeTo": UNSET,
    "quota": UNSET,
    "quotaIsClosed": UNSET,
    "workZones": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quota",
    "quotaIsClosed",
    "workZones",
)

T = TypeVar("T", bound="V2PatchQuotaCategoryIntervals")


@_attrs_define(repr=False)
class V2PatchQuotaCategoryIntervals:
    """Array of objects containing the quota information for intervals within the Capacity Category"""

    time_from: None | str | Unset = UNSET
    """ The start time of the time interval in HH:MM format. """
    time_to: None | str | Unset = UNSET
    """ The end time of the time interval in HH:MM format. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. This parameter is ignored if the area is not configured to enter quota in
    minutes at this level. null can be used to unset the value. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Allows to open or close booking status at this level. """
    work_zones: list[V2PatchQuotaWorkZones] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time_from is not UNSET:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not UNSET:
            field_dict["timeTo"] = self.time_to
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.work_zones is not UNSET:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_patch_quota_category_intervals = cls(*_read_fields(d))
        _value = v2_patch_quota_category_intervals.work_zones
        v2_patch_quota_category_intervals.work_zones = (
            [V2PatchQuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_patch_quota_category_intervals.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_patch_quota_category_intervals

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
from ..models.v2_patch_quota_work_zones import V2PatchQuotaWorkZones  # noqa: E402
