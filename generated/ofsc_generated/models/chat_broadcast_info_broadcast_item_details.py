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
    "activityId": UNSET,
    "inventoryType": UNSET,
    "modelProperty": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activityId",
    "inventoryType",
    "modelProperty",
)

T = TypeVar("T", bound="ChatBroadcastInfoBroadcastItemDetails")


@_attrs_define(repr=False)
class ChatBroadcastInfoBroadcastItemDetails:
    """The object containing the activity ID of the activity broadcast and the inventory type and model property of the
    inventory broadcast.

    """

    activity_id: int | None | Unset = UNSET
    """ The identifier of the activity in the activity broadcast. """
    inventory_type: None | str | Unset = UNSET
    """ The type of inventory in the inventory broadcast. """
    model_property: None | str | Unset = UNSET
    """ The model property of the inventory in the inventory broadcast. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        if self.model_property is not UNSET:
            field_dict["modelProperty"] = self.model_property
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_broadcast_info_broadcast_item_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            chat_broadcast_info_broadcast_item_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat_broadcast_info_broadcast_item_details

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
