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
    "label": None,
    "name": None,
    "active": None,
    "workSkills": None,
    "workSkillGroups": None,
    "timeSlots": None,
    "translations": None,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "active",
    "workSkills",
    "workSkillGroups",
    "timeSlots",
    "translations",
)

T = TypeVar("T", bound="CapacityCategory")


@_attrs_define(repr=False, init=False)
class CapacityCategory:
    label: str | None
    """ The label of the capacity category. The label is returned by the GET operation and is ignored in the PUT
    operation. """
    name: str | None
    """ The name of the capacity category in the user's language. The name is returned by the GET operation and is
    ignored in the PUT operation. """
    active: bool | None
    """ Contains one of the following values: true or false.

    If true, then the active capacity categories are returned. If false, then the inactive capacity categories are
    returned. The default value is true. """
    work_skills: list[CapacityCategoryWorkSkillsItem] | None
    """ The array of work skill objects. It is optional for the PUT operation. """
    work_skill_groups: list[CapacityCategoryWorkSkillGroupsItem] | None
    """ The array of work skill group objects. It is optional for the PUT operation. """
    time_slots: list[CapacityCategoryTimeSlotsItem] | None
    """ The array of time slots objects. It is optional for the PUT operation. """
    translations: list[Translation] | None
    """ The list of translations associated with the name of the capacity category.

    - The translations parameter is required in the PUT method for creating a capacity category, but the parameter
    is optional for updating a capacity category.
    - If the parameter is not specified, then the translations in the response are not changed.
    - The translation for the 'name' attribute must not be empty atleast for the default language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        work_skills: list[CapacityCategoryWorkSkillsItem] | None | Unset = UNSET,
        work_skill_groups: list[CapacityCategoryWorkSkillGroupsItem] | None | Unset = UNSET,
        time_slots: list[CapacityCategoryTimeSlotsItem] | None | Unset = UNSET,
        translations: list[Translation] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "active": active,
            "workSkills": work_skills,
            "workSkillGroups": work_skill_groups,
            "timeSlots": time_slots,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.active = None if isinstance(active, Unset) else active
        self.work_skills = None if isinstance(work_skills, Unset) else work_skills
        self.work_skill_groups = None if isinstance(work_skill_groups, Unset) else work_skill_groups
        self.time_slots = None if isinstance(time_slots, Unset) else time_slots
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.work_skills is not None or "workSkills" in sent:
            field_dict["workSkills"] = (
                [
                    item0.to_dict() if isinstance(item0, CapacityCategoryWorkSkillsItem) else item0
                    for item0 in self.work_skills
                ]
                if isinstance(self.work_skills, list)
                else self.work_skills
            )
        if self.work_skill_groups is not None or "workSkillGroups" in sent:
            field_dict["workSkillGroups"] = (
                [
                    item0.to_dict() if isinstance(item0, CapacityCategoryWorkSkillGroupsItem) else item0
                    for item0 in self.work_skill_groups
                ]
                if isinstance(self.work_skill_groups, list)
                else self.work_skill_groups
            )
        if self.time_slots is not None or "timeSlots" in sent:
            field_dict["timeSlots"] = (
                [
                    item0.to_dict() if isinstance(item0, CapacityCategoryTimeSlotsItem) else item0
                    for item0 in self.time_slots
                ]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        if self.translations is not None or "translations" in sent:
            field_dict["translations"] = (
                [item0.to_dict() if isinstance(item0, Translation) else item0 for item0 in self.translations]
                if isinstance(self.translations, list)
                else self.translations
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        capacity_category = cls.__new__(cls)
        capacity_category._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            capacity_category.label,
            capacity_category.name,
            capacity_category.active,
            capacity_category.work_skills,
            capacity_category.work_skill_groups,
            capacity_category.time_slots,
            capacity_category.translations,
        ) = _read_fields(d)
        _value = capacity_category.work_skills
        capacity_category.work_skills = (
            [CapacityCategoryWorkSkillsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = capacity_category.work_skill_groups
        capacity_category.work_skill_groups = (
            [
                CapacityCategoryWorkSkillGroupsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = capacity_category.time_slots
        capacity_category.time_slots = (
            [CapacityCategoryTimeSlotsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = capacity_category.translations
        capacity_category.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        capacity_category.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return capacity_category

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
from ..models.capacity_category_time_slots_item import CapacityCategoryTimeSlotsItem  # noqa: E402
from ..models.capacity_category_work_skill_groups_item import CapacityCategoryWorkSkillGroupsItem  # noqa: E402
from ..models.capacity_category_work_skills_item import CapacityCategoryWorkSkillsItem  # noqa: E402
from ..models.translation import Translation  # noqa: E402
