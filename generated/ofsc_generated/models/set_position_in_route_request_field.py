from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "position": None,
    "activityId": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "position",
    "activityId",
)

T = TypeVar("T", bound="SetPositionInRouteRequestField")


@_attrs_define(repr=False, init=False)
class SetPositionInRouteRequestField:
    """The value of this element determines the position of the activity in the route. If this element is present then
    activity will be put to specified position in route. The parameter is optional, if it is absent then the value
    "position: byServiceWindow" is used.

    """

    position: str | None
    """ The position of the activity in the route. Allowed values: `first`, `last`, `notOrdered`, `byServiceWindow`,
    `afterActivity`. """
    activity_id: int | None
    """ The unique identifier of some pending ordered activity in the target route. It is used along with the
    'afterActivity' value of the 'position' parameter so that to put one activity in the position after another. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        position: Literal["first", "last", "notOrdered", "byServiceWindow", "afterActivity"] | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "position": position,
            "activityId": activity_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.position = None if isinstance(position, Unset) else position
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.position is not None or "position" in sent:
            field_dict["position"] = self.position
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_position_in_route_request_field = cls.__new__(cls)
        set_position_in_route_request_field._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            set_position_in_route_request_field.position,
            set_position_in_route_request_field.activity_id,
        ) = _read_fields(d)
        set_position_in_route_request_field.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return set_position_in_route_request_field

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
