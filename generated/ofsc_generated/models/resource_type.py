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
    "name": UNSET,
    "active": UNSET,
    "role": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "active",
    "role",
    "translations",
)

T = TypeVar("T", bound="ResourceType")


@_attrs_define(repr=False)
class ResourceType:
    label: None | str | Unset = UNSET
    """ The unique label assigned to the resource type. For example, GR (Group). """
    name: None | str | Unset = UNSET
    """ The translation for the name of the resource type.

    If the language parameter is specified, then the name is provided in that language.

    If the language parameter is not specified, then the name is provided in English, unless the request is
    performed using an Oracle Field Service user account which is linked to an API application (in this case, the
    name is provided in the language of the user making the request). """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the resource type is listed as a possible value in the 'Resource Type' drop-down list in Manage or
    Mobility apps while creating a resource. If false, then the resource type is not listed as a value in the drop-
    down list. The default value is true. """
    role: None | str | Unset = UNSET
    """ The role of the resource type. """
    translations: list[Translation] | None | Unset = UNSET
    """ The list of translations associated with the name of the resource type. The list is only returned if the
    language parameter is not specified in request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.role is not UNSET:
            field_dict["role"] = self.role
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
        resource_type = cls(*_read_fields(d))
        _value = resource_type.translations
        resource_type.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            resource_type.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_type

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
