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
    "chat": UNSET,
    "participant": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "chat",
    "participant",
)

T = TypeVar("T", bound="ChatUpdated")


@_attrs_define(repr=False)
class ChatUpdated:
    """The object containing details of the chat updated event."""

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
    chat: Chat | Unset = UNSET
    """ The object containing details about the chat. """
    participant: ChatParticipant | Unset = UNSET
    """ The participant object contains details about the participant. """
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
        if self.chat is not UNSET:
            field_dict["chat"] = self.chat.to_dict() if isinstance(self.chat, Chat) else self.chat
        if self.participant is not UNSET:
            field_dict["participant"] = (
                self.participant.to_dict() if isinstance(self.participant, ChatParticipant) else self.participant
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_updated = cls(*_read_fields(d))
        _value = chat_updated.chat
        chat_updated.chat = Chat.from_dict(_value) if isinstance(_value, dict) else _value
        _value = chat_updated.participant
        chat_updated.participant = ChatParticipant.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            chat_updated.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat_updated

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
from ..models.chat import Chat  # noqa: E402
from ..models.chat_participant import ChatParticipant  # noqa: E402
