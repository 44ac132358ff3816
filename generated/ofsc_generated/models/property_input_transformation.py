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
    "regExpLines": UNSET,
    "xslt": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "regExpLines",
    "xslt",
)

T = TypeVar("T", bound="PropertyInputTransformation")


@_attrs_define(repr=False)
class PropertyInputTransformation:
    """The array of transformation objects. This field is optional and is present only for the properties of type 'string'
    with the gui 'text'.

    """

    reg_exp_lines: list[str] | None | Unset = UNSET
    """ The array of Perl Compatible Regular Expression (PCRE) lines. Each line contains a regular expression rule
    in the format: <match criteria> = <replace>. For example, the following line copies the entire text: /^.*$/m =
    $0. Lines in the array are applied to the source text successively. """
    xslt: None | str | Unset = UNSET
    """ The XSLT document used to transform the source text (after processing with regExpLines) to display the
    property value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.reg_exp_lines is not UNSET:
            field_dict["regExpLines"] = self.reg_exp_lines
        if self.xslt is not UNSET:
            field_dict["xslt"] = self.xslt
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        property_input_transformation = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            property_input_transformation.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return property_input_transformation

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
