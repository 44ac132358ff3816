from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "resourceId": None,
    "akey": None,
    "override": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "akey",
    "override",
)

T = TypeVar("T", bound="ActivityDurationRequest")


@_attrs_define(repr=False, init=False)
class ActivityDurationRequest:
    resource_id: str | None
    """ The external ID of the resource. If this value is not provided, the override will be performed at the
    company level. """
    akey: str | None
    """ The value of the activity duration key. It appears as 'Appointment Key' in the report. """
    override: int | None
    """ The override value that needs to be set for the 'resourceId' and 'akey' combination. For example, 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        akey: str | None | Unset = UNSET,
        override: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "akey": akey,
            "override": override,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.akey = None if isinstance(akey, Unset) else akey
        self.override = None if isinstance(override, Unset) else override
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.akey is not None or "akey" in sent:
            field_dict["akey"] = self.akey
        if self.override is not None or "override" in sent:
            field_dict["override"] = self.override
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        activity_duration_request = cls.__new__(cls)
        activity_duration_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            activity_duration_request.resource_id,
            activity_duration_request.akey,
            activity_duration_request.override,
        ) = _read_fields(d)
        activity_duration_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return activity_duration_request

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
