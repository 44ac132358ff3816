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
    "operationsFailed": None,
    "operationsPerformed": None,
    "warnings": None,
    "errors": None,
    "activityKeys": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "operationsFailed",
    "operationsPerformed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CustomActionActivityBulkUpdateResponseResultsItem")


@_attrs_define(repr=False, init=False)
class CustomActionActivityBulkUpdateResponseResultsItem:
    """The result item of the Bulk Update operation."""

    operations_failed: list[str] | None
    """ The failed operations during the Bulk Update operation. """
    operations_performed: list[str] | None
    """ The successful operations during the Bulk Update operation. """
    warnings: list[CustomActionActivityBulkUpdateResponseResultsItemWarningsItem] | None
    errors: list[CustomActionActivityBulkUpdateResponseResultsItemErrorsItem] | None
    """ The list of errors that occurred during the Bulk Update operation. """
    activity_keys: CustomActionActivityBulkUpdateResponseResultsItemActivityKeys | None
    """ The activity key fields used to create or update the activity. If the key fields are not known, then the
    list is not returned. For example, the Bulk Update operation is not successful, if a key field is not specified.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "operations_failed",
            "operations_performed",
            "additional_properties",
        )
    )

    def __init__(
        self,
        operations_failed: list[str] | None | Unset = UNSET,
        operations_performed: list[str] | None | Unset = UNSET,
        warnings: list[CustomActionActivityBulkUpdateResponseResultsItemWarningsItem] | None | Unset = UNSET,
        errors: list[CustomActionActivityBulkUpdateResponseResultsItemErrorsItem] | None | Unset = UNSET,
        activity_keys: CustomActionActivityBulkUpdateResponseResultsItemActivityKeys | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "operationsFailed": operations_failed,
            "operationsPerformed": operations_performed,
            "warnings": warnings,
            "errors": errors,
            "activityKeys": activity_keys,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.operations_failed = None if isinstance(operations_failed, Unset) else operations_failed
        self.operations_performed = None if isinstance(operations_performed, Unset) else operations_performed
        self.warnings = None if isinstance(warnings, Unset) else warnings
        self.errors = None if isinstance(errors, Unset) else errors
        self.activity_keys = None if isinstance(activity_keys, Unset) else activity_keys
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.operations_failed is not None or "operationsFailed" in sent:
            field_dict["operationsFailed"] = self.operations_failed
        if self.operations_performed is not None or "operationsPerformed" in sent:
            field_dict["operationsPerformed"] = self.operations_performed
        if self.warnings is not None or "warnings" in sent:
            field_dict["warnings"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, CustomActionActivityBulkUpdateResponseResultsItemWarningsItem)
                    else item0
                    for item0 in self.warnings
                ]
                if isinstance(self.warnings, list)
                else self.warnings
            )
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, CustomActionActivityBulkUpdateResponseResultsItemErrorsItem)
                    else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        if self.activity_keys is not None or "activityKeys" in sent:
            field_dict["activityKeys"] = (
                self.activity_keys.to_dict()
                if isinstance(self.activity_keys, CustomActionActivityBulkUpdateResponseResultsItemActivityKeys)
                else self.activity_keys
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionActivityBulkUpdateResponseResultsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("warnings")
        _model.warnings = (
            [
                CustomActionActivityBulkUpdateResponseResultsItemWarningsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["warnings"] = _model.warnings
        _value = _src.get("errors")
        _model.errors = (
            [
                CustomActionActivityBulkUpdateResponseResultsItemErrorsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["errors"] = _model.errors
        _value = _src.get("activityKeys")
        _model.activity_keys = (
            CustomActionActivityBulkUpdateResponseResultsItemActivityKeys.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityKeys"] = _model.activity_keys
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.operations_failed,
            target.operations_performed,
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


_Twin = lazy_twin(CustomActionActivityBulkUpdateResponseResultsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.custom_action_activity_bulk_update_response_results_item_activity_keys import (
    CustomActionActivityBulkUpdateResponseResultsItemActivityKeys,  # noqa: E402
)
from ..models.custom_action_activity_bulk_update_response_results_item_errors_item import (
    CustomActionActivityBulkUpdateResponseResultsItemErrorsItem,  # noqa: E402
)
from ..models.custom_action_activity_bulk_update_response_results_item_warnings_item import (
    CustomActionActivityBulkUpdateResponseResultsItemWarningsItem,  # noqa: E402
)
