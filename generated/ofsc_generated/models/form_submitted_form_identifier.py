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
    "formSubmitId": None,
    "formLabel": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "formSubmitId",
    "formLabel",
)

T = TypeVar("T", bound="FormSubmittedFormIdentifier")


@_attrs_define(repr=False, init=False)
class FormSubmittedFormIdentifier:
    """Form identifier"""

    form_submit_id: int | None
    """ Form submit Id """
    form_label: str | None
    """ Form Label """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        form_submit_id: int | None | Unset = UNSET,
        form_label: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "formSubmitId": form_submit_id,
            "formLabel": form_label,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.form_submit_id = None if isinstance(form_submit_id, Unset) else form_submit_id
        self.form_label = None if isinstance(form_label, Unset) else form_label
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.form_submit_id is not None or "formSubmitId" in sent:
            field_dict["formSubmitId"] = self.form_submit_id
        if self.form_label is not None or "formLabel" in sent:
            field_dict["formLabel"] = self.form_label
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        form_submitted_form_identifier = cls.__new__(cls)
        form_submitted_form_identifier._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            form_submitted_form_identifier.form_submit_id,
            form_submitted_form_identifier.form_label,
        ) = _read_fields(d)
        form_submitted_form_identifier.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return form_submitted_form_identifier

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
