from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "actionType": UNSET,
    "label": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "actionType",
    "label",
)

T = TypeVar("T", bound="CustomMapLayerShapeHintButton")


@_attrs_define(repr=False)
class CustomMapLayerShapeHintButton:
    """The object representing selected Custom Form or Plugin will be displayed as a button on layer hint. Parameters
    specified in Plugin/Form Field will be sent to the selected Custom Form or Plugin.

    """

    action_type: None | str | Unset = UNSET
    """ The type of plugin or form the activity hint button on map layer. Allowed values: `plugin`, `form`. """
    label: None | str | Unset = UNSET
    """ The label plugin or form for map layer hint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.action_type is not UNSET:
            field_dict["actionType"] = self.action_type
        if self.label is not UNSET:
            field_dict["label"] = self.label
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_map_layer_shape_hint_button = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            custom_map_layer_shape_hint_button.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return custom_map_layer_shape_hint_button

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
