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
    "inventoryChanges": None,
    "activityDetails": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "eventType",
    "user",
    "time",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="InventoryEvent")


@_attrs_define(repr=False, init=False)
class InventoryEvent:
    """The object containing details of the inventory event."""

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
    inventory_changes: InventoryEventInventoryChanges | None
    """ The object containing the inventory changes. """
    activity_details: ActivityDetails | None
    """ The object containing the activity details. """
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
        inventory_details: InventoryDetails | None | Unset = UNSET,
        inventory_changes: InventoryEventInventoryChanges | None | Unset = UNSET,
        activity_details: ActivityDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "eventType": event_type,
            "user": user,
            "time": time,
            "inventoryDetails": inventory_details,
            "inventoryChanges": inventory_changes,
            "activityDetails": activity_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.event_type = None if isinstance(event_type, Unset) else event_type
        self.user = None if isinstance(user, Unset) else user
        self.time = None if isinstance(time, Unset) else time
        self.inventory_details = None if isinstance(inventory_details, Unset) else inventory_details
        self.inventory_changes = None if isinstance(inventory_changes, Unset) else inventory_changes
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
        if self.inventory_details is not None or "inventoryDetails" in sent:
            field_dict["inventoryDetails"] = (
                self.inventory_details.to_dict()
                if isinstance(self.inventory_details, InventoryDetails)
                else self.inventory_details
            )
        if self.inventory_changes is not None or "inventoryChanges" in sent:
            field_dict["inventoryChanges"] = (
                self.inventory_changes.to_dict()
                if isinstance(self.inventory_changes, InventoryEventInventoryChanges)
                else self.inventory_changes
            )
        if self.activity_details is not None or "activityDetails" in sent:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, ActivityDetails)
                else self.activity_details
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is InventoryEvent else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("inventoryDetails")
        _model.inventory_details = InventoryDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventoryDetails"] = _model.inventory_details
        _value = _src.get("inventoryChanges")
        _model.inventory_changes = (
            InventoryEventInventoryChanges.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventoryChanges"] = _model.inventory_changes
        _value = _src.get("activityDetails")
        _model.activity_details = ActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activityDetails"] = _model.activity_details
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


_Twin = lazy_twin(InventoryEvent)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.activity_details import ActivityDetails  # noqa: E402
from ..models.inventory_details import InventoryDetails  # noqa: E402
from ..models.inventory_event_inventory_changes import InventoryEventInventoryChanges  # noqa: E402
