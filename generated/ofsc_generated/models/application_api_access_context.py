from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "visibilities": None,
    "valuesVisibility": None,
}
_N_FIELDS = 3
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="ApplicationApiAccessContext")


@_attrs_define(repr=False, init=False)
class ApplicationApiAccessContext:
    label: str | None
    """ The label of the activity property. """
    visibilities: list[ApplicationApiAccessContextVisibilitiesItem] | None
    """ The visibility settings for each field. """
    values_visibility: list[ApplicationApiAccessContextValuesVisibilityItem] | None
    """ The visibility settings for each property. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        visibilities: list[ApplicationApiAccessContextVisibilitiesItem] | None | Unset = UNSET,
        values_visibility: list[ApplicationApiAccessContextValuesVisibilityItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "visibilities": visibilities,
            "valuesVisibility": values_visibility,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.visibilities = None if isinstance(visibilities, Unset) else visibilities
        self.values_visibility = None if isinstance(values_visibility, Unset) else values_visibility
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.visibilities is not None or "visibilities" in sent:
            field_dict["visibilities"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextVisibilitiesItem) else item0
                    for item0 in self.visibilities
                ]
                if isinstance(self.visibilities, list)
                else self.visibilities
            )
        if self.values_visibility is not None or "valuesVisibility" in sent:
            field_dict["valuesVisibility"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextValuesVisibilityItem) else item0
                    for item0 in self.values_visibility
                ]
                if isinstance(self.values_visibility, list)
                else self.values_visibility
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ApplicationApiAccessContext else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("visibilities")
        _model.visibilities = (
            [
                ApplicationApiAccessContextVisibilitiesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["visibilities"] = _model.visibilities
        _value = _src.get("valuesVisibility")
        _model.values_visibility = (
            [
                ApplicationApiAccessContextValuesVisibilityItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["valuesVisibility"] = _model.values_visibility
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        target.label = d["label"]
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


_Twin = lazy_twin(ApplicationApiAccessContext)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.application_api_access_context_values_visibility_item import (
    ApplicationApiAccessContextValuesVisibilityItem,  # noqa: E402
)
from ..models.application_api_access_context_visibilities_item import ApplicationApiAccessContextVisibilitiesItem  # noqa: E402
