from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "type": None,
    "dependency": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "dependency",
)

T = TypeVar("T", bound="WorkSkillConditionDependenciesItem")


@_attrs_define(repr=False, init=False)
class WorkSkillConditionDependenciesItem:
    type_: str | None
    """ The type of the dependency. Allowed values: `selected`, `notSelected`. """
    dependency: list[WorkSkillConditionDependenciesItemDependencyItem] | None
    """ The array of objects containing the internal ID fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        type_: Literal["selected", "notSelected"] | None | Unset = UNSET,
        dependency: list[WorkSkillConditionDependenciesItemDependencyItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "dependency": dependency,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.dependency = None if isinstance(dependency, Unset) else dependency
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.dependency is not None or "dependency" in sent:
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
        work_skill_condition_dependencies_item = cls.__new__(cls)
        work_skill_condition_dependencies_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            work_skill_condition_dependencies_item.type_,
            work_skill_condition_dependencies_item.dependency,
        ) = _read_fields(d)
        _value = work_skill_condition_dependencies_item.dependency
        work_skill_condition_dependencies_item.dependency = (
            [
                WorkSkillConditionDependenciesItemDependencyItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        work_skill_condition_dependencies_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
