from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "activityId": None,
    "customerNumber": None,
    "apptNumber": None,
    "ibAssetId": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "activityId",
    "customerNumber",
    "apptNumber",
    "ibAssetId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CustomActionActivityBulkUpdateResponseResultsItemActivityKeys")


@_attrs_define(repr=False, init=False)
class CustomActionActivityBulkUpdateResponseResultsItemActivityKeys:
    """The activity key fields used to create or update the activity. If the key fields are not known, then the list is not
    returned. For example, the Bulk Update operation is not successful, if a key field is not specified.

    """

    activity_id: str | None
    """ The unique identifier of the activity in Oracle Field Service. """
    customer_number: str | None
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. """
    appt_number: str | None
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and can be left empty. Maximum field length is 40.
    """
    ib_asset_id: int | None
    """ IB Asset Id in Fusion environment """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "activity_id",
            "customer_number",
            "appt_number",
            "ib_asset_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity_id: str | None | Unset = UNSET,
        customer_number: str | None | Unset = UNSET,
        appt_number: str | None | Unset = UNSET,
        ib_asset_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activityId": activity_id,
            "customerNumber": customer_number,
            "apptNumber": appt_number,
            "ibAssetId": ib_asset_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.appt_number = None if isinstance(appt_number, Unset) else appt_number
        self.ib_asset_id = None if isinstance(ib_asset_id, Unset) else ib_asset_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.customer_number is not None or "customerNumber" in sent:
            field_dict["customerNumber"] = self.customer_number
        if self.appt_number is not None or "apptNumber" in sent:
            field_dict["apptNumber"] = self.appt_number
        if self.ib_asset_id is not None or "ibAssetId" in sent:
            field_dict["ibAssetId"] = self.ib_asset_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(
            _Twin if cls is CustomActionActivityBulkUpdateResponseResultsItemActivityKeys else lazy_twin(cls)
        )
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.activity_id,
            target.customer_number,
            target.appt_number,
            target.ib_asset_id,
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


_Twin = lazy_twin(CustomActionActivityBulkUpdateResponseResultsItemActivityKeys)
