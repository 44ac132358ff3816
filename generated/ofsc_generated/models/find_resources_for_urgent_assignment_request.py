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
    "activity": None,
    "radius": None,
    "resourceFields": None,
    "parentResources": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "radius",
    "resourceFields",
    "parentResources",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="FindResourcesForUrgentAssignmentRequest")


@_attrs_define(repr=False, init=False)
class FindResourcesForUrgentAssignmentRequest:
    """The schema of the request body object for this operation."""

    activity: ActivityFMR | None
    """ The properties of the new activity. """
    radius: int | None
    """ The radius of area (in meters) where the search is performed.

    If the value is not specified in the request, then it defaults to 100000 meters. """
    resource_fields: list[str] | None
    """ The resource fields to be returned in the response.

    If this parameter is not specified in the request, then the default resource fields, 'resourceId',
    'resourceInternalId', 'name', 'resourceType' are returned.

    Using this parameter, it is possible to specify the list of fields that are needed for the integration flow to
    increase the performance and reduce the traffic.

    When the resource fields are specified, only the 'resourceId' field and the requested fields are returned.

    If incorrect resource fields are specified, then the 400 error code is returned. """
    parent_resources: list[str] | None
    """ The list of identifiers of the parent resources.

    If this parameter is specified, then the operation evaluates only the children of the specified resources and
    their descendants. If this parameter is not specified, then all resources are evaluated and returned in the
    response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "radius",
            "resource_fields",
            "parent_resources",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity: ActivityFMR | None | Unset = UNSET,
        radius: int | None | Unset = UNSET,
        resource_fields: list[str] | None | Unset = UNSET,
        parent_resources: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activity": activity,
            "radius": radius,
            "resourceFields": resource_fields,
            "parentResources": parent_resources,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity = None if isinstance(activity, Unset) else activity
        self.radius = None if isinstance(radius, Unset) else radius
        self.resource_fields = None if isinstance(resource_fields, Unset) else resource_fields
        self.parent_resources = None if isinstance(parent_resources, Unset) else parent_resources
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity is not None or "activity" in sent:
            field_dict["activity"] = (
                self.activity.to_dict() if isinstance(self.activity, ActivityFMR) else self.activity
            )
        if self.radius is not None or "radius" in sent:
            field_dict["radius"] = self.radius
        if self.resource_fields is not None or "resourceFields" in sent:
            field_dict["resourceFields"] = self.resource_fields
        if self.parent_resources is not None or "parentResources" in sent:
            field_dict["parentResources"] = self.parent_resources
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FindResourcesForUrgentAssignmentRequest else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("activity")
        _model.activity = ActivityFMR.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activity"] = _model.activity
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.radius,
            target.resource_fields,
            target.parent_resources,
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


_Twin = lazy_twin(FindResourcesForUrgentAssignmentRequest)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_fmr import ActivityFMR  # noqa: E402
