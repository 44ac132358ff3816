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
    "resourceId": None,
    "itemsUpdated": None,
    "itemsFailed": None,
    "errors": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "itemsUpdated",
    "itemsFailed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="BulkUpdateWorkSkillsResponseResultsItem")


@_attrs_define(repr=False, init=False)
class BulkUpdateWorkSkillsResponseResultsItem:
    """An object containing a single result item."""

    resource_id: str | None
    """ The unique identifier of the resource in Oracle Field Service. """
    items_updated: int | None
    """ The number of work skills updated for the resource. """
    items_failed: int | None
    """ The number of failed work skill updates. """
    errors: list[Error] | None
    """ The errors that occurred while updating the work skills. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "items_updated",
            "items_failed",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        items_updated: int | None | Unset = UNSET,
        items_failed: int | None | Unset = UNSET,
        errors: list[Error] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "itemsUpdated": items_updated,
            "itemsFailed": items_failed,
            "errors": errors,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.items_updated = None if isinstance(items_updated, Unset) else items_updated
        self.items_failed = None if isinstance(items_failed, Unset) else items_failed
        self.errors = None if isinstance(errors, Unset) else errors
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.items_updated is not None or "itemsUpdated" in sent:
            field_dict["itemsUpdated"] = self.items_updated
        if self.items_failed is not None or "itemsFailed" in sent:
            field_dict["itemsFailed"] = self.items_failed
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = (
                [item0.to_dict() if isinstance(item0, Error) else item0 for item0 in self.errors]
                if isinstance(self.errors, list)
                else self.errors
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BulkUpdateWorkSkillsResponseResultsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("errors")
        _model.errors = (
            [Error.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
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
            target.resource_id,
            target.items_updated,
            target.items_failed,
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


_Twin = lazy_twin(BulkUpdateWorkSkillsResponseResultsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.error import Error  # noqa: E402
