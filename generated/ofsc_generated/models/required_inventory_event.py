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
    "requiredInventoryChanges": None,
    "requiredInventoryDetails": None,
    "activityDetails": None,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "requiredInventoryChanges",
    "requiredInventoryDetails",
    "activityDetails",
)

T = TypeVar("T", bound="RequiredInventoryEvent")


@_attrs_define(repr=False, init=False)
class RequiredInventoryEvent:
    """Required Inventory Event"""

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
    required_inventory_changes: str | None
    """ Required Inventory Changes """
    required_inventory_details: str | None
    """ Required Inventory Details """
    activity_details: ActivityDetails | None
    """ The object containing the activity details. """
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
        required_inventory_changes: str | None | Unset = UNSET,
        required_inventory_details: str | None | Unset = UNSET,
        activity_details: ActivityDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "eventType": event_type,
            "user": user,
            "time": time,
            "requiredInventoryChanges": required_inventory_changes,
            "requiredInventoryDetails": required_inventory_details,
            "activityDetails": activity_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.event_type = None if isinstance(event_type, Unset) else event_type
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.required_inventory_changes = (
            None if isinstance(required_inventory_changes, Unset) else required_inventory_changes
        )
        self.required_inventory_details = (
            None if isinstance(required_inventory_details, Unset) else required_inventory_details
        )
        self.activity_details = None if isinstance(activity_details, Unset) else activity_details
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
        if self.required_inventory_changes is not None or "requiredInventoryChanges" in sent:
            field_dict["requiredInventoryChanges"] = self.required_inventory_changes
        if self.required_inventory_details is not None or "requiredInventoryDetails" in sent:
            field_dict["requiredInventoryDetails"] = self.required_inventory_details
        if self.activity_details is not None or "activityDetails" in sent:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, ActivityDetails)
                else self.activity_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        required_inventory_event = cls.__new__(cls)
        required_inventory_event._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            required_inventory_event.event_type,
            required_inventory_event.user,
            required_inventory_event.time,
            required_inventory_event.required_inventory_changes,
            required_inventory_event.required_inventory_details,
            required_inventory_event.activity_details,
        ) = _read_fields(d)
        _value = required_inventory_event.activity_details
        required_inventory_event.activity_details = (
            ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        required_inventory_event.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return required_inventory_event

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
from ..models.activity_details import ActivityDetails  # noqa: E402
