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
    "fromActivity": UNSET,
    "toActivity": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "fromActivity",
    "toActivity",
)

T = TypeVar("T", bound="BulkUpdateLinkedActivitiesItemsItem")


@_attrs_define(repr=False)
class BulkUpdateLinkedActivitiesItemsItem:
    from_activity: BulkUpdateLinkedActivity | Unset = UNSET
    """ The link between the activity key fields and the link properties. """
    to_activity: BulkUpdateLinkedActivity | Unset = UNSET
    """ The link between the activity key fields and the link properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.from_activity is not UNSET:
            field_dict["fromActivity"] = (
                self.from_activity.to_dict()
                if isinstance(self.from_activity, BulkUpdateLinkedActivity)
                else self.from_activity
            )
        if self.to_activity is not UNSET:
            field_dict["toActivity"] = (
                self.to_activity.to_dict()
                if isinstance(self.to_activity, BulkUpdateLinkedActivity)
                else self.to_activity
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_linked_activities_items_item = cls(*_read_fields(d))
        _value = bulk_update_linked_activities_items_item.from_activity
        bulk_update_linked_activities_items_item.from_activity = (
            BulkUpdateLinkedActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = bulk_update_linked_activities_items_item.to_activity
        bulk_update_linked_activities_items_item.to_activity = (
            BulkUpdateLinkedActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_linked_activities_items_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return bulk_update_linked_activities_items_item

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
from ..models.bulk_update_linked_activity import BulkUpdateLinkedActivity  # noqa: E402
