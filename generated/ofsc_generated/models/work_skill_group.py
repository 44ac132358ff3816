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
    "assignToResource": None,
    "addToCapacityCategory": None,
    "active": None,
    "workSkills": None,
    "translations": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "assignToResource",
    "addToCapacityCategory",
    "active",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="WorkSkillGroup")


@_attrs_define(repr=False, init=False)
class WorkSkillGroup:
    label: str | None
    """ The label of the work skill group. """
    name: str | None
    """ The name of the work skill group in the user's language. """
    assign_to_resource: bool | None
    """ Contains one of the following values: true or false.

    If true, then the work skill group is assigned to the resource. By default, it is true.

    Note: This field is present for all work skill groups. """
    add_to_capacity_category: bool | None
    """ Contains one of the following values: true or false.

    If true, then the work skill group is added to the capacity category. By default, it is true.

    Note: This field is present for all work skill groups. """
    active: bool | None
    """ Contains one of the following values: true or false.

    If true, then the work skill group is active. If false, then the work skill group is inactive. By default, it is
    true.

    Note: It is present for all work skill groups. """
    work_skills: list[WorkSkillGroupWorkSkillsItem] | None
    """ The array of work skill objects associated with the work skill group. """
    translations: list[Translation] | None
    """ The array of translation objects associated with the work skill group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "assign_to_resource",
            "add_to_capacity_category",
            "active",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        assign_to_resource: bool | None | Unset = UNSET,
        add_to_capacity_category: bool | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        work_skills: list[WorkSkillGroupWorkSkillsItem] | None | Unset = UNSET,
        translations: list[Translation] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "assignToResource": assign_to_resource,
            "addToCapacityCategory": add_to_capacity_category,
            "active": active,
            "workSkills": work_skills,
            "translations": translations,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.assign_to_resource = None if isinstance(assign_to_resource, Unset) else assign_to_resource
        self.add_to_capacity_category = (
            None if isinstance(add_to_capacity_category, Unset) else add_to_capacity_category
        )
        self.active = None if isinstance(active, Unset) else active
        self.work_skills = None if isinstance(work_skills, Unset) else work_skills
        self.translations = None if isinstance(translations, Unset) else translations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.assign_to_resource is not None or "assignToResource" in sent:
            field_dict["assignToResource"] = self.assign_to_resource
        if self.add_to_capacity_category is not None or "addToCapacityCategory" in sent:
            field_dict["addToCapacityCategory"] = self.add_to_capacity_category
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.work_skills is not None or "workSkills" in sent:
            field_dict["workSkills"] = (
                [
                    item0.to_dict() if isinstance(item0, WorkSkillGroupWorkSkillsItem) else item0
                    for item0 in self.work_skills
                ]
                if isinstance(self.work_skills, list)
                else self.work_skills
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
        _model = cls.__new__(_Twin if cls is WorkSkillGroup else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workSkills")
        _model.work_skills = (
            [WorkSkillGroupWorkSkillsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkills"] = _model.work_skills
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
            target.assign_to_resource,
            target.add_to_capacity_category,
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


_Twin = lazy_twin(WorkSkillGroup)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.translation import Translation  # noqa: E402
from ..models.work_skill_group_work_skills_item import WorkSkillGroupWorkSkillsItem  # noqa: E402
