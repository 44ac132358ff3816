from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "operation": None,
    "errorDetail": None,
}
_N_FIELDS = 2

T = TypeVar("T", bound="ResultQuotaObjectResultsErrorsItem")


@_attrs_define(repr=False, init=False)
class ResultQuotaObjectResultsErrorsItem:
    operation: ResultQuotaObjectResultsErrorsItemOperation | None
    """ The operation that caused the error. """
    error_detail: ResultQuotaObjectResultsErrorsItemErrorDetail | None
    """ The details of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        operation: ResultQuotaObjectResultsErrorsItemOperation | None | Unset = UNSET,
        error_detail: ResultQuotaObjectResultsErrorsItemErrorDetail | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "operation": operation,
            "errorDetail": error_detail,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.operation = None if isinstance(operation, Unset) else operation
        self.error_detail = None if isinstance(error_detail, Unset) else error_detail
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.operation is not None or "operation" in sent:
            field_dict["operation"] = (
                self.operation.to_dict()
                if isinstance(self.operation, ResultQuotaObjectResultsErrorsItemOperation)
                else self.operation
            )
        if self.error_detail is not None or "errorDetail" in sent:
            field_dict["errorDetail"] = (
                self.error_detail.to_dict()
                if isinstance(self.error_detail, ResultQuotaObjectResultsErrorsItemErrorDetail)
                else self.error_detail
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("operation")
        _model.operation = (
            ResultQuotaObjectResultsErrorsItemOperation.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["operation"] = _model.operation
        _value = _src.get("errorDetail")
        _model.error_detail = (
            ResultQuotaObjectResultsErrorsItemErrorDetail.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["errorDetail"] = _model.error_detail
        d = {**_FIELDS, **_src}
        _model.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return _model

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
from ..models.result_quota_object_results_errors_item_error_detail import ResultQuotaObjectResultsErrorsItemErrorDetail  # noqa: E402
from ..models.result_quota_object_results_errors_item_operation import ResultQuotaObjectResultsErrorsItemOperation  # noqa: E402
