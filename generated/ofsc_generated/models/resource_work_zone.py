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
    "workZone": UNSET,
    "ratio": UNSET,
    "recurrence": UNSET,
    "type": UNSET,
    "weekdays": UNSET,
    "recurEvery": UNSET,
    "startDate": UNSET,
    "endDate": UNSET,
    "workZoneItemId": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "workZone",
    "ratio",
    "recurrence",
    "type",
    "weekdays",
    "recurEvery",
    "startDate",
    "endDate",
    "workZoneItemId",
)

T = TypeVar("T", bound="ResourceWorkZone")


@_attrs_define(repr=False)
class ResourceWorkZone:
    work_zone: None | str | Unset = UNSET
    """ The identifier of the work zone. """
    ratio: int | None | Unset = UNSET
    """ The work zone ratio of the resource. The default value is 100. """
    recurrence: None | str | Unset = UNSET
    """ The value of this parameter along with the 'Recur Every' parameter defines the time between each recurrence
    of the work zone assignment. For example, if you specify 'daily' as the value of this parameter and '4' as the
    value of the 'recurEvery' parameter, then the time between each recurrence is four days. Allowed values:
    `weekly`, `daily`. """
    type_: None | str | Unset = UNSET
    """ The type of the work zone assignment. Allowed values: `regular`, `override`. """
    weekdays: list[str] | None | Unset = UNSET
    """ The weekdays on which the work zone is assigned to the resources. This parameter is mandatory when the
    recurrence is weekly. """
    recur_every: int | None | Unset = UNSET
    """ The time between each recurrence of the work zone assignment. Depending on the value selected for
    'recurrence', the value of the parameter indicates the time between recurrence in days or weeks. For example, if
    '4' is the value of this parameter, and the 'recurrence' is 'daily', it indicates that the time between each
    recurrence is four days. """
    start_date: None | str | Unset = UNSET
    """ The date when the work zone assignment takes effect. Specify the date in 'YYYY-MM-DD' format. """
    end_date: None | str | Unset = UNSET
    """ The date until when the work zone assignment is effective. Specify the date in 'YYYY-MM-DD' format. """
    work_zone_item_id: int | None | Unset = UNSET
    """ The identifier of the work zone assignment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.ratio is not UNSET:
            field_dict["ratio"] = self.ratio
        if self.recurrence is not UNSET:
            field_dict["recurrence"] = self.recurrence
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.weekdays is not UNSET:
            field_dict["weekdays"] = self.weekdays
        if self.recur_every is not UNSET:
            field_dict["recurEvery"] = self.recur_every
        if self.start_date is not UNSET:
            field_dict["startDate"] = self.start_date
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        if self.work_zone_item_id is not UNSET:
            field_dict["workZoneItemId"] = self.work_zone_item_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_work_zone = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_work_zone.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_work_zone

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
