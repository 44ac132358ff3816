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
    "updatedFieldCount": None,
    "notChangedFieldCount": None,
    "errors": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "updatedFieldCount",
    "notChangedFieldCount",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ResultQuotaObjectResults")


@_attrs_define(repr=False, init=False)
class ResultQuotaObjectResults:
    updated_field_count: int | None
    """ The number of fields for which the values were changed when the operation is performed. Only the fields that
    were passed in the request are counted. """
    not_changed_field_count: int | None
    """ The number of fields for which the values were not changed when the operation is performed. Only the fields
    that were passed in the request are counted. """
    errors: list[ResultQuotaObjectResultsErrorsItem] | None
    """ The array of failed operations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "updated_field_count",
            "not_changed_field_count",
            "additional_properties",
        )
    )

    def __init__(
        self,
        updated_field_count: int | None | Unset = UNSET,
        not_changed_field_count: int | None | Unset = UNSET,
        errors: list[ResultQuotaObjectResultsErrorsItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "updatedFieldCount": updated_field_count,
            "notChangedFieldCount": not_changed_field_count,
            "errors": errors,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.updated_field_count = None if isinstance(updated_field_count, Unset) else updated_field_count
        self.not_changed_field_count = None if isinstance(not_changed_field_count, Unset) else not_changed_field_count
        self.errors = None if isinstance(errors, Unset) else errors
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.updated_field_count is not None or "updatedFieldCount" in sent:
            field_dict["updatedFieldCount"] = self.updated_field_count
        if self.not_changed_field_count is not None or "notChangedFieldCount" in sent:
            field_dict["notChangedFieldCount"] = self.not_changed_field_count
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = (
                [
                    item0.to_dict() if isinstance(item0, ResultQuotaObjectResultsErrorsItem) else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ResultQuotaObjectResults else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("errors")
        _model.errors = (
            [
                ResultQuotaObjectResultsErrorsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["errors"] = _model.errors
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.updated_field_count,
            target.not_changed_field_count,
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


_Twin = lazy_twin(ResultQuotaObjectResults)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.result_quota_object_results_errors_item import ResultQuotaObjectResultsErrorsItem  # noqa: E402
