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
    "userDetails": None,
    "userChanges": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "eventType",
    "user",
    "time",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="UserEvent")


@_attrs_define(repr=False, init=False)
class UserEvent:
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
    user_details: UserDetails | None
    user_changes: UserResponse | None
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
        user_details: UserDetails | None | Unset = UNSET,
        user_changes: UserResponse | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "eventType": event_type,
            "user": user,
            "time": time,
            "userDetails": user_details,
            "userChanges": user_changes,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.event_type = None if isinstance(event_type, Unset) else event_type
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.user_details = None if isinstance(user_details, Unset) else user_details
        self.user_changes = None if isinstance(user_changes, Unset) else user_changes
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
        if self.user_details is not None or "userDetails" in sent:
            field_dict["userDetails"] = (
                self.user_details.to_dict() if isinstance(self.user_details, UserDetails) else self.user_details
            )
        if self.user_changes is not None or "userChanges" in sent:
            field_dict["userChanges"] = (
                self.user_changes.to_dict() if isinstance(self.user_changes, UserResponse) else self.user_changes
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is UserEvent else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("userDetails")
        _model.user_details = UserDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["userDetails"] = _model.user_details
        _value = _src.get("userChanges")
        _model.user_changes = UserResponse.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["userChanges"] = _model.user_changes
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


_Twin = lazy_twin(UserEvent)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.user_details import UserDetails  # noqa: E402
from ..models.user_response import UserResponse  # noqa: E402
