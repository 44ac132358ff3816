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
    "internalId": None,
    "label": None,
    "requiredLevel": None,
    "preferableLevel": None,
    "conditions": None,
    "dependencies": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "internalId",
    "label",
    "requiredLevel",
    "preferableLevel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "internal_id",
            "label",
            "required_level",
            "preferable_level",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WorkSkillCondition else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("conditions")
        _model.conditions = (
            [
                WorkSkillConditionConditionsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["conditions"] = _model.conditions
        _value = _src.get("dependencies")
        _model.dependencies = (
            [
                WorkSkillConditionDependenciesItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["dependencies"] = _model.dependencies
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.internal_id,
            target.label,
            target.required_level,
            target.preferable_level,
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


_Twin = lazy_twin(WorkSkillCondition)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.work_skill_condition_conditions_item import WorkSkillConditionConditionsItem  # noqa: E402
from ..models.work_skill_condition_dependencies_item import WorkSkillConditionDependenciesItem  # noqa: E402
