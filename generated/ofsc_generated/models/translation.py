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
    "name": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "language",
    "languageISO",
    "name",
)

T = TypeVar("T", bound="Translation")


@_attrs_define(repr=False)
class Translation:
    language: None | str | Unset = UNSET
    """ This field contains language code of a text translation, it conatains two characters length code in
    responses (e.g. 'en', 'es') but can be used in requests as extended ISO code (e.g. 'en-US') as well as old two
    character format. """
    language_iso: None | str | Unset = UNSET
    """ This field is used only in responses and returns ISO language code (e.g. 'en-US'). This field is ignored in
    the requests (use 'language' instead) """
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.language_iso is not UNSET:
            field_dict["languageISO"] = self.language_iso
        if self.name is not UNSET:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        translation = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            translation.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return translation

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
