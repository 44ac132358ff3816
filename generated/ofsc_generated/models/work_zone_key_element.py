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
    "label": None,
    "length": None,
    "function": None,
    "order": None,
    "apiParameterName": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "length",
    "function",
    "order",
    "apiParameterName",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        work_zone_key_element = cls.__new__(cls)
        work_zone_key_element._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            work_zone_key_element.label,
            work_zone_key_element.length,
            work_zone_key_element.function,
            work_zone_key_element.order,
            work_zone_key_element.api_parameter_name,
        ) = _read_fields(d)
        work_zone_key_element.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return work_zone_key_element

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
