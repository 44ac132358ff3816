from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "quotaPercent": None,
    "minQuota": None,
    "quota": None,
    "categories": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "quotaPercent",
    "minQuota",
    "quota",
    "categories",
)

T = TypeVar("T", bound="QuotaPatchRequestAreasItem")


@_attrs_define(repr=False, init=False)
class QuotaPatchRequestAreasItem:
    label: str | None
    """ The label of the capacity area. """
    quota_percent: float | None
    """ The quota value in percentage.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    min_quota: int | None
    """ The minimum quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota: int | None
    """ The quota value in minutes. Valid values are 0..16777215. If request has a value out of this range then zero
    value is assumed.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    categories: list[QuotaPatchRequestAreasItemCategoriesItem] | None
    """ The capacity categories assigned to the capacity area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        categories: list[QuotaPatchRequestAreasItemCategoriesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "quota": quota,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.quota = None if isinstance(quota, Unset) else quota
        self.categories = None if isinstance(categories, Unset) else categories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, QuotaPatchRequestAreasItemCategoriesItem) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        quota_patch_request_areas_item = cls.__new__(cls)
        quota_patch_request_areas_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            quota_patch_request_areas_item.label,
            quota_patch_request_areas_item.quota_percent,
            quota_patch_request_areas_item.min_quota,
            quota_patch_request_areas_item.quota,
            quota_patch_request_areas_item.categories,
        ) = _read_fields(d)
        _value = quota_patch_request_areas_item.categories
        quota_patch_request_areas_item.categories = (
            [
                QuotaPatchRequestAreasItemCategoriesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        quota_patch_request_areas_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return quota_patch_request_areas_item

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
from ..models.quota_patch_request_areas_item_categories_item import QuotaPatchRequestAreasItemCategoriesItem  # noqa: E402
