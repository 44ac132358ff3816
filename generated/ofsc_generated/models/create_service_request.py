from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "activityId": None,
    "resourceId": None,
    "inventoryId": None,
    "date": None,
    "requestType": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "activityId",
    "resourceId",
    "inventoryId",
    "date",
    "requestType",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define(repr=False, init=False)
class CreateServiceRequest:
    """The service request fields required to create a service request. In addition to the built-in service request fields,
    the custom properties of the service request may be present.

    """

    activity_id: int | None
    """ The ID of the activity for which the service request is created. This parameter is mandatory for customer
    service requests. If the activity ID of a non-scheduled activity is specified, then the following error is
    displayed:

    404 The activity doesn't exist. Parameter 'activityId':'{activityId}' """
    resource_id: str | None
    """ The ID of the resource for which the service request is created. This parameter is mandatory for resource
    service requests. If the resource does not have a resource ID and if the activity ID of a non-scheduled activity
    is specified, then the following error is displayed:

    404 The resource doesn't exist. Parameter 'resourceId':'{resourceId}' """
    inventory_id: int | None
    """ The ID of the inventory for which the service request is created. This parameter is mandatory for inventory
    service requests. If the inventory does not have a provider ID and if the activity ID of a non-scheduled
    activity is specified, then the following error is displayed:

    404 The inventory doesn't exist. Parameter 'inventoryId':'{inventoryId}' """
    date: str | None
    """ The date (in YYYY-MM-DD format) and time (in resource time zone) for creating the service request in Oracle
    Field Service. This is an optional parameter. If the date parameter is not specified, then it is defaulted to
    the following dates:

    - Date of the activity for activity service requests.
    - Current date of the provider (in provider's time zone) for resource service requests.
    - Current date of the provider (in provider's time zone) if inventory provider is known, else the date of
    appointment is used for inventory service requests. Format: `YYYY-MM-DD`. """
    request_type: str | None
    """ The request type assigned to a service request. Allowed values are the labels of Service Request types
    configured in the 'srtype' field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "activity_id",
            "resource_id",
            "inventory_id",
            "date",
            "request_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity_id: int | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        inventory_id: int | None | Unset = UNSET,
        date: str | datetime.date | None | Unset = UNSET,
        request_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activityId": activity_id,
            "resourceId": resource_id,
            "inventoryId": inventory_id,
            "date": date,
            "requestType": request_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.inventory_id = None if isinstance(inventory_id, Unset) else inventory_id
        self.date = None if isinstance(date, Unset) else ofsc_time_text(date, "date")
        self.request_type = None if isinstance(request_type, Unset) else request_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.inventory_id is not None or "inventoryId" in sent:
            field_dict["inventoryId"] = self.inventory_id
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.request_type is not None or "requestType" in sent:
            field_dict["requestType"] = self.request_type
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CreateServiceRequest else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.activity_id,
            target.resource_id,
            target.inventory_id,
            target.date,
            target.request_type,
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


_Twin = lazy_twin(CreateServiceRequest)
