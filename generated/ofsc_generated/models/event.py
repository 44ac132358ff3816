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
    "eventType": UNSET,
    "user": UNSET,
    "time": UNSET,
    "inventoryDetails": UNSET,
    "requestDetails": UNSET,
    "activityDetails": UNSET,
    "requestChanges": UNSET,
    "inventoryChanges": UNSET,
    "routeDetails": UNSET,
    "routeChanges": UNSET,
    "activityChanges": UNSET,
    "moveDetails": UNSET,
    "userDetails": UNSET,
    "userChanges": UNSET,
    "resourceDetails": UNSET,
    "resourceChanges": UNSET,
    "chat": UNSET,
    "participant": UNSET,
    "message": UNSET,
    "participants": UNSET,
    "statusChanges": UNSET,
    "activityLinkDetails": UNSET,
    "toActivityDetails": UNSET,
    "fromActivityDetails": UNSET,
    "resourcePreference": UNSET,
    "routingRunDetails": UNSET,
}
_N_FIELDS = 26
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "inventoryDetails",
    "requestDetails",
    "activityDetails",
    "requestChanges",
    "inventoryChanges",
    "routeDetails",
    "routeChanges",
    "activityChanges",
    "moveDetails",
    "userDetails",
    "userChanges",
    "resourceDetails",
    "resourceChanges",
    "chat",
    "participant",
    "message",
    "participants",
    "statusChanges",
    "activityLinkDetails",
    "toActivityDetails",
    "fromActivityDetails",
    "resourcePreference",
    "routingRunDetails",
)

T = TypeVar("T", bound="Event")


@_attrs_define(repr=False)
class Event:
    """The array of events."""

    event_type: str | Unset = UNSET
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
    user: None | str | Unset = UNSET
    """ The login name of the user who performed the action that triggered the event.

    Note: Some actions are performed by the Oracle Field Service application. Therefore, the parameter is not
    returned, if the action is not performed by the user. """
    time: None | str | Unset = UNSET
    """ The event time is in the UTC time zone and in the 'YYYY-MM-DD HH:MM:SS' format. """
    inventory_details: InventoryDetails | Unset = UNSET
    """ The object containing the inventory details. """
    request_details: str | Unset = UNSET
    """ The details of the request. """
    activity_details: ActivityDetails | Unset = UNSET
    """ The object containing the activity details. """
    request_changes: RequestEventRequestChanges | Unset = UNSET
    """ The object containing the request changes. """
    inventory_changes: InventoryEventInventoryChanges | Unset = UNSET
    """ The object containing the inventory changes. """
    route_details: str | Unset = UNSET
    """ The details of the route. """
    route_changes: RouteEventRouteChanges | Unset = UNSET
    """ The object containing the route changes. """
    activity_changes: ActivityChanges | Unset = UNSET
    """ The object containing the activity changes. """
    move_details: MoveDetails | Unset = UNSET
    """ The object containing the move details. """
    user_details: UserDetails | Unset = UNSET
    user_changes: UserResponse | Unset = UNSET
    resource_details: ResourceDetails | Unset = UNSET
    resource_changes: Resource | Unset = UNSET
    """ The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource. """
    chat: Chat | Unset = UNSET
    """ The object containing details about the chat. """
    participant: ChatParticipant | Unset = UNSET
    """ The participant object contains details about the participant. """
    message: ChatMessage | Unset = UNSET
    """ The object containing the details of a message. """
    participants: list[ParticipantInMessageSent] | None | Unset = UNSET
    """ A record containing the details of the participants in the chat or broadcast. This field is available only
    when the message is the first message of a chat or a broadcast. """
    status_changes: StatusChanges | Unset = UNSET
    """ A record containing an array of status update records. Each status update record is a map with the following
    fields """
    activity_link_details: str | Unset = UNSET
    """ The details of the activity link event. """
    to_activity_details: ActivityChanges | Unset = UNSET
    """ The object containing the activity changes. """
    from_activity_details: ActivityDetails | Unset = UNSET
    """ The object containing the activity details. """
    resource_preference: str | Unset = UNSET
    """ The resource preference defined for the activity. """
    routing_run_details: RoutingRunRoutingRunDetails | Unset = UNSET
    """ The object containing the routing run changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.event_type is not UNSET:
            field_dict["eventType"] = self.event_type
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.inventory_details is not UNSET:
            field_dict["inventoryDetails"] = (
                self.inventory_details.to_dict()
                if isinstance(self.inventory_details, InventoryDetails)
                else self.inventory_details
            )
        if self.request_details is not UNSET:
            field_dict["requestDetails"] = self.request_details
        if self.activity_details is not UNSET:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, ActivityDetails)
                else self.activity_details
            )
        if self.request_changes is not UNSET:
            field_dict["requestChanges"] = (
                self.request_changes.to_dict()
                if isinstance(self.request_changes, RequestEventRequestChanges)
                else self.request_changes
            )
        if self.inventory_changes is not UNSET:
            field_dict["inventoryChanges"] = (
                self.inventory_changes.to_dict()
                if isinstance(self.inventory_changes, InventoryEventInventoryChanges)
                else self.inventory_changes
            )
        if self.route_details is not UNSET:
            field_dict["routeDetails"] = self.route_details
        if self.route_changes is not UNSET:
            field_dict["routeChanges"] = (
                self.route_changes.to_dict()
                if isinstance(self.route_changes, RouteEventRouteChanges)
                else self.route_changes
            )
        if self.activity_changes is not UNSET:
            field_dict["activityChanges"] = (
                self.activity_changes.to_dict()
                if isinstance(self.activity_changes, ActivityChanges)
                else self.activity_changes
            )
        if self.move_details is not UNSET:
            field_dict["moveDetails"] = (
                self.move_details.to_dict() if isinstance(self.move_details, MoveDetails) else self.move_details
            )
        if self.user_details is not UNSET:
            field_dict["userDetails"] = (
                self.user_details.to_dict() if isinstance(self.user_details, UserDetails) else self.user_details
            )
        if self.user_changes is not UNSET:
            field_dict["userChanges"] = (
                self.user_changes.to_dict() if isinstance(self.user_changes, UserResponse) else self.user_changes
            )
        if self.resource_details is not UNSET:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, ResourceDetails)
                else self.resource_details
            )
        if self.resource_changes is not UNSET:
            field_dict["resourceChanges"] = (
                self.resource_changes.to_dict()
                if isinstance(self.resource_changes, Resource)
                else self.resource_changes
            )
        if self.chat is not UNSET:
            field_dict["chat"] = self.chat.to_dict() if isinstance(self.chat, Chat) else self.chat
        if self.participant is not UNSET:
            field_dict["participant"] = (
                self.participant.to_dict() if isinstance(self.participant, ChatParticipant) else self.participant
            )
        if self.message is not UNSET:
            field_dict["message"] = self.message.to_dict() if isinstance(self.message, ChatMessage) else self.message
        if self.participants is not UNSET:
            field_dict["participants"] = (
                [
                    item0.to_dict() if isinstance(item0, ParticipantInMessageSent) else item0
                    for item0 in self.participants
                ]
                if isinstance(self.participants, list)
                else self.participants
            )
        if self.status_changes is not UNSET:
            field_dict["statusChanges"] = (
                self.status_changes.to_dict() if isinstance(self.status_changes, StatusChanges) else self.status_changes
            )
        if self.activity_link_details is not UNSET:
            field_dict["activityLinkDetails"] = self.activity_link_details
        if self.to_activity_details is not UNSET:
            field_dict["toActivityDetails"] = (
                self.to_activity_details.to_dict()
                if isinstance(self.to_activity_details, ActivityChanges)
                else self.to_activity_details
            )
        if self.from_activity_details is not UNSET:
            field_dict["fromActivityDetails"] = (
                self.from_activity_details.to_dict()
                if isinstance(self.from_activity_details, ActivityDetails)
                else self.from_activity_details
            )
        if self.resource_preference is not UNSET:
            field_dict["resourcePreference"] = self.resource_preference
        if self.routing_run_details is not UNSET:
            field_dict["routingRunDetails"] = (
                self.routing_run_details.to_dict()
                if isinstance(self.routing_run_details, RoutingRunRoutingRunDetails)
                else self.routing_run_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        event = cls(*_read_fields(d))
        _value = event.inventory_details
        event.inventory_details = InventoryDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.activity_details
        event.activity_details = ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.request_changes
        event.request_changes = RequestEventRequestChanges.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.inventory_changes
        event.inventory_changes = (
            InventoryEventInventoryChanges.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = event.route_changes
        event.route_changes = RouteEventRouteChanges.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.activity_changes
        event.activity_changes = ActivityChanges.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.move_details
        event.move_details = MoveDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.user_details
        event.user_details = UserDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.user_changes
        event.user_changes = UserResponse.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.resource_details
        event.resource_details = ResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.resource_changes
        event.resource_changes = Resource.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.chat
        event.chat = Chat.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.participant
        event.participant = ChatParticipant.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.message
        event.message = ChatMessage.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.participants
        event.participants = (
            [ParticipantInMessageSent.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = event.status_changes
        event.status_changes = StatusChanges.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.to_activity_details
        event.to_activity_details = ActivityChanges.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.from_activity_details
        event.from_activity_details = ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = event.routing_run_details
        event.routing_run_details = (
            RoutingRunRoutingRunDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            event.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return event

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
from ..models.activity_changes import ActivityChanges  # noqa: E402
from ..models.activity_details import ActivityDetails  # noqa: E402
from ..models.chat import Chat  # noqa: E402
from ..models.chat_message import ChatMessage  # noqa: E402
from ..models.chat_participant import ChatParticipant  # noqa: E402
from ..models.inventory_details import InventoryDetails  # noqa: E402
from ..models.inventory_event_inventory_changes import InventoryEventInventoryChanges  # noqa: E402
from ..models.move_details import MoveDetails  # noqa: E402
from ..models.participant_in_message_sent import ParticipantInMessageSent  # noqa: E402
from ..models.request_event_request_changes import RequestEventRequestChanges  # noqa: E402
from ..models.resource import Resource  # noqa: E402
from ..models.resource_details import ResourceDetails  # noqa: E402
from ..models.route_event_route_changes import RouteEventRouteChanges  # noqa: E402
from ..models.routing_run_routing_run_details import RoutingRunRoutingRunDetails  # noqa: E402
from ..models.status_changes import StatusChanges  # noqa: E402
from ..models.user_details import UserDetails  # noqa: E402
from ..models.user_response import UserResponse  # noqa: E402
