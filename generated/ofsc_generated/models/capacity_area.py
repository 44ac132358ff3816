from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "type": None,
    "name": None,
    "status": None,
    "parent": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "type",
    "name",
    "status",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="CapacityArea")


@_attrs_define(repr=False, init=False)
class CapacityArea:
    label: str | None
    """ The label of the capacity area or the capacity area group. """
    type_: str | None
    """ The type of the capacity area specified in the request. Allowed values: `group`, `area`. """
    name: str | None
    """ The name of the capacity area or the capacity area group in the user's language. """
    status: str | None
    """ The status of the capacity area or the capacity area group specified in the request. Allowed values:
    `active`, `inactive`. """
    parent: CapacityAreaParent | None
    """ The details of the parent capacity area.

    The Parent value is returned, if the value is specified in the Expand parameter. The value is not returned when:

    - The capacity area or capacity area group is located at the top level of the hierarchy.
    - The value is not visible for the current user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "type_",
            "name",
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        type_: Literal["group", "area"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        parent: CapacityAreaParent | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "type": type_,
            "name": name,
            "status": status,
            "parent": parent,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.type_ = None if isinstance(type_, Unset) else type_
        self.name = None if isinstance(name, Unset) else name
        self.status = None if isinstance(status, Unset) else status
        self.parent = None if isinstance(parent, Unset) else parent
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.parent is not None or "parent" in sent:
            field_dict["parent"] = self.parent.to_dict() if isinstance(self.parent, CapacityAreaParent) else self.parent
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityArea else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("parent")
        _model.parent = CapacityAreaParent.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["parent"] = _model.parent
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.type_,
            target.name,
            target.status,
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


_Twin = lazy_twin(CapacityArea)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_area_parent import CapacityAreaParent  # noqa: E402
