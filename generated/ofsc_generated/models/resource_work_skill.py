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
    "workSkill": UNSET,
    "ratio": UNSET,
    "startDate": UNSET,
    "endDate": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "workSkill",
    "ratio",
    "startDate",
    "endDate",
)

T = TypeVar("T", bound="ResourceWorkSkill")


@_attrs_define(repr=False)
class ResourceWorkSkill:
    work_skill: None | str | Unset = UNSET
    """ The label of the work skill. """
    ratio: int | None | Unset = UNSET
    """ The skill level of the resource. """
    start_date: None | str | Unset = UNSET
    """ The date when the work skill takes effect. Specify the date in 'YYYY-MM-DD' format. """
    end_date: None | str | Unset = UNSET
    """ The date until when the work skill is effective. Specify the date in 'YYYY-MM-DD' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.work_skill is not UNSET:
            field_dict["workSkill"] = self.work_skill
        if self.ratio is not UNSET:
            field_dict["ratio"] = self.ratio
        if self.start_date is not UNSET:
            field_dict["startDate"] = self.start_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_work_skill = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_work_skill.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_work_skill

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
