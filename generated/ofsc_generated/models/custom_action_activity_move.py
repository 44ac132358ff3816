from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "setDate": None,
    "setPositionInRoute": None,
    "setResource": None,
    "moveMultidayActivitySegments": None,
    "protectTimeDelivered": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "moveMultidayActivitySegments",
    "protectTimeDelivered",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CustomActionActivityMove")


@_attrs_define(repr=False, init=False)
class CustomActionActivityMove:
    """The schema of the request body object for this operation."""

    set_date: CustomActionActivityMoveSetDate | None
    """ The activity is scheduled to the date specified in the 'date' parameter only if this object is available.
    """
    set_position_in_route: SetPositionInRouteRequestField | None
    """ The value of this element determines the position of the activity in the route. If this element is present
    then activity will be put to specified position in route. The parameter is optional, if it is absent then the
    value "position: byServiceWindow" is used. """
    set_resource: CustomActionActivityMoveSetResource | None
    """ The activity is reassigned to the specified resource only if this object is available. """
    move_multiday_activity_segments: str | None
    """ The parameter is used to specify how a segmentable activity should be moved to another date:

    - onlyThisSegment(default): Move only this activity segment.
    - allSegmentsInRoute. Move all segments of this segmentable activity that are present in the same route
    (resource and date).
    - allFollowingSegments. Move this segment and all segments of this segmentable activity that follow it.

    This parameter is optional. It may be set only for multi-day activity segments. If it is not set, the default
    value is 'onlyThisSegment'. Allowed values: `onlyThisSegment`, `allSegmentsInRoute`, `allFollowingSegments`. """
    protect_time_delivered: bool | None
    """ Contains one of the following values: true or false. If true, then the operation fails with the HTTP status
    '409 Conflict' error in case if move result causes Communicated Window violation of any activity in the route.
    If false, then any Communicated Window violation is ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "move_multiday_activity_segments",
            "protect_time_delivered",
            "additional_properties",
        )
    )

    def __init__(
        self,
        set_date: CustomActionActivityMoveSetDate | None | Unset = UNSET,
        set_position_in_route: SetPositionInRouteRequestField | None | Unset = UNSET,
        set_resource: CustomActionActivityMoveSetResource | None | Unset = UNSET,
        move_multiday_activity_segments: Literal["onlyThisSegment", "allSegmentsInRoute", "allFollowingSegments"]
        | None
        | Unset = UNSET,
        protect_time_delivered: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "setDate": set_date,
            "setPositionInRoute": set_position_in_route,
            "setResource": set_resource,
            "moveMultidayActivitySegments": move_multiday_activity_segments,
            "protectTimeDelivered": protect_time_delivered,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.set_date = None if isinstance(set_date, Unset) else set_date
        self.set_position_in_route = None if isinstance(set_position_in_route, Unset) else set_position_in_route
        self.set_resource = None if isinstance(set_resource, Unset) else set_resource
        self.move_multiday_activity_segments = (
            None if isinstance(move_multiday_activity_segments, Unset) else move_multiday_activity_segments
        )
        self.protect_time_delivered = None if isinstance(protect_time_delivered, Unset) else protect_time_delivered
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.set_date is not None or "setDate" in sent:
            field_dict["setDate"] = (
                self.set_date.to_dict() if isinstance(self.set_date, CustomActionActivityMoveSetDate) else self.set_date
            )
        if self.set_position_in_route is not None or "setPositionInRoute" in sent:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(self.set_position_in_route, SetPositionInRouteRequestField)
                else self.set_position_in_route
            )
        if self.set_resource is not None or "setResource" in sent:
            field_dict["setResource"] = (
                self.set_resource.to_dict()
                if isinstance(self.set_resource, CustomActionActivityMoveSetResource)
                else self.set_resource
            )
        if self.move_multiday_activity_segments is not None or "moveMultidayActivitySegments" in sent:
            field_dict["moveMultidayActivitySegments"] = self.move_multiday_activity_segments
        if self.protect_time_delivered is not None or "protectTimeDelivered" in sent:
            field_dict["protectTimeDelivered"] = self.protect_time_delivered
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionActivityMove else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("setDate")
        _model.set_date = CustomActionActivityMoveSetDate.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setDate"] = _model.set_date
        _value = _src.get("setPositionInRoute")
        _model.set_position_in_route = (
            SetPositionInRouteRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setPositionInRoute"] = _model.set_position_in_route
        _value = _src.get("setResource")
        _model.set_resource = (
            CustomActionActivityMoveSetResource.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setResource"] = _model.set_resource
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.move_multiday_activity_segments,
            target.protect_time_delivered,
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


_Twin = lazy_twin(CustomActionActivityMove)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.custom_action_activity_move_set_date import CustomActionActivityMoveSetDate  # noqa: E402
from ..models.custom_action_activity_move_set_resource import CustomActionActivityMoveSetResource  # noqa: E402
from ..models.set_position_in_route_request_field import SetPositionInRouteRequestField  # noqa: E402
