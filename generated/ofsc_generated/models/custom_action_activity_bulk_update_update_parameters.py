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
    "identifyActivityBy": UNSET,
    "ifExistsThenDoNotUpdateFields": UNSET,
    "ifInFinalStatusThen": UNSET,
    "inventoryPropertiesUpdateMode": UNSET,
    "fallbackResourceId": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "identifyActivityBy",
    "ifExistsThenDoNotUpdateFields",
    "ifInFinalStatusThen",
    "inventoryPropertiesUpdateMode",
    "fallbackResourceId",
)

T = TypeVar("T", bound="CustomActionActivityBulkUpdateUpdateParameters")


@_attrs_define(repr=False)
class CustomActionActivityBulkUpdateUpdateParameters:
    """The parameters that determine the action to be performed on an existing activity in Oracle Field Service."""

    identify_activity_by: None | str | Unset = UNSET
    """ The logic used to identify the items in the 'activities' array.

    - If the value of the parameter is 'activityId', then each activity item in the 'activities' array has to
    contain an 'activityId' field.
      - If the 'activityId' field is specified, but activity with the same ID is not found in Oracle Field Service,
    then the 'Not found' error is returned for the activity item.
      - If an activity is found, then the existing activity is updated.
      - To make sure a new activity is created, you can set activityId to null.
    - If the value of the parameter is 'apptNumber', then each activity item in the 'activities' array has to
    contain an 'apptNumber' field.
      - If the 'apptNumber' field is specified, but activity with the same apptNumber is not found in Oracle Field
    Service, then a new activity is created with the specified apptNumber.
      - If an activity is found, then the existing activity is updated.
    - If the value of the parameter is 'apptNumberPlusCustomerNumber', then each activity item in the 'activities'
    array has to contain the 'apptNumber' and 'customerNumber' fields.
      - If both the fields are specified, but activity with the same apptNumber and customerNumber is not found in
    Oracle Field Service, then a new activity is created with the specified fields.
      - If an activity is found, then the existing activity is updated. Allowed values: `activityId`, `apptNumber`,
    `apptNumberPlusCustomerNumber`, `apptNumberPlusIbAssetId`. """
    if_exists_then_do_not_update_fields: list[str] | None | Unset = UNSET
    """ The fields are not updated, if the activity already exists in Oracle Field Service. """
    if_in_final_status_then: None | str | Unset = UNSET
    """ The parameter specifies the action to be performed for an existing activity with the final status. Activity
    in a final status means that the activity exists in Oracle Field Service and can have one of the following
    statuses, 'completed', 'cancelled', 'notDone'. Note that past activities are not visible for the function and
    not considered as "existing" in this context.

    'doNothing' means that the API should not perform any actions when an activity is found with a final status.

    'createNew' means that the API should ignore the existing activity and create a new one, when an activity is
    found with a final status. 'The parameter cannot be set to 'createNew' when the 'identifyActivityBy' parameter
    is set to 'activityId'.

    'updateExisting' means that the API should update an existing activity, when an activity is found with a final
    status. Allowed values: `doNothing`, `createNew`, `updateExisting`. """
    inventory_properties_update_mode: str | Unset = UNSET
    """ The processing mode for updating the properties of each inventory item in the 'inventories' array. The
    possible values of this parameter are:

    - keepProperties: The specified inventory properties are updated and the properties that are not specified are
    retained.
    - eraseProperties: The specified inventory properties are replaced and the properties that are not specified are
    erased. This is the default value of the parameter. Allowed values: `keepProperties`, `eraseProperties`. """
    fallback_resource_id: None | str | Unset = UNSET
    """ The resource ID used as a spare resource, if assigning an activity to a specified resource fails during
    activity creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.identify_activity_by is not UNSET:
            field_dict["identifyActivityBy"] = self.identify_activity_by
        if self.if_exists_then_do_not_update_fields is not UNSET:
            field_dict["ifExistsThenDoNotUpdateFields"] = self.if_exists_then_do_not_update_fields
        if self.if_in_final_status_then is not UNSET:
            field_dict["ifInFinalStatusThen"] = self.if_in_final_status_then
        if self.inventory_properties_update_mode is not UNSET:
            field_dict["inventoryPropertiesUpdateMode"] = self.inventory_properties_update_mode
        if self.fallback_resource_id is not UNSET:
            field_dict["fallbackResourceId"] = self.fallback_resource_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_activity_bulk_update_update_parameters = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            custom_action_activity_bulk_update_update_parameters.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return custom_action_activity_bulk_update_update_parameters

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
