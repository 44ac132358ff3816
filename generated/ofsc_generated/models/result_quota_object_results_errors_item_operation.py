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
    "area": None,
    "date": None,
    "category": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "area",
    "date",
    "category",
)

T = TypeVar("T", bound="ResultQuotaObjectResultsErrorsItemOperation")


@_attrs_define(repr=False, init=False)
class ResultQuotaObjectResultsErrorsItemOperation:
    """The operation that caused the error."""

    area: str | None
    """ The label of the capacity area for which the operation is performed. It is not returned if the transaction
    fails. """
    date: int | None
    """ The date on which the operation is performed. It is not returned if the transaction fails. """
    category: str | None
    """ The label of the capacity category for which the operation is performed. It is not returned if the
    transaction fails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        area: str | None | Unset = UNSET,
        date: int | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "area": area,
            "date": date,
            "category": category,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.area = None if isinstance(area, Unset) else area
        self.date = None if isinstance(date, Unset) else date
        self.category = None if isinstance(category, Unset) else category
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.area is not None or "area" in sent:
            field_dict["area"] = self.area
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.category is not None or "category" in sent:
            field_dict["category"] = self.category
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        result_quota_object_results_errors_item_operation = cls.__new__(cls)
        result_quota_object_results_errors_item_operation._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            result_quota_object_results_errors_item_operation.area,
            result_quota_object_results_errors_item_operation.date,
            result_quota_object_results_errors_item_operation.category,
        ) = _read_fields(d)
        result_quota_object_results_errors_item_operation.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return result_quota_object_results_errors_item_operation

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
