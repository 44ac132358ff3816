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
    "timeFrom": UNSET,
    "timeTo": UNSET,
    "quota": UNSET,
    "used": UNSET,
    "quotaIsClosed": UNSET,
    "quotaIsAutoClosed": UNSET,
    "quotaIsReopened": UNSET,
    "closeTime": UNSET,
    "workZones": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeFrom",
    "timeTo",
    "quota",
    "used",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
    "workZones",
)

T = TypeVar("T", bound="V2QuotaCategoryIntervals")


@_attrs_define(repr=False)
class V2QuotaCategoryIntervals:
    """Array of objects containing the quota information for intervals within the Capacity Category. This list is returned
    if the request parameter intervalLevel is true.

    """

    time_from: None | str | Unset = UNSET
    """ The start time of the time interval in HH:MM format. """
    time_to: None | str | Unset = UNSET
    """ The end time of the time interval in HH:MM format. """
    quota: int | None | Unset = UNSET
    """ The quota value in minutes. It contains null if the value is not defined. """
    used: int | None | Unset = UNSET
    """ The amount of consumed capacity in minutes. """
    quota_is_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level. This parameter is returned if the request parameter
    returnStatuses is true """
    quota_is_auto_closed: bool | None | Unset = UNSET
    """ Indicates if the booking has been closed at this level automatically by schedule. This parameter is returned
    if the request parameter returnStatuses is true """
    quota_is_reopened: bool | None | Unset = UNSET
    """ Indicates if the booking has been manually reopened after closure. This parameter is returned if the request
    parameter returnStatuses is true """
    close_time: None | str | Unset = UNSET
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. This parameter is returned if the request parameter returnStatuses is true """
    work_zones: list[V2QuotaWorkZones] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time_from is not UNSET:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not UNSET:
            field_dict["timeTo"] = self.time_to
        if self.quota is not UNSET:
            field_dict["quota"] = self.quota
        if self.used is not UNSET:
            field_dict["used"] = self.used
        if self.quota_is_closed is not UNSET:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not UNSET:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not UNSET:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not UNSET:
            field_dict["closeTime"] = self.close_time
        if self.work_zones is not UNSET:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2QuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        v2_quota_category_intervals = cls(*_read_fields(d))
        _value = v2_quota_category_intervals.work_zones
        v2_quota_category_intervals.work_zones = (
            [V2QuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            v2_quota_category_intervals.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return v2_quota_category_intervals

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
from ..models.v2_quota_work_zones import V2QuotaWorkZones  # noqa: E402
