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
    "label": None,
    "maxAvailable": None,
    "otherActivities": None,
    "quota": None,
    "quotaPercent": None,
    "minQuota": None,
    "used": None,
    "usedQuotaPercent": None,
    "stopBookingAt": None,
    "bookedActivities": None,
    "quotaIsClosed": None,
    "quotaIsAutoClosed": None,
    "quotaIsReopened": None,
    "closeTime": None,
    "categories": None,
}
_N_FIELDS = 15
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "maxAvailable",
    "otherActivities",
    "quota",
    "quotaPercent",
    "minQuota",
    "used",
    "usedQuotaPercent",
    "stopBookingAt",
    "bookedActivities",
    "quotaIsClosed",
    "quotaIsAutoClosed",
    "quotaIsReopened",
    "closeTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="V2QuotaAreaTimeSlots")


@_attrs_define(repr=False, init=False)
class V2QuotaAreaTimeSlots:
    """Array of objects containing the quota information for each time slot. This list is returned for Capacity Areas with
    time slot based configuration if the request parameter timeSlotLevel is true.

    """

    label: str | None
    """ Label of the time slot """
    max_available: int | None
    """ The total working time of the resources. """
    other_activities: int | None
    """ The total travel time and duration of activities that are not part of capacity management. """
    quota: int | None
    """ The quota value in minutes. It is returned as zero if it has zero value; if the value is not defined then
    this field is not returned. """
    quota_percent: float | None
    """ The quota value in percent. It is returned as zero if it has zero value; if the value is not defined then
    this field is not returned. This field is not returned for the aggregated result. """
    min_quota: int | None
    """ The minimal quota value in minutes. It is returned as zero If it has zero value; if the value is not defined
    then this field is not returned. This field is not returned for the aggregated result. """
    used: int | None
    """ The amount of consumed capacity in minutes. """
    used_quota_percent: float | None
    """ The percent of the time slot quota that is used by booked activities. This field is not returned for the
    aggregated result. """
    stop_booking_at: int | None
    """ The percent of the used quota at which the booking of activities stops. It is returned as zero if it has
    zero value; if the value is not defined then this field is not returned. """
    booked_activities: int | None
    """ The number of booked activities. """
    quota_is_closed: bool | None
    """ Indicates if the booking has been closed at this level. This parameter is returned if the request parameter
    returnStatuses is true """
    quota_is_auto_closed: bool | None
    """ Indicates if the booking has been closed at this level automatically by schedule. This parameter is returned
    if the request parameter returnStatuses is true """
    quota_is_reopened: bool | None
    """ Indicates if the booking has been manually reopened after closure. This parameter is returned if the request
    parameter returnStatuses is true """
    close_time: str | None
    """ Time when quota is to be closed automatically in the time zone of the selected capacity bucket in the 'YYYY-
    MM-DD HH:MM:SS' format. This parameter is returned if the request parameter returnStatuses is true """
    categories: list[V2QuotaTimeSlotCategories] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "max_available",
            "other_activities",
            "quota",
            "quota_percent",
            "min_quota",
            "used",
            "used_quota_percent",
            "stop_booking_at",
            "booked_activities",
            "quota_is_closed",
            "quota_is_auto_closed",
            "quota_is_reopened",
            "close_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        max_available: int | None | Unset = UNSET,
        other_activities: int | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        used_quota_percent: float | None | Unset = UNSET,
        stop_booking_at: int | None | Unset = UNSET,
        booked_activities: int | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        quota_is_auto_closed: bool | None | Unset = UNSET,
        quota_is_reopened: bool | None | Unset = UNSET,
        close_time: str | None | Unset = UNSET,
        categories: list[V2QuotaTimeSlotCategories] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "maxAvailable": max_available,
            "otherActivities": other_activities,
            "quota": quota,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "used": used,
            "usedQuotaPercent": used_quota_percent,
            "stopBookingAt": stop_booking_at,
            "bookedActivities": booked_activities,
            "quotaIsClosed": quota_is_closed,
            "quotaIsAutoClosed": quota_is_auto_closed,
            "quotaIsReopened": quota_is_reopened,
            "closeTime": close_time,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.max_available = None if isinstance(max_available, Unset) else max_available
        self.other_activities = None if isinstance(other_activities, Unset) else other_activities
        self.quota = None if isinstance(quota, Unset) else quota
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.used = None if isinstance(used, Unset) else used
        self.used_quota_percent = None if isinstance(used_quota_percent, Unset) else used_quota_percent
        self.stop_booking_at = None if isinstance(stop_booking_at, Unset) else stop_booking_at
        self.booked_activities = None if isinstance(booked_activities, Unset) else booked_activities
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.quota_is_auto_closed = None if isinstance(quota_is_auto_closed, Unset) else quota_is_auto_closed
        self.quota_is_reopened = None if isinstance(quota_is_reopened, Unset) else quota_is_reopened
        self.close_time = None if isinstance(close_time, Unset) else close_time
        self.categories = None if isinstance(categories, Unset) else categories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.max_available is not None or "maxAvailable" in sent:
            field_dict["maxAvailable"] = self.max_available
        if self.other_activities is not None or "otherActivities" in sent:
            field_dict["otherActivities"] = self.other_activities
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.used_quota_percent is not None or "usedQuotaPercent" in sent:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.stop_booking_at is not None or "stopBookingAt" in sent:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.booked_activities is not None or "bookedActivities" in sent:
            field_dict["bookedActivities"] = self.booked_activities
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.quota_is_auto_closed is not None or "quotaIsAutoClosed" in sent:
            field_dict["quotaIsAutoClosed"] = self.quota_is_auto_closed
        if self.quota_is_reopened is not None or "quotaIsReopened" in sent:
            field_dict["quotaIsReopened"] = self.quota_is_reopened
        if self.close_time is not None or "closeTime" in sent:
            field_dict["closeTime"] = self.close_time
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, V2QuotaTimeSlotCategories) else item0
                    for item0 in self.categories
                ]
                if isinstance(self.categories, list)
                else self.categories
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2QuotaAreaTimeSlots else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("categories")
        _model.categories = (
            [V2QuotaTimeSlotCategories.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["categories"] = _model.categories
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.max_available,
            target.other_activities,
            target.quota,
            target.quota_percent,
            target.min_quota,
            target.used,
            target.used_quota_percent,
            target.stop_booking_at,
            target.booked_activities,
            target.quota_is_closed,
            target.quota_is_auto_closed,
            target.quota_is_reopened,
            target.close_time,
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


_Twin = lazy_twin(V2QuotaAreaTimeSlots)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v2_quota_time_slot_categories import V2QuotaTimeSlotCategories  # noqa: E402
