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
    "language": UNSET,
    "languageISO": UNSET,
    "unitOfMeasurement": UNSET,
    "name": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "language",
    "languageISO",
    "unitOfMeasurement",
    "name",
)

T = TypeVar("T", bound="TranslationInvType")


@_attrs_define(repr=False)
class TranslationInvType:
    language: None | str | Unset = UNSET
    """ The language code of the translated text. The code in the response is two characters long (for example,
    'en', 'es').

    See Supported Language Codes to view the values that are supported. """
    language_iso: None | str | Unset = UNSET
    """ The ISO language code. For example, 'en-US'. """
    unit_of_measurement: None | str | Unset = UNSET
    """ The translation for the unit of measurement of the inventory type. This attribute is used only for non-
    serialized inventory. """
    name: None | str | Unset = UNSET
    """ The specified name of the property translated to the language code available in the application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.language_iso is not UNSET:
            field_dict["languageISO"] = self.language_iso
        if self.unit_of_measurement is not UNSET:
            field_dict["unitOfMeasurement"] = self.unit_of_measurement
        if self.name is not UNSET:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        translation_inv_type = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            translation_inv_type.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return translation_inv_type

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
