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
    "eventType": None,
    "user": None,
    "time": None,
    "inventoryDetails": None,
    "requestDetails": None,
    "activityDetails": None,
    "requestChanges": None,
    "inventoryChanges": None,
    "routeDetails": None,
    "routeChanges": None,
    "activityChanges": None,
    "moveDetails": None,
    "userDetails": None,
    "userChanges": None,
    "resourceDetails": None,
    "resourceChanges": None,
    "chat": None,
    "participant": None,
    "message": None,
    "participants": None,
    "statusChanges": None,
    "activityLinkDetails": None,
    "toActivityDetails": None,
    "fromActivityDetails": None,
    "resourcePreference": None,
    "routingRunDetails": None,
}
_N_FIELDS = 26
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "requestDetails",
    "routeDetails",
    "activityLinkDetails",
    "resourcePreference",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 20

T = TypeVar("T", bound="Event")


@_attrs_define(repr=False, init=False)
class Event:
    """The array of events."""

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
    inventory_details: InventoryDetails | None
    """ The object containing the inventory details. """
    request_details: str | None
    """ The details of the request. """
    activity_details: ActivityDetails | None
    """ The object containing the activity details. """
    request_changes: RequestEventRequestChanges | None
    """ The object containing the request changes. """
    inventory_changes: InventoryEventInventoryChanges | None
    """ The object containing the inventory changes. """
    route_details: str | None
    """ The details of the route. """
    route_changes: RouteEventRouteChanges | None
    """ The object containing the route changes. """
    activity_changes: ActivityChanges | None
    """ The object containing the activity changes. """
    move_details: MoveDetails | None
    """ The object containing the move details. """
    user_details: UserDetails | None
    user_changes: UserResponse | None
    resource_details: ResourceDetails | None
    resource_changes: Resource | None
    """ The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource. """
    chat: Chat | None
    """ The object containing details about the chat. """
    participant: ChatParticipant | None
    """ The participant object contains details about the participant. """
    message: ChatMessage | None
    """ The object containing the details of a message. """
    participants: list[ParticipantInMessageSent] | None
    """ A record containing the details of the participants in the chat or broadcast. This field is available only
    when the message is the first message of a chat or a broadcast. """
    status_changes: StatusChanges | None
    """ A record containing an array of status update records. Each status update record is a map with the following
    fields """
    activity_link_details: str | None
    """ The details of the activity link event. """
    to_activity_details: ActivityChanges | None
    """ The object containing the activity changes. """
    from_activity_details: ActivityDetails | None
    """ The object containing the activity details. """
    resource_preference: str | None
    """ The resource preference defined for the activity. """
    routing_run_details: RoutingRunRoutingRunDetails | None
    """ The object containing the routing run changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "event_type",
            "user",
            "time",
            "request_details",
            "route_details",
            "activity_link_details",
            "resource_preference",
            "additional_properties",
        )
    )

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
        inventory_details: InventoryDetails | None | Unset = UNSET,
        request_details: str | None | Unset = UNSET,
        activity_details: ActivityDetails | None | Unset = UNSET,
        request_changes: RequestEventRequestChanges | None | Unset = UNSET,
        inventory_changes: InventoryEventInventoryChanges | None | Unset = UNSET,
        route_details: str | None | Unset = UNSET,
        route_changes: RouteEventRouteChanges | None | Unset = UNSET,
        activity_changes: ActivityChanges | None | Unset = UNSET,
        move_details: MoveDetails | None | Unset = UNSET,
        user_details: UserDetails | None | Unset = UNSET,
        user_changes: UserResponse | None | Unset = UNSET,
        resource_details: ResourceDetails | None | Unset = UNSET,
        resource_changes: Resource | None | Unset = UNSET,
        chat: Chat | None | Unset = UNSET,
        participant: ChatParticipant | None | Unset = UNSET,
        message: ChatMessage | None | Unset = UNSET,
        participants: list[ParticipantInMessageSent] | None | Unset = UNSET,
        status_changes: StatusChanges | None | Unset = UNSET,
        activity_link_details: str | None | Unset = UNSET,
        to_activity_details: ActivityChanges | None | Unset = UNSET,
        from_activity_details: ActivityDetails | None | Unset = UNSET,
        resource_preference: str | None | Unset = UNSET,
        routing_run_details: RoutingRunRoutingRunDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "eventType": event_type,
            "user": user,
            "time": time,
            "inventoryDetails": inventory_details,
            "requestDetails": request_details,
            "activityDetails": activity_details,
            "requestChanges": request_changes,
            "inventoryChanges": inventory_changes,
            "routeDetails": route_details,
            "routeChanges": route_changes,
            "activityChanges": activity_changes,
            "moveDetails": move_details,
            "userDetails": user_details,
            "userChanges": user_changes,
            "resourceDetails": resource_details,
            "resourceChanges": resource_changes,
            "chat": chat,
            "participant": participant,
            "message": message,
            "participants": participants,
            "statusChanges": status_changes,
            "activityLinkDetails": activity_link_details,
            "toActivityDetails": to_activity_details,
            "fromActivityDetails": from_activity_details,
            "resourcePreference": resource_preference,
            "routingRunDetails": routing_run_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.event_type = None if isinstance(event_type, Unset) else event_type
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.inventory_details = None if isinstance(inventory_details, Unset) else inventory_details
        self.request_details = None if isinstance(request_details, Unset) else request_details
        self.activity_details = None if isinstance(activity_details, Unset) else activity_details
        self.request_changes = None if isinstance(request_changes, Unset) else request_changes
        self.inventory_changes = None if isinstance(inventory_changes, Unset) else inventory_changes
        self.route_details = None if isinstance(route_details, Unset) else route_details
        self.route_changes = None if isinstance(route_changes, Unset) else route_changes
        self.activity_changes = None if isinstance(activity_changes, Unset) else activity_changes
        self.move_details = None if isinstance(move_details, Unset) else move_details
        self.user_details = None if isinstance(user_details, Unset) else user_details
        self.user_changes = None if isinstance(user_changes, Unset) else user_changes
        self.resource_details = None if isinstance(resource_details, Unset) else resource_details
        self.resource_changes = None if isinstance(resource_changes, Unset) else resource_changes
        self.chat = None if isinstance(chat, Unset) else chat
        self.participant = None if isinstance(participant, Unset) else participant
        self.message = None if isinstance(message, Unset) else message
        self.participants = None if isinstance(participants, Unset) else participants
        self.status_changes = None if isinstance(status_changes, Unset) else status_changes
        self.activity_link_details = None if isinstance(activity_link_details, Unset) else activity_link_details
        self.to_activity_details = None if isinstance(to_activity_details, Unset) else to_activity_details
        self.from_activity_details = None if isinstance(from_activity_details, Unset) else from_activity_details
        self.resource_preference = None if isinstance(resource_preference, Unset) else resource_preference
        self.routing_run_details = None if isinstance(routing_run_details, Unset) else routing_run_details
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
        if self.inventory_details is not None or "inventoryDetails" in sent:
            field_dict["inventoryDetails"] = (
                self.inventory_details.to_dict()
                if isinstance(self.inventory_details, InventoryDetails)
                else self.inventory_details
            )
        if self.request_details is not None or "requestDetails" in sent:
            field_dict["requestDetails"] = self.request_details
        if self.activity_details is not None or "activityDetails" in sent:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, ActivityDetails)
                else self.activity_details
            )
        if self.request_changes is not None or "requestChanges" in sent:
            field_dict["requestChanges"] = (
                self.request_changes.to_dict()
                if isinstance(self.request_changes, RequestEventRequestChanges)
                else self.request_changes
            )
        if self.inventory_changes is not None or "inventoryChanges" in sent:
            field_dict["inventoryChanges"] = (
                self.inventory_changes.to_dict()
                if isinstance(self.inventory_changes, InventoryEventInventoryChanges)
                else self.inventory_changes
            )
        if self.route_details is not None or "routeDetails" in sent:
            field_dict["routeDetails"] = self.route_details
        if self.route_changes is not None or "routeChanges" in sent:
            field_dict["routeChanges"] = (
                self.route_changes.to_dict()
                if isinstance(self.route_changes, RouteEventRouteChanges)
                else self.route_changes
            )
        if self.activity_changes is not None or "activityChanges" in sent:
            field_dict["activityChanges"] = (
                self.activity_changes.to_dict()
                if isinstance(self.activity_changes, ActivityChanges)
                else self.activity_changes
            )
        if self.move_details is not None or "moveDetails" in sent:
            field_dict["moveDetails"] = (
                self.move_details.to_dict() if isinstance(self.move_details, MoveDetails) else self.move_details
            )
        if self.user_details is not None or "userDetails" in sent:
            field_dict["userDetails"] = (
                self.user_details.to_dict() if isinstance(self.user_details, UserDetails) else self.user_details
            )
        if self.user_changes is not None or "userChanges" in sent:
            field_dict["userChanges"] = (
                self.user_changes.to_dict() if isinstance(self.user_changes, UserResponse) else self.user_changes
            )
        if self.resource_details is not None or "resourceDetails" in sent:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, ResourceDetails)
                else self.resource_details
            )
        if self.resource_changes is not None or "resourceChanges" in sent:
            field_dict["resourceChanges"] = (
                self.resource_changes.to_dict()
                if isinstance(self.resource_changes, Resource)
                else self.resource_changes
            )
        if self.chat is not None or "chat" in sent:
            field_dict["chat"] = self.chat.to_dict() if isinstance(self.chat, Chat) else self.chat
        if self.participant is not None or "participant" in sent:
            field_dict["participant"] = (
                self.participant.to_dict() if isinstance(self.participant, ChatParticipant) else self.participant
            )
        if self.message is not None or "message" in sent:
            field_dict["message"] = self.message.to_dict() if isinstance(self.message, ChatMessage) else self.message
        if self.participants is not None or "participants" in sent:
            field_dict["participants"] = (
                [
                    item0.to_dict() if isinstance(item0, ParticipantInMessageSent) else item0
                    for item0 in self.participants
                ]
                if isinstance(self.participants, list)
                else self.participants
            )
        if self.status_changes is not None or "statusChanges" in sent:
            field_dict["statusChanges"] = (
                self.status_changes.to_dict() if isinstance(self.status_changes, StatusChanges) else self.status_changes
            )
        if self.activity_link_details is not None or "activityLinkDetails" in sent:
            field_dict["activityLinkDetails"] = self.activity_link_details
        if self.to_activity_details is not None or "toActivityDetails" in sent:
            field_dict["toActivityDetails"] = (
                self.to_activity_details.to_dict()
                if isinstance(self.to_activity_details, ActivityChanges)
                else self.to_activity_details
            )
        if self.from_activity_details is not None or "fromActivityDetails" in sent:
            field_dict["fromActivityDetails"] = (
                self.from_activity_details.to_dict()
                if isinstance(self.from_activity_details, ActivityDetails)
                else self.from_activity_details
            )
        if self.resource_preference is not None or "resourcePreference" in sent:
            field_dict["resourcePreference"] = self.resource_preference
        if self.routing_run_details is not None or "routingRunDetails" in sent:
            field_dict["routingRunDetails"] = (
                self.routing_run_details.to_dict()
                if isinstance(self.routing_run_details, RoutingRunRoutingRunDetails)
                else self.routing_run_details
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Event else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("inventoryDetails")
        _model.inventory_details = InventoryDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventoryDetails"] = _model.inventory_details
        _value = _src.get("activityDetails")
        _model.activity_details = ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityDetails"] = _model.activity_details
        _value = _src.get("requestChanges")
        _model.request_changes = RequestEventRequestChanges.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["requestChanges"] = _model.request_changes
        _value = _src.get("inventoryChanges")
        _model.inventory_changes = (
            InventoryEventInventoryChanges.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventoryChanges"] = _model.inventory_changes
        _value = _src.get("routeChanges")
        _model.route_changes = RouteEventRouteChanges.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["routeChanges"] = _model.route_changes
        _value = _src.get("activityChanges")
        _model.activity_changes = ActivityChanges.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityChanges"] = _model.activity_changes
        _value = _src.get("moveDetails")
        _model.move_details = MoveDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["moveDetails"] = _model.move_details
        _value = _src.get("userDetails")
        _model.user_details = UserDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["userDetails"] = _model.user_details
        _value = _src.get("userChanges")
        _model.user_changes = UserResponse.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["userChanges"] = _model.user_changes
        _value = _src.get("resourceDetails")
        _model.resource_details = ResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourceDetails"] = _model.resource_details
        _value = _src.get("resourceChanges")
        _model.resource_changes = Resource.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourceChanges"] = _model.resource_changes
        _value = _src.get("chat")
        _model.chat = Chat.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["chat"] = _model.chat
        _value = _src.get("participant")
        _model.participant = ChatParticipant.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["participant"] = _model.participant
        _value = _src.get("message")
        _model.message = ChatMessage.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["message"] = _model.message
        _value = _src.get("participants")
        _model.participants = (
            [ParticipantInMessageSent.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["participants"] = _model.participants
        _value = _src.get("statusChanges")
        _model.status_changes = StatusChanges.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["statusChanges"] = _model.status_changes
        _value = _src.get("toActivityDetails")
        _model.to_activity_details = ActivityChanges.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["toActivityDetails"] = _model.to_activity_details
        _value = _src.get("fromActivityDetails")
        _model.from_activity_details = ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fromActivityDetails"] = _model.from_activity_details
        _value = _src.get("routingRunDetails")
        _model.routing_run_details = (
            RoutingRunRoutingRunDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["routingRunDetails"] = _model.routing_run_details
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.event_type,
            target.user,
            target.time,
            target.request_details,
            target.route_details,
            target.activity_link_details,
            target.resource_preference,
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


_Twin = lazy_twin(Event)


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
