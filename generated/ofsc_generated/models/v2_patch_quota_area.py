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
    "label": UNSET,
    "quota": UNSET,
    "quotaPercent": UNSET,
    "minQuota": UNSET,
    "quotaIsClosed": UNSET,
    "intervals": UNSET,
    "categories": UNSET,
    "timeSlots": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "quota",
    "quotaPercent",
    "minQuota",
    "quotaIsClosed",
    "intervals",
    "categories",
    "timeSlots",
)

T = TypeVar("T", bound="V2PatchQuotaArea")


@_attrs_define(repr=False)
class V2PatchQuotaArea:
    label: None | str | Unset = UNSET
    """ The label of the Capacity Area that should be updated. """
    quota: int | None | Unset = UNSET
    """ Quota value in minutes. This parameter is ignored if the area is not configured to enter quota in minutes.
    For the quota based on booking intervals null can be used to unset the value. """
    quota_percent: float | None | Unset = UNSET
    """ The quota value in percent. This parameter is ignored If the area is not configured to enter quota in
    percent. For the quota based on intervals null can be used to unset the value. """
    min_quota: int | None | Unset = UNSET
    """ The minimal quota value in minutes. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Allows to open or close booking status at this level. """
    intervals: list[V2PatchQuotaIntervals] | None | Unset = UNSET
    categories: list[V2PatchQuotaCategories] | None | Unset = UNSET
    time_slots: list[V2PatchQuotaTimeSlots] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.quota_percent is not UNSET:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not UNSET:
            field_dict["minQuota"] = self.min_quota
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.intervals is not UNSET:
            field_dict["intervals"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaIntervals) else item0 for item0 in self.intervals]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        if self.categories is not UNSET:
            field_dict["categories"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaCategories) else item0 for item0 in self.categories]
                if isinstance(self.categories, list)
                else self.categories
            )
        if self.time_slots is not UNSET:
            field_dict["timeSlots"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaTimeSlots) else item0 for item0 in self.time_slots]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_patch_quota_area = cls(*_read_fields(d))
        _value = v2_patch_quota_area.intervals
        v2_patch_quota_area.intervals = (
            [V2PatchQuotaIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_patch_quota_area.categories
        v2_patch_quota_area.categories = (
            [V2PatchQuotaCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_patch_quota_area.time_slots
        v2_patch_quota_area.time_slots = (
            [V2PatchQuotaTimeSlots.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_patch_quota_area.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_patch_quota_area

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
from ..models.v2_patch_quota_categories import V2PatchQuotaCategories  # noqa: E402
from ..models.v2_patch_quota_intervals import V2PatchQuotaIntervals  # noqa: E402
from ..models.v2_patch_quota_time_slots import V2PatchQuotaTimeSlots  # noqa: E402
