from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "time": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="DeactivateResourceRouteRequest")


@_attrs_define(repr=False, init=False)
class DeactivateResourceRouteRequest:
    time: str | None
    """ The time when the resource's route is deactivated. Specify the time in YYYY-MM-DD HH:MM:SS format and in the
    time zone of the resource to which the route is assigned. The default value is the current time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        time: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "time": time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time = None if isinstance(time, Unset) else time
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        deactivate_resource_route_request = cls.__new__(cls)
        deactivate_resource_route_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        deactivate_resource_route_request.time = d["time"]
        deactivate_resource_route_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return deactivate_resource_route_request

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
