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
    "errorsCount": None,
    "errors": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "errorsCount",
    "errors",
)

T = TypeVar("T", bound="V2PatchQuotaResult")


@_attrs_define(repr=False, init=False)
class V2PatchQuotaResult:
    errors_count: int | None
    errors: list[str] | None
    """ List of error messages related to current request """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        errors_count: int | None | Unset = UNSET,
        errors: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "errorsCount": errors_count,
            "errors": errors,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.errors_count = None if isinstance(errors_count, Unset) else errors_count
        self.errors = None if isinstance(errors, Unset) else errors
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.errors_count is not None or "errorsCount" in sent:
            field_dict["errorsCount"] = self.errors_count
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = self.errors
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        v2_patch_quota_result = cls.__new__(cls)
        v2_patch_quota_result._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            v2_patch_quota_result.errors_count,
            v2_patch_quota_result.errors,
        ) = _read_fields(d)
        v2_patch_quota_result.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return v2_patch_quota_result

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
