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
    "resourceId": None,
    "time": None,
    "lat": None,
    "lng": None,
    "dis": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "time",
    "lat",
    "lng",
    "dis",
)

T = TypeVar("T", bound="ResourcesInAreaResponseResource")


@_attrs_define(repr=False, init=False)
class ResourcesInAreaResponseResource:
    """The resource present within the specified radius and/or time duration."""

    resource_id: str | None
    """ The external identifier of the resource. """
    time: str | None
    """ The date in the internet Date-Time format. For example, 2016-09-20T11:37:29Z. """
    lat: float | None
    """ The latitude coordinate of the resource position. A maximum of five digits after the decimal point are
    returned. """
    lng: float | None
    """ The longitude coordinate of the resource position. A maximum of five digits after the decimal point are
    returned. """
    dis: float | None
    """ The distance (in meters) of the resource from the center point of the area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        lat: float | None | Unset = UNSET,
        lng: float | None | Unset = UNSET,
        dis: float | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "time": time,
            "lat": lat,
            "lng": lng,
            "dis": dis,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.time = None if isinstance(time, Unset) else time
        self.lat = None if isinstance(lat, Unset) else lat
        self.lng = None if isinstance(lng, Unset) else lng
        self.dis = None if isinstance(dis, Unset) else dis
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.lat is not None or "lat" in sent:
            field_dict["lat"] = self.lat
        if self.lng is not None or "lng" in sent:
            field_dict["lng"] = self.lng
        if self.dis is not None or "dis" in sent:
            field_dict["dis"] = self.dis
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resources_in_area_response_resource = cls.__new__(cls)
        resources_in_area_response_resource._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resources_in_area_response_resource.resource_id,
            resources_in_area_response_resource.time,
            resources_in_area_response_resource.lat,
            resources_in_area_response_resource.lng,
            resources_in_area_response_resource.dis,
        ) = _read_fields(d)
        resources_in_area_response_resource.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return resources_in_area_response_resource

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
