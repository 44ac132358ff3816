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
    "visibilities": UNSET,
    "valuesVisibility": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "visibilities",
    "valuesVisibility",
)

T = TypeVar("T", bound="ApplicationApiAccessContext")


@_attrs_define(repr=False)
class ApplicationApiAccessContext:
    label: None | str | Unset = UNSET
    """ The label of the activity property. """
    visibilities: list[ApplicationApiAccessContextVisibilitiesItem] | Unset = UNSET
    """ The visibility settings for each field. """
    values_visibility: list[ApplicationApiAccessContextValuesVisibilityItem] | Unset = UNSET
    """ The visibility settings for each property. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.visibilities is not UNSET:
            field_dict["visibilities"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextVisibilitiesItem) else item0
                    for item0 in self.visibilities
                ]
                if isinstance(self.visibilities, list)
                else self.visibilities
            )
        if self.values_visibility is not UNSET:
            field_dict["valuesVisibility"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextValuesVisibilityItem) else item0
                    for item0 in self.values_visibility
                ]
                if isinstance(self.values_visibility, list)
                else self.values_visibility
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        application_api_access_context = cls(*_read_fields(d))
        _value = application_api_access_context.visibilities
        application_api_access_context.visibilities = (
            [
                ApplicationApiAccessContextVisibilitiesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = application_api_access_context.values_visibility
        application_api_access_context.values_visibility = (
            [
                ApplicationApiAccessContextValuesVisibilityItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            application_api_access_context.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return application_api_access_context

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
from ..models.application_api_access_context_values_visibility_item import (
    ApplicationApiAccessContextValuesVisibilityItem,  # noqa: E402
)
from ..models.application_api_access_context_visibilities_item import ApplicationApiAccessContextVisibilitiesItem  # noqa: E402
