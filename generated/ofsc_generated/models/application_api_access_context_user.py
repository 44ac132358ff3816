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
    "visibilities": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "visibilities",
)

T = TypeVar("T", bound="ApplicationApiAccessContextUser")


@_attrs_define(repr=False, init=False)
class ApplicationApiAccessContextUser:
    label: str | None
    """ The label of the user property. """
    visibilities: list[ApplicationApiAccessContextUserVisibilitiesItem] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        visibilities: list[ApplicationApiAccessContextUserVisibilitiesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "visibilities": visibilities,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.visibilities = None if isinstance(visibilities, Unset) else visibilities
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.visibilities is not None or "visibilities" in sent:
            field_dict["visibilities"] = (
                [
                    item0.to_dict() if isinstance(item0, ApplicationApiAccessContextUserVisibilitiesItem) else item0
                    for item0 in self.visibilities
                ]
                if isinstance(self.visibilities, list)
                else self.visibilities
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        application_api_access_context_user = cls.__new__(cls)
        application_api_access_context_user._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            application_api_access_context_user.label,
            application_api_access_context_user.visibilities,
        ) = _read_fields(d)
        _value = application_api_access_context_user.visibilities
        application_api_access_context_user.visibilities = (
            [
                ApplicationApiAccessContextUserVisibilitiesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        application_api_access_context_user.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return application_api_access_context_user

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
from ..models.application_api_access_context_user_visibilities_item import (
    ApplicationApiAccessContextUserVisibilitiesItem,  # noqa: E402
)
