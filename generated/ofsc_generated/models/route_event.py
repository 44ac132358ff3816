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
    "eventType": None,
    "user": None,
    "time": None,
    "routeDetails": None,
    "routeChanges": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "routeDetails",
    "routeChanges",
)

T = TypeVar("T", bound="RouteEvent")


@_attrs_define(repr=False, init=False)
class RouteEvent:
    """The object containing details of the route event."""

    event_type: str | None
    """ The type of the event. Allowed values: `activityCreated`, `activityUpdated`, `activityStarted`,
    `activityTravelStarted`, `activityTravelStopped`, `activitySuspended`, `activityCompleted`, `activityNotDone`,
    `activityCanceled`, `activityDeleted`, `activityDelayed`, `activityReopened`, `activityPreworkCreated`,
    `activityLinkCreated`, `activityLinkDeleted`, `resourcePreferenceCreated`, `resourcePreferenceDeleted`,
    `requiredInventoryCreated`, `requiredInventoryUpdated`, `requiredInventoryDeleted`, `inventoryInstalled`,
    `inventoryDeinstalled`, `customerInventoryCreated`, `customerInventoryUpdated`, `customerInventoryDeleted`,
    `inventoryUndoInstall`, `inventoryUndoDeinstall`, `activityMoved`, `routeCreated`, `routeUpdated`,
    `routeActivated`, `routeDeactivated`, `routeReactivated`, `customerRequestCreated`, `inventoryRequestCreated`,
    `resourceRequestCreated`, `chatUpdated`, `chatMessageSent`, `userUpdated`, `userCreated`, `userDeleted`,
    `resourceUpdated`, `resourceCreated`, `transactionUpdated`, `resourceInventoryCreated`,
    `resourceInventoryUpdated`, `resourceInventoryDeleted`, `routingRun`, `broadcastStatusUpdate`, `formSubmitted`.
    """
    user: str | None
    """ The login name of the user who performed the action that triggered the event.

    Note: Some actions are performed by the Oracle Field Service application. Therefore, the parameter is not
    returned, if the action is not performed by the user. """
    time: str | None
    """ The event time is in the UTC time zone and in the 'YYYY-MM-DD HH:MM:SS' format. """
    route_details: str | None
    """ The details of the route. """
    route_changes: RouteEventRouteChanges | None
    """ The object containing the route changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        event_type: Literal[
            "activityCreated",
            "activityUpdated",
            "activityStarted",
            "activityTravelStarted",
            "activityTravelStopped",
            "activitySuspended",
            "activityCompleted",
            "activityNotDone",
            "activityCanceled",
            "activityDeleted",
            "activityDelayed",
            "activityReopened",
            "activityPreworkCreated",
            "activityLinkCreated",
            "activityLinkDeleted",
            "resourcePreferenceCreated",
            "resourcePreferenceDeleted",
            "requiredInventoryCreated",
            "requiredInventoryUpdated",
            "requiredInventoryDeleted",
            "inventoryInstalled",
            "inventoryDeinstalled",
            "customerInventoryCreated",
            "customerInventoryUpdated",
            "customerInventoryDeleted",
            "inventoryUndoInstall",
            "inventoryUndoDeinstall",
            "activityMoved",
            "routeCreated",
            "routeUpdated",
            "routeActivated",
            "routeDeactivated",
            "routeReactivated",
            "customerRequestCreated",
            "inventoryRequestCreated",
            "resourceRequestCreated",
            "chatUpdated",
            "chatMessageSent",
            "userUpdated",
            "userCreated",
            "userDeleted",
            "resourceUpdated",
            "resourceCreated",
            "transactionUpdated",
            "resourceInventoryCreated",
            "resourceInventoryUpdated",
            "resourceInventoryDeleted",
            "routingRun",
            "broadcastStatusUpdate",
            "formSubmitted",
        ]
        | None
        | Unset = UNSET,
        user: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        route_details: str | None | Unset = UNSET,
        route_changes: RouteEventRouteChanges | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "eventType": event_type,
            "user": user,
            "time": time,
            "routeDetails": route_details,
            "routeChanges": route_changes,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.event_type = None if isinstance(event_type, Unset) else event_type
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.route_details = None if isinstance(route_details, Unset) else route_details
        self.route_changes = None if isinstance(route_changes, Unset) else route_changes
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.event_type is not None or "eventType" in sent:
            field_dict["eventType"] = self.event_type
        if self.user is not None or "user" in sent:
            field_dict["user"] = self.user
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.route_details is not None or "routeDetails" in sent:
            field_dict["routeDetails"] = self.route_details
        if self.route_changes is not None or "routeChanges" in sent:
            field_dict["routeChanges"] = (
                self.route_changes.to_dict()
                if isinstance(self.route_changes, RouteEventRouteChanges)
                else self.route_changes
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        route_event = cls.__new__(cls)
        route_event._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            route_event.event_type,
            route_event.user,
            route_event.time,
            route_event.route_details,
            route_event.route_changes,
        ) = _read_fields(d)
        _value = route_event.route_changes
        route_event.route_changes = RouteEventRouteChanges.from_dict(_value) if isinstance(_value, dict) else _value
        route_event.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return route_event

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
from ..models.route_event_route_changes import RouteEventRouteChanges  # noqa: E402
