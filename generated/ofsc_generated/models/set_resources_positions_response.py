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
    "itemsProcessed": None,
    "itemsFailed": None,
    "errors": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "itemsProcessed",
    "itemsFailed",
    "errors",
)

T = TypeVar("T", bound="SetResourcesPositionsResponse")


@_attrs_define(repr=False, init=False)
class SetResourcesPositionsResponse:
    """The summary of the successfully processed items and the failed items."""

    items_processed: int | None
    """ The number of successfully processed items. """
    items_failed: int | None
    """ The number of failed items. """
    errors: list[SetResourcesPositionsResponseErrorsItem] | None
    """ The list of failed items with their corresponding error messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        items_processed: int | None | Unset = UNSET,
        items_failed: int | None | Unset = UNSET,
        errors: list[SetResourcesPositionsResponseErrorsItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "itemsProcessed": items_processed,
            "itemsFailed": items_failed,
            "errors": errors,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.items_processed = None if isinstance(items_processed, Unset) else items_processed
        self.items_failed = None if isinstance(items_failed, Unset) else items_failed
        self.errors = None if isinstance(errors, Unset) else errors
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.items_processed is not None or "itemsProcessed" in sent:
            field_dict["itemsProcessed"] = self.items_processed
        if self.items_failed is not None or "itemsFailed" in sent:
            field_dict["itemsFailed"] = self.items_failed
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = (
                [
                    item0.to_dict() if isinstance(item0, SetResourcesPositionsResponseErrorsItem) else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_resources_positions_response = cls.__new__(cls)
        set_resources_positions_response._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            set_resources_positions_response.items_processed,
            set_resources_positions_response.items_failed,
            set_resources_positions_response.errors,
        ) = _read_fields(d)
        _value = set_resources_positions_response.errors
        set_resources_positions_response.errors = (
            [
                SetResourcesPositionsResponseErrorsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        set_resources_positions_response.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return set_resources_positions_response

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
from ..models.set_resources_positions_response_errors_item import SetResourcesPositionsResponseErrorsItem  # noqa: E402
