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
    "name": None,
    "translations": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "translations",
)

T = TypeVar("T", bound="Form")


@_attrs_define(repr=False, init=False)
class Form:
    """The form entity in the Oracle Field Service application."""

    label: str | None
    """ The label of the form. """
    name: str | None
    """ The translation of the name of the form to the specified language. """
    translations: list[Translation] | None
    """ The list of associated translations that is returned for the name of the form. The list is only returned if
    the language parameter is not specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        translations: list[Translation] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        form = cls.__new__(cls)
        form._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            form.label,
            form.name,
            form.translations,
        ) = _read_fields(d)
        _value = form.translations
        form.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        form.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return form

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
