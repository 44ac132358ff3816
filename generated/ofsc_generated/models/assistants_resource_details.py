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
    "workSkill": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "resourceInternalId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="AssistantsResourceDetails")


@_attrs_define(repr=False, init=False)
class AssistantsResourceDetails:
    """The values of resource fields related to the assistant."""

    resource_id: str | None
    """ The resource identifier. It is not returned if it is empty string, in which case the additional identifier
    "resourceInternalId" is returned. """
    resource_internal_id: int | None
    """ Internal identifier of the resource in OFS. It is returned if the resourceId is empty and absent in the
    response. """
    work_skill: AssistantsResourceDetailsWorkSkill | None
    """ Information about resource work skills actual for the date. Only directly configured work skills for the
    resource are returned (no shared, no all work skills if nothing is configured). Work skills are returned
    regardless of the company configuration (if the work skill support is enabled or not). This information is
    returned if the "expand" query parameter contains "workSkills" value. """
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
        work_skill: AssistantsResourceDetailsWorkSkill | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "resourceInternalId": resource_internal_id,
            "workSkill": work_skill,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.resource_internal_id = None if isinstance(resource_internal_id, Unset) else resource_internal_id
        self.work_skill = None if isinstance(work_skill, Unset) else work_skill
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.resource_internal_id is not None or "resourceInternalId" in sent:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.work_skill is not None or "workSkill" in sent:
            field_dict["workSkill"] = (
                self.work_skill.to_dict()
                if isinstance(self.work_skill, AssistantsResourceDetailsWorkSkill)
                else self.work_skill
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is AssistantsResourceDetails else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workSkill")
        _model.work_skill = AssistantsResourceDetailsWorkSkill.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workSkill"] = _model.work_skill
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


_Twin = lazy_twin(AssistantsResourceDetails)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.assistants_resource_details_work_skill import AssistantsResourceDetailsWorkSkill  # noqa: E402
