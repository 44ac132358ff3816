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
    "type": UNSET,
    "dependency": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "dependency",
)

T = TypeVar("T", bound="WorkSkillConditionDependenciesItem")


@_attrs_define(repr=False)
class WorkSkillConditionDependenciesItem:
    type_: None | str | Unset = UNSET
    """ The type of the dependency. Allowed values: `selected`, `notSelected`. """
    dependency: list[WorkSkillConditionDependenciesItemDependencyItem] | Unset = UNSET
    """ The array of objects containing the internal ID fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.dependency is not UNSET:
            field_dict["dependency"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillConditionDependenciesItemDependencyItem) else item0
                    for item0 in self.dependency
                ]
                if isinstance(self.dependency, list)
                else self.dependency
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_skill_condition_dependencies_item = cls(*_read_fields(d))
        _value = work_skill_condition_dependencies_item.dependency
        work_skill_condition_dependencies_item.dependency = (
            [
                WorkSkillConditionDependenciesItemDependencyItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            work_skill_condition_dependencies_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_skill_condition_dependencies_item

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
from ..models.work_skill_condition_dependencies_item_dependency_item import (
    WorkSkillConditionDependenciesItemDependencyItem,  # noqa: E402
)
