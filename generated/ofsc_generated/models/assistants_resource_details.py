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
    "resourceId": UNSET,
    "resourceInternalId": UNSET,
    "workSkill": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "resourceInternalId",
    "workSkill",
)

T = TypeVar("T", bound="AssistantsResourceDetails")


@_attrs_define(repr=False)
class AssistantsResourceDetails:
    """The values of resource fields related to the assistant."""

    resource_id: None | str | Unset = UNSET
    """ The resource identifier. It is not returned if it is empty string, in which case the additional identifier
    "resourceInternalId" is returned. """
    resource_internal_id: int | None | Unset = UNSET
    """ Internal identifier of the resource in OFS. It is returned if the resourceId is empty and absent in the
    response. """
    work_skill: AssistantsResourceDetailsWorkSkill | Unset = UNSET
    """ Information about resource work skills actual for the date. Only directly configured work skills for the
    resource are returned (no shared, no all work skills if nothing is configured). Work skills are returned
    regardless of the company configuration (if the work skill support is enabled or not). This information is
    returned if the "expand" query parameter contains "workSkills" value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.resource_internal_id is not UNSET:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.work_skill is not UNSET:
            field_dict["workSkill"] = (
                self.work_skill.to_dict()
                if isinstance(self.work_skill, AssistantsResourceDetailsWorkSkill)
                else self.work_skill
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        assistants_resource_details = cls(*_read_fields(d))
        _value = assistants_resource_details.work_skill
        assistants_resource_details.work_skill = (
            AssistantsResourceDetailsWorkSkill.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            assistants_resource_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return assistants_resource_details

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
from ..models.assistants_resource_details_work_skill import AssistantsResourceDetailsWorkSkill  # noqa: E402
