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
    "translations": UNSET,
    "content": UNSET,
    "warnings": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "translations",
    "content",
    "warnings",
)

T = TypeVar("T", bound="FormDetailsWithStats")


@_attrs_define(repr=False)
class FormDetailsWithStats:
    """The list of errors and warnings that occured while creating or updating the form."""

    label: None | str | Unset = UNSET
    """ The label of the form. """
    name: None | str | Unset = UNSET
    """ The translation of the name of the form to the specified language. """
    translations: list[Translation] | None | Unset = UNSET
    """ The list of associated translations that is returned for the name of the form. The list is only returned if
    the language parameter is not specified in the request. """
    content: None | str | Unset = UNSET
    """ The JSON string that describes the form content. """
    warnings: list[str] | None | Unset = UNSET
    """ The list of warnings that occurred while saving the form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.translations is not UNSET:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.warnings is not UNSET:
            field_dict["warnings"] = self.warnings
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        form_details_with_stats = cls(*_read_fields(d))
        _value = form_details_with_stats.translations
        form_details_with_stats.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            form_details_with_stats.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return form_details_with_stats

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
