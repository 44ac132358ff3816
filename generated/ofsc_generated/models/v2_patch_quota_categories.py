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
    "quota": None,
    "quotaPercent": None,
    "quotaPercentDay": None,
    "quotaPercentCategory": None,
    "minQuota": None,
    "stopBookingAt": None,
    "quotaIsClosed": None,
    "workZones": None,
    "intervals": None,
}
_N_FIELDS = 10
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quota",
    "quotaPercent",
    "quotaPercentDay",
    "quotaPercentCategory",
    "minQuota",
    "stopBookingAt",
    "quotaIsClosed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="V2PatchQuotaCategories")


@_attrs_define(repr=False, init=False)
class V2PatchQuotaCategories:
    """Array of objects with quota information for each capacity category that should be updated. This list only accepted
    for Capacity Areas with quota by intervals configuration.

    """

    label: str | None
    """ The label of the Capacity Category. """
    quota: int | None
    """ The quota value in minutes. This parameter is ignored if the area is not configured to enter quota in
    minutes at this level. null can be used to unset the value. """
    quota_percent: float | None
    """ The quota value as a percent of the daily quota value of the capacity category. This parameter is ignored if
    the area is not configured to enter quota as percent of quota defined on parent level. """
    quota_percent_day: float | None
    """ The quota value as a percent of the daily quota value of the capacity category. This parameter is ignored if
    the area is not configured to enter quota as percent of quota defined on parent level. """
    quota_percent_category: float | None
    """ The quota value defined as a percent of the Max Available value of the Capacity Category. This parameter is
    ignored if the area is not configured to enter quota as percent of maximum capacity available in the category.
    """
    min_quota: int | None
    """ The minimal quota value in minutes. """
    stop_booking_at: int | None
    """ The percent of the used quota at which the booking of activities stops. """
    quota_is_closed: bool | None
    """ Allows to open or close booking status at this level. """
    work_zones: list[V2PatchQuotaWorkZones] | None
    intervals: list[V2PatchQuotaCategoryIntervals] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "quota",
            "quota_percent",
            "quota_percent_day",
            "quota_percent_category",
            "min_quota",
            "stop_booking_at",
            "quota_is_closed",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        quota_percent_day: float | None | Unset = UNSET,
        quota_percent_category: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        stop_booking_at: int | None | Unset = UNSET,
        quota_is_closed: bool | None | Unset = UNSET,
        work_zones: list[V2PatchQuotaWorkZones] | None | Unset = UNSET,
        intervals: list[V2PatchQuotaCategoryIntervals] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quota": quota,
            "quotaPercent": quota_percent,
            "quotaPercentDay": quota_percent_day,
            "quotaPercentCategory": quota_percent_category,
            "minQuota": min_quota,
            "stopBookingAt": stop_booking_at,
            "quotaIsClosed": quota_is_closed,
            "workZones": work_zones,
            "intervals": intervals,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota = None if isinstance(quota, Unset) else quota
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.quota_percent_day = None if isinstance(quota_percent_day, Unset) else quota_percent_day
        self.quota_percent_category = None if isinstance(quota_percent_category, Unset) else quota_percent_category
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.stop_booking_at = None if isinstance(stop_booking_at, Unset) else stop_booking_at
        self.quota_is_closed = None if isinstance(quota_is_closed, Unset) else quota_is_closed
        self.work_zones = None if isinstance(work_zones, Unset) else work_zones
        self.intervals = None if isinstance(intervals, Unset) else intervals
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.quota_percent_day is not None or "quotaPercentDay" in sent:
            field_dict["quotaPercentDay"] = self.quota_percent_day
        if self.quota_percent_category is not None or "quotaPercentCategory" in sent:
            field_dict["quotaPercentCategory"] = self.quota_percent_category
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.stop_booking_at is not None or "stopBookingAt" in sent:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.quota_is_closed is not None or "quotaIsClosed" in sent:
            field_dict["quotaIsClosed"] = self.quota_is_closed
        if self.work_zones is not None or "workZones" in sent:
            field_dict["workZones"] = (
                [item0.to_dict() if isinstance(item0, V2PatchQuotaWorkZones) else item0 for item0 in self.work_zones]
                if isinstance(self.work_zones, list)
                else self.work_zones
            )
        if self.intervals is not None or "intervals" in sent:
            field_dict["intervals"] = (
                [
                    item0.to_dict() if isinstance(item0, V2PatchQuotaCategoryIntervals) else item0
                    for item0 in self.intervals
                ]
                if isinstance(self.intervals, list)
                else self.intervals
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is V2PatchQuotaCategories else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("workZones")
        _model.work_zones = (
            [V2PatchQuotaWorkZones.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workZones"] = _model.work_zones
        _value = _src.get("intervals")
        _model.intervals = (
            [V2PatchQuotaCategoryIntervals.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["intervals"] = _model.intervals
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.quota,
            target.quota_percent,
            target.quota_percent_day,
            target.quota_percent_category,
            target.min_quota,
            target.stop_booking_at,
            target.quota_is_closed,
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


_Twin = lazy_twin(V2PatchQuotaCategories)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v2_patch_quota_category_intervals import V2PatchQuotaCategoryIntervals  # noqa: E402
from ..models.v2_patch_quota_work_zones import V2PatchQuotaWorkZones  # noqa: E402
