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
    "requestId": None,
    "resourceId": None,
    "resourceInternalId": None,
    "activityId": None,
    "inventoryId": None,
    "date": None,
    "created": None,
    "requestType": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "requestId",
    "resourceId",
    "resourceInternalId",
    "activityId",
    "inventoryId",
    "date",
    "created",
    "requestType",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ServiceRequestsItem")


@_attrs_define(repr=False, init=False)
class ServiceRequestsItem:
    """The service request fields."""

    request_id: int | None
    """ The specified identifier of the service request. """
    resource_id: str | None
    """ The resource ID in external system. """
    resource_internal_id: int | None
    """ The resource ID in Oracle Field Service. This field is read-only. """
    activity_id: int | None
    """ The activity ID specified in the request. """
    inventory_id: int | None
    """ The inventory ID specified in the request. """
    date: str | None
    """ The date when the service request is created. """
    created: str | None
    """ The date and time (in "YYYY-MM-DD HH:MM:SS" format) when the service request is created in Oracle Field
    Service. """
    request_type: str | None
    """ The service request type specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "request_id",
            "resource_id",
            "resource_internal_id",
            "activity_id",
            "inventory_id",
            "date",
            "created",
            "request_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        request_id: int | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_internal_id: int | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
        inventory_id: int | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        request_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "requestId": request_id,
            "resourceId": resource_id,
            "resourceInternalId": resource_internal_id,
            "activityId": activity_id,
            "inventoryId": inventory_id,
            "date": date,
            "created": created,
            "requestType": request_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.request_id = None if isinstance(request_id, Unset) else request_id
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.resource_internal_id = None if isinstance(resource_internal_id, Unset) else resource_internal_id
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.inventory_id = None if isinstance(inventory_id, Unset) else inventory_id
        self.date = None if isinstance(date, Unset) else date
        self.created = None if isinstance(created, Unset) else created
        self.request_type = None if isinstance(request_type, Unset) else request_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.request_id is not None or "requestId" in sent:
            field_dict["requestId"] = self.request_id
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.resource_internal_id is not None or "resourceInternalId" in sent:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.inventory_id is not None or "inventoryId" in sent:
            field_dict["inventoryId"] = self.inventory_id
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.created is not None or "created" in sent:
            field_dict["created"] = self.created
        if self.request_type is not None or "requestType" in sent:
            field_dict["requestType"] = self.request_type
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ServiceRequestsItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.request_id,
            target.resource_id,
            target.resource_internal_id,
            target.activity_id,
            target.inventory_id,
            target.date,
            target.created,
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


_Twin = lazy_twin(ServiceRequestsItem)
