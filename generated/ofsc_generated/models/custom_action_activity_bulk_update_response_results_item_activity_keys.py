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
    "activityId": UNSET,
    "customerNumber": UNSET,
    "apptNumber": UNSET,
    "ibAssetId": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activityId",
    "customerNumber",
    "apptNumber",
    "ibAssetId",
)

T = TypeVar("T", bound="CustomActionActivityBulkUpdateResponseResultsItemActivityKeys")


@_attrs_define(repr=False)
class CustomActionActivityBulkUpdateResponseResultsItemActivityKeys:
    """The activity key fields used to create or update the activity. If the key fields are not known, then the list is not
    returned. For example, the Bulk Update operation is not successful, if a key field is not specified.

    """

    activity_id: None | str | Unset = UNSET
    """ The unique identifier of the activity in Oracle Field Service. """
    customer_number: None | str | Unset = UNSET
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. """
    appt_number: None | str | Unset = UNSET
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and can be left empty. Maximum field length is 40.
    """
    ib_asset_id: int | None | Unset = UNSET
    """ IB Asset Id in Fusion environment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.customer_number is not UNSET:
            field_dict["customerNumber"] = self.customer_number
        if self.appt_number is not UNSET:
            field_dict["apptNumber"] = self.appt_number
        if self.ib_asset_id is not UNSET:
            field_dict["ibAssetId"] = self.ib_asset_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_activity_bulk_update_response_results_item_activity_keys = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            custom_action_activity_bulk_update_response_results_item_activity_keys.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return custom_action_activity_bulk_update_response_results_item_activity_keys

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
