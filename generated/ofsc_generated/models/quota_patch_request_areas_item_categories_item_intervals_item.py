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
    "used": UNSET,
    "status": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quota",
    "used",
    "status",
)

T = TypeVar("T", bound="QuotaPatchRequestAreasItemCategoriesItemIntervalsItem")


@_attrs_define(repr=False)
class QuotaPatchRequestAreasItemCategoriesItemIntervalsItem:
    time_from: None | str | Unset = UNSET
    """ The start time of the time interval in HH:MM format. """
    time_to: None | str | Unset = UNSET
    """ The end time of the time interval in HH:MM format. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    used: int | None | Unset = UNSET
    """ The amount of existing capacity consumed in minutes. """
    status: int | None | Unset = UNSET
    """ The status of the quota value.

    It has the following modes:

    - Regular: Populates quota values from the past days.
    - Aggregate: Aggregates the quota values for an interval, if the quota values are read-only values. """
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
        if self.used is not UNSET:
            field_dict["used"] = self.used
        if self.status is not UNSET:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        quota_patch_request_areas_item_categories_item_intervals_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            quota_patch_request_areas_item_categories_item_intervals_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return quota_patch_request_areas_item_categories_item_intervals_item

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
