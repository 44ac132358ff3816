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
    "label": UNSET,
    "active": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "active",
    "translations",
)

T = TypeVar("T", bound="PropertyEnumeration")


@_attrs_define(repr=False)
class PropertyEnumeration:
    label: None | str | Unset = UNSET
    """ The code of the enumeration item. This code is unique only to the specified property. The values '0' and
    '-1' are reserved for internal purposes and cannot be used. The values cannot be changed or deleted. """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the enumeration item is active. If false,
    then then the enumeration item is inactive. """
    translations: list[Translation] | None | Unset = UNSET
    """ An array containing the translations of the enumeration item in different languages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.translations is not UNSET:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        property_enumeration = cls(*_read_fields(d))
        _value = property_enumeration.translations
        property_enumeration.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            property_enumeration.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return property_enumeration

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
from ..models.translation import Translation  # noqa: E402
