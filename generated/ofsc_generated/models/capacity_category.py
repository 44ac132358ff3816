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
    "label": None,
    "name": None,
    "active": None,
    "workSkills": None,
    "workSkillGroups": None,
    "timeSlots": None,
    "translations": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "active",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 5

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "active",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityCategory else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workSkills")
        _model.work_skills = (
            [CapacityCategoryWorkSkillsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkills"] = _model.work_skills
        _value = _src.get("workSkillGroups")
        _model.work_skill_groups = (
            [
                CapacityCategoryWorkSkillGroupsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkillGroups"] = _model.work_skill_groups
        _value = _src.get("timeSlots")
        _model.time_slots = (
            [CapacityCategoryTimeSlotsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlots"] = _model.time_slots
        _value = _src.get("translations")
        _model.translations = (
            [Translation.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["translations"] = _model.translations
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.active,
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


_Twin = lazy_twin(CapacityCategory)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_category_time_slots_item import CapacityCategoryTimeSlotsItem  # noqa: E402
from ..models.capacity_category_work_skill_groups_item import CapacityCategoryWorkSkillGroupsItem  # noqa: E402
from ..models.capacity_category_work_skills_item import CapacityCategoryWorkSkillsItem  # noqa: E402
from ..models.translation import Translation  # noqa: E402
