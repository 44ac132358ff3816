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
    "resourceId": None,
    "resourceInternalId": None,
    "workSkills": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "resourceInternalId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="BulkUpdateWorkSkillsItem")


@_attrs_define(repr=False, init=False)
class BulkUpdateWorkSkillsItem:
    """An array of work skill objects. If the array is empty, then the currently assigned work skills are removed from the
    resource.

    """

    resource_id: str | None
    """ The identifier of the resource in the external system.

    Note: Only one of the following properties must be specified:

    - resourceId
    - resourceInternalId """
    resource_internal_id: int | None
    """ The unique identifier of the resource in Oracle Field Service.

    Note: Only one of the following properties must be specified:

    - resourceId
    - resourceInternalId """
    work_skills: list[ResourceWorkSkill] | None
    """ An array of work skill items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "resource_internal_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        resource_internal_id: int | None | Unset = UNSET,
        work_skills: list[ResourceWorkSkill] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceInternalId": resource_internal_id,
            "workSkills": work_skills,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.resource_internal_id = None if isinstance(resource_internal_id, Unset) else resource_internal_id
        self.work_skills = None if isinstance(work_skills, Unset) else work_skills
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.resource_internal_id is not None or "resourceInternalId" in sent:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.work_skills is not None or "workSkills" in sent:
            field_dict["workSkills"] = (
                [item0.to_dict() if isinstance(item0, ResourceWorkSkill) else item0 for item0 in self.work_skills]
                if isinstance(self.work_skills, list)
                else self.work_skills
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BulkUpdateWorkSkillsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workSkills")
        _model.work_skills = (
            [ResourceWorkSkill.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkills"] = _model.work_skills
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.resource_internal_id,
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


_Twin = lazy_twin(BulkUpdateWorkSkillsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.resource_work_skill import ResourceWorkSkill  # noqa: E402
