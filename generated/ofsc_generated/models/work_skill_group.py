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
    "label": UNSET,
    "name": UNSET,
    "assignToResource": UNSET,
    "addToCapacityCategory": UNSET,
    "active": UNSET,
    "workSkills": UNSET,
    "translations": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "assignToResource",
    "addToCapacityCategory",
    "active",
    "workSkills",
    "translations",
)

T = TypeVar("T", bound="WorkSkillGroup")


@_attrs_define(repr=False)
class WorkSkillGroup:
    label: None | str | Unset = UNSET
    """ The label of the work skill group. """
    name: None | str | Unset = UNSET
    """ The name of the work skill group in the user's language. """
    assign_to_resource: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the work skill group is assigned to the resource. By default, it is true.

    Note: This field is present for all work skill groups. """
    add_to_capacity_category: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the work skill group is added to the capacity category. By default, it is true.

    Note: This field is present for all work skill groups. """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the work skill group is active. If false, then the work skill group is inactive. By default, it is
    true.

    Note: It is present for all work skill groups. """
    work_skills: list[WorkSkillGroupWorkSkillsItem] | Unset = UNSET
    """ The array of work skill objects associated with the work skill group. """
    translations: list[Translation] | None | Unset = UNSET
    """ The array of translation objects associated with the work skill group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.assign_to_resource is not UNSET:
            field_dict["assignToResource"] = self.assign_to_resource
        if self.add_to_capacity_category is not UNSET:
            field_dict["addToCapacityCategory"] = self.add_to_capacity_category
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.work_skills is not UNSET:
            field_dict["workSkills"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillGroupWorkSkillsItem) else item0
                    for item0 in self.work_skills
                ]
                if isinstance(self.work_skills, list)
                else self.work_skills
            )
        if self.translations is not UNSET:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_skill_group = cls(*_read_fields(d))
        _value = work_skill_group.work_skills
        work_skill_group.work_skills = (
            [WorkSkillGroupWorkSkillsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = work_skill_group.translations
        work_skill_group.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            work_skill_group.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_skill_group

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
from ..models.translation import Translation  # noqa: E402
from ..models.work_skill_group_work_skills_item import WorkSkillGroupWorkSkillsItem  # noqa: E402
