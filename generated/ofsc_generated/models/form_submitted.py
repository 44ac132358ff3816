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
    "formIdentifier": UNSET,
    "formDetails": UNSET,
    "activityDetails": UNSET,
    "inventoryDetails": UNSET,
    "resourceDetails": UNSET,
    "userDetails": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "eventType",
    "user",
    "time",
    "formIdentifier",
    "formDetails",
    "activityDetails",
    "inventoryDetails",
    "resourceDetails",
    "userDetails",
)

T = TypeVar("T", bound="FormSubmitted")


@_attrs_define(repr=False)
class FormSubmitted:
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
    form_identifier: FormSubmittedFormIdentifier | Unset = UNSET
    """ Form identifier """
    form_details: SubmittedFormDetails | Unset = UNSET
    """ This object will contain the fields that can be submitted with a particular form. """
    activity_details: FormActivityDetails | Unset = UNSET
    """ This object will contain activity fields that can be submitted with a particular form. """
    inventory_details: FormInventoryDetails | Unset = UNSET
    """ This object will contain inventory fields that can be submitted with a particular form. """
    resource_details: FormResourceDetails | Unset = UNSET
    """ This object will contain resource fields that can be submitted with a particular form. """
    user_details: FormUserDetails | Unset = UNSET
    """ This object will contain user fields that can be submitted with a particular form. """
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
        if self.form_identifier is not UNSET:
            field_dict["formIdentifier"] = (
                self.form_identifier.to_dict()
                if isinstance(self.form_identifier, FormSubmittedFormIdentifier)
                else self.form_identifier
            )
        if self.form_details is not UNSET:
            field_dict["formDetails"] = (
                self.form_details.to_dict()
                if isinstance(self.form_details, SubmittedFormDetails)
                else self.form_details
            )
        if self.activity_details is not UNSET:
            field_dict["activityDetails"] = (
                self.activity_details.to_dict()
                if isinstance(self.activity_details, FormActivityDetails)
                else self.activity_details
            )
        if self.inventory_details is not UNSET:
            field_dict["inventoryDetails"] = (
                self.inventory_details.to_dict()
                if isinstance(self.inventory_details, FormInventoryDetails)
                else self.inventory_details
            )
        if self.resource_details is not UNSET:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, FormResourceDetails)
                else self.resource_details
            )
        if self.user_details is not UNSET:
            field_dict["userDetails"] = (
                self.user_details.to_dict() if isinstance(self.user_details, FormUserDetails) else self.user_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        form_submitted = cls(*_read_fields(d))
        _value = form_submitted.form_identifier
        form_submitted.form_identifier = (
            FormSubmittedFormIdentifier.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = form_submitted.form_details
        form_submitted.form_details = SubmittedFormDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = form_submitted.activity_details
        form_submitted.activity_details = FormActivityDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = form_submitted.inventory_details
        form_submitted.inventory_details = (
            FormInventoryDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = form_submitted.resource_details
        form_submitted.resource_details = FormResourceDetails.from_dict(_value) if isinstance(_value, dict) else _value
        _value = form_submitted.user_details
        form_submitted.user_details = FormUserDetails.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            form_submitted.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return form_submitted

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
from ..models.form_activity_details import FormActivityDetails  # noqa: E402
from ..models.form_inventory_details import FormInventoryDetails  # noqa: E402
from ..models.form_resource_details import FormResourceDetails  # noqa: E402
from ..models.form_submitted_form_identifier import FormSubmittedFormIdentifier  # noqa: E402
from ..models.form_user_details import FormUserDetails  # noqa: E402
from ..models.submitted_form_details import SubmittedFormDetails  # noqa: E402
