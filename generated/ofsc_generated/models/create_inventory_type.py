from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "active": None,
    "nonSerialized": None,
    "modelProperty": None,
    "quantityPrecision": None,
    "translations": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "active",
    "nonSerialized",
    "modelProperty",
    "quantityPrecision",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="CreateInventoryType")


@_attrs_define(repr=False, init=False)
class CreateInventoryType:
    """The inventory type object."""

    active: bool | None
    """ Indicates whether the inventory type is valid for creating an inventory. If the value is true, then the
    inventory type is listed as a possible value in the 'Inventory Type' drop-down list in Manage or Mobility apps
    while creating an inventory. If the value is false, then the inventory type is not listed as a value in the
    drop-down list. """
    non_serialized: bool | None
    """ Indicates whether the inventory is serialized. If the value is true, then the inventory is serialized, that
    is, it has a serial number. If the value is false, then the inventory is non-serialized, that is, it doesn't
    have a serial number. """
    model_property: str | None
    """ Label of an inventory property which is used to identify model of this inventory. Note that this field
    cannot be changed after it is set with inventory type creation. """
    quantity_precision: int | None
    """ Number of digits after decimal point of the quantity for non-serialized inventory . '0' value means that the
    quantity doesn't have a fractional part. """
    translations: list[TranslationInvType] | None
    """ The list of translations associated with the name and unit of measurement of the inventory type. The list is
    only returned if the language parameter is not specified in the request. language: string - The language code of
    the translated text. The code in the response is two characters long. For example, 'en', 'es'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "active",
            "non_serialized",
            "model_property",
            "quantity_precision",
            "additional_properties",
        )
    )

    def __init__(
        self,
        active: bool | None | Unset = UNSET,
        non_serialized: bool | None | Unset = UNSET,
        model_property: str | None | Unset = UNSET,
        quantity_precision: int | None | Unset = UNSET,
        translations: list[TranslationInvType] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "active": active,
            "nonSerialized": non_serialized,
            "modelProperty": model_property,
            "quantityPrecision": quantity_precision,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.active = None if isinstance(active, Unset) else active
        self.non_serialized = None if isinstance(non_serialized, Unset) else non_serialized
        self.model_property = None if isinstance(model_property, Unset) else model_property
        self.quantity_precision = None if isinstance(quantity_precision, Unset) else quantity_precision
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.non_serialized is not None or "nonSerialized" in sent:
            field_dict["nonSerialized"] = self.non_serialized
        if self.model_property is not None or "modelProperty" in sent:
            field_dict["modelProperty"] = self.model_property
        if self.quantity_precision is not None or "quantityPrecision" in sent:
            field_dict["quantityPrecision"] = self.quantity_precision
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, TranslationInvType) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CreateInventoryType else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("translations")
        _model.translations = (
            [TranslationInvType.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["translations"] = _model.translations
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.active,
            target.non_serialized,
            target.model_property,
            target.quantity_precision,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(CreateInventoryType)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.translation_inv_type import TranslationInvType  # noqa: E402
