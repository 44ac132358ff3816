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
    "formSubmitId": None,
    "formLabel": None,
}
_N_FIELDS = 2
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "formSubmitId",
    "formLabel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="SubmittedFormFormIdentifier")


@_attrs_define(repr=False, init=False)
class SubmittedFormFormIdentifier:
    """Label of the form and unique id of the submitted form."""

    form_submit_id: int | None
    """ Unique id of the submitted form """
    form_label: str | None
    """ The label of the submitted form """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "form_submit_id",
            "form_label",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SubmittedFormFormIdentifier else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.form_submit_id,
            target.form_label,
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


_Twin = lazy_twin(SubmittedFormFormIdentifier)
