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
    "quotaPercentDay": UNSET,
    "quotaPercentCategory": UNSET,
    "minQuota": UNSET,
    "stopBookingAt": UNSET,
    "quotaIsClosed": UNSET,
    "workZones": UNSET,
    "intervals": UNSET,
}
_N_FIELDS = 10
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "quota",
    "quotaPercent",
    "quotaPercentDay",
    "quotaPercentCategory",
    "minQuota",
    "stopBookingAt",
    "quotaIsClosed",
    "workZones",
    "intervals",
)

T = TypeVar("T", bound="V2PatchQuotaCategories")


@_attrs_define(repr=False)
class V2PatchQuotaCategories:
    """Array of objects with quota information for each capacity category that should be updated. This list only accepted
    for Capacity Areas with quota by intervals configuration.

    """

    label: None | str | Unset = UNSET
    """ The label of the Capacity Category. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. This parameter is ignored if the area is not configured to enter quota in
    minutes at this level. null can be used to unset the value. """
    quota_percent: float | None | Unset = UNSET
    """ The quota value as a percent of the daily quota value of the capacity category. This parameter is ignored if
    the area is not configured to enter quota as percent of quota defined on parent level. """
    quota_percent_day: float | None | Unset = UNSET
    """ The quota value as a percent of the daily quota value of the capacity category. This parameter is ignored if
    the area is not configured to enter quota as percent of quota defined on parent level. """
    quota_percent_category: float | None | Unset = UNSET
    """ The quota value defined as a percent of the Max Available value of the Capacity Category. This parameter is
    ignored if the area is not configured to enter quota as percent of maximum capacity available in the category.
    """
    min_quota: int | None | Unset = UNSET
    """ The minimal quota value in minutes. """
    stop_booking_at: int | None | Unset = UNSET
    """ The percent of the used quota at which the booking of activities stops. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Allows to open or close booking status at this level. """
    work_zones: list[V2PatchQuotaWorkZones] | None | Unset = UNSET
    intervals: list[V2PatchQuotaCategoryIntervals] | None | Unset = UNSET
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
        if self.quota_percent_day is not UNSET:
            field_dict["quotaPercentDay"] = self.quota_percent_day
        if self.quota_percent_category is not UNSET:
            field_dict["quotaPercentCategory"] = self.quota_percent_category
        if self.min_quota is not UNSET:
            field_dict["minQuota"] = self.min_quota
        if self.stop_booking_at is not UNSET:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.work_zones is not UNSET:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        if self.intervals is not UNSET:
            field_dict["intervals"] = (
                [
                    item0.to_dict() if isinstance(item0, V2PatchQuotaCategoryIntervals) else item0
                    for item0 in self.intervals
                ]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_patch_quota_categories = cls(*_read_fields(d))
        _value = v2_patch_quota_categories.work_zones
        v2_patch_quota_categories.work_zones = (
            [V2PatchQuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = v2_patch_quota_categories.intervals
        v2_patch_quota_categories.intervals = (
            [V2PatchQuotaCategoryIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_patch_quota_categories.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_patch_quota_categories

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
from ..models.v2_patch_quota_category_intervals import V2PatchQuotaCategoryIntervals  # noqa: E402
from ..models.v2_patch_quota_work_zones import V2PatchQuotaWorkZones  # noqa: E402
