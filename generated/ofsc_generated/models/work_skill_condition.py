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
    "internalId": UNSET,
    "label": UNSET,
    "requiredLevel": UNSET,
    "preferableLevel": UNSET,
    "conditions": UNSET,
    "dependencies": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "internalId",
    "label",
    "requiredLevel",
    "preferableLevel",
    "conditions",
    "dependencies",
)

T = TypeVar("T", bound="WorkSkillCondition")


@_attrs_define(repr=False)
class WorkSkillCondition:
    internal_id: int | None | Unset = UNSET
    """ The unique identifier of a work skill condition item within the request. This value may be used for
    reference in the 'dependencies' array of another condition. The values of Id sent to Oracle Field Service does
    not necessarily match the obtained values in the GET operation. """
    label: None | str | Unset = UNSET
    """ The label of a work skill. This field is required for all conditions. """
    required_level: int | None | Unset = UNSET
    """ The required level of the work skill. This field is required for all conditions. """
    preferable_level: int | None | Unset = UNSET
    """ The preference level of the work skill. This field is required for all conditions. """
    conditions: list[WorkSkillConditionConditionsItem] | Unset = UNSET
    """ The array of condition objects. """
    dependencies: list[WorkSkillConditionDependenciesItem] | Unset = UNSET
    """ The array of dependency objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.internal_id is not UNSET:
            field_dict["internalId"] = self.internal_id
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.required_level is not UNSET:
            field_dict["requiredLevel"] = self.required_level
        if self.preferable_level is not UNSET:
            field_dict["preferableLevel"] = self.preferable_level
        if self.conditions is not UNSET:
            field_dict["conditions"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillConditionConditionsItem) else item0
                    for item0 in self.conditions
                ]
                if isinstance(self.conditions, list)
                else self.conditions
            )
        if self.dependencies is not UNSET:
            field_dict["dependencies"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillConditionDependenciesItem) else item0
                    for item0 in self.dependencies
                ]
                if isinstance(self.dependencies, list)
                else self.dependencies
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_skill_condition = cls(*_read_fields(d))
        _value = work_skill_condition.conditions
        work_skill_condition.conditions = (
            [
                WorkSkillConditionConditionsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = work_skill_condition.dependencies
        work_skill_condition.dependencies = (
            [
                WorkSkillConditionDependenciesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            work_skill_condition.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_skill_condition

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
from ..models.work_skill_condition_conditions_item import WorkSkillConditionConditionsItem  # noqa: E402
from ..models.work_skill_condition_dependencies_item import WorkSkillConditionDependenciesItem  # noqa: E402
