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
    "internalId": None,
    "label": None,
    "requiredLevel": None,
    "preferableLevel": None,
    "conditions": None,
    "dependencies": None,
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


@_attrs_define(repr=False, init=False)
class WorkSkillCondition:
    internal_id: int | None
    """ The unique identifier of a work skill condition item within the request. This value may be used for
    reference in the 'dependencies' array of another condition. The values of Id sent to Oracle Field Service does
    not necessarily match the obtained values in the GET operation. """
    label: str | None
    """ The label of a work skill. This field is required for all conditions. """
    required_level: int | None
    """ The required level of the work skill. This field is required for all conditions. """
    preferable_level: int | None
    """ The preference level of the work skill. This field is required for all conditions. """
    conditions: list[WorkSkillConditionConditionsItem] | None
    """ The array of condition objects. """
    dependencies: list[WorkSkillConditionDependenciesItem] | None
    """ The array of dependency objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        internal_id: int | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        required_level: int | None | Unset = UNSET,
        preferable_level: int | None | Unset = UNSET,
        conditions: list[WorkSkillConditionConditionsItem] | None | Unset = UNSET,
        dependencies: list[WorkSkillConditionDependenciesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "internalId": internal_id,
            "label": label,
            "requiredLevel": required_level,
            "preferableLevel": preferable_level,
            "conditions": conditions,
            "dependencies": dependencies,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.internal_id = None if isinstance(internal_id, Unset) else internal_id
        self.label = None if isinstance(label, Unset) else label
        self.required_level = None if isinstance(required_level, Unset) else required_level
        self.preferable_level = None if isinstance(preferable_level, Unset) else preferable_level
        self.conditions = None if isinstance(conditions, Unset) else conditions
        self.dependencies = None if isinstance(dependencies, Unset) else dependencies
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.internal_id is not None or "internalId" in sent:
            field_dict["internalId"] = self.internal_id
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.required_level is not None or "requiredLevel" in sent:
            field_dict["requiredLevel"] = self.required_level
        if self.preferable_level is not None or "preferableLevel" in sent:
            field_dict["preferableLevel"] = self.preferable_level
        if self.conditions is not None or "conditions" in sent:
            field_dict["conditions"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillConditionConditionsItem) else item0
                    for item0 in self.conditions
                ]
                if isinstance(self.conditions, list)
                else self.conditions
            )
        if self.dependencies is not None or "dependencies" in sent:
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
        work_skill_condition = cls.__new__(cls)
        work_skill_condition._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            work_skill_condition.internal_id,
            work_skill_condition.label,
            work_skill_condition.required_level,
            work_skill_condition.preferable_level,
            work_skill_condition.conditions,
            work_skill_condition.dependencies,
        ) = _read_fields(d)
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
        work_skill_condition.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
