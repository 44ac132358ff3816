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
    "routeReactivationTime": UNSET,
    "items": UNSET,
    "routeStartTime": UNSET,
    "routeEndTime": UNSET,
    "totalResults": UNSET,
    "resourceId": UNSET,
    "offset": UNSET,
    "limit": UNSET,
    "date": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "routeReactivationTime",
    "items",
    "routeStartTime",
    "routeEndTime",
    "totalResults",
    "resourceId",
    "offset",
    "limit",
    "date",
)

T = TypeVar("T", bound="Route")


@_attrs_define(repr=False)
class Route:
    """The route of the specified resource."""

    route_reactivation_time: None | str | Unset = UNSET
    """ The reactivation time of the route. """
    items: list[ActivityItem] | None | Unset = UNSET
    """ The list of activity fields. """
    route_start_time: None | str | Unset = UNSET
    """ The start time of the route. """
    route_end_time: None | str | Unset = UNSET
    """ The end time of the route. """
    total_results: int | None | Unset = UNSET
    """ The total number of activities in the response. """
    resource_id: None | str | Unset = UNSET
    """ The resource ID specified in the request. """
    offset: int | None | Unset = UNSET
    """ The offset value specified in the request. """
    limit: int | None | Unset = UNSET
    """ The limit value specified in the request. If the value is not specified in the request or if the specified
    value is not accepted, then it defaults to 100. """
    date: None | str | Unset = UNSET
    """ The specified date of the route. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.route_reactivation_time is not UNSET:
            field_dict["routeReactivationTime"] = self.route_reactivation_time
        if self.items is not UNSET:
            field_dict["items"] = (
                [item0.to_dict() if isinstance(item0, ActivityItem) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        if self.route_start_time is not UNSET:
            field_dict["routeStartTime"] = self.route_start_time
        if self.route_end_time is not UNSET:
            field_dict["routeEndTime"] = self.route_end_time
        if self.total_results is not UNSET:
            field_dict["totalResults"] = self.total_results
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.offset is not UNSET:
            field_dict["offset"] = self.offset
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.date is not UNSET:
            field_dict["date"] = self.date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        route = cls(*_read_fields(d))
        _value = route.items
        route.items = (
            [ActivityItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            route.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return route

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
from ..models.activity_item import ActivityItem  # noqa: E402
