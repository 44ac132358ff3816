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
    "resources": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="BulkUpdateResourceInventoriesRequest")


@_attrs_define(repr=False, init=False)
class BulkUpdateResourceInventoriesRequest:
    resources: list[BulkUpdateResourceInventoriesRequestResource] | None
    """ An array of resource IDs and their related inventory information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resources: list[BulkUpdateResourceInventoriesRequestResource] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resources": resources,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resources = None if isinstance(resources, Unset) else resources
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resources is not None or "resources" in sent:
            field_dict["resources"] = (
                [
                    item0.to_dict() if isinstance(item0, BulkUpdateResourceInventoriesRequestResource) else item0
                    for item0 in self.resources
                ]
                if isinstance(self.resources, list)
                else self.resources
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("resources")
        _model.resources = (
            [
                BulkUpdateResourceInventoriesRequestResource.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resources"] = _model.resources
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
from ..models.bulk_update_resource_inventories_request_resource import BulkUpdateResourceInventoriesRequestResource  # noqa: E402
