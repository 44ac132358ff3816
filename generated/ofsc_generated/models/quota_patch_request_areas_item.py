from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quotaPercent",
    "minQuota",
    "quota",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "quota_percent",
            "min_quota",
            "quota",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is QuotaPatchRequestAreasItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("categories")
        _model.categories = (
            [
                QuotaPatchRequestAreasItemCategoriesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["categories"] = _model.categories
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.quota_percent,
            target.min_quota,
            target.quota,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(QuotaPatchRequestAreasItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.quota_patch_request_areas_item_categories_item import QuotaPatchRequestAreasItemCategoriesItem  # noqa: E402
