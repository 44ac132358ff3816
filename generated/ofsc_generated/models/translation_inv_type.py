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
    "language": None,
    "languageISO": None,
    "unitOfMeasurement": None,
    "name": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "language",
    "languageISO",
    "unitOfMeasurement",
    "name",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="TranslationInvType")


@_attrs_define(repr=False, init=False)
class TranslationInvType:
    language: str | None
    """ The language code of the translated text. The code in the response is two characters long (for example,
    'en', 'es').

    See Supported Language Codes to view the values that are supported. """
    language_iso: str | None
    """ The ISO language code. For example, 'en-US'. """
    unit_of_measurement: str | None
    """ The translation for the unit of measurement of the inventory type. This attribute is used only for non-
    serialized inventory. """
    name: str | None
    """ The specified name of the property translated to the language code available in the application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "language",
            "language_iso",
            "unit_of_measurement",
            "name",
            "additional_properties",
        )
    )

    def __init__(
        self,
        language: str | None | Unset = UNSET,
        language_iso: str | None | Unset = UNSET,
        unit_of_measurement: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "language": language,
            "languageISO": language_iso,
            "unitOfMeasurement": unit_of_measurement,
            "name": name,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.language = None if isinstance(language, Unset) else language
        self.language_iso = None if isinstance(language_iso, Unset) else language_iso
        self.unit_of_measurement = None if isinstance(unit_of_measurement, Unset) else unit_of_measurement
        self.name = None if isinstance(name, Unset) else name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.language_iso is not None or "languageISO" in sent:
            field_dict["languageISO"] = self.language_iso
        if self.unit_of_measurement is not None or "unitOfMeasurement" in sent:
            field_dict["unitOfMeasurement"] = self.unit_of_measurement
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is TranslationInvType else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.language,
            target.language_iso,
            target.unit_of_measurement,
            target.name,
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


_Twin = lazy_twin(TranslationInvType)
