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
    "name": None,
    "quotaPercent": None,
    "minQuota": None,
    "quota": None,
    "maxAvailable": None,
    "maxAvailableByPlans": None,
    "otherActivities": None,
    "used": None,
    "usedQuotaPercent": None,
    "count": None,
    "status": None,
    "categories": None,
}
_N_FIELDS = 13
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "quotaPercent",
    "minQuota",
    "quota",
    "maxAvailable",
    "maxAvailableByPlans",
    "otherActivities",
    "used",
    "usedQuotaPercent",
    "count",
    "status",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="V1QuotaAreasItem")


@_attrs_define(repr=False, init=False)
class V1QuotaAreasItem:
    label: str | None
    """ The label of the capacity area. """
    name: str | None
    """ The name of the capacity area. The parameter is not returned, if the 'aggregateResults' option is enabled.
    """
    quota_percent: float | None
    """ The quota value in percentage.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    min_quota: int | None
    """ The minimum value of the quota.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    quota: int | None
    """ The quota value in minutes.

    - If the value of the parameter is zero, then zero is returned in the response.
    - If no value is specified for the parameter, then the quota parameter is not returned. """
    max_available: int | None
    """ The total working time of technicians in a particular capacity area and in a particular day. """
    max_available_by_plans: int | None
    """ The total working time in a particular capacity area and in a particular day based on plans. """
    other_activities: int | None
    """ The total travel time and duration of all activities that are not a part of capacity management. """
    used: int | None
    """ The amount of existing capacity consumed in minutes. """
    used_quota_percent: float | None
    """ The percent of the daily quota that is used by the booked activities. """
    count: int | None
    """ The number of booked activities. """
    status: int | None
    """ The bitmask parameter that defines the status of the quota cell. The following flags are available:

    - (1 << 0) - QUOTA_STATUS_AUTO_ADJUSTMENT_OF_QUOTA_IS_BLOCKED: Defines whether the 'Locked' option is set for
    the cell in the Quota View.
    - (1 << 1) - QUOTA_STATUS_QUOTA_IS_READWRITE: Defines whether the value of the 'quota' field can be modified.
    - (1 << 2) - QUOTA_STATUS_MIN_QUOTA_IS_READWRITE: Defines whether the value of the 'minQuota' field can be
    modified.
    - (1 << 3) - QUOTA_STATUS_QUOTA_PERCENT_IS_READWRITE: Defines whether the value of the 'quotaPercent' field can
    be modified.

    When the operation calculates the values of the flags that define the 'read-write' access, the following points
    are considered:

    - The configuration of the capacity area.
    - The restrictions of the modified data in the past (including working hours since midnight).

    Also, the parameter is not returned when its value is equal to 0. It is a regular mode for past days and the
    'aggregate' mode when all fields are read-only. """
    categories: list[V1QuotaAreasItemCategoriesItem] | None
    """ The array of objects containing the data (that is, quota groups) for the capacity categories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "quota_percent",
            "min_quota",
            "quota",
            "max_available",
            "max_available_by_plans",
            "other_activities",
            "used",
            "used_quota_percent",
            "count",
            "status",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        quota_percent: float | None | Unset = UNSET,
        min_quota: int | None | Unset = UNSET,
        quota: int | None | Unset = UNSET,
        max_available: int | None | Unset = UNSET,
        max_available_by_plans: int | None | Unset = UNSET,
        other_activities: int | None | Unset = UNSET,
        used: int | None | Unset = UNSET,
        used_quota_percent: float | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        categories: list[V1QuotaAreasItemCategoriesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "quotaPercent": quota_percent,
            "minQuota": min_quota,
            "quota": quota,
            "maxAvailable": max_available,
            "maxAvailableByPlans": max_available_by_plans,
            "otherActivities": other_activities,
            "used": used,
            "usedQuotaPercent": used_quota_percent,
            "count": count,
            "status": status,
            "categories": categories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.quota_percent = None if isinstance(quota_percent, Unset) else quota_percent
        self.min_quota = None if isinstance(min_quota, Unset) else min_quota
        self.quota = None if isinstance(quota, Unset) else quota
        self.max_available = None if isinstance(max_available, Unset) else max_available
        self.max_available_by_plans = None if isinstance(max_available_by_plans, Unset) else max_available_by_plans
        self.other_activities = None if isinstance(other_activities, Unset) else other_activities
        self.used = None if isinstance(used, Unset) else used
        self.used_quota_percent = None if isinstance(used_quota_percent, Unset) else used_quota_percent
        self.count = None if isinstance(count, Unset) else count
        self.status = None if isinstance(status, Unset) else status
        self.categories = None if isinstance(categories, Unset) else categories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.quota_percent is not None or "quotaPercent" in sent:
            field_dict["quotaPercent"] = self.quota_percent
        if self.min_quota is not None or "minQuota" in sent:
            field_dict["minQuota"] = self.min_quota
        if self.quota is not None or "quota" in sent:
            field_dict["quota"] = self.quota
        if self.max_available is not None or "maxAvailable" in sent:
            field_dict["maxAvailable"] = self.max_available
        if self.max_available_by_plans is not None or "maxAvailableByPlans" in sent:
            field_dict["maxAvailableByPlans"] = self.max_available_by_plans
        if self.other_activities is not None or "otherActivities" in sent:
            field_dict["otherActivities"] = self.other_activities
        if self.used is not None or "used" in sent:
            field_dict["used"] = self.used
        if self.used_quota_percent is not None or "usedQuotaPercent" in sent:
            field_dict["usedQuotaPercent"] = self.used_quota_percent
        if self.count is not None or "count" in sent:
            field_dict["count"] = self.count
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.categories is not None or "categories" in sent:
            field_dict["categories"] = (
                [
                    item0.to_dict() if isinstance(item0, V1QuotaAreasItemCategoriesItem) else item0
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
        _model = cls.__new__(_Twin if cls is V1QuotaAreasItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("categories")
        _model.categories = (
            [V1QuotaAreasItemCategoriesItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
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
            target.name,
            target.quota_percent,
            target.min_quota,
            target.quota,
            target.max_available,
            target.max_available_by_plans,
            target.other_activities,
            target.used,
            target.used_quota_percent,
            target.count,
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


_Twin = lazy_twin(V1QuotaAreasItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.v1_quota_areas_item_categories_item import V1QuotaAreasItemCategoriesItem  # noqa: E402
