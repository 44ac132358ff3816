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
    "quotaPercentCategory": UNSET,
    "quotaPercentDay": UNSET,
    "minQuota": UNSET,
    "stopBookingAt": UNSET,
    "intervals": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "quota",
    "quotaPercentCategory",
    "quotaPercentDay",
    "minQuota",
    "stopBookingAt",
    "intervals",
)

T = TypeVar("T", bound="QuotaPatchRequestAreasItemCategoriesItem")


@_attrs_define(repr=False)
class QuotaPatchRequestAreasItemCategoriesItem:
    label: None | str | Unset = UNSET
    """ The label of the capacity category. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota_percent_category: float | None | Unset = UNSET
    """ The quota value defined as a percent of the Max Available value of the capacity category.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota_percent_day: float | None | Unset = UNSET
    """ The quota value defined as a percent of the daily quota value of the capacity category.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    min_quota: int | None | Unset = UNSET
    """ The minimum quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    stop_booking_at: int | None | Unset = UNSET
    """ The percent at which the booking of activities stops for the timeslot-based quota.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    intervals: list[QuotaPatchRequestAreasItemCategoriesItemIntervalsItem] | Unset = UNSET
    """ An array of quota values for the booking intervals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.quota_percent_category is not UNSET:
            field_dict["quotaPercentCategory"] = self.quota_percent_category
        if self.quota_percent_day is not UNSET:
            field_dict["quotaPercentDay"] = self.quota_percent_day
        if self.min_quota is not UNSET:
            field_dict["minQuota"] = self.min_quota
        if self.stop_booking_at is not UNSET:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.intervals is not UNSET:
            field_dict["intervals"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, QuotaPatchRequestAreasItemCategoriesItemIntervalsItem)
                    else item0
                    for item0 in self.intervals
                ]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        quota_patch_request_areas_item_categories_item = cls(*_read_fields(d))
        _value = quota_patch_request_areas_item_categories_item.intervals
        quota_patch_request_areas_item_categories_item.intervals = (
            [
                QuotaPatchRequestAreasItemCategoriesItemIntervalsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            quota_patch_request_areas_item_categories_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return quota_patch_request_areas_item_categories_item

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
from ..models.quota_patch_request_areas_item_categories_item_intervals_item import (
    QuotaPatchRequestAreasItemCategoriesItemIntervalsItem,  # noqa: E402
)
