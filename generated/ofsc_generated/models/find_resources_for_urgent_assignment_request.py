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
    "activity": UNSET,
    "radius": UNSET,
    "resourceFields": UNSET,
    "parentResources": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activity",
    "radius",
    "resourceFields",
    "parentResources",
)

T = TypeVar("T", bound="FindResourcesForUrgentAssignmentRequest")


@_attrs_define(repr=False)
class FindResourcesForUrgentAssignmentRequest:
    """The schema of the request body object for this operation."""

    activity: ActivityFMR | Unset = UNSET
    """ The properties of the new activity. """
    radius: int | None | Unset = UNSET
    """ The radius of area (in meters) where the search is performed.

    If the value is not specified in the request, then it defaults to 100000 meters. """
    resource_fields: list[str] | None | Unset = UNSET
    """ The resource fields to be returned in the response.

    If this parameter is not specified in the request, then the default resource fields, 'resourceId',
    'resourceInternalId', 'name', 'resourceType' are returned.

    Using this parameter, it is possible to specify the list of fields that are needed for the integration flow to
    increase the performance and reduce the traffic.

    When the resource fields are specified, only the 'resourceId' field and the requested fields are returned.

    If incorrect resource fields are specified, then the 400 error code is returned. """
    parent_resources: list[str] | None | Unset = UNSET
    """ The list of identifiers of the parent resources.

    If this parameter is specified, then the operation evaluates only the children of the specified resources and
    their descendants. If this parameter is not specified, then all resources are evaluated and returned in the
    response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity is not UNSET:
            field_dict["activity"] = (
                self.activity.to_dict() if isinstance(self.activity, ActivityFMR) else self.activity
            )
        if self.radius is not UNSET:
            field_dict["radius"] = self.radius
        if self.resource_fields is not UNSET:
            field_dict["resourceFields"] = self.resource_fields
        if self.parent_resources is not UNSET:
            field_dict["parentResources"] = self.parent_resources
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_resources_for_urgent_assignment_request = cls(*_read_fields(d))
        _value = find_resources_for_urgent_assignment_request.activity
        find_resources_for_urgent_assignment_request.activity = (
            ActivityFMR.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            find_resources_for_urgent_assignment_request.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_resources_for_urgent_assignment_request

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
from ..models.activity_fmr import ActivityFMR  # noqa: E402
