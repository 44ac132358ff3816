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
    "resourceDetails": None,
    "teamWorkActivities": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceDetails",
    "teamWorkActivities",
)

T = TypeVar("T", bound="Assistants")


@_attrs_define(repr=False, init=False)
class Assistants:
    """List of assistants."""

    resource_details: AssistantsResourceDetails | None
    """ The values of resource fields related to the assistant. """
    team_work_activities: Any | None
    """ List of teamwork activities for the date which link the assistant to the team holder. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource_details: AssistantsResourceDetails | None | Unset = UNSET,
        team_work_activities: Any | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceDetails": resource_details,
            "teamWorkActivities": team_work_activities,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_details = None if isinstance(resource_details, Unset) else resource_details
        self.team_work_activities = None if isinstance(team_work_activities, Unset) else team_work_activities
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_details is not None or "resourceDetails" in sent:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, AssistantsResourceDetails)
                else self.resource_details
            )
        if self.team_work_activities is not None or "teamWorkActivities" in sent:
            field_dict["teamWorkActivities"] = self.team_work_activities
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        assistants = cls.__new__(cls)
        assistants._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            assistants.resource_details,
            assistants.team_work_activities,
        ) = _read_fields(d)
        _value = assistants.resource_details
        assistants.resource_details = (
            AssistantsResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        assistants.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return assistants

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
from ..models.assistants_resource_details import AssistantsResourceDetails  # noqa: E402
