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
    "identifyActivityBy": None,
    "ifExistsThenDoNotUpdateFields": None,
    "ifInFinalStatusThen": None,
    "inventoryPropertiesUpdateMode": None,
    "fallbackResourceId": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "identifyActivityBy",
    "ifExistsThenDoNotUpdateFields",
    "ifInFinalStatusThen",
    "inventoryPropertiesUpdateMode",
    "fallbackResourceId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CustomActionActivityBulkUpdateUpdateParameters")


@_attrs_define(repr=False, init=False)
class CustomActionActivityBulkUpdateUpdateParameters:
    """The parameters that determine the action to be performed on an existing activity in Oracle Field Service."""

    identify_activity_by: str | None
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
    if_exists_then_do_not_update_fields: list[str] | None
    """ The fields are not updated, if the activity already exists in Oracle Field Service. """
    if_in_final_status_then: str | None
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
    inventory_properties_update_mode: str | None
    """ The processing mode for updating the properties of each inventory item in the 'inventories' array. The
    possible values of this parameter are:

    - keepProperties: The specified inventory properties are updated and the properties that are not specified are
    retained.
    - eraseProperties: The specified inventory properties are replaced and the properties that are not specified are
    erased. This is the default value of the parameter. Allowed values: `keepProperties`, `eraseProperties`. """
    fallback_resource_id: str | None
    """ The resource ID used as a spare resource, if assigning an activity to a specified resource fails during
    activity creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "identify_activity_by",
            "if_exists_then_do_not_update_fields",
            "if_in_final_status_then",
            "inventory_properties_update_mode",
            "fallback_resource_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        identify_activity_by: Literal[
            "activityId", "apptNumber", "apptNumberPlusCustomerNumber", "apptNumberPlusIbAssetId"
        ]
        | None
        | Unset = UNSET,
        if_exists_then_do_not_update_fields: list[str] | None | Unset = UNSET,
        if_in_final_status_then: Literal["doNothing", "createNew", "updateExisting"] | None | Unset = UNSET,
        inventory_properties_update_mode: Literal["keepProperties", "eraseProperties"] | None | Unset = UNSET,
        fallback_resource_id: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "identifyActivityBy": identify_activity_by,
            "ifExistsThenDoNotUpdateFields": if_exists_then_do_not_update_fields,
            "ifInFinalStatusThen": if_in_final_status_then,
            "inventoryPropertiesUpdateMode": inventory_properties_update_mode,
            "fallbackResourceId": fallback_resource_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.identify_activity_by = None if isinstance(identify_activity_by, Unset) else identify_activity_by
        self.if_exists_then_do_not_update_fields = (
            None if isinstance(if_exists_then_do_not_update_fields, Unset) else if_exists_then_do_not_update_fields
        )
        self.if_in_final_status_then = None if isinstance(if_in_final_status_then, Unset) else if_in_final_status_then
        self.inventory_properties_update_mode = (
            None if isinstance(inventory_properties_update_mode, Unset) else inventory_properties_update_mode
        )
        self.fallback_resource_id = None if isinstance(fallback_resource_id, Unset) else fallback_resource_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.identify_activity_by is not None or "identifyActivityBy" in sent:
            field_dict["identifyActivityBy"] = self.identify_activity_by
        if self.if_exists_then_do_not_update_fields is not None or "ifExistsThenDoNotUpdateFields" in sent:
            field_dict["ifExistsThenDoNotUpdateFields"] = self.if_exists_then_do_not_update_fields
        if self.if_in_final_status_then is not None or "ifInFinalStatusThen" in sent:
            field_dict["ifInFinalStatusThen"] = self.if_in_final_status_then
        if self.inventory_properties_update_mode is not None or "inventoryPropertiesUpdateMode" in sent:
            field_dict["inventoryPropertiesUpdateMode"] = self.inventory_properties_update_mode
        if self.fallback_resource_id is not None or "fallbackResourceId" in sent:
            field_dict["fallbackResourceId"] = self.fallback_resource_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionActivityBulkUpdateUpdateParameters else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.identify_activity_by,
            target.if_exists_then_do_not_update_fields,
            target.if_in_final_status_then,
            target.inventory_properties_update_mode,
            target.fallback_resource_id,
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


_Twin = lazy_twin(CustomActionActivityBulkUpdateUpdateParameters)
