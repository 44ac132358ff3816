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
    "quotaPercentCategory": None,
    "quotaPercentDay": None,
    "minQuota": None,
    "stopBookingAt": None,
    "maxAvailable": None,
    "maxAvailableByPlans": None,
    "used": None,
    "usedQuotaPercent": None,
    "count": None,
    "plan": None,
    "status": None,
    "intervals": None,
}
_N_FIELDS = 14
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "quota",
    "quotaPercentCategory",
    "quotaPercentDay",
    "minQuota",
    "stopBookingAt",
    "maxAvailable",
    "maxAvailableByPlans",
    "used",
    "usedQuotaPercent",
    "count",
    "plan",
    "status",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="V1QuotaAreasItemCategoriesItem")


@_attrs_define(repr=False, init=False)
class V1QuotaAreasItemCategoriesItem:
    label: str | None
    """ The label of the capacity category. """
    quota: int | None
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota_percent_category: float | None
    """ The quota value defined as a percent of the Max Available value of the capacity category.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota_percent_day: float | None
    """ The quota value defined as a percent of the daily quota value of the capacity category.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    min_quota: int | None
    """ The minimum quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    stop_booking_at: int | None
    """ The percent at which the booking of activities stops for the timeslot-based quota.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    max_available: int | None
    """ The maximum available capacity in the particular capacity category. """
    max_available_by_plans: int | None
    """ The maximum available capacity in the particular capacity category based on plans. """
    used: int | None
    """ The amount of existing capacity consumed in minutes. """
    used_quota_percent: float | None
    """ The quota percentage of the capacity category currently used for booked activities. """
    count: int | None
    """ The number of booked activities. """
    plan: int | None
    """ The planned workload obtained from the Forecasting module. """
    status: int | None
    """ The bitmask parameter that defines the status of the quota cell. The following flags are available:

    - (1 << 0): QUOTA_STATUS_AUTO_ADJUSTMENT_OF_QUOTA_IS_BLOCKED: Defines whether the "Locked" option is set for the
    cell in the Quota view.
    - (1 << 1): QUOTA_STATUS_QUOTA_IS_READWRITE: Defines whether the value of the 'quota' field can be modified.
    - (1 << 2) - QUOTA_STATUS_MIN_QUOTA_IS_READWRITE: Defines whether the value of the 'minQuota' field can be
    modified.
    - (1 << 4) - QUOTA_STATUS_QUOTA_PERCENT_DAY_IS_READWRITE: Defines whether the value of the 'quotaPercent Day'
    field can be modified.
    - (1 << 5) - QUOTA_STATUS_QUOTA_PERCENT_CATEGORY_IS_READWRITE: Defines whether the value of the
    'quotaPercentCategory' field can be modified.
    - (1 << 6) - QUOTA_STATUS_STOP_BOOKING_AT_IS_READWRITE: Defines whether the value of the 'stopBookingAt' field
    can be modified. Also, this field is not returned when its value is equal to 0.

    It is a regular mode for past days and the 'aggregate' mode when all fields are read-only. """
    intervals: list[V1QuotaAreasItemCategoriesItemIntervalsItem] | None
    """ The array of quota limits within the booking intervals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "quota",
            "quota_percent_category",
            "quota_percent_day",
            "min_quota",
            "stop_booking_at",
            "max_available",
            "max_available_by_plans",
            "used",
            "used_quota_percent",
            "count",
            "plan",
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        quota_percent_category: float | None | Unset = UNSET,
        quota_percent_day: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        stop_booking_at: int | None | Unset = UNSET,
        max_available: int | None | Unset = UNSET,
        max_available_by_plans: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        used_quota_percent: float | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        plan: int | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        intervals: list[V1QuotaAreasItemCategoriesItemIntervalsItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "quota": quota,
            "quotaPercentCategory": quota_percent_category,
            "quotaPercentDay": quota_percent_day,
            "minQuota": min_quota,
            "stopBookingAt": stop_booking_at,
            "maxAvailable": max_available,
            "maxAvailableByPlans": max_available_by_plans,
            "used": used,
            "usedQuotaPercent": used_quota_percent,
            "count": count,
            "plan": plan,
            "status": status,
            "intervals": intervals,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.quota = None if isinstance(quota, Unset) else quota
        self.quota_percent_category = None if isinstance(quota_percent_category, Unset) else quota_percent_category
        self.quota_percent_day = None if isinstance(quota_percent_day, Unset) else quota_percent_day
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.stop_booking_at = None if isinstance(stop_booking_at, Unset) else stop_booking_at
        self.max_available = None if isinstance(max_available, Unset) else max_available
        self.max_available_by_plans = None if isinstance(max_available_by_plans, Unset) else max_available_by_plans
        self.used = None if isinstance(used, Unset) else used
        self.used_quota_percent = None if isinstance(used_quota_percent, Unset) else used_quota_percent
        self.count = None if isinstance(count, Unset) else count
        self.plan = None if isinstance(plan, Unset) else plan
        self.status = None if isinstance(status, Unset) else status
        self.intervals = None if isinstance(intervals, Unset) else intervals
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.quota_percent_category is not None or "quotaPercentCategory" in sent:
            field_dict["quotaPercentCategory"] = self.quota_percent_category
        if self.quota_percent_day is not None or "quotaPercentDay" in sent:
            field_dict["quotaPercentDay"] = self.quota_percent_day
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.stop_booking_at is not None or "stopBookingAt" in sent:
            field_dict["stopBookingAt"] = self.stop_booking_at
        if self.max_available is not None or "maxAvailable" in sent:
            field_dict["maxAvailable"] = self.max_available
        if self.max_available_by_plans is not None or "maxAvailableByPlans" in sent:
            field_dict["maxAvailableByPlans"] = self.max_available_by_plans
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.used_quota_percent is not None or "usedQuotaPercent" in sent:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.count is not None or "count" in sent:
            field_dict["count"] = self.count
        if self.plan is not None or "plan" in sent:
            field_dict["plan"] = self.plan
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.intervals is not None or "intervals" in sent:
            field_dict["intervals"] = (
                [
                    item0.to_dict() if isinstance(item0, V1QuotaAreasItemCategoriesItemIntervalsItem) else item0
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
        _model = cls.__new__(_Twin if cls is V1QuotaAreasItemCategoriesItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("intervals")
        _model.intervals = (
            [
                V1QuotaAreasItemCategoriesItemIntervalsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
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
            target.quota_percent_category,
            target.quota_percent_day,
            target.min_quota,
            target.stop_booking_at,
            target.max_available,
            target.max_available_by_plans,
            target.used,
            target.used_quota_percent,
            target.count,
            target.plan,
            target.status,
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


_Twin = lazy_twin(V1QuotaAreasItemCategoriesItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v1_quota_areas_item_categories_item_intervals_item import V1QuotaAreasItemCategoriesItemIntervalsItem  # noqa: E402
