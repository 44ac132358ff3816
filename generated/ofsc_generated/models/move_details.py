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
    "moveReason": UNSET,
    "workZoneMismatch": UNSET,
    "workSkillMismatch": UNSET,
    "moveCondition": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "moveReason",
    "workZoneMismatch",
    "workSkillMismatch",
    "moveCondition",
)

T = TypeVar("T", bound="MoveDetails")


@_attrs_define(repr=False)
class MoveDetails:
    """The object containing the move details."""

    move_reason: None | str | Unset = UNSET
    """ The unique identifier of the move reason. """
    work_zone_mismatch: bool | None | Unset = UNSET
    """ Status of Work Zone Mismatch violation. """
    work_skill_mismatch: bool | None | Unset = UNSET
    """ Status of Work Skill Mismatch violation. """
    move_condition: None | str | Unset = UNSET
    """ Name of move reason condition of the move action. Allowed values: `bucketToResource`, `resourceToResource`,
    `resourceToBucket`, `bucketToBucket`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.move_reason is not UNSET:
            field_dict["moveReason"] = self.move_reason
        if self.work_zone_mismatch is not UNSET:
            field_dict["workZoneMismatch"] = self.work_zone_mismatch
        if self.work_skill_mismatch is not UNSET:
            field_dict["workSkillMismatch"] = self.work_skill_mismatch
        if self.move_condition is not UNSET:
            field_dict["moveCondition"] = self.move_condition
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        move_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            move_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return move_details

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
