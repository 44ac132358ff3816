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
    "length": None,
    "function": None,
    "order": None,
    "apiParameterName": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "length",
    "function",
    "order",
    "apiParameterName",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="WorkZoneKeyElement")


@_attrs_define(repr=False, init=False)
class WorkZoneKeyElement:
    """The element of the work zone key composite."""

    label: str | None
    """ The label of the field or property. """
    length: int | None
    """ The number of characters from the field value that is used in the key. """
    function: str | None
    """ The case sensitivity of the field value. The possible values are 'caseInsensitive' and
    'firstWordCaseInsensitive'. """
    order: int | None
    """ The value that indicates the sorting order of the item in the list. The items are listed in ascending order.
    """
    api_parameter_name: str | None
    """ The name of API parameter that represents the activity field or a property. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "length",
            "function",
            "order",
            "api_parameter_name",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        length: int | None | Unset = UNSET,
        function: str | None | Unset = UNSET,
        order: int | None | Unset = UNSET,
        api_parameter_name: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "length": length,
            "function": function,
            "order": order,
            "apiParameterName": api_parameter_name,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.length = None if isinstance(length, Unset) else length
        self.function = None if isinstance(function, Unset) else function
        self.order = None if isinstance(order, Unset) else order
        self.api_parameter_name = None if isinstance(api_parameter_name, Unset) else api_parameter_name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.length is not None or "length" in sent:
            field_dict["length"] = self.length
        if self.function is not None or "function" in sent:
            field_dict["function"] = self.function
        if self.order is not None or "order" in sent:
            field_dict["order"] = self.order
        if self.api_parameter_name is not None or "apiParameterName" in sent:
            field_dict["apiParameterName"] = self.api_parameter_name
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WorkZoneKeyElement else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.length,
            target.function,
            target.order,
            target.api_parameter_name,
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


_Twin = lazy_twin(WorkZoneKeyElement)
